#pragma once
// A failed property in a fuzz target: print what broke and abort, which libFuzzer reports as a
// crash and saves the input for. (Only harnesses abort; the code under test never does.)

#include <cstdio>
#include <cstdlib>

namespace parallax::fuzz {

inline void require(bool ok, const char* property) {
    if (!ok) {
        std::fprintf(stderr, "fuzz property violated: %s\n", property);
        std::abort();
    }
}

} // namespace parallax::fuzz
