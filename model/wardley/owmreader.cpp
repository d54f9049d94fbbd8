#include "owmreader.h"

#include "owmtext.h"

#include <QHash>
#include <QLatin1String>
#include <QSet>

#include <algorithm>
#include <array>

namespace dpi {

namespace {

// A broken or hostile file must not cost unbounded memory in messages.
constexpr int kMaxDiagnostics = 1000;

enum class Keyword {
    None,
    Title,
    Style,
    Size,
    Evolution,
    ValueChain,
    YAxis,
    Anchor,
    Component,
    Submap,
    Market,
    Ecosystem,
    Build,
    Buy,
    Outsource,
    Pipeline,
    Evolve,
    Note,
    Annotation,
    Annotations,
    Pioneers,
    Settlers,
    TownPlanners,
    Accelerator,
    Deaccelerator,
    Url,
};

struct KeywordName
{
    QLatin1String text;
    Keyword keyword;
};

const std::array<KeywordName, 25> kKeywords = {{
    {QLatin1String("title"), Keyword::Title},
    {QLatin1String("style"), Keyword::Style},
    {QLatin1String("size"), Keyword::Size},
    {QLatin1String("evolution"), Keyword::Evolution},
    {QLatin1String("valuechain"), Keyword::ValueChain},
    {QLatin1String("y-axis"), Keyword::YAxis},
    {QLatin1String("anchor"), Keyword::Anchor},
    {QLatin1String("component"), Keyword::Component},
    {QLatin1String("submap"), Keyword::Submap},
    {QLatin1String("market"), Keyword::Market},
    {QLatin1String("ecosystem"), Keyword::Ecosystem},
    {QLatin1String("build"), Keyword::Build},
    {QLatin1String("buy"), Keyword::Buy},
    {QLatin1String("outsource"), Keyword::Outsource},
    {QLatin1String("pipeline"), Keyword::Pipeline},
    {QLatin1String("evolve"), Keyword::Evolve},
    {QLatin1String("note"), Keyword::Note},
    {QLatin1String("annotation"), Keyword::Annotation},
    {QLatin1String("annotations"), Keyword::Annotations},
    {QLatin1String("pioneers"), Keyword::Pioneers},
    {QLatin1String("settlers"), Keyword::Settlers},
    {QLatin1String("townplanners"), Keyword::TownPlanners},
    {QLatin1String("accelerator"), Keyword::Accelerator},
    {QLatin1String("deaccelerator"), Keyword::Deaccelerator},
    {QLatin1String("url"), Keyword::Url},
}};

Keyword keywordOf(QStringView word, Qt::CaseSensitivity cs)
{
    // Most lines are links or components: compare only same-length keywords.
    if (word.size() < 3 || word.size() > 13)
        return Keyword::None;
    for (const KeywordName &k : kKeywords) {
        if (k.text.size() == word.size() && word.compare(k.text, cs) == 0)
            return k.keyword;
    }
    return Keyword::None;
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v' || c == QChar(0xA0);
}

qsizetype skipBlanks(QStringView s, qsizetype i)
{
    while (i < s.size() && isBlank(s[i]))
        ++i;
    return i;
}

QStringView trimmedView(QStringView s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isBlank(s[begin]))
        ++begin;
    while (end > begin && isBlank(s[end - 1]))
        --end;
    return s.mid(begin, end - begin);
}

// Index of `ch` outside double quotes, from `from`; -1 when absent.
qsizetype indexOutsideQuotes(QStringView s, QChar ch, qsizetype from = 0)
{
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s[i] == u'"') {
            const qsizetype end = owmQuotedEnd(s, i);
            if (end < 0)
                return -1;
            i = end - 1;
            continue;
        }
        if (s[i] == ch)
            return i;
    }
    return -1;
}

bool looksNumericList(QStringView inner)
{
    bool digit = false;
    for (const QChar c : inner) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (!(c == u'.' || c == u',' || c == u'-' || c == u'+' || c == u'e' || c == u'E' || isBlank(c)))
            return false;
    }
    return digit;
}

bool endsWithWord(QStringView s, QLatin1String word)
{
    const QStringView t = trimmedView(s);
    if (!t.endsWith(word))
        return false;
    const qsizetype before = t.size() - word.size() - 1;
    return before < 0 || isBlank(t[before]);
}

// Removes a balanced pair of quotes around a whole name and resolves escapes.
QString unquoteName(QStringView raw)
{
    const QStringView t = trimmedView(raw);
    if (t.size() >= 2 && t.front() == u'"' && owmQuotedEnd(t, 0) == t.size())
        return owmUnescape(t.mid(1, t.size() - 2));
    return t.toString();
}

struct Arrow
{
    qsizetype position = -1;
    qsizetype length = 0;
    WardleyFlow flow = WardleyFlow::None;
    QString value;
};

// The first link arrow outside quotes: -> +> +< +<> +'value'> +'value'< +'value'<>
Arrow findArrow(QStringView s, qsizetype from = 0)
{
    Arrow arrow;
    for (qsizetype i = from; i + 1 < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'"') {
            const qsizetype end = owmQuotedEnd(s, i);
            if (end < 0)
                break;
            i = end - 1;
            continue;
        }
        if (c == u'-' && s[i + 1] == u'>') {
            arrow.position = i;
            arrow.length = 2;
            arrow.flow = WardleyFlow::None;
            return arrow;
        }
        if (c != u'+')
            continue;
        const QChar n = s[i + 1];
        if (n == u'>') {
            arrow.position = i;
            arrow.length = 2;
            arrow.flow = WardleyFlow::Forward;
            return arrow;
        }
        if (n == u'<') {
            arrow.position = i;
            const bool both = i + 2 < s.size() && s[i + 2] == u'>';
            arrow.length = both ? 3 : 2;
            arrow.flow = both ? WardleyFlow::Both : WardleyFlow::Back;
            return arrow;
        }
        if (n == u'\'') {
            const qsizetype close = s.indexOf(u'\'', i + 2);
            if (close < 0 || close + 1 >= s.size())
                continue;
            const QChar a = s[close + 1];
            if (a == u'>') {
                arrow.flow = WardleyFlow::Forward;
                arrow.length = close + 2 - i;
            } else if (a == u'<') {
                const bool both = close + 2 < s.size() && s[close + 2] == u'>';
                arrow.flow = both ? WardleyFlow::Both : WardleyFlow::Back;
                arrow.length = close + (both ? 3 : 2) - i;
            } else {
                continue;
            }
            arrow.position = i;
            arrow.value = s.mid(i + 2, close - i - 2).toString();
            return arrow;
        }
    }
    return arrow;
}

