// The .ts files are complete and current: lupdate run on today's sources adds
// no message and drops none, and every message has a finished translation
// that keeps the source's placeholders.
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // the <translation type="…"> attribute: unfinished, vanished, obsolete
    QStringList translations; // one per numerus form, or one
};

std::vector<TsMessage> readTs(const QString &path, QString *error)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            bool numerus = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    message.translations << xml.readElementText();
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!numerus)
                message.translations << text;
            messages.push_back(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString key(const TsMessage &message)
{
    return message.context + QLatin1Char('\x1f') + message.source + QLatin1Char('\x1f') + message.comment;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// The same lupdate call as views/CMakeLists.txt (update_translations).
QStringList lupdateSources()
{
    QStringList sources;
    const QStringList filters{QStringLiteral("*.cpp"), QStringLiteral("*.h")};
    for (const QString &folder : {QStringLiteral("views"), QStringLiteral("model")}) {
        QDirIterator it(dpitest::sourcePath(folder), filters, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    const QDir app(dpitest::sourcePath(QStringLiteral("app/workbench")));
    for (const QString &name : app.entryList(filters, QDir::Files))
        sources << app.filePath(name);
    return sources;
}

class TsFile : public ::testing::TestWithParam<const char *>
{
protected:
    QString committedPath() const
    {
        return dpitest::sourcePath(QStringLiteral("translations/dpi-workbench_%1.ts").arg(QLatin1String(GetParam())));
    }
};

TEST_P(TsFile, EveryMessageIsTranslatedAndKeepsItsPlaceholders)
{
    QString error;
    const std::vector<TsMessage> messages = readTs(committedPath(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GT(messages.size(), 500u);
    for (const TsMessage &message : messages) {
        const std::string where = (message.context + QStringLiteral(": ") + message.source).toStdString();
        EXPECT_TRUE(message.type.isEmpty()) << message.type.toStdString() << " entry: " << where;
        ASSERT_FALSE(message.translations.isEmpty()) << where;
        for (const QString &translation : message.translations) {
            EXPECT_FALSE(translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) << "empty: " << where;
            // %n may be left out of a singular form ("one error"); numbered ones may not.
            QSet<QString> expected = placeholders(message.source);
            QSet<QString> got = placeholders(translation);
            expected.remove(QStringLiteral("%n"));
            got.remove(QStringLiteral("%n"));
            EXPECT_EQ(expected, got) << "placeholders differ: " << where << " -> " << translation.toStdString();
        }
    }
}

TEST_P(TsFile, LupdateOnTheSourcesFindsNothingNewAndNothingGone)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(committedPath()).fileName());
    ASSERT_TRUE(QFile::copy(committedPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.start(QStringLiteral(DPIW_LUPDATE_EXE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")}
                      + lupdateSources() + QStringList{QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QString error;
    const std::vector<TsMessage> committed = readTs(committedPath(), &error);
    const std::vector<TsMessage> updated = readTs(copy, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    std::map<QString, const TsMessage *> before;
    for (const TsMessage &message : committed)
        before[key(message)] = &message;
    for (const TsMessage &message : updated) {
        const std::string where = (message.context + QStringLiteral(": ") + message.source).toStdString();
        // Without -no-obsolete, a string the code dropped comes back as "vanished".
        EXPECT_TRUE(message.type.isEmpty())
            << message.type.toStdString() << ": " << where
            << " (run: cmake --build build --target update_translations, then translate)";
        EXPECT_TRUE(before.count(key(message))) << "new string not in the .ts: " << where;
    }
    EXPECT_EQ(committed.size(), updated.size());
}

TEST(TsFileKyrgyz, UsesTheKyrgyzLetters)
{
    QFile file(dpitest::sourcePath(QStringLiteral("translations/dpi-workbench_ky.ts")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // ң ө ү: a Kyrgyz text without them is Russian or uses look-alikes.
    EXPECT_GT(text.count(QChar(0x04A3)), 50);
    EXPECT_GT(text.count(QChar(0x04E9)), 50);
    EXPECT_GT(text.count(QChar(0x04AF)), 50);
    // Latin look-alikes inside Cyrillic words (e.g. a Latin "y" for "ү").
    static const QRegularExpression mixed(QStringLiteral("[\\x{0400}-\\x{04FF}][a-zA-Z]|[a-zA-Z][\\x{0400}-\\x{04FF}]"));
    const QRegularExpressionMatch match = mixed.match(text);
    EXPECT_FALSE(match.hasMatch()) << "mixed script at: " << text.mid(std::max(0, int(match.capturedStart()) - 20), 40).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, TsFile, ::testing::Values("ru", "ky"));

} // namespace
