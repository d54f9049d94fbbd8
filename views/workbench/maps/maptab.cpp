#include "maptab.h"

#include "document.h"
#include "mapedits.h"
#include "mapexplanationdialog.h"
#include "previousroundresults.h"
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
#include <QVBoxLayout>

namespace dpi {

namespace {

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
    , m_explanationButton(new QPushButton(tr("E&xplanation…"), this))
    , m_changesButton(new QPushButton(tr("&Changes Since Last Round"), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QWidget(m_stack))
    , m_editor(new WardleyMapEditor(document, m_stack))
    , m_results(ProjectResults::of(document))
    , m_previous(PreviousRoundResults::of(document))
{
    setObjectName(QStringLiteral("mapTab"));
    m_chooser->setObjectName(QStringLiteral("mapChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooserLabel->setBuddy(m_chooser);
    m_newButton->setObjectName(QStringLiteral("newMapButton"));
    m_renameButton->setObjectName(QStringLiteral("renameMapButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteMapButton"));
    m_deleteButton->setToolTip(tr("Deletes this map from the project (Edit > Undo brings it back)"));
    m_explanationButton->setObjectName(QStringLiteral("mapExplanationButton"));
    m_explanationButton->setToolTip(tr("What the map shows, in words: the report prints it with the map"));
    m_changesButton->setObjectName(QStringLiteral("mapChangesButton"));
    m_changesButton->setCheckable(true);
    m_changesButton->setToolTip(tr("Draw what moved since the previous round's version of this map: an arrow from "
                                   "where a component stood, rings around new ones, crosses where removed ones stood"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(m_chooserLabel);
    top->addWidget(m_chooser);
    top->addWidget(m_newButton);
    top->addWidget(m_renameButton);
    top->addWidget(m_deleteButton);
    top->addWidget(m_explanationButton);
    top->addWidget(m_changesButton);
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
        const WardleyMap *map = m_document->map(m_currentId);
        if (!map)
            return;
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Rename Map"), tr("Map title:"), QLineEdit::Normal,
                                                    mapLabel(*map), &ok);
        if (ok)
            renameCurrentMap(title);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteCurrentMap(); });
    connect(m_explanationButton, &QPushButton::clicked, this, [this] {
        const WardleyMap *map = m_document->map(m_currentId);
        if (!map)
            return;
        MapExplanationDialog dialog(map->explanation, this);
        if (dialog.exec() == QDialog::Accepted)
            setCurrentMapExplanation(dialog.explanation());
    });
    connect(m_chooser, &QComboBox::activated, this, &MapTab::onChooserActivated);
    // The results' signal, not the Document's: it comes once the scores are the new project's.
    connect(m_results, &ProjectResults::projectReplaced, this, &MapTab::reload);
    connect(m_document, &Document::mapsChanged, this, &MapTab::onMapsChanged);
    connect(m_results, &ProjectResults::changed, this, &MapTab::onResultsChanged);
    connect(m_changesButton, &QPushButton::toggled, this, &MapTab::refreshChanges);
    connect(m_previous, &PreviousRoundResults::changed, this, &MapTab::refreshChanges);

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
    if (!m_document->map(mapId))
        return false;
    m_currentId = mapId;
    m_editor->showMap(mapId);
    fillChooser();
    m_stack->setCurrentWidget(m_editor);
    refreshChanges();
    return true;
}

QString MapTab::addNewMap()
{
    const QString id = mapedit::addMap(*m_document);
    showMap(id);
    return id;
}

bool MapTab::renameCurrentMap(const QString &title)
{
    return mapedit::retitleMap(*m_document, m_currentId, title);
}

bool MapTab::setCurrentMapExplanation(const LocalizedText &explanation)
{
    return mapedit::setExplanation(*m_document, m_currentId, explanation);
}

bool MapTab::deleteCurrentMap()
{
    return mapedit::removeMap(*m_document, m_currentId);
}

void MapTab::reload()
{
    const Project &project = m_document->project();
    m_scoresStale = false;
    m_editor->setScoreSource(project, m_results->result());
    m_editor->setScoresShown(project.report.showScoresOnMaps);
    if (!project.report.mapSector.isEmpty())
        m_editor->setScoreSector(project.report.mapSector);
    const WardleyMap *map = m_document->map(m_currentId);
    if (!map && !project.maps.empty())
        map = &project.maps.front();
    if (map) {
        m_currentId = map->id;
        m_editor->showMap(m_currentId);
        m_stack->setCurrentWidget(m_editor);
    } else {
        m_currentId.clear();
        m_stack->setCurrentWidget(m_emptyPage);
    }
    fillChooser();
    refreshChanges();
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

void MapTab::onMapsChanged()
{
    // An edit, a rename or another map added or put back: the editor follows
    // its own map; the chooser shows the new list and titles.
    if (m_document->map(m_currentId)) {
        fillChooser();
        return;
    }
    // The shown map was deleted (or its adding undone): show another.
    m_currentId.clear();
    reload();
}

void MapTab::onResultsChanged()
{
    // The colouring copies the project: a hidden tab catches up when it is shown.
    if (isVisible())
        refreshScores();
    else
        m_scoresStale = true;
}

void MapTab::refreshChanges()
{
    const Project *previous = m_previous->project();
    std::optional<WardleyMap> earlier;
    if (previous) {
        for (const WardleyMap &map : previous->maps) {
            if (map.id == m_currentId)
                earlier = map;
        }
    }
    m_changesButton->setVisible(earlier.has_value());
    m_editor->setEarlierMap(earlier && m_changesButton->isChecked() ? earlier : std::nullopt);
}

void MapTab::refreshScores()
{
    m_scoresStale = false;
    m_editor->setScoreSource(m_document->project(), m_results->result());
}

} // namespace dpi
