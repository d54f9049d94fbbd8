#include "wardleymapeditor.h"

#include "document.h"
#include "mapedits.h"
#include "mapexport.h"
#include "mapscorecolours.h"
#include "owmreader.h"
#include "owmwriter.h"
#include "wardleyscene.h"
#include "wardleyview.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace dpi {

namespace {
constexpr int kReparseDelayMs = 600;
enum AddKind { AddComponent, AddNote, AddAnnotation };
}

WardleyMapEditor::WardleyMapEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(new WardleyScene(document, QString(), this))
    , m_view(new WardleyView(m_scene))
    , m_text(new QPlainTextEdit)
    , m_diagnosticList(new QListWidget)
    , m_toolBar(new QToolBar)
    , m_reparseTimer(new QTimer(this))
{
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSize(10);
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Undo belongs to the project's stack: a text edit becomes one map edit there.
    m_text->setUndoRedoEnabled(false);
    m_text->setObjectName(QStringLiteral("owmText"));
    m_diagnosticList->setObjectName(QStringLiteral("owmDiagnostics"));
    m_diagnosticList->setMaximumHeight(110);

    m_reparseTimer->setSingleShot(true);
    m_reparseTimer->setInterval(kReparseDelayMs);
    connect(m_reparseTimer, &QTimer::timeout, this, &WardleyMapEditor::reparseTextNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, &WardleyMapEditor::onTextChanged);
    connect(m_diagnosticList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        const QTextBlock block = m_text->document()->findBlockByNumber(std::max(0, line - 1));
        m_text->setTextCursor(QTextCursor(block));
        m_text->setFocus();
    });

    // Connected after the scene's own connection: the scene has redrawn when these run.
    connect(m_document, &Document::mapChanged, this, &WardleyMapEditor::onMapChanged);
    connect(m_document, &Document::projectReplaced, this, [this]() {
        regenerateText();
        updatePaintOptions();
    });

    auto *textSide = new QWidget;
    auto *textLayout = new QVBoxLayout(textSide);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(new QLabel(tr("Map text (OnlineWardleyMaps)")));
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_diagnosticList);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(textSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 420});

    buildToolBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    regenerateText();
}

WardleyMapEditor::~WardleyMapEditor() = default;

