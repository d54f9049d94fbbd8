#include "frameworkdiff.h"
#include "frameworkdiff/frameworkdiffdialog.h"
#include "frameworkdiff/frameworkdiffview.h"
#include "frameworkreader.h"
#include "testpaths.h"
#include "workbenchtesthelpers.h"
#include "frameworkdifftesthelpers.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace dpi;
using namespace difftest;

namespace {

Framework readDiffFixture(const char *name)
{
    const FrameworkReadResult read = readFrameworkFile(dpitest::dataPath(QStringLiteral("diff/") + QLatin1String(name)));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.framework.value_or(Framework());
}

// One visible row of the view, with the section it sits in.
struct ShownRow
{
    QString section;
    QString group;
    QString id;
    QString element;
    QString aspect;
    QString before;
    QString after;
    QColor tint;
};

std::vector<ShownRow> shownRows(const QTreeWidget *tree)
{
    std::vector<ShownRow> rows;
    const auto collect = [&rows](const QTreeWidgetItem *item, const QString &section, const QString &group) {
        if (item->isHidden())
            return;
        rows.push_back({section, group, item->data(0, Qt::UserRole).toString(), item->text(0), item->text(1),
                        item->text(2), item->text(3), item->background(0).color()});
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = tree->topLevelItem(i);
        if (section->isHidden())
            continue;
        const QString key = section->data(0, Qt::UserRole + 1).toString();
        for (int j = 0; j < section->childCount(); ++j) {
            const QTreeWidgetItem *child = section->child(j);
            if (child->childCount() == 0) {
                collect(child, key, QString());
                continue;
            }
            if (child->isHidden())
                continue;
            for (int k = 0; k < child->childCount(); ++k)
                collect(child->child(k), key, child->text(0));
        }
    }
    return rows;
}

const ShownRow *find(const std::vector<ShownRow> &rows, const QString &section, const QString &id,
                     const QString &aspectPart = QString())
{
    for (const ShownRow &row : rows) {
        if (row.section == section && row.id == id && row.aspect.contains(aspectPart))
            return &row;
    }
    return nullptr;
}

QStringList visibleSections(const QTreeWidget *tree)
{
    QStringList keys;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden())
            keys << tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
    }
    return keys;
}

class FrameworkDiffViewTest : public ::testing::Test
{
protected:
    Framework v1 = readDiffFixture("v1.framework.yaml");
    Framework v2 = readDiffFixture("v2.framework.yaml");
};

} // namespace

TEST_F(FrameworkDiffViewTest, SummaryCountsEveryKindOfChange)
{
    const FrameworkDiffView view(v1, v2, QStringLiteral("v1.framework.yaml"), QStringLiteral("v2.framework.yaml"));
    const FrameworkDiff expected = diffFrameworks(v1, v2);
    EXPECT_EQ(view.diff().changes.size(), expected.changes.size());
    // v2: capacity.budget added, capacity.staff removed, exchange.logs renamed; version,
    // one weight, one rubric level and one Kyrgyz title changed.
    EXPECT_EQ(view.summaryText(), QStringLiteral("1 added, 1 removed, 1 renamed, 4 changed"));
    const QString title = view.findChild<QLabel *>(QStringLiteral("diffTitle"))->text();
    EXPECT_TRUE(title.contains(QStringLiteral("mini-interop@1.0.0")));
    EXPECT_TRUE(title.contains(QStringLiteral("v2.framework.yaml")));
}