struct ElementParts
{
    QString name;
    bool hasPosition = false;
    WardleyPosition position;
    std::optional<WardleyOffset> label;
    WardleyDecorators decorators;
    bool inertia = false;
    std::optional<double> evolveTo;
    QString url;
};

class OwmReader
{
public:
    explicit OwmReader(const QString &fileName) : m_file(fileName) {}

    OwmParseResult run(const QString &text);

private:
    void warn(int line, qsizetype column, const QString &message);
    QString newId(const QString &base);
    QString uniqueId(QString stem); // `stem` is already a valid id

    QString stripComments(QStringView line);
    void parseLine(QStringView code, int line);
    void parseStatement(Keyword keyword, QStringView code, qsizetype restStart, int line);

    bool splitName(QStringView rest, qsizetype col, int line, QString &name, qsizetype &tailStart, ElementParts *parts);
    void parseTail(QStringView rest, qsizetype from, qsizetype col, int line, int coordinates, ElementParts &parts);
    bool parseDecoratorGroup(QStringView inner, ElementParts &parts, qsizetype col, int line, bool quiet);
    using Numbers = std::array<double, 4>;
    Numbers parseNumbers(QStringView inner, qsizetype col, int line, int expected, Numbers defaults);

    void addElement(WardleyComponentType type, QStringView rest, qsizetype col, int line, bool market, bool ecosystem);
    void addPipelineChild(QStringView rest, qsizetype col, int line);
    void addPipeline(QStringView rest, qsizetype col, int line);
    void addEvolve(QStringView rest, qsizetype col, int line, const QString &knownName = QString(), std::optional<double> maturity = std::nullopt);
    void addLink(QStringView code, const Arrow &arrow, qsizetype col, int line);
    void addNote(QStringView rest, qsizetype col, int line);
    void addAnnotation(QStringView rest, qsizetype col, int line);
    void addArea(WardleyAttitude attitude, QStringView rest, qsizetype col, int line);
    void addAccelerator(bool deaccelerator, QStringView rest, qsizetype col, int line);
    void addUrl(QStringView rest, qsizetype col, int line);
    void setEvolution(QStringView rest, qsizetype col, int line);
    void setSize(QStringView rest, qsizetype col, int line);
    void setYAxis(QStringView rest, qsizetype col, int line);
    void resolveMethods();

    QString m_file;
    OwmParseResult m_result;
    int m_diagnosticCount = 0;
    QSet<QString> m_ids;
    QHash<QString, int> m_componentByName; // first declaration
    bool m_inBlockComment = false;
    bool m_titleSeen = false;
    bool m_evolutionSeen = false;
    int m_lastPipeline = -1;
    bool m_lastPipelineHasBlock = false;
    int m_blockPipeline = -1;
    int m_blockLine = 0;
    struct Method
    {
        Keyword kind;
        QString name;
        int line;
        qsizetype column;
    };
    std::vector<Method> m_methods;
};

void OwmReader::warn(int line, qsizetype column, const QString &message)
{
    ++m_diagnosticCount;
    if (m_diagnosticCount < kMaxDiagnostics) {
        m_result.diagnostics.warning(m_file, line, int(column) + 1, message);
    } else if (m_diagnosticCount == kMaxDiagnostics) {
        m_result.diagnostics.warning(m_file, line, int(column) + 1,
                                     QStringLiteral("too many problems; further ones are not reported"));
    }
}

QString OwmReader::newId(const QString &base)
{
    return uniqueId(wardleySlug(base));
}

QString OwmReader::uniqueId(QString stem)
{
    if (stem.isEmpty())
        stem = QStringLiteral("item");
    QString id = stem;
    for (int n = 2; m_ids.contains(id); ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    m_ids.insert(id);
    return id;
}

// Comments become blanks so that columns stay right. `//` starts a comment
// unless it follows ':' (a URL such as https://...) or sits inside quotes;
// `/* ... */` may span lines or close on the same line.
QString OwmReader::stripComments(QStringView line)
{
    QString code = line.toString();
    bool inQuote = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (m_inBlockComment) {
            if (code[i] == u'*' && i + 1 < code.size() && code[i + 1] == u'/') {
                code[i] = u' ';
                code[i + 1] = u' ';
                ++i;
                m_inBlockComment = false;
            } else {
                code[i] = u' ';
            }
            continue;
        }
        const QChar c = code[i];
        if (c == u'\\' && inQuote) {
            ++i;
            continue;
        }
        if (c == u'"') {
            inQuote = !inQuote;
            continue;
        }
        if (inQuote || c != u'/' || i + 1 >= code.size())
            continue;
        if (code[i + 1] == u'/' && (i == 0 || code[i - 1] != u':')) {
            code.truncate(i);
            break;
        }
        if (code[i + 1] == u'*') {
            m_inBlockComment = true;
            code[i] = u' ';
            code[i + 1] = u' ';
            ++i;
        }
    }
    return code;
}

