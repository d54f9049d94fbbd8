#include "frameworkstructureeditor.h"

#include "criterionform.h"
#include "criterionpreview.h"
#include "dimensionform.h"
#include "frameworkdocument.h"
#include "frameworkeditgate.h"
#include "frameworkform.h"
#include "frameworkstructureops.h"
#include "frameworktreemodel.h"
#include "translationstatus.h"
#include "yamlvalues.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dpi {

namespace {

const QString kSplitterKey = QStringLiteral("frameworkEditor/structureSplitter");

QScrollArea *wrapInScrollArea(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(objectName);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

QLabel *paneTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FrameworkStructureEditor::FrameworkStructureEditor(FrameworkDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_gate(std::make_unique<FrameworkEditGate>(document))
{
    setObjectName(QStringLiteral("frameworkStructureEditor"));
    buildUi();
    connect(m_document, &FrameworkDocument::frameworkChanged, this, &FrameworkStructureEditor::rebuild);
    rebuild();
}

FrameworkStructureEditor::~FrameworkStructureEditor() = default;

void FrameworkStructureEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4d6; color: #6b4a00; border-bottom: 1px solid #e8cf8a; "
                                           "padding: 6px 12px; font-weight: 600;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("structureSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildTreePane());
    m_splitter->addWidget(buildFormPane());
    m_preview = new CriterionPreview(m_splitter);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    const QByteArray state = QSettings().value(kSplitterKey).toByteArray();
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({420, 740, 400});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);
}

