#include "templatevariablecheck.h"

#include "conclusionscontext.h"
#include "reportcontext.h"
#include "progresscontext.h"

#include <QVariantList>

namespace dpi {

namespace {

void addPaths(const QVariant &value, const QString &prefix, QSet<QString> &names, QSet<const void *> &seenLists);

void addMap(const QVariantMap &map, const QString &prefix, QSet<QString> &names, QSet<const void *> &seenLists)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        addPaths(it.value(), prefix + it.key(), names, seenLists);
}

void addPaths(const QVariant &value, const QString &path, QSet<QString> &names, QSet<const void *> &seenLists)
{
    names.insert(path);
    if (value.typeId() == QMetaType::QVariantMap) {
        addMap(value.toMap(), path + QLatin1Char('.'), names, seenLists);
    } else if (value.typeId() == QMetaType::QVariantList) {
        // Each item starts a new scope; the same list reached twice
        // (frameworks[].results are sectors' entries) is walked once.
        const QVariantList items = value.toList();
        if (seenLists.contains(items.constData()))
            return;
        seenLists.insert(items.constData());
        for (const QVariant &item : items) {
            if (item.typeId() == QMetaType::QVariantMap)
                addMap(item.toMap(), QString(), names, seenLists);
        }
    }
}

} // namespace

QSet<QString> templateVariableNames(const QVariantMap &context)
{
    QSet<QString> names;
    QSet<const void *> seenLists;
    addMap(context, QString(), names, seenLists);
    // Findings and actions are often empty lists; their item keys are still the report's.
    names.unite(conclusionsItemVariableNames());
    // So are red flags: a sample without any must not make the template's red-flag table unknown.
    names.unite(redFlagItemVariableNames());
    // So is the progress since the last round, absent without a previous round.
    names.unite(progressItemVariableNames());
    return names;
}

void checkTemplateVariables(const QString &path, const QString &text, const QSet<QString> &known,
                            Diagnostics &diagnostics)
{
    if (known.isEmpty())
        return;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype scanned = 0;
    qsizetype position = 0;
    // Tags are read as Mustache reads them: a tag ends at the first "}}"
    // (so "{{! a {{b}} }}" is a comment up to "b}}").
    while ((position = text.indexOf(QLatin1String("{{"), position)) >= 0) {
        const bool triple = text.mid(position, 3) == QLatin1String("{{{");
        const QLatin1String close = triple ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype contentStart = position + (triple ? 3 : 2);
        const qsizetype end = text.indexOf(close, contentStart);
        if (end < 0)
            break; // the engine reports the unclosed tag
        QString name = text.mid(contentStart, end - contentStart).trimmed();
        const qsizetype tagStart = position;
        position = end + close.size();
        if (name.isEmpty() || QStringLiteral("!>=/").contains(name.front()))
            continue;
        if (QStringLiteral("#^&").contains(name.front()))
            name = name.mid(1).trimmed();
        if (name.isEmpty() || name == QLatin1String(".") || known.contains(name))
            continue;
        for (; scanned < tagStart; ++scanned) {
            if (text.at(scanned) == QLatin1Char('\n')) {
                ++line;
                lineStart = scanned + 1;
            }
        }
        const int column = int(tagStart - lineStart) + 1;
        diagnostics.warning(path, line, column,
                            QStringLiteral("unknown variable '%1': the report provides no value of that name, so it "
                                           "renders as nothing").arg(name));
    }
}

} // namespace dpi
