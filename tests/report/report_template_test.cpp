#include "testpaths.h"

#include "mustachedata.h"
#include "reporttemplate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

const QByteArray kManifest = "schema: dpi-workbench/report-template/1\nname: t\nlanguages: [en, ru]\n"
                             "labels:\n  hello: {en: Hello, ru: Привет}\n";

class TemplateFolder : public ::testing::Test
{
protected:
    QString folder() const { return m_dir.filePath(QStringLiteral("tpl")); }
    void write(const QString &name, const QByteArray &text) { writeFile(QDir(folder()).filePath(name), text); }
    std::optional<ReportTemplate> load() { return ReportTemplate::load(folder(), m_diagnostics); }
    QString errors() const { return m_diagnostics.toString(); }

    QTemporaryDir m_dir;
    Diagnostics m_diagnostics;
};

TEST(LineColumn, CountsLinesAndCharacters)
{
    const std::string text = "ab\nПри{{x";
    EXPECT_EQ(lineColumnOfOffset(text, 0), std::make_pair(1, 1));
    EXPECT_EQ(lineColumnOfOffset(text, 2), std::make_pair(1, 3));
    EXPECT_EQ(lineColumnOfOffset(text, 3), std::make_pair(2, 1));
    // "При" is 6 bytes: the tag after it is the 4th character of line 2.
    EXPECT_EQ(lineColumnOfOffset(text, text.find("{{")), std::make_pair(2, 4));
}

TEST_F(TemplateFolder, RendersWithEscapingAndPartials)
{
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("report.html"), "<p>{{labels.hello}} {{name}}</p>{{#items}}{{> item.html}}{{/items}}{{#empty}}never{{/empty}}");
    write(QStringLiteral("item.html"), "<i>{{.}}</i>");
    const auto tpl = load();
    ASSERT_TRUE(tpl) << errors().toStdString();
    EXPECT_EQ(tpl->manifest().label(QStringLiteral("hello"), QStringLiteral("ru")), QStringLiteral("Привет"));
    QVariantMap context{{QStringLiteral("labels"), QVariantMap{{QStringLiteral("hello"), QStringLiteral("Hi")}}},
                        {QStringLiteral("name"), QStringLiteral("<script>&\"")},
                        {QStringLiteral("items"), QStringList{QStringLiteral("a<"), QStringLiteral("б")}},
                        {QStringLiteral("empty"), QString()}};
    const auto html = tpl->render(context, m_diagnostics);
    ASSERT_TRUE(html);
    EXPECT_EQ(*html, QStringLiteral("<p>Hi &lt;script&gt;&amp;&quot;</p><i>a&lt;</i><i>б</i>"));
}

TEST_F(TemplateFolder, SyntaxErrorGivesFileLineColumn)
{
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("report.html"), "<html>\n<body>\n  <p>Привет {{#sectors}}\n  {{title}}\n</body>\n");
    EXPECT_FALSE(load());
    const QString expected = QDir(folder()).filePath(QStringLiteral("report.html")) + QStringLiteral(":3:13: error: template syntax: Unclosed section \"sectors\"");
    EXPECT_TRUE(errors().contains(expected)) << errors().toStdString();
}

TEST_F(TemplateFolder, SyntaxErrorInPartialNamesThePartial)
{
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("report.html"), "a\n{{> parts/cover.html}}\n");
    write(QStringLiteral("parts/cover.html"), "x\ny {{/oops}}\n");
    EXPECT_FALSE(load());
    const QString expected = QDir(folder()).filePath(QStringLiteral("parts/cover.html")) + QStringLiteral(":2:3: error:");
    EXPECT_TRUE(errors().contains(expected)) << errors().toStdString();
}

