#include "frameworkdiffview.h"

#include "frameworkdiffsections.h"
#include "wrappingitemdelegate.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dpi {

namespace {

enum Column { ElementColumn, AspectColumn, BeforeColumn, AfterColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole;
constexpr int kSectionRole = Qt::UserRole + 1;

// Strong colour for markers and counts, light tint for row backgrounds.
QColor strongColour(DiffTone tone)
{
    switch (tone) {
    case DiffTone::Added: return QColor(0x2e, 0x7d, 0x32);
    case DiffTone::Removed: return QColor(0xc6, 0x28, 0x28);
    case DiffTone::Changed: break;
    }
    return QColor(0xc7, 0x7c, 0x02);
}

QColor tintColour(DiffTone tone)
{
    switch (tone) {
    case DiffTone::Added: return QColor(0xe8, 0xf5, 0xe9);
    case DiffTone::Removed: return QColor(0xfd, 0xec, 0xea);
    case DiffTone::Changed: break;
    }
    return QColor(0xff, 0xf4, 0xdc);
}

QIcon toneMarker(DiffTone tone)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(strongColour(tone));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2.5, 2.5);
    return QIcon(pixmap);
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("ky"))
        return QStringLiteral("Кыргызча");
    return code;
}

QString oneLine(const QString &text)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return shown.trimmed();
}

} // namespace

