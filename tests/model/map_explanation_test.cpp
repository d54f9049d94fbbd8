// A map's explanation text is part of the project file: written, read back,
// and kept when a map is given as OWM text inside the YAML.
#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

using namespace dpi;

TEST(MapExplanation, IsWrittenAndReadBack)
{
    const ProjectReadResult sample = readProjectFile(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")));
    ASSERT_TRUE(sample.ok());
    Project project = *sample.project;
    ASSERT_FALSE(project.maps.empty());
    LocalizedText explanation;
    explanation.set(QStringLiteral("en"), QStringLiteral("Citizens need documents on the phone.\n\nTunduk carries the data."));
    explanation.set(QStringLiteral("ru"), QStringLiteral("Гражданам нужны документы в телефоне: «Түндүк» передаёт данные."));
    project.maps[0].explanation = explanation;

    const QByteArray yaml = projectToYaml(project);
    EXPECT_TRUE(yaml.contains("explanation:"));
    const ProjectReadResult read = readProjectText(yaml, QStringLiteral("explained.dpi.yaml"));
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    EXPECT_TRUE(read.diagnostics.isEmpty()) << read.diagnostics.toString().toStdString();
    EXPECT_EQ(read.project->maps[0].explanation, explanation);
    EXPECT_EQ(*read.project, project);
}

TEST(MapExplanation, StaysBesideOwmText)
{
    const QByteArray yaml = "schema: dpi-workbench/project/1\n"
                            "title: {en: T}\n"
                            "maps:\n"
                            "  - id: tea\n"
                            "    explanation: {en: \"Kettles are a product.\"}\n"
                            "    owm: |\n"
                            "      title Tea\n"
                            "      component Kettle [0.43, 0.35]\n";
    const ProjectReadResult read = readProjectText(yaml, QStringLiteral("owm.dpi.yaml"));
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    ASSERT_EQ(read.project->maps.size(), 1u);
    EXPECT_EQ(read.project->maps[0].explanation.text(), QStringLiteral("Kettles are a product."));
    EXPECT_EQ(read.project->maps[0].components.size(), 1u);
}
