#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

// Mustache escapes {{value}} for HTML (& < > " '); {{{value}}} and {{&value}}
// print a value as it is. Project texts are typed by people and pasted from
// elsewhere, so the templates we ship print every value escaped.
TEST(BundledTemplates, PrintEveryValueEscaped)
{
    const QRegularExpression unescaped(QStringLiteral(R"(\{\{\{|\{\{\s*&)"));
    int files = 0;
    QDirIterator it(dpitest::sourcePath(QStringLiteral("templates/reports")), {QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch match = unescaped.match(text);
        EXPECT_FALSE(match.hasMatch()) << file.fileName().toStdString() << " at offset " << match.capturedStart();
        ++files;
    }
    EXPECT_GE(files, 5);
}
