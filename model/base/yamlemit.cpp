#include "yamlemit.h"

#include <QLocale>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace dpi {

bool yamlTextNeedsQuotes(const QString &text)
{
    if (text.isEmpty())
        return true;
    // null, booleans (YAML 1.1 knows yes/no/on/off too), merge and value keys
    static const QRegularExpression words(QStringLiteral(
        "^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|"
        "off|Off|OFF|y|Y|n|N|<<|=)$"));
    // integers (decimal, octal, hex, binary, sexagesimal), floats, .inf, .nan
    static const QRegularExpression numbers(QStringLiteral(
        "^[-+]?("
        "0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|"
        "[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|"
        "[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|"
        "\\.[0-9_]+([eE][-+]?[0-9]+)?|"
        "\\.(inf|Inf|INF)"
        ")$|^\\.(nan|NaN|NAN)$"));
    return words.match(text).hasMatch() || numbers.match(text).hasMatch();
}

QString formatYamlNumber(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // also for -0
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

namespace {

// Multi-line text reads best as a literal block (`|`). yaml-cpp writes only
// the "clip" form, which reads back with exactly one final newline, so only
// text of that shape is written as a block; anything else is double-quoted.
bool fitsLiteralBlock(const QString &text)
{
    if (!text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1String("\n\n")))
        return false;
    if (text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\n')))
        return false;
    for (const QChar c : text) {
        if (c != QLatin1Char('\n') && (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                                       || c == QChar::ParagraphSeparator || c == QChar(0xFEFF) || c == QChar(0x85)))
            return false;
    }
    return true;
}

} // namespace

void emitText(YAML::Emitter &out, const QString &text, bool inFlow)
{
    if (!inFlow && text.count(QLatin1Char('\n')) > 1 && fitsLiteralBlock(text)) {
        out << YAML::Literal << text.left(text.size() - 1).toStdString();
        return;
    }
    if (yamlTextNeedsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void emitLocalizedText(YAML::Emitter &out, const LocalizedText &text)
{
    if (text.isPlain() || text.isEmpty()) {
        emitText(out, text.text());
        return;
    }
    out << YAML::BeginMap;
    for (const auto &entry : text.entries()) {
        out << YAML::Key << entry.first.toStdString() << YAML::Value;
        emitText(out, entry.second);
    }
    out << YAML::EndMap;
}

void emitNumber(YAML::Emitter &out, double value)
{
    out << formatYamlNumber(value).toStdString();
}

void emitTextList(YAML::Emitter &out, const QStringList &items)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const QString &item : items)
        emitText(out, item, true);
    out << YAML::EndSeq;
}

QByteArray yamlModeline(const QByteArray &text)
{
    int end = int(text.indexOf('\n'));
    QByteArray first = end < 0 ? text : text.left(end);
    if (first.endsWith('\r'))
        first.chop(1);
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    static const QRegularExpression modeline(QStringLiteral("^#\\s*yaml-language-server\\s*:"));
    if (!modeline.match(QString::fromUtf8(first)).hasMatch())
        return {};
    return first;
}

QByteArray defaultFrameworkModeline()
{
    return QByteArrayLiteral("# yaml-language-server: $schema=../resources/schema/framework.schema.json");
}

QByteArray defaultProjectModeline()
{
    return QByteArrayLiteral("# yaml-language-server: $schema=../resources/schema/project.schema.json");
}

} // namespace dpi
