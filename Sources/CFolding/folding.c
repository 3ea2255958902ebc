#include "folding.h"

// U+00C0 … U+024F (Latin-1 Supplement, Latin Extended-A and -B): the base letter, or 0 for none.
// Generated from Unicode's canonical decompositions (the first letter of each), plus the letters
// that have none but read as one: æ → a, ø → o, ð đ → d, ł → l, ħ → h, ŧ → t, ı → i.
static const char table[0x250 - 0xC0] = {
    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // U+00C0
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 0,  // U+00D0
    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // U+00E0
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 'y',  // U+00F0
    'a', 'a', 'a', 'a', 'a', 'a', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'd', 'd',  // U+0100
    'd', 'd', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'g', 'g', 'g', 'g',  // U+0110
    'g', 'g', 'g', 'g', 'h', 'h', 'h', 'h', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'i',  // U+0120
    'i', 'i', 0, 0, 'j', 'j', 'k', 'k', 0, 'l', 'l', 'l', 'l', 'l', 'l', 'l',  // U+0130
    'l', 'l', 'l', 'n', 'n', 'n', 'n', 'n', 'n', 0, 0, 0, 'o', 'o', 'o', 'o',  // U+0140
    'o', 'o', 0, 0, 'r', 'r', 'r', 'r', 'r', 'r', 's', 's', 's', 's', 's', 's',  // U+0150
    's', 's', 't', 't', 't', 't', 't', 't', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',  // U+0160
    'u', 'u', 'u', 'u', 'w', 'w', 'y', 'y', 'y', 'z', 'z', 'z', 'z', 'z', 'z', 0,  // U+0170
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // U+0180
    0, 0, 'f', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // U+0190
    'o', 'o', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'u',  // U+01A0
    'u', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // U+01B0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'a', 'a', 'i',  // U+01C0
    'i', 'o', 'o', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 0, 'a', 'a',  // U+01D0
    'a', 'a', 0, 0, 0, 0, 'g', 'g', 'k', 'k', 'o', 'o', 'o', 'o', 0, 0,  // U+01E0
    'j', 0, 0, 0, 'g', 'g', 0, 0, 'n', 'n', 'a', 'a', 0, 0, 0, 0,  // U+01F0
    'a', 'a', 'a', 'a', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', 'o', 'o', 'o', 'o',  // U+0200
    'r', 'r', 'r', 'r', 'u', 'u', 'u', 'u', 's', 's', 't', 't', 0, 0, 'h', 'h',  // U+0210
    0, 0, 0, 0, 0, 0, 'a', 'a', 'e', 'e', 'o', 'o', 'o', 'o', 'o', 'o',  // U+0220
    'o', 'o', 'y', 'y', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // U+0230
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // U+0240
};

uint32_t minnes_fold_scalar(uint32_t scalar) {
    if (scalar < 0xC0 || scalar >= 0x250) return scalar;
    char base = table[scalar - 0xC0];
    return base ? (uint32_t)base : scalar;
}
