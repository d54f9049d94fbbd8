#pragma once

#include "framework.h"

#include <QString>
#include <QStringList>

namespace dpi {

/**
 * Which translations a framework element lacks. A text lacks a language when
 * it has some text but none in that language; a text that is empty in every
 * language (an optional field left out) lacks nothing.
 */
namespace translations {

/** en and ru first (the product's languages), then every other language used, sorted. */
QStringList frameworkLanguages(const Framework &framework);
/**
 * The languages every text is expected in: en and ru, and those the
 * framework's own title is written in. Other languages a framework uses here
 * and there get a column but are not demanded everywhere.
 */
QStringList expectedLanguages(const Framework &framework);
/** "Russian" for "ru"; the code itself when Qt does not know it. */
QString languageName(const QString &code);
bool lacks(const LocalizedText &text, const QString &language);

/** One line per language that something is missing in: "Russian: question, rubric 3". */
QStringList missingInCriterion(const Criterion &criterion, const QStringList &languages);
QStringList missingInDimension(const Dimension &dimension, const QStringList &languages);

} // namespace translations
} // namespace dpi
