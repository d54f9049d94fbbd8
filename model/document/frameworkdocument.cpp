#include "frameworkdocument.h"

#include "frameworkreader.h"
#include "yamlcomments.h"
#include "yamlwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace dpi {

namespace {

// The readers refuse bigger files; the editor refuses them before reading.
constexpr qint64 kMaxFrameworkFileBytes = 16 * 1024 * 1024;
// Pause after a structured edit before its text is parsed for diagnostics.
constexpr int kDiagnosticsDelayMs = 400;

} // namespace

FrameworkDocument::FrameworkDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_diagnosticsTimer(new QTimer(this))
{
    m_diagnosticsTimer->setSingleShot(true);
    m_diagnosticsTimer->setInterval(kDiagnosticsDelayMs);
    connect(m_diagnosticsTimer, &QTimer::timeout, this, &FrameworkDocument::refreshDiagnostics);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

FrameworkDocument::~FrameworkDocument()
{
    // The undo stack, a child, clears itself after this destructor and would
    // report the clean state to a document that is gone.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

QString FrameworkDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool FrameworkDocument::isModified() const
{
    return !m_undoStack->isClean();
}

bool FrameworkDocument::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.size() > kMaxFrameworkFileBytes) {
        if (error)
            *error = tr("The file is larger than 16 MiB.");
        return false;
    }
    const QByteArray bytes = file.readAll();
    reset(QString::fromUtf8(bytes), path);
    return true;
}

void FrameworkDocument::reset(const QString &text, const QString &path)
{
    m_undoStack->clear();
    setFilePath(path);
    m_framework.reset();
    m_savedText = path.isEmpty() ? QString() : text;
    setText(text);
    // A framework that has never been written is modified until it is saved.
    if (path.isEmpty())
        m_undoStack->resetClean();
    else
        m_undoStack->setClean();
}

bool FrameworkDocument::save(QString *error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The framework has no file name yet.");
        return false;
    }
    return saveAs(m_filePath, error);
}

bool FrameworkDocument::saveAs(const QString &path, QString *error)
{
    if (!saveBytesAtomically(m_text.toUtf8(), path, error))
        return false;
    m_savedText = m_text;
    setFilePath(path);
    m_undoStack->setClean();
    // Diagnostics carry the file name, which may have changed.
    parse();
    Q_EMIT saved(path);
    return true;
}

QStringList FrameworkDocument::droppedComments() const
{
    return droppedYamlComments(m_savedText, m_text);
}

void FrameworkDocument::setText(const QString &text)
{
    m_text = text;
    Q_EMIT textChanged();
    parse();
}

void FrameworkDocument::setWrittenText(const QString &text, const Framework &framework)
{
    m_text = text;
    Q_EMIT textChanged();
    m_framework = framework;
    m_inSync = true;
    Q_EMIT frameworkChanged();
    m_diagnosticsTimer->start();
}

void FrameworkDocument::refreshDiagnostics()
{
    FrameworkReadResult result = readFrameworkText(m_text.toUtf8(), displayName());
    m_diagnostics = result.diagnostics;
    // The writer's output always reads back; should it ever not, say so.
    if (!result.ok() && m_inSync) {
        m_inSync = false;
        Q_EMIT frameworkChanged();
    }
    Q_EMIT diagnosticsChanged();
}

void FrameworkDocument::parse()
{
    m_diagnosticsTimer->stop();
    FrameworkReadResult result = readFrameworkText(m_text.toUtf8(), displayName());
    m_diagnostics = result.diagnostics;
    const bool wasInSync = m_inSync;
    m_inSync = result.ok();
    if (m_inSync) {
        m_framework = std::move(result.framework);
        Q_EMIT frameworkChanged();
    } else if (wasInSync) {
        Q_EMIT frameworkChanged();
    }
    Q_EMIT diagnosticsChanged();
}

void FrameworkDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

} // namespace dpi
