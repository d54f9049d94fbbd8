#include "csvscores.h"

#include <QStringDecoder>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace dpi {
namespace CsvScores {

namespace {

const QString kSector = QStringLiteral("sector");
const QString kFramework = QStringLiteral("framework");
const QString kDimension = QStringLiteral("dimension");
const QString kCriterion = QStringLiteral("criterion");
const QString kTitle = QStringLiteral("title");
const QString kLevel = QStringLiteral("level");
const QString kConfidence = QStringLiteral("confidence");
const QString kEvidence = QStringLiteral("evidence");
const QString kNotes = QStringLiteral("notes");
const QString kRecommendation = QStringLiteral("recommendation");
const QString kAnalyst = QStringLiteral("analyst");
const QString kScoredAt = QStringLiteral("scored_at");
const QString kToVerify = QStringLiteral("to_verify");
const QString kNotApplicable = QStringLiteral("n/a");
const QString kUnverified = QStringLiteral("unverified");

QStringList columns()
{
    return {kSector, kFramework, kDimension, kCriterion, kTitle, kLevel, kConfidence,
            kEvidence, kNotes, kRecommendation, kAnalyst, kScoredAt, kToVerify};
}

QString quoteField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char(';'))
        || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' '))
        || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString escapePart(const QString &part)
{
    QString out;
    out.reserve(part.size());
    for (const QChar c : part) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('|'))
            out += QStringLiteral("\\|");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else
            out += c;
    }
    return out;
}

bool hasContent(const Score &s)
{
    return s.hasJudgement() || !s.toVerify.isEmpty() || s.confidence != Confidence::Unset || !s.evidence.empty() || !s.notes.isEmpty()
        || !s.recommendation.isEmpty() || !s.analyst.isEmpty() || !s.scoredAt.isEmpty();
}

// ---- RFC 4180 reader -------------------------------------------------------

struct Field
{
    QString text;
    int line = 1;
    int column = 1;
};

struct Record
{
    std::vector<Field> fields;
    int line = 1;
};

class CsvReader
{
public:
    CsvReader(const QString &text, QChar separator, const QString &fileName, Diagnostics &diagnostics)
        : m_text(text), m_separator(separator), m_fileName(fileName), m_diagnostics(diagnostics)
    {
    }

    // False at the end of input (or after an unrecoverable error).
    bool next(Record &record)
    {
        while (m_pos < m_text.size()) {
            record = Record();
            record.line = m_line;
            if (!readRecord(record))
                return false;
            const bool blank = record.fields.size() == 1 && record.fields.front().text.isEmpty();
            if (!blank)
                return true;
        }
        return false;
    }

private:
    QChar peek(int offset = 0) const
    {
        const int at = m_pos + offset;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }

    void advance()
    {
        if (m_text.at(m_pos) == QLatin1Char('\n')) {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }

    bool atLineEnd() const
    {
        return peek() == QLatin1Char('\n') || (peek() == QLatin1Char('\r') && peek(1) == QLatin1Char('\n'));
    }

    void skipLineEnd()
    {
        if (peek() == QLatin1Char('\r'))
            advance();
        if (peek() == QLatin1Char('\n'))
            advance();
    }

    bool readRecord(Record &record)
    {
        for (;;) {
            Field field;
            field.line = m_line;
            field.column = m_column;
            if (peek() == QLatin1Char('"')) {
                advance();
                bool closed = false;
                while (m_pos < m_text.size()) {
                    if (peek() == QLatin1Char('"')) {
                        if (peek(1) == QLatin1Char('"')) {
                            field.text += QLatin1Char('"');
                            advance();
                            advance();
                            continue;
                        }
                        advance();
                        closed = true;
                        break;
                    }
                    field.text += peek();
                    advance();
                }
                if (!closed) {
                    m_diagnostics.error(m_fileName, field.line, field.column,
                                        QStringLiteral("quoted field is never closed"));
                    m_pos = int(m_text.size());
                    return false;
                }
                if (m_pos < m_text.size() && peek() != m_separator && !atLineEnd()) {
                    m_diagnostics.error(m_fileName, m_line, m_column,
                                        QStringLiteral("unexpected text after a closing quote"));
                    m_rowHasSyntaxError = true;
                    while (m_pos < m_text.size() && peek() != m_separator && !atLineEnd())
                        advance();
                }
            } else {
                while (m_pos < m_text.size() && peek() != m_separator && !atLineEnd()) {
                    field.text += peek();
                    advance();
                }
            }
            record.fields.push_back(std::move(field));
            if (m_pos < m_text.size() && peek() == m_separator) {
                advance();
                continue;
            }
            skipLineEnd();
            return true;
        }
    }

public:
    // Set when the last record had a syntax error that was reported.
    bool takeSyntaxError()
    {
        const bool had = m_rowHasSyntaxError;
        m_rowHasSyntaxError = false;
        return had;
    }

private:
    const QString &m_text;
    QChar m_separator;
    QString m_fileName;
    Diagnostics &m_diagnostics;
    int m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_rowHasSyntaxError = false;
};

QChar detectSeparator(const QString &text)
{
    const int end = text.indexOf(QLatin1Char('\n'));
    const QString header = end < 0 ? text : text.left(end);
    return header.count(QLatin1Char(';')) > header.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
}

using CellKey = std::tuple<QString, QString, QString>;

} // namespace

