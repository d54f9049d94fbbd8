#include "filekind.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <QFile>

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(dpitest::dataPath(relative));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relative.toStdString();
    return file.readAll();
}

TEST(FileKind, TellsFrameworksFromProjectsByTheirTopLevelSchemaKey)
{
    EXPECT_EQ(dpi::detectFileKind(readData(QStringLiteral("valid/mini.framework.yaml"))), dpi::FileKind::Framework);
    // A project embeds frameworks with their own (indented) schema key.
    EXPECT_EQ(dpi::detectFileKind(readData(QStringLiteral("valid/mini.dpi.yaml"))), dpi::FileKind::Project);
    EXPECT_EQ(dpi::detectFileKind(readData(QStringLiteral("valid/full.dpi.yaml"))), dpi::FileKind::Project);
}

TEST(FileKind, AcceptsQuotesCommentsAndByteOrderMark)
{
    EXPECT_EQ(dpi::detectFileKind("\xEF\xBB\xBFschema: \"dpi-workbench/project/1\" # the format\n"),
              dpi::FileKind::Project);
    EXPECT_EQ(dpi::detectFileKind("# comment\r\nid: x\r\nschema: 'dpi-workbench/framework/1'\r\n"),
              dpi::FileKind::Framework);
}

TEST(FileKind, UnknownWhenThereIsNoTopLevelSchema)
{
    EXPECT_EQ(dpi::detectFileKind(""), dpi::FileKind::Unknown);
    EXPECT_EQ(dpi::detectFileKind("title: x\n  schema: dpi-workbench/project/1\n"), dpi::FileKind::Unknown);
    EXPECT_EQ(dpi::detectFileKind("schema: acme/other/1\n"), dpi::FileKind::Unknown);
    EXPECT_EQ(dpi::detectFileKind(QByteArray(1000, '[')), dpi::FileKind::Unknown);
}

} // namespace
