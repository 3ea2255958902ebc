// Intentionally empty: this module only carries libxapian's pkg-config flags.
// The C API that Swift sees is in the CXapian target.
