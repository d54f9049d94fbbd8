// dpiw merge-driver inside real git repositories (in a temporary folder),
// configured exactly as docs/team-assessments.md tells a team to.
#include "projectreader.h"
#include "teamratings.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QString kFile = QStringLiteral("assessment.dpi.yaml");

struct GitRun
{
    int exitCode = -1;
    QString output;
};

class GitRepository
{
public:
    explicit GitRepository(const QString &path) : m_path(path) {}

    GitRun git(const QStringList &args) const
    {
        QProcess process;
        process.setWorkingDirectory(m_path);
        process.setProcessChannelMode(QProcess::MergedChannels);
        // No user or system configuration leaks in (hooks, signing, merge tools).
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        environment.insert(QStringLiteral("HOME"), m_path);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("git"), args);
        GitRun run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.output = QString::fromUtf8(process.readAll());
        return run;
    }

    void ok(const QStringList &args) const
    {
        const GitRun run = git(args);
        ASSERT_EQ(run.exitCode, 0) << "git " << args.join(QLatin1Char(' ')).toStdString() << "\n" << run.output.toStdString();
    }

    QString filePath() const { return m_path + QLatin1Char('/') + kFile; }

    dpi::Project project() const
    {
        const auto read = dpi::readProjectFile(filePath());
        EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
        return read.project.value_or(dpi::Project());
    }

    void save(const dpi::Project &project) const
    {
        QString error;
        ASSERT_TRUE(dpi::saveProject(project, filePath(), &error)) << error.toStdString();
    }

    void commit(const QString &message) const
    {
        ok({QStringLiteral("add"), QStringLiteral("-A")});
        ok({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    }

    QByteArray fileBytes() const
    {
        QFile file(filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QString m_path;
};

// A repository with the mini assessment committed on `main` and the driver
// set up with the documented two lines.
void setUpRepository(const GitRepository &repo)
{
    repo.ok({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    repo.ok({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Sample analyst")});
    repo.ok({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("analyst@example.org")});
    repo.ok({QStringLiteral("config"), QStringLiteral("merge.dpiw.name"), QStringLiteral("DPI Workbench assessment")});
    repo.ok({QStringLiteral("config"), QStringLiteral("merge.dpiw.driver"),
             QStringLiteral("'" DPIW_DPIW_EXE "' merge-driver %O %A %B %P")});
    QFile attributes(QFileInfo(repo.filePath()).dir().filePath(QStringLiteral(".gitattributes")));
    ASSERT_TRUE(attributes.open(QIODevice::WriteOnly));
    attributes.write("*.dpi.yaml merge=dpiw\n");
    attributes.close();
    repo.save(*dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml"))).project);
    repo.commit(QStringLiteral("base"));
}

dpi::Score &cell(dpi::Project &project, const char *sector, const char *criterion)
{
    for (dpi::Sector &s : project.sectors) {
        if (s.id == QLatin1String(sector))
            return s.scores[QStringLiteral("mini-interop")][QString::fromLatin1(criterion)];
    }
    static dpi::Score none;
    ADD_FAILURE() << sector;
    return none;
}

// On `branch` (from main), the analyst sets one level, as the app would.
void scoreOnBranch(const GitRepository &repo, const char *branch, const char *sector, const char *criterion, int level,
                   const QString &analyst)
{
    repo.ok({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QString::fromLatin1(branch), QStringLiteral("main")});
    dpi::Project project = repo.project();
    dpi::Score &score = cell(project, sector, criterion);
    score.level = level;
    score.notApplicable = false;
    score.analyst = analyst;
    score.scoredAt = QStringLiteral("2024-06-01T10:00:00Z");
    repo.save(project);
    repo.commit(QStringLiteral("%1 scores %2").arg(analyst, QString::fromLatin1(criterion)));
}

class GitMergeDriver : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            GTEST_SKIP() << "git is not installed";
        ASSERT_TRUE(m_dir.isValid());
        setUpRepository(m_repo);
    }

    QTemporaryDir m_dir;
    GitRepository m_repo{m_dir.path()};
};

TEST_F(GitMergeDriver, DifferentCellsMergeCleanly)
{
    scoreOnBranch(m_repo, "analyst-a", "education", "exchange.logs", 1, QStringLiteral("Sample analyst A"));
    scoreOnBranch(m_repo, "analyst-b", "healthcare", "exchange.logs", 2, QStringLiteral("Sample analyst B"));
    m_repo.ok({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("analyst-a")});
    const GitRun merge = m_repo.git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("analyst-b")});
    ASSERT_EQ(merge.exitCode, 0) << merge.output.toStdString();
    EXPECT_TRUE(m_repo.git({QStringLiteral("status"), QStringLiteral("--porcelain")}).output.isEmpty());

    const dpi::Project merged = m_repo.project();
    EXPECT_EQ(merged.findSector(QStringLiteral("education"))->score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"))->level,
              std::optional<int>(1));
    EXPECT_EQ(merged.findSector(QStringLiteral("healthcare"))->score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"))->level,
              std::optional<int>(2));
    EXPECT_FALSE(dpi::hasRatings(merged));
}

TEST_F(GitMergeDriver, SameCellScoredDifferentlyIsARecordedDisagreement)
{
    scoreOnBranch(m_repo, "analyst-a", "education", "exchange.logs", 1, QStringLiteral("Sample analyst A"));
    scoreOnBranch(m_repo, "analyst-b", "education", "exchange.logs", 4, QStringLiteral("Sample analyst B"));
    m_repo.ok({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("analyst-a")});
    const GitRun merge = m_repo.git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("analyst-b")});
    ASSERT_EQ(merge.exitCode, 0) << merge.output.toStdString();
    EXPECT_TRUE(merge.output.contains(QStringLiteral("recorded as disagreements"))) << merge.output.toStdString();
    EXPECT_FALSE(m_repo.fileBytes().contains("<<<<<<<"));
    EXPECT_FALSE(m_repo.fileBytes().contains(">>>>>>>"));

    const dpi::Project merged = m_repo.project();
    const dpi::Score *logs = merged.findSector(QStringLiteral("education"))->score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"));
    ASSERT_NE(logs, nullptr);
    EXPECT_TRUE(dpi::isOpenDisagreement(*logs));
    ASSERT_EQ(logs->ratings.size(), 2u);
    EXPECT_EQ(logs->ratings[0].analyst, QStringLiteral("Sample analyst A"));
    EXPECT_EQ(logs->ratings[0].level, std::optional<int>(1));
    EXPECT_EQ(logs->ratings[1].analyst, QStringLiteral("Sample analyst B"));
    EXPECT_EQ(logs->ratings[1].level, std::optional<int>(4));
    // The merge commit exists and holds that file.
    EXPECT_EQ(m_repo.git({QStringLiteral("log"), QStringLiteral("--oneline")}).output.count(QLatin1Char('\n')), 4);
}

TEST_F(GitMergeDriver, AnUnreadableVersionLeavesGitsConflict)
{
    scoreOnBranch(m_repo, "analyst-a", "education", "exchange.logs", 1, QStringLiteral("Sample analyst A"));
    m_repo.ok({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("broken"), QStringLiteral("main")});
    QByteArray text = m_repo.fileBytes();
    text.replace("level: 4", "level: [4");   // an unclosed flow sequence
    QFile file(m_repo.filePath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    m_repo.commit(QStringLiteral("broken edit"));

    m_repo.ok({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("analyst-a")});
    const QByteArray before = m_repo.fileBytes();
    const GitRun merge = m_repo.git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("broken")});
    EXPECT_NE(merge.exitCode, 0) << merge.output.toStdString();
    EXPECT_TRUE(merge.output.contains(QStringLiteral("assessment.dpi.yaml (theirs):"))) << merge.output.toStdString();
    EXPECT_TRUE(merge.output.contains(QStringLiteral("CONFLICT"))) << merge.output.toStdString();
    // Git records the conflict; the driver did not touch our version.
    EXPECT_EQ(m_repo.git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--diff-filter=U")}).output.trimmed(), kFile);
    EXPECT_EQ(m_repo.fileBytes(), before);
}

} // namespace
