#include "templatevariablecheck.h"

#include <QStringList>
#include <QVariantList>

#include <gtest/gtest.h>

using namespace dpi;

TEST(TemplateVariableCheck, WarnsAboutNamesTheReportNeverProvides)
{
    const QVariantMap context{
        {QStringLiteral("project"), QVariantMap{{QStringLiteral("title"), QStringLiteral("T")}}},
        {QStringLiteral("sectors"), QVariantList{QVariantMap{{QStringLiteral("title"), QStringLiteral("S")},
                                                             {QStringLiteral("coverage"), QVariantMap{{QStringLiteral("percent"), QStringLiteral("1")}}}}}},
        {QStringLiteral("labels"), QVariantMap{{QStringLiteral("footer"), QStringLiteral("F")}}}};
    const QSet<QString> known = templateVariableNames(context);
    EXPECT_TRUE(known.contains(QStringLiteral("project.title")));
    EXPECT_TRUE(known.contains(QStringLiteral("coverage.percent")));
    EXPECT_FALSE(known.contains(QStringLiteral("sectors.title")));

    Diagnostics diagnostics;
    checkTemplateVariables(QStringLiteral("t.html"),
                           QStringLiteral("<h1>{{project.title}}</h1>{{! {{nothing}} }}\n"
                                          "{{#sectors}}{{title}} {{coverage.percent}} {{.}}{{/sectors}}\n"
                                          "  <p>{{ project.titel }} {{{labels.missing}}} {{> part.html}} {{^nope}}x{{/nope}}</p>"),
                           known, diagnostics);
    QStringList found;
    for (const Diagnostic &item : diagnostics.items()) {
        EXPECT_EQ(item.severity, Severity::Warning);
        found << item.toString();
    }
    EXPECT_EQ(found, QStringList({QStringLiteral("t.html:3:6: warning: unknown variable 'project.titel': the report provides no value of that name, so it renders as nothing"),
                                  QStringLiteral("t.html:3:26: warning: unknown variable 'labels.missing': the report provides no value of that name, so it renders as nothing"),
                                  QStringLiteral("t.html:3:63: warning: unknown variable 'nope': the report provides no value of that name, so it renders as nothing")}));
}

// A project that raises no red flag has an empty "red_flags" list; the names of its
// items are still the report's, so the default template's red-flag table stays valid.
TEST(TemplateVariableCheck, RedFlagItemNamesAreKnownWithoutAnyRedFlag)
{
    const QVariantMap context{{QStringLiteral("red_flags"), QVariantList{}}, {QStringLiteral("has_red_flags"), false}};
    const QSet<QString> known = templateVariableNames(context);
    for (const char *name : {"criterion_title", "framework_title", "dimension_title", "level", "threshold"})
        EXPECT_TRUE(known.contains(QLatin1String(name))) << name;

    Diagnostics diagnostics;
    checkTemplateVariables(QStringLiteral("t.html"),
                           QStringLiteral("{{#red_flags}}{{criterion_title}} {{level}} < {{threshold}} {{criterion_titel}}{{/red_flags}}"),
                           known, diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 1);
    EXPECT_TRUE(diagnostics.items().front().toString().contains(QStringLiteral("'criterion_titel'")));
}
