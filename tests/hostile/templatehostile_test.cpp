// Hostile report templates: partial loops, missing partials, paths and URLs
// that reach out of the template folder. Loading refuses them with
// FILE:LINE:COL; rendering never recurses without end.
#include "hostilehelpers.h"

#include "reporttemplate.h"

#include <QDir>
#include <QTemporaryDir>
#include <QVariantMap>

using namespace dpitest;

namespace {

class TemplateFolder
{
public:
    TemplateFolder()
    {
        EXPECT_TRUE(m_dir.isValid());
        write(QStringLiteral("manifest.yaml"),
              "schema: dpi-workbench/report-template/1\nname: hostile\ntitle: Hostile\nmain: report.html\n");
    }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    void write(const QString &name, const QByteArray &text) const
    {
        QDir().mkpath(QFileInfo(file(name)).absolutePath());
        QFile f(file(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    std::optional<dpi::ReportTemplate> load(dpi::Diagnostics &diagnostics) const
    {
        return bounded<std::optional<dpi::ReportTemplate>>("template load", [&] {
            return dpi::ReportTemplate::load(path(), diagnostics);
        });
    }

private:
    QTemporaryDir m_dir;
};

std::optional<QString> render(const dpi::ReportTemplate &t, dpi::Diagnostics &diagnostics)
{
    const QVariantMap context{{QStringLiteral("title"), QStringLiteral("T")},
                              {QStringLiteral("items"), QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("a")}},
                                                                     QVariantMap{{QStringLiteral("name"), QStringLiteral("b")}}}},
                              {QStringLiteral("html"), QStringLiteral("<img src=\"http://example.org/t.png\">")}};
    return bounded<std::optional<QString>>("template render", [&] { return t.render(context, diagnostics); });
}

} // namespace

TEST(HostileTemplate, RecursivePartialsAreRefusedOnLoad)
{
    TemplateFolder folder;
    folder.write(QStringLiteral("report.html"), "<h1>{{title}}</h1>\n{{> a.html}}\n");
    folder.write(QStringLiteral("a.html"), "A\n  {{> b.html}}\n");
    folder.write(QStringLiteral("b.html"), "B {{#items}}{{> a.html}}{{/items}}\n");
    dpi::Diagnostics diagnostics;
    EXPECT_FALSE(folder.load(diagnostics));
    EXPECT_TRUE(hasError(diagnostics, QStringLiteral("partial 'a.html' includes itself"), 1, 13));
    EXPECT_EQ(diagnostics.items().front().file, folder.file(QStringLiteral("b.html")));

    TemplateFolder self;
    self.write(QStringLiteral("report.html"), "{{> a.html}}");
    self.write(QStringLiteral("a.html"), "x\n{{>a.html}}");
    dpi::Diagnostics selfDiagnostics;
    EXPECT_FALSE(self.load(selfDiagnostics));
    EXPECT_TRUE(hasError(selfDiagnostics, QStringLiteral("includes itself"), 2, 1));
}

TEST(HostileTemplate, PartialLoopsWrittenDifferentlyAreFoundToo)
{
    // Mustache trims tag contents, so "{{ > a.html}}" is a partial tag; and
    // after {{=<% %>=}} a partial is "<%> a.html %>". Both used to slip past
    // the loop check and recurse without end at render time.
    const std::pair<QByteArray, QByteArray> cases[] = {
        {"loop\n{{ > a.html}}", "includes itself"},
        {"loop\n{{\n>a.html }}", "includes itself"},
        {"loop\n{{=<% %>=}}<%> a.html %>", "changing the tag delimiters"},
    };
    for (const auto &[partial, message] : cases) {
        SCOPED_TRACE(partial.toStdString());
        TemplateFolder folder;
        folder.write(QStringLiteral("report.html"), "{{> a.html}}");
        folder.write(QStringLiteral("a.html"), partial);
        dpi::Diagnostics diagnostics;
        const auto loaded = folder.load(diagnostics);
        if (loaded) {
            render(*loaded, diagnostics); // must not overflow the stack
            ADD_FAILURE() << "a partial loop was accepted";
        }
        EXPECT_TRUE(hasError(diagnostics, QString::fromUtf8(message), 2, 1));
    }
}

