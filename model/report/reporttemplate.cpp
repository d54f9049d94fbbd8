#include "reporttemplate.h"

#include "mustachedata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

namespace dpi {

namespace {

constexpr qint64 kMaxTemplateBytes = 2 * 1024 * 1024;
constexpr int kMaxPartialDepth = 16;

// Attributes and CSS constructs through which HTML pulls in a resource.
const QRegularExpression &resourceReference()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((\b(?:src|href|background)\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)|(url\s*\()|(@import\b)|(<\s*link\b))"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString unquote(const QString &value)
{
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')))
        return value.mid(1, value.size() - 2);
    return value;
}

// Values a template may use: our own objects and in-document anchors.
bool isAllowedReference(const QString &attribute, const QString &value)
{
    const QString target = unquote(value).trimmed();
    if (target.startsWith(QLatin1String("chart:")) || target.startsWith(QLatin1String("map:"))
        || target.startsWith(QLatin1String("mapdiff:")) || target.startsWith(QLatin1String("page:")))
        return true;
    // Mustache tags inside the attribute are checked again after rendering.
    if (target.startsWith(QLatin1String("{{")))
        return true;
    return attribute.startsWith(QLatin1String("href"), Qt::CaseInsensitive) && target.startsWith(QLatin1Char('#'));
}

bool isSafePartialName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    // A file extension keeps partial names apart from context keys, which
    // never contain a dot (Mustache looks both up in the same data tree).
    return parts.back().contains(QLatin1Char('.'));
}

std::optional<std::string> readSource(const QString &path, Diagnostics &diagnostics, const QString &reportAs,
                                      int line, int column)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.error(reportAs, line, column, QStringLiteral("cannot read '%1': %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxTemplateBytes) {
        diagnostics.error(path, 0, 0, QStringLiteral("template file is larger than 2 MB"));
        return std::nullopt;
    }
    return file.readAll().toStdString();
}

// Reports mustache's "... at OFFSET" message at its line and column.
void reportMustacheError(const ReportTemplate::SourceFile &source, const std::string &message, Diagnostics &diagnostics)
{
    QString text = QString::fromStdString(message);
    int line = 0;
    int column = 0;
    static const QRegularExpression atOffset(QStringLiteral(R"(\s+at\s+(\d+)$)"));
    const auto match = atOffset.match(text);
    if (match.hasMatch()) {
        const auto position = lineColumnOfOffset(source.text, match.captured(1).toULongLong());
        line = position.first;
        column = position.second;
        text.truncate(match.capturedStart());
    }
    diagnostics.error(source.path, line, column, QStringLiteral("template syntax: %1").arg(text));
}

bool checkResources(const ReportTemplate::SourceFile &source, Diagnostics &diagnostics)
{
    const QString text = QString::fromStdString(source.text);
    bool ok = true;
    auto it = resourceReference().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedLength(1) > 0 && isAllowedReference(match.captured(1), match.captured(2)))
            continue;
        // Convert the character offset back to UTF-8 bytes for the shared converter.
        const std::size_t byteOffset = text.left(match.capturedStart()).toUtf8().size();
        const auto [line, column] = lineColumnOfOffset(source.text, byteOffset);
        diagnostics.error(source.path, line, column,
                          QStringLiteral("external resources are not allowed in report templates: '%1' "
                                         "(use chart: and map: objects; include local files as partials)")
                              .arg(match.captured(0).left(60)));
        ok = false;
    }
    return ok;
}

struct PartialTag
{
    QString name;
    std::size_t offset;
};

// Mustache trims a tag's contents before it looks at the tag type, so
// "{{ > name}}" includes a partial just as "{{>name}}" does. Returns the
// offset of the first non-blank character inside each "{{ ... }}" tag.
std::vector<std::pair<std::size_t, std::size_t>> tagStarts(const std::string &text)
{
    std::vector<std::pair<std::size_t, std::size_t>> starts; // tag offset, first content offset
    std::size_t position = 0;
    while ((position = text.find("{{", position)) != std::string::npos) {
        const std::size_t end = text.find("}}", position + 2);
        if (end == std::string::npos)
            break; // the mustache parser reports the unclosed tag
        const std::size_t first = text.find_first_not_of(" \t\r\n\f\v", position + 2);
        if (first < end)
            starts.emplace_back(position, first);
        position = end + 2;
    }
    return starts;
}

