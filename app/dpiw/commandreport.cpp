#include "commandreport.h"

#include "previousround.h"
#include "projectreader.h"
#include "reportexporter.h"
#include "reporttemplatelocator.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

#include <memory>

namespace dpi {

namespace {

QString usage()
{
    return QStringLiteral(
        "usage: dpiw report PROJECT.dpi.yaml -o OUT.pdf [--template NAME|DIR] [--lang en|ru|ky]\n"
        "                   [--page-size A4|Letter] [--pdfa] [--date YYYY-MM-DD]\n");
}

int badUsage(const QString &message)
{
    QTextStream err(stderr);
    err << "dpiw report: " << message << '\n' << usage();
    return 2;
}

// QtCharts crashes without a QApplication; a headless run needs the offscreen platform.
std::unique_ptr<QApplication> ensureApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "dpiw";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int runReportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("PDF to write"), QStringLiteral("OUT.pdf"));
    const QCommandLineOption templateOption(QStringLiteral("template"), QStringLiteral("template name or folder"), QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("report language"), QStringLiteral("en|ru|ky"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("paper"), QStringLiteral("A4|Letter"));
    const QCommandLineOption pdfa(QStringLiteral("pdfa"), QStringLiteral("write PDF/A-1b"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("date on the cover"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show usage"));
    parser.addOptions({output, templateOption, language, pageSize, pdfa, date, help});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the *.dpi.yaml project"));

    if (!parser.parse(QStringList{QStringLiteral("dpiw-report")} + args))
        return badUsage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return badUsage(positional.isEmpty() ? QStringLiteral("missing PROJECT") : QStringLiteral("expected one PROJECT"));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return badUsage(QStringLiteral("missing -o OUT.pdf"));

    ReportExportOptions options;
    options.templateName = parser.value(templateOption);
    options.language = parser.value(language);
    if (parser.isSet(language) && !QStringList{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("ky")}.contains(options.language))
        return badUsage(QStringLiteral("--lang must be en, ru or ky"));
    options.pageSize = parser.value(pageSize);
    if (parser.isSet(pageSize) && options.pageSize != QLatin1String("A4") && options.pageSize != QLatin1String("Letter"))
        return badUsage(QStringLiteral("--page-size must be A4 or Letter"));
    options.pdfA = parser.isSet(pdfa);
    options.date = parser.value(date);
    if (parser.isSet(date) && !QDate::fromString(options.date, Qt::ISODate).isValid())
        return badUsage(QStringLiteral("--date must be YYYY-MM-DD"));

    const auto app = ensureApplication();
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QTextStream(stderr) << "dpiw report: internal error: charts need a QApplication, not a QCoreApplication\n";
        return 1;
    }

    QTextStream err(stderr);
    const ProjectReadResult read = readProjectFile(positional.front());
    if (!read.diagnostics.isEmpty())
        err << read.diagnostics.toString() << (read.diagnostics.toString().endsWith(QLatin1Char('\n')) ? "" : "\n");
    if (!read.ok())
        return 1;

    // The round this one follows, when the project names one: read and scored
    // here; one that cannot be read is a warning, and the report says so.
    PreviousRoundFile previous;
    ProjectResult previousResult;
    if (!read.project->metadata.previousRound.isEmpty()) {
        previous = loadPreviousRound(read.project->metadata.previousRound, positional.front());
        if (previous.project) {
            previousResult = scoreProject(*previous.project);
            options.previousRound = &*previous.project;
            options.previousResult = &previousResult;
        }
        options.previousRoundProblem = previous.problem;
    }

    const ReportExportResult result = exportReportPdf(*read.project, parser.value(output), options);
    if (!result.diagnostics.isEmpty()) {
        const QString text = result.diagnostics.toString();
        err << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    }
    if (!result.ok)
        return 1;
    QTextStream(stdout) << parser.value(output) << ": " << result.pageCount << " pages\n";
    return 0;
}

} // namespace dpi
