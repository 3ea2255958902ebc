// What of glibc Swift's Glibc module leaves out. malloc_trim and mallopt: the indexer hands back
// memory its allocator holds free and keeps big blocks apart (see Indexer.releaseFreeMemory).
// memfd_create (declared only under _GNU_SOURCE, which the Glibc module is not built with): a file
// held in memory, through which a zip is read (see openZip).
#include <malloc.h>

int memfd_create(const char *name, unsigned int flags);
#define MINNES_MFD_CLOEXEC 1U
