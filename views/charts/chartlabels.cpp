#include "chartlabels.h"



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
    if (language == QLatin1String("ky")) {
        l.overall = QString::fromUtf8("Жалпы");
        l.readinessAxis = QString::fromUtf8("Даярдык, %");
        l.sectorComparison = QString::fromUtf8("Тармактар боюнча даярдык");
        l.coverageAndConfidence = QString::fromUtf8("Камтуу жана ишеним");
        l.criteriaAxis = QString::fromUtf8("Критерийлер");
        l.confidenceHigh = QString::fromUtf8("Жогорку ишеним");
        l.confidenceMedium = QString::fromUtf8("Орточо ишеним");
        l.confidenceLow = QString::fromUtf8("Төмөн ишеним");
        l.confidenceUnset = QString::fromUtf8("Ишеним көрсөтүлгөн эмес");
        l.notApplicable = QString::fromUtf8("Колдонулбайт");
        l.unscored = QString::fromUtf8("Бааланган эмес");
        l.unverified = QString::fromUtf8("Тастыкталган эмес");
        l.notScoredSuffix = QString::fromUtf8(" (баа жок)");
        l.roundComparison = QString::fromUtf8("Даярдык: мурунку айлампа жана ушул айлампа");
        l.previousRound = QString::fromUtf8("Мурунку айлампа");
        l.thisRound = QString::fromUtf8("Ушул айлампа");
        return l;
    }
    l.overall = QStringLiteral("Overall");
    l.readinessAxis = QStringLiteral("Readiness, %");
    l.sectorComparison = QStringLiteral("Readiness by sector");
    l.coverageAndConfidence = QStringLiteral("Coverage and confidence");
    l.criteriaAxis = QStringLiteral("Criteria");
    l.confidenceHigh = QStringLiteral("High confidence");
    l.confidenceMedium = QStringLiteral("Medium confidence");
    l.confidenceLow = QStringLiteral("Low confidence");
    l.confidenceUnset = QStringLiteral("Confidence not given");
    l.notApplicable = QStringLiteral("Not applicable");
    l.unscored = QStringLiteral("Unscored");
    l.unverified = QStringLiteral("Unverified");
    l.notScoredSuffix = QStringLiteral(" (not scored)");
    l.roundComparison = QStringLiteral("Readiness: previous round and this one");
    l.previousRound = QStringLiteral("Previous round");
    l.thisRound = QStringLiteral("This round");
    return l;
}

} // namespace dpi
