#include "findingspage.h"

#include "actiontablemodel.h"
#include "choicedelegate.h"
#include "conclusionlabels.h"
#include "conclusionsection.h"
#include "conclusionsedits.h"
#include "contexteditor.h"
#include "criterionlinkdialog.h"
#include "document.h"
#include "findinglistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dpi {

FindingsPage::FindingsPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scope(new QComboBox(this))
    , m_findingModel(new FindingListModel(document, findingsedit::List::Findings, this))
    , m_strengthModel(new FindingListModel(document, findingsedit::List::Strengths, this))
    , m_actionModel(new ActionTableModel(document, this))
    , m_upgrade(new QAction(tr("Turn Recommendations into Actions"), this))
{
    m_scope->setObjectName(QStringLiteral("findingsScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    const auto chooseLinks = [this](const std::vector<CriterionLink> &current) -> std::optional<std::vector<CriterionLink>> {
        CriterionLinkDialog dialog(m_document->project(), m_language, current, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.links();
    };
    const auto findingVerbs = [this, chooseLinks](findingsedit::List list) {
        ConclusionSection::Verbs verbs;
        verbs.add = [this, list] { return findingsedit::add(*m_document, scope(), list, Finding()); };
        verbs.remove = [this, list](int row) { return findingsedit::remove(*m_document, scope(), list, row); };
        verbs.move = [this, list](int from, int to) { return findingsedit::move(*m_document, scope(), list, from, to); };
        verbs.links = [this, list](int row) {
            const Conclusions *conclusions = m_document->conclusions(scope());
            if (!conclusions)
                return std::vector<CriterionLink>();
            const auto &items = list == findingsedit::List::Findings ? conclusions->findings : conclusions->strengths;
            return row >= 0 && row < int(items.size()) ? items[std::size_t(row)].links : std::vector<CriterionLink>();
        };
        verbs.setLinks = [this, list](int row, const std::vector<CriterionLink> &links) {
            return findingsedit::setLinks(*m_document, scope(), list, row, links);
        };
        verbs.chooseLinks = chooseLinks;
        return verbs;
    };
    m_findings = new ConclusionSection(tr("Key findings"), m_findingModel, FindingListModel::TextColumn, false,
                                       findingVerbs(findingsedit::List::Findings), this);
    m_findings->setObjectName(QStringLiteral("findingsSection"));
    m_strengths = new ConclusionSection(tr("Strengths"), m_strengthModel, FindingListModel::TextColumn, false,
                                        findingVerbs(findingsedit::List::Strengths), this);
    m_strengths->setObjectName(QStringLiteral("strengthsSection"));

    ConclusionSection::Verbs actionVerbs;
    actionVerbs.add = [this] { return actionedit::add(*m_document, scope(), ActionItem()); };
    actionVerbs.remove = [this](int row) { return actionedit::remove(*m_document, scope(), row); };
    actionVerbs.move = [this](int from, int to) { return actionedit::move(*m_document, scope(), from, to); };
    actionVerbs.links = [this](int row) {
        const Conclusions *conclusions = m_document->conclusions(scope());
        if (!conclusions || row < 0 || row >= int(conclusions->actions.size()))
            return std::vector<CriterionLink>();
        return conclusions->actions[std::size_t(row)].links;
    };
    actionVerbs.setLinks = [this](int row, const std::vector<CriterionLink> &links) {
        return actionedit::setLinks(*m_document, scope(), row, links);
    };
    actionVerbs.chooseLinks = chooseLinks;
    m_actions = new ConclusionSection(tr("Action plan"), m_actionModel, ActionTableModel::TextColumn, true,
                                      std::move(actionVerbs), this);
    m_actions->setObjectName(QStringLiteral("actionsSection"));
    QTableView *actionView = m_actions->view();
    actionView->setItemDelegateForColumn(ActionTableModel::PriorityColumn, new ChoiceDelegate(priorityChoices(), actionView));
    actionView->setItemDelegateForColumn(ActionTableModel::HorizonColumn, new ChoiceDelegate(horizonChoices(), actionView));
    QHeaderView *header = actionView->horizontalHeader();
    header->setSectionResizeMode(ActionTableModel::TextColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    actionView->setColumnWidth(ActionTableModel::NumberColumn, 36);
    actionView->setColumnWidth(ActionTableModel::PriorityColumn, 90);
    actionView->setColumnWidth(ActionTableModel::OwnerColumn, 200);
    actionView->setColumnWidth(ActionTableModel::HorizonColumn, 130);
    actionView->setColumnWidth(ActionTableModel::CriteriaColumn, 220);
    actionView->setColumnWidth(ActionTableModel::CostColumn, 160);
    for (ConclusionSection *section : {m_findings, m_strengths}) {
        section->view()->horizontalHeader()->setSectionResizeMode(FindingListModel::TextColumn, QHeaderView::Stretch);
        section->view()->horizontalHeader()->setStretchLastSection(false);
        section->view()->setColumnWidth(FindingListModel::CriteriaColumn, 160);
    }

    m_context = new ContextEditor(document, this);

    auto *upgradeButton = new QPushButton(m_upgrade->text(), this);
    upgradeButton->setObjectName(QStringLiteral("upgradeRecommendationsButton"));
    upgradeButton->setToolTip(tr("Each score's one-line recommendation becomes an action of its sector, "
                                 "linked to that criterion, with medium priority."));
    connect(upgradeButton, &QPushButton::clicked, m_upgrade, &QAction::trigger);
    connect(m_upgrade, &QAction::triggered, this, &FindingsPage::upgradeRecommendations);

    auto *top = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Conclusions of:"), this);
    scopeLabel->setBuddy(m_scope);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addStretch();
    top->addWidget(upgradeButton);

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(m_findings);
    lists->addWidget(m_strengths);
    lists->addWidget(m_context);
    // Three lists side by side, each with its row of buttons, are wider than
    // a small window: scroll rather than force the main window's minimum width.
    auto *listsArea = new QScrollArea(this);
    listsArea->setWidgetResizable(true);
    listsArea->setFrameShape(QFrame::NoFrame);
    listsArea->setWidget(lists);
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->setObjectName(QStringLiteral("findingsSplitter"));
    rows->addWidget(listsArea);
    rows->addWidget(m_actions);
    rows->setStretchFactor(0, 2);
    rows->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rows, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindingsPage::onScopeChosen);
    connect(document, &Document::projectReplaced, this, &FindingsPage::fillScopes);
    fillScopes();
}

void FindingsPage::fillScopes()
{
    const QString current = scope();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("The whole assessment"), QString());
        for (const Sector &sector : m_document->project().sectors)
            m_scope->addItem(sector.title.text(m_language), sector.id);
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
    }
    onScopeChosen();
}

void FindingsPage::onScopeChosen()
{
    const QString sectorId = scope();
    m_findingModel->setScope(sectorId);
    m_strengthModel->setScope(sectorId);
    m_actionModel->setScope(sectorId);
    // The context belongs to the assessment, not to a sector.
    m_context->setVisible(sectorId.isEmpty());
}

void FindingsPage::setScope(const QString &sectorId)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(sectorId)));
}

QString FindingsPage::scope() const
{
    return m_scope->currentData().toString();
}

void FindingsPage::setLanguage(const QString &language)
{
    m_language = language;
    m_findingModel->setLanguage(language);
    m_strengthModel->setLanguage(language);
    m_actionModel->setLanguage(language);
    m_context->setLanguage(language);
    fillScopes();
}

void FindingsPage::upgradeRecommendations()
{
    const int converted = actionedit::upgradeRecommendations(*m_document);
    Q_EMIT statusMessage(converted == 0 ? tr("No score has a recommendation to turn into an action.")
                                        : tr("%n recommendation(s) turned into actions.", nullptr, converted));
}

} // namespace dpi