FrameworkDiffView::FrameworkDiffView(const Framework &before, const Framework &after, const QString &beforeName,
                                     const QString &afterName, QWidget *parent)
    : QWidget(parent)
    , m_before(before)
    , m_after(after)
    , m_beforeName(beforeName)
    , m_afterName(afterName)
    , m_diff(diffFrameworks(before, after))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_languageBox(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_copy(new QPushButton(tr("Copy as Text"), this))
    , m_save(new QPushButton(tr("Save as JSON…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("frameworkDiffView"));
    m_title->setObjectName(QStringLiteral("diffTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setText(tr("<b>%1</b> <span style='color:#666'>(%2)</span> &nbsp;→&nbsp; <b>%3</b> <span style='color:#666'>(%4)</span>")
                         .arg(m_diff.oldPin.toHtmlEscaped(), m_beforeName.toHtmlEscaped(), m_diff.newPin.toHtmlEscaped(),
                              m_afterName.toHtmlEscaped()));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setTextFormat(Qt::RichText);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);

    m_filter->setObjectName(QStringLiteral("diffFilter"));
    m_filter->setPlaceholderText(tr("Filter changes (id, title, text)…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &FrameworkDiffView::applyFilter);

    m_languageBox->setObjectName(QStringLiteral("diffLanguage"));
    for (const QString &code : frameworkDiffLanguages(m_before, m_after))
        m_languageBox->addItem(languageName(code), code);
    connect(m_languageBox, &QComboBox::activated, this,
            [this](int index) { setLanguage(m_languageBox->itemData(index).toString()); });
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageBox);

    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Element"), tr("Change"), tr("Before"), tr("After")});
    new WrappingItemDelegate(m_tree);
    m_tree->setAlternatingRowColors(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setIconSize(QSize(12, 12));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ElementColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(AspectColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ElementColumn, 330);
    m_tree->setColumnWidth(AspectColumn, 150);

    m_copy->setObjectName(QStringLiteral("copyDiffButton"));
    m_save->setObjectName(QStringLiteral("saveDiffButton"));
    m_copy->setToolTip(tr("Copy the changes as text, in the form of “dpiw diff”"));
    m_save->setToolTip(tr("Save the changes as JSON, in the form of “dpiw diff --format json”"));
    // Enter in the filter box must not copy or save.
    m_copy->setAutoDefault(false);
    m_save->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &FrameworkDiffView::copyAsText);
    connect(m_save, &QPushButton::clicked, this, &FrameworkDiffView::saveJsonInteractively);
    m_status->setObjectName(QStringLiteral("diffStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(languageLabel);
    filterRow->addWidget(m_languageBox);

    m_buttonRow = new QHBoxLayout;
    m_buttonRow->addWidget(m_status, 1);
    m_buttonRow->addWidget(m_copy);
    m_buttonRow->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(4);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(m_buttonRow);

    m_chooseSaveFile = [this](const QString &suggestion) {
        return QFileDialog::getSaveFileName(this, tr("Save Framework Diff as JSON"), suggestion,
                                            tr("JSON files (*.json);;All files (*)"));
    };

    const int english = m_languageBox->findData(m_language);
    m_languageBox->setCurrentIndex(english < 0 ? 0 : english);
    rebuild();
}

void FrameworkDiffView::setLanguage(const QString &language)
{
    if (language.isEmpty())
        return;
    int index = m_languageBox->findData(language);
    if (index < 0) {
        m_languageBox->addItem(languageName(language), language);
        index = m_languageBox->count() - 1;
    }
    m_languageBox->setCurrentIndex(index);
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void FrameworkDiffView::setFilterText(const QString &text)
{
    m_filter->setText(text); // textChanged applies it
}

QString FrameworkDiffView::summaryText() const
{
    if (m_diff.isEmpty())
        return tr("No differences");
    int added = 0;
    int removed = 0;
    int renamed = 0;
    int changed = 0;
    for (const FrameworkChange &change : m_diff.changes) {
        switch (change.kind) {
        case FrameworkChange::Kind::Added: ++added; break;
        case FrameworkChange::Kind::Removed: ++removed; break;
        case FrameworkChange::Kind::Renamed: ++renamed; break;
        case FrameworkChange::Kind::Moved:
        case FrameworkChange::Kind::Changed: ++changed; break;
        }
    }
    return tr("%1 added, %2 removed, %3 renamed, %4 changed").arg(added).arg(removed).arg(renamed).arg(changed);
}

void FrameworkDiffView::rebuild()
{
    const QString summary = summaryText();
    if (m_diff.isEmpty()) {
        m_summary->setText(tr("<span style='color:#555'>No differences: the two frameworks are the same.</span>"));
    } else {
        // The plain summary, with each count in its colour.
        QStringList parts = summary.split(QStringLiteral(", "));
        const DiffTone tones[] = {DiffTone::Added, DiffTone::Removed, DiffTone::Changed, DiffTone::Changed};
        for (int i = 0; i < parts.size() && i < 4; ++i)
            parts[i] = QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
                           .arg(strongColour(tones[i]).name(), parts[i].toHtmlEscaped());
        m_summary->setText(parts.join(QStringLiteral(", ")));
    }
    m_summary->setToolTip(summary);

    m_tree->clear();
    QFont sectionFont = m_tree->font();
    sectionFont.setBold(true);
    QFont groupFont = m_tree->font();
    groupFont.setItalic(true);
    const QColor text(0x1f, 0x1f, 0x1f);
    const QColor missing(0x8a, 0x8a, 0x8a);

    for (const DiffSection &section : groupFrameworkDiff(m_diff, m_before, m_after, m_language)) {
        auto *sectionItem = new QTreeWidgetItem(m_tree);
        sectionItem->setText(ElementColumn, QStringLiteral("%1 (%2)").arg(section.title).arg(section.rowCount()));
        sectionItem->setData(ElementColumn, kSectionRole, section.key);
        sectionItem->setFont(ElementColumn, sectionFont);
        sectionItem->setFirstColumnSpanned(true);
        sectionItem->setFlags(Qt::ItemIsEnabled);
        for (const DiffGroup &group : section.groups) {
            QTreeWidgetItem *parent = sectionItem;
            if (!group.title.isEmpty()) {
                parent = new QTreeWidgetItem(sectionItem);
                parent->setText(ElementColumn, QStringLiteral("%1 (%2)").arg(group.title).arg(group.rows.size()));
                parent->setData(ElementColumn, kSectionRole, section.key);
                parent->setFont(ElementColumn, groupFont);
                parent->setFirstColumnSpanned(true);
                parent->setFlags(Qt::ItemIsEnabled);
            }
            for (const DiffRow &row : group.rows) {
                auto *item = new QTreeWidgetItem(parent);
                item->setData(ElementColumn, kIdRole, row.id);
                item->setData(ElementColumn, kSectionRole, section.key);
                item->setIcon(ElementColumn, toneMarker(row.tone));
                const QString values[] = {row.element, row.aspect, oneLine(row.before), oneLine(row.after)};
                for (int column = 0; column < ColumnCount; ++column) {
                    const bool empty = values[column].isEmpty();
                    const bool isValue = column == BeforeColumn || column == AfterColumn;
                    item->setText(column, empty && isValue ? QStringLiteral("—") : values[column]);
                    item->setToolTip(column, values[column]);
                    item->setBackground(column, tintColour(row.tone));
                    item->setForeground(column, empty ? missing : text);
                }
                if (row.tone == DiffTone::Changed) {
                    // Old value struck through, so the row reads "old → new" at a glance.
                    QFont old = m_tree->font();
                    old.setStrikeOut(!row.before.isEmpty() && !row.after.isEmpty() && section.key != QLatin1String("renamed")
                                     && section.key != QLatin1String("moved"));
                    item->setFont(BeforeColumn, old);
                    item->setForeground(BeforeColumn, QColor(0x8a, 0x2a, 0x1f));
                }
            }
        }
    }
    m_tree->expandAll();
    applyFilter();
}

void FrameworkDiffView::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    int shown = 0;
    int total = 0;
    const auto matches = [&needle](const QTreeWidgetItem *item) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (item->text(column).contains(needle, Qt::CaseInsensitive)
                || item->toolTip(column).contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        const bool sectionMatches = needle.isEmpty() || matches(section);
        bool anyVisible = false;
        for (int j = 0; j < section->childCount(); ++j) {
            QTreeWidgetItem *child = section->child(j);
            const bool isGroup = child->childCount() > 0;
            bool visible = false;
            if (isGroup) {
                const bool groupMatches = sectionMatches || matches(child);
                for (int k = 0; k < child->childCount(); ++k) {
                    QTreeWidgetItem *row = child->child(k);
                    const bool rowVisible = groupMatches || matches(row);
                    row->setHidden(!rowVisible);
                    visible = visible || rowVisible;
                    ++total;
                    shown += rowVisible ? 1 : 0;
                }
            } else {
                visible = sectionMatches || matches(child);
                ++total;
                shown += visible ? 1 : 0;
            }
            child->setHidden(!visible);
            anyVisible = anyVisible || visible;
        }
        section->setHidden(!anyVisible);
    }
    // Only the filter's own count is cleared, so "Saved …" survives a language switch.
    if (!needle.isEmpty())
        showStatus(tr("%1 of %2 changes shown").arg(shown).arg(total), false);
    else if (m_showsFilterCount)
        showStatus(QString(), false);
    m_showsFilterCount = !needle.isEmpty();
}

QString FrameworkDiffView::diffText() const
{
    return diffAsText(m_diff, m_language);
}

void FrameworkDiffView::copyAsText()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(diffText());
    showStatus(tr("Copied %n change(s) as text.", nullptr, int(m_diff.changes.size())), false);
}

bool FrameworkDiffView::saveJson(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray json = diffAsJson(m_diff);
    QString problem;
    if (!file.open(QIODevice::WriteOnly))
        problem = file.errorString();
    else if (file.write(json) != json.size())
        problem = file.errorString();
    else if (!file.commit())
        problem = file.errorString();
    if (!problem.isEmpty()) {
        showStatus(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), problem), true);
        if (error)
            *error = problem;
        return false;
    }
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void FrameworkDiffView::saveJsonInteractively()
{
    QString stem = m_after.id.isEmpty() ? QStringLiteral("framework") : m_after.id;
    if (m_before.id == m_after.id)
        stem += QStringLiteral("-%1-to-%2").arg(m_before.version, m_after.version);
    const QString suggestion = QDir::home().filePath(stem + QStringLiteral(".diff.json"));
    const QString path = m_chooseSaveFile ? m_chooseSaveFile(suggestion) : QString();
    if (!path.isEmpty())
        saveJson(path);
}

void FrameworkDiffView::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #555;"));
}

QString FrameworkDiffView::statusText() const
{
    return m_status->text();
}

} // namespace dpi
