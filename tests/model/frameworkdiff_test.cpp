#include "frameworkdiff.h"
#include "frameworkreader.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

using Kind = dpi::FrameworkChange::Kind;

dpi::Framework load(const char *name)
{
    const dpi::FrameworkReadResult result = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("diff/") + QLatin1String(name)));
    EXPECT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    return result.framework.value_or(dpi::Framework());
}

const dpi::FrameworkChange *find(const dpi::FrameworkDiff &diff, Kind kind, const QString &id, const QString &field = {})
{
    for (const auto &change : diff.changes) {
        if (change.kind == kind && change.id == id && (field.isEmpty() || change.field == field))
            return &change;
    }
    return nullptr;
}

} // namespace

TEST(FrameworkDiff, SameFrameworkHasNoChanges)
{
    const dpi::Framework v1 = load("v1.framework.yaml");
    EXPECT_TRUE(dpi::diffFrameworks(v1, v1).isEmpty());
    EXPECT_TRUE(dpi::diffAsText(dpi::diffFrameworks(v1, v1)).contains(QStringLiteral("(no changes)")));
}

TEST(FrameworkDiff, FindsAddedRemovedRenamedReweightedAndRetranslated)
{
    const dpi::FrameworkDiff diff = dpi::diffFrameworks(load("v1.framework.yaml"), load("v2.framework.yaml"));

    EXPECT_NE(find(diff, Kind::Added, QStringLiteral("capacity.budget")), nullptr);
    EXPECT_NE(find(diff, Kind::Removed, QStringLiteral("capacity.staff")), nullptr);
    const auto *renamed = find(diff, Kind::Renamed, QStringLiteral("exchange.message-logs"));
    ASSERT_NE(renamed, nullptr);
    EXPECT_EQ(renamed->oldId, QStringLiteral("exchange.logs"));
    // A rename is not also reported as a removal and an addition.
    EXPECT_EQ(find(diff, Kind::Removed, QStringLiteral("exchange.logs")), nullptr);
    EXPECT_EQ(find(diff, Kind::Added, QStringLiteral("exchange.message-logs")), nullptr);

    const auto *weight = find(diff, Kind::Changed, QStringLiteral("exchange.membership"), QStringLiteral("weight"));
    ASSERT_NE(weight, nullptr);
    EXPECT_EQ(weight->before, QStringLiteral("2"));
    EXPECT_EQ(weight->after, QStringLiteral("3"));

    const auto *rubric = find(diff, Kind::Changed, QStringLiteral("exchange.membership"), QStringLiteral("rubric.2"));
    ASSERT_NE(rubric, nullptr);
    EXPECT_EQ(rubric->language, QStringLiteral("en"));

    const auto *translation = find(diff, Kind::Changed, QStringLiteral("exchange"), QStringLiteral("title"));
    ASSERT_NE(translation, nullptr);
    EXPECT_EQ(translation->language, QStringLiteral("ky"));
    EXPECT_TRUE(translation->before.isEmpty());

    EXPECT_EQ(diff.count(Kind::Added, QStringLiteral("criterion")), 1);
    EXPECT_EQ(diff.count(Kind::Removed, QStringLiteral("criterion")), 1);
    EXPECT_EQ(diff.count(Kind::Renamed, QStringLiteral("criterion")), 1);
}

TEST(FrameworkDiff, TextAndJsonFormsAgree)
{
    const dpi::FrameworkDiff diff = dpi::diffFrameworks(load("v1.framework.yaml"), load("v2.framework.yaml"));
    const QString text = dpi::diffAsText(diff);
    EXPECT_TRUE(text.startsWith(QStringLiteral("--- mini-interop@1.0.0\n+++ mini-interop@1.1.0\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("+ criterion capacity.budget\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("- criterion capacity.staff\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("~ criterion exchange.logs renamed to exchange.message-logs\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("* criterion exchange.membership weight: \"2\" -> \"3\"\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("* dimension exchange title (ky): translation added")));

    const QJsonDocument json = QJsonDocument::fromJson(dpi::diffAsJson(diff));
    const QJsonArray changes = json.object().value(QStringLiteral("changes")).toArray();
    EXPECT_EQ(changes.size(), int(diff.changes.size()));
    EXPECT_EQ(json.object().value(QStringLiteral("new")).toString(), QStringLiteral("mini-interop@1.1.0"));
}

TEST(FrameworkDiff, ReportsAFrameworkBecomingAGateChecklist)
{
    const dpi::Framework v1 = load("v1.framework.yaml");
    dpi::Framework gates = v1;
    gates.kind = dpi::FrameworkKind::Gates;
    const dpi::FrameworkDiff diff = dpi::diffFrameworks(v1, gates);
    const dpi::FrameworkChange *change = find(diff, Kind::Changed, v1.id, QStringLiteral("kind"));
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(change->before, QStringLiteral("graded"));
    EXPECT_EQ(change->after, QStringLiteral("gates"));
}
