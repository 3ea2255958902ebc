#include "cdeflate.h"

#include <zlib.h>

// zlib counts in uInt: what is left of the input and of out, given in pieces it can count.
static void feed(z_stream *stream, const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity) {
    size_t in_left = length - (size_t)((const uint8_t *)stream->next_in - bytes);
    size_t out_left = capacity - (size_t)(stream->next_out - out);
    stream->avail_in = in_left > 0x40000000 ? 0x40000000 : (uInt)in_left;
    stream->avail_out = out_left > 0x40000000 ? 0x40000000 : (uInt)out_left;
}

size_t minnes_deflate_bound(size_t length) {
    z_stream stream = {0};
    if (deflateInit2(&stream, 1, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
    // zlib's own bound for these parameters, with room to spare for its rounding.
    size_t bound = (size_t)deflateBound(&stream, (uLong)length) + 64;
    deflateEnd(&stream);
    return bound;
}

size_t minnes_deflate(const uint8_t *bytes, size_t length, int level, uint8_t *out, size_t capacity) {
    z_stream stream = {0};
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
    stream.next_in = (Bytef *)bytes;
    stream.next_out = out;
    size_t written = 0;
    int status = Z_OK;
    while (status == Z_OK && (size_t)(stream.next_out - out) < capacity) {
        feed(&stream, bytes, length, out, capacity);
        int last = (size_t)((const uint8_t *)stream.next_in - bytes) + stream.avail_in == length;
        status = deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
    }
    if (status == Z_STREAM_END) written = (size_t)(stream.next_out - out);
    deflateEnd(&stream);
    return written;
}

// Inflates into out until it is full; whole: the stream must then end (else what follows is left).
static int inflate_into(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity, int whole) {
    z_stream stream = {0};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return 0;
    stream.next_in = (Bytef *)bytes;
    stream.next_out = out;
    int status = Z_OK;
    while (status == Z_OK) {
        feed(&stream, bytes, length, out, capacity);
        if (stream.avail_out == 0) {
            // Full: the stream must end here, which inflate says when given room for one more byte.
            uint8_t probe;
            stream.next_out = &probe;
            stream.avail_out = 1;
            status = whole ? inflate(&stream, Z_NO_FLUSH) : Z_STREAM_END;
            int ended = status == Z_STREAM_END && stream.avail_out == 1;
            inflateEnd(&stream);
            return ended;
        }
        status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // cut short
    }
    int full = status == Z_STREAM_END && (size_t)(stream.next_out - out) == capacity;
    inflateEnd(&stream);
    return full;
}

int minnes_inflate(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity) {
    return inflate_into(bytes, length, out, capacity, 1);
}

int minnes_inflate_prefix(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity) {
    return inflate_into(bytes, length, out, capacity, 0);
}

uint32_t minnes_crc32(const uint8_t *bytes, size_t length) {
    uLong crc = crc32(0L, Z_NULL, 0);
    // zlib counts in uInt: in pieces it can count.
    while (length > 0) {
        uInt piece = length > 0x40000000 ? 0x40000000 : (uInt)length;
        crc = crc32(crc, bytes, piece);
        bytes += piece;
        length -= piece;
    }
    return (uint32_t)crc;
}