TEST_F(FrameworkDiffViewTest, ListsRenamedAddedRemovedAndReweightedCriteriaInTheirSections)
{
    const FrameworkDiffView view(v1, v2, QStringLiteral("v1"), QStringLiteral("v2"));
    const std::vector<ShownRow> rows = shownRows(view.tree());
    EXPECT_EQ(visibleSections(view.tree()),
              (QStringList{QStringLiteral("added"), QStringLiteral("removed"), QStringLiteral("renamed"), QStringLiteral("weight"),
                           QStringLiteral("rubric"), QStringLiteral("translations"), QStringLiteral("framework")}));

    const ShownRow *added = find(rows, QStringLiteral("added"), QStringLiteral("capacity.budget"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->element, QStringLiteral("capacity.budget — ICT budget"));
    EXPECT_EQ(added->after, QStringLiteral("Is there a recurrent budget line for running the sector's systems?"));
    EXPECT_EQ(added->before, QStringLiteral("—"));

    const ShownRow *removed = find(rows, QStringLiteral("removed"), QStringLiteral("capacity.staff"));
    ASSERT_NE(removed, nullptr);
    EXPECT_EQ(removed->element, QStringLiteral("capacity.staff — ICT staff"));

    const ShownRow *renamed = find(rows, QStringLiteral("renamed"), QStringLiteral("exchange.message-logs"));
    ASSERT_NE(renamed, nullptr);
    EXPECT_TRUE(renamed->before.startsWith(QStringLiteral("exchange.logs"))) << renamed->before.toStdString();
    EXPECT_EQ(renamed->after, QStringLiteral("exchange.message-logs"));

    const ShownRow *weight = find(rows, QStringLiteral("weight"), QStringLiteral("exchange.membership"));
    ASSERT_NE(weight, nullptr);
    EXPECT_EQ(weight->before, QStringLiteral("2"));
    EXPECT_EQ(weight->after, QStringLiteral("3"));

    const ShownRow *rubric = find(rows, QStringLiteral("rubric"), QStringLiteral("exchange.membership"));
    ASSERT_NE(rubric, nullptr);
    EXPECT_TRUE(rubric->group.startsWith(QStringLiteral("Level 2 — Developing"))) << rubric->group.toStdString();
    EXPECT_EQ(rubric->after, QStringLiteral("One or two core systems consume services in production."));

    // The Kyrgyz title added to a dimension is translation work, not a change of meaning.
    const ShownRow *kyrgyz = find(rows, QStringLiteral("translations"), QStringLiteral("exchange"), QStringLiteral("(ky)"));
    ASSERT_NE(kyrgyz, nullptr);
    EXPECT_EQ(kyrgyz->after, QStringLiteral("Маалымат алмашуу"));

    const ShownRow *version = find(rows, QStringLiteral("framework"), QStringLiteral("mini-interop"), QStringLiteral("version"));
    ASSERT_NE(version, nullptr);
    EXPECT_EQ(version->before, QStringLiteral("1.0.0"));
    EXPECT_EQ(version->after, QStringLiteral("1.1.0"));

    // Added green, removed red, changed amber.
    EXPECT_GT(added->tint.green(), added->tint.red());
    EXPECT_GT(removed->tint.red(), removed->tint.green());
    EXPECT_GT(weight->tint.red(), weight->tint.blue());
    EXPECT_GT(weight->tint.green(), weight->tint.blue());
    EXPECT_EQ(kyrgyz->tint, added->tint); // a translation added is an addition
}

TEST_F(FrameworkDiffViewTest, ShowsTitlesInTheContentLanguage)
{
    FrameworkDiffView view(v1, v2, QStringLiteral("v1"), QStringLiteral("v2"));
    view.setLanguage(QStringLiteral("ru"));
    const std::vector<ShownRow> rows = shownRows(view.tree());
    const ShownRow *added = find(rows, QStringLiteral("added"), QStringLiteral("capacity.budget"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->element, QStringLiteral("capacity.budget — Бюджет на ИКТ"));
    // English-only rubric text is what a Russian reader sees too, so it stays in the rubric section.
    EXPECT_NE(find(rows, QStringLiteral("rubric"), QStringLiteral("exchange.membership")), nullptr);
    const ShownRow *rubricLevel = find(rows, QStringLiteral("rubric"), QStringLiteral("exchange.membership"));
    EXPECT_TRUE(rubricLevel->group.contains(QStringLiteral("Развивающийся"))) << rubricLevel->group.toStdString();
    EXPECT_EQ(view.findChild<QComboBox *>(QStringLiteral("diffLanguage"))->currentData().toString(), QStringLiteral("ru"));
}

TEST_F(FrameworkDiffViewTest, FilterNarrowsRowsAndSections)
{
    FrameworkDiffView view(v1, v2, QStringLiteral("v1"), QStringLiteral("v2"));
    const std::size_t all = shownRows(view.tree()).size();
    EXPECT_EQ(all, view.diff().changes.size());

    view.setFilterText(QStringLiteral("BUDGET"));
    std::vector<ShownRow> rows = shownRows(view.tree());
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].id, QStringLiteral("capacity.budget"));
    EXPECT_EQ(visibleSections(view.tree()), QStringList{QStringLiteral("added")});
    EXPECT_EQ(view.statusText(), QStringLiteral("1 of %1 changes shown").arg(all));

    view.setFilterText(QStringLiteral("exchange.membership"));
    rows = shownRows(view.tree());
    EXPECT_EQ(rows.size(), 2u); // weight and rubric level 2

    view.setFilterText(QStringLiteral("no such thing"));
    EXPECT_TRUE(shownRows(view.tree()).empty());
    EXPECT_TRUE(visibleSections(view.tree()).isEmpty());

    view.setFilterText(QString());
    EXPECT_EQ(shownRows(view.tree()).size(), all);
}