QString formatEvidence(const std::vector<EvidenceItem> &items)
{
    QStringList lines;
    for (const EvidenceItem &item : items) {
        QStringList parts = {escapePart(item.text), escapePart(item.url), escapePart(item.date)};
        while (parts.size() > 1 && parts.last().isEmpty())
            parts.removeLast();
        lines << parts.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

std::vector<EvidenceItem> parseEvidence(const QString &text, QString *error)
{
    std::vector<EvidenceItem> items;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        QStringList parts(QString{});
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                const QChar n = line.at(++i);
                if (n == QLatin1Char('n'))
                    parts.last() += QLatin1Char('\n');
                else if (n == QLatin1Char('r'))
                    parts.last() += QLatin1Char('\r');
                else
                    parts.last() += n; // \\ and \| (and any other escaped character) stand for themselves
            } else if (c == QLatin1Char('|')) {
                parts << QString();
            } else {
                parts.last() += c;
            }
        }
        for (QString &part : parts)
            part = part.trimmed();
        if (parts.size() > 3 && error && error->isEmpty())
            *error = QStringLiteral("evidence item has more than three parts (text | url | date); write a literal | as \\|");
        EvidenceItem item;
        item.text = parts.value(0);
        item.url = parts.value(1);
        item.date = parts.value(2);
        if (item.text.isEmpty() && item.url.isEmpty() && item.date.isEmpty())
            continue;
        items.push_back(std::move(item));
    }
    return items;
}

QByteArray exportScores(const Project &project, const ExportOptions &options)
{
    QString out;
    const auto writeRow = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << quoteField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    writeRow(columns());
    for (const Sector &sector : project.sectors) {
        for (const ProjectFramework &framework : project.frameworks) {
            for (const Dimension &dimension : framework.framework.dimensions) {
                for (const Criterion &criterion : dimension.criteria) {
                    const Score *score = sector.score(framework.id, criterion.id);
                    QString level;
                    if (score && score->notApplicable)
                        level = kNotApplicable;
                    else if (score && score->level)
                        level = QString::number(*score->level);
                    else if (score && score->unverified)
                        level = kUnverified;
                    writeRow({sector.id, framework.id, dimension.id, criterion.id, criterion.title.text(QStringLiteral("en")),
                              level, score ? confidenceName(score->confidence) : QString(),
                              score ? formatEvidence(score->evidence) : QString(),
                              score ? score->notes : QString(), score ? score->recommendation : QString(),
                              score ? score->analyst : QString(), score ? score->scoredAt : QString(),
                              score ? score->toVerify : QString()});
                }
            }
        }
    }
    QByteArray bytes;
    if (options.byteOrderMark)
        bytes = QByteArray("\xEF\xBB\xBF");
    bytes += out.toUtf8();
    return bytes;
}

