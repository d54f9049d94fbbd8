// dpiw merge and dpiw split, run as a user would, on the illustrative
// two-analyst example and on small files made for each refusal.
#include "dpiwrunner.h"
#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString examplePath(const char *name)
{
    return dpitest::sourcePath(QStringLiteral("assessments/examples/two-analysts/") + QString::fromLatin1(name));
}

QByteArray withoutFirstLine(const QByteArray &text)
{
    return text.mid(text.indexOf('\n') + 1);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The mini project as one analyst's file, at framework version `version`.
QString writeAnalystFile(const QTemporaryDir &dir, const QString &name, const QString &analyst,
                         const QString &version = QStringLiteral("1.0.0"))
{
    dpi::Project project = *dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml"))).project;
    project.metadata.team = QStringList{analyst};
    for (dpi::Sector &sector : project.sectors) {
        for (auto &framework : sector.scores) {
            for (auto &entry : framework.second)
                entry.second.analyst = analyst;
        }
    }
    project.frameworks[0].version = version;
    project.frameworks[0].framework.version = version;
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(dpi::saveProject(project, path, &error)) << error.toStdString();
    return path;
}

TEST(DpiwTeam, MergeWritesTheExamplesTeamFile)
{
    QTemporaryDir dir;
    const QString team = dir.filePath(QStringLiteral("team.dpi.yaml"));
    const DpiwRun run = runDpiw({QStringLiteral("merge"), examplePath("analyst-a.dpi.yaml"), examplePath("analyst-b.dpi.yaml"),
                                 QStringLiteral("-o"), team});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("analysts: Sample analyst A, Sample analyst B"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("52 criteria rated, 8 open disagreements to reconcile"))) << run.out.toStdString();
    // Byte for byte the committed file (whose first line points at the schema from its own folder).
    EXPECT_EQ(withoutFirstLine(readAll(team)), withoutFirstLine(readAll(examplePath("team.dpi.yaml"))))
        << "run scripts/assemble-team-example.py";
}

TEST(DpiwTeam, SplitGivesBackEachAnalystsFile)
{
    QTemporaryDir dir;
    const DpiwRun run = runDpiw({QStringLiteral("split"), examplePath("team.dpi.yaml"), QStringLiteral("-o"), dir.filePath(QStringLiteral("parts"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("parts"))).entryList(QDir::Files),
              QStringList({QStringLiteral("sample-analyst-a.dpi.yaml"), QStringLiteral("sample-analyst-b.dpi.yaml")}));
    const std::pair<const char *, const char *> pairs[] = {{"sample-analyst-a.dpi.yaml", "analyst-a.dpi.yaml"},
                                                           {"sample-analyst-b.dpi.yaml", "analyst-b.dpi.yaml"}};
    for (const auto &pair : pairs) {
        const auto part = dpi::readProjectFile(dir.filePath(QStringLiteral("parts/") + QString::fromLatin1(pair.first)));
        const auto original = dpi::readProjectFile(examplePath(pair.second));
        ASSERT_TRUE(part.ok() && original.ok()) << part.diagnostics.toString().toStdString();
        EXPECT_EQ(part.project->sectors, original.project->sectors) << pair.first;
        EXPECT_EQ(part.project->metadata.team, original.project->metadata.team);
    }
    // A one-analyst file has nothing to split.
    const DpiwRun single = runDpiw({QStringLiteral("split"), examplePath("analyst-a.dpi.yaml"), QStringLiteral("-o"), dir.path()});
    EXPECT_EQ(single.exitCode, 1);
    EXPECT_TRUE(single.err.contains(QStringLiteral("no analysts' ratings"))) << single.err.toStdString();
}

TEST(DpiwTeam, MergeRefusesDifferentFrameworkVersions)
{
    QTemporaryDir dir;
    const QString a = writeAnalystFile(dir, QStringLiteral("a.dpi.yaml"), QStringLiteral("Sample analyst A"));
    const QString b = writeAnalystFile(dir, QStringLiteral("b.dpi.yaml"), QStringLiteral("Sample analyst B"), QStringLiteral("1.1.0"));
    const QString team = dir.filePath(QStringLiteral("team.dpi.yaml"));
    const DpiwRun run = runDpiw({QStringLiteral("merge"), a, b, QStringLiteral("--output"), team});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(b + QStringLiteral(":0:0: error: framework 'mini-interop' is at version 1.1.0 here but at 1.0.0 in a.dpi.yaml")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("dpiw upgrade")));
    EXPECT_FALSE(QFile::exists(team));
}

TEST(DpiwTeam, MergeReportsUnreadableInputsAndBadUsage)
{
    QTemporaryDir dir;
    const QString a = writeAnalystFile(dir, QStringLiteral("a.dpi.yaml"), QStringLiteral("Sample analyst A"));
    const QString team = dir.filePath(QStringLiteral("team.dpi.yaml"));
    const QString broken = dpitest::dataPath(QStringLiteral("malformed/project-rating-twice.dpi.yaml"));
    const DpiwRun run = runDpiw({QStringLiteral("merge"), a, broken, QStringLiteral("-o"), team});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(broken + QStringLiteral(":34:24: error:"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(team));

    EXPECT_EQ(runDpiw({QStringLiteral("merge"), a, QStringLiteral("-o"), team}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("merge"), a, a}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("split"), a}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("merge"), QStringLiteral("--help")}).exitCode, 0);
}

TEST(DpiwTeam, AgreeOnAnalystsFilesOrTheirTeamFileGivesTheSameNumbers)
{
    const DpiwRun files = runDpiw({QStringLiteral("agree"), examplePath("analyst-a.dpi.yaml"), examplePath("analyst-b.dpi.yaml"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(files.exitCode, 0) << files.err.toStdString();
    const DpiwRun team = runDpiw({QStringLiteral("agree"), examplePath("team.dpi.yaml"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(team.exitCode, 0) << team.err.toStdString();
    EXPECT_EQ(files.out, team.out);
    const QJsonObject overall = QJsonDocument::fromJson(team.out.toUtf8()).object()[QStringLiteral("overall")].toObject();
    EXPECT_EQ(overall[QStringLiteral("items")].toInt(), 49);
    EXPECT_EQ(overall[QStringLiteral("analysts")].toInt(), 2);
    for (const char *key : {"alpha_ordinal", "alpha_interval", "percent_agreement", "kappa", "kappa_linear", "kappa_quadratic"})
        EXPECT_TRUE(overall[QString::fromLatin1(key)].isDouble()) << key;

    const DpiwRun table = runDpiw({QStringLiteral("agree"), examplePath("team.dpi.yaml")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.startsWith(QStringLiteral("Agreement between 2 analysts: Sample analyst A, Sample analyst B\n")));
    EXPECT_TRUE(table.out.contains(QStringLiteral("\noverall  "))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("\nsector Healthcare "))) << table.out.toStdString();
}

TEST(DpiwTeam, AgreeWithOneAnalystSaysWhyThereIsNoNumber)
{
    const DpiwRun run = runDpiw({QStringLiteral("agree"), examplePath("analyst-a.dpi.yaml"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject overall = QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("overall")].toObject();
    EXPECT_TRUE(overall[QStringLiteral("alpha_ordinal")].isNull());
    EXPECT_EQ(overall[QStringLiteral("alpha_ordinal_reason")].toString(), QStringLiteral("only one analyst gave levels here"));
    EXPECT_EQ(runDpiw({QStringLiteral("agree"), examplePath("team.dpi.yaml"), QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("agree")}).exitCode, 2);
}

} // namespace