TEST_F(FrameworkDiffViewTest, SaveAsJsonWritesWhatDiffAsJsonGives)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("changes.json"));
    FrameworkDiffView view(v1, v2, QStringLiteral("v1"), QStringLiteral("v2"));
    QString suggested;
    view.setSaveFileChooser([&](const QString &suggestion) {
        suggested = suggestion;
        return path;
    });
    view.findChild<QPushButton *>(QStringLiteral("saveDiffButton"))->click();
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("mini-interop-1.0.0-to-1.1.0.diff.json"))) << suggested.toStdString();
    EXPECT_EQ(workbenchtest::readAll(path), diffAsJson(diffFrameworks(v1, v2)));
    EXPECT_TRUE(view.statusText().startsWith(QStringLiteral("Saved "))) << view.statusText().toStdString();

    // Cancelling the file dialog writes nothing.
    QFile::remove(path);
    view.setSaveFileChooser([](const QString &) { return QString(); });
    view.findChild<QPushButton *>(QStringLiteral("saveDiffButton"))->click();
    EXPECT_FALSE(QFile::exists(path));

    // A place that cannot be written is reported, not hidden.
    QString error;
    EXPECT_FALSE(view.saveJson(directory.filePath(QStringLiteral("missing/folder/changes.json")), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(view.statusText().startsWith(QStringLiteral("Could not save"))) << view.statusText().toStdString();
}

TEST_F(FrameworkDiffViewTest, CopyAsTextPutsTheCliTextOnTheClipboard)
{
    FrameworkDiffView view(v1, v2, QStringLiteral("v1"), QStringLiteral("v2"));
    QGuiApplication::clipboard()->clear();
    view.findChild<QPushButton *>(QStringLiteral("copyDiffButton"))->click();
    const QString text = QGuiApplication::clipboard()->text();
    EXPECT_EQ(text, diffAsText(diffFrameworks(v1, v2)));
    EXPECT_TRUE(text.contains(QStringLiteral("~ criterion exchange.logs renamed to exchange.message-logs")));
}

TEST_F(FrameworkDiffViewTest, IdenticalFrameworksSayNoDifferences)
{
    const FrameworkDiffView view(v1, v1, QStringLiteral("a"), QStringLiteral("b"));
    EXPECT_EQ(view.summaryText(), QStringLiteral("No differences"));
    EXPECT_EQ(view.tree()->topLevelItemCount(), 0);
}

TEST_F(FrameworkDiffViewTest, DialogWrapsTheViewWithItsNames)
{
    FrameworkDiffDialog dialog(v1, v2, QStringLiteral("v1.framework.yaml"), QStringLiteral("v2.framework.yaml"));
    dialog.setLanguage(QStringLiteral("ru"));
    dialog.show();
    EXPECT_TRUE(dialog.windowTitle().contains(QStringLiteral("v1.framework.yaml → v2.framework.yaml")));
    ASSERT_NE(dialog.view(), nullptr);
    EXPECT_EQ(dialog.view()->language(), QStringLiteral("ru"));
    EXPECT_EQ(dialog.view()->diff().newPin, QStringLiteral("mini-interop@1.1.0"));
    dialog.setLanguage(QStringLiteral("en"));
    saveShotIfAsked(&dialog, QStringLiteral("diff-dialog.png"));
}
