#include "testpaths.h"

#include "reporttemplate.h"
#include "templatemanifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

const QByteArray kManifest = "schema: dpi-workbench/report-template/1\n"
                             "name: t\n"
                             "languages: [en, ru]\n"
                             "glossary: glossary.yaml\n"
                             "sources:\n"
                             "  - id: A\n"
                             "    title: {en: Source A, ru: Источник А}\n"
                             "    url: https://example.org/a\n"
                             "  - id: KGONLY\n"
                             "    title: A Kyrgyz law\n"
                             "    countries: [KG]\n";

const QByteArray kGlossary = "schema: dpi-workbench/glossary/1\n"
                             "terms:\n"
                             "  - id: dpi\n"
                             "    term: {en: DPI, ru: ЦПИ}\n"
                             "    definition: {en: Shared digital systems., ru: Общие цифровые системы.}\n"
                             "    sources: [A]\n"
                             "  - id: tunduk\n"
                             "    term: Tunduk\n"
                             "    definition: The data-exchange system.\n"
                             "    sources: [KGONLY]\n"
                             "    countries: [KG]\n";

class TemplateData : public ::testing::Test
{
protected:
    QString folder() const { return m_dir.filePath(QStringLiteral("tpl")); }
    void write(const QString &name, const QByteArray &text)
    {
        const QString path = QDir(folder()).filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    std::optional<TemplateManifest> read()
    {
        return readTemplateManifest(QDir(folder()).filePath(QStringLiteral("manifest.yaml")), m_diagnostics);
    }
    QString errors() const { return m_diagnostics.toString(); }

    QTemporaryDir m_dir;
    Diagnostics m_diagnostics;
};

TEST_F(TemplateData, ReadsSourcesAndTheGlossaryFile)
{
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("glossary.yaml"), kGlossary);
    const auto manifest = read();
    ASSERT_TRUE(manifest) << errors().toStdString();
    ASSERT_EQ(manifest->sources.size(), 2u);
    EXPECT_EQ(manifest->sources[0].title.text(QStringLiteral("ru")), QStringLiteral("Источник А"));
    EXPECT_EQ(manifest->sources[0].url, QStringLiteral("https://example.org/a"));
    EXPECT_EQ(manifest->sources[1].countries, QStringList{QStringLiteral("KG")});
    EXPECT_FALSE(manifest->sources[1].appliesTo(QStringLiteral("UZ")));
    EXPECT_TRUE(manifest->sources[1].appliesTo(QStringLiteral("KG")));
    ASSERT_EQ(manifest->glossary.size(), 2u);
    EXPECT_EQ(manifest->glossary[0].term.text(QStringLiteral("ru")), QStringLiteral("ЦПИ"));
    EXPECT_EQ(manifest->glossary[0].sources, QStringList{QStringLiteral("A")});
    EXPECT_EQ(manifest->glossary[1].countries, QStringList{QStringLiteral("KG")});
    EXPECT_FALSE(m_diagnostics.hasErrors());
}

TEST_F(TemplateData, GlossaryProblemsPointAtTheirLine)
{
    write(QStringLiteral("manifest.yaml"), kManifest);
    write(QStringLiteral("glossary.yaml"), "schema: dpi-workbench/glossary/1\n"
                                           "terms:\n"
                                           "  - id: dpi\n"
                                           "    term: DPI\n"
                                           "    definition: Shared digital systems.\n"
                                           "    sources: [A, NOPE]\n"
                                           "  - id: gate\n"
                                           "    definition: A pass/fail requirement.\n"
                                           "    countries: [kyrgyzstan]\n");
    EXPECT_FALSE(read());
    const QString text = errors();
    const QString glossary = QDir(folder()).filePath(QStringLiteral("glossary.yaml"));
    EXPECT_TRUE(text.contains(glossary + QStringLiteral(":6:14: error: source 'NOPE' is not among the manifest's sources"))) << text.toStdString();
    EXPECT_TRUE(text.contains(glossary + QStringLiteral(":7:5: error:"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("'term'"))) << text.toStdString();
    EXPECT_TRUE(text.contains(glossary + QStringLiteral(":9:16: error: 'kyrgyzstan' is not a country code"))) << text.toStdString();
}

TEST_F(TemplateData, TheGlossaryMustBeAFileInsideTheFolder)
{
    write(QStringLiteral("manifest.yaml"), QByteArray(kManifest).replace("glossary: glossary.yaml", "glossary: ../glossary.yaml"));
    EXPECT_FALSE(read());
    EXPECT_TRUE(errors().contains(QStringLiteral("manifest.yaml:4:11: error: 'glossary' must name a file inside the template folder"))) << errors().toStdString();

    m_diagnostics = Diagnostics();
    write(QStringLiteral("manifest.yaml"), kManifest);
    EXPECT_FALSE(read());
    EXPECT_TRUE(errors().contains(QStringLiteral("manifest.yaml:4:11: error: glossary file 'glossary.yaml' not found in the template folder"))) << errors().toStdString();

    // A symbolic link inside the folder that leads out of it is refused.
    m_diagnostics = Diagnostics();
    const QString outside = m_dir.filePath(QStringLiteral("outside.yaml"));
    QFile file(outside);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kGlossary);
    file.close();
    ASSERT_TRUE(QFile::link(outside, QDir(folder()).filePath(QStringLiteral("glossary.yaml"))));
    EXPECT_FALSE(read());
    EXPECT_TRUE(errors().contains(QStringLiteral("refused: it resolves outside the template folder"))) << errors().toStdString();
}

TEST_F(TemplateData, SourceProblemsAreReported)
{
    write(QStringLiteral("manifest.yaml"), "schema: dpi-workbench/report-template/1\n"
                                           "sources:\n"
                                           "  - id: A\n"
                                           "    title: One\n"
                                           "  - id: A\n"
                                           "    title: Two\n"
                                           "  - id: B\n"
                                           "    url: https://example.org\n"
                                           "    accessed: yesterday\n");
    EXPECT_FALSE(read());
    const QString text = errors();
    EXPECT_TRUE(text.contains(QStringLiteral("manifest.yaml:5:9: error: duplicate source id 'A'"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("manifest.yaml:7:5: error:"))) << text.toStdString(); // no title
    EXPECT_TRUE(text.contains(QStringLiteral("manifest.yaml:9:15: error:"))) << text.toStdString(); // not a date
}

TEST(BundledTemplate, GlossaryCitesOnlyDeclaredSourcesAndHasBothLanguages)
{
    Diagnostics diagnostics;
    const auto manifest = readTemplateManifest(dpitest::sourcePath(QStringLiteral("templates/reports/default/manifest.yaml")), diagnostics);
    ASSERT_TRUE(manifest) << diagnostics.toString().toStdString();
    EXPECT_FALSE(diagnostics.hasErrors()) << diagnostics.toString().toStdString();
    EXPECT_EQ(diagnostics.toString(), QString()); // no warnings either
    EXPECT_GE(manifest->glossary.size(), 20u);
    for (const GlossaryTerm &term : manifest->glossary) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            EXPECT_FALSE(term.term.exact(language).isEmpty()) << term.id.toStdString() << " " << language.toStdString();
            EXPECT_FALSE(term.definition.exact(language).isEmpty()) << term.id.toStdString() << " " << language.toStdString();
        }
    }
    // Every label the template uses exists in both languages.
    for (const auto &[key, text] : manifest->labels) {
        EXPECT_FALSE(text.exact(QStringLiteral("en")).isEmpty()) << key.toStdString();
        EXPECT_FALSE(text.exact(QStringLiteral("ru")).isEmpty()) << key.toStdString();
    }
}

} // namespace
