#pragma once

#include "diagnostic.h"

#include <QTreeWidget>

namespace dpi {

/** Lists problems found in files as FILE:LINE:COL, errors first in a red icon. */
class DiagnosticsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsView(QWidget *parent = nullptr);

    /** Replaces the list; `context` says what was being done (e.g. "Opening x"). */
    void setDiagnostics(const QString &context, const Diagnostics &diagnostics);
    int errorCount() const { return m_errors; }

private:
    int m_errors = 0;
};

} // namespace dpi
