#pragma once

#include "framework.h"
#include "project.h"

#include <QString>
#include <QWizard>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPlainTextEdit)

namespace dpi {

class NewProjectWizardChecklistPage;

// Starts a new assessment: title, country, period and team; the frameworks
// to use (the bundled *.framework.yaml files of a folder, or any file the
// user picks); the sectors (common presets with English and Russian titles,
// or the user's own). After exec() == Accepted, project() is the new project,
// each framework embedded and pinned by id@version, nothing scored yet.
class NewProjectWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { MetadataPageId, FrameworksPageId, SectorsPageId };

    struct SectorPreset
    {
        QString id;
        QString titleEn;
        QString titleRu;
    };
    static std::vector<SectorPreset> sectorPresets();

    // `frameworkFolder` is scanned for *.framework.yaml (may be empty).
    explicit NewProjectWizard(const QString &frameworkFolder, QWidget *parent = nullptr);
    ~NewProjectWizard() override;

    // The project described by the pages as they are now.
    Project project() const;

    // Lists a framework file, checked. Unreadable files are listed disabled
    // with their diagnostics as tooltip; returns false for them. A file with
    // an id@version already listed only checks the existing entry.
    bool addFrameworkFile(const QString &path);
    // Adds a sector of the user's own, checked; its id is made from the title.
    // Returns the id.
    QString addCustomSector(const QString &title);

private:
    void buildMetadataPage();
    void buildFrameworksPage(const QString &frameworkFolder);
    void buildSectorsPage();
    void browseFrameworkFiles();
    void addCustomSectorFromEdit();
    QString frameworkChoiceProblem() const;
    QString uniqueSectorId(const QString &title) const;

    struct FrameworkEntry
    {
        QString path;
        Framework framework;
    };
    std::vector<FrameworkEntry> m_frameworks; // list item data = index here
    std::vector<SectorPreset> m_sectors;      // presets then custom; item data = index

    QLineEdit *m_title = nullptr;
    QLineEdit *m_titleRu = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_period = nullptr;
    QPlainTextEdit *m_team = nullptr;
    QComboBox *m_reportLanguage = nullptr;
    NewProjectWizardChecklistPage *m_frameworkPage = nullptr;
    NewProjectWizardChecklistPage *m_sectorPage = nullptr;
    QLineEdit *m_customSector = nullptr;
};

} // namespace dpi
