#pragma once

#include "localizedtext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace YAML {
class Emitter;
}

namespace dpi {

struct Framework;
struct Project;

// Scalar writers shared by the framework, project and map writers, so that
// every file spells text and numbers the same way.

// Text, quoted only when a YAML reader would otherwise take it for something
// else (a number, true/false, null): "2024" stays text when read back.
// Multi-line text becomes a literal block unless `inFlow` (inside [..] or
// {..}, where blocks are not allowed).
void emitText(YAML::Emitter &out, const QString &text, bool inFlow = false);
// A plain string when the text was one (LocalizedText::isPlain), otherwise a
// block mapping of languages in their stored order.
void emitLocalizedText(YAML::Emitter &out, const LocalizedText &text);
// The shortest form that reads back as the same double: 1.5, 2, 0.1.
void emitNumber(YAML::Emitter &out, double value);
// A flow list on one line: [a, b].
void emitTextList(YAML::Emitter &out, const QStringList &items);

// True when a plain scalar with this text would not read back as text under
// YAML 1.1 or 1.2 resolution rules.
bool yamlTextNeedsQuotes(const QString &text);

// The shortest decimal form of `value` that reads back as the same double.
QString formatYamlNumber(double value);

// The first line of the file when it is a yaml-language-server modeline
// ("# yaml-language-server: $schema=..."), otherwise empty.
QByteArray yamlModeline(const QByteArray &text);

// Default modelines: relative to the bundled assessments/ folder.
QByteArray defaultFrameworkModeline();
QByteArray defaultProjectModeline();

// The serialised documents with an explicit modeline (empty: none).
QByteArray frameworkDocument(const Framework &framework, const QByteArray &modeline);
QByteArray projectDocument(const Project &project, const QByteArray &modeline);

} // namespace dpi
