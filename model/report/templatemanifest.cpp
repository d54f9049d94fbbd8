#include "templatemanifest.h"

#include "templatedatareader.h"
#include "yamlcontext.h"
#include "yamlsafeload.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace dpi {

namespace {

constexpr qint64 kMaxManifestBytes = 1024 * 1024;

QString scalar(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// A localized text is a plain string (English) or a map language -> string.
std::optional<LocalizedText> readText(const YAML::Node &node, YamlContext &context)
{
    if (node.IsScalar())
        return LocalizedText(scalar(node));
    if (!node.IsMap()) {
        context.error(node, QStringLiteral("expected a text or a map of language codes to texts"));
        return std::nullopt;
    }
    LocalizedText text;
    for (const auto &entry : node) {
        if (!entry.second.IsScalar()) {
            context.error(entry.second, QStringLiteral("expected a text for language '%1'").arg(scalar(entry.first)));
            continue;
        }
        text.set(scalar(entry.first), scalar(entry.second));
    }
    return text;
}

std::optional<int> readInt(const YAML::Node &node, YamlContext &context, int minimum, int maximum)
{
    bool ok = false;
    const int value = node.IsScalar() ? scalar(node).toInt(&ok) : 0;
    if (!ok || value < minimum || value > maximum) {
        context.error(node, QStringLiteral("expected a whole number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return value;
}

bool checkDuplicateKeys(const YAML::Node &map, YamlContext &context)
{
    QSet<QString> seen;
    bool ok = true;
    for (const auto &entry : map) {
        const QString key = scalar(entry.first);
        if (seen.contains(key)) {
            context.error(entry.first, QStringLiteral("duplicate key '%1'").arg(key));
            ok = false;
        }
        seen.insert(key);
    }
    return ok;
}

// A template file name: relative, inside the folder, no directory escapes.
bool isSafeRelativeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    return true;
}

// The glossary file named by the manifest (at `at`), which must stay inside
// the folder (a symbolic link leading out is refused, as for partials).
void readGlossary(const YAML::Node &at, YamlContext &context, TemplateManifest &manifest)
{
    const QDir folder = QFileInfo(context.fileName()).absoluteDir();
    const QString path = folder.filePath(manifest.glossaryFile);
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || !QFileInfo(path).isFile()) {
        context.error(at, QStringLiteral("glossary file '%1' not found in the template folder").arg(manifest.glossaryFile));
        return;
    }
    if (!canonical.startsWith(folder.canonicalPath() + QLatin1Char('/'))) {
        context.error(at, QStringLiteral("glossary file '%1' refused: it resolves outside the template folder").arg(manifest.glossaryFile));
        return;
    }
    QStringList sourceIds;
    for (const TemplateSource &source : manifest.sources)
        sourceIds << source.id;
    if (auto terms = readGlossaryFile(path, sourceIds, context.diagnostics()))
        manifest.glossary = std::move(*terms);
}

void readManifestNode(const YAML::Node &root, YamlContext &context, TemplateManifest &manifest)
{
    checkDuplicateKeys(root, context);
    YAML::Node glossaryAt;
    for (const auto &entry : root) {
        const QString key = scalar(entry.first);
        const YAML::Node &value = entry.second;
        if (key == QLatin1String("schema")) {
            if (scalar(value) != kReportTemplateSchema)
                context.error(value, QStringLiteral("unsupported schema '%1' (expected %2)").arg(scalar(value), kReportTemplateSchema));
        } else if (key == QLatin1String("name")) {
            manifest.name = scalar(value);
        } else if (key == QLatin1String("title")) {
            if (auto text = readText(value, context))
                manifest.title = *text;
        } else if (key == QLatin1String("description")) {
            if (auto text = readText(value, context))
                manifest.description = *text;
        } else if (key == QLatin1String("main")) {
            const QString main = scalar(value);
            if (!isSafeRelativeName(main))
                context.error(value, QStringLiteral("'main' must name a file inside the template folder"));
            else
                manifest.mainFile = main;
        } else if (key == QLatin1String("page_size")) {
            const QString size = scalar(value);
            if (size != QLatin1String("A4") && size != QLatin1String("Letter"))
                context.error(value, QStringLiteral("page_size must be A4 or Letter"));
            else
                manifest.pageSize = size;
        } else if (key == QLatin1String("languages")) {
            if (!value.IsSequence() || value.size() == 0) {
                context.error(value, QStringLiteral("expected a list of language codes"));
                continue;
            }
            manifest.languages.clear();
            for (const auto &language : value)
                manifest.languages << scalar(language);
        } else if (key == QLatin1String("toc_levels")) {
            if (auto levels = readInt(value, context, 0, 6))
                manifest.tocLevels = *levels;
        } else if (key == QLatin1String("header_from_page")) {
            if (auto page = readInt(value, context, 1, 1000))
                manifest.headerFromPage = *page;
        } else if (key == QLatin1String("margin_mm")) {
            if (auto margin = readInt(value, context, 5, 50))
                manifest.marginMm = *margin;
        } else if (key == QLatin1String("sources")) {
            manifest.sources = readTemplateSources(value, context);
        } else if (key == QLatin1String("glossary")) {
            const QString file = scalar(value);
            if (!value.IsScalar() || !isSafeRelativeName(file))
                context.error(value, QStringLiteral("'glossary' must name a file inside the template folder"));
            else {
                manifest.glossaryFile = file;
                glossaryAt.reset(value);
            }
        } else if (key == QLatin1String("labels")) {
            if (!value.IsMap()) {
                context.error(value, QStringLiteral("expected a map of label keys to texts"));
                continue;
            }
            checkDuplicateKeys(value, context);
            for (const auto &label : value) {
                if (auto text = readText(label.second, context))
                    manifest.labels[scalar(label.first)] = *text;
            }
        } else {
            context.warning(entry.first, QStringLiteral("unknown key '%1' ignored").arg(key));
        }
    }
    // After the loop: the glossary cites the sources, which may come later in the file.
    if (!manifest.glossaryFile.isEmpty())
        readGlossary(glossaryAt, context, manifest);
}

} // namespace

std::map<QString, QString> TemplateManifest::labelsFor(const QString &language) const
{
    std::map<QString, QString> result;
    for (const auto &[key, text] : labels)
        result[key] = text.text(language);
    return result;
}

QString TemplateManifest::label(const QString &key, const QString &language) const
{
    const auto found = labels.find(key);
    return found == labels.end() ? QString() : found->second.text(language);
}

std::optional<TemplateManifest> readTemplateManifest(const QString &path, Diagnostics &diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.error(path, 0, 0, QStringLiteral("cannot read the template manifest: %1").arg(file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxManifestBytes) {
        diagnostics.error(path, 0, 0, QStringLiteral("the template manifest is larger than 1 MB"));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    YamlContext context(path, diagnostics);
    const int errorsBefore = diagnostics.errorCount();
    TemplateManifest manifest;
    manifest.name = QFileInfo(path).absoluteDir().dirName();
    // The safe loader refuses aliases (bombs, cycles), duplicate keys, extra
    // documents and control characters, as for every other YAML file.
    YAML::Node root;
    if (!loadYamlSafely(bytes, context, root))
        return std::nullopt;
    try {
        if (!root.IsMap()) {
            diagnostics.error(path, 1, 1, QStringLiteral("the template manifest must be a map"));
            return std::nullopt;
        }
        readManifestNode(root, context, manifest);
    } catch (const YAML::Exception &error) {
        context.error(error.mark, QString::fromStdString(error.msg));
        return std::nullopt;
    } catch (const std::exception &error) {
        diagnostics.error(path, 0, 0, QString::fromUtf8(error.what()));
        return std::nullopt;
    }
    if (diagnostics.errorCount() > errorsBefore)
        return std::nullopt;
    return manifest;
}

} // namespace dpi
