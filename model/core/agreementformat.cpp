#include "agreementformat.h"

#include "scoreformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dpi {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double result = std::round(value * scale) / scale;
    return result == 0.0 ? 0.0 : result; // no "-0"
}

void putValue(QJsonObject &object, const QString &key, const AgreementValue &value, int decimals)
{
    if (value.isDefined()) {
        object[key] = rounded(*value.value, decimals);
    } else {
        object[key] = QJsonValue(QJsonValue::Null);
        object[key + QStringLiteral("_reason")] = value.undefinedReason;
    }
}

void putInterval(QJsonObject &object, const QString &key, const AlphaInterval &interval)
{
    if (interval.isDefined()) {
        object[key] = QJsonArray{rounded(*interval.lower, 3), rounded(*interval.upper, 3)};
    } else {
        object[key] = QJsonValue(QJsonValue::Null);
        object[key + QStringLiteral("_reason")] = interval.undefinedReason;
    }
}

QJsonObject summaryJson(const AgreementSummary &summary)
{
    QJsonObject object;
    object[QStringLiteral("items")] = summary.items;
    object[QStringLiteral("analysts")] = summary.analysts;
    object[QStringLiteral("values")] = summary.values;
    putValue(object, QStringLiteral("alpha_ordinal"), summary.alphaOrdinal, 3);
    putInterval(object, QStringLiteral("alpha_ordinal_ci95"), summary.alphaOrdinalInterval);
    putValue(object, QStringLiteral("alpha_interval"), summary.alphaInterval, 3);
    putInterval(object, QStringLiteral("alpha_interval_ci95"), summary.alphaIntervalInterval);
    putValue(object, QStringLiteral("alpha_nominal"), summary.alphaNominal, 3);
    putValue(object, QStringLiteral("percent_agreement"), summary.percentAgreement, 1);
    putValue(object, QStringLiteral("percent_within_one"), summary.percentWithinOne, 1);
    if (summary.hasKappa) {
        putValue(object, QStringLiteral("kappa"), summary.kappa, 3);
        putValue(object, QStringLiteral("kappa_linear"), summary.kappaLinear, 3);
        putValue(object, QStringLiteral("kappa_quadratic"), summary.kappaQuadratic, 3);
    }
    return object;
}

QJsonObject groupJson(const QString &id, const QString &title, const AgreementSummary &summary)
{
    QJsonObject object = summaryJson(summary);
    object[QStringLiteral("id")] = id;
    object[QStringLiteral("title")] = title;
    return object;
}

struct Row
{
    QString label;
    const AgreementSummary *summary;
};

std::vector<Row> tableRows(const Project &project, const TeamAgreement &agreement, const QString &language)
{
    std::vector<Row> rows{{QStringLiteral("overall"), &agreement.overall}};
    for (const AgreementGroup &group : agreement.sectors) {
        const Sector *sector = project.findSector(group.sectorId);
        rows.push_back({QStringLiteral("sector ") + (sector ? sector->title.text(language) : group.sectorId), &group.summary});
    }
    for (const AgreementGroup &group : agreement.frameworks) {
        const ProjectFramework *framework = project.findFramework(group.frameworkId);
        rows.push_back({QStringLiteral("framework ") + group.frameworkId, &group.summary});
        if (!framework)
            continue;
        for (const Dimension &dimension : framework->framework.dimensions) {
            if (const AgreementGroup *part = agreement.dimension(group.frameworkId, dimension.id))
                rows.push_back({QStringLiteral("  ") + dimension.title.text(language), &part->summary});
        }
    }
    return rows;
}

} // namespace

QString formatCoefficient(const AgreementValue &value, const QString &undefined)
{
    if (!value.isDefined())
        return undefined;
    return QString::number(rounded(*value.value, 3), 'f', 3);
}

QString formatInterval(const AlphaInterval &interval, const QString &undefined)
{
    if (!interval.isDefined())
        return undefined;
    // Brackets, not a dash: the bounds may be negative.
    return QStringLiteral("[%1, %2]").arg(formatCoefficient(AgreementValue::of(*interval.lower)),
                                          formatCoefficient(AgreementValue::of(*interval.upper)));
}

