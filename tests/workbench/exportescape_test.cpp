#include "document.h"
#include "maptab.h"
#include "reportexportdialog.h"
#include "wardleymapeditor.h"
#include "workbenchfixture.h"

#include "hostileproject.h"
#include "pdfmetadatacheck.h"
#include "pngchunks.h"
#include "svgcheck.h"

#include "owmreader.h"
#include "xmltext.h"

#include <QFile>
#include <QPlainTextEdit>

// The app's export paths (the map editor's Export SVG/PNG/OWM actions and the
// report dialog) on a project whose titles, names and notes are hostile.

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

using AppExportEscaping = WorkbenchFixture;

TEST_F(AppExportEscaping, MapEditorExportsAndReportDialogEscapeEverything)
{
    QString error;
    ASSERT_TRUE(dpitest::writeHostileProject(projectPath, &error)) << error.toStdString();
    ASSERT_TRUE(window->openFile(projectPath));
    Q_EMIT window->mapRequested(QStringLiteral("hostile"));
    dpi::WardleyMapEditor *editor = window->mapTab()->editor();
    const dpi::WardleyMap map = editor->map();
    ASSERT_EQ(map.id, QStringLiteral("hostile"));
    ASSERT_EQ(map.title.text(), dpitest::injectingTitle());

    // Export SVG…
    const QString svgPath = directory.filePath(QStringLiteral("map.svg"));
    ASSERT_TRUE(editor->exportSvg(svgPath, &error)) << error.toStdString();
    const dpitest::SvgFacts svg = dpitest::readSvg(readAll(svgPath));
    EXPECT_TRUE(svg.error.isEmpty()) << svg.error.toStdString();
    EXPECT_EQ(svg.title, dpi::xmlAllowedText(map.effectiveTitle()));
    EXPECT_EQ(svg.titleCount, 1);
    EXPECT_TRUE(svg.active.isEmpty()) << svg.active.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(svg.texts.join(QLatin1Char('\n')).contains(QStringLiteral("<script>alert(2)</script>")));

    // Export PNG…
    const QString pngPath = directory.filePath(QStringLiteral("map.png"));
    ASSERT_TRUE(editor->exportPng(pngPath, 640, &error)) << error.toStdString();
    const dpitest::PngChunks png = dpitest::readPngChunks(readAll(pngPath));
    ASSERT_TRUE(png.error.isEmpty()) << png.error.toStdString();
    for (const dpitest::PngChunk &chunk : png.chunks) {
        EXPECT_TRUE(chunk.crcOk);
        EXPECT_FALSE(chunk.type == "tEXt" || chunk.type == "zTXt" || chunk.type == "iTXt") << chunk.type.toStdString();
    }

    // Export OWM…: the title's line break must not add a component.
    const QString owmPath = directory.filePath(QStringLiteral("map.owm"));
    ASSERT_TRUE(editor->exportOwm(owmPath, &error)) << error.toStdString();
    const dpi::OwmParseResult back = dpi::parseOwm(QString::fromUtf8(readAll(owmPath)), owmPath);
    EXPECT_EQ(back.map.findComponentByName(QStringLiteral("Injected")), nullptr);
    EXPECT_EQ(back.map.components.size(), map.components.size());

    // The editor's text pane is written the same way: the title stays on its line.
    const QString pane = editor->textEdit()->toPlainText();
    EXPECT_TRUE(pane.startsWith(QStringLiteral("title ") + dpitest::scriptTitle())) << pane.left(200).toStdString();
    EXPECT_FALSE(pane.contains(QStringLiteral("\ncomponent Injected"))) << pane.left(200).toStdString();

    // The report dialog's export: PDF Info title and XMP.
    dpi::ReportExportDialog dialog(window->document()->project(), window.get());
    const QString pdf = directory.filePath(QStringLiteral("report.pdf"));
    const dpi::ReportExportResult result = dialog.exportTo(pdf);
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    const dpitest::PdfMetadataFacts meta = dpitest::readPdfMetadata(pdf);
    ASSERT_TRUE(meta.error.isEmpty()) << meta.error.toStdString();
    const QString title = dpitest::scriptTitle() + QStringLiteral(" R&D second line !");
    EXPECT_EQ(meta.infoTitle, title);
    EXPECT_TRUE(meta.xmpError.isEmpty()) << meta.xmpError.toStdString();
    EXPECT_EQ(meta.xmpTitle, title);
    EXPECT_FALSE(meta.xmpScript);
}
