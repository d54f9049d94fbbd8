#include "frameworkreader.h"
#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <ostream>

// Readable QString values in assertion failures.
static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

dpi::Project miniProject()
{
    const auto result = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    return *result.project;
}

dpi::Framework miniFramework()
{
    const auto result = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    EXPECT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    return *result.framework;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

TEST(YamlWriter, StartsWithTheSchemaModelineForTheBundledFolder)
{
    const QByteArray framework = dpi::frameworkToYaml(miniFramework());
    EXPECT_TRUE(framework.startsWith("# yaml-language-server: $schema=../resources/schema/framework.schema.json\n"
                                     "schema: dpi-workbench/framework/1\nid: mini-interop\nversion: 1.0.0\ntitle:\n"));
    const QByteArray project = dpi::projectToYaml(miniProject());
    EXPECT_TRUE(project.startsWith("# yaml-language-server: $schema=../resources/schema/project.schema.json\n"
                                   "schema: dpi-workbench/project/1\ntitle:\n"));
    EXPECT_TRUE(project.endsWith("\n"));
}

TEST(YamlWriter, KeepsTheKeyOrderOfTheFormat)
{
    const QString text = QString::fromUtf8(dpi::projectToYaml(miniProject()));
    const QStringList order = {QStringLiteral("\nschema:"),  QStringLiteral("\ntitle:"),
                               QStringLiteral("\ncountry:"), QStringLiteral("\nperiod:"),
                               QStringLiteral("\nteam:"),    QStringLiteral("\nstatus:"),
                               QStringLiteral("\nillustrative:"), QStringLiteral("\nnotice:"),
                               QStringLiteral("\nframeworks:"),   QStringLiteral("\nsectors:"),
                               QStringLiteral("\nmaps:"),         QStringLiteral("\nreport:")};
    qsizetype previous = -1;
    for (const QString &key : order) {
        const qsizetype at = text.indexOf(key);
        EXPECT_GT(at, previous) << key.toStdString();
        previous = at;
    }
    // Scores follow the framework's criterion order, not alphabetical order.
    EXPECT_LT(text.indexOf(QStringLiteral("exchange.membership:\n          level: 2")),
              text.indexOf(QStringLiteral("capacity.staff:\n          level: n/a")));
}

TEST(YamlWriter, WritesPlainTextPlainAndTranslationsAsMappings)
{
    dpi::Framework framework = miniFramework();
    framework.description = dpi::LocalizedText(QStringLiteral("Plain English."));
    dpi::LocalizedText onlyEnglish;
    onlyEnglish.set(QStringLiteral("en"), QStringLiteral("Mapped English."));
    framework.dimensions[1].title = onlyEnglish;
    const QByteArray text = dpi::frameworkToYaml(framework);
    EXPECT_TRUE(text.contains("\ndescription: Plain English.\n"));
    EXPECT_TRUE(text.contains("    title:\n      en: Mapped English.\n"));
    EXPECT_TRUE(text.contains("  ru: Мини-проверка совместимости\n")); // UTF-8, not escaped

    const auto reread = dpi::readFrameworkText(text, QStringLiteral("w.yaml"));
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    EXPECT_TRUE(reread.framework->description.isPlain());
    EXPECT_FALSE(reread.framework->dimensions[1].title.isPlain());
}

TEST(YamlWriter, WritesNotApplicableAsNA)
{
    const QByteArray text = dpi::projectToYaml(miniProject());
    EXPECT_TRUE(text.contains("        capacity.staff:\n          level: n/a\n"));
}

TEST(YamlWriter, WritesUnverifiedAsALevelWordWithWhatWouldSettleIt)
{
    dpi::Project project = miniProject();
    dpi::Score &score = project.sectors[1].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")];
    score = dpi::Score();
    score.unverified = true;
    score.toVerify = QStringLiteral("Ask the operator for the retention order");
    const QByteArray text = dpi::projectToYaml(project);
    EXPECT_TRUE(text.contains("        exchange.logs:\n          level: unverified\n"
                              "          to_verify: Ask the operator for the retention order\n"))
        << text.toStdString();
    const auto reread = dpi::readProjectText(text, QStringLiteral("w.dpi.yaml"));
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    EXPECT_EQ(*reread.project, project);
}

TEST(YamlWriter, NumbersRoundTripExactlyInTheirShortestForm)
{
    const double weights[] = {1.5, 2, 0.1, 0.1 + 0.2, 1e-7, 12345.678, 1e21, 3};
    dpi::Framework framework = miniFramework();
    auto &criteria = framework.dimensions[0].criteria;
    for (const double weight : weights) {
        criteria[0].weight = weight;
        const QByteArray text = dpi::frameworkToYaml(framework);
        const auto reread = dpi::readFrameworkText(text, QStringLiteral("w.yaml"));
        ASSERT_TRUE(reread.ok()) << weight << "\n" << reread.diagnostics.toString().toStdString();
        EXPECT_EQ(reread.framework->dimensions[0].criteria[0].weight, weight);
    }
    criteria[0].weight = 1.5;
    framework.dimensions[0].weight = 2;
    criteria[0].critical->capPercent = 37.5;
    const QByteArray text = dpi::frameworkToYaml(framework);
    EXPECT_TRUE(text.contains("\n    weight: 2\n"));
    EXPECT_TRUE(text.contains("\n        weight: 1.5\n"));
    EXPECT_TRUE(text.contains("critical: {below: 1, cap: 37.5}"));
}

TEST(YamlWriter, AnyTextReadsBackAsTheSameText)
{
    const QStringList samples = {
        QStringLiteral("2024"), QStringLiteral("true"), QStringLiteral("No"), QStringLiteral("null"),
        QStringLiteral("~"), QStringLiteral("1.5"), QStringLiteral("0x1F"), QStringLiteral("1_000"),
        QStringLiteral("1:20"), QStringLiteral(".inf"), QStringLiteral(".5"), QStringLiteral("-3"),
        QStringLiteral(" leading space"), QStringLiteral("trailing space "), QStringLiteral("a: b"),
        QStringLiteral("# not a comment"), QStringLiteral("- dash"), QStringLiteral("[x]"),
        QStringLiteral("{x: y}"), QStringLiteral("'single'"), QStringLiteral("\"double\""),
        QStringLiteral("two\nlines"), QStringLiteral("two\nlines\n"), QStringLiteral("one line\n"),
        QStringLiteral("  indented\nblock\n"), QStringLiteral("blank\n\nline\n"),
        QStringLiteral("tab\there"), QStringLiteral("back\\slash"), QStringLiteral("Кыргызстан"),
        QStringLiteral("emoji \U0001F600"), QStringLiteral("@at"), QStringLiteral("`tick"),
        QStringLiteral("%percent"), QStringLiteral("!bang"), QStringLiteral("&amp"), QStringLiteral("*star"),
        QStringLiteral("|pipe"), QStringLiteral(">fold"), QStringLiteral("? question"), QStringLiteral("n/a"),
        QStringLiteral("2024-05-01"), QStringLiteral("bell\x07"), QStringLiteral("ends with colon:"),
        QStringLiteral("x, y"), QStringLiteral("=")};
    dpi::Project project = miniProject();
    dpi::Score &score = project.sectors[0].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")];
    for (const QString &sample : samples) {
        score.notes = sample;
        score.evidence = {{sample, QStringLiteral("https://example.org/?q=") + sample, {}}};
        project.metadata.title = dpi::LocalizedText(sample);
        project.metadata.period = sample;
        project.metadata.team = QStringList{sample, QStringLiteral("B")};
        const QByteArray text = dpi::projectToYaml(project);
        const auto reread = dpi::readProjectText(text, QStringLiteral("w.dpi.yaml"));
        ASSERT_TRUE(reread.project.has_value()) << sample.toStdString() << "\n" << text.toStdString();
        EXPECT_TRUE(reread.diagnostics.isEmpty()) << sample.toStdString() << "\n"
                                                  << reread.diagnostics.toString().toStdString();
        EXPECT_EQ(*reread.project, project) << sample.toStdString();
        EXPECT_EQ(reread.project->metadata.period, sample);
    }
}

TEST(YamlWriter, SavingTwiceGivesIdenticalBytes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("a.dpi.yaml"));
    const QString second = dir.filePath(QStringLiteral("b.dpi.yaml"));
    QString error;
    ASSERT_TRUE(dpi::saveProject(miniProject(), first, &error)) << error.toStdString();
    const auto reread = dpi::readProjectFile(first);
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    ASSERT_TRUE(dpi::saveProject(*reread.project, second, &error)) << error.toStdString();
    EXPECT_EQ(readAll(first), readAll(second));
    ASSERT_TRUE(dpi::saveProject(*reread.project, first, &error)) << error.toStdString();
    EXPECT_EQ(readAll(first), readAll(second));
}

