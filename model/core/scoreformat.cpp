#include "scoreformat.h"

#include "headlineconfidence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace dpi {

namespace {

QString sectorTitle(const Project &project, const QString &sectorId, const QString &language)
{
    const Sector *sector = project.findSector(sectorId);
    return sector ? sector->title.text(language) : sectorId;
}

QString frameworkTitle(const Project &project, const QString &frameworkId, const QString &language)
{
    const ProjectFramework *framework = project.findFramework(frameworkId);
    return framework ? framework->framework.title.text(language) : frameworkId;
}

QString dimensionTitle(const Project &project, const QString &frameworkId, const QString &dimensionId,
                       const QString &language)
{
    const ProjectFramework *framework = project.findFramework(frameworkId);
    const Dimension *dimension = framework ? framework->framework.findDimension(dimensionId) : nullptr;
    return dimension ? dimension->title.text(language) : dimensionId;
}

// JSON numbers carry the same rounding as the text formats.
QJsonValue jsonPercent(std::optional<double> percent)
{
    if (!percent)
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(formatPercent(percent).toDouble());
}

QJsonObject coverageJson(const Coverage &coverage)
{
    QJsonObject object;
    object[QStringLiteral("percent")] = jsonPercent(coverage.percent());
    object[QStringLiteral("total")] = coverage.total;
    object[QStringLiteral("scored")] = coverage.scored;
    object[QStringLiteral("not_applicable")] = coverage.notApplicable;
    object[QStringLiteral("unverified")] = coverage.unverified;
    object[QStringLiteral("unscored")] = coverage.unscored();
    return object;
}

QJsonObject confidenceJson(const ConfidenceMix &mix)
{
    QJsonObject object;
    object[QStringLiteral("high")] = mix.high;
    object[QStringLiteral("medium")] = mix.medium;
    object[QStringLiteral("low")] = mix.low;
    object[QStringLiteral("unset")] = mix.unset;
    // What a headline figure built on these scores can claim (headlineconfidence.h).
    object[QStringLiteral("label")] = headlineConfidenceName(headlineConfidence(mix));
    return object;
}

QJsonObject redFlagJson(const RedFlag &flag)
{
    QJsonObject object;
    object[QStringLiteral("framework")] = flag.frameworkId;
    object[QStringLiteral("dimension")] = flag.dimensionId;
    object[QStringLiteral("criterion")] = flag.criterionId;
    object[QStringLiteral("level")] = flag.level;
    object[QStringLiteral("below")] = flag.threshold;
    return object;
}

QString criterionTitle(const Project &project, const QString &frameworkId, const QString &criterionId,
                       const QString &language)
{
    const ProjectFramework *framework = project.findFramework(frameworkId);
    const Criterion *criterion = framework ? framework->framework.findCriterion(criterionId) : nullptr;
    return criterion ? criterion->title.text(language) : criterionId;
}

// pass, fail, unverified, unscored or n/a: one gate of a checklist.
QString gateState(const CriterionResult &criterion)
{
    if (criterion.notApplicable)
        return QStringLiteral("n/a");
    if (criterion.unverified)
        return QStringLiteral("unverified");
    if (!criterion.gatePassed)
        return QStringLiteral("unscored");
    return *criterion.gatePassed ? QStringLiteral("pass") : QStringLiteral("fail");
}

QJsonObject gateJson(const Project &project, const FrameworkResult &framework, const QString &language)
{
    QJsonArray criteria;
    for (const DimensionResult &dimension : framework.dimensions) {
        for (const CriterionResult &criterion : dimension.criteria) {
            QJsonObject c;
            c[QStringLiteral("id")] = criterion.criterionId;
            c[QStringLiteral("title")] = criterionTitle(project, framework.frameworkId, criterion.criterionId, language);
            c[QStringLiteral("state")] = gateState(criterion);
            criteria.append(c);
        }
    }
    const GateResult &gate = framework.gate;
    QJsonObject object;
    object[QStringLiteral("framework")] = framework.frameworkId;
    object[QStringLiteral("title")] = frameworkTitle(project, framework.frameworkId, language);
    object[QStringLiteral("passed")] = gate.passed;
    object[QStringLiteral("failed")] = gate.failed;
    object[QStringLiteral("unverified")] = gate.unverified;
    object[QStringLiteral("unscored")] = gate.unscored;
    object[QStringLiteral("not_applicable")] = gate.notApplicable;
    object[QStringLiteral("total")] = gate.total();
    object[QStringLiteral("meets")] = gate.meets();
    object[QStringLiteral("status")] = gateStatusName(gate.status());
    object[QStringLiteral("criteria")] = criteria;
    return object;
}

QString gateSummary(const GateResult &gate)
{
    const QString status = gate.status() == GateResult::Status::Meets ? QStringLiteral("meets")
        : gate.status() == GateResult::Status::DoesNotMeet            ? QStringLiteral("does not meet")
                                                                      : QStringLiteral("not determined");
    return QStringLiteral("%1: %2 of %3 gates passed, %4 failed, %5 unverified, %6 unscored")
        .arg(status)
        .arg(gate.passed)
        .arg(gate.total())
        .arg(gate.failed)
        .arg(gate.unverified)
        .arg(gate.unscored);
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Titles are typed by people; one that starts like a formula (=, +, -, @, or
// a tab or CR before one) would run as a formula when the CSV is opened in a
// spreadsheet. A leading ' makes the spreadsheet show it as text.
QString csvText(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return QLatin1Char('\'') + value;
    return value;
}

QString csvRow(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString coverageText(const Coverage &coverage)
{
    return QStringLiteral("%1 % (%2 of %3 applicable scored, %4 unverified, %5 N/A)")
        .arg(formatPercent(coverage.percent()))
        .arg(coverage.scored)
        .arg(coverage.applicable())
        .arg(coverage.unverified)
        .arg(coverage.notApplicable);
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), false);
}

} // namespace

QString formatPercent(std::optional<double> percent, const QString &missing)
{
    if (!percent || !std::isfinite(*percent))
        return missing;
    return QString::number(*percent, 'f', 1);
}

QByteArray scoresAsTable(const Project &project, const ProjectResult &result, const QString &language)
{
    // Titles form the first column; size it to the longest so numbers line up.
    int width = 20;
    for (const ProjectFramework &entry : project.frameworks) {
        width = std::max(width, int(entry.framework.title.text(language).size()) + 2);
        for (const Dimension &dimension : entry.framework.dimensions)
            width = std::max(width, int(dimension.title.text(language).size()) + 4);
    }
    QString out;
    for (const SectorResult &sector : result.sectors) {
        out += QStringLiteral("%1 (%2)\n").arg(sectorTitle(project, sector.sectorId, language), sector.sectorId);
        out += QStringLiteral("  overall readiness  %1 %\n").arg(formatPercent(sector.overall));
        // The coverage and confidence lines are those of the figure above, without gate frameworks.
        out += QStringLiteral("  coverage           %1\n").arg(coverageText(sector.coverage));
        out += QStringLiteral("  confidence         high %1, medium %2, low %3, unset %4\n")
                   .arg(sector.confidence.high).arg(sector.confidence.medium)
                   .arg(sector.confidence.low).arg(sector.confidence.unset);
        for (const FrameworkResult &framework : sector.frameworks) {
            if (framework.gates) {
                out += QStringLiteral("  %1 %2\n")
                           .arg(padded(frameworkTitle(project, framework.frameworkId, language), width),
                                gateSummary(framework.gate));
                for (const DimensionResult &dimension : framework.dimensions) {
                    for (const CriterionResult &criterion : dimension.criteria) {
                        out += QStringLiteral("    [%1] %2\n")
                                   .arg(gateState(criterion).leftJustified(10),
                                        criterionTitle(project, framework.frameworkId, criterion.criterionId, language));
                    }
                }
                continue;
            }
            out += QStringLiteral("  %1 %2 %   coverage %3 %\n")
                       .arg(padded(frameworkTitle(project, framework.frameworkId, language), width),
                            formatPercent(framework.percent).rightJustified(5),
                            formatPercent(framework.coverage.percent()));
            for (const DimensionResult &dimension : framework.dimensions) {
                const QString capped = dimension.capped ? QStringLiteral("  (capped by a critical criterion)") : QString();
                out += QStringLiteral("    %1 %2 %%3\n")
                           .arg(padded(dimensionTitle(project, framework.frameworkId, dimension.dimensionId, language), width - 2),
                                formatPercent(dimension.percent).rightJustified(5), capped);
            }
        }
        if (sector.redFlags.empty()) {
            out += QStringLiteral("  red flags          none\n");
        } else {
            out += QStringLiteral("  red flags          %1\n").arg(sector.redFlags.size());
            for (const RedFlag &flag : sector.redFlags) {
                out += QStringLiteral("    %1/%2: level %3, below %4\n")
                           .arg(flag.frameworkId, flag.criterionId).arg(flag.level).arg(flag.threshold);
            }
        }
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray scoresAsCsv(const Project &project, const ProjectResult &result, const QString &language)
{
    QString out = csvRow({QStringLiteral("sector"), QStringLiteral("framework"), QStringLiteral("dimension"),
                          QStringLiteral("title"), QStringLiteral("percent"), QStringLiteral("coverage_percent"),
                          QStringLiteral("scored"), QStringLiteral("applicable"), QStringLiteral("not_applicable"),
                          QStringLiteral("red_flags"), QStringLiteral("unverified")});
    for (const SectorResult &sector : result.sectors) {
        out += csvRow({csvText(sector.sectorId), QString(), QString(), csvText(sectorTitle(project, sector.sectorId, language)),
                       formatPercent(sector.overall, QString()), formatPercent(sector.coverage.percent()),
                       QString::number(sector.coverage.scored), QString::number(sector.coverage.applicable()),
                       QString::number(sector.coverage.notApplicable), QString::number(sector.redFlags.size()),
                       QString::number(sector.coverage.unverified)});
        for (const FrameworkResult &framework : sector.frameworks) {
            out += csvRow({csvText(sector.sectorId), csvText(framework.frameworkId), QString(),
                           csvText(frameworkTitle(project, framework.frameworkId, language)),
                           formatPercent(framework.percent, QString()), formatPercent(framework.coverage.percent()),
                           QString::number(framework.coverage.scored), QString::number(framework.coverage.applicable()),
                           QString::number(framework.coverage.notApplicable), QString::number(framework.redFlags.size()),
                           QString::number(framework.coverage.unverified)});
            for (const DimensionResult &dimension : framework.dimensions) {
                out += csvRow({csvText(sector.sectorId), csvText(framework.frameworkId), csvText(dimension.dimensionId),
                               csvText(dimensionTitle(project, framework.frameworkId, dimension.dimensionId, language)),
                               formatPercent(dimension.percent, QString()), formatPercent(dimension.coverage.percent()),
                               QString::number(dimension.coverage.scored), QString::number(dimension.coverage.applicable()),
                               QString::number(dimension.coverage.notApplicable), QString(),
                               QString::number(dimension.coverage.unverified)});
            }
        }
    }
    return out.toUtf8();
}

QByteArray scoresAsJson(const Project &project, const ProjectResult &result, const QString &language)
{
    QJsonArray sectors;
    for (const SectorResult &sector : result.sectors) {
        QJsonArray frameworks;
        for (const FrameworkResult &framework : sector.frameworks) {
            QJsonArray dimensions;
            for (const DimensionResult &dimension : framework.dimensions) {
                QJsonObject d;
                d[QStringLiteral("id")] = dimension.dimensionId;
                d[QStringLiteral("title")] = dimensionTitle(project, framework.frameworkId, dimension.dimensionId, language);
                d[QStringLiteral("percent")] = jsonPercent(dimension.percent);
                d[QStringLiteral("capped")] = dimension.capped;
                d[QStringLiteral("coverage")] = coverageJson(dimension.coverage);
                dimensions.append(d);
            }
            QJsonArray flags;
            for (const RedFlag &flag : framework.redFlags)
                flags.append(redFlagJson(flag));
            QJsonObject f;
            f[QStringLiteral("id")] = framework.frameworkId;
            f[QStringLiteral("kind")] = framework.gates ? QStringLiteral("gates") : QStringLiteral("graded");
            f[QStringLiteral("title")] = frameworkTitle(project, framework.frameworkId, language);
            f[QStringLiteral("percent")] = jsonPercent(framework.percent);
            f[QStringLiteral("coverage")] = coverageJson(framework.coverage);
            f[QStringLiteral("confidence")] = confidenceJson(framework.confidence);
            f[QStringLiteral("red_flags")] = flags;
            f[QStringLiteral("dimensions")] = dimensions;
            frameworks.append(f);
        }
        QJsonArray flags;
        for (const RedFlag &flag : sector.redFlags)
            flags.append(redFlagJson(flag));
        QJsonArray gates;
        for (const FrameworkResult &framework : sector.frameworks) {
            if (framework.gates)
                gates.append(gateJson(project, framework, language));
        }
        QJsonObject s;
        s[QStringLiteral("id")] = sector.sectorId;
        s[QStringLiteral("title")] = sectorTitle(project, sector.sectorId, language);
        s[QStringLiteral("overall")] = jsonPercent(sector.overall);
        s[QStringLiteral("coverage")] = coverageJson(sector.coverage);
        s[QStringLiteral("confidence")] = confidenceJson(sector.confidence);
        s[QStringLiteral("red_flags")] = flags;
        s[QStringLiteral("gates")] = gates;
        s[QStringLiteral("frameworks")] = frameworks;
        sectors.append(s);
    }
    QJsonObject root;
    root[QStringLiteral("project")] = project.metadata.title.text(language);
    root[QStringLiteral("sectors")] = sectors;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dpi