OwmParseResult OwmReader::run(const QString &text)
{
    QStringView all(text);
    if (all.startsWith(QChar(0xFEFF)))
        all = all.mid(1);
    // Rough capacity from the line count saves rehashing on large maps.
    const qsizetype lines = std::min<qsizetype>(all.count(u'\n') + 1, 1 << 16);
    m_ids.reserve(lines);
    m_componentByName.reserve(lines / 2);
    m_result.map.components.reserve(size_t(lines));
    m_result.map.links.reserve(size_t(lines));
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos <= all.size()) {
        qsizetype end = all.indexOf(u'\n', pos);
        if (end < 0)
            end = all.size();
        QStringView line = all.mid(pos, end - pos);
        if (line.endsWith(u'\r'))
            line.chop(1);
        ++lineNumber;
        if (!m_inBlockComment && !line.contains(u'/')) {
            parseLine(line, lineNumber);
        } else {
            const QString code = stripComments(line);
            parseLine(code, lineNumber);
        }
        pos = end + 1;
    }
    if (m_blockPipeline >= 0)
        warn(m_blockLine, 0, QStringLiteral("pipeline block opened here is not closed with '}'"));
    if (m_inBlockComment)
        warn(lineNumber, 0, QStringLiteral("comment '/*' is not closed with '*/'"));
    resolveMethods();
    return std::move(m_result);
}

void OwmReader::parseLine(QStringView code, int line)
{
    const qsizetype start = skipBlanks(code, 0);
    if (start >= code.size())
        return;
    QStringView body = code.mid(start);
    while (!body.isEmpty() && isBlank(body.back()))
        body.chop(1);

    if (body.front() == u'{') {
        if (m_lastPipeline >= 0 && !m_lastPipelineHasBlock) {
            m_blockPipeline = m_lastPipeline;
            m_lastPipelineHasBlock = true;
            m_blockLine = line;
        } else {
            warn(line, start, QStringLiteral("'{' does not follow a pipeline; the block's components are ignored"));
            m_blockPipeline = -2; // swallow children, as the reference engine does
            m_blockLine = line;
        }
        if (trimmedView(body.mid(1)).size() > 0)
            warn(line, start + 1, QStringLiteral("text after '{' ignored"));
        return;
    }
    if (body.front() == u'}') {
        if (m_blockPipeline == -1)
            warn(line, start, QStringLiteral("'}' without an open pipeline block"));
        m_blockPipeline = -1;
        if (trimmedView(body.mid(1)).size() > 0)
            warn(line, start + 1, QStringLiteral("text after '}' ignored"));
        return;
    }

    qsizetype wordEnd = start;
    while (wordEnd < code.size() && !isBlank(code[wordEnd]))
        ++wordEnd;
    const QStringView word = code.mid(start, wordEnd - start);
    const qsizetype restStart = skipBlanks(code, wordEnd);
    const QStringView rest = code.mid(restStart);

    Keyword keyword = keywordOf(word, Qt::CaseSensitive);
    if (keyword == Keyword::None) {
        const Keyword loose = keywordOf(word, Qt::CaseInsensitive);
        // "Component X [..]" is clearly meant; "Note that ..." in prose is not.
        if (loose != Keyword::None && restStart < code.size() && rest.contains(u'[') && findArrow(rest).position < 0) {
            warn(line, start, QStringLiteral("keyword '%1' should be lower-case; read as '%2'").arg(word.toString(), word.toString().toLower()));
            keyword = loose;
        }
    }

    if (keyword == Keyword::None) {
        const Arrow arrow = findArrow(body);
        if (arrow.position >= 0) {
            addLink(body, arrow, start, line);
            return;
        }
        warn(line, start, QStringLiteral("line not understood: '%1'").arg(body.left(60).toString()));
        return;
    }

    // A keyword-led line that has no coordinates but an arrow is a link whose
    // first name starts with a keyword ("build system->compiler").
    switch (keyword) {
    case Keyword::Anchor: case Keyword::Component: case Keyword::Submap: case Keyword::Market:
    case Keyword::Ecosystem: case Keyword::Build: case Keyword::Buy: case Keyword::Outsource:
    case Keyword::Pipeline: case Keyword::Note: case Keyword::Accelerator: case Keyword::Deaccelerator:
        if (indexOutsideQuotes(rest, u'[') < 0) {
            const Arrow arrow = findArrow(body);
            if (arrow.position >= 0) {
                addLink(body, arrow, start, line);
                return;
            }
        }
        break;
    default:
        break;
    }
    if (rest.isEmpty() && keyword != Keyword::Title) {
        warn(line, start, QStringLiteral("'%1' without anything after it; ignored").arg(word.toString()));
        return;
    }
    parseStatement(keyword, code, restStart, line);
}

