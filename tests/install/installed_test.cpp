#include "installedrun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <gtest/gtest.h>

using namespace installtest;

namespace {

const QString kSample = QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml");

} // namespace

// What `cmake --install` puts where (GNUInstallDirs under the prefix).
TEST(InstalledTree, HasTheProgramsDataAndDesktopFiles)
{
    const QString id = QStringLiteral(DPIW_APP_ID);
    const QStringList files = {
        QStringLiteral("bin/dpiw"),
        QStringLiteral("bin/dpi-workbench"),
        QStringLiteral("share/dpi-workbench/assessments/dpg-standard.framework.yaml"),
        QStringLiteral("share/dpi-workbench/assessments/legal-due-diligence.framework.yaml"),
        QStringLiteral("share/dpi-workbench/assessments/org-capacity.framework.yaml"),
        QStringLiteral("share/dpi-workbench/assessments/technical-feasibility.framework.yaml"),
        QStringLiteral("share/dpi-workbench/") + kSample,
        QStringLiteral("share/dpi-workbench/templates/reports/default/manifest.yaml"),
        QStringLiteral("share/dpi-workbench/templates/maps/tunduk-value-chain.owm"),
        QStringLiteral("share/applications/%1.desktop").arg(id),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(id),
        QStringLiteral("share/mime/packages/%1.xml").arg(id),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(id),
        QStringLiteral("share/man/man1/dpiw.1.gz"),
        QStringLiteral("share/man/man1/dpi-workbench.1.gz"),
        QStringLiteral("share/bash-completion/completions/dpiw"),
        QStringLiteral("share/doc/dpi-workbench/copyright"),
        QStringLiteral("share/doc/dpi-workbench/changelog.gz"),
    };
    for (const QString &file : files)
        EXPECT_TRUE(QFileInfo(installed(file)).isFile()) << file.toStdString();
    EXPECT_TRUE(QFileInfo(installed(QStringLiteral("bin/dpiw"))).isExecutable());
    // Only feeds scripts/assemble-sample.py.
    EXPECT_FALSE(QFileInfo::exists(dataFile(QStringLiteral("assessments/sample-scores"))));
}

// They link only system libraries: no RUNPATH (Qt's project setup would add
// $ORIGIN, letting a file next to them be loaded as a library).
TEST(InstalledTree, ProgramsHaveNoRunPath)
{
    Sandbox sandbox;
    ASSERT_TRUE(sandbox.isValid());
    for (const QString &program : {QStringLiteral("bin/dpiw"), QStringLiteral("bin/dpi-workbench")}) {
        const ProgramRun dynamic = sandbox.run(QStringLiteral("readelf"), {QStringLiteral("-d"), installed(program)});
        ASSERT_EQ(dynamic.exitCode, 0) << dynamic.err.toStdString();
        EXPECT_TRUE(dynamic.out.contains(QStringLiteral("(NEEDED)"))) << dynamic.out.toStdString();
        EXPECT_FALSE(dynamic.out.contains(QStringLiteral("PATH)"))) << program.toStdString() << dynamic.out.toStdString();
    }
}

TEST(InstalledPrograms, PrintTheProjectVersion)
{
    Sandbox sandbox;
    ASSERT_TRUE(sandbox.isValid());
    const ProgramRun dpiw = sandbox.run(installed(QStringLiteral("bin/dpiw")), {QStringLiteral("--version")});
    EXPECT_EQ(dpiw.exitCode, 0) << dpiw.err.toStdString();
    EXPECT_EQ(dpiw.out, QStringLiteral("dpiw " DPIW_VERSION "\n"));

    // The app answers --version without a display.
    sandbox.environment().remove(QStringLiteral("DISPLAY"));
    sandbox.environment().remove(QStringLiteral("WAYLAND_DISPLAY"));
    sandbox.environment().remove(QStringLiteral("QT_QPA_PLATFORM"));
    const ProgramRun app = sandbox.run(installed(QStringLiteral("bin/dpi-workbench")), {QStringLiteral("--version")});
    EXPECT_EQ(app.exitCode, 0) << app.err.toStdString();
    EXPECT_EQ(app.out, QStringLiteral("dpi-workbench " DPIW_VERSION "\n"));
}

TEST(InstalledDpiw, ValidatesTheInstalledFrameworksAndSample)
{
    Sandbox sandbox;
    ASSERT_TRUE(sandbox.isValid());
    const QStringList files = {dataFile(QStringLiteral("assessments/dpg-standard.framework.yaml")),
                               dataFile(QStringLiteral("assessments/legal-due-diligence.framework.yaml")),
                               dataFile(QStringLiteral("assessments/org-capacity.framework.yaml")),
                               dataFile(QStringLiteral("assessments/technical-feasibility.framework.yaml")),
                               dataFile(kSample)};
    const ProgramRun run = sandbox.run(installed(QStringLiteral("bin/dpiw")), QStringList{QStringLiteral("validate")} + files);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(run.out.count(QStringLiteral(": ok (0 errors")), 5) << run.out.toStdString();
}

TEST(InstalledDpiw, ScoresTheInstalledSample)
{
    Sandbox sandbox;
    ASSERT_TRUE(sandbox.isValid());
    const ProgramRun run = sandbox.run(installed(QStringLiteral("bin/dpiw")),
                                {QStringLiteral("score"), dataFile(kSample), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray sectors = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("sectors")).toArray();
    ASSERT_EQ(sectors.size(), 2) << run.out.toStdString();
    EXPECT_EQ(sectors.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("education"));
}

// The report finds the installed default template by itself, and the PDF's
// metadata names the version.
TEST(InstalledDpiw, ReportsOnTheInstalledSampleWithTheInstalledTemplate)
{
    Sandbox sandbox;
    ASSERT_TRUE(sandbox.isValid());
    const QString pdf = sandbox.work(QStringLiteral("sample.pdf"));
    const ProgramRun run = sandbox.run(installed(QStringLiteral("bin/dpiw")),
                                {QStringLiteral("report"), dataFile(kSample), QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                                 QStringLiteral("ru")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(pdf + QStringLiteral(": "))) << run.out.toStdString();
    const ProgramRun info = sandbox.run(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("Creator:         DPI Workbench " DPIW_VERSION "\n"))) << info.out.toStdString();
    const ProgramRun meta = sandbox.run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    EXPECT_TRUE(meta.out.contains(QStringLiteral("<xmp:CreatorTool>DPI Workbench " DPIW_VERSION "</xmp:CreatorTool>")))
        << meta.out.toStdString();
}

// The installed app opens the installed sample (and paints it): bench's
// first-paint probe quits after the first frame, and the project is then in
// the app's recent files.
TEST(InstalledApp, OpensTheInstalledSample)
{
    Sandbox sandbox;
    ASSERT_TRUE(sandbox.isValid());
    sandbox.environment().insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    sandbox.environment().insert(QStringLiteral("DPIW_MEASURE_STARTUP"), QStringLiteral("1"));
    const QString sample = dataFile(kSample);
    const ProgramRun run = sandbox.run(installed(QStringLiteral("bin/dpi-workbench")), {sample});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("first paint: "))) << run.out.toStdString();
    const QSettings settings(sandbox.home() + QStringLiteral("/config/DPI Workbench/dpi-workbench.conf"), QSettings::IniFormat);
    const QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    EXPECT_EQ(recent, QStringList{sample});
}
