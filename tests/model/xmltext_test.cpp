#include "xmltext.h"

#include "hostiletext.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

// The text of <a> in `<a title="ATTRIBUTE">CONTENT</a>`, read back by a real parser.
struct ReadBack
{
    QString error;
    QString content;
    QString attribute;
};

ReadBack readBack(const QString &escaped)
{
    const QString document = QStringLiteral("<a title=\"%1\" other='%1'>%1</a>").arg(escaped);
    QXmlStreamReader reader(document.toUtf8());
    ReadBack result;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            result.attribute = reader.attributes().value(QStringLiteral("title")).toString();
            result.content = reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        }
    }
    if (reader.hasError())
        result.error = reader.errorString();
    return result;
}

} // namespace

TEST(XmlText, EscapesMarkupCharacters)
{
    EXPECT_EQ(xmlEscaped(QStringLiteral("A & B <c> \"d\" 'e'")),
              QStringLiteral("A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;"));
    EXPECT_EQ(xmlEscaped(QStringLiteral("]]>")), QStringLiteral("]]&gt;"));
    EXPECT_EQ(xmlEscaped(QStringLiteral("plain text, Кириллица")), QStringLiteral("plain text, Кириллица"));
}

TEST(XmlText, DropsWhatXmlForbidsAndKeepsTheRest)
{
    const QString text = QStringLiteral("a") + QChar(0x00) + QChar(0x01) + QChar(0x1F) + QStringLiteral("b\t\n\rc")
        + QChar(0xFFFE) + QChar(0xFFFF) + QChar(0xFFFD) + QChar(0xD800) + QStringLiteral("d") + QChar(0xDC00)
        + QStringLiteral("\U0001F600") + QChar(0x7F) + QChar(0x85);
    EXPECT_EQ(xmlAllowedText(text),
              QStringLiteral("ab\t\n\rc") + QChar(0xFFFD) + QStringLiteral("d\U0001F600") + QChar(0x7F) + QChar(0x85));
    // A CR survives the parser's line-end handling only as a reference.
    EXPECT_EQ(xmlEscaped(QStringLiteral("a\rb")), QStringLiteral("a&#13;b"));
}

TEST(XmlText, EveryHostileTextParsesBackAsItself)
{
    for (const QString &text : dpitest::hostileTexts()) {
        const ReadBack back = readBack(xmlEscaped(text));
        ASSERT_TRUE(back.error.isEmpty()) << back.error.toStdString() << " for " << text.toStdString();
        EXPECT_EQ(back.content, xmlAllowedText(text)) << text.toStdString();
        EXPECT_FALSE(back.attribute.isEmpty());
    }
}

TEST(XmlText, ForbiddenBytesLeaveAWholeDocument)
{
    const QByteArray clean = QStringLiteral("<a>Кириллица \U0001F600 \uFFFD\t\n</a>").toUtf8();
    EXPECT_EQ(xmlWithoutForbiddenCharacters(clean), clean);

    const QString dirty = QStringLiteral("<a>x") + QChar(0x01) + QStringLiteral("y") + QChar(0xFFFE) + QStringLiteral("z")
        + QChar(0xFFFF) + QStringLiteral("Ѝ") + QChar(0x1F) + QStringLiteral("</a>");
    const QByteArray stripped = xmlWithoutForbiddenCharacters(dirty.toUtf8());
    EXPECT_EQ(QString::fromUtf8(stripped), QStringLiteral("<a>xyzЍ</a>"));
    QXmlStreamReader reader(stripped);
    while (!reader.atEnd())
        reader.readNext();
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    // The raw bytes, unstripped, are refused: the test above is not vacuous.
    QXmlStreamReader raw(dirty.toUtf8());
    while (!raw.atEnd())
        raw.readNext();
    EXPECT_TRUE(raw.hasError());
    // A byte sequence cut short at the end is left alone.
    EXPECT_EQ(xmlWithoutForbiddenCharacters(QByteArray("a\xEF\xBF", 3)), QByteArray("a\xEF\xBF", 3));
}