void OwmReader::parseStatement(Keyword keyword, QStringView code, qsizetype restStart, int line)
{
    QStringView rest = code.mid(restStart);
    while (!rest.isEmpty() && isBlank(rest.back()))
        rest.chop(1);
    const qsizetype col = restStart;
    WardleyMap &map = m_result.map;

    switch (keyword) {
    case Keyword::Title:
        if (m_titleSeen) {
            warn(line, col, QStringLiteral("second title ignored (the first one counts)"));
        } else {
            m_titleSeen = true;
            map.title = LocalizedText(rest.toString());
        }
        return;
    case Keyword::Style: {
        const QString style = rest.toString();
        static const std::array<QLatin1String, 6> known = {QLatin1String("plain"), QLatin1String("wardley"),
            QLatin1String("handwritten"), QLatin1String("colour"), QLatin1String("color"), QLatin1String("dark")};
        bool ok = false;
        for (const QLatin1String &k : known)
            ok = ok || style == k;
        if (!ok)
            warn(line, col, QStringLiteral("unknown style '%1' (plain, wardley, handwritten, colour, dark); drawn as plain").arg(style));
        map.style = style;
        return;
    }
    case Keyword::Size:
        setSize(rest, col, line);
        return;
    case Keyword::Evolution:
        setEvolution(rest, col, line);
        return;
    case Keyword::ValueChain:
        if (rest == QLatin1String("--hide"))
            map.showValueChainAxis = false;
        else if (rest == QLatin1String("--show"))
            map.showValueChainAxis = true;
        else
            warn(line, col, QStringLiteral("expected 'valuechain --hide'"));
        return;
    case Keyword::YAxis:
        setYAxis(rest, col, line);
        return;
    case Keyword::Anchor:
        addElement(WardleyComponentType::Anchor, rest, col, line, false, false);
        return;
    case Keyword::Component:
        if (m_blockPipeline != -1)
            addPipelineChild(rest, col, line);
        else
            addElement(WardleyComponentType::Component, rest, col, line, false, false);
        return;
    case Keyword::Submap:
        addElement(WardleyComponentType::Submap, rest, col, line, false, false);
        return;
    case Keyword::Market:
    case Keyword::Ecosystem:
        warn(line, 0, QStringLiteral("stand-alone '%1' lines were removed from OWM; read as 'component ... (%1)'")
                          .arg(keyword == Keyword::Market ? QStringLiteral("market") : QStringLiteral("ecosystem")));
        addElement(WardleyComponentType::Component, rest, col, line, keyword == Keyword::Market, keyword == Keyword::Ecosystem);
        return;
    case Keyword::Build:
    case Keyword::Buy:
    case Keyword::Outsource: {
        QString name = unquoteName(rest);
        if (name.isEmpty()) {
            warn(line, col, QStringLiteral("expected a component name"));
            return;
        }
        m_methods.push_back(Method{keyword, name, line, col});
        return;
    }
    case Keyword::Pipeline:
        addPipeline(rest, col, line);
        return;
    case Keyword::Evolve:
        addEvolve(rest, col, line);
        return;
    case Keyword::Note:
        addNote(rest, col, line);
        return;
    case Keyword::Annotation:
        addAnnotation(rest, col, line);
        return;
    case Keyword::Annotations: {
        const qsizetype open = rest.indexOf(u'[');
        const qsizetype close = open < 0 ? -1 : rest.indexOf(u']', open);
        if (open < 0 || close < 0) {
            warn(line, col, QStringLiteral("expected 'annotations [visibility, maturity]'"));
            return;
        }
        const auto v = parseNumbers(rest.mid(open + 1, close - open - 1), col + open + 1, line, 2, {0.9, 0.1});
        map.annotationsLegend = WardleyPosition{v[0], v[1]};
        return;
    }
    case Keyword::Pioneers:
        addArea(WardleyAttitude::Pioneers, rest, col, line);
        return;
    case Keyword::Settlers:
        addArea(WardleyAttitude::Settlers, rest, col, line);
        return;
    case Keyword::TownPlanners:
        addArea(WardleyAttitude::TownPlanners, rest, col, line);
        return;
    case Keyword::Accelerator:
        addAccelerator(false, rest, col, line);
        return;
    case Keyword::Deaccelerator:
        addAccelerator(true, rest, col, line);
        return;
    case Keyword::Url:
        addUrl(rest, col, line);
        return;
    case Keyword::None:
        return;
    }
}

OwmReader::Numbers OwmReader::parseNumbers(QStringView inner, qsizetype col, int line, int expected, Numbers defaults)
{
    // At most four numbers are ever expected; values past those are counted, not kept.
    Numbers values = defaults;
    int index = 0;
    qsizetype pos = 0;
    bool complained = false;
    while (pos <= inner.size()) {
        qsizetype comma = inner.indexOf(u',', pos);
        if (comma < 0)
            comma = inner.size();
        const QStringView part = inner.mid(pos, comma - pos);
        if (index < expected && index < int(values.size())) {
            if (const auto number = owmParseNumber(part)) {
                values[size_t(index)] = *number;
                if (!owmIsNumber(part) && !complained) {
                    warn(line, col + pos, QStringLiteral("'%1' read as %2").arg(trimmedView(part).toString(), owmFormatNumber(*number)));
                    complained = true;
                }
            } else if (!complained) {
                warn(line, col + pos, QStringLiteral("expected a number, found '%1'; using %2")
                                          .arg(trimmedView(part).toString(), owmFormatNumber(values[size_t(index)])));
                complained = true;
            }
        }
        ++index;
        pos = comma + 1;
    }
    if (index != expected && !complained)
        warn(line, col, QStringLiteral("expected %1 number(s) in [...], found %2").arg(expected).arg(index));
    return values;
}

// Splits "Name [..] tail" into the name and where the tail starts. The
// coordinates are the first [...] holding numbers, so bare names may contain
// other brackets; quoted names may contain anything.
bool OwmReader::splitName(QStringView rest, qsizetype col, int line, QString &name, qsizetype &tailStart, ElementParts *parts)
{
    if (!rest.isEmpty() && rest.front() == u'"') {
        const qsizetype end = owmQuotedEnd(rest, 0);
        const QStringView after = rest.mid(skipBlanks(rest, std::max<qsizetype>(end, 0)));
        // "A" = "B" [..] is text that merely starts with a quote.
        const bool wholeQuoted = end > 0
            && (after.isEmpty() || after.front() == u'[' || after.front() == u'(' || after.startsWith(QLatin1String("label"))
                || after.startsWith(QLatin1String("inertia")) || after.startsWith(QLatin1String("evolve"))
                || after.startsWith(QLatin1String("url(")));
        if (end > 0 && !wholeQuoted) {
            // fall through to the bare-name rules below
        } else if (end > 0) {
            name = owmUnescape(rest.mid(1, end - 2));
            tailStart = end;
            return true;
        } else {
            warn(line, col, QStringLiteral("quote not closed; the name ends at '['"));
            const qsizetype open = rest.indexOf(u'[');
            const qsizetype stop = open < 0 ? rest.size() : open;
            name = trimmedView(rest.mid(1, stop - 1)).toString();
            tailStart = stop;
            return true;
        }
    }
    qsizetype bracket = -1;
    for (qsizetype i = rest.indexOf(u'['); i >= 0; i = rest.indexOf(u'[', i + 1)) {
        const qsizetype close = rest.indexOf(u']', i);
        if (close < 0)
            break;
        if (looksNumericList(rest.mid(i + 1, close - i - 1))) {
            bracket = i;
            break;
        }
    }
    if (bracket < 0)
        bracket = rest.indexOf(u'[');
    qsizetype nameEnd = bracket < 0 ? rest.size() : bracket;
    if (bracket >= 0 && endsWithWord(rest.left(bracket), QLatin1String("label"))) {
        // "component X label [..]": no coordinates, the bracket is the label's.
        nameEnd = rest.left(bracket).lastIndexOf(QLatin1String("label"));
    }
    QStringView nameView = trimmedView(rest.left(nameEnd));
    if (parts) {
        // Trailing "(build)" / "url(ref)" / "inertia" belong to the element, not the name.
        for (;;) {
            if (nameView.endsWith(u')')) {
                const qsizetype open = nameView.lastIndexOf(u'(');
                if (open < 0)
                    break;
                const QStringView inner = nameView.mid(open + 1, nameView.size() - open - 2);
                if (open >= 3 && nameView.mid(open - 3, 3) == QLatin1String("url")) {
                    parts->url = trimmedView(inner).toString();
                    nameView = trimmedView(nameView.left(open - 3));
                    continue;
                }
                if (parseDecoratorGroup(inner, *parts, col + open, line, true)) {
                    nameView = trimmedView(nameView.left(open));
                    continue;
                }
                break;
            }
            if (bracket < 0 && endsWithWord(nameView, QLatin1String("inertia")) && nameView.size() > 7) {
                parts->inertia = true;
                nameView = trimmedView(nameView.left(nameView.size() - 7));
                continue;
            }
            break;
        }
    }
    name = nameView.toString();
    tailStart = nameEnd;
    return true;
}

