// Replays every input the fuzzers ever crashed on (fuzz/regressions/<target>/)
// through the same code the fuzz target runs, so a found crash stays fixed.
#include "hostilehelpers.h"

#include "frameworkreader.h"
#include "owmreader.h"
#include "owmwriter.h"
#include "projectreader.h"
#include "reporttemplate.h"
#include "yamlwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

using namespace dpitest;

namespace {

QStringList regressionFiles(const QString &target)
{
    QStringList files;
    QDirIterator it(sourcePath(QStringLiteral("fuzz/regressions/") + target), QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!QFileInfo(file).fileName().startsWith(QLatin1Char('.')))
            files << file;
    }
    files.sort();
    return files;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QString regressionPath(const QString &relative)
{
    return sourcePath(QStringLiteral("fuzz/regressions/") + relative);
}

// Bad input gets FILE:LINE:COL, never a diagnostic nobody can find.
void expectPositioned(const dpi::Diagnostics &diagnostics)
{
    for (const dpi::Diagnostic &d : diagnostics.items()) {
        EXPECT_GE(d.line, 1) << d.toString().toStdString();
        EXPECT_GE(d.column, 1) << d.toString().toStdString();
    }
}

QStringList componentNames(const dpi::WardleyMap &map)
{
    QStringList names;
    for (const dpi::WardleyComponent &component : map.components)
        names << component.name;
    return names;
}

int countMessages(const dpi::Diagnostics &diagnostics, const QString &part)
{
    int count = 0;
    for (const dpi::Diagnostic &d : diagnostics.items())
        count += d.message.contains(part) ? 1 : 0;
    return count;
}

} // namespace

// Every folder holds the cases listed in fuzz/regressions/README.md; a loop
// over an empty folder would pass without testing anything.
TEST(FuzzRegressions, EveryTargetHasItsCases)
{
    EXPECT_GE(regressionFiles(QStringLiteral("framework")).size(), 2);
    EXPECT_GE(regressionFiles(QStringLiteral("project")).size(), 2);
    EXPECT_GE(regressionFiles(QStringLiteral("owm")).size(), 3);
    EXPECT_GE(regressionFiles(QStringLiteral("report_template")).size(), 2);
}

TEST(FuzzRegressions, FrameworkInputs)
{
    for (const QString &path : regressionFiles(QStringLiteral("framework"))) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray text = contents(path);
        const auto read = bounded<dpi::FrameworkReadResult>("framework regression", [&] {
            return dpi::readFrameworkText(text, path);
        });
        expectPositioned(read.diagnostics);
        if (read.ok()) {
            const auto again = dpi::readFrameworkText(dpi::frameworkToYaml(*read.framework), path);
            ASSERT_TRUE(again.ok()) << again.diagnostics.toString().toStdString();
            EXPECT_EQ(*again.framework, *read.framework);
        }
    }
}

TEST(FuzzRegressions, ProjectInputs)
{
    for (const QString &path : regressionFiles(QStringLiteral("project"))) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray text = contents(path);
        const auto read = bounded<dpi::ProjectReadResult>("project regression", [&] {
            return dpi::readProjectText(text, path);
        });
        expectPositioned(read.diagnostics);
        if (read.ok()) {
            const auto again = dpi::readProjectText(dpi::projectToYaml(*read.project), path);
            ASSERT_TRUE(again.ok()) << again.diagnostics.toString().toStdString();
            EXPECT_EQ(*again.project, *read.project);
        }
    }
}

TEST(FuzzRegressions, OwmInputs)
{
    for (const QString &path : regressionFiles(QStringLiteral("owm"))) {
        SCOPED_TRACE(path.toStdString());
        const QString text = QString::fromUtf8(contents(path));
        const auto read = bounded<dpi::OwmParseResult>("owm regression", [&] { return dpi::parseOwm(text, path); });
        expectPositioned(read.diagnostics);
        // Export copes with every map the reader produces, and what it writes reads back as the same map.
        const QString written = bounded<QString>("owm regression write", [&] { return dpi::writeOwm(read.map); });
        const auto again = bounded<dpi::OwmParseResult>("owm regression reread", [&] { return dpi::parseOwm(written, path); });
        EXPECT_FALSE(again.diagnostics.hasErrors()) << again.diagnostics.toString().toStdString();
        EXPECT_EQ(componentNames(again.map), componentNames(read.map)) << written.toStdString();
    }
}

