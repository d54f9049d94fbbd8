#pragma once

#include "cellref.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace dpi {

class Document;
class EvidenceModel;

/**
 * The evidence items of one cell: a table edited in place, buttons to
 * remove and reorder, and a form that adds an item (text, source URL,
 * date). Return in the form adds the item, so scoring stays on the keyboard.
 */
class EvidenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceEditor(Document *document, QWidget *parent = nullptr);

    void setCell(const CellRef &cell);
    /** Puts the cursor into the new-item form (Enter in the grid). */
    void focusNewItem();

private:
    void addItem();
    void removeCurrent();
    void moveCurrent(int delta);
    void updateButtons();

    Document *const m_document;
    EvidenceModel *const m_model;
    QTableView *m_table;
    QToolButton *m_removeButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QLineEdit *m_text;
    QLineEdit *m_url;
    QLineEdit *m_date;
    QPushButton *m_addButton;
};

} // namespace dpi
