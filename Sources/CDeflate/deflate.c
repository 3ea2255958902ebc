#include "cdeflate.h"

#include <zlib.h>

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
    // zlib counts in uInt: feed and drain in pieces it can count.
    while (status == Z_OK) {
        size_t in_left = length - (size_t)((const uint8_t *)stream.next_in - bytes);
        size_t out_left = capacity - (size_t)(stream.next_out - out);
        if (out_left == 0) break;
        stream.avail_in = in_left > 0x40000000 ? 0x40000000 : (uInt)in_left;
        stream.avail_out = out_left > 0x40000000 ? 0x40000000 : (uInt)out_left;
        status = deflate(&stream, in_left > stream.avail_in ? Z_NO_FLUSH : Z_FINISH);
    }
    if (status == Z_STREAM_END) written = (size_t)(stream.next_out - out);
    deflateEnd(&stream);
    return written;
}

int minnes_inflate(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity) {
    z_stream stream = {0};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return 0;
    stream.next_in = (Bytef *)bytes;
    stream.next_out = out;
    int status = Z_OK;
    while (status == Z_OK) {
        size_t in_left = length - (size_t)((const uint8_t *)stream.next_in - bytes);
        size_t out_left = capacity - (size_t)(stream.next_out - out);
        stream.avail_in = in_left > 0x40000000 ? 0x40000000 : (uInt)in_left;
        stream.avail_out = out_left > 0x40000000 ? 0x40000000 : (uInt)out_left;
        if (stream.avail_out == 0) {
            // Full: the stream must end here, which inflate says when given room for one more byte.
            uint8_t probe;
            stream.next_out = &probe;
            stream.avail_out = 1;
            status = inflate(&stream, Z_NO_FLUSH);
            int ended = status == Z_STREAM_END && stream.avail_out == 1;
            inflateEnd(&stream);
            return ended;
        }
        status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // cut short
    }
    int whole = status == Z_STREAM_END && (size_t)(stream.next_out - out) == capacity;
    inflateEnd(&stream);
    return whole;
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
