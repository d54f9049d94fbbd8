#pragma once

#include "framework.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dpi {

/**
 * "Create Variant": the new framework id (checked as it is typed: a valid id,
 * not the current one) and optionally a new title per language.
 */
class FrameworkVariantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FrameworkVariantDialog(const Framework &framework, QWidget *parent = nullptr);

    QString newId() const;
    /** The title for the variant: the fields as typed; an emptied language is dropped. */
    LocalizedText title() const;
    /** Empty when newId() is acceptable, otherwise why not. */
    QString idProblem() const;

private:
    void updateState();

    const Framework m_framework;
    QLineEdit *m_id;
    QLineEdit *m_titleEn;
    QLineEdit *m_titleRu;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace dpi