QByteArray agreementAsJson(const Project &project, const TeamAgreement &agreement, const QString &language)
{
    QJsonObject root;
    root[QStringLiteral("analysts")] = QJsonArray::fromStringList(agreement.analysts);
    QJsonObject method;
    method[QStringLiteral("values")] = QStringLiteral("levels as 0-100 % of each framework's scale");
    method[QStringLiteral("missing")] = QStringLiteral("n/a, unverified and unrated");
    method[QStringLiteral("bootstrap")] = QJsonObject{{QStringLiteral("resample"), QStringLiteral("items")},
                                                      {QStringLiteral("draws"), agreement.bootstrap.draws},
                                                      {QStringLiteral("seed"), double(agreement.bootstrap.seed)},
                                                      {QStringLiteral("level"), agreement.bootstrap.level}};
    root[QStringLiteral("method")] = method;
    root[QStringLiteral("overall")] = summaryJson(agreement.overall);

    QJsonArray sectors;
    for (const AgreementGroup &group : agreement.sectors) {
        const Sector *sector = project.findSector(group.sectorId);
        sectors.append(groupJson(group.sectorId, sector ? sector->title.text(language) : group.sectorId, group.summary));
    }
    root[QStringLiteral("sectors")] = sectors;

    QJsonArray frameworks;
    for (const AgreementGroup &group : agreement.frameworks) {
        const ProjectFramework *framework = project.findFramework(group.frameworkId);
        QJsonObject object = groupJson(group.frameworkId, framework ? framework->framework.title.text(language) : group.frameworkId,
                                       group.summary);
        QJsonArray dimensions;
        if (framework) {
            for (const Dimension &dimension : framework->framework.dimensions) {
                if (const AgreementGroup *part = agreement.dimension(group.frameworkId, dimension.id))
                    dimensions.append(groupJson(dimension.id, dimension.title.text(language), part->summary));
            }
        }
        object[QStringLiteral("dimensions")] = dimensions;
        frameworks.append(object);
    }
    root[QStringLiteral("frameworks")] = frameworks;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray agreementAsTable(const Project &project, const TeamAgreement &agreement, const QString &language)
{
    QString out = QStringLiteral("Agreement between %1 analysts: %2\n")
                      .arg(agreement.analysts.size())
                      .arg(agreement.analysts.isEmpty() ? QStringLiteral("(no analysts' ratings)")
                                                        : agreement.analysts.join(QStringLiteral(", ")));
    out += QStringLiteral("Levels as a share of each scale; N/A, unverified and unrated are missing. 95 % intervals: "
                          "bootstrap over items, %1 draws.\n\n")
               .arg(agreement.bootstrap.draws);
    const bool kappa = agreement.overall.hasKappa;
    QStringList header{QStringLiteral("items"), QStringLiteral("alpha ord"), QStringLiteral("95% interval"),
                       QStringLiteral("alpha int"), QStringLiteral("95% interval"), QStringLiteral("exact"),
                       QStringLiteral("within 1")};
    if (kappa)
        header << QStringLiteral("kappa") << QStringLiteral("linear") << QStringLiteral("quadr.");
    const std::vector<Row> rows = tableRows(project, agreement, language);
    int labelWidth = 8;
    for (const Row &row : rows)
        labelWidth = std::max(labelWidth, int(row.label.size()));
    const QList<int> widths{5, 9, 15, 9, 15, 6, 8, 6, 6, 6};
    QString line = QString().leftJustified(labelWidth);
    for (int i = 0; i < header.size(); ++i)
        line += QStringLiteral("  ") + header[i].rightJustified(widths[i]);
    out += line + QLatin1Char('\n');

    // Why a "-": each reason once, with the statistics and rows it explains.
    std::vector<std::pair<QString, QStringList>> notes; // "statistics: reason" -> row labels
    const auto explain = [&notes](const QString &label, const QString &statistics, const QString &reason) {
        if (reason.isEmpty())
            return;
        const QString key = statistics + QStringLiteral(" undefined: ") + reason;
        for (auto &note : notes) {
            if (note.first == key) {
                note.second << label;
                return;
            }
        }
        notes.push_back({key, {label}});
    };
    for (const Row &row : rows) {
        const AgreementSummary &s = *row.summary;
        QStringList cells{QString::number(s.items), formatCoefficient(s.alphaOrdinal), formatInterval(s.alphaOrdinalInterval),
                          formatCoefficient(s.alphaInterval), formatInterval(s.alphaIntervalInterval),
                          formatPercent(s.percentAgreement.value), formatPercent(s.percentWithinOne.value)};
        if (kappa)
            cells << formatCoefficient(s.kappa) << formatCoefficient(s.kappaLinear) << formatCoefficient(s.kappaQuadratic);
        line = row.label.leftJustified(labelWidth);
        for (int i = 0; i < cells.size(); ++i)
            line += QStringLiteral("  ") + cells[i].rightJustified(widths[i]);
        out += line + QLatin1Char('\n');

        const QString label = row.label.trimmed();
        explain(label, QStringLiteral("alpha"), s.alphaOrdinal.undefinedReason);
        if (s.alphaOrdinal.isDefined())
            explain(label, QStringLiteral("95% interval"), s.alphaOrdinalInterval.undefinedReason);
        explain(label, QStringLiteral("percent agreement"), s.percentAgreement.undefinedReason);
        if (kappa)
            explain(label, QStringLiteral("kappa"), s.kappa.isDefined() ? s.kappaQuadratic.undefinedReason : s.kappa.undefinedReason);
    }
    if (!notes.empty())
        out += QLatin1Char('\n');
    for (const auto &note : notes) {
        const QString where = note.second.size() == int(rows.size()) ? QStringLiteral("every row") : note.second.join(QStringLiteral("; "));
        out += QStringLiteral("%1 (%2)\n").arg(note.first, where);
    }
    return out.toUtf8();
}

} // namespace dpi
