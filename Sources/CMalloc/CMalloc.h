// glibc's malloc_trim and mallopt, which Swift's Glibc module leaves out: the indexer hands back
// memory its allocator holds free and keeps big blocks apart (see Indexer.releaseFreeMemory).
#include <malloc.h>
