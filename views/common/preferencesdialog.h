#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace dpi {

// Edit > Preferences: the interface language. The choice is stored and
// takes effect at the next start (docs/design-choices.md): nothing open is
// closed or lost by choosing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QString selectedLanguage() const;
    // Stores the selection; true when it differs from the running language.
    bool apply();

private:
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace dpi
