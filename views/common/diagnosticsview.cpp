#include "diagnosticsview.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace dpi {

DiagnosticsView::DiagnosticsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("diagnosticsView"));
    setColumnCount(3);
    setHeaderLabels({tr("Location"), tr("Severity"), tr("Message")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    header()->resizeSection(0, 320);
    header()->resizeSection(1, 80);
}

void DiagnosticsView::setDiagnostics(const QString &context, const Diagnostics &diagnostics)
{
    clear();
    m_errors = diagnostics.errorCount();
    auto *heading = new QTreeWidgetItem(this, {context, QString(),
                                               tr("%n error(s)", nullptr, diagnostics.errorCount()) + QStringLiteral(", ")
                                                   + tr("%n warning(s)", nullptr, diagnostics.warningCount())});
    QFont bold = font();
    bold.setBold(true);
    for (int column = 0; column < 3; ++column)
        heading->setFont(column, bold);
    for (const Diagnostic &diagnostic : diagnostics.items()) {
        const QString location = QStringLiteral("%1:%2:%3").arg(diagnostic.file).arg(diagnostic.line).arg(diagnostic.column);
        const bool error = diagnostic.severity == Severity::Error;
        auto *item = new QTreeWidgetItem(this, {location, error ? tr("error") : tr("warning"), diagnostic.message});
        item->setIcon(1, QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setToolTip(2, diagnostic.toString());
    }
}

} // namespace dpi
