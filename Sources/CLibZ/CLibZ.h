// zlib's C API (compress2, uncompress), as Swift sees it.
#include <zlib.h>
