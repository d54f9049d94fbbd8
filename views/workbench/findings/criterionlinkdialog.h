#pragma once

#include "findings.h"

#include <QDialog>

#include <vector>

class QTreeWidget;

namespace dpi {

struct Project;

/**
 * Chooses the criteria a finding or an action rests on: every framework of
 * the project with its dimensions and criteria, each criterion checkable.
 */
class CriterionLinkDialog : public QDialog
{
    Q_OBJECT

public:
    CriterionLinkDialog(const Project &project, const QString &language, const std::vector<CriterionLink> &links,
                        QWidget *parent = nullptr);

    /** The checked criteria, in the frameworks' order. */
    std::vector<CriterionLink> links() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace dpi
