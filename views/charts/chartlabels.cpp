#include "chartlabels.h"

#include <QCoreApplication>

namespace dpi {

ChartLabels ChartLabels::forLanguage(const QString &language)
{
    ChartLabels l;
    if (language == QLatin1String("ru")) {
        l.overall = QString::fromUtf8("Итого");
        l.readinessAxis = QString::fromUtf8("Готовность, %");
        l.sectorComparison = QString::fromUtf8("Готовность по секторам");
        l.coverageAndConfidence = QString::fromUtf8("Охват и уверенность");
        l.criteriaAxis = QString::fromUtf8("Критерии");
        l.confidenceHigh = QString::fromUtf8("Высокая уверенность");
        l.confidenceMedium = QString::fromUtf8("Средняя уверенность");
        l.confidenceLow = QString::fromUtf8("Низкая уверенность");
        l.confidenceUnset = QString::fromUtf8("Уверенность не указана");
        l.notApplicable = QString::fromUtf8("Неприменимо");
        l.unscored = QString::fromUtf8("Не оценено");
        l.unverified = QString::fromUtf8("Не подтверждено");
        l.notScoredSuffix = QString::fromUtf8(" (нет оценок)");
        l.roundComparison = QString::fromUtf8("Готовность: прошлый раунд и этот");
        l.previousRound = QString::fromUtf8("Прошлый раунд");
        l.thisRound = QString::fromUtf8("Этот раунд");
        return l;
    }
    l.overall = QCoreApplication::translate("dpi::ChartLabels", "Overall");
    l.readinessAxis = QCoreApplication::translate("dpi::ChartLabels", "Readiness, %");
    l.sectorComparison = QCoreApplication::translate("dpi::ChartLabels", "Readiness by sector");
    l.coverageAndConfidence = QCoreApplication::translate("dpi::ChartLabels", "Coverage and confidence");
    l.criteriaAxis = QCoreApplication::translate("dpi::ChartLabels", "Criteria");
    l.confidenceHigh = QCoreApplication::translate("dpi::ChartLabels", "High confidence");
    l.confidenceMedium = QCoreApplication::translate("dpi::ChartLabels", "Medium confidence");
    l.confidenceLow = QCoreApplication::translate("dpi::ChartLabels", "Low confidence");
    l.confidenceUnset = QCoreApplication::translate("dpi::ChartLabels", "Confidence not given");
    l.notApplicable = QCoreApplication::translate("dpi::ChartLabels", "Not applicable");
    l.unscored = QCoreApplication::translate("dpi::ChartLabels", "Unscored");
    l.unverified = QCoreApplication::translate("dpi::ChartLabels", "Unverified");
    l.notScoredSuffix = QCoreApplication::translate("dpi::ChartLabels", " (not scored)");
    l.roundComparison = QCoreApplication::translate("dpi::ChartLabels", "Readiness: previous round and this one");
    l.previousRound = QCoreApplication::translate("dpi::ChartLabels", "Previous round");
    l.thisRound = QCoreApplication::translate("dpi::ChartLabels", "This round");
    return l;
}

} // namespace dpi
