#include "cdeflate.h"

#include <libdeflate.h>
#include <zlib.h>

// zlib counts in uInt: what is left of the input and of out, given in pieces it can count.
static void feed(z_stream *stream, const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity) {
    size_t in_left = length - (size_t)((const uint8_t *)stream->next_in - bytes);
    size_t out_left = capacity - (size_t)(stream->next_out - out);
    stream->avail_in = in_left > 0x40000000 ? 0x40000000 : (uInt)in_left;
    stream->avail_out = out_left > 0x40000000 ? 0x40000000 : (uInt)out_left;
}

// Whole buffers through libdeflate (the same raw deflate, in a third of zlib's time and a tenth
// smaller at level 1); zlib only where a stream is inflated part way (minnes_inflate_prefix).
size_t minnes_deflate_bound(size_t length) { return libdeflate_deflate_compress_bound(NULL, length); }

size_t minnes_deflate(const uint8_t *bytes, size_t length, int level, uint8_t *out, size_t capacity) {
    struct libdeflate_compressor *compressor = libdeflate_alloc_compressor(level);
    if (compressor == NULL) return 0;
    size_t written = libdeflate_deflate_compress(compressor, bytes, length, out, capacity);
    libdeflate_free_compressor(compressor);
    return written;
}

int minnes_inflate_prefix(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity) {
    z_stream stream = {0};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return 0;
    stream.next_in = (Bytef *)bytes;
    stream.next_out = out;
    int status = Z_OK;
    while (status == Z_OK) {
        feed(&stream, bytes, length, out, capacity);
        if (stream.avail_out == 0) break;  // full: what follows is not inflated
        status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // cut short
    }
    int full = (size_t)(stream.next_out - out) == capacity && (status == Z_OK || status == Z_STREAM_END);
    inflateEnd(&stream);
    return full;
}

int minnes_inflate(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity) {
    struct libdeflate_decompressor *decompressor = libdeflate_alloc_decompressor();
    if (decompressor == NULL) return 0;
    // No count asked back: the stream must give exactly capacity bytes.
    enum libdeflate_result result = libdeflate_deflate_decompress(decompressor, bytes, length, out, capacity, NULL);
    libdeflate_free_decompressor(decompressor);
    return result == LIBDEFLATE_SUCCESS;
}


uint32_t minnes_crc32(const uint8_t *bytes, size_t length) { return libdeflate_crc32(0, bytes, length); }
