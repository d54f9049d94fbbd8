#include "window_fixture.h"

#include "frameworktextpatch.h"
#include "frameworkeditor/frameworkvariantdialog.h"
#include "frameworkeditor/newframeworkversiondialog.h"
#include "frameworkreader.h"
#include "yamlcomments.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUndoStack>

namespace {

using workbenchtest::typeText;
using workbenchtest::waitFor;

dpi::LocalizedText summary(const QString &en, const QString &ru)
{
    dpi::LocalizedText text;
    text.set(QStringLiteral("en"), en);
    text.set(QStringLiteral("ru"), ru);
    return text;
}

} // namespace

TEST_F(FrameworkEditorWindowTest, SaveAsNewVersionWritesABumpedValidFrameworkWithAChangelogEntry)
{
    nextFileName = directory.filePath(QStringLiteral("tf-next.framework.yaml"));
    ASSERT_TRUE(window->saveAsNewVersion(dpi::VersionBump::Minor, summary(QStringLiteral("Added a criterion."),
                                                                          QStringLiteral("Добавлен критерий.")),
                                         QDate(2026, 12, 1)));
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_EQ(suggestions[0], directory.filePath(QStringLiteral("technical-feasibility-1.2.0.framework.yaml")));
    EXPECT_EQ(document()->undoStack()->count(), 1);
    EXPECT_EQ(document()->undoStack()->undoText(), QStringLiteral("New Version 1.2.0"));

    const dpi::FrameworkReadResult read = dpi::readFrameworkFile(nextFileName);
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    EXPECT_FALSE(read.diagnostics.hasErrors());
    EXPECT_EQ(read.framework->version, QStringLiteral("1.2.0"));
    ASSERT_FALSE(read.framework->changelog.empty());
    EXPECT_EQ(read.framework->changelog.front().version, QStringLiteral("1.2.0"));
    EXPECT_EQ(read.framework->changelog.front().date, QStringLiteral("2026-12-01"));
    EXPECT_EQ(read.framework->changelog.front().summary.exact(QStringLiteral("ru")), QStringLiteral("Добавлен критерий."));
    EXPECT_EQ(workbenchtest::readAll(path), original) << "the old version's file is untouched";
    EXPECT_EQ(document()->filePath(), nextFileName);

    // Only the version line and the new entry changed: every comment and the key order stay.
    EXPECT_TRUE(questions.empty()) << questions.front().text.toStdString();
    EXPECT_EQ(dpi::yamlComments(QString::fromUtf8(workbenchtest::readAll(nextFileName))),
              dpi::yamlComments(QString::fromUtf8(original)));
    QByteArray expected = original;
    expected.replace("\nversion: 1.1.0\n", "\nversion: 1.2.0\n");
    EXPECT_TRUE(workbenchtest::readAll(nextFileName).startsWith(expected.left(expected.indexOf("\nchangelog:"))));
}

TEST_F(FrameworkEditorWindowTest, SaveAsNewVersionIsRefusedWhileTheTextHasErrors)
{
    cursorToEndOfLine(QStringLiteral("version: "));
    typeText(editor(), QStringLiteral("x"));
    nextFileName = directory.filePath(QStringLiteral("never.framework.yaml"));
    answers = {QMessageBox::Ok};
    EXPECT_FALSE(window->saveAsNewVersion(dpi::VersionBump::Major, summary(QStringLiteral("x"), QString()), QDate(2026, 12, 1)));
    ASSERT_EQ(questions.size(), 1u);
    EXPECT_TRUE(questions[0].text.contains(QStringLiteral("errors")));
    EXPECT_TRUE(suggestions.isEmpty());
    EXPECT_FALSE(QFile::exists(nextFileName));
}