bool OwmReader::parseDecoratorGroup(QStringView inner, ElementParts &parts, qsizetype col, int line, bool quiet)
{
    WardleyDecorators decorators = parts.decorators;
    bool inertia = parts.inertia;
    bool any = false;
    qsizetype pos = 0;
    while (pos <= inner.size()) {
        qsizetype comma = inner.indexOf(u',', pos);
        if (comma < 0)
            comma = inner.size();
        const QStringView word = trimmedView(inner.mid(pos, comma - pos));
        pos = comma + 1;
        if (word.isEmpty())
            continue;
        if (word == QLatin1String("build"))
            decorators.build = true;
        else if (word == QLatin1String("buy"))
            decorators.buy = true;
        else if (word == QLatin1String("outsource"))
            decorators.outsource = true;
        else if (word == QLatin1String("market"))
            decorators.market = true;
        else if (word == QLatin1String("ecosystem"))
            decorators.ecosystem = true;
        else if (word == QLatin1String("inertia"))
            inertia = true;
        else {
            if (quiet)
                return false;
            warn(line, col, QStringLiteral("unknown decorator '%1' (build, buy, outsource, market, ecosystem, inertia)").arg(word.toString()));
            continue;
        }
        any = true;
    }
    if (quiet && !any)
        return false;
    parts.decorators = decorators;
    parts.inertia = inertia;
    return true;
}

// Reads what follows the name: [coordinates], label [dx, dy], (decorators),
// inertia, evolve <maturity>, url(ref), in any order.
void OwmReader::parseTail(QStringView rest, qsizetype from, qsizetype col, int line, int coordinates, ElementParts &parts)
{
    qsizetype i = skipBlanks(rest, from);
    while (i < rest.size()) {
        const QStringView here = rest.mid(i);
        if (here.front() == u'[') {
            qsizetype close = rest.indexOf(u']', i);
            if (close < 0) {
                warn(line, col + i, QStringLiteral("'[' without ']'"));
                close = rest.size();
            }
            const QStringView inner = rest.mid(i + 1, close - i - 1);
            if (parts.hasPosition) {
                warn(line, col + i, QStringLiteral("second coordinates ignored"));
            } else if (coordinates == 1) {
                const auto v = parseNumbers(inner, col + i + 1, line, 1, {0.2});
                parts.position.maturity = v[0];
                parts.hasPosition = true;
            } else {
                const auto v = parseNumbers(inner, col + i + 1, line, 2, {0.9, 0.1});
                parts.position = WardleyPosition{v[0], v[1]};
                parts.hasPosition = true;
            }
            i = skipBlanks(rest, close + 1);
            continue;
        }
        if (here.startsWith(QLatin1String("label"))) {
            const qsizetype open = skipBlanks(rest, i + 5);
            const qsizetype close = open < rest.size() && rest[open] == u'[' ? rest.indexOf(u']', open) : -1;
            if (close < 0) {
                warn(line, col + i, QStringLiteral("expected 'label [dx, dy]'"));
                return;
            }
            const auto v = parseNumbers(rest.mid(open + 1, close - open - 1), col + open + 1, line, 2, {5, -10});
            parts.label = WardleyOffset{v[0], v[1]};
            i = skipBlanks(rest, close + 1);
            continue;
        }
        if (here.startsWith(QLatin1String("url("))) {
            const qsizetype close = rest.indexOf(u')', i);
            if (close < 0) {
                warn(line, col + i, QStringLiteral("'url(' without ')'"));
                return;
            }
            parts.url = trimmedView(rest.mid(i + 4, close - i - 4)).toString();
            i = skipBlanks(rest, close + 1);
            continue;
        }
        if (here.front() == u'(') {
            qsizetype close = rest.indexOf(u')', i);
            if (close < 0) {
                warn(line, col + i, QStringLiteral("'(' without ')'"));
                close = rest.size();
            }
            parseDecoratorGroup(rest.mid(i + 1, close - i - 1), parts, col + i + 1, line, false);
            i = skipBlanks(rest, close + 1);
            continue;
        }
        if (here.startsWith(QLatin1String("inertia"))) {
            parts.inertia = true;
            i = skipBlanks(rest, i + 7);
            continue;
        }
        if (here.startsWith(QLatin1String("evolve"))) {
            const qsizetype start = skipBlanks(rest, i + 6);
            qsizetype end = start;
            while (end < rest.size() && !isBlank(rest[end]))
                ++end;
            const QStringView number = rest.mid(start, end - start);
            if (owmIsNumber(number)) {
                parts.evolveTo = owmParseNumber(number);
            } else {
                warn(line, col + start, QStringLiteral("expected a maturity after 'evolve'"));
            }
            i = skipBlanks(rest, end);
            continue;
        }
        qsizetype skip = i;
        while (skip < rest.size() && !isBlank(rest[skip]))
            ++skip;
        warn(line, col + i, QStringLiteral("unexpected '%1' ignored").arg(rest.mid(i, skip - i).left(40).toString()));
        i = skipBlanks(rest, skip);
    }
}

