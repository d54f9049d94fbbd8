#pragma once

#include "framework.h"
#include "frameworkversioning.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace dpi {

/**
 * "Save as New Version": which part of the version to bump (each choice shows
 * the version it leads to), the changelog summary per language (English is
 * required) and the date of the entry.
 */
class NewFrameworkVersionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewFrameworkVersionDialog(const Framework &framework, QWidget *parent = nullptr);

    VersionBump bump() const;
    LocalizedText summary() const;
    QDate date() const;
    /** The version the current choice leads to; empty when the current version is not semver. */
    QString resultingVersion() const;

private:
    void updateState();

    const Framework m_framework;
    QRadioButton *m_major;
    QRadioButton *m_minor;
    QRadioButton *m_patch;
    QLabel *m_result;
    QLineEdit *m_summaryEn;
    QLineEdit *m_summaryRu;
    QDateEdit *m_date;
    QDialogButtonBox *m_buttons;
};

} // namespace dpi
