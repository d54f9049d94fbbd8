#include "reporttemplatelocator.h"
#include "templateeditor/templatecodeeditor.h"
#include "templateeditor/templatemirror.h"
#include "templateeditor/templatesourceset.h"
#include "templateeditor/templatesyntaxhighlighter.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

const QString kDefault = QStringLiteral("templates/reports/default");

// The format the highlighter gave the character at `offset` of the first block.
QTextCharFormat formatAt(const QTextDocument &document, int offset)
{
    const QTextBlock block = document.firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

TEST(TemplateSyntaxHighlighter, TellsMustacheTagKindsAndHtmlApart)
{
    QTextDocument document(QStringLiteral("<p class=\"x\">{{#list}}{{name}}{{^flag}}{{> part.html}}{{! note }}{{/list}}</p>"));
    TemplateSyntaxHighlighter highlighter(TemplateSyntaxHighlighter::Language::Html, &document);
    highlighter.rehighlight();
    const QString text = document.firstBlock().text();
    const QColor tag = formatAt(document, 0).foreground().color();
    const QColor attribute = formatAt(document, int(text.indexOf(QLatin1String("class")))).foreground().color();
    const QColor section = formatAt(document, int(text.indexOf(QLatin1String("{{#")))).foreground().color();
    const QColor closing = formatAt(document, int(text.indexOf(QLatin1String("{{/")))).foreground().color();
    const QColor variable = formatAt(document, int(text.indexOf(QLatin1String("{{name")))).foreground().color();
    const QColor inverted = formatAt(document, int(text.indexOf(QLatin1String("{{^")))).foreground().color();
    const QColor partial = formatAt(document, int(text.indexOf(QLatin1String("{{>")))).foreground().color();
    const QColor comment = formatAt(document, int(text.indexOf(QLatin1String("{{!")))).foreground().color();
    EXPECT_TRUE(tag.isValid() && attribute.isValid());
    EXPECT_NE(tag, attribute);
    EXPECT_EQ(section, closing);
    const QList<QColor> kinds{tag, section, variable, inverted, partial, comment};
    for (int i = 0; i < kinds.size(); ++i) {
        for (int j = i + 1; j < kinds.size(); ++j)
            EXPECT_NE(kinds[i], kinds[j]) << i << " vs " << j;
    }
}

TEST(TemplateSyntaxHighlighter, HtmlCommentsSpanLines)
{
    QTextDocument document(QStringLiteral("<!-- one\ntwo -->\n<p>"));
    TemplateSyntaxHighlighter highlighter(TemplateSyntaxHighlighter::Language::Html, &document);
    highlighter.rehighlight();
    const QTextBlock second = document.firstBlock().next();
    ASSERT_FALSE(second.layout()->formats().isEmpty());
    EXPECT_TRUE(second.layout()->formats().front().format.fontItalic());
    EXPECT_FALSE(second.next().layout()->formats().isEmpty() && second.next().layout()->formats().front().format.fontItalic());
}

TEST(TemplateCodeEditor, MarkWithoutColumnUnderlinesTheLineText)
{
    TemplateCodeEditor editor;
    editor.setPlainText(QStringLiteral("<p>\n   {{name}} tail\n"));
    const auto [start, length] = editor.markRange(EditorMark{2, 0, true, QString()});
    EXPECT_EQ(start, 4 + 3);
    EXPECT_EQ(length, 13);
    const auto [tagStart, tagLength] = editor.markRange(EditorMark{2, 4, true, QString()});
    EXPECT_EQ(tagStart, 7);
    EXPECT_EQ(tagLength, 8);
}

TEST(TemplateSourceSet, ReadsEveryFileAndWritesACopy)
{
    TemplateSourceSet sources;
    QString error;
    ASSERT_TRUE(sources.read(dpitest::sourcePath(kDefault), &error)) << error.toStdString();
    EXPECT_EQ(sources.files(), QDir(dpitest::sourcePath(kDefault)).entryList(QDir::Files, QDir::Name));
    const QStringList editable = sources.editableFiles(QStringLiteral("report.html"));
    EXPECT_EQ(editable.value(0), QStringLiteral("report.html"));
    EXPECT_EQ(editable.value(1), QStringLiteral("style.css"));
    EXPECT_EQ(editable.value(2), QStringLiteral("manifest.yaml"));

    QTemporaryDir target;
    sources.setBytes(QStringLiteral("sub/extra.html"), "<p>extra</p>");
    ASSERT_TRUE(sources.writeTo(target.filePath(QStringLiteral("copy")), &error)) << error.toStdString();
    QFile extra(target.filePath(QStringLiteral("copy/sub/extra.html")));
    ASSERT_TRUE(extra.open(QIODevice::ReadOnly));
    EXPECT_EQ(extra.readAll(), QByteArray("<p>extra</p>"));
    TemplateSourceSet again;
    ASSERT_TRUE(again.read(target.filePath(QStringLiteral("copy")), &error));
    EXPECT_EQ(again.bytes(QStringLiteral("style.css")), sources.bytes(QStringLiteral("style.css")));
}

TEST(TemplateMirror, ReportsProblemsAgainstTheRealFolder)
{
    TemplateSourceSet sources;
    QString error;
    ASSERT_TRUE(sources.read(dpitest::sourcePath(kDefault), &error));
    sources.setBytes(QStringLiteral("report.html"), "<p>\n{{#sectors}}\n");
    TemplateMirror mirror;
    Diagnostics diagnostics;
    EXPECT_FALSE(mirror.load(sources, diagnostics).has_value());
    ASSERT_TRUE(diagnostics.hasErrors());
    EXPECT_EQ(diagnostics.items().front().toString(),
              QDir(dpitest::sourcePath(kDefault)).absoluteFilePath(QStringLiteral("report.html"))
                  + QStringLiteral(":2:1: error: template syntax: Unclosed section \"sectors\""));

    // Fixed in memory: loads, and a partial removed from use does not linger.
    sources.setBytes(QStringLiteral("report.html"), "<p>{{project.title}}</p>\n");
    Diagnostics clean;
    EXPECT_TRUE(mirror.load(sources, clean).has_value());
    EXPECT_FALSE(clean.hasErrors());
}

TEST(ReportTemplateLocator, UserFolderIsSearchedAndRecognised)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString user = userReportTemplateFolder();
    ASSERT_FALSE(user.isEmpty());
    EXPECT_TRUE(user.endsWith(QLatin1String("/dpi-workbench/templates/reports")));
    EXPECT_TRUE(reportTemplateSearchPaths().contains(user));
    EXPECT_TRUE(isUserReportTemplate(user + QStringLiteral("/mine")));
    EXPECT_FALSE(isUserReportTemplate(dpitest::sourcePath(kDefault)));
    EXPECT_FALSE(isUserReportTemplate(user + QStringLiteral("-other/mine")));
}
