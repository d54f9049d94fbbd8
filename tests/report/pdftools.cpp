#include "pdftools.h"

#include <QProcess>
#include <QRegularExpression>

namespace reporttest {

ToolOutput runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolOutput output;
    if (!process.waitForFinished(60000))
        return output;
    output.exitCode = process.exitCode();
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}).out;
}

int pdfPageCount(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    const auto match = QRegularExpression(QStringLiteral(R"(^Pages:\s+(\d+))"), QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

namespace {

// Both tools print two header lines (titles and dashes) before the data.
QStringList dataLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() > 2 ? lines.mid(2) : QStringList();
}

} // namespace

QStringList pdfImages(const QString &pdf)
{
    return dataLines(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out);
}

QStringList pdfFontLines(const QString &pdf)
{
    return dataLines(runTool(QStringLiteral("pdffonts"), {pdf}).out);
}

} // namespace reporttest
