// libFuzzer target for the CSV reader: arbitrary bytes must never crash it, hang it, or yield a
// parse that breaks the invariants in csvinvariants.h. Built by scripts/fuzz.

#include "csvinvariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::string violation = rostrum::fuzzing::csvInvariantViolation(bytes);
    if (!violation.empty()) {
        // A broken invariant is a finding like a crash: libFuzzer saves the input on abort.
        std::fprintf(stderr, "csv invariant broken: %s\n", violation.c_str());
        std::abort();
    }
    return 0;
}