QWidget *FrameworkStructureEditor::buildTreePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(4);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(paneTitle(tr("Dimensions and criteria"), pane), 1);
    m_treeLanguage = new QComboBox(pane);
    m_treeLanguage->setObjectName(QStringLiteral("treeLanguage"));
    m_treeLanguage->setToolTip(tr("Language of the titles in the tree"));
    titleRow->addWidget(m_treeLanguage);
    layout->addLayout(titleRow);
    connect(m_treeLanguage, &QComboBox::currentIndexChanged, this,
            [this](int index) { setContentLanguage(m_treeLanguage->itemData(index).toString()); });

    auto *toolbar = new QToolBar(pane);
    toolbar->setObjectName(QStringLiteral("structureToolBar"));
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(toolbar);

    m_model = new FrameworkTreeModel(this);
    m_tree = new QTreeView(pane);
    m_tree->setObjectName(QStringLiteral("structureTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FrameworkTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FrameworkTreeModel::IdColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(FrameworkTreeModel::WeightColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(FrameworkTreeModel::CriticalColumn, QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(FrameworkTreeModel::IdColumn, 100);
    layout->addWidget(m_tree, 1);

    const auto makeAction = [this](const QString &text, const QString &name, QStyle::StandardPixmap icon,
                                    const QKeySequence &shortcut, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        action->setShortcut(shortcut);
        // Only while the tree has focus: Delete in a form field deletes a character, not a criterion.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        m_tree->addAction(action);
        return action;
    };
    m_addDimension = makeAction(tr("Dimension"), QStringLiteral("actionAddDimension"), QStyle::SP_FileDialogNewFolder,
                                QKeySequence(Qt::SHIFT | Qt::Key_Insert), tr("Add a dimension after the selected one"));
    m_addCriterion = makeAction(tr("Criterion"), QStringLiteral("actionAddCriterion"), QStyle::SP_FileIcon,
                                QKeySequence(Qt::Key_Insert), tr("Add a criterion to the selected dimension"));
    m_duplicate = makeAction(tr("Duplicate"), QStringLiteral("actionDuplicate"), QStyle::SP_CustomBase,
                             QKeySequence(Qt::CTRL | Qt::Key_D), tr("Duplicate the selected element with a new id"));
    m_remove = makeAction(tr("Remove"), QStringLiteral("actionRemove"), QStyle::SP_TrashIcon,
                          QKeySequence(Qt::Key_Delete), tr("Remove the selected element"));
    m_moveUp = makeAction(tr("Move Up"), QStringLiteral("actionMoveUp"), QStyle::SP_ArrowUp,
                          QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move up"));
    m_moveDown = makeAction(tr("Move Down"), QStringLiteral("actionMoveDown"), QStyle::SP_ArrowDown,
                            QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move down"));
    m_addDimension->setText(tr("+ Dimension"));
    m_addCriterion->setText(tr("+ Criterion"));
    toolbar->addAction(m_addCriterion);
    toolbar->addAction(m_addDimension);
    toolbar->addAction(m_duplicate);
    toolbar->addSeparator();
    toolbar->addAction(m_remove);
    toolbar->addAction(m_moveUp);
    toolbar->addAction(m_moveDown);
    for (QAction *action : {m_remove, m_moveUp, m_moveDown}) {
        if (QWidget *button = toolbar->widgetForAction(action))
            static_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    connect(m_addDimension, &QAction::triggered, this, &FrameworkStructureEditor::addDimension);
    connect(m_addCriterion, &QAction::triggered, this, &FrameworkStructureEditor::addCriterion);
    connect(m_duplicate, &QAction::triggered, this, &FrameworkStructureEditor::duplicateSelected);
    connect(m_remove, &QAction::triggered, this, &FrameworkStructureEditor::removeSelected);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FrameworkStructureEditor::onCurrentChanged);
    connect(m_model, &FrameworkTreeModel::dropRequested, this, &FrameworkStructureEditor::onDropRequested);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_tree->indexAt(position);
        if (index.isValid())
            m_tree->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(m_addCriterion);
        menu.addAction(m_addDimension);
        menu.addAction(m_duplicate);
        menu.addSeparator();
        menu.addAction(m_moveUp);
        menu.addAction(m_moveDown);
        menu.addSeparator();
        menu.addAction(m_remove);
        menu.exec(m_tree->viewport()->mapToGlobal(position));
    });
    const auto trackCollapse = [this](const QModelIndex &index, bool collapsed) {
        if (m_rebuilding)
            return;
        const FrameworkNode node = m_model->node(index);
        if (!node.isDimension())
            return;
        if (collapsed)
            m_collapsed.insert(node.dimensionId);
        else
            m_collapsed.erase(node.dimensionId);
    };
    connect(m_tree, &QTreeView::collapsed, this, [trackCollapse](const QModelIndex &index) { trackCollapse(index, true); });
    connect(m_tree, &QTreeView::expanded, this, [trackCollapse](const QModelIndex &index) { trackCollapse(index, false); });
    return pane;
}

QWidget *FrameworkStructureEditor::buildFormPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 0, 12, 0);
    m_languagesLabel = new QLabel(pane);
    m_languagesLabel->setObjectName(QStringLiteral("languagesLabel"));
    m_languagesLabel->setStyleSheet(QStringLiteral("color: #4a5563;"));
    auto *addLanguage = new QPushButton(tr("Add Language\u2026"), pane);
    addLanguage->setObjectName(QStringLiteral("addLanguageButton"));
    addLanguage->setToolTip(tr("Add a column for another language (e.g. ky for Kyrgyz) to every text"));
    header->addWidget(m_languagesLabel, 1);
    header->addWidget(addLanguage);
    layout->addLayout(header);
    connect(addLanguage, &QPushButton::clicked, this, &FrameworkStructureEditor::askForLanguage);

    m_forms = new QStackedWidget(pane);
    m_forms->setObjectName(QStringLiteral("structureForms"));
    m_emptyPage = new QLabel(tr("The YAML has never been valid, so there is nothing to show yet. "
                                "Fix it in the YAML tab."),
                             m_forms);
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_emptyPage->setWordWrap(true);
    m_frameworkForm = new FrameworkForm(m_gate.get());
    m_dimensionForm = new DimensionForm(m_gate.get());
    m_criterionForm = new CriterionForm(m_gate.get());
    m_frameworkPage = wrapInScrollArea(m_frameworkForm, QStringLiteral("frameworkFormPage"), m_forms);
    m_dimensionPage = wrapInScrollArea(m_dimensionForm, QStringLiteral("dimensionFormPage"), m_forms);
    m_criterionPage = wrapInScrollArea(m_criterionForm, QStringLiteral("criterionFormPage"), m_forms);
    m_forms->addWidget(m_emptyPage);
    m_forms->addWidget(m_frameworkPage);
    m_forms->addWidget(m_dimensionPage);
    m_forms->addWidget(m_criterionPage);
    layout->addWidget(m_forms, 1);
    return pane;
}

