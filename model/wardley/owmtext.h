#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dpi {

// Small lexical helpers shared by the OWM reader and writer.

// A number the way JavaScript's parseFloat reads it: the longest numeric
// prefix after leading blanks ("0.5abc" -> 0.5), nothing when there is none.
std::optional<double> owmParseNumber(QStringView text);
// True when `text` is one complete number (blanks around it allowed).
bool owmIsNumber(QStringView text);
// Shortest text that reads back as the same double ("0.1", "-12", "1e-05").
QString owmFormatNumber(double value);

// Index just past the closing quote of the quoted string starting at
// text[start] == '"', honouring backslash escapes; -1 when it is not closed.
qsizetype owmQuotedEnd(QStringView text, qsizetype start);
// The content of a quoted string (without the quotes) with \n \r \t \" \\ \[ \] resolved.
QString owmUnescape(QStringView inner);
// A name as written in OWM text: bare when it is safe, else (or when
// `force`) quoted and escaped.
QString owmQuoteIfNeeded(const QString &name, bool force = false);
// Free text that OWM keeps on one line with no quoting (title, style, stage
// labels, flow values, link context, annotation text, url name and address):
// each line break becomes a space, so that the text cannot start a statement
// of its own ("title A\ncomponent X [..]" would add a component).
QString owmSingleLine(const QString &text);
// Whether a bare name at the start of a line would be read as a keyword
// statement by the reference engine (its first word is a keyword).
bool owmStartsWithKeyword(const QString &name);

} // namespace dpi
