// libFuzzer target: the project reader (with embedded frameworks and maps),
// and the writer on whatever it accepts.
#include "projectreader.h"
#include "yamlwriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const dpi::ProjectReadResult result = dpi::readProjectText(text, QStringLiteral("fuzz.dpi.yaml"));
    if (!result.ok())
        return 0;
    // A project we accepted and saved must open again.
    const QByteArray written = dpi::projectToYaml(*result.project);
    const dpi::ProjectReadResult again = dpi::readProjectText(written, QStringLiteral("rewritten.dpi.yaml"));
    if (!again.ok())
        std::abort();
    return 0;
}