std::vector<PartialTag> partialTags(const std::string &text)
{
    std::vector<PartialTag> tags;
    for (const auto &[position, first] : tagStarts(text)) {
        if (text[first] != '>')
            continue;
        const std::size_t end = text.find("}}", first);
        tags.push_back({QString::fromStdString(text.substr(first + 1, end - first - 1)).trimmed(), position});
    }
    return tags;
}

// After "{{=<% %>=}}" the tags look different and no scan of ours could see
// the partials they include (nor a partial that includes itself), so
// templates may not change the delimiters.
bool checkNoDelimiterChange(const ReportTemplate::SourceFile &source, Diagnostics &diagnostics)
{
    for (const auto &[position, first] : tagStarts(source.text)) {
        if (source.text[first] != '=')
            continue;
        const auto [line, column] = lineColumnOfOffset(source.text, position);
        diagnostics.error(source.path, line, column,
                          QStringLiteral("changing the tag delimiters ({{=...=}}) is not supported in report templates"));
        return false;
    }
    return true;
}

class TemplateLoader
{
public:
    TemplateLoader(const QString &folder, Diagnostics &diagnostics,
                   std::map<std::string, ReportTemplate::SourceFile> &partials)
        : m_folder(folder), m_canonicalFolder(QFileInfo(folder).canonicalFilePath()),
          m_diagnostics(diagnostics), m_partials(partials)
    {
    }

    bool check(const ReportTemplate::SourceFile &source, QStringList &stack)
    {
        bool ok = true;
        {
            kainjow::mustache::mustache parsed(source.text);
            if (!parsed.is_valid()) {
                reportMustacheError(source, parsed.error_message(), m_diagnostics);
                ok = false;
            }
        }
        ok = checkResources(source, m_diagnostics) && ok;
        if (!checkNoDelimiterChange(source, m_diagnostics))
            return false;
        for (const PartialTag &tag : partialTags(source.text))
            ok = loadPartial(source, tag, stack) && ok;
        return ok;
    }

private:
    bool loadPartial(const ReportTemplate::SourceFile &from, const PartialTag &tag, QStringList &stack)
    {
        const auto [line, column] = lineColumnOfOffset(from.text, tag.offset);
        if (!isSafePartialName(tag.name)) {
            m_diagnostics.error(from.path, line, column,
                                QStringLiteral("partial '%1' refused: partials must be relative paths inside the "
                                               "template folder with an extension (no '..', no absolute paths, no URLs)").arg(tag.name));
            return false;
        }
        if (stack.contains(tag.name)) {
            m_diagnostics.error(from.path, line, column,
                                QStringLiteral("partial '%1' includes itself (%2)").arg(tag.name, stack.join(QLatin1String(" -> "))));
            return false;
        }
        if (stack.size() >= kMaxPartialDepth) {
            m_diagnostics.error(from.path, line, column, QStringLiteral("partials nested deeper than %1 levels").arg(kMaxPartialDepth));
            return false;
        }
        const std::string key = tag.name.toStdString();
        if (m_partials.count(key))
            return true;
        const QString path = QDir(m_folder).filePath(tag.name);
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (!info.isFile() || canonical.isEmpty()) {
            m_diagnostics.error(from.path, line, column, QStringLiteral("partial '%1' not found in the template folder").arg(tag.name));
            return false;
        }
        if (!canonical.startsWith(m_canonicalFolder + QLatin1Char('/'))) {
            m_diagnostics.error(from.path, line, column,
                                QStringLiteral("partial '%1' refused: it resolves outside the template folder").arg(tag.name));
            return false;
        }
        auto text = readSource(path, m_diagnostics, from.path, line, column);
        if (!text)
            return false;
        ReportTemplate::SourceFile &partial = m_partials[key];
        partial.path = path;
        partial.text = std::move(*text);
        stack.push_back(tag.name);
        const ReportTemplate::SourceFile copy = partial; // m_partials may rehash while recursing
        const bool ok = check(copy, stack);
        stack.pop_back();
        return ok;
    }

