#include "yamlcomments.h"

#include <QHash>

namespace dpi {

namespace {

int indentOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

// Position of a comment's '#' in `line`, or -1. A '#' starts a comment at the
// start of a line or after whitespace, and never inside quotes.
int commentStart(const QString &line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                // '' is an escaped quote inside a single-quoted scalar.
                if (quote == QLatin1Char('\'') && i + 1 < line.size() && line.at(i + 1) == quote)
                    ++i;
                else
                    quote = QChar();
            } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"')) {
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace()))
            return i;
        // A quote opens a scalar only where a scalar can start.
        if ((c == QLatin1Char('"') || c == QLatin1Char('\''))
            && (i == 0 || line.at(i - 1).isSpace() || line.at(i - 1) == QLatin1Char('[')
                || line.at(i - 1) == QLatin1Char('{') || line.at(i - 1) == QLatin1Char(',')))
            quote = c;
    }
    return -1;
}

// True when the content before a comment ends with a block scalar indicator
// such as "|", ">-" or "|2".
bool opensBlockScalar(const QString &content)
{
    const QString trimmed = content.trimmed();
    if (trimmed.isEmpty())
        return false;
    int i = trimmed.size() - 1;
    while (i >= 0 && (trimmed.at(i).isDigit() || trimmed.at(i) == QLatin1Char('-')
                      || trimmed.at(i) == QLatin1Char('+')))
        --i;
    if (i < 0 || (trimmed.at(i) != QLatin1Char('|') && trimmed.at(i) != QLatin1Char('>')))
        return false;
    return i == 0 || trimmed.at(i - 1).isSpace();
}

} // namespace

QStringList yamlComments(const QString &text)
{
    QStringList comments;
    const QStringList lines = text.split(QLatin1Char('\n'));
    int blockParentIndent = -1; // >= 0 while inside a block scalar
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (blockParentIndent >= 0) {
            if (line.trimmed().isEmpty() || indentOf(line) > blockParentIndent)
                continue;
            blockParentIndent = -1;
        }
        const int hash = commentStart(line);
        const QString content = hash < 0 ? line : line.left(hash);
        if (hash >= 0)
            comments.append(line.mid(hash).trimmed());
        if (opensBlockScalar(content))
            blockParentIndent = indentOf(line);
    }
    return comments;
}

QStringList droppedYamlComments(const QString &before, const QString &after)
{
    QHash<QString, int> remaining;
    const QStringList kept = yamlComments(after);
    for (const QString &comment : kept)
        ++remaining[comment];
    QStringList dropped;
    const QStringList original = yamlComments(before);
    for (const QString &comment : original) {
        int &count = remaining[comment];
        if (count > 0)
            --count;
        else
            dropped.append(comment);
    }
    return dropped;
}

} // namespace dpi
