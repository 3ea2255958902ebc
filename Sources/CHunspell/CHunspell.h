// libhunspell's own C API (Hunspell_create, Hunspell_spell, Hunspell_analyze …), as Swift sees it.
#include <hunspell.h>