TEST(HostileTemplate, DeepPartialChainsStopAtTheLimit)
{
    TemplateFolder folder;
    folder.write(QStringLiteral("report.html"), "{{> p0.html}}");
    for (int i = 0; i < 40; ++i)
        folder.write(QStringLiteral("p%1.html").arg(i), QStringLiteral("{{> p%1.html}}").arg(i + 1).toUtf8());
    folder.write(QStringLiteral("p40.html"), "end");
    dpi::Diagnostics diagnostics;
    EXPECT_FALSE(folder.load(diagnostics));
    EXPECT_TRUE(findDiagnostic(diagnostics, QStringLiteral("nested deeper than 16")));
}

TEST(HostileTemplate, MissingPartialIsPositioned)
{
    TemplateFolder folder;
    folder.write(QStringLiteral("report.html"), "<p>one</p>\n<p>{{> nowhere.html}}</p>\n");
    dpi::Diagnostics diagnostics;
    EXPECT_FALSE(folder.load(diagnostics));
    EXPECT_TRUE(hasError(diagnostics, QStringLiteral("partial 'nowhere.html' not found"), 2, 4));
}

TEST(HostileTemplate, PathsOutOfTheFolderAndUrlsAreRefused)
{
    QTemporaryDir outside;
    QFile secret(QDir(outside.path()).filePath(QStringLiteral("secret.html")));
    ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
    secret.write("SECRET");
    secret.close();

    const QByteArray names[] = {"../secret.html", "sub/../../secret.html", "/etc/passwd.html",
                                QDir(outside.path()).filePath(QStringLiteral("secret.html")).toUtf8(),
                                "http://example.org/evil.html", "file:///etc/passwd", "C:\\x.html", "./a.html", "noextension"};
    for (const QByteArray &name : names) {
        SCOPED_TRACE(name.toStdString());
        TemplateFolder folder;
        folder.write(QStringLiteral("report.html"), "<p>\n  {{> " + name + "}}</p>");
        dpi::Diagnostics diagnostics;
        EXPECT_FALSE(folder.load(diagnostics));
        EXPECT_TRUE(hasError(diagnostics, QStringLiteral("refused"), 2, 3));
    }

    // A symlink inside the folder that leads out of it.
    TemplateFolder linked;
    ASSERT_TRUE(QFile::link(secret.fileName(), linked.file(QStringLiteral("link.html"))));
    linked.write(QStringLiteral("report.html"), "{{> link.html}}");
    dpi::Diagnostics diagnostics;
    EXPECT_FALSE(linked.load(diagnostics));
    EXPECT_TRUE(hasError(diagnostics, QStringLiteral("outside the template folder"), 1, 1));
}

TEST(HostileTemplate, ExternalResourcesAreRefusedOrStripped)
{
    const QByteArray refs[] = {"<img src=\"http://example.org/x.png\">", "<img src='file:///etc/passwd'>",
                               "<link rel=stylesheet href=\"https://x/y.css\">", "<p style=\"background: url(x.png)\">",
                               "<style>@import 'x.css';</style>", "<img src=../x.png>", "<a href=\"https://tracker\">"};
    for (const QByteArray &ref : refs) {
        SCOPED_TRACE(ref.toStdString());
        TemplateFolder folder;
        folder.write(QStringLiteral("report.html"), "<h1>ok</h1>\n" + ref);
        dpi::Diagnostics diagnostics;
        EXPECT_FALSE(folder.load(diagnostics));
        EXPECT_TRUE(hasError(diagnostics, QStringLiteral("external resources are not allowed"), 2));
    }

    // A value that smuggles a resource in through {{{triple braces}}} is stripped after rendering.
    TemplateFolder folder;
    folder.write(QStringLiteral("report.html"), "<div>{{{html}}}</div><img src=\"chart:radar\">");
    dpi::Diagnostics diagnostics;
    const auto loaded = folder.load(diagnostics);
    ASSERT_TRUE(loaded) << diagnostics.toString().toStdString();
    const auto html = render(*loaded, diagnostics);
    ASSERT_TRUE(html);
    EXPECT_FALSE(html->contains(QStringLiteral("example.org")));
    EXPECT_TRUE(html->contains(QStringLiteral("chart:radar")));
    EXPECT_TRUE(findDiagnostic(diagnostics, QStringLiteral("external resource reference(s) removed")));
}

