#include "fallbackmarker.h"

#include "localizedtext.h"
#include "textfallback.h"

#include <QCoreApplication>
#include <QLabel>

namespace dpi {

namespace {

const char kPlainHeading[] = "dpiwPlainHeading";

} // namespace

QString fallbackNote(const LocalizedText &text, const QString &language)
{
    const ResolvedText resolved = resolveText(text, language);
    if (resolved.text.isEmpty() || resolved.language == language)
        return {};
    // Whole sentences per pair: language names change their form in Russian
    // and Kyrgyz, so they cannot be pasted into one pattern.
    const bool ky = language == QLatin1String("ky");
    if (resolved.language == QLatin1String("ru") && ky)
        return QCoreApplication::translate("dpi::FallbackMarker", "shown in Russian: no Kyrgyz text");
    if (resolved.language == QLatin1String("en") && ky)
        return QCoreApplication::translate("dpi::FallbackMarker", "shown in English: no Kyrgyz or Russian text");
    if (resolved.language == QLatin1String("en") && language == QLatin1String("ru"))
        return QCoreApplication::translate("dpi::FallbackMarker", "shown in English: no Russian text");
    return QCoreApplication::translate("dpi::FallbackMarker", "shown in the language “%1”: no text in “%2”")
        .arg(resolved.language, language);
}

void markFallback(QLabel *heading, const LocalizedText &text, const QString &language)
{
    QVariant plain = heading->property(kPlainHeading);
    if (!plain.isValid()) {
        plain = heading->text();
        heading->setProperty(kPlainHeading, plain);
    }
    const QString note = fallbackNote(text, language);
    // A long note wraps instead of widening the panel it sits in.
    heading->setWordWrap(true);
    // The note in normal weight and italics, so that it reads as a remark on
    // the heading rather than part of it.
    heading->setText(note.isEmpty() ? plain.toString()
                                    : QStringLiteral("%1 <span style='font-weight:normal; font-style:italic'>· %2</span>")
                                          .arg(plain.toString().toHtmlEscaped(), note.toHtmlEscaped()));
    heading->setToolTip(note);
}

} // namespace dpi