void FrameworkStructureEditor::rebuild()
{
    const std::optional<Framework> &framework = m_document->framework();
    const bool editable = m_gate->isEditable();
    if (!framework)
        m_banner->setText(tr("The YAML has errors; fix them in the YAML tab to edit here."));
    else
        m_banner->setText(tr("The YAML has errors; fix them in the YAML tab to edit here. "
                             "Showing the last valid version, read-only."));
    m_banner->setVisible(!editable);

    if (const std::optional<FrameworkNode> pending = m_gate->takePendingSelection())
        m_selection = *pending;

    QStringList languages = framework ? translations::frameworkLanguages(*framework)
                                      : QStringList{QStringLiteral("en"), QStringLiteral("ru")};
    for (const QString &language : std::as_const(m_addedLanguages)) {
        if (!languages.contains(language))
            languages << language;
    }
    m_languages = languages;
    m_expectedLanguages = framework ? translations::expectedLanguages(*framework) : QStringList();
    for (const QString &language : std::as_const(m_addedLanguages)) {
        if (!m_expectedLanguages.contains(language))
            m_expectedLanguages << language;
    }
    QStringList names;
    for (const QString &language : languages)
        names << translations::languageName(language);
    m_languagesLabel->setText(tr("Languages side by side: %1").arg(names.join(QStringLiteral(", "))));
    {
        const QSignalBlocker blocker(m_treeLanguage);
        m_treeLanguage->clear();
        for (const QString &language : languages)
            m_treeLanguage->addItem(translations::languageName(language), language);
        m_treeLanguage->setCurrentIndex(std::max(0, int(languages.indexOf(m_contentLanguage))));
    }
    m_preview->setLanguages(languages);

    m_rebuilding = true;
    const int scroll = m_tree->verticalScrollBar()->value();
    m_model->setDragEnabled(editable);
    m_model->setFramework(framework.value_or(Framework{}), m_expectedLanguages, m_contentLanguage);
    const QModelIndex root = m_model->rootIndex();
    m_tree->expand(root);
    for (int row = 0; row < m_model->rowCount(root); ++row) {
        const QModelIndex dimension = m_model->index(row, 0, root);
        if (!m_collapsed.count(m_model->node(dimension).dimensionId))
            m_tree->expand(dimension);
    }
    QModelIndex current = m_model->indexOf(m_selection);
    if (!current.isValid())
        current = m_model->indexOf(nodeAtRememberedPosition());
    if (!current.isValid())
        current = root;
    m_selection = m_model->node(current);
    m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->doItemsLayout();
    m_tree->verticalScrollBar()->setValue(scroll);
    m_rebuilding = false;

    rememberPosition();
    for (QWidget *form : {static_cast<QWidget *>(m_frameworkForm), static_cast<QWidget *>(m_dimensionForm),
                          static_cast<QWidget *>(m_criterionForm)})
        form->setEnabled(editable);
    if (framework)
        m_preview->setFramework(*framework);
    showForm();
}

void FrameworkStructureEditor::showForm()
{
    const std::optional<Framework> &framework = m_document->framework();
    if (!framework) {
        m_forms->setCurrentWidget(m_emptyPage);
        m_preview->setCriterion(QString());
        updateActions();
        return;
    }
    switch (m_selection.kind) {
    case FrameworkNode::Kind::Criterion:
        m_criterionForm->load(*framework, m_languages, m_expectedLanguages, m_selection);
        m_forms->setCurrentWidget(m_criterionPage);
        break;
    case FrameworkNode::Kind::Dimension:
        m_dimensionForm->load(*framework, m_languages, m_expectedLanguages, m_selection);
        m_forms->setCurrentWidget(m_dimensionPage);
        break;
    case FrameworkNode::Kind::Framework:
    case FrameworkNode::Kind::None:
        m_frameworkForm->load(*framework, m_languages, m_expectedLanguages, FrameworkNode::framework());
        m_forms->setCurrentWidget(m_frameworkPage);
        break;
    }
    m_preview->setCriterion(m_selection.isCriterion() ? m_selection.criterionId : QString());
    // A form filled while its page was hidden has not told its scroll area
    // how tall it became; without this the form is squeezed to the viewport.
    if (auto *page = qobject_cast<QScrollArea *>(m_forms->currentWidget())) {
        page->widget()->layout()->activate();
        page->setWidgetResizable(true);
    }
    updateActions();
}

void FrameworkStructureEditor::updateActions()
{
    const bool editable = m_gate->isEditable();
    const std::optional<Framework> &framework = m_document->framework();
    const bool element = m_selection.isDimension() || m_selection.isCriterion();
    m_addDimension->setEnabled(editable);
    m_addCriterion->setEnabled(editable && framework && !framework->dimensions.empty());
    m_duplicate->setEnabled(editable && element);
    m_remove->setEnabled(editable && element);
    m_moveUp->setEnabled(editable && framework && structureop::move(*framework, m_selection, -1).has_value());
    m_moveDown->setEnabled(editable && framework && structureop::move(*framework, m_selection, 1).has_value());
}

void FrameworkStructureEditor::onCurrentChanged()
{
    if (m_rebuilding)
        return;
    m_selection = m_model->node(m_tree->currentIndex());
    rememberPosition();
    showForm();
}

