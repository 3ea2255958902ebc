#ifndef MINNES_FOLDING_H
#define MINNES_FOLDING_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// The one letter fold of Minnes, for comparing what people type with what minutes write: a Latin
// letter with a diacritic becomes its base letter, lowercase (å ä æ → a, ö ø → o, é → e, ü → u,
// č → c, ł → l …). Every other code point comes back unchanged; callers lowercase first.
// Used by the Xapian shim's folding stemmer and by Swift's `Folding`, so index, query, people
// register, name keys and spelling all fold alike.
uint32_t minnes_fold_scalar(uint32_t scalar);

#ifdef __cplusplus
}
#endif

#endif
