#include "cellref.h"
#include "frameworkeditor/frameworkeditorwindow.h"
#include "frameworkeditor/frameworkstructureeditor.h"
#include "maptab.h"
#include "scoregridview.h"
#include "scoringpage.h"
#include "wardleymapeditor.h"
#include "workbenchfixture.h"

#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QStatusBar>

using namespace workbenchtest;

// The screenshots AppStream shows in software centres
// (resources/desktop/*.metainfo.xml.in): the real windows on the bundled
// sample, at the size the metainfo states. With DPIW_SCREENSHOT_DIR set they
// are kept there; docs/packaging.md says how they become
// resources/screenshots/*.png.
namespace {

QString shotPath(const QTemporaryDir &fallback, const QString &name)
{
    const QString folder = qEnvironmentVariable("DPIW_SCREENSHOT_DIR");
    return QDir(folder.isEmpty() ? fallback.path() : folder).filePath(name);
}

// A painted window has text, icons and charts: many colours. A window that
// failed to lay out or paint is a few flat areas.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return colours.size();
}

void expectScreenshot(const QImage &image, const QString &path)
{
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(DPIW_SCREENSHOT_WIDTH, DPIW_SCREENSHOT_HEIGHT));
    EXPECT_GT(colourCount(image), 200) << path.toStdString();
    EXPECT_TRUE(image.save(path)) << path.toStdString();
}

} // namespace

class AppStreamScreenshots : public WorkbenchFixture
{
protected:
    void SetUp() override
    {
        WorkbenchFixture::SetUp();
        window->resize(DPIW_SCREENSHOT_WIDTH, DPIW_SCREENSHOT_HEIGHT);
        sample = directory.filePath(QStringLiteral("kyrgyzstan-dpi-2024.dpi.yaml"));
        ASSERT_TRUE(QFile::copy(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")), sample));
        QFile::setPermissions(sample, QFile::ReadOwner | QFile::WriteOwner);
        ASSERT_TRUE(window->openFile(sample));
        spin(300); // the dashboard refreshes on a timer
        window->statusBar()->clearMessage(); // it names the test's temporary folder
    }

    QString sample;
    QTemporaryDir shots;
};

TEST_F(AppStreamScreenshots, Scoring)
{
    window->scoringPage()->grid()->selectCell(
        {QStringLiteral("education"), QStringLiteral("technical-feasibility"), QStringLiteral("tf.interop.membership")});
    spin(200);
    expectScreenshot(window->grab().toImage(), shotPath(shots, QStringLiteral("scoring.png")));
}

TEST_F(AppStreamScreenshots, Map)
{
    // The map needs the room more than the criterion panel does.
    for (const char *dock : {"criterionDock", "dashboardDock"})
        window->findChild<QDockWidget *>(QString::fromLatin1(dock))->hide();
    window->showMapTab(QStringLiteral("tunduk-value-chain"));
    dpi::WardleyMapEditor *editor = window->mapTab()->editor();
    ASSERT_EQ(editor->map().id, QStringLiteral("tunduk-value-chain"));
    editor->setScoresShown(true);
    editor->setScoreSector(QStringLiteral("education"));
    spin(300);
    expectScreenshot(window->grab().toImage(), shotPath(shots, QStringLiteral("map.png")));
}

TEST_F(AppStreamScreenshots, FrameworkEditor)
{
    dpi::FrameworkEditorWindow *editor = dpi::FrameworkEditorWindow::launch(
        dpitest::sourcePath(QStringLiteral("assessments/technical-feasibility.framework.yaml")), window.get());
    ASSERT_NE(editor, nullptr);
    editor->resize(DPIW_SCREENSHOT_WIDTH, DPIW_SCREENSHOT_HEIGHT);
    // A criterion, so that the preview shows it as analysts see it.
    editor->structureEditor()->selectNode(
        dpi::FrameworkNode::criterion(QStringLiteral("interop"), QStringLiteral("tf.interop.membership")));
    spin(300);
    editor->statusBar()->clearMessage(); // it names the checkout's folder
    expectScreenshot(editor->grab().toImage(), shotPath(shots, QStringLiteral("framework-editor.png")));
}
