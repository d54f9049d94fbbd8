#include "frameworktextpatch.h"

#include "frameworkreader.h"
#include "yamlcomments.h"
#include "yamlwriter.h"

#include <QRegularExpression>
#include <QStringList>

namespace dpi {

namespace {

// Index of the line holding top-level `key:`, or -1.
int topLevelLine(const QStringList &lines, const QString &key)
{
    const QString prefix = key + QLatin1Char(':');
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(prefix) && (line.size() == prefix.size() || line.at(prefix.size()).isSpace()))
            return i;
    }
    return -1;
}

// One past the last line of the top-level block starting at `start`: the
// block runs until the next line that starts in column 0 (a key, a comment, a marker).
int blockEnd(const QStringList &lines, int start)
{
    int end = start + 1;
    while (end < lines.size() && (lines.at(end).isEmpty() || lines.at(end).at(0).isSpace()))
        ++end;
    // Blank lines at the end belong to the gap, not the block.
    while (end > start + 1 && lines.at(end - 1).trimmed().isEmpty())
        --end;
    return end;
}

QStringList block(const QStringList &lines, const QString &key)
{
    const int start = topLevelLine(lines, key);
    return start < 0 ? QStringList() : lines.mid(start, blockEnd(lines, start) - start);
}

int indentation(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

bool isSequenceEntry(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed == QLatin1String("-") || trimmed.startsWith(QLatin1String("- "));
}

// Replaces (or, when missing, inserts after the block of `after`) the block of top-level `key`.
bool replaceBlock(QStringList &lines, const QString &key, const QStringList &replacement, const QString &after)
{
    const int start = topLevelLine(lines, key);
    if (start >= 0) {
        const int end = blockEnd(lines, start);
        for (int i = start; i < end; ++i)
            lines.removeAt(start);
        for (int i = 0; i < replacement.size(); ++i)
            lines.insert(start + i, replacement.at(i));
        return true;
    }
    const int anchor = topLevelLine(lines, after);
    if (anchor < 0)
        return false;
    const int at = blockEnd(lines, anchor);
    for (int i = 0; i < replacement.size(); ++i)
        lines.insert(at + i, replacement.at(i));
    return true;
}

// A one-line scalar changes its value and keeps a trailing comment.
bool replaceScalar(QStringList &lines, const QString &key, const QStringList &written, const QString &after)
{
    if (written.size() != 1)
        return false;
    const int line = topLevelLine(lines, key);
    if (line < 0)
        return replaceBlock(lines, key, written, after);
    if (blockEnd(lines, line) != line + 1)
        return false; // a multi-line value: leave it to the full rewrite
    static const QRegularExpression comment(QStringLiteral("\\s+#[^'\"]*$"));
    const QRegularExpressionMatch match = comment.match(lines.at(line));
    lines[line] = written.constFirst() + (match.hasMatch() ? match.captured(0) : QString());
    return true;
}

// The changelog gets the new first entry, in the indentation the text already uses.
bool insertFirstChangelogEntry(QStringList &lines, const QStringList &writtenChangelog)
{
    // The writer's first entry: from its first "- " line to the next one at the same indentation.
    int first = 1;
    while (first < writtenChangelog.size() && !isSequenceEntry(writtenChangelog.at(first)))
        ++first;
    if (first >= writtenChangelog.size())
        return false;
    const int writtenIndent = indentation(writtenChangelog.at(first));
    int next = first + 1;
    while (next < writtenChangelog.size()
           && !(isSequenceEntry(writtenChangelog.at(next)) && indentation(writtenChangelog.at(next)) == writtenIndent))
        ++next;
    const QStringList entry = writtenChangelog.mid(first, next - first);

    const int start = topLevelLine(lines, QStringLiteral("changelog"));
    if (start < 0 || lines.at(start).trimmed() != QLatin1String("changelog:"))
        return false;
    const int end = blockEnd(lines, start);
    int firstEntry = start + 1;
    while (firstEntry < end && !isSequenceEntry(lines.at(firstEntry)))
        ++firstEntry;
    if (firstEntry >= end)
        return false;
    const int shift = indentation(lines.at(firstEntry)) - writtenIndent;
    for (int i = 0; i < entry.size(); ++i) {
        QString line = entry.at(i);
        if (shift > 0)
            line.prepend(QString(shift, QLatin1Char(' ')));
        else if (shift < 0)
            line.remove(0, std::min(-shift, indentation(line)));
        lines.insert(firstEntry + i, line);
    }
    return true;
}

bool sameExceptHeader(Framework a, Framework b)
{
    // Everything a new version or a variant may change is made equal; the rest must be.
    b.id = a.id;
    b.version = a.version;
    b.derivedFrom = a.derivedFrom;
    b.title = a.title;
    b.changelog = a.changelog;
    return a == b;
}

} // namespace

std::optional<QString> patchFrameworkHeader(const QString &text, const Framework &current, const Framework &wanted)
{
    if (!sameExceptHeader(current, wanted))
        return std::nullopt;
    if (!current.derivedFrom.isEmpty() && wanted.derivedFrom.isEmpty())
        return std::nullopt;

    const QStringList written = QString::fromUtf8(frameworkToYaml(wanted)).split(QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    const QString id = QStringLiteral("id");
    const QString version = QStringLiteral("version");
    const QString derivedFrom = QStringLiteral("derived_from");
    const QString title = QStringLiteral("title");
    const QString changelog = QStringLiteral("changelog");

    bool ok = true;
    if (wanted.id != current.id)
        ok = ok && replaceScalar(lines, id, block(written, id), QStringLiteral("schema"));
    if (wanted.version != current.version)
        ok = ok && replaceScalar(lines, version, block(written, version), id);
    if (wanted.derivedFrom != current.derivedFrom) {
        const bool hasLicence = topLevelLine(lines, QStringLiteral("licence")) >= 0;
        ok = ok && replaceScalar(lines, derivedFrom, block(written, derivedFrom), hasLicence ? QStringLiteral("licence") : version);
    }
    if (!(wanted.title == current.title))
        ok = ok && replaceBlock(lines, title, block(written, title), version);
    if (!(wanted.changelog == current.changelog)) {
        const bool oneMoreInFront = wanted.changelog.size() == current.changelog.size() + 1 && !current.changelog.empty()
            && std::equal(current.changelog.begin(), current.changelog.end(), wanted.changelog.begin() + 1);
        if (oneMoreInFront && insertFirstChangelogEntry(lines, block(written, changelog))) {
            // inserted above the existing entries
        } else {
            if (!lines.isEmpty() && lines.constLast().isEmpty())
                lines.removeLast();
            if (topLevelLine(lines, changelog) >= 0)
                ok = ok && replaceBlock(lines, changelog, block(written, changelog), QString());
            else
                lines << block(written, changelog);
            lines << QString();
        }
    }
    if (!ok)
        return std::nullopt;

    const QString patched = lines.join(QLatin1Char('\n'));
    const FrameworkReadResult read = readFrameworkText(patched.toUtf8(), QStringLiteral("patch"));
    if (!read.ok() || !(*read.framework == wanted) || !droppedYamlComments(text, patched).isEmpty())
        return std::nullopt;
    return patched;
}

} // namespace dpi
