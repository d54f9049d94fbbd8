#include "yamlvalues.h"

#include "yamlcontext.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace dpi {

namespace {

bool isQuoted(const YAML::Node &node)
{
    return node.Tag() == "!";
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// The field's value as text, or an error when it is a mapping or a list.
bool scalarOf(const YamlField &field, YamlContext &context, const QString &expected, QString &out)
{
    if (!field.present)
        return false;
    if (field.isEmpty()) {
        out.clear();
        return true;
    }
    if (!field.value.IsScalar()) {
        context.error(field.valueMark(), QStringLiteral("'%1' must be %2, not %3")
                                             .arg(field.key, expected, yamlKindName(field.value)));
        return false;
    }
    out = scalarText(field.value);
    return true;
}

} // namespace

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return pattern.match(id).hasMatch();
}

bool isSemanticVersion(const QString &version)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
        "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"));
    return pattern.match(version).hasMatch();
}

bool isIsoDate(const QString &date)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return pattern.match(date).hasMatch() && QDate::fromString(date, Qt::ISODate).isValid();
}

bool isIsoDateTime(const QString &dateTime)
{
    if (isIsoDate(dateTime))
        return true;
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?$"));
    return pattern.match(dateTime).hasMatch()
        && QDateTime::fromString(dateTime, Qt::ISODateWithMs).isValid();
}

bool isLanguageCode(const QString &code)
{
    // Every localised text asks this for each language: answer the usual
    // case (en, ru, ky) without the regular expression, which stays the
    // rule for everything else.
    if ((code.size() == 2 || code.size() == 3)
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        return true;
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    return pattern.match(code).hasMatch();
}

std::optional<int> plainInteger(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar() || isQuoted(node))
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^[-+]?[0-9]+$"));
    const QString text = scalarText(node);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<double> plainNumber(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar() || isQuoted(node))
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    const QString text = scalarText(node);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool readText(const YamlField &field, YamlContext &context, QString &out)
{
    return scalarOf(field, context, QStringLiteral("text"), out);
}

bool readNonEmptyText(const YamlField &field, YamlContext &context, QString &out)
{
    QString text;
    if (!readText(field, context, text))
        return false;
    if (text.trimmed().isEmpty()) {
        context.error(field.valueMark(), QStringLiteral("'%1' must not be empty").arg(field.key));
        return false;
    }
    out = text;
    return true;
}

bool readId(const YamlField &field, YamlContext &context, QString &out)
{
    QString text;
    if (!readNonEmptyText(field, context, text))
        return false;
    if (!isValidId(text)) {
        context.error(field.valueMark(),
                      QStringLiteral("'%1' is not a valid id: use letters, digits, '.', '_' and '-', "
                                     "starting with a letter or digit")
                          .arg(text));
        return false;
    }
    out = text;
    return true;
}

bool readLocalizedText(const YamlField &field, YamlContext &context, LocalizedText &out)
{
    if (!field.present)
        return false;
    if (field.isEmpty()) {
        context.error(field.valueMark(), QStringLiteral("'%1' must not be empty").arg(field.key));
        return false;
    }
    if (field.value.IsScalar()) {
        const QString text = scalarText(field.value);
        if (text.trimmed().isEmpty()) {
            context.error(field.valueMark(), QStringLiteral("'%1' must not be empty").arg(field.key));
            return false;
        }
        out = LocalizedText(text);
        return true;
    }
    if (!field.value.IsMap()) {
        context.error(field.valueMark(),
                      QStringLiteral("'%1' must be text or a mapping of languages {en: ..., ru: ...}, not %2")
                          .arg(field.key, yamlKindName(field.value)));
        return false;
    }
    YamlMapping languages(field.value, context, QStringLiteral("'%1'").arg(field.key));
    LocalizedText result;
    bool ok = true;
    for (const YamlField &entry : languages.all()) {
        if (!isLanguageCode(entry.key)) {
            context.error(entry.keyNode, QStringLiteral("'%1' is not a language code (use two or three "
                                                        "lower-case letters such as en, ru, ky)")
                                             .arg(entry.key));
            ok = false;
            continue;
        }
        QString text;
        if (!readText(entry, context, text)) {
            ok = false;
            continue;
        }
        result.set(entry.key, text);
    }
    if (result.isEmpty()) {
        if (ok)
            context.error(field.valueMark(), QStringLiteral("'%1' has no text in any language").arg(field.key));
        return false;
    }
    result.setPlain(false);
    out = result;
    return ok;
}

bool readNumber(const YamlField &field, YamlContext &context, double &out)
{
    if (!field.present)
        return false;
    const std::optional<double> value = field.isEmpty() ? std::nullopt : plainNumber(field.value);
    if (!value) {
        context.error(field.valueMark(), QStringLiteral("'%1' must be a number, not %2")
                                             .arg(field.key, yamlKindName(field.value)));
        return false;
    }
    out = *value;
    return true;
}

bool readPositiveNumber(const YamlField &field, YamlContext &context, double &out)
{
    double value = 0;
    if (!readNumber(field, context, value))
        return false;
    if (value <= 0) {
        context.error(field.valueMark(), QStringLiteral("'%1' must be greater than 0, not %2")
                                             .arg(field.key, QString::fromStdString(field.value.Scalar())));
        return false;
    }
    out = value;
    return true;
}

bool readListField(const YamlField &field, YamlContext &context)
{
    if (!field.present)
        return false;
    if (field.isEmpty())
        return true;
    if (!field.value.IsSequence()) {
        context.error(field.valueMark(), QStringLiteral("'%1' must be a list (lines starting with '- '), not %2")
                                             .arg(field.key, yamlKindName(field.value)));
        return false;
    }
    return true;
}

bool readInteger(const YamlField &field, YamlContext &context, int &out)
{
    if (!field.present)
        return false;
    const std::optional<int> value = field.isEmpty() ? std::nullopt : plainInteger(field.value);
    if (!value) {
        context.error(field.valueMark(), QStringLiteral("'%1' must be a whole number, not %2")
                                             .arg(field.key, yamlKindName(field.value)));
        return false;
    }
    out = *value;
    return true;
}

bool readBoolean(const YamlField &field, YamlContext &context, bool &out)
{
    if (!field.present)
        return false;
    if (!field.isEmpty() && field.value.IsScalar() && !isQuoted(field.value)) {
        const QString text = scalarText(field.value);
        if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE")) {
            out = true;
            return true;
        }
        if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE")) {
            out = false;
            return true;
        }
    }
    context.error(field.valueMark(), QStringLiteral("'%1' must be true or false, not %2")
                                         .arg(field.key, yamlKindName(field.value)));
    return false;
}