void OwmReader::addElement(WardleyComponentType type, QStringView rest, qsizetype col, int line, bool market, bool ecosystem)
{
    ElementParts parts;
    QString name;
    qsizetype tail = 0;
    splitName(rest, col, line, name, tail, &parts);
    parseTail(rest, tail, col, line, 2, parts);
    if (name.isEmpty())
        warn(line, col, QStringLiteral("%1 without a name").arg(wardleyComponentTypeName(type)));
    if (!parts.hasPosition)
        warn(line, col, QStringLiteral("no coordinates; placed at [0.9, 0.1]"));
    if (market)
        parts.decorators.market = true;
    if (ecosystem)
        parts.decorators.ecosystem = true;
    if (type == WardleyComponentType::Submap && parts.url.isEmpty())
        warn(line, col, QStringLiteral("submap without url(...)"));
    if (type != WardleyComponentType::Submap && !parts.url.isEmpty())
        warn(line, col, QStringLiteral("url(...) only applies to submaps; kept"));

    WardleyComponent component;
    const QString slug = wardleySlug(name);
    component.id = uniqueId(slug.isEmpty() ? wardleyComponentTypeName(type) : slug);
    component.name = name;
    component.type = type;
    component.position = parts.position;
    component.label = parts.label;
    component.decorators = parts.decorators;
    component.inertia = parts.inertia;
    component.url = parts.url;
    component.line = line;
    auto &components = m_result.map.components;
    if (m_componentByName.contains(name))
        warn(line, col, QStringLiteral("'%1' is declared again (first on line %2)").arg(name).arg(components[size_t(m_componentByName.value(name))].line));
    else
        m_componentByName.insert(name, int(components.size()));
    components.push_back(std::move(component));
    if (parts.evolveTo)
        addEvolve({}, col, line, name, parts.evolveTo);
}

void OwmReader::addPipelineChild(QStringView rest, qsizetype col, int line)
{
    if (m_blockPipeline < 0)
        return; // inside an orphan block; reported at '{'
    ElementParts parts;
    QString name;
    qsizetype tail = 0;
    splitName(rest, col, line, name, tail, &parts);
    parseTail(rest, tail, col, line, 1, parts);
    if (!parts.hasPosition)
        warn(line, col, QStringLiteral("pipeline component without [maturity]; placed at 0.2"));
    const WardleyPipeline &pipeline = m_result.map.pipelines[size_t(m_blockPipeline)];
    WardleyComponent component;
    const QString slug = wardleySlug(name);
    component.id = uniqueId(slug.isEmpty() ? QStringLiteral("component") : slug);
    component.name = name;
    component.position.maturity = parts.hasPosition ? parts.position.maturity : 0.2;
    if (const auto it = m_componentByName.constFind(pipeline.component); it != m_componentByName.constEnd())
        component.position.visibility = m_result.map.components[size_t(*it)].position.visibility;
    component.label = parts.label;
    component.decorators = parts.decorators;
    component.inertia = parts.inertia;
    component.pipeline = pipeline.id;
    component.line = line;
    m_result.map.components.push_back(std::move(component));
    if (parts.evolveTo)
        addEvolve({}, col, line, name, parts.evolveTo);
}

void OwmReader::addPipeline(QStringView rest, qsizetype col, int line)
{
    bool opensBlock = false;
    if (rest.endsWith(u'{')) {
        // Mermaid style "pipeline X {"
        opensBlock = true;
        rest.chop(1);
        while (!rest.isEmpty() && isBlank(rest.back()))
            rest.chop(1);
    }
    QString name;
    qsizetype tail = 0;
    splitName(rest, col, line, name, tail, nullptr);
    WardleyPipeline pipeline;
    pipeline.component = name;
    pipeline.line = line;
    qsizetype i = skipBlanks(rest, tail);
    if (i < rest.size() && rest[i] == u'[') {
        qsizetype close = rest.indexOf(u']', i);
        if (close < 0) {
            warn(line, col + i, QStringLiteral("'[' without ']'"));
            close = rest.size();
        }
        const auto v = parseNumbers(rest.mid(i + 1, close - i - 1), col + i + 1, line, 2, {0.2, 0.8});
        pipeline.hasRange = true;
        pipeline.maturity1 = v[0];
        pipeline.maturity2 = v[1];
        i = skipBlanks(rest, close + 1);
    }
    if (i < rest.size())
        warn(line, col + i, QStringLiteral("unexpected '%1' ignored").arg(rest.mid(i, 40).toString()));
    if (name.isEmpty())
        warn(line, col, QStringLiteral("pipeline without a component name"));
    pipeline.id = newId(QStringLiteral("pipeline-") + name);
    m_result.map.pipelines.push_back(std::move(pipeline));
    m_lastPipeline = int(m_result.map.pipelines.size()) - 1;
    m_lastPipelineHasBlock = opensBlock;
    if (opensBlock) {
        m_blockPipeline = m_lastPipeline;
        m_blockLine = line;
    }
}