TEST(YamlWriter, SaveKeepsThePartnersOwnModeline)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("partner.framework.yaml"));
    const QByteArray own = "# yaml-language-server: $schema=https://example.org/framework.schema.json";
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(own + "\n" + dpi::frameworkToYaml(miniFramework()).mid(74));
    }
    QString error;
    ASSERT_TRUE(dpi::saveFramework(miniFramework(), path, &error)) << error.toStdString();
    const QByteArray saved = readAll(path);
    EXPECT_TRUE(saved.startsWith(own + "\nschema: dpi-workbench/framework/1\n")) << saved.left(120).toStdString();

    // A new file gets the default.
    const QString fresh = dir.filePath(QStringLiteral("fresh.framework.yaml"));
    ASSERT_TRUE(dpi::saveFramework(miniFramework(), fresh, &error)) << error.toStdString();
    EXPECT_TRUE(readAll(fresh).startsWith("# yaml-language-server: $schema=../resources/schema/framework.schema.json\n"));
    // No temporary files are left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

TEST(YamlWriter, SaveIntoAMissingFolderFailsWithAReason)
{
    QString error;
    EXPECT_FALSE(dpi::saveFramework(miniFramework(), QStringLiteral("/nonexistent/folder/x.framework.yaml"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(YamlWriter, ArchivedScoresAreWrittenAndReadBack)
{
    dpi::Project project = miniProject();
    dpi::ArchivedScore archived;
    archived.sectorId = QStringLiteral("education");
    archived.frameworkId = QStringLiteral("mini-interop");
    archived.frameworkVersion = QStringLiteral("0.9.0");
    archived.criterionId = QStringLiteral("capacity.budget");
    archived.reason = QStringLiteral("removed in 1.0.0");
    archived.archivedAt = QStringLiteral("2024-06-01T09:30:00Z");
    archived.score.level = 7; // the old scale is gone: any whole number is kept
    archived.score.confidence = dpi::Confidence::High;
    project.archive.push_back(archived);
    const QByteArray text = dpi::projectToYaml(project);
    EXPECT_TRUE(text.contains("\narchive:\n  - sector: education\n    framework: mini-interop\n"
                              "    framework_version: 0.9.0\n    criterion: capacity.budget\n"));
    const auto reread = dpi::readProjectText(text, QStringLiteral("a.dpi.yaml"));
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    EXPECT_EQ(*reread.project, project);
}

} // namespace
