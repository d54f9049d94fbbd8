// libFuzzer target: the OnlineWardleyMaps text reader, and the writer on its result.
#include "owmreader.h"
#include "owmwriter.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const dpi::OwmParseResult result = dpi::parseOwm(text, QStringLiteral("fuzz.owm"));
    // Export must cope with every map the reader can produce.
    const QString written = dpi::writeOwm(result.map);
    dpi::parseOwm(written, QStringLiteral("rewritten.owm"));
    return 0;
}