TEST(HostileTemplate, OversizedAndBrokenTemplates)
{
    TemplateFolder big;
    big.write(QStringLiteral("report.html"), QByteArray(3 * 1024 * 1024, 'x'));
    dpi::Diagnostics bigDiagnostics;
    EXPECT_FALSE(big.load(bigDiagnostics));
    EXPECT_TRUE(findDiagnostic(bigDiagnostics, QStringLiteral("larger than 2 MB")));

    const QByteArray broken[] = {"{{#items}}never closed", "{{/items}}", "{{unclosed", "{{#a}}{{/b}}",
                                 QByteArray(100000, '{'), "{{=<% %>=}}<%#items%>", QByteArray("{{\0}}", 5)};
    for (const QByteArray &text : broken) {
        SCOPED_TRACE(text.left(30).toStdString());
        TemplateFolder folder;
        folder.write(QStringLiteral("report.html"), text);
        dpi::Diagnostics diagnostics;
        const auto loaded = folder.load(diagnostics);
        if (loaded)
            render(*loaded, diagnostics);
        else
            EXPECT_TRUE(diagnostics.hasErrors());
    }

    // Deeply nested sections: parsed and rendered without overflowing the
    // stack. (Over a one-value section: nested loops over lists multiply, see
    // docs/limits.md.)
    QByteArray nested;
    for (int i = 0; i < 2000; ++i)
        nested += "{{#title}}";
    for (int i = 0; i < 2000; ++i)
        nested += "{{/title}}";
    TemplateFolder deep;
    deep.write(QStringLiteral("report.html"), nested);
    dpi::Diagnostics diagnostics;
    const auto loaded = deep.load(diagnostics);
    if (loaded)
        render(*loaded, diagnostics);
}

TEST(HostileTemplate, ManifestGetsTheSameYamlSafetyAsProjectFiles)
{
    const QByteArray head = "schema: dpi-workbench/report-template/1\nname: hostile\ntitle: Hostile\nmain: report.html\n";
    QByteArray bomb = head + "labels:\n  l0: &l0 {en: lol}\n";
    for (int level = 1; level < 25; ++level) {
        bomb += "  l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int k = 0; k < 10; ++k)
            bomb += (k ? ", *l" : "*l") + QByteArray::number(level - 1);
        bomb += "]\n";
    }
    const QByteArray cases[][2] = {
        {bomb, "alias"},
        {head + "labels: &self\n  loop: *self\n", "alias"},
        {head + "main: other.html\n", "duplicate key 'main'"},
        {head + "---\nname: second\n", "exactly one YAML document"},
        {head + "description: a\x01" "b\n", "control character"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c[1].toStdString());
        TemplateFolder folder;
        folder.write(QStringLiteral("report.html"), "<p>{{title}}</p>");
        folder.write(QStringLiteral("manifest.yaml"), c[0]);
        dpi::Diagnostics diagnostics;
        EXPECT_FALSE(folder.load(diagnostics));
        const dpi::Diagnostic *d = findDiagnostic(diagnostics, QString::fromUtf8(c[1]));
        ASSERT_TRUE(d) << diagnostics.toString().toStdString();
        EXPECT_EQ(d->file, folder.file(QStringLiteral("manifest.yaml")));
        EXPECT_GT(d->line, 0);
    }
}
