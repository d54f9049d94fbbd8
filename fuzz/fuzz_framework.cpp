// libFuzzer target: the framework reader, and the writer on whatever it accepts.
#include "frameworkreader.h"
#include "yamlwriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const dpi::FrameworkReadResult result = dpi::readFrameworkText(text, QStringLiteral("fuzz.framework.yaml"));
    if (!result.ok())
        return 0;
    // What the reader accepts, the writer must write and the reader must read
    // back: a save that cannot be reopened would lose the user's work.
    const QByteArray written = dpi::frameworkToYaml(*result.framework);
    const dpi::FrameworkReadResult again = dpi::readFrameworkText(written, QStringLiteral("rewritten.framework.yaml"));
    if (!again.ok())
        std::abort();
    return 0;
}
