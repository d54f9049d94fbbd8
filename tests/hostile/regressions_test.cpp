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

} // namespace

TEST(FuzzRegressions, FrameworkInputs)
{
    for (const QString &path : regressionFiles(QStringLiteral("framework"))) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray text = contents(path);
        const auto read = bounded<dpi::FrameworkReadResult>("framework regression", [&] {
            return dpi::readFrameworkText(text, path);
        });
        if (read.ok()) {
            const auto again = dpi::readFrameworkText(dpi::frameworkToYaml(*read.framework), path);
            EXPECT_TRUE(again.ok()) << again.diagnostics.toString().toStdString();
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
        if (read.ok()) {
            const auto again = dpi::readProjectText(dpi::projectToYaml(*read.project), path);
            EXPECT_TRUE(again.ok()) << again.diagnostics.toString().toStdString();
        }
    }
}

TEST(FuzzRegressions, OwmInputs)
{
    for (const QString &path : regressionFiles(QStringLiteral("owm"))) {
        SCOPED_TRACE(path.toStdString());
        const QString text = QString::fromUtf8(contents(path));
        bounded<int>("owm regression", [&] {
            const auto result = dpi::parseOwm(text, path);
            dpi::parseOwm(dpi::writeOwm(result.map), path);
            return 0;
        });
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