bool readTextList(const YamlField &field, YamlContext &context, QStringList &out)
{
    if (!field.present)
        return false;
    if (field.isEmpty()) {
        out.clear();
        return true;
    }
    if (!field.value.IsSequence()) {
        context.error(field.valueMark(), QStringLiteral("'%1' must be a list ([a, b] or lines starting "
                                                        "with '- '), not %2")
                                             .arg(field.key, yamlKindName(field.value)));
        return false;
    }
    QStringList result;
    bool ok = true;
    for (const YAML::Node &item : field.value) {
        if (!item.IsScalar()) {
            context.error(item.IsNull() ? field.valueMark() : item.Mark(),
                          QStringLiteral("items of '%1' must be text, not %2")
                              .arg(field.key, yamlKindName(item)));
            ok = false;
            continue;
        }
        result << scalarText(item);
    }
    out = result;
    return ok;
}

bool readDate(const YamlField &field, YamlContext &context, QString &out)
{
    QString text;
    if (!readText(field, context, text))
        return false;
    if (text.isEmpty()) {
        out.clear();
        return true;
    }
    if (!isIsoDate(text)) {
        context.error(field.valueMark(), QStringLiteral("'%1' is not a valid date (expected YYYY-MM-DD)").arg(text));
        return false;
    }
    out = text;
    return true;
}

bool readDateTime(const YamlField &field, YamlContext &context, QString &out)
{
    QString text;
    if (!readText(field, context, text))
        return false;
    if (text.isEmpty()) {
        out.clear();
        return true;
    }
    if (!isIsoDateTime(text)) {
        context.error(field.valueMark(), QStringLiteral("'%1' is not a valid date or date-time "
                                                        "(expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
                                             .arg(text));
        return false;
    }
    out = text;
    return true;
}

bool readVersion(const YamlField &field, YamlContext &context, QString &out)
{
    QString text;
    if (!readNonEmptyText(field, context, text))
        return false;
    if (!isSemanticVersion(text)) {
        context.error(field.valueMark(), QStringLiteral("version '%1' is not a semantic version "
                                                        "(MAJOR.MINOR.PATCH, e.g. 1.0.0)")
                                             .arg(text));
        return false;
    }
    out = text;
    return true;
}

} // namespace dpi
