#pragma once

#include "recoverystore.h"

#include <QObject>
#include <QTimer>

namespace dpi {

class Document;

/**
 * Writes the document to its recovery file every interval (a minute by
 * default) while it has unsaved changes, and removes the recovery file once
 * the changes are saved or undone. A crash leaves the file behind; the next
 * start offers it back (MainWindow::offerRecovery).
 */
class Autosaver : public QObject
{
    Q_OBJECT

public:
    Autosaver(Document *document, const RecoveryStore &store, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    const RecoveryStore &store() const { return m_store; }

    /** Writes now if there is something unsaved; returns whether a file was written. */
    bool autosaveNow();
    /** Removes this document's recovery file (saved, or changes discarded on close). */
    void discard();

Q_SIGNALS:
    void autosaved(const QString &recoveryFile);
    void failed(const QString &error);

private:
    void onModifiedChanged(bool modified);
    void onFilePathChanged(const QString &path);

    Document *const m_document;
    RecoveryStore m_store;
    QTimer m_timer;
    QString m_path;       // the path the current recovery file belongs to
    bool m_dirty = false; // changed since the last autosave
};

} // namespace dpi
