#pragma once

#include "localizedtext.h"
#include "yamlmapping.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dpi {

class YamlContext;

// Typed reads of one field. Each returns false (with an error at the value,
// or at the key when the value is empty) when the value has the wrong shape,
// and false without a diagnostic when the field is absent; `out` is changed
// only on success. `name` is the key as the user wrote it.

// Text: any scalar. An empty value reads as empty text.
bool readText(const YamlField &field, YamlContext &context, QString &out);
// Text that must not be empty.
bool readNonEmptyText(const YamlField &field, YamlContext &context, QString &out);
// An identifier: letters, digits, '.', '_' and '-', starting with a letter or digit.
bool readId(const YamlField &field, YamlContext &context, QString &out);
// Localized text: a plain string (English) or a mapping {en: ..., ru: ..., ky: ...}.
bool readLocalizedText(const YamlField &field, YamlContext &context, LocalizedText &out);
// An unquoted finite number.
bool readNumber(const YamlField &field, YamlContext &context, double &out);
// An unquoted whole number.
bool readInteger(const YamlField &field, YamlContext &context, int &out);
// A number greater than 0 (weights).
bool readPositiveNumber(const YamlField &field, YamlContext &context, double &out);
// true or false.
bool readBoolean(const YamlField &field, YamlContext &context, bool &out);
// A list of text items, block or flow style.
bool readTextList(const YamlField &field, YamlContext &context, QStringList &out);
// True when the field is a list, or empty (`key:` alone, read as an empty
// list); anything else is reported. False without a diagnostic when absent.
bool readListField(const YamlField &field, YamlContext &context);
// A calendar date, YYYY-MM-DD.
bool readDate(const YamlField &field, YamlContext &context, QString &out);
// A date, or a date and time in ISO 8601 (2024-05-10T12:00:00Z).
bool readDateTime(const YamlField &field, YamlContext &context, QString &out);
// A semantic version MAJOR.MINOR.PATCH (with optional -pre-release and +build).
bool readVersion(const YamlField &field, YamlContext &context, QString &out);

// Plain checks used by readers and writers alike.
bool isValidId(const QString &id);
bool isSemanticVersion(const QString &version);
bool isIsoDate(const QString &date);
bool isIsoDateTime(const QString &dateTime);
bool isLanguageCode(const QString &code);
// A whole number written without quotes.
std::optional<int> plainInteger(const YAML::Node &node);
// A finite number written without quotes.
std::optional<double> plainNumber(const YAML::Node &node);

} // namespace dpi
