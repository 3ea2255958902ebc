#ifndef CDEFLATE_H
#define CDEFLATE_H

#include <stddef.h>
#include <stdint.h>

// Raw deflate (no zlib header, as ZIPFoundation writes and reads it) of length bytes at level
// (1 fastest … 12 smallest) into out, which holds capacity bytes. Returns the bytes written, or 0
// when out is too small or libdeflate fails. minnes_deflate_bound(length) is always enough.
size_t minnes_deflate(const uint8_t *bytes, size_t length, int level, uint8_t *out, size_t capacity);
size_t minnes_deflate_bound(size_t length);

// Raw inflate of length bytes into out, which holds exactly the capacity bytes the stream must give.
// Returns 1 when the stream ends having given exactly capacity bytes, else 0 (damaged, cut short,
// or longer than said).
int minnes_inflate(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity);

// As minnes_inflate, of the first capacity bytes the stream gives only: 1 when it gives that many
// (whatever follows them), else 0. What follows is not inflated, nor checked (zlib: libdeflate
// inflates whole streams only).
int minnes_inflate_prefix(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity);

// The CRC-32 of length bytes (the same as zlib's crc32): raw deflate carries no check of its own.
uint32_t minnes_crc32(const uint8_t *bytes, size_t length);

#endif