TEST_F(FrameworkEditorWindowTest, CreateVariantWritesDerivedFrom)
{
    nextFileName = directory.filePath(QStringLiteral("variant.framework.yaml"));
    dpi::LocalizedText title;
    title.set(QStringLiteral("en"), QStringLiteral("Technical feasibility, education variant"));
    ASSERT_TRUE(window->createVariant(QStringLiteral("tf-education"), title));
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_EQ(suggestions[0], directory.filePath(QStringLiteral("tf-education.framework.yaml")));

    const dpi::FrameworkReadResult read = dpi::readFrameworkFile(nextFileName);
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    EXPECT_EQ(read.framework->id, QStringLiteral("tf-education"));
    EXPECT_EQ(read.framework->derivedFrom, QStringLiteral("technical-feasibility@1.1.0"));
    EXPECT_EQ(read.framework->version, QStringLiteral("1.0.0"));
    EXPECT_EQ(read.framework->title.text(), QStringLiteral("Technical feasibility, education variant"));
    EXPECT_TRUE(workbenchtest::readAll(nextFileName).contains("derived_from: technical-feasibility@1.1.0"));
    EXPECT_TRUE(questions.empty()) << questions.front().text.toStdString();
    EXPECT_EQ(dpi::yamlComments(QString::fromUtf8(workbenchtest::readAll(nextFileName))),
              dpi::yamlComments(QString::fromUtf8(original)));
}

TEST_F(FrameworkEditorWindowTest, CancelledSaveAsLeavesTheVersionUndoable)
{
    nextFileName.clear(); // the user cancels the file dialog
    EXPECT_FALSE(window->saveAsNewVersion(dpi::VersionBump::Patch, summary(QStringLiteral("Typos."), QString()), QDate(2026, 12, 1)));
    EXPECT_EQ(document()->framework()->version, QStringLiteral("1.1.1"));
    action("undoAction")->trigger();
    EXPECT_EQ(document()->text().toUtf8(), original);
}

TEST(FrameworkVersionDialogs, NewVersionDialogShowsTheResultAndNeedsAnEnglishSummary)
{
    dpi::Framework framework;
    framework.id = QStringLiteral("f");
    framework.version = QStringLiteral("1.4.2");
    dpi::NewFrameworkVersionDialog dialog(framework);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("resultingVersion"));
    EXPECT_EQ(dialog.resultingVersion(), QStringLiteral("1.5.0"));
    EXPECT_TRUE(result->text().contains(QStringLiteral("f@1.5.0")));
    EXPECT_FALSE(ok->isEnabled());
    dialog.findChild<QRadioButton *>(QStringLiteral("majorBump"))->setChecked(true);
    EXPECT_TRUE(result->text().contains(QStringLiteral("f@2.0.0")));
    EXPECT_TRUE(dialog.findChild<QRadioButton *>(QStringLiteral("patchBump"))->text().contains(QStringLiteral("1.4.3")));
    dialog.findChild<QLineEdit *>(QStringLiteral("summaryRu"))->setText(QStringLiteral("Только по-русски"));
    EXPECT_FALSE(ok->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("summaryEn"))->setText(QStringLiteral("Split a criterion."));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.bump(), dpi::VersionBump::Major);
    EXPECT_EQ(dialog.summary().exact(QStringLiteral("en")), QStringLiteral("Split a criterion."));
    EXPECT_EQ(dialog.date(), QDate::currentDate());
}

TEST(FrameworkVersionDialogs, VariantDialogAcceptsOnlyANewValidId)
{
    dpi::Framework framework;
    framework.id = QStringLiteral("base");
    framework.version = QStringLiteral("2.0.0");
    framework.title.set(QStringLiteral("en"), QStringLiteral("Base"));
    dpi::FrameworkVariantDialog dialog(framework);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("variantId"));
    EXPECT_TRUE(ok->isEnabled()); // the suggested id is fine
    id->setText(QStringLiteral("base"));
    EXPECT_FALSE(ok->isEnabled());
    id->setText(QStringLiteral("has space"));
    EXPECT_FALSE(ok->isEnabled());
    id->setText(QStringLiteral("-leading"));
    EXPECT_FALSE(ok->isEnabled());
    id->setText(QStringLiteral("base-kg"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("variantStatus"))->text().contains(QStringLiteral("base@2.0.0")));
    EXPECT_EQ(dialog.title().text(), QStringLiteral("Base"));
}

namespace {

dpi::Framework readFixture(const QString &name, QString *text)
{
    *text = QString::fromUtf8(workbenchtest::readAll(dpitest::dataPath(name)));
    const dpi::FrameworkReadResult read = dpi::readFrameworkText(text->toUtf8(), name);
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return *read.framework;
}

} // namespace

