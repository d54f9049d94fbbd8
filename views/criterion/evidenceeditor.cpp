#include "evidenceeditor.h"

#include "document.h"
#include "evidencemodel.h"
#include "scoreedits.h"

#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dpi {

EvidenceEditor::EvidenceEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new EvidenceModel(document, this))
    , m_table(new QTableView(this))
    , m_removeButton(new QToolButton(this))
    , m_upButton(new QToolButton(this))
    , m_downButton(new QToolButton(this))
    , m_text(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
{
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceModel::UrlColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(EvidenceModel::UrlColumn, 150);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceModel::DateColumn, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 4 + 16);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 6 + 24);

    m_removeButton->setText(tr("Remove"));
    m_removeButton->setObjectName(QStringLiteral("removeEvidenceButton"));
    m_upButton->setArrowType(Qt::UpArrow);
    m_upButton->setToolTip(tr("Move up"));
    m_downButton->setArrowType(Qt::DownArrow);
    m_downButton->setToolTip(tr("Move down"));

    m_text->setObjectName(QStringLiteral("evidenceText"));
    m_text->setPlaceholderText(tr("What was found, e.g. “Listed as a member in the catalogue”"));
    m_url->setObjectName(QStringLiteral("evidenceUrl"));
    m_url->setPlaceholderText(tr("Source URL"));
    m_date->setObjectName(QStringLiteral("evidenceDate"));
    m_date->setPlaceholderText(QDate::currentDate().toString(Qt::ISODate));
    m_date->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$")), m_date));
    m_date->setMaximumWidth(110);
    m_addButton->setObjectName(QStringLiteral("addEvidenceButton"));
    m_addButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto *form = new QGridLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(4);
    form->addWidget(m_text, 0, 0, 1, 3);
    form->addWidget(m_url, 1, 0);
    form->addWidget(m_date, 1, 1);
    form->addWidget(m_addButton, 1, 2);
    form->setColumnStretch(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(m_addButton, &QPushButton::clicked, this, &EvidenceEditor::addItem);
    for (QLineEdit *field : {m_text, m_url, m_date})
        connect(field, &QLineEdit::returnPressed, this, &EvidenceEditor::addItem);
    connect(m_removeButton, &QToolButton::clicked, this, &EvidenceEditor::removeCurrent);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &EvidenceEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidenceEditor::updateButtons);
    updateButtons();
}

void EvidenceEditor::setCell(const CellRef &cell)
{
    if (cell != m_model->cell()) {
        m_text->clear();
        m_url->clear();
        m_date->clear();
    }
    m_model->setCell(cell);
    setEnabled(cell.isValid());
}

void EvidenceEditor::focusNewItem()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void EvidenceEditor::addItem()
{
    const EvidenceItem item{m_text->text().trimmed(), m_url->text().trimmed(), m_date->text().trimmed()};
    if (!edit::addEvidence(*m_document, m_model->cell(), item))
        return;
    m_text->clear();
    m_url->clear();
    m_date->clear();
    m_text->setFocus();
    m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
}

void EvidenceEditor::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row >= 0)
        edit::removeEvidence(*m_document, m_model->cell(), row);
}

void EvidenceEditor::moveCurrent(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (edit::moveEvidence(*m_document, m_model->cell(), current.row(), to))
        m_table->setCurrentIndex(m_model->index(to, current.column()));
}

void EvidenceEditor::updateButtons()
{
    const int row = m_table->currentIndex().row();
    const int count = m_model->rowCount();
    m_removeButton->setEnabled(row >= 0 && row < count);
    m_upButton->setEnabled(row > 0 && row < count);
    m_downButton->setEnabled(row >= 0 && row + 1 < count);
}

} // namespace dpi
