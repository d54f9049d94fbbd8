#pragma once

#include "framework.h"
#include "projectupgrade.h"

#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace dpi {

class Document;
class FrameworkDiffView;

/**
 * Tools > Upgrade Framework in Assessment…: moves the open project to a newer
 * version of one of its frameworks. The user picks the embedded framework and
 * the new version's file; the dialog computes planFrameworkUpgrade() and shows
 * what will happen before anything does: scores carried over, scores following
 * a renamed criterion (old id → new id), scores moved to the archive (with the
 * reason), cells left to score, and the framework diff in a second tab.
 * A file with another framework id, or a version that is not newer, is refused
 * with the reason shown. Apply is one undo step (edit::replaceProject).
 */
class UpgradeFrameworkDialog : public QDialog
{
    Q_OBJECT

public:
    UpgradeFrameworkDialog(Document *document, const QString &language, QWidget *parent = nullptr);

    /** Chooses which embedded framework to upgrade; false when the project has no such framework. */
    bool selectFramework(const QString &frameworkId);
    /** Reads the new version from `path` and plans the upgrade (errors are shown, not thrown). */
    void setNewFrameworkFile(const QString &path);
    /** Fixed time stamp for archived scores (tests); empty: the current UTC time. */
    void setNow(const QString &now) { m_now = now; }

    /** The plan shown, or nullptr when the upgrade is not possible (see messageText()). */
    const UpgradePlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    QString messageText() const;
    bool canApply() const;
    /** Applies the shown plan as one undo step and closes the dialog; false when not possible. */
    bool apply();

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *details() const { return m_details; }
    /** The diff tab's view, once a readable file is chosen. */
    FrameworkDiffView *diffView() const { return m_diffView; }

private:
    void loadFile();
    void replan();
    void showMessage(const QString &text, bool isError);
    void showPlan(const UpgradePlan &plan);
    void clearPlan();
    QString now() const;

    Document *m_document;
    QString m_language;
    QString m_now;
    QString m_loadedPath;
    std::optional<Framework> m_newer;
    QString m_newerName;
    QString m_readError;
    std::optional<UpgradePlan> m_plan;

    QComboBox *m_framework;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QLabel *m_heading;
    QLabel *m_carried;
    QLabel *m_followed;
    QLabel *m_archived;
    QLabel *m_unscored;
    QTreeWidget *m_details;
    FrameworkDiffView *m_diffView = nullptr;
    QPushButton *m_apply;
};

} // namespace dpi