TEST_F(TemplateFolder, PartialOutsideTheFolderIsRefused)
{
    writeFile(m_dir.filePath(QStringLiteral("secret.html")), "SECRET");
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("report.html"), "<p>x</p>\n  {{> ../secret.html}}\n");
    EXPECT_FALSE(load());
    EXPECT_TRUE(errors().contains(QStringLiteral("report.html:2:3: error: partial '../secret.html' refused"))) << errors().toStdString();

    Diagnostics absolute;
    write(QStringLiteral("report.html"), "{{> /etc/passwd.html}}");
    EXPECT_FALSE(ReportTemplate::load(folder(), absolute));
    EXPECT_TRUE(absolute.toString().contains(QStringLiteral("report.html:1:1: error: partial '/etc/passwd.html' refused")));
}

TEST_F(TemplateFolder, SymlinkOutOfTheFolderIsRefused)
{
    writeFile(m_dir.filePath(QStringLiteral("secret.html")), "SECRET");
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("report.html"), "{{> link.html}}");
    ASSERT_TRUE(QFile::link(m_dir.filePath(QStringLiteral("secret.html")), QDir(folder()).filePath(QStringLiteral("link.html"))));
    EXPECT_FALSE(load());
    EXPECT_TRUE(errors().contains(QStringLiteral("resolves outside the template folder"))) << errors().toStdString();
}

TEST_F(TemplateFolder, ExternalResourcesAreRefused)
{
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("report.html"),
          "<p>ok <img src=\"chart:overview\"> <a href=\"#x\">x</a></p>\n"
          "<img src=\"https://example.org/logo.png\">\n"
          "<style>p { background: url(file:///etc/passwd); }</style>\n"
          "   <link rel=\"stylesheet\" href=\"http://example.org/a.css\">\n");
    EXPECT_FALSE(load());
    const QString text = errors();
    EXPECT_TRUE(text.contains(QStringLiteral("report.html:2:6: error: external resources are not allowed"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("report.html:3:24: error: external resources"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("report.html:4:4: error: external resources"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("report.html:1:")));
}

TEST_F(TemplateFolder, RawValuesCannotSmuggleResourcesIn)
{
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("report.html"), "{{{raw}}}");
    const auto tpl = load();
    ASSERT_TRUE(tpl) << errors().toStdString();
    const auto html = tpl->render({{QStringLiteral("raw"), QStringLiteral("<img src=\"/etc/passwd\"><img src='chart:overview'>")}}, m_diagnostics);
    ASSERT_TRUE(html);
    EXPECT_FALSE(html->contains(QStringLiteral("/etc/passwd")));
    EXPECT_TRUE(html->contains(QStringLiteral("chart:overview")));
    EXPECT_EQ(m_diagnostics.warningCount(), 1);
}

TEST_F(TemplateFolder, ManifestErrorsArePositioned)
{
    write(QStringLiteral("manifest.yaml"), "schema: dpi-workbench/report-template/1\npage_size: A5\nlabels: {a: x, a: y}\n");
    write(QStringLiteral("report.html"), "x");
    EXPECT_FALSE(load());
    const QString manifest = QDir(folder()).filePath(QStringLiteral("manifest.yaml"));
    EXPECT_TRUE(errors().contains(manifest + QStringLiteral(":2:12: error: page_size must be A4 or Letter"))) << errors().toStdString();
    EXPECT_TRUE(errors().contains(manifest + QStringLiteral(":3:16: error: duplicate key 'a'"))) << errors().toStdString();
}

TEST(BundledTemplates, DefaultTemplateLoadsWithoutWarnings)
{
    Diagnostics diagnostics;
    const auto tpl = ReportTemplate::load(dpitest::sourcePath(QStringLiteral("templates/reports/default")), diagnostics);
    ASSERT_TRUE(tpl) << diagnostics.toString().toStdString();
    EXPECT_TRUE(diagnostics.isEmpty()) << diagnostics.toString().toStdString();
    EXPECT_EQ(tpl->manifest().languages, (QStringList({QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("ky")})));
    // Every label exists in all three languages.
    for (const auto &[key, text] : tpl->manifest().labels) {
        EXPECT_TRUE(text.has(QStringLiteral("en"))) << key.toStdString();
        EXPECT_TRUE(text.has(QStringLiteral("ru"))) << key.toStdString();
        EXPECT_TRUE(text.has(QStringLiteral("ky"))) << key.toStdString();
    }
}

} // namespace
