#include "autosaver.h"

#include "document.h"
#include "yamlwriter.h"

#include <QUndoStack>

namespace dpi {

Autosaver::Autosaver(Document *document, const RecoveryStore &store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
    , m_path(document->filePath())
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(document, &Document::modifiedChanged, this, &Autosaver::onModifiedChanged);
    connect(document, &Document::filePathChanged, this, &Autosaver::onFilePathChanged);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_dirty = true; });
    connect(document, &Document::projectReplaced, this, [this] { m_dirty = true; });
    connect(document, &Document::saved, this, [this] { discard(); });
    m_timer.start();
}

bool Autosaver::autosaveNow()
{
    if (!m_document->isModified() || !m_dirty)
        return false;
    QString error;
    if (!m_store.write(m_document->filePath(), projectToYaml(m_document->project()), &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_path = m_document->filePath();
    m_dirty = false;
    Q_EMIT autosaved(m_store.recoveryFileFor(m_path));
    return true;
}

void Autosaver::discard()
{
    m_store.remove(m_path);
    m_store.remove(m_document->filePath());
    m_dirty = m_document->isModified();
}

void Autosaver::onModifiedChanged(bool modified)
{
    // Undoing back to the saved state leaves nothing to recover.
    if (!modified)
        discard();
}

void Autosaver::onFilePathChanged(const QString &path)
{
    if (path != m_path)
        m_store.remove(m_path);
    m_path = path;
}

} // namespace dpi
