#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace dpi {

struct HtmlHeading
{
    QString title;
    int level = 1;
    bool operator==(const HtmlHeading &o) const { return title == o.title && level == o.level; }
};

// The <h1>..<h6> headings of rendered report HTML, in document order, with the
// text a QTextDocument gives their blocks once simplified (tags removed,
// entities decoded, white space collapsed); empty titles are left out.
//
// It lets the report renderer fill in the contents before its first layout
// without parsing the whole HTML into a document just for the titles. The scan
// only mirrors the common case: nullopt when a heading holds something it does
// not (a block, an image, an unknown tag or entity, a <script>). It can also
// be wrong without knowing (a heading inside <head>, which the HTML parser
// drops), so the renderer checks its answer against the laid-out document.
std::optional<QList<HtmlHeading>> scanHtmlHeadings(const QString &html);

} // namespace dpi
