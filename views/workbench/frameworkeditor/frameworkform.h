#pragma once

#include "structureform.h"

#include <map>
#include <vector>

class QCheckBox;
class QPlainTextEdit;
class QTableWidget;

namespace dpi {

class LanguageHeader;
class LocalizedTextField;

/**
 * The framework's own fields: id, title, description, authors, licence,
 * sources, the scale's labels and descriptions and whether "not applicable"
 * is allowed. Version, derived_from and the changelog are shown read-only:
 * they change through "Save as New Version" and "Create Variant".
 */
class FrameworkForm : public StructureForm
{
    Q_OBJECT

public:
    explicit FrameworkForm(FrameworkEditGate *gate, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    void edit(const std::function<void(Framework &)> &change, const QString &actionText,
              const QString &mergeKey = QString());
    void onIdEdited();
    void commitId();
    void rebuildScaleRows();
    std::vector<Source> sourcesFromTable() const;
    void fillSources(const std::vector<Source> &sources);
    void addSource();
    void removeSource();

    QLineEdit *m_id;
    QLabel *m_idError;
    QLineEdit *m_version;
    QLineEdit *m_derivedFrom;
    QLineEdit *m_licence;
    QPlainTextEdit *m_authors;
    LanguageHeader *m_header;
    LocalizedTextField *m_title;
    LocalizedTextField *m_description;
    QTableWidget *m_sources;
    QGroupBox *m_scaleGroup;
    QCheckBox *m_notApplicable;
    LanguageHeader *m_scaleHeader;
    std::vector<int> m_scaleValues;
    std::map<int, std::pair<LocalizedTextField *, LocalizedTextField *>> m_scaleFields;
    std::vector<QWidget *> m_scaleRows;
    QLabel *m_changelog;
};

} // namespace dpi