void FrameworkStructureEditor::selectNode(const FrameworkNode &node)
{
    const QModelIndex index = m_model->indexOf(node);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void FrameworkStructureEditor::setContentLanguage(const QString &language)
{
    if (language.isEmpty() || language == m_contentLanguage)
        return;
    m_contentLanguage = language;
    {
        const QSignalBlocker blocker(m_treeLanguage);
        const int index = m_treeLanguage->findData(language);
        if (index >= 0)
            m_treeLanguage->setCurrentIndex(index);
    }
    m_model->setDisplayLanguage(language);
    m_preview->setLanguage(language);
}

bool FrameworkStructureEditor::addLanguage(const QString &code)
{
    if (!isLanguageCode(code))
        return false;
    if (!m_languages.contains(code)) {
        m_addedLanguages << code;
        rebuild();
    }
    return true;
}

void FrameworkStructureEditor::askForLanguage()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Add Language"),
                                               tr("Language code (two or three lower-case letters, e.g. ky for Kyrgyz):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed()
                             .toLower();
    if (!ok || code.isEmpty())
        return;
    if (!addLanguage(code))
        QMessageBox::warning(this, tr("Add Language"), tr("\u201c%1\u201d is not a language code.").arg(code));
}

void FrameworkStructureEditor::applyStructureEdit(const std::optional<StructureEdit> &edit)
{
    if (!edit)
        return;
    QString problem;
    m_gate->apply(edit->framework, edit->actionText, QString(), &problem, edit->select);
    if (!problem.isEmpty())
        QMessageBox::warning(this, edit->actionText, tr("This change was not applied: %1").arg(problem));
}

void FrameworkStructureEditor::addDimension()
{
    if (const std::optional<Framework> &framework = m_document->framework())
        applyStructureEdit(structureop::addDimension(*framework, m_selection));
}

void FrameworkStructureEditor::addCriterion()
{
    if (const std::optional<Framework> &framework = m_document->framework())
        applyStructureEdit(structureop::addCriterion(*framework, m_selection));
}

void FrameworkStructureEditor::duplicateSelected()
{
    if (const std::optional<Framework> &framework = m_document->framework())
        applyStructureEdit(structureop::duplicate(*framework, m_selection));
}

void FrameworkStructureEditor::removeSelected()
{
    const std::optional<Framework> &framework = m_document->framework();
    if (!framework)
        return;
    if (m_selection.isDimension()) {
        const Dimension *dimension = framework->findDimension(m_selection.dimensionId);
        if (dimension && !dimension->criteria.empty()) {
            const auto answer = QMessageBox::question(
                this, tr("Remove Dimension"),
                tr("Remove the dimension \u201c%1\u201d and its %n criteria?", nullptr, int(dimension->criteria.size()))
                        .arg(dimension->title.text(m_contentLanguage))
                    + QLatin1Char('\n') + tr("You can undo this."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
        }
    }
    applyStructureEdit(structureop::remove(*framework, m_selection));
}

void FrameworkStructureEditor::moveSelected(int delta)
{
    if (const std::optional<Framework> &framework = m_document->framework())
        applyStructureEdit(structureop::move(*framework, m_selection, delta));
}

void FrameworkStructureEditor::onDropRequested(const FrameworkNode &dragged, const QString &targetDimensionId, int row)
{
    const std::optional<Framework> &framework = m_document->framework();
    if (!framework)
        return;
    if (dragged.isDimension())
        applyStructureEdit(structureop::moveDimensionTo(*framework, dragged.dimensionId, row));
    else if (dragged.isCriterion())
        applyStructureEdit(structureop::moveCriterionTo(*framework, dragged.criterionId, targetDimensionId, row));
}

void FrameworkStructureEditor::rememberPosition()
{
    const QModelIndex index = m_model->indexOf(m_selection);
    m_selectedDimensionRow = -1;
    m_selectedCriterionRow = -1;
    if (m_selection.isDimension()) {
        m_selectedDimensionRow = index.row();
    } else if (m_selection.isCriterion()) {
        m_selectedDimensionRow = index.parent().row();
        m_selectedCriterionRow = index.row();
    }
}

FrameworkNode FrameworkStructureEditor::nodeAtRememberedPosition() const
{
    const QModelIndex root = m_model->rootIndex();
    const int dimensions = m_model->rowCount(root);
    if (m_selectedDimensionRow < 0 || dimensions == 0)
        return FrameworkNode::framework();
    const QModelIndex dimension = m_model->index(std::min(m_selectedDimensionRow, dimensions - 1), 0, root);
    const int criteria = m_model->rowCount(dimension);
    if (m_selectedCriterionRow >= 0 && criteria > 0)
        return m_model->node(m_model->index(std::min(m_selectedCriterionRow, criteria - 1), 0, dimension));
    return m_model->node(dimension);
}

} // namespace dpi
