#include "maptab.h"

#include "addmapcommand.h"
#include "document.h"
#include "mapcommands.h"
#include "projectresults.h"
#include "wardleymapeditor.h"
#include "wardleyview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dpi {

namespace {

const WardleyMap *findMap(const Project &project, const QString &mapId)
{
    for (const WardleyMap &map : project.maps) {
        if (map.id == mapId)
            return &map;
    }
    return nullptr;
}

QString mapLabel(const WardleyMap &map)
{
    const QString title = map.title.text();
    return title.isEmpty() ? map.id : title;
}

} // namespace

MapTab::MapTab(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_chooser(new QComboBox(this))
    , m_chooserLabel(new QLabel(tr("&Map:"), this))
    , m_newButton(new QPushButton(tr("&New Map"), this))
    , m_renameButton(new QPushButton(tr("&Rename…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete Map"), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QWidget(m_stack))
    , m_editor(new WardleyMapEditor(document->undoStack(), m_stack))
    , m_results(ProjectResults::of(document))
{
    setObjectName(QStringLiteral("mapTab"));
    m_chooser->setObjectName(QStringLiteral("mapChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooserLabel->setBuddy(m_chooser);
    m_newButton->setObjectName(QStringLiteral("newMapButton"));
    m_renameButton->setObjectName(QStringLiteral("renameMapButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteMapButton"));
    m_deleteButton->setToolTip(tr("Deletes this map from the project (Edit > Undo brings it back)"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(m_chooserLabel);
    top->addWidget(m_chooser);
    top->addWidget(m_newButton);
    top->addWidget(m_renameButton);
    top->addWidget(m_deleteButton);
    top->addStretch(1);

    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    auto *emptyText = new QLabel(tr("This project has no Wardley map yet."), m_emptyPage);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyButton = new QPushButton(tr("Create a New Map"), m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_editor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_newButton, &QPushButton::clicked, this, [this] { addNewMap(); });
    connect(emptyButton, &QPushButton::clicked, this, [this] { addNewMap(); });
    connect(m_renameButton, &QPushButton::clicked, this, [this] {
        const WardleyMap *map = findMap(m_document->project(), m_currentId);
        if (!map)
            return;
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Rename Map"), tr("Map title:"), QLineEdit::Normal,
                                                    mapLabel(*map), &ok);
        if (ok)
            renameCurrentMap(title);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteCurrentMap(); });
    connect(m_chooser, &QComboBox::activated, this, &MapTab::onChooserActivated);
    connect(m_editor, &WardleyMapEditor::mapChanged, this, &MapTab::onEditorMapChanged);
    // The results' signal, not the Document's: it comes once the scores are the new project's.
    connect(m_results, &ProjectResults::projectReplaced, this, &MapTab::reload);
    connect(m_document, &Document::mapsChanged, this, [this] {
        // Our own stores change nothing the chooser shows but titles; adds and removes change the list.
        if (m_storing) {
            fillChooser();
            return;
        }
        if (!findMap(m_document->project(), m_currentId))
            m_currentId.clear();
        reload();
    });
    connect(m_results, &ProjectResults::changed, this, &MapTab::onResultsChanged);

    reload();
}

void MapTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scoresStale)
        refreshScores();
    // A map set while the tab was hidden was fitted to a view without its real size.
    QTimer::singleShot(0, this, [this] { m_editor->view()->fitToWindow(); });
}

QString MapTab::currentMapId() const
{
    return m_currentId;
}

bool MapTab::showMap(const QString &mapId)
{
    const WardleyMap *map = findMap(m_document->project(), mapId);
    if (!map)
        return false;
    m_currentId = mapId;
    m_editor->setMap(*map);
    fillChooser();
    m_stack->setCurrentWidget(m_editor);
    return true;
}

QString MapTab::addNewMap()
{
    int n = 1;
    QString id;
    do {
        id = QStringLiteral("map-%1").arg(n++);
    } while (findMap(m_document->project(), id));
    WardleyMap map;
    map.id = id;
    map.title = LocalizedText(tr("New map %1").arg(n - 1));
    m_currentId = id;
    m_document->undoStack()->push(new AddMapCommand(m_document, map));
    showMap(id);
    return id;
}

bool MapTab::renameCurrentMap(const QString &title)
{
    const WardleyMap *map = findMap(m_document->project(), m_currentId);
    const QString trimmed = title.trimmed();
    if (!map || trimmed.isEmpty() || trimmed == map->title.exact(QStringLiteral("en")))
        return false;
    LocalizedText renamed = map->title;
    renamed.set(QStringLiteral("en"), trimmed);
    m_document->undoStack()->push(new RetitleMapCommand(m_document, *map, renamed));
    return true;
}

bool MapTab::deleteCurrentMap()
{
    const auto &maps = m_document->project().maps;
    for (int i = 0; i < int(maps.size()); ++i) {
        if (maps[std::size_t(i)].id == m_currentId) {
            m_document->undoStack()->push(new RemoveMapCommand(m_document, maps[std::size_t(i)], i));
            return true;
        }
    }
    return false;
}

void MapTab::reload()
{
    const Project &project = m_document->project();
    m_scoresStale = false;
    m_editor->setScoreSource(project, m_results->result());
    m_editor->setScoresShown(project.report.showScoresOnMaps);
    if (!project.report.mapSector.isEmpty())
        m_editor->setScoreSector(project.report.mapSector);
    const WardleyMap *map = findMap(project, m_currentId);
    if (!map && !project.maps.empty())
        map = &project.maps.front();
    if (map) {
        m_currentId = map->id;
        m_editor->setMap(*map);
        m_stack->setCurrentWidget(m_editor);
    } else {
        m_currentId.clear();
        m_stack->setCurrentWidget(m_emptyPage);
    }
    fillChooser();
}

void MapTab::fillChooser()
{
    const Project &project = m_document->project();
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const WardleyMap &map : project.maps)
        m_chooser->addItem(mapLabel(map), map.id);
    m_chooser->setCurrentIndex(m_chooser->findData(m_currentId));
    // A single map needs no chooser.
    const bool several = project.maps.size() > 1;
    m_chooser->setVisible(several);
    m_chooserLabel->setVisible(several);
    m_newButton->setVisible(!project.maps.empty());
    m_renameButton->setVisible(!project.maps.empty());
    m_deleteButton->setVisible(!project.maps.empty());
}

void MapTab::onChooserActivated(int index)
{
    showMap(m_chooser->itemData(index).toString());
}

void MapTab::onEditorMapChanged(const WardleyMap &map)
{
    // The editor's command is already on the undo stack: store without another entry.
    m_storing = true;
    m_document->storeMap(map);
    m_storing = false;
}

void MapTab::onResultsChanged()
{
    // The colouring copies the project: a hidden tab catches up when it is shown.
    if (isVisible())
        refreshScores();
    else
        m_scoresStale = true;
}

void MapTab::refreshScores()
{
    m_scoresStale = false;
    m_editor->setScoreSource(m_document->project(), m_results->result());
}

} // namespace dpi
