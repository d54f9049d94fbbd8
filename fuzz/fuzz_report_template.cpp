// libFuzzer target: loading and rendering a report template folder.
//
// The input is up to three files separated by NUL bytes: the main template
// (report.html) and two partials it may include as {{> a.html}} and
// {{> b.html}}. They are written to a private folder with a fixed manifest,
// because the loader works on folders (partials are looked up on disk).
#include "reporttemplate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QVariantList>
#include <QVariantMap>

#include <cstdint>
#include <cstdlib>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort(); // the harness itself is broken; never report that as a finding
}

const QTemporaryDir &folder()
{
    static const QTemporaryDir dir;
    return dir;
}

QVariantMap context()
{
    QVariantMap sector{{QStringLiteral("name"), QStringLiteral("Education")},
                       {QStringLiteral("score"), 62.5},
                       {QStringLiteral("flagged"), true},
                       {QStringLiteral("note"), QStringLiteral("<img src=\"http://example.org/x.png\">")}};
    QVariantList sectors{sector, sector};
    return QVariantMap{{QStringLiteral("title"), QStringLiteral("Тест & <b>report</b>")},
                       {QStringLiteral("sectors"), sectors},
                       {QStringLiteral("empty"), QVariantList()},
                       {QStringLiteral("meta"), QVariantMap{{QStringLiteral("country"), QStringLiteral("KG")}}}};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!folder().isValid())
        std::abort();
    writeFile(QDir(folder().path()).filePath(QStringLiteral("manifest.yaml")),
              QByteArrayLiteral("schema: dpi-workbench/report-template/1\nname: fuzz\ntitle: Fuzz\nmain: report.html\n"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    const QDir dir(folder().path());
    writeFile(dir.filePath(QStringLiteral("report.html")), parts.value(0));
    writeFile(dir.filePath(QStringLiteral("a.html")), parts.value(1));
    writeFile(dir.filePath(QStringLiteral("b.html")), parts.value(2));

    dpi::Diagnostics diagnostics;
    const std::optional<dpi::ReportTemplate> loaded = dpi::ReportTemplate::load(dir.path(), diagnostics);
    if (!loaded)
        return 0;
    loaded->render(context(), diagnostics);
    return 0;
}