// evolve Name[->New name] <maturity> [label [dx, dy]] [(decorators)]
void OwmReader::addEvolve(QStringView rest, qsizetype col, int line, const QString &knownName, std::optional<double> maturity)
{
    WardleyEvolve evolve;
    evolve.line = line;
    if (!knownName.isNull()) {
        evolve.component = knownName;
        evolve.maturity = *maturity;
    } else {
        ElementParts parts;
        QStringView body = rest;
        // Peel label and decorator groups off the end.
        for (;;) {
            while (!body.isEmpty() && isBlank(body.back()))
                body.chop(1);
            if (body.endsWith(u']')) {
                const qsizetype open = body.lastIndexOf(u'[');
                if (open >= 0 && endsWithWord(body.left(open), QLatin1String("label"))) {
                    const auto v = parseNumbers(body.mid(open + 1, body.size() - open - 2), col + open + 1, line, 2, {5, -10});
                    parts.label = WardleyOffset{v[0], v[1]};
                    body = body.left(body.left(open).lastIndexOf(QLatin1String("label")));
                    continue;
                }
            }
            if (body.endsWith(u')')) {
                const qsizetype open = body.lastIndexOf(u'(');
                if (open >= 0 && parseDecoratorGroup(body.mid(open + 1, body.size() - open - 2), parts, col + open, line, true)) {
                    body = body.left(open);
                    continue;
                }
            }
            break;
        }
        // The maturity is the last word.
        qsizetype wordStart = body.size();
        while (wordStart > 0 && !isBlank(body[wordStart - 1]))
            --wordStart;
        const QStringView last = body.mid(wordStart);
        QStringView names = body;
        if (wordStart > 0 && owmIsNumber(last)) {
            evolve.maturity = *owmParseNumber(last);
            names = body.left(wordStart);
        } else {
            warn(line, col + wordStart, QStringLiteral("expected 'evolve NAME MATURITY'; maturity 0.85 used"));
        }
        names = trimmedView(names);
        const Arrow arrow = findArrow(names);
        if (arrow.position >= 0 && arrow.flow == WardleyFlow::None) {
            evolve.component = unquoteName(names.left(arrow.position));
            evolve.newName = unquoteName(names.mid(arrow.position + 2));
        } else {
            evolve.component = unquoteName(names);
        }
        evolve.label = parts.label;
        evolve.decorators = parts.decorators;
        if (evolve.component.isEmpty()) {
            warn(line, col, QStringLiteral("evolve without a component name; ignored"));
            return;
        }
    }
    evolve.id = newId(QStringLiteral("evolve-") + evolve.component);
    m_result.map.evolves.push_back(std::move(evolve));
}

void OwmReader::addLink(QStringView code, const Arrow &arrow, qsizetype col, int line)
{
    WardleyLink link;
    link.line = line;
    link.flow = arrow.flow;
    link.flowValue = arrow.value;
    link.from = unquoteName(code.left(arrow.position));
    QStringView target = code.mid(arrow.position + arrow.length);
    const qsizetype semicolon = indexOutsideQuotes(target, u';');
    if (semicolon >= 0) {
        link.context = trimmedView(target.mid(semicolon + 1)).toString();
        target = target.left(semicolon);
    }
    const Arrow second = findArrow(target);
    if (second.position >= 0) {
        warn(line, col + arrow.position + arrow.length + second.position,
             QStringLiteral("only one link per line; text from here ignored"));
        target = target.left(second.position);
    }
    link.to = unquoteName(target);
    if (link.from.isEmpty() || link.to.isEmpty()) {
        warn(line, col, QStringLiteral("link without a %1 component; ignored").arg(link.from.isEmpty() ? QStringLiteral("start") : QStringLiteral("end")));
        return;
    }
    link.id = uniqueId(QStringLiteral("link-") + QString::number(m_result.map.links.size() + 1));
    m_result.map.links.push_back(std::move(link));
}

void OwmReader::addNote(QStringView rest, qsizetype col, int line)
{
    QString text;
    qsizetype tail = 0;
    splitName(rest, col, line, text, tail, nullptr);
    ElementParts parts;
    parseTail(rest, tail, col, line, 2, parts);
    if (!parts.hasPosition)
        warn(line, col, QStringLiteral("note without coordinates; placed at [0.9, 0.1]"));
    if (parts.label || parts.decorators.any() || parts.inertia || parts.evolveTo || !parts.url.isEmpty())
        warn(line, col, QStringLiteral("notes take only text and [visibility, maturity]; the rest is ignored"));
    WardleyNote note;
    note.id = uniqueId(QStringLiteral("note-") + QString::number(m_result.map.notes.size() + 1));
    note.text = text;
    note.position = parts.position;
    note.line = line;
    m_result.map.notes.push_back(std::move(note));
}

// annotation N [v, m] text  |  annotation N [[v, m], [v, m], ...] text
void OwmReader::addAnnotation(QStringView rest, qsizetype col, int line)
{
    qsizetype i = 0;
    while (i < rest.size() && !isBlank(rest[i]) && rest[i] != u'[')
        ++i;
    bool ok = false;
    const int number = rest.left(i).toInt(&ok);
    if (!ok) {
        warn(line, col, QStringLiteral("expected 'annotation NUMBER [visibility, maturity] text'"));
        return;
    }
    WardleyAnnotation annotation;
    annotation.number = number;
    annotation.line = line;
    i = skipBlanks(rest, i);
    if (i < rest.size() && rest[i] == u'[') {
        const qsizetype inner = skipBlanks(rest, i + 1);
        if (inner < rest.size() && rest[inner] == u'[') {
            qsizetype pos = inner;
            for (;;) {
                pos = skipBlanks(rest, pos);
                if (pos >= rest.size() || rest[pos] != u'[')
                    break;
                const qsizetype close = rest.indexOf(u']', pos);
                if (close < 0)
                    break;
                const auto v = parseNumbers(rest.mid(pos + 1, close - pos - 1), col + pos + 1, line, 2, {0.9, 0.1});
                annotation.occurrences.push_back(WardleyPosition{v[0], v[1]});
                pos = skipBlanks(rest, close + 1);
                if (pos < rest.size() && rest[pos] == u',')
                    ++pos;
            }
            pos = skipBlanks(rest, pos);
            if (pos < rest.size() && rest[pos] == u']')
                ++pos;
            else
                warn(line, col + pos, QStringLiteral("expected ']' closing the list of positions"));
            i = pos;
        } else {
            const qsizetype close = rest.indexOf(u']', i);
            if (close >= 0) {
                const auto v = parseNumbers(rest.mid(i + 1, close - i - 1), col + i + 1, line, 2, {0.9, 0.1});
                annotation.occurrences.push_back(WardleyPosition{v[0], v[1]});
                i = close + 1;
            }
        }
    }
    annotation.text = trimmedView(rest.mid(i)).toString();
    if (annotation.occurrences.empty()) {
        warn(line, col, QStringLiteral("annotation %1 has no position; ignored").arg(number));
        return;
    }
    annotation.id = newId(QStringLiteral("annotation-") + QString::number(number));
    m_result.map.annotations.push_back(std::move(annotation));
}