ImportResult importScores(const Project &current, const QByteArray &csv, const QString &fileName,
                          ConflictPolicy policy)
{
    ImportResult result;
    result.project = current;
    Diagnostics &diag = result.diagnostics;

    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        diag.error(fileName, 1, 1, QStringLiteral("the file is not valid UTF-8; save the spreadsheet as \"CSV UTF-8\""));
        return result;
    }

    CsvReader reader(text, detectSeparator(text), fileName, diag);
    Record header;
    if (!reader.next(header)) {
        if (!diag.hasErrors())
            diag.error(fileName, 1, 1, QStringLiteral("the file is empty; expected a header row"));
        return result;
    }
    reader.takeSyntaxError();

    std::map<QString, int> columnOf;
    const QStringList known = columns();
    for (int i = 0; i < int(header.fields.size()); ++i) {
        const Field &f = header.fields[std::size_t(i)];
        const QString name = f.text.trimmed().toLower();
        if (columnOf.count(name)) {
            diag.error(fileName, f.line, f.column, QStringLiteral("duplicate column '%1'").arg(name));
            continue;
        }
        if (!known.contains(name))
            diag.warning(fileName, f.line, f.column, QStringLiteral("unknown column '%1' is ignored").arg(f.text));
        columnOf[name] = i;
    }
    bool headerOk = true;
    for (const QString &required : {kSector, kFramework, kCriterion}) {
        if (!columnOf.count(required)) {
            diag.error(fileName, header.line, 1, QStringLiteral("missing required column '%1'").arg(required));
            headerOk = false;
        }
    }
    if (!headerOk || diag.hasErrors())
        return result;

    std::map<CellKey, int> seen; // cell -> first line
    Record record;
    while (reader.next(record)) {
        const bool syntaxError = reader.takeSyntaxError();
        if (record.fields.size() != header.fields.size()) {
            const Field &last = record.fields.back();
            diag.error(fileName, last.line, last.column,
                       QStringLiteral("row has %1 fields, the header has %2")
                           .arg(record.fields.size())
                           .arg(header.fields.size()));
            continue;
        }
        if (syntaxError)
            continue;

        const auto field = [&](const QString &name) -> const Field * {
            const auto it = columnOf.find(name);
            return it == columnOf.end() ? nullptr : &record.fields[std::size_t(it->second)];
        };
        const auto value = [&](const QString &name) {
            const Field *f = field(name);
            return f ? f->text : QString();
        };
        const auto error = [&](const QString &name, const QString &message) {
            const Field *f = field(name);
            diag.error(fileName, f ? f->line : record.line, f ? f->column : 1, message);
        };
        const int errorsBefore = diag.errorCount();

        const QString sectorId = value(kSector).trimmed();
        const QString frameworkId = value(kFramework).trimmed();
        const QString criterionId = value(kCriterion).trimmed();
        auto sectorIt = std::find_if(result.project.sectors.begin(), result.project.sectors.end(),
                                     [&](const Sector &s) { return s.id == sectorId; });
        if (sectorIt == result.project.sectors.end())
            error(kSector, QStringLiteral("unknown sector '%1'").arg(sectorId));
        const ProjectFramework *framework = current.findFramework(frameworkId);
        if (!framework)
            error(kFramework, QStringLiteral("unknown framework '%1'").arg(frameworkId));
        if (framework && !framework->framework.findCriterion(criterionId))
            error(kCriterion, QStringLiteral("framework '%1' has no criterion '%2'").arg(frameworkId, criterionId));

        Score imported;
        const QString level = value(kLevel).trimmed();
        if (level.compare(kNotApplicable, Qt::CaseInsensitive) == 0) {
            imported.notApplicable = true;
            if (framework && !framework->framework.scale.allowNotApplicable)
                error(kLevel, QStringLiteral("the scale of '%1' does not allow n/a").arg(frameworkId));
        } else if (level.compare(kUnverified, Qt::CaseInsensitive) == 0) {
            imported.unverified = true;
        } else if (!level.isEmpty()) {
            bool isNumber = false;
            const int n = level.toInt(&isNumber);
            if (!isNumber) {
                error(kLevel, QStringLiteral("level '%1' is not a whole number, n/a, unverified or empty").arg(level));
            } else if (framework && !framework->framework.scale.contains(n)) {
                const Scale &scale = framework->framework.scale;
                error(kLevel, QStringLiteral("level %1 is outside the scale %2-%3 of '%4'")
                                  .arg(n).arg(scale.minLevel()).arg(scale.maxLevel()).arg(frameworkId));
            } else {
                imported.level = n;
            }
        }
        const QString confidence = value(kConfidence).trimmed().toLower();
        if (!confidence.isEmpty()) {
            if (const auto c = confidenceFromName(confidence))
                imported.confidence = *c;
            else
                error(kConfidence, QStringLiteral("confidence '%1' is not low, medium, high or empty").arg(value(kConfidence)));
        }
        QString evidenceError;
        imported.evidence = parseEvidence(value(kEvidence), &evidenceError);
        if (!evidenceError.isEmpty())
            error(kEvidence, evidenceError);
        imported.notes = value(kNotes);
        imported.recommendation = value(kRecommendation);
        imported.analyst = value(kAnalyst).trimmed();
        imported.scoredAt = value(kScoredAt).trimmed();
        imported.toVerify = value(kToVerify);

        const CellKey key{sectorId, frameworkId, criterionId};
        const auto previous = seen.find(key);
        if (previous != seen.end())
            error(kCriterion, QStringLiteral("'%1' is listed twice for sector '%2' (first on line %3)")
                                  .arg(criterionId, sectorId).arg(previous->second));
        else
            seen.emplace(key, record.line);

        if (diag.errorCount() != errorsBefore || !hasContent(imported))
            continue;

        Sector &sector = *sectorIt;
        const Score *existing = sector.score(frameworkId, criterionId);
        const Score before = existing ? *existing : Score();
        // A CSV row is the agreed result; the analysts' ratings and who
        // reconciled them have no columns and stay as they were.
        imported.ratings = before.ratings;
        imported.reconciledBy = before.reconciledBy;
        imported.reconciledAt = before.reconciledAt;
        if (before == imported)
            continue;
        const bool conflict = existing && hasContent(before);
        if (conflict)
            result.conflicts.push_back({sectorId, frameworkId, criterionId, before, imported, record.line});
        if (conflict && policy == ConflictPolicy::KeepCurrent)
            continue;
        sector.scores[frameworkId][criterionId] = imported;
        ++result.changedCells;
    }
    return result;
}

} // namespace CsvScores
} // namespace dpi
