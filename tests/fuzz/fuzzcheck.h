#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant of a parser's result; a broken one aborts, and libFuzzer keeps the input.
#define ASC_FUZZ_CHECK(condition)                                                                        \
    do {                                                                                                 \
        if (!(condition)) {                                                                              \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                                \
        }                                                                                                \
    } while (false)
