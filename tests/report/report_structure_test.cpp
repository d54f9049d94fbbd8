#include "miniproject.h"
#include "pdftools.h"
#include "testpaths.h"

#include "projectreader.h"
#include "reportcontext.h"
#include "reportexporter.h"
#include "reportsources.h"
#include "scoring.h"
#include "templatemanifest.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;
using namespace reporttest;

// The default report leads with what a reader acts on and keeps the detail
// in annexes; every source is numbered once and cited by its number.
namespace {

const QString kTemplate = QStringLiteral("templates/reports/default");

ReportExportOptions optionsFor(const QString &language)
{
    ReportExportOptions options;
    options.templateName = dpitest::sourcePath(kTemplate);
    options.language = language;
    options.date = QStringLiteral("2024-06-01");
    return options;
}

struct Words
{
    QString keyMessages;
    QString notARanking;
    QString contents;
    QString annexA;
    QString annexD;
    QString annexE;
    QString comparison;
    QStringList comparisonRows;
    QString dpgColumn;
};

Words wordsFor(const QString &language)
{
    if (language == QLatin1String("ru")) {
        return {QStringLiteral("Ключевые выводы"), QStringLiteral("Эти цифры — не рейтинг."), QStringLiteral("Содержание"),
                QStringLiteral("Приложение А. Критерии, доказательства и заметки"), QStringLiteral("Приложение Г. Глоссарий"),
                QStringLiteral("Приложение Д. Источники"), QStringLiteral("ЦПИ, DPG и GovStack"),
                {QStringLiteral("Что это"), QStringLiteral("Кто определяет"), QStringLiteral("Что к этому относится"),
                 QStringLiteral("Требование открытости"), QStringLiteral("Примеры в стране")},
                QStringLiteral("Цифровое общественное благо (DPG)")};
    }
    return {QStringLiteral("Key messages"), QStringLiteral("These figures are not a ranking."), QStringLiteral("Contents"),
            QStringLiteral("Annex A. Criteria, evidence and notes"), QStringLiteral("Annex D. Glossary"),
            QStringLiteral("Annex E. Sources"), QStringLiteral("DPI, DPG and GovStack"),
            {QStringLiteral("What it is"), QStringLiteral("Who defines it"), QStringLiteral("What counts"),
             QStringLiteral("Openness requirement"), QStringLiteral("Examples in the country")},
            QStringLiteral("Digital public good (DPG)")};
}

// The index of the first page, from `from` on, on which a line starts
// `heading` (a long heading may wrap onto the next lines).
int pageWithHeading(const QStringList &pages, const QString &heading, int from = 0)
{
    const QString wanted = squeezed(heading);
    for (int i = from; i < pages.size(); ++i) {
        const QStringList lines = pages[i].split(QLatin1Char('\n'));
        for (int k = 0; k < lines.size(); ++k) {
            const QString line = squeezed(lines[k]);
            if (line.isEmpty() || !wanted.startsWith(line))
                continue;
            QString joined = line;
            for (int next = k + 1; next < lines.size() && joined.size() < wanted.size(); ++next)
                joined += squeezed(lines[next]);
            if (joined == wanted)
                return i;
        }
    }
    return -1;
}

// How often `url` occurs in squeezed text as a whole address (not as the
// start of a longer one); a trailing slash may be there or not.
int countAddress(const QString &text, QString url)
{
    url = squeezed(url);
    if (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const QRegularExpression pattern(QRegularExpression::escape(url) + QStringLiteral(R"(/?(?![A-Za-z0-9/_.~?&=%#+-]))"));
    int count = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// The pages' text without their running headers and footers (the lines that
// start with the report's title or hold "Page N of M", and the chapter name,
// which pdftotext may put on the first body line), so that an entry running
// over a page break reads whole.
QString pageBodies(const QStringList &pages, const QString &title, const QString &chapter)
{
    const QRegularExpression footer(QStringLiteral(R"((Page|Страница) \d+ (of|из) \d+)"));
    QStringList kept;
    for (const QString &page : pages) {
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(title) || footer.match(line).hasMatch())
                continue;
            kept << QString(line).remove(chapter);
        }
    }
    return kept.join(QLatin1Char('\n'));
}

// Sources annex entries: number -> squeezed text.
std::map<int, QString> sourceEntries(const QString &annex)
{
    std::map<int, QString> entries;
    const QRegularExpression number(QStringLiteral(R"(\[(\d+)\])"));
    const QString text = squeezed(annex);
    QList<QRegularExpressionMatch> marks;
    auto it = number.globalMatch(text);
    while (it.hasNext())
        marks << it.next();
    for (int i = 0; i < marks.size(); ++i) {
        const qsizetype end = i + 1 < marks.size() ? marks[i + 1].capturedStart() : text.size();
        entries[marks[i].captured(1).toInt()] = text.mid(marks[i].capturedEnd(), end - marks[i].capturedEnd());
    }
    return entries;
}

class ReportStructure : public ::testing::Test
{
protected:
    QString exportTo(const Project &project, const QString &language, const QString &name)
    {
        const QString keep = qEnvironmentVariable("DPIW_REPORT_TEST_OUT");
        const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
        const ReportExportResult result = exportReportPdf(project, path, optionsFor(language));
        EXPECT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
        EXPECT_FALSE(result.diagnostics.hasErrors()) << result.diagnostics.toString().toStdString();
        EXPECT_EQ(pdfPageCount(path), result.pageCount);
        return path;
    }
    QTemporaryDir m_dir;
};

// One export per language carries all the checks on the bundled sample (an
// export of it takes a second or more).
TEST_F(ReportStructure, SampleLeadsWithKeyMessagesAndNumbersEverySourceOnce)
{
    const ProjectReadResult read = readProjectFile(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")));
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    const Project &project = *read.project;
    const ProjectResult result = scoreProject(project);
    Diagnostics diagnostics;
    const auto manifest = readTemplateManifest(dpitest::sourcePath(kTemplate + QStringLiteral("/manifest.yaml")), diagnostics);
    ASSERT_TRUE(manifest) << diagnostics.toString().toStdString();

    // Every address the report cites: evidence, framework sources, references.
    QStringList addresses;
    for (const Sector &sector : project.sectors) {
        for (const auto &framework : sector.scores) {
            for (const auto &score : framework.second) {
                for (const EvidenceItem &item : score.second.evidence) {
                    if (!item.url.isEmpty())
                        addresses << item.url;
                }
            }
        }
    }
    const int evidenceAddresses = int(addresses.size());
    ASSERT_GT(evidenceAddresses, 50);
    for (const ProjectFramework &framework : project.frameworks) {
        for (const Source &source : framework.framework.sources) {
            if (!source.url.isEmpty())
                addresses << source.url;
        }
    }
    addresses.removeDuplicates();

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        SCOPED_TRACE(language.toStdString());
        const Words words = wordsFor(language);
        const QString pdf = exportTo(project, language, QStringLiteral("sample-%1.pdf").arg(language));
        const QStringList pages = pdfLayoutPages(pdf);
        ASSERT_EQ(pages.size(), pdfPageCount(pdf));

        // Key messages come before page 4, on one page with the readiness of every sector.
        const int keyMessages = pageWithHeading(pages, words.keyMessages, 1);
        ASSERT_GE(keyMessages, 1);
        EXPECT_LE(keyMessages + 1, 3);
        const QString keyPage = squeezed(pages[keyMessages]);
        EXPECT_TRUE(keyPage.contains(squeezed(words.notARanking)));
        for (const SectorResult &sector : result.sectors) {
            ASSERT_TRUE(sector.overall);
            // The report language's notation: "62.5" in English, "62,5" in Russian.
            const auto inLanguage = [&language](double value) {
                QString text = QString::number(value, 'f', 1);
                return language == QLatin1String("en") ? text : text.replace(QLatin1Char('.'), QLatin1Char(','));
            };
            EXPECT_TRUE(keyPage.contains(inLanguage(*sector.overall))) << sector.sectorId.toStdString();
            EXPECT_TRUE(keyPage.contains(inLanguage(sector.coverage.percent()))) << sector.sectorId.toStdString();
        }

        // The body (everything before the first annex) is at most 30 pages.
        const int contents = pageWithHeading(pages, words.contents, 1);
        ASSERT_GT(contents, keyMessages);
        // The map's score legend speaks the report's language, not the interface's.
        if (language == QLatin1String("ru")) {
            EXPECT_FALSE(pages.join(QLatin1Char('\n')).contains(QStringLiteral("not scored")));
            EXPECT_TRUE(pages.join(QLatin1Char('\n')).contains(QString::fromUtf8("не оценено")));
        }
        // Its running header names the contents, not the chapter before them.
        EXPECT_TRUE(pages[contents].trimmed().section(QLatin1Char('\n'), 0, 0).contains(words.contents));
        EXPECT_FALSE(pages[contents].trimmed().section(QLatin1Char('\n'), 0, 0).contains(words.keyMessages));
        const int annexA = pageWithHeading(pages, words.annexA, contents + 1);
        ASSERT_GT(annexA, contents);
        EXPECT_LE(annexA, 30) << "the body has " << annexA << " pages";

        // The comparison of DPI, DPG and GovStack: the DPG column (from 44 % to
        // 72 % of the table), and the rows in the first column (16 %), with the
        // country row for the Kyrgyz Republic.
        const int comparison = pageWithHeading(pages, words.comparison, contents + 1);
        ASSERT_GT(comparison, contents);
        EXPECT_LT(comparison, annexA);
        const QString dpgColumn = squeezed(pdfColumnText(pdf, 266, 136, comparison + 1, comparison + 1));
        EXPECT_TRUE(dpgColumn.contains(squeezed(words.dpgColumn))) << dpgColumn.toStdString();
        const QString rows = squeezed(pdfColumnText(pdf, 40, 88, comparison + 1, comparison + 1));
        for (const QString &row : words.comparisonRows)
            EXPECT_TRUE(rows.contains(squeezed(row))) << row.toStdString() << "\n" << rows.toStdString();

        // Glossary: every term for this country, in the report language.
        const int glossary = pageWithHeading(pages, words.annexD, annexA);
        const int sourcesPage = pageWithHeading(pages, words.annexE, annexA);
        ASSERT_GT(glossary, annexA);
        ASSERT_GT(sourcesPage, glossary);
        const QString glossaryText = squeezed(pages.mid(glossary, sourcesPage - glossary).join(QLatin1Char('\n')));
        for (const GlossaryTerm &term : manifest->glossary) {
            if (term.appliesTo(project.metadata.country)) {
                EXPECT_TRUE(glossaryText.contains(squeezed(term.term.text(language)))) << term.id.toStdString();
            }
        }

        // Sources: numbered 1..N without gaps, each address in exactly one
        // entry, and nowhere in the report before the Sources annex.
        const std::map<int, QString> entries = sourceEntries(pageBodies(pages.mid(sourcesPage), project.metadata.title.text(language), words.annexE));
        ASSERT_FALSE(entries.empty());
        EXPECT_EQ(entries.begin()->first, 1);
        EXPECT_EQ(entries.rbegin()->first, int(entries.size()));
        const QString before = squeezed(pages.mid(0, sourcesPage).join(QLatin1Char('\n')));
        // A URL line cut by a page break is drawn clipped on both pages, and
        // pdftotext then reads that line twice, garbling the address (a known
        // renderer defect, noted on issue 14). One such address per report is
        // let through; every other address appears exactly once.
        int garbled = 0;
        for (const QString &address : std::as_const(addresses)) {
            int found = 0;
            for (const auto &entry : entries)
                found += countAddress(entry.second, address);
            if (found == 0)
                ++garbled;
            else
                EXPECT_EQ(found, 1) << address.toStdString();
            EXPECT_FALSE(before.contains(squeezed(address).left(24))) << address.toStdString();
        }
        EXPECT_LE(garbled, 1);

        // Each evidence item cites the entry of its own address.
        const QVariantMap context = buildReportContext(project, result, reportContextOptions(*manifest, language));
        const QVariantList sources = context.value(QStringLiteral("sources")).toList();
        EXPECT_EQ(int(sources.size()), int(entries.size()));
        int checked = 0;
        for (const QVariant &sector : context.value(QStringLiteral("sectors")).toList()) {
            for (const QVariant &framework : sector.toMap().value(QStringLiteral("frameworks")).toList()) {
                for (const QVariant &dimension : framework.toMap().value(QStringLiteral("dimensions")).toList()) {
                    for (const QVariant &criterion : dimension.toMap().value(QStringLiteral("criteria")).toList()) {
                        for (const QVariant &item : criterion.toMap().value(QStringLiteral("evidence")).toList()) {
                            const QString url = item.toMap().value(QStringLiteral("url")).toString();
                            if (url.isEmpty())
                                continue;
                            const int number = item.toMap().value(QStringLiteral("number")).toInt();
                            ASSERT_TRUE(entries.count(number)) << url.toStdString();
                            EXPECT_EQ(countAddress(entries.at(number), url), 1) << number << " " << url.toStdString();
                            ++checked;
                        }
                    }
                }
            }
        }
        EXPECT_EQ(checked, evidenceAddresses);
    }
}

// In the PDF itself: the evidence of the mini project is followed by [n],
// and entry [n] of the Sources annex is its address.
TEST_F(ReportStructure, CitationsInThePdfResolveToTheirSource)
{
    const QString pdf = exportTo(loadMini(), QStringLiteral("en"), QStringLiteral("mini-citations.pdf"));
    const QStringList pages = pdfLayoutPages(pdf);
    const int sourcesPage = pageWithHeading(pages, QStringLiteral("Annex E. Sources"), 3);
    ASSERT_GT(sourcesPage, 3);
    const std::map<int, QString> entries = sourceEntries(pages.mid(sourcesPage).join(QLatin1Char('\n')));

    // The A4 page is 595 pt wide with 51 pt margins; the annex table gives the
    // criterion 30 % and the evidence the last 43 % of the 493 pt between them.
    const QString evidence = squeezed(pdfColumnText(pdf, 330, 270, 1, pages.size()));
    const auto cited = QRegularExpression(QStringLiteral(R"(E-Kundolukislistedasamemberinthecatalogue\.\[(\d+)\])")).match(evidence);
    ASSERT_TRUE(cited.hasMatch()) << evidence.toStdString();
    const int number = cited.captured(1).toInt();
    ASSERT_TRUE(entries.count(number));
    EXPECT_EQ(countAddress(entries.at(number), QStringLiteral("https://tunduk.kg/")), 1);
    EXPECT_FALSE(squeezed(pages.mid(0, sourcesPage).join(QLatin1Char('\n'))).contains(QStringLiteral("tunduk.kg/")));

    // The criterion's reference: its source and the requirement it names.
    const QString criteria = squeezed(pdfColumnText(pdf, 40, 160, 1, pages.size()));
    const auto reference = QRegularExpression(QStringLiteral(R"(Requirementsources:\[(\d+)\]ServiceAccess)")).match(criteria);
    ASSERT_TRUE(reference.hasMatch()) << criteria.toStdString();
    const int referenced = reference.captured(1).toInt();
    ASSERT_TRUE(entries.count(referenced));
    EXPECT_TRUE(entries.at(referenced).startsWith(QStringLiteral("GovStackspecification:information-mediator")))
        << entries.at(referenced).toStdString();
}

} // namespace
