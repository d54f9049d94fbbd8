#include "generatedproject.h"

namespace dpibench {

namespace {

dpi::LocalizedText bilingual(const QString &english, const QString &russian)
{
    dpi::LocalizedText text;
    text.set(QStringLiteral("en"), english);
    text.set(QStringLiteral("ru"), russian);
    return text;
}

} // namespace

dpi::Framework generatedFramework(int dimensions, int criteriaPerDimension)
{
    dpi::Framework framework;
    framework.id = QStringLiteral("generated");
    framework.version = QStringLiteral("1.0.0");
    framework.title = bilingual(QStringLiteral("Generated framework"), QStringLiteral("Сгенерированная рамка"));
    for (int v = 0; v <= 4; ++v)
        framework.scale.levels.push_back({v, bilingual(QStringLiteral("Level %1").arg(v), QStringLiteral("Уровень %1").arg(v)), {}});
    for (int d = 0; d < dimensions; ++d) {
        dpi::Dimension dimension;
        dimension.id = QStringLiteral("d%1").arg(d);
        dimension.title = bilingual(QStringLiteral("Dimension %1").arg(d), QStringLiteral("Измерение %1").arg(d));
        dimension.weight = 1 + d % 3;
        for (int c = 0; c < criteriaPerDimension; ++c) {
            dpi::Criterion criterion;
            criterion.id = QStringLiteral("d%1.c%2").arg(d).arg(c);
            criterion.title = bilingual(QStringLiteral("Criterion %1").arg(criterion.id), QStringLiteral("Критерий %1").arg(criterion.id));
            criterion.question = bilingual(QStringLiteral("Is requirement %1 met in production?").arg(c),
                                           QStringLiteral("Выполнено ли требование %1?").arg(c));
            criterion.guidance = bilingual(QStringLiteral("Ask for the evidence listed."), QStringLiteral("Запросите доказательства."));
            criterion.weight = 1 + c % 2;
            if (c == 0)
                criterion.critical = dpi::CriticalRule{1, 50.0};
            for (int v = 0; v <= 4; ++v)
                criterion.rubric[v] = bilingual(QStringLiteral("What level %1 looks like.").arg(v), QStringLiteral("Уровень %1.").arg(v));
            criterion.references.push_back({{{QStringLiteral("url"), QStringLiteral("https://example.org/req")}}});
            dimension.criteria.push_back(criterion);
        }
        framework.dimensions.push_back(dimension);
    }
    return framework;
}

dpi::Project generatedProject(const dpi::Framework &framework, int sectors)
{
    dpi::Project project;
    project.metadata.title = dpi::LocalizedText(QStringLiteral("Benchmark project"));
    project.frameworks.push_back({framework.id, framework.version, 1.0, framework});
    for (int s = 0; s < sectors; ++s) {
        dpi::Sector sector;
        sector.id = QStringLiteral("sector-%1").arg(s);
        sector.title = dpi::LocalizedText(QStringLiteral("Sector %1").arg(s));
        auto &scores = sector.scores[framework.id];
        int n = 0;
        for (const auto &dimension : framework.dimensions) {
            for (const auto &criterion : dimension.criteria) {
                dpi::Score score;
                if (++n % 17 == 0)
                    score.notApplicable = true;
                else
                    score.level = (n + s) % 5;
                score.confidence = dpi::Confidence::Medium;
                scores[criterion.id] = score;
            }
        }
        project.sectors.push_back(sector);
    }
    return project;
}

} // namespace dpibench
