#include "frameworkreader.h"
#include "newprojectwizard.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

QListWidgetItem *findItem(QListWidget *list, const QString &textPart)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(textPart))
            return list->item(i);
    }
    return nullptr;
}

bool nextEnabled(const QWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

} // namespace

TEST(NewProjectWizard, ProducesTheProjectDescribedOnItsPages)
{
    // A folder with two good frameworks and a broken one.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QFile::copy(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")),
                            dir.filePath(QStringLiteral("mini.framework.yaml"))));
    ASSERT_TRUE(QFile::copy(dpitest::dataPath(QStringLiteral("valid/full.framework.yaml")),
                            dir.filePath(QStringLiteral("full.framework.yaml"))));
    {
        QFile broken(dir.filePath(QStringLiteral("broken.framework.yaml")));
        ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
        broken.write("schema: dpi-workbench/framework/1\nid: [unclosed\n");
    }

    NewProjectWizard wizard(dir.path());
    wizard.show();
    QApplication::processEvents();
    ASSERT_EQ(wizard.currentId(), NewProjectWizard::MetadataPageId);
    EXPECT_FALSE(nextEnabled(wizard)); // the title is mandatory

    wizard.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("  Rapid DPI assessment "));
    wizard.findChild<QLineEdit *>(QStringLiteral("titleRuEdit"))->setText(QString::fromUtf8("Быстрая оценка ЦОИ"));
    wizard.findChild<QLineEdit *>(QStringLiteral("countryEdit"))->setText(QStringLiteral("kg"));
    wizard.findChild<QLineEdit *>(QStringLiteral("periodEdit"))->setText(QStringLiteral("2024-03/2024-06"));
    wizard.findChild<QPlainTextEdit *>(QStringLiteral("teamEdit"))->setPlainText(QStringLiteral("A. Analyst\n\n B. Reviewer \n"));
    auto *language = wizard.findChild<QComboBox *>(QStringLiteral("reportLanguageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    EXPECT_TRUE(nextEnabled(wizard));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewProjectWizard::FrameworksPageId);

    auto *frameworks = wizard.findChild<QListWidget *>(QStringLiteral("frameworkList"));
    ASSERT_EQ(frameworks->count(), 3);
    QListWidgetItem *broken = findItem(frameworks, QStringLiteral("broken.framework.yaml"));
    ASSERT_TRUE(broken);
    EXPECT_FALSE(broken->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(broken->toolTip().contains(QStringLiteral("broken.framework.yaml:"))) << broken->toolTip().toStdString();
    EXPECT_FALSE(nextEnabled(wizard)); // bundled frameworks start unchecked
    QListWidgetItem *mini = findItem(frameworks, QStringLiteral("mini-interop@1.0.0"));
    ASSERT_TRUE(mini);
    mini->setCheckState(Qt::Checked);
    EXPECT_TRUE(nextEnabled(wizard));

    // The file dialog's path: the same framework again only re-checks it.
    EXPECT_TRUE(wizard.addFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml"))));
    EXPECT_EQ(frameworks->count(), 3);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewProjectWizard::SectorsPageId);

    auto *sectors = wizard.findChild<QListWidget *>(QStringLiteral("sectorList"));
    EXPECT_EQ(sectors->count(), int(NewProjectWizard::sectorPresets().size()));
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    findItem(sectors, QStringLiteral("Healthcare"))->setCheckState(Qt::Checked);
    findItem(sectors, QStringLiteral("Education"))->setCheckState(Qt::Checked);
    auto *custom = wizard.findChild<QLineEdit *>(QStringLiteral("customSectorEdit"));
    custom->setText(QStringLiteral("Tourism & culture"));
    wizard.findChild<QPushButton *>(QStringLiteral("addSectorButton"))->click();
    EXPECT_TRUE(custom->text().isEmpty());
    EXPECT_EQ(wizard.addCustomSector(QStringLiteral("Tourism, culture")), QStringLiteral("tourism-culture-2"));
    EXPECT_EQ(wizard.addCustomSector(QString::fromUtf8("Туризм")), QStringLiteral("sector"));
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.accept();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);

    const Project project = wizard.project();
    EXPECT_EQ(project.metadata.title.text(QStringLiteral("en")), QStringLiteral("Rapid DPI assessment"));
    EXPECT_EQ(project.metadata.title.text(QStringLiteral("ru")), QString::fromUtf8("Быстрая оценка ЦОИ"));
    EXPECT_EQ(project.metadata.country, QStringLiteral("KG"));
    EXPECT_EQ(project.metadata.period, QStringLiteral("2024-03/2024-06"));
    EXPECT_EQ(project.metadata.team, (QStringList{QStringLiteral("A. Analyst"), QStringLiteral("B. Reviewer")}));
    EXPECT_EQ(project.metadata.status, QStringLiteral("draft"));
    EXPECT_EQ(project.report.language, QStringLiteral("ru"));

    ASSERT_EQ(project.frameworks.size(), 1u);
    const FrameworkReadResult expected = readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(project.frameworks[0].id, QStringLiteral("mini-interop"));
    EXPECT_EQ(project.frameworks[0].version, QStringLiteral("1.0.0"));
    EXPECT_TRUE(project.frameworks[0].framework == *expected.framework); // embedded copy

    // List order, not click order; custom sectors after the presets.
    QStringList ids;
    for (const Sector &sector : project.sectors) {
        ids << sector.id;
        EXPECT_TRUE(sector.scores.empty());
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("education"), QStringLiteral("healthcare"), QStringLiteral("tourism-culture"),
                                QStringLiteral("tourism-culture-2"), QStringLiteral("sector")}));
    EXPECT_EQ(project.sectors[1].title.text(QStringLiteral("ru")), QString::fromUtf8("Здравоохранение"));
    EXPECT_EQ(project.sectors[2].title.text(QStringLiteral("en")), QStringLiteral("Tourism & culture"));
}

TEST(NewProjectWizard, RefusesTwoVersionsOfOneFramework)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile source(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    QFile v1(dir.filePath(QStringLiteral("a.framework.yaml")));
    ASSERT_TRUE(v1.open(QIODevice::WriteOnly));
    v1.write(text);
    v1.close();
    text.replace("version: 1.0.0", "version: 1.1.0");
    QFile v2(dir.filePath(QStringLiteral("b.framework.yaml")));
    ASSERT_TRUE(v2.open(QIODevice::WriteOnly));
    v2.write(text);
    v2.close();

    NewProjectWizard wizard(dir.path());
    wizard.show();
    wizard.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("x"));
    wizard.next();
    auto *frameworks = wizard.findChild<QListWidget *>(QStringLiteral("frameworkList"));
    ASSERT_EQ(frameworks->count(), 2);
    frameworks->item(0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(nextEnabled(wizard));
    frameworks->item(1)->setCheckState(Qt::Checked);
    EXPECT_FALSE(nextEnabled(wizard));
    frameworks->item(0)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(nextEnabled(wizard));
}
