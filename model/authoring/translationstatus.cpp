#include "translationstatus.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>
#include <vector>

namespace dpi::translations {

namespace {

using NamedTexts = std::vector<std::pair<QString, const LocalizedText *>>;

QStringList missingIn(const NamedTexts &texts, const QStringList &languages)
{
    QStringList lines;
    for (const QString &language : languages) {
        QStringList fields;
        for (const auto &[name, text] : texts) {
            if (lacks(*text, language))
                fields << name;
        }
        if (!fields.isEmpty())
            lines << QStringLiteral("%1: %2").arg(languageName(language), fields.join(QStringLiteral(", ")));
    }
    return lines;
}

void collect(const LocalizedText &text, QStringList &languages)
{
    for (const QString &language : text.languages()) {
        if (!languages.contains(language))
            languages << language;
    }
}

} // namespace

QStringList frameworkLanguages(const Framework &framework)
{
    QStringList found;
    collect(framework.title, found);
    collect(framework.description, found);
    for (const ScaleLevel &level : framework.scale.levels) {
        collect(level.label, found);
        collect(level.description, found);
    }
    for (const Dimension &dimension : framework.dimensions) {
        collect(dimension.title, found);
        collect(dimension.description, found);
        for (const Criterion &criterion : dimension.criteria) {
            for (const LocalizedText *text : {&criterion.title, &criterion.question, &criterion.guidance, &criterion.evidence})
                collect(*text, found);
            for (const auto &entry : criterion.rubric)
                collect(entry.second, found);
        }
    }
    found.removeAll(QStringLiteral("en"));
    found.removeAll(QStringLiteral("ru"));
    found.sort();
    return QStringList{QStringLiteral("en"), QStringLiteral("ru")} + found;
}

QStringList expectedLanguages(const Framework &framework)
{
    QStringList languages{QStringLiteral("en"), QStringLiteral("ru")};
    for (const QString &language : framework.title.languages()) {
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return code;
    return QLocale::languageToString(locale.language());
}

bool lacks(const LocalizedText &text, const QString &language)
{
    if (text.exact(language).trimmed().isEmpty()) {
        for (const auto &entry : text.entries()) {
            if (!entry.second.trimmed().isEmpty())
                return true;
        }
    }
    return false;
}

QStringList missingInCriterion(const Criterion &criterion, const QStringList &languages)
{
    NamedTexts texts{{QCoreApplication::translate("FrameworkTranslations", "title"), &criterion.title},
                     {QCoreApplication::translate("FrameworkTranslations", "question"), &criterion.question},
                     {QCoreApplication::translate("FrameworkTranslations", "guidance"), &criterion.guidance},
                     {QCoreApplication::translate("FrameworkTranslations", "evidence"), &criterion.evidence}};
    for (const auto &[level, text] : criterion.rubric)
        texts.emplace_back(QCoreApplication::translate("FrameworkTranslations", "rubric %1").arg(level), &text);
    return missingIn(texts, languages);
}

QStringList missingInDimension(const Dimension &dimension, const QStringList &languages)
{
    return missingIn({{QCoreApplication::translate("FrameworkTranslations", "title"), &dimension.title}, {QCoreApplication::translate("FrameworkTranslations", "description"), &dimension.description}}, languages);
}

} // namespace dpi::translations