void OwmReader::addArea(WardleyAttitude attitude, QStringView rest, qsizetype col, int line)
{
    const qsizetype open = rest.indexOf(u'[');
    const qsizetype close = open < 0 ? -1 : rest.indexOf(u']', open);
    WardleyArea area;
    area.attitude = attitude;
    area.line = line;
    if (open < 0 || close < 0) {
        warn(line, col, QStringLiteral("expected '%1 [visibility1, maturity1, visibility2, maturity2]'").arg(wardleyAttitudeName(attitude)));
    } else {
        const auto v = parseNumbers(rest.mid(open + 1, close - open - 1), col + open + 1, line, 4, {0.9, 0.1, 0.8, 0.2});
        area.corner1 = WardleyPosition{v[0], v[1]};
        area.corner2 = WardleyPosition{v[2], v[3]};
    }
    area.id = newId(wardleyAttitudeName(attitude));
    m_result.map.areas.push_back(std::move(area));
}

void OwmReader::addAccelerator(bool deaccelerator, QStringView rest, qsizetype col, int line)
{
    QString name;
    qsizetype tail = 0;
    splitName(rest, col, line, name, tail, nullptr);
    ElementParts parts;
    parseTail(rest, tail, col, line, 2, parts);
    if (!parts.hasPosition)
        warn(line, col, QStringLiteral("no coordinates; placed at [0.9, 0.1]"));
    WardleyAccelerator accelerator;
    accelerator.id = newId((deaccelerator ? QStringLiteral("deaccelerator-") : QStringLiteral("accelerator-")) + name);
    accelerator.name = name;
    accelerator.position = parts.position;
    accelerator.deaccelerator = deaccelerator;
    accelerator.line = line;
    m_result.map.accelerators.push_back(std::move(accelerator));
}

void OwmReader::addUrl(QStringView rest, qsizetype col, int line)
{
    const qsizetype open = rest.indexOf(u'[');
    const qsizetype close = rest.lastIndexOf(u']');
    if (open < 0 || close < open) {
        warn(line, col, QStringLiteral("expected 'url NAME [ADDRESS]'"));
        return;
    }
    WardleyUrl url;
    url.name = unquoteName(rest.left(open));
    url.address = trimmedView(rest.mid(open + 1, close - open - 1)).toString();
    url.line = line;
    url.id = newId(QStringLiteral("url-") + url.name);
    m_result.map.urls.push_back(std::move(url));
}

void OwmReader::setEvolution(QStringView rest, qsizetype col, int line)
{
    if (m_evolutionSeen) {
        warn(line, col, QStringLiteral("second 'evolution' line ignored (the first one counts)"));
        return;
    }
    m_evolutionSeen = true;
    QStringView labels = rest;
    if (labels.startsWith(QLatin1String("--hide"))) {
        m_result.map.showEvolutionAxis = false;
        labels = trimmedView(labels.mid(6));
        if (labels.isEmpty())
            return;
    }
    QStringList parts;
    qsizetype pos = 0;
    while (pos <= labels.size()) {
        qsizetype arrow = labels.indexOf(QLatin1String("->"), pos);
        if (arrow < 0)
            arrow = labels.size();
        parts.append(trimmedView(labels.mid(pos, arrow - pos)).toString());
        pos = arrow + 2;
    }
    if (parts.size() != 4)
        warn(line, col, QStringLiteral("expected four stage labels 'A->B->C->D', found %1").arg(parts.size()));
    m_result.map.evolutionLabels = parts;
}

void OwmReader::setSize(QStringView rest, qsizetype col, int line)
{
    const qsizetype open = rest.indexOf(u'[');
    const qsizetype close = open < 0 ? -1 : rest.indexOf(u']', open);
    if (open < 0 || close < 0) {
        warn(line, col, QStringLiteral("expected 'size [width, height]'"));
        return;
    }
    const auto v = parseNumbers(rest.mid(open + 1, close - open - 1), col + open + 1, line, 2, {0, 0});
    auto toPixels = [](double value) {
        if (!(value > 0))
            return 0;
        return value > 100000 ? 100000 : int(value + 0.5);
    };
    m_result.map.width = toPixels(v[0]);
    m_result.map.height = toPixels(v[1]);
}

// Removed form: "y-axis Label->Low->High".
void OwmReader::setYAxis(QStringView rest, qsizetype col, int line)
{
    warn(line, 0, QStringLiteral("'y-axis' was removed from OWM; kept as the value-chain axis label"));
    WardleyValueChainAxis axis;
    const QList<QStringView> parts = rest.split(u"->");
    if (!parts.isEmpty())
        axis.label = trimmedView(parts.value(0)).toString();
    if (parts.size() > 1)
        axis.low = trimmedView(parts.value(1)).toString();
    if (parts.size() > 2)
        axis.high = trimmedView(parts.value(2)).toString();
    if (parts.size() != 3)
        warn(line, col, QStringLiteral("expected 'y-axis LABEL->LOW->HIGH'"));
    m_result.map.valueChainAxis = axis;
}

// Removed stand-alone method lines become decorators of the named component.
void OwmReader::resolveMethods()
{
    for (const Method &method : m_methods) {
        const auto it = m_componentByName.constFind(method.name);
        if (it == m_componentByName.constEnd()) {
            warn(method.line, method.column, QStringLiteral("'%1' is not a component; method ignored").arg(method.name));
            continue;
        }
        WardleyDecorators &d = m_result.map.components[size_t(*it)].decorators;
        if (method.kind == Keyword::Build)
            d.build = true;
        else if (method.kind == Keyword::Buy)
            d.buy = true;
        else
            d.outsource = true;
    }
}

} // namespace

OwmParseResult parseOwm(const QString &text, const QString &fileName)
{
    OwmReader reader(fileName);
    return reader.run(text);
}

} // namespace dpi
