#pragma once

#include "framework.h"

#include <QDialog>
#include <QString>

namespace dpi {

class FrameworkDiffView;

/**
 * A window around FrameworkDiffView: what changed from `before` to `after`.
 *
 * Usage (e.g. the framework editor's "Compare with Saved Version"):
 *
 *     auto *dialog = new FrameworkDiffDialog(saved, edited, tr("saved version"), tr("editor"), this);
 *     dialog->setLanguage(contentLanguage);
 *     dialog->setAttribute(Qt::WA_DeleteOnClose);
 *     dialog->show();
 *
 * The names are shown next to each framework's id@version; the dialog keeps
 * its own copies of the frameworks, so the caller may change or drop them.
 */
class FrameworkDiffDialog : public QDialog
{
    Q_OBJECT

public:
    FrameworkDiffDialog(const Framework &before, const Framework &after, const QString &beforeName,
                        const QString &afterName, QWidget *parent = nullptr);

    /** Content language of titles and texts ("en", "ru", "ky"). */
    void setLanguage(const QString &language);
    FrameworkDiffView *view() const { return m_view; }

private:
    FrameworkDiffView *m_view;
};

} // namespace dpi