TEST(FuzzRegressions, ReportTemplateInputs)
{
    for (const QString &path : regressionFiles(QStringLiteral("report_template"))) {
        SCOPED_TRACE(path.toStdString());
        // Same layout as fuzz/fuzz_report_template.cpp: NUL-separated main, a.html, b.html.
        const QList<QByteArray> parts = contents(path).split('\0');
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QByteArray manifest = "schema: dpi-workbench/report-template/1\nname: fuzz\ntitle: Fuzz\nmain: report.html\n";
        const std::pair<QString, QByteArray> files[] = {{QStringLiteral("manifest.yaml"), manifest},
                                                        {QStringLiteral("report.html"), parts.value(0)},
                                                        {QStringLiteral("a.html"), parts.value(1)},
                                                        {QStringLiteral("b.html"), parts.value(2)}};
        for (const auto &[name, bytes] : files) {
            QFile file(dir.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        bounded<int>("template regression", [&] {
            dpi::Diagnostics diagnostics;
            const auto loaded = dpi::ReportTemplate::load(dir.path(), diagnostics);
            if (loaded)
                loaded->render(QVariantMap{{QStringLiteral("title"), QStringLiteral("T")}}, diagnostics);
            return 0;
        });
    }
}

// What each fix guarantees, beyond "no crash": see fuzz/regressions/README.md.

TEST(FuzzRegressions, NulByteIsNamedAtItsPosition)
{
    for (const char *name : {"framework/nul-in-value.framework.yaml", "project/nul-in-value.dpi.yaml"}) {
        SCOPED_TRACE(name);
        const QString path = regressionPath(QString::fromLatin1(name));
        const dpi::Diagnostics diagnostics = QString::fromLatin1(name).startsWith(QLatin1String("project"))
            ? dpi::readProjectFile(path).diagnostics
            : dpi::readFrameworkFile(path).diagnostics;
        EXPECT_TRUE(hasError(diagnostics, QStringLiteral("control character U+0000"), lineOf(contents(path), QByteArray("\0", 1))));
        EXPECT_FALSE(findDiagnostic(diagnostics, QStringLiteral("unknown escape")));
    }
}

TEST(FuzzRegressions, MultiLineTextInFlowListsIsSavedSoItOpensAgain)
{
    const auto framework = dpi::readFrameworkFile(regressionPath(QStringLiteral("framework/multiline-reference-in-flow.framework.yaml")));
    ASSERT_TRUE(framework.ok()) << framework.diagnostics.toString().toStdString();
    EXPECT_EQ(framework.framework->authors.value(0), QStringLiteral("An author\nwith an address\non three lines\n"));
    const auto framework2 = dpi::readFrameworkText(dpi::frameworkToYaml(*framework.framework), QStringLiteral("saved"));
    EXPECT_TRUE(framework2.ok()) << framework2.diagnostics.toString().toStdString();

    const auto project = dpi::readProjectFile(regressionPath(QStringLiteral("project/multiline-team-member.dpi.yaml")));
    ASSERT_TRUE(project.ok()) << project.diagnostics.toString().toStdString();
    EXPECT_EQ(project.project->metadata.team.value(0), QStringLiteral("First line\nsecond line\nthird line\n"));
    const auto project2 = dpi::readProjectText(dpi::projectToYaml(*project.project), QStringLiteral("saved"));
    ASSERT_TRUE(project2.ok()) << project2.diagnostics.toString().toStdString();
    EXPECT_EQ(*project2.project, *project.project);
}

TEST(FuzzRegressions, OwmTextThatOnlyStartsWithAQuoteIsABareName)
{
    const auto read = dpi::parseOwm(QString::fromUtf8(contents(regressionPath(QStringLiteral("owm/quoted-name-then-more-text.owm")))),
                                    QStringLiteral("q.owm"));
    EXPECT_EQ(componentNames(read.map), (QStringList{QStringLiteral("\"A\" = \"B\""), QStringLiteral("Quoted Name")}));
    ASSERT_EQ(read.map.components.size(), 2u);
    EXPECT_EQ(read.map.components[1].label, std::optional<dpi::WardleyOffset>(dpi::WardleyOffset{10, -5}));
}

TEST(FuzzRegressions, OwmKeywordAloneIsIgnoredWithAWarning)
{
    const auto read = dpi::parseOwm(QString::fromUtf8(contents(regressionPath(QStringLiteral("owm/keyword-without-anything-after.owm")))),
                                    QStringLiteral("k.owm"));
    EXPECT_EQ(componentNames(read.map), QStringList{QStringLiteral("Kept")});
    EXPECT_TRUE(read.map.notes.empty());
    EXPECT_TRUE(read.map.evolves.empty());
    EXPECT_EQ(countMessages(read.diagnostics, QStringLiteral("without anything after it; ignored")), 4)
        << read.diagnostics.toString().toStdString();
    EXPECT_FALSE(read.diagnostics.hasErrors());
}

TEST(FuzzRegressions, OwmUnknownWordDoesNotHideTheRestOfTheLine)
{
    const auto read = dpi::parseOwm(QString::fromUtf8(contents(regressionPath(QStringLiteral("owm/unknown-word-before-label.owm")))),
                                    QStringLiteral("u.owm"));
    ASSERT_EQ(read.map.components.size(), 1u);
    EXPECT_EQ(read.map.components[0].label, std::optional<dpi::WardleyOffset>(dpi::WardleyOffset{12, 24}));
    EXPECT_EQ(countMessages(read.diagnostics, QStringLiteral("unexpected 'junk' ignored")), 1)
        << read.diagnostics.toString().toStdString();
}
