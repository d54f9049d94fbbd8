#include "document.h"

#include <algorithm>

#include "projectreader.h"
#include "yamlwriter.h"

#include <QFileInfo>
#include <QUndoStack>

namespace dpi {

namespace {

Sector *findSector(Project &project, const QString &sectorId)
{
    for (auto &sector : project.sectors) {
        if (sector.id == sectorId)
            return &sector;
    }
    return nullptr;
}

} // namespace

bool isEmptyScore(const Score &score)
{
    return !score.hasJudgement() && score.toVerify.isEmpty() && score.confidence == Confidence::Unset
        && score.evidence.empty() && score.notes.isEmpty() && score.recommendation.isEmpty()
        && score.ratings.empty();
}

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() = default;

const Score *Document::score(const CellRef &cell) const
{
    const Sector *sector = m_project.findSector(cell.sectorId);
    return sector ? sector->score(cell.frameworkId, cell.criterionId) : nullptr;
}

bool Document::isValidCell(const CellRef &cell) const
{
    const ProjectFramework *framework = m_project.findFramework(cell.frameworkId);
    return framework && framework->framework.findCriterion(cell.criterionId)
        && m_project.findSector(cell.sectorId);
}

const WardleyMap *Document::map(const QString &mapId) const
{
    const int index = mapIndex(mapId);
    return index >= 0 ? &m_project.maps[size_t(index)] : nullptr;
}

int Document::mapIndex(const QString &mapId) const
{
    const auto &maps = m_project.maps;
    const auto it = std::find_if(maps.begin(), maps.end(), [&mapId](const WardleyMap &m) { return m.id == mapId; });
    return it != maps.end() ? int(it - maps.begin()) : -1;
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

bool Document::load(const QString &path, Diagnostics *diagnostics)
{
    ProjectReadResult result = readProjectFile(path);
    if (diagnostics)
        diagnostics->append(result.diagnostics);
    if (!result.ok())
        return false;
    reset(*result.project, path);
    m_undoStack->setClean();
    return true;
}

void Document::reset(const Project &project, const QString &path)
{
    // clear() and resetClean() report the change through cleanChanged.
    m_undoStack->clear();
    m_project = project;
    setFilePath(path);
    // A project that has never been written is modified until it is saved.
    if (path.isEmpty())
        m_undoStack->resetClean();
    else
        m_undoStack->setClean();
    Q_EMIT projectReplaced();
}

bool Document::save(QString *error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The project has no file name yet.");
        return false;
    }
    return saveAs(m_filePath, error);
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (!saveProject(m_project, path, error))
        return false;
    setFilePath(path);
    m_undoStack->setClean();
    Q_EMIT saved(path);
    return true;
}

void Document::setScore(const CellRef &cell, const std::optional<Score> &score, ScoreFields fields)
{
    Sector *sector = findSector(m_project, cell.sectorId);
    if (!sector)
        return;
    if (score && !isEmptyScore(*score)) {
        sector->scores[cell.frameworkId][cell.criterionId] = *score;
    } else {
        auto framework = sector->scores.find(cell.frameworkId);
        if (framework != sector->scores.end()) {
            framework->second.erase(cell.criterionId);
            if (framework->second.empty())
                sector->scores.erase(framework);
        }
    }
    Q_EMIT scoreChanged(cell, fields);
}

void Document::setProject(const Project &project)
{
    m_project = project;
    Q_EMIT projectReplaced();
}

void Document::storeMap(const WardleyMap &map, int index)
{
    auto &maps = m_project.maps;
    const auto it = std::find_if(maps.begin(), maps.end(), [&map](const WardleyMap &m) { return m.id == map.id; });
    if (it != maps.end())
        *it = map;
    else if (index >= 0 && index < int(maps.size()))
        maps.insert(maps.begin() + index, map);
    else
        maps.push_back(map);
    Q_EMIT mapsChanged();
    Q_EMIT mapChanged(map.id);
}

void Document::removeMap(const QString &mapId)
{
    auto &maps = m_project.maps;
    maps.erase(std::remove_if(maps.begin(), maps.end(), [&mapId](const WardleyMap &m) { return m.id == mapId; }),
               maps.end());
    Q_EMIT mapsChanged();
    Q_EMIT mapChanged(mapId);
}

const Conclusions *Document::conclusions(const QString &sectorId) const
{
    if (sectorId.isEmpty())
        return &m_project.conclusions;
    const Sector *sector = m_project.findSector(sectorId);
    return sector ? &sector->conclusions : nullptr;
}

void Document::setConclusions(const QString &sectorId, const Conclusions &conclusions)
{
    Conclusions *target = &m_project.conclusions;
    if (!sectorId.isEmpty()) {
        const auto sector = std::find_if(m_project.sectors.begin(), m_project.sectors.end(),
                                         [&sectorId](const Sector &s) { return s.id == sectorId; });
        if (sector == m_project.sectors.end())
            return;
        target = &sector->conclusions;
    }
    *target = conclusions;
    Q_EMIT conclusionsChanged(sectorId);
}

void Document::setContext(const ProjectContext &context)
{
    m_project.context = context;
    Q_EMIT contextChanged();
}

void Document::setPreviousRound(const QString &path)
{
    m_project.metadata.previousRound = path;
    Q_EMIT previousRoundChanged();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

} // namespace dpi