void WardleyMapEditor::buildToolBar()
{
    const auto addAction = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            QWidget::addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addAction(tr("Zoom in"), QKeySequence(Qt::CTRL | Qt::Key_Equal), [this]() { m_view->zoomIn(); });
    addAction(tr("Zoom out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), [this]() { m_view->zoomOut(); });
    addAction(tr("100 %"), QKeySequence(Qt::CTRL | Qt::Key_0), [this]() { m_view->resetZoom(); });
    addAction(tr("Fit"), QKeySequence(), [this]() { m_view->fitToWindow(); });
    m_toolBar->addSeparator();
    addAction(tr("Add component"), QKeySequence(), [this]() { addAtViewCentre(AddComponent); });
    addAction(tr("Add note"), QKeySequence(), [this]() { addAtViewCentre(AddNote); });
    addAction(tr("Add annotation"), QKeySequence(), [this]() { addAtViewCentre(AddAnnotation); });
    m_toolBar->addSeparator();
    m_scoresAction = addAction(tr("Scores"), QKeySequence(), [this]() { updatePaintOptions(); });
    m_scoresAction->setCheckable(true);
    m_scoresAction->setToolTip(tr("Colour components by the scores of their linked criteria"));
    m_sectorBox = new QComboBox;
    m_sectorBox->setToolTip(tr("Sector whose scores colour the map"));
    m_sectorBox->setMinimumContentsLength(12);
    m_toolBar->addWidget(m_sectorBox);
    connect(m_sectorBox, &QComboBox::currentIndexChanged, this, [this]() { updatePaintOptions(); });
    m_toolBar->addSeparator();
    addAction(tr("Export SVG…"), QKeySequence(), [this]() { exportWithDialog(QStringLiteral("svg")); });
    addAction(tr("Export PNG…"), QKeySequence(), [this]() { exportWithDialog(QStringLiteral("png")); });
    addAction(tr("Export OWM…"), QKeySequence(), [this]() { exportWithDialog(QStringLiteral("owm")); });
}

void WardleyMapEditor::showMap(const QString &mapId)
{
    m_reparseTimer->stop();
    m_scene->setMapId(mapId);
    regenerateText();
    updatePaintOptions();
    m_view->fitToWindow();
}

QString WardleyMapEditor::mapId() const
{
    return m_scene->mapId();
}

const WardleyMap &WardleyMapEditor::map() const
{
    return m_scene->map();
}

void WardleyMapEditor::onMapChanged(const QString &mapId)
{
    if (mapId != this->mapId())
        return;
    // A change that came from the text pane leaves the user's text as typed.
    if (!m_applyingText)
        regenerateText();
    updatePaintOptions();
}

void WardleyMapEditor::regenerateText()
{
    const QString text = writeOwm(map());
    if (text == m_text->toPlainText())
        return;
    const int line = m_text->textCursor().blockNumber();
    const int scroll = m_text->verticalScrollBar()->value();
    m_settingText = true;
    m_text->setPlainText(text);
    m_settingText = false;
    const QTextBlock block = m_text->document()->findBlockByNumber(std::min(line, m_text->document()->blockCount() - 1));
    m_text->setTextCursor(QTextCursor(block));
    m_text->verticalScrollBar()->setValue(scroll);
    m_diagnostics = Diagnostics();
    showDiagnostics();
}

void WardleyMapEditor::onTextChanged()
{
    if (m_settingText)
        return;
    m_reparseTimer->start();
}

void WardleyMapEditor::reparseTextNow()
{
    m_reparseTimer->stop();
    OwmParseResult parsed = parseOwm(m_text->toPlainText(), tr("map"));
    m_diagnostics = parsed.diagnostics;
    showDiagnostics();
    // Half-typed lines with errors would flicker the map; wait until the text reads cleanly.
    if (m_diagnostics.hasErrors())
        return;
    m_applyingText = true;
    mapedit::replaceFromText(*m_document, mapId(), parsed.map);
    m_applyingText = false;
}

void WardleyMapEditor::showDiagnostics()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_diagnosticList->clear();
    for (const Diagnostic &d : m_diagnostics.items()) {
        const bool error = d.severity == Severity::Error;
        auto *item = new QListWidgetItem(tr("Line %1: %2: %3").arg(d.line).arg(error ? tr("error") : tr("warning"), d.message));
        item->setData(Qt::UserRole, d.line);
        item->setForeground(error ? QColor(0xb0, 0x20, 0x20) : QColor(0x9a, 0x60, 0x00));
        m_diagnosticList->addItem(item);
        if (d.line <= 0)
            continue;
        const QTextBlock block = m_text->document()->findBlockByNumber(d.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(error ? Qt::red : QColor(0xe0, 0x90, 0x00));
        selection.format.setToolTip(d.message);
        selections.append(selection);
    }
    m_text->setExtraSelections(selections);
    m_diagnosticList->setVisible(!m_diagnostics.isEmpty());
}

void WardleyMapEditor::setScoreSource(const Project &project, const ProjectResult &result)
{
    const QString current = scoreSector();
    m_project = project;
    m_results = result;
    QSignalBlocker blocker(m_sectorBox);
    m_sectorBox->clear();
    for (const Sector &sector : project.sectors) {
        const QString title = sector.title.text(project.report.language);
        m_sectorBox->addItem(title.isEmpty() ? sector.id : title, sector.id);
    }
    const int index = m_sectorBox->findData(current.isEmpty() ? project.report.mapSector : current);
    m_sectorBox->setCurrentIndex(index >= 0 ? index : 0);
    blocker.unblock();
    updatePaintOptions();
}

void WardleyMapEditor::setScoresShown(bool shown)
{
    m_scoresAction->setChecked(shown);
    updatePaintOptions();
}

bool WardleyMapEditor::scoresShown() const
{
    return m_scoresAction->isChecked();
}

void WardleyMapEditor::setScoreSector(const QString &sectorId)
{
    const int index = m_sectorBox->findData(sectorId);
    if (index >= 0)
        m_sectorBox->setCurrentIndex(index);
    updatePaintOptions();
}

QString WardleyMapEditor::scoreSector() const
{
    return m_sectorBox->currentData().toString();
}

void WardleyMapEditor::setEarlierMap(const std::optional<WardleyMap> &earlier)
{
    m_earlier = earlier;
    updatePaintOptions();
}

void WardleyMapEditor::updatePaintOptions()
{
    MapPaintOptions options;
    if (scoresShown() && m_project && !scoreSector().isEmpty())
        applyMapScores(options, *m_project, m_results, scoreSector(), map());
    if (m_earlier)
        options.changes = compareMaps(*m_earlier, map());
    m_sectorBox->setEnabled(m_project.has_value() && !m_project->sectors.empty());
    m_scene->setPaintOptions(options);
}

void WardleyMapEditor::addAtViewCentre(int kind)
{
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const WardleyPosition position = m_scene->positionAt(centre);
    if (kind == AddComponent) {
        const QString id = mapedit::addComponent(*m_document, mapId(), position);
        m_scene->startRename({MapElementRef::Component, id, 0});
    } else if (kind == AddNote) {
        const QString id = mapedit::addNote(*m_document, mapId(), position);
        m_scene->startRename({MapElementRef::Note, id, 0});
    } else {
        mapedit::addAnnotation(*m_document, mapId(), position);
    }
}

bool WardleyMapEditor::exportSvg(const QString &path, QString *error) const
{
    return exportMapSvg(map(), m_scene->paintOptions(), path, error);
}

bool WardleyMapEditor::exportPng(const QString &path, int width, QString *error) const
{
    return exportMapPng(map(), m_scene->paintOptions(), width, path, error);
}

bool WardleyMapEditor::exportOwm(const QString &path, QString *error) const
{
    const QString text = writeOwm(map());
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void WardleyMapEditor::exportWithDialog(const QString &kind)
{
    const QString base = wardleySlug(map().effectiveTitle());
    QString filter;
    if (kind == QLatin1String("svg"))
        filter = tr("SVG images (*.svg)");
    else if (kind == QLatin1String("png"))
        filter = tr("PNG images (*.png)");
    else
        filter = tr("OnlineWardleyMaps text (*.owm)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), base + QLatin1Char('.') + kind, filter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (kind == QLatin1String("svg")) {
        ok = exportSvg(path, &error);
    } else if (kind == QLatin1String("png")) {
        bool accepted = false;
        const int width = QInputDialog::getInt(this, tr("Export PNG"), tr("Width in pixels:"), 2200, 200, 20000, 100, &accepted);
        if (!accepted)
            return;
        ok = exportPng(path, width, &error);
    } else {
        ok = exportOwm(path, &error);
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export map"), error);
}

} // namespace dpi
