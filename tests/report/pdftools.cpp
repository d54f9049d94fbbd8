#include "pdftools.h"

#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

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

QStringList pdfLayoutPages(const QString &pdf)
{
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"), pdf,
                                                              QStringLiteral("-")}).out;
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    static const QRegularExpression footer(QStringLiteral(R"((Page|Страница) \d+ (of|из) \d+\s*$)"));
    for (int i = 1; i < pages.size(); ++i) {
        QStringList lines = pages[i].split(QLatin1Char('\n'));
        for (int k = 0; k < lines.size(); ++k) {
            if (!lines[k].trimmed().isEmpty()) {
                lines.removeAt(k);
                break;
            }
        }
        lines.erase(std::remove_if(lines.begin(), lines.end(), [](const QString &line) { return footer.match(line).hasMatch(); }),
                    lines.end());
        pages[i] = lines.join(QLatin1Char('\n'));
    }
    return pages;
}

QString pdfColumnText(const QString &pdf, int left, int width, int first, int last)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"),
                                                 QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"), QString::number(last),
                                                 QStringLiteral("-x"), QString::number(left), QStringLiteral("-y"), QStringLiteral("0"),
                                                 QStringLiteral("-W"), QString::number(width), QStringLiteral("-H"), QStringLiteral("2000"),
                                                 pdf, QStringLiteral("-")}).out;
}

QString squeezed(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case 0xFB00: result += QLatin1String("ff"); break;
        case 0xFB01: result += QLatin1String("fi"); break;
        case 0xFB02: result += QLatin1String("fl"); break;
        case 0xFB03: result += QLatin1String("ffi"); break;
        case 0xFB04: result += QLatin1String("ffl"); break;
        default: result += c;
        }
    }
    return result;
}

} // namespace reporttest
