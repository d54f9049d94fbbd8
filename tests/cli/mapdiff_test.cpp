#include "dpiwrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

QString write(const QTemporaryDir &dir, const char *name, const char *text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

// Arrow heads are the only filled paths in the movement colour.
int movementArrowHeads(const QString &svgPath)
{
    QFile file(svgPath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int heads = 0;
    QStringList fills;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            fills << xml.attributes().value(QStringLiteral("fill")).toString();
            if (xml.name() == QLatin1String("path") && fills.contains(QStringLiteral("#1f5fbf")))
                ++heads;
        } else if (xml.isEndElement()) {
            fills.removeLast();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return heads;
}

const char kOld[] = "title Identity\ncomponent User [0.95, 0.5]\ncomponent Login [0.6, 0.40]\n"
                    "component Registry [0.3, 0.30]\ncomponent Fax [0.2, 0.8]\nUser->Login\n";
const char kNew[] = "title Identity\ncomponent User [0.95, 0.5]\ncomponent Login [0.6, 0.65]\n"
                    "component Registry [0.45, 0.30]\ncomponent Consent [0.5, 0.2]\nUser->Login\n";

} // namespace

TEST(DpiwMapDiff, SvgHasOneArrowPerMovedComponent)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("diff.svg"));
    const DpiwRun run = runDpiw({QStringLiteral("map"), QStringLiteral("diff"), write(dir, "old.owm", kOld),
                                 write(dir, "new.owm", kNew), QStringLiteral("-o"), out});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("moved Login: [0.6, 0.4] -> [0.6, 0.65]\nmoved Registry: [0.3, 0.3] -> [0.45, 0.3]\n"
                                      "added Consent\nremoved Fax\n"));
    EXPECT_EQ(movementArrowHeads(out), 2);
}

TEST(DpiwMapDiff, RenameOptionMatchesAndSameMapHasNoArrows)
{
    QTemporaryDir dir;
    const QString before = write(dir, "old.owm", "component EMIS [0.5, 0.3]\n");
    const QString after = write(dir, "new.owm", "component School EMIS [0.5, 0.55]\n");
    const QString out = dir.filePath(QStringLiteral("diff.svg"));
    const DpiwRun renamed = runDpiw({QStringLiteral("map"), QStringLiteral("diff"), before, after, QStringLiteral("-o"),
                                     out, QStringLiteral("--rename"), QStringLiteral("EMIS=School EMIS")});
    EXPECT_EQ(renamed.exitCode, 1);
    EXPECT_EQ(renamed.out, QStringLiteral("moved School EMIS (was EMIS): [0.5, 0.3] -> [0.5, 0.55]\n"));
    EXPECT_EQ(movementArrowHeads(out), 1);

    const DpiwRun same = runDpiw({QStringLiteral("map"), QStringLiteral("diff"), after, after, QStringLiteral("-o"), out});
    EXPECT_EQ(same.exitCode, 0);
    EXPECT_EQ(same.out, QStringLiteral("no changes\n"));
    EXPECT_EQ(movementArrowHeads(out), 0);
}

TEST(DpiwMapDiff, BadUsageExitsTwo)
{
    QTemporaryDir dir;
    const QString map = write(dir, "m.owm", "component A [0.5, 0.5]\n");
    EXPECT_EQ(runDpiw({QStringLiteral("map"), QStringLiteral("diff"), map, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg"))}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("map"), QStringLiteral("diff"), map, map, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("map"), QStringLiteral("diff"), map, map, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg")),
                       QStringLiteral("--rename"), QStringLiteral("A")}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("map"), QStringLiteral("diff"), map, dir.filePath(QStringLiteral("missing.owm")), QStringLiteral("-o"),
                       dir.filePath(QStringLiteral("x.svg"))}).exitCode, 2);
}
