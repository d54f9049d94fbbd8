#pragma once

#include "frameworknode.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <set>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace dpi {

class CriterionForm;
class CriterionPreview;
class DimensionForm;
class FrameworkDocument;
class FrameworkEditGate;
class FrameworkForm;
class FrameworkTreeModel;
struct StructureEdit;

/**
 * The "Structure" tab of the framework editor: the tree of dimensions and
 * criteria, the form of the selected element, and a preview of a criterion as
 * analysts see it while scoring. Edits go through the frameworkedit:: verbs.
 *
 * Everything is redrawn from FrameworkDocument::frameworkChanged (own edits,
 * undo/redo and raw-text edits alike); the selection is kept by id, the
 * tree's scroll position and collapsed dimensions are kept, and the forms
 * update in place. While the text has errors the last valid framework is
 * shown read-only under a banner.
 */
class FrameworkStructureEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkStructureEditor(FrameworkDocument *document, QWidget *parent = nullptr);
    ~FrameworkStructureEditor() override;

    FrameworkNode selectedNode() const { return m_selection; }
    void selectNode(const FrameworkNode &node);
    /** Language of titles in the tree and of the preview ("en", "ru", "ky"). */
    void setContentLanguage(const QString &language);
    /** Adds a column for `code` to every localized field; false when it is not a language code. */
    bool addLanguage(const QString &code);
    QStringList languages() const { return m_languages; }

    QAction *addDimensionAction() const { return m_addDimension; }
    QAction *addCriterionAction() const { return m_addCriterion; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

private:
    void buildUi();
    QWidget *buildTreePane();
    QWidget *buildFormPane();
    void rebuild();
    void showForm();
    void updateActions();
    void onCurrentChanged();
    void applyStructureEdit(const std::optional<StructureEdit> &edit);
    void addDimension();
    void addCriterion();
    void duplicateSelected();
    void removeSelected();
    void moveSelected(int delta);
    void onDropRequested(const FrameworkNode &dragged, const QString &targetDimensionId, int row);
    void askForLanguage();
    void rememberPosition();
    FrameworkNode nodeAtRememberedPosition() const;

    FrameworkDocument *const m_document;
    std::unique_ptr<FrameworkEditGate> m_gate;
    FrameworkTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_treeLanguage = nullptr;
    QLabel *m_languagesLabel = nullptr;
    QStackedWidget *m_forms = nullptr;
    QScrollArea *m_frameworkPage = nullptr;
    QScrollArea *m_dimensionPage = nullptr;
    QScrollArea *m_criterionPage = nullptr;
    QLabel *m_emptyPage = nullptr;
    FrameworkForm *m_frameworkForm = nullptr;
    DimensionForm *m_dimensionForm = nullptr;
    CriterionForm *m_criterionForm = nullptr;
    CriterionPreview *m_preview = nullptr;

    QAction *m_addDimension = nullptr;
    QAction *m_addCriterion = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;

    FrameworkNode m_selection = FrameworkNode::framework();
    // Where the selection was (dimension row, criterion row), for when its id disappears (undo of a rename).
    int m_selectedDimensionRow = -1;
    int m_selectedCriterionRow = -1;
    std::set<QString> m_collapsed;
    QStringList m_languages;
    QStringList m_expectedLanguages;
    QStringList m_addedLanguages;
    QString m_contentLanguage = QStringLiteral("en");
    bool m_rebuilding = false;
};

} // namespace dpi
