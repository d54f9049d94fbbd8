#include "upgradeframeworkdialog.h"

#include "document.h"
#include "frameworkdiffview.h"
#include "frameworkreader.h"
#include "wrappingitemdelegate.h"
#include "scoreedits.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dpi {

namespace {

enum DetailColumn { SectorColumn, CriterionColumn, DetailColumn, DetailColumnCount };

// A count with its caption, as a small tile; returns the number label.
QLabel *addTile(QHBoxLayout *row, const QString &caption, const QString &objectName, const QColor &accent, QWidget *parent)
{
    auto *tile = new QFrame(parent);
    tile->setObjectName(objectName + QStringLiteral("Tile"));
    tile->setStyleSheet(QStringLiteral("#%1 { background: #fafafa; border: 1px solid #e0e0e0; border-left: 4px solid %2;"
                                       " border-radius: 4px; }")
                            .arg(tile->objectName(), accent.name()));
    auto *number = new QLabel(QStringLiteral("–"), tile);
    number->setObjectName(objectName);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    number->setFont(big);
    auto *text = new QLabel(caption, tile);
    text->setWordWrap(true);
    text->setStyleSheet(QStringLiteral("color: #555;"));
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(number);
    layout->addWidget(text);
    row->addWidget(tile, 1);
    return number;
}

QString sectorName(const Project &project, const QString &sectorId, const QString &language)
{
    const Sector *sector = project.findSector(sectorId);
    const QString title = sector ? sector->title.text(language) : QString();
    return title.isEmpty() ? sectorId : title;
}

QString criterionName(const Framework &framework, const QString &criterionId, const QString &language)
{
    const Criterion *criterion = framework.findCriterion(criterionId);
    const QString title = criterion ? criterion->title.text(language) : QString();
    return title.isEmpty() ? criterionId : criterionId + QStringLiteral(" — ") + title;
}

QTreeWidgetItem *addSection(QTreeWidget *tree, const QString &title, int count)
{
    auto *item = new QTreeWidgetItem(tree);
    item->setText(SectorColumn, QStringLiteral("%1 (%2)").arg(title).arg(count));
    QFont bold = tree->font();
    bold.setBold(true);
    item->setFont(SectorColumn, bold);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void addRow(QTreeWidgetItem *section, const QStringList &texts, const QColor &tint)
{
    auto *item = new QTreeWidgetItem(section, texts);
    for (int column = 0; column < DetailColumnCount; ++column) {
        item->setBackground(column, tint);
        item->setForeground(column, QColor(0x1f, 0x1f, 0x1f));
        item->setToolTip(column, texts.value(column));
    }
}

} // namespace

UpgradeFrameworkDialog::UpgradeFrameworkDialog(Document *document, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_language(language.isEmpty() ? QStringLiteral("en") : language)
    , m_framework(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_heading(new QLabel(this))
    , m_details(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("upgradeFrameworkDialog"));
    setWindowTitle(tr("Upgrade Framework in Assessment"));

    m_framework->setObjectName(QStringLiteral("upgradeFramework"));
    for (const ProjectFramework &entry : m_document->project().frameworks) {
        const QString title = entry.framework.title.text(m_language);
        m_framework->addItem(tr("%1 — %2@%3").arg(title.isEmpty() ? entry.id : title, entry.id, entry.version), entry.id);
    }
    connect(m_framework, &QComboBox::currentIndexChanged, this, &UpgradeFrameworkDialog::replan);

    m_path->setObjectName(QStringLiteral("upgradeFile"));
    m_path->setPlaceholderText(tr("path/to/name.framework.yaml (the new version)"));
    m_path->setClearButtonEnabled(true);
    connect(m_path, &QLineEdit::editingFinished, this, &UpgradeFrameworkDialog::loadFile);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the New Framework Version"), QFileInfo(m_document->filePath()).absolutePath(),
            tr("Frameworks (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            setNewFrameworkFile(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Framework to upgrade:"), m_framework);
    auto *fileLabel = new QLabel(tr("&New version file:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_message->setObjectName(QStringLiteral("upgradeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Summary tab: the counts, then the scores that move, one per row.
    auto *summary = new QWidget(m_tabs);
    summary->setObjectName(QStringLiteral("upgradeSummary"));
    m_heading->setObjectName(QStringLiteral("upgradeHeading"));
    m_heading->setTextFormat(Qt::RichText);
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    m_carried = addTile(tiles, tr("scores carried over unchanged"), QStringLiteral("carriedCount"), QColor(0x2e, 0x7d, 0x32), summary);
    m_followed = addTile(tiles, tr("scores following a renamed criterion"), QStringLiteral("followedCount"), QColor(0xc7, 0x7c, 0x02), summary);
    m_archived = addTile(tiles, tr("scores moved to the archive"), QStringLiteral("archivedCount"), QColor(0xc6, 0x28, 0x28), summary);
    m_archived->parentWidget()->setToolTip(tr("Kept in the project's archive with the reason, never deleted."));
    m_unscored = addTile(tiles, tr("cells left to score"), QStringLiteral("unscoredCount"), QColor(0x55, 0x6b, 0x8d), summary);
    m_details->setObjectName(QStringLiteral("upgradeDetails"));
    m_details->setColumnCount(DetailColumnCount);
    m_details->setHeaderLabels({tr("Sector"), tr("Criterion"), tr("What happens")});
    new WrappingItemDelegate(m_details);
    m_details->header()->setStretchLastSection(true);
    m_details->setColumnWidth(SectorColumn, 200);
    m_details->setColumnWidth(CriterionColumn, 360);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(10, 10, 10, 10);
    summaryLayout->addWidget(m_heading);
    summaryLayout->addLayout(tiles);
    summaryLayout->addWidget(m_details, 1);
    m_tabs->setObjectName(QStringLiteral("upgradeTabs"));
    m_tabs->addTab(summary, tr("Summary"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // An action button, not the accept button: a button box makes its accept button the default.
    m_apply = buttons->addButton(tr("&Apply Upgrade"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("applyUpgradeButton"));
    m_apply->setToolTip(tr("One step in the undo history: Edit > Undo restores the project as it was."));
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // No default button at all: Enter after typing a path shows the plan; it must not
    // apply it, browse or close the dialog.
    const QList<QPushButton *> pushButtons = findChildren<QPushButton *>();
    for (QPushButton *button : pushButtons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    resize(1120, 700);
    replan();
}

bool UpgradeFrameworkDialog::selectFramework(const QString &frameworkId)
{
    const int index = m_framework->findData(frameworkId);
    if (index < 0)
        return false;
    m_framework->setCurrentIndex(index); // replans when it changes
    return true;
}

void UpgradeFrameworkDialog::setNewFrameworkFile(const QString &path)
{
    m_path->setText(path);
    m_loadedPath.clear(); // read again even when the same path was read before
    loadFile();
}

void UpgradeFrameworkDialog::loadFile()
{
    const QString path = m_path->text().trimmed();
    if (path == m_loadedPath && !path.isEmpty())
        return;
    m_loadedPath = path;
    m_newer.reset();
    m_newerName.clear();
    m_readError.clear();
    if (!path.isEmpty()) {
        const FrameworkReadResult read = readFrameworkFile(path);
        QStringList errors;
        for (const Diagnostic &diagnostic : read.diagnostics.items()) {
            if (diagnostic.severity == Severity::Error)
                errors << diagnostic.toString();
        }
        if (read.ok()) {
            m_newer = read.framework;
            m_newerName = QFileInfo(path).fileName();
        } else {
            m_readError = errors.isEmpty() ? tr("%1: error: not a usable framework file").arg(path)
                                           : errors.join(QLatin1Char('\n'));
        }
    }
    replan();
}

void UpgradeFrameworkDialog::replan()
{
    clearPlan();
    const Project &project = m_document->project();
    const QString frameworkId = m_framework->currentData().toString();
    const ProjectFramework *current = project.findFramework(frameworkId);
    if (!current) {
        showMessage(tr("The open project uses no framework. Open an assessment first."), true);
        return;
    }
    if (!m_readError.isEmpty()) {
        showMessage(tr("The file cannot be read; nothing was changed.\n%1").arg(m_readError), true);
        return;
    }
    if (!m_newer) {
        showMessage(tr("Choose the file of the new version of “%1”. Nothing changes until you press Apply Upgrade.")
                        .arg(current->id),
                    false);
        return;
    }

    m_diffView = new FrameworkDiffView(current->framework, *m_newer, tr("in this project"), m_newerName, m_tabs);
    m_diffView->setLanguage(m_language);
    m_diffView->layout()->setContentsMargins(10, 10, 10, 10);
    m_tabs->addTab(m_diffView, tr("Framework Changes (%1)").arg(m_diffView->diff().changes.size()));

    if (m_newer->id != current->id) {
        showMessage(tr("Cannot upgrade: %1 holds the framework “%2”, not “%3”. An upgrade moves an assessment to a "
                       "newer version of the same framework; the Framework Changes tab shows how the two differ.")
                        .arg(m_newerName, m_newer->id, current->id),
                    true);
        return;
    }
    const UpgradeOutcome outcome = planFrameworkUpgrade(project, *m_newer, now());
    if (!outcome.plan) {
        showMessage(tr("Cannot upgrade: %1. The project uses %2@%3; choose a file with a newer version.")
                        .arg(outcome.error, current->id, current->version),
                    true);
        return;
    }
    m_plan = outcome.plan;
    showPlan(*m_plan);
    showMessage(tr("Ready to upgrade %1 from %2 to %3. Nothing changes until you press Apply Upgrade; "
                   "afterwards Edit > Undo restores the project as it was.")
                    .arg(m_plan->frameworkId, m_plan->fromVersion, m_plan->toVersion),
                false);
}

void UpgradeFrameworkDialog::showPlan(const UpgradePlan &plan)
{
    const Project &project = m_document->project();
    const ProjectFramework *current = project.findFramework(plan.frameworkId);
    const Framework &oldFramework = current->framework;
    const Framework &newFramework = *m_newer;
    const FrameworkDiff &diff = plan.diff;
    const QString criterion = QStringLiteral("criterion");
    m_heading->setText(tr("<b>%1</b>: version %2 → %3 &nbsp;·&nbsp; criteria: %4 added, %5 removed, %6 renamed, %7 moved")
                           .arg(newFramework.title.text(m_language).toHtmlEscaped(), plan.fromVersion.toHtmlEscaped(),
                                plan.toVersion.toHtmlEscaped())
                           .arg(diff.count(FrameworkChange::Kind::Added, criterion))
                           .arg(diff.count(FrameworkChange::Kind::Removed, criterion))
                           .arg(diff.count(FrameworkChange::Kind::Renamed, criterion))
                           .arg(diff.count(FrameworkChange::Kind::Moved, criterion)));
    m_carried->setText(QString::number(plan.carried));
    m_followed->setText(QString::number(plan.followed.size()));
    m_archived->setText(QString::number(plan.archived.size()));
    m_unscored->setText(QString::number(plan.newUnscored));

    const QColor green(0xe8, 0xf5, 0xe9);
    const QColor amber(0xff, 0xf4, 0xdc);
    const QColor red(0xfd, 0xec, 0xea);
    if (!plan.followed.empty()) {
        QTreeWidgetItem *section = addSection(m_details, tr("Scores following a renamed criterion"), int(plan.followed.size()));
        for (const auto &[from, to] : plan.followed) {
            const QString sectorId = from.section(QLatin1Char('/'), 0, 0);
            const QString oldId = from.section(QLatin1Char('/'), 1);
            addRow(section,
                   {sectorName(project, sectorId, m_language), QStringLiteral("%1 → %2").arg(oldId, to),
                    tr("score moves to “%1”").arg(criterionName(newFramework, to, m_language))},
                   amber);
        }
    }
    if (!plan.archived.empty()) {
        QTreeWidgetItem *section = addSection(m_details, tr("Scores moved to the archive"), int(plan.archived.size()));
        for (const ArchivedScore &item : plan.archived) {
            QString level = tr("unscored");
            if (item.score.notApplicable)
                level = tr("N/A");
            else if (item.score.level)
                level = tr("level %1").arg(*item.score.level);
            addRow(section,
                   {sectorName(project, item.sectorId, m_language), criterionName(oldFramework, item.criterionId, m_language),
                    tr("%1, archived: %2").arg(level, item.reason)},
                   red);
        }
    }
    const int added = diff.count(FrameworkChange::Kind::Added, criterion);
    if (added > 0) {
        QTreeWidgetItem *section = addSection(m_details, tr("New criteria to score"), added);
        for (const FrameworkChange &change : diff.changes) {
            if (change.kind != FrameworkChange::Kind::Added || change.element != criterion)
                continue;
            const Dimension *dimension = newFramework.dimensionOf(change.id);
            addRow(section,
                   {tr("all sectors"), criterionName(newFramework, change.id, m_language),
                    tr("new in %1%2").arg(plan.toVersion,
                                          dimension ? tr(", dimension “%1”").arg(dimension->title.text(m_language)) : QString())},
                   green);
        }
    }
    if (m_details->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_details, {tr("Every score is carried over under the same criterion.")});
        item->setFirstColumnSpanned(true);
    }
    m_details->expandAll();
    m_apply->setEnabled(true);
}

void UpgradeFrameworkDialog::clearPlan()
{
    m_plan.reset();
    if (m_diffView) {
        m_tabs->removeTab(m_tabs->indexOf(m_diffView));
        delete m_diffView;
        m_diffView = nullptr;
    }
    m_details->clear();
    m_heading->setText(tr("<span style='color:#777'>The summary appears here once a newer version is chosen.</span>"));
    for (QLabel *number : {m_carried, m_followed, m_archived, m_unscored})
        number->setText(QStringLiteral("–"));
    m_apply->setEnabled(false);
}

void UpgradeFrameworkDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #f2c4bf;"
                                                      " border-radius: 4px; padding: 8px; }")
                                     : QStringLiteral("QLabel { background: #eef4fb; color: #1d3b5c; border: 1px solid #c9dbef;"
                                                      " border-radius: 4px; padding: 8px; }"));
}

QString UpgradeFrameworkDialog::messageText() const
{
    return m_message->text();
}

bool UpgradeFrameworkDialog::canApply() const
{
    return m_plan.has_value() && m_apply->isEnabled();
}

bool UpgradeFrameworkDialog::apply()
{
    if (!canApply() || !m_newer)
        return false;
    // Planned again on the current project, so what is applied is never stale.
    const UpgradeOutcome outcome = planFrameworkUpgrade(m_document->project(), *m_newer, now());
    if (!outcome.plan) {
        showMessage(tr("Cannot upgrade: %1.").arg(outcome.error), true);
        return false;
    }
    const bool changed = edit::replaceProject(*m_document, outcome.plan->result,
                                              tr("Upgrade %1 to %2").arg(outcome.plan->frameworkId, outcome.plan->toVersion));
    accept();
    return changed;
}

QString UpgradeFrameworkDialog::now() const
{
    return m_now.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : m_now;
}

} // namespace dpi
