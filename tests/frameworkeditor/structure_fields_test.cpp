#include "structure_testsupport.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

using namespace dpi;
using namespace structuretest;

TEST_F(StructureEditorTest, CriterionScoringReferencesAndReplacesFields)
{
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    const auto logs = [this] { return *framework().findCriterion(QStringLiteral("exchange.logs")); };

    child<QDoubleSpinBox>(QStringLiteral("criterionWeight"))->setValue(1.5);
    EXPECT_DOUBLE_EQ(logs().weight, 1.5);

    auto *critical = child<QGroupBox>(QStringLiteral("criterionCritical"));
    EXPECT_FALSE(critical->isChecked());
    critical->setChecked(true);
    ASSERT_TRUE(logs().critical.has_value());
    EXPECT_EQ(logs().critical->below, 1);
    EXPECT_FALSE(logs().critical->capPercent.has_value());
    auto *below = child<QSpinBox>(QStringLiteral("criticalBelow"));
    EXPECT_EQ(below->minimum(), 1);
    EXPECT_EQ(below->maximum(), 4);
    below->setValue(2);
    child<QCheckBox>(QStringLiteral("criticalCapEnabled"))->setChecked(true);
    child<QDoubleSpinBox>(QStringLiteral("criticalCap"))->setValue(40);
    ASSERT_TRUE(logs().critical.has_value());
    EXPECT_EQ(logs().critical->below, 2);
    EXPECT_EQ(logs().critical->capPercent, 40.0);
    // The tree marks it.
    EXPECT_TRUE(model->indexOf(editor->selectedNode(), FrameworkTreeModel::CriticalColumn).data().toString().contains(QStringLiteral("<2")));
    critical->setChecked(false);
    EXPECT_FALSE(logs().critical.has_value());

    // References: one row per key, rows with the same number form one reference.
    auto *references = child<QTableWidget>(QStringLiteral("criterionReferences"));
    ASSERT_EQ(references->rowCount(), 1);
    EXPECT_EQ(references->item(0, 1)->text(), QStringLiteral("url"));
    child<QPushButton>(QStringLiteral("addReference"))->click();
    ASSERT_EQ(logs().references.size(), 2u);
    ASSERT_EQ(references->rowCount(), 2);
    references->item(1, 1)->setText(QStringLiteral("govstack"));
    references->item(1, 2)->setText(QStringLiteral("information-mediator"));
    references->setCurrentCell(1, 1);
    child<QPushButton>(QStringLiteral("addReferenceKey"))->click();
    ASSERT_EQ(references->rowCount(), 3);
    references->item(2, 1)->setText(QStringLiteral("requirement"));
    references->item(2, 2)->setText(QStringLiteral("Service Access"));
    const Reference expected{{{QStringLiteral("govstack"), QStringLiteral("information-mediator")},
                              {QStringLiteral("requirement"), QStringLiteral("Service Access")}}};
    ASSERT_EQ(logs().references.size(), 2u);
    EXPECT_EQ(logs().references[1], expected);
    references->setCurrentCell(0, 1);
    child<QPushButton>(QStringLiteral("removeReferenceRow"))->click();
    ASSERT_EQ(logs().references.size(), 1u);
    EXPECT_EQ(logs().references[0], expected);

    auto *replaces = child<QLineEdit>(QStringLiteral("criterionReplaces"));
    retype(replaces, QStringLiteral("exchange.log-keeping, exchange.audit"));
    EXPECT_EQ(logs().replaces, (QStringList{QStringLiteral("exchange.log-keeping"), QStringLiteral("exchange.audit")}));
    // Typing commits as it goes while the list is valid; "bad!" is refused and shown.
    retype(replaces, QStringLiteral("bad!id"));
    EXPECT_FALSE(child<QWidget>(QStringLiteral("criterionReplacesError"))->isHidden());
    EXPECT_EQ(logs().replaces, QStringList{QStringLiteral("bad")});
    EXPECT_TRUE(document->isInSync());
}

TEST_F(StructureEditorTest, DimensionAndFrameworkFields)
{
    select(FrameworkNode::dimension(QStringLiteral("capacity")));
    child<QDoubleSpinBox>(QStringLiteral("dimensionWeight"))->setValue(3);
    EXPECT_DOUBLE_EQ(framework().findDimension(QStringLiteral("capacity"))->weight, 3.0);
    retype(child<QPlainTextEdit>(QStringLiteral("dimensionDescription_en")), QStringLiteral("People and skills."));
    EXPECT_EQ(framework().findDimension(QStringLiteral("capacity"))->description.exact(QStringLiteral("en")), QStringLiteral("People and skills."));
    auto *dimensionId = child<QLineEdit>(QStringLiteral("dimensionId"));
    retype(dimensionId, QStringLiteral("exchange"));
    pressKey(dimensionId, Qt::Key_Return);
    EXPECT_FALSE(child<QWidget>(QStringLiteral("dimensionIdError"))->isHidden());
    retype(dimensionId, QStringLiteral("people"));
    pressKey(dimensionId, Qt::Key_Return);
    EXPECT_NE(framework().findDimension(QStringLiteral("people")), nullptr);
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::dimension(QStringLiteral("people")));

    select(FrameworkNode::framework());
    auto *version = child<QLineEdit>(QStringLiteral("frameworkVersion"));
    EXPECT_TRUE(version->isReadOnly());
    EXPECT_EQ(version->text(), QStringLiteral("1.0.0"));
    EXPECT_TRUE(child<QLineEdit>(QStringLiteral("frameworkDerivedFrom"))->isReadOnly());
    retype(child<QLineEdit>(QStringLiteral("frameworkLicence")), QStringLiteral("CC-BY-SA-4.0"));
    EXPECT_EQ(framework().licence, QStringLiteral("CC-BY-SA-4.0"));
    retype(child<QPlainTextEdit>(QStringLiteral("frameworkAuthors")), QStringLiteral("Ann\nBob"));
    EXPECT_EQ(framework().authors, (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob")}));
    retype(child<QLineEdit>(QStringLiteral("scaleLabel_2_ru")), QStringLiteral("Развитие"));
    EXPECT_EQ(framework().scale.levels[2].label.exact(QStringLiteral("ru")), QStringLiteral("Развитие"));
    child<QCheckBox>(QStringLiteral("scaleNotApplicable"))->setChecked(false);
    EXPECT_FALSE(framework().scale.allowNotApplicable);

    // Sources: a bad date is refused with the reader's reason; a good one is applied.
    auto *sources = child<QTableWidget>(QStringLiteral("frameworkSources"));
    ASSERT_EQ(sources->rowCount(), 1);
    const QString text = document->text();
    sources->item(0, 3)->setText(QStringLiteral("2024-02-30"));
    EXPECT_EQ(document->text(), text);
    auto *problem = child<QWidget>(QStringLiteral("frameworkForm"))->findChild<QLabel *>(QStringLiteral("formProblem"));
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("2024-02-30"))) << qPrintable(problem->text());
    sources->item(0, 3)->setText(QStringLiteral("2024-02-28"));
    EXPECT_EQ(framework().sources[0].accessed, QStringLiteral("2024-02-28"));
    EXPECT_TRUE(problem->isHidden());
    child<QPushButton>(QStringLiteral("addSource"))->click();
    ASSERT_EQ(framework().sources.size(), 2u);
    EXPECT_EQ(framework().sources[1].id, QStringLiteral("source"));
    EXPECT_TRUE(document->isInSync());
}
