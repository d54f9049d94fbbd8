#pragma once

#include "localizedtext.h"

#include <QDialog>

class QPlainTextEdit;

namespace dpi {

/**
 * Edits what a map says, for the readers of a report: the explanation text
 * in English and Russian (a blank line starts a paragraph). Languages the
 * dialog does not show are kept as they were.
 */
class MapExplanationDialog : public QDialog
{
    Q_OBJECT

public:
    MapExplanationDialog(const LocalizedText &explanation, QWidget *parent = nullptr);

    /** The text as edited: the shown languages replaced, the others kept. */
    LocalizedText explanation() const;

private:
    LocalizedText m_original;
    QPlainTextEdit *m_english;
    QPlainTextEdit *m_russian;
};

} // namespace dpi
