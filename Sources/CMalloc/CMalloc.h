// glibc's malloc_trim, which Swift's Glibc module leaves out: the indexer hands back memory its
// allocator holds free (see Indexer.releaseFreeMemory).
#include <malloc.h>