    QString m_folder;
    QString m_canonicalFolder;
    Diagnostics &m_diagnostics;
    std::map<std::string, ReportTemplate::SourceFile> &m_partials;
};

} // namespace

std::pair<int, int> lineColumnOfOffset(const std::string &utf8, std::size_t offset)
{
    offset = std::min(offset, utf8.size());
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const unsigned char byte = static_cast<unsigned char>(utf8[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++column;
        }
    }
    return {line, column};
}

int stripExternalResources(QString &html)
{
    int removed = 0;
    QString result;
    result.reserve(html.size());
    qsizetype last = 0;
    auto it = resourceReference().globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedLength(1) > 0) {
            const QString value = unquote(match.captured(2)).trimmed();
            const bool allowed = value.startsWith(QLatin1String("chart:")) || value.startsWith(QLatin1String("map:"))
                || value.startsWith(QLatin1String("mapdiff:")) || value.startsWith(QLatin1String("page:"))
                || (match.captured(1).startsWith(QLatin1String("href"), Qt::CaseInsensitive) && value.startsWith(QLatin1Char('#')));
            if (allowed)
                continue;
            result += QStringView(html).mid(last, match.capturedStart() - last);
            result += match.captured(1) + QLatin1String("\"\"");
        } else {
            result += QStringView(html).mid(last, match.capturedStart() - last);
            result += QLatin1String("blocked-");
            result += match.captured(0).trimmed().remove(QLatin1Char('<')).remove(QLatin1Char('@'));
        }
        last = match.capturedEnd();
        ++removed;
    }
    if (removed == 0)
        return 0;
    result += QStringView(html).mid(last);
    html = result;
    return removed;
}

std::optional<ReportTemplate> ReportTemplate::load(const QString &folder, Diagnostics &diagnostics)
{
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir()) {
        diagnostics.error(folder, 0, 0, QStringLiteral("report template folder not found"));
        return std::nullopt;
    }
    ReportTemplate result;
    result.m_folder = folderInfo.absoluteFilePath();
    const QString manifestPath = QDir(result.m_folder).filePath(QStringLiteral("manifest.yaml"));
    auto manifest = readTemplateManifest(manifestPath, diagnostics);
    if (!manifest)
        return std::nullopt;
    result.m_manifest = *manifest;

    result.m_main.path = QDir(result.m_folder).filePath(result.m_manifest.mainFile);
    auto text = readSource(result.m_main.path, diagnostics, manifestPath, 0, 0);
    if (!text)
        return std::nullopt;
    result.m_main.text = std::move(*text);

    TemplateLoader loader(result.m_folder, diagnostics, result.m_partials);
    QStringList stack;
    if (!loader.check(result.m_main, stack))
        return std::nullopt;
    return result;
}

std::optional<QString> ReportTemplate::render(const QVariantMap &context, Diagnostics &diagnostics) const
{
    kainjow::mustache::data data = toMustacheData(QVariant(context));
    return render(data, diagnostics);
}

std::optional<QString> ReportTemplate::render(kainjow::mustache::data &data, Diagnostics &diagnostics) const
{
    for (const auto &[name, partial] : m_partials) {
        const std::string text = partial.text;
        data.set(name, kainjow::mustache::partial([text]() { return text; }));
    }
    kainjow::mustache::mustache engine(m_main.text);
    std::string output = engine.render(data);
    if (!engine.is_valid()) {
        // Only a partial can fail here (the main file was checked on load); the
        // message's offset then refers to the partial, which we cannot name.
        reportMustacheError(m_main, engine.error_message(), diagnostics);
        return std::nullopt;
    }
    QString html = QString::fromStdString(output);
    if (const int removed = stripExternalResources(html); removed > 0)
        diagnostics.warning(m_main.path, 0, 0,
                            QStringLiteral("%1 external resource reference(s) removed from the rendered report").arg(removed));
    return html;
}

} // namespace dpi