TEST(FrameworkHeaderPatch, NewVersionInsertsTheEntryAboveTheOthersAndChangesOnlyThoseLines)
{
    QString text;
    const dpi::Framework current = readFixture(QStringLiteral("valid/full.framework.yaml"), &text);
    const std::optional<dpi::Framework> next = dpi::nextFrameworkVersion(
        current, dpi::VersionBump::Patch, summary(QStringLiteral("Released."), QStringLiteral("Выпущено.")), QDate(2026, 12, 2), nullptr);
    ASSERT_TRUE(next);
    const std::optional<QString> patched = dpi::patchFrameworkHeader(text, current, *next);
    ASSERT_TRUE(patched);
    QString expected = text;
    expected.replace(QStringLiteral("\nversion: 2.1.0-rc.1\n"), QStringLiteral("\nversion: 2.1.0\n"));
    expected.replace(QStringLiteral("\nchangelog:\n"),
                     QStringLiteral("\nchangelog:\n  - version: 2.1.0\n    date: 2026-12-02\n    summary:\n"
                                    "      en: Released.\n      ru: Выпущено.\n"));
    EXPECT_EQ(*patched, expected);
}

TEST(FrameworkHeaderPatch, VariantAddsDerivedFromAfterTheLicenceAndAChangelogAtTheEnd)
{
    QString text;
    const dpi::Framework current = readFixture(QStringLiteral("valid/mini.framework.yaml"), &text);
    const dpi::Framework variant = dpi::frameworkVariant(current, QStringLiteral("mini-kg"), QDate(2026, 12, 2));
    const std::optional<QString> patched = dpi::patchFrameworkHeader(text, current, variant);
    ASSERT_TRUE(patched);
    EXPECT_TRUE(patched->contains(QStringLiteral("\nid: mini-kg\nversion: 1.0.0\n")));
    EXPECT_TRUE(patched->contains(QStringLiteral("\nlicence: CC-BY-4.0\nderived_from: mini-interop@1.0.0\nsources:\n")));
    EXPECT_TRUE(patched->startsWith(text.left(text.indexOf(QStringLiteral("\nid: ")))));
    EXPECT_EQ(dpi::yamlComments(*patched), dpi::yamlComments(text));
}

TEST(FrameworkHeaderPatch, AnyOtherChangeIsLeftToTheFullRewrite)
{
    QString text;
    const dpi::Framework current = readFixture(QStringLiteral("valid/mini.framework.yaml"), &text);
    dpi::Framework changed = dpi::frameworkVariant(current, QStringLiteral("mini-kg"), QDate(2026, 12, 2));
    changed.dimensions.front().weight = 5;
    EXPECT_FALSE(dpi::patchFrameworkHeader(text, current, changed));
}

// Both dialogs render at a usable size; with DPIW_FE_DIALOG_SHOTS set to a folder they are kept there for review.
TEST(FrameworkVersionDialogs, DialogsRender)
{
    QString text;
    const dpi::Framework framework = readFixture(QStringLiteral("valid/mini.framework.yaml"), &text);
    dpi::NewFrameworkVersionDialog version(framework);
    dpi::FrameworkVariantDialog variant(framework);
    version.findChild<QLineEdit *>(QStringLiteral("summaryEn"))->setText(QStringLiteral("Added a criterion on message logs."));
    const QString out = qEnvironmentVariable("DPIW_FE_DIALOG_SHOTS");
    for (QDialog *dialog : {static_cast<QDialog *>(&version), static_cast<QDialog *>(&variant)}) {
        dialog->show();
        QApplication::processEvents();
        EXPECT_GE(dialog->width(), 420);
        const QImage image = dialog->grab().toImage();
        EXPECT_FALSE(image.isNull());
        if (!out.isEmpty()) {
            EXPECT_TRUE(image.save(QDir(out).filePath(dialog->objectName() + QStringLiteral(".png"))));
        }
    }
}

TEST_F(FrameworkEditorWindowTest, CreateVariantRefusesTheSameOrAnInvalidId)
{
    nextFileName = directory.filePath(QStringLiteral("never.framework.yaml"));
    answers = {QMessageBox::Ok, QMessageBox::Ok};
    EXPECT_FALSE(window->createVariant(QStringLiteral("technical-feasibility"), dpi::LocalizedText()));
    EXPECT_FALSE(window->createVariant(QStringLiteral("has space"), dpi::LocalizedText()));
    EXPECT_EQ(questions.size(), 2u);
    EXPECT_TRUE(suggestions.isEmpty());
    EXPECT_EQ(document()->undoStack()->count(), 0);
    EXPECT_FALSE(QFile::exists(nextFileName));
}
