#include "frameworkform.h"

#include "languageheader.h"
#include "localizedtextfield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dpi {

namespace {

enum SourceColumn { SourceId, SourceTitle, SourceUrl, SourceAccessed, SourceColumnCount };

QStringList authorLines(const QString &text)
{
    QStringList authors;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            authors << line.trimmed();
    }
    return authors;
}

} // namespace

FrameworkForm::FrameworkForm(FrameworkEditGate *gate, QWidget *parent)
    : StructureForm(gate, parent)
{
    setObjectName(QStringLiteral("frameworkForm"));

    QGroupBox *identity = addGroup(tr("Framework"), QStringLiteral("frameworkIdentity"));
    QFormLayout *form = groupForm(identity);
    m_id = new QLineEdit(identity);
    m_id->setObjectName(QStringLiteral("frameworkId"));
    m_idError = makeError(QStringLiteral("frameworkIdError"), identity);
    form->addRow(tr("Id:"), fieldWithNotes(m_id, m_idError,
        tr("Projects pin the framework as id@version. To adapt someone else's "
           "framework, use “Create Variant” instead of changing the id.")));
    m_version = new QLineEdit(identity);
    m_version->setObjectName(QStringLiteral("frameworkVersion"));
    m_version->setReadOnly(true);
    m_version->setMaximumWidth(160);
    auto *versionBox = new QHBoxLayout;
    versionBox->addWidget(m_version);
    QLabel *versionHint = makeHint(tr("Use \u201cSave as New Version\u201d to change it; that also adds a changelog entry."),
                                   identity);
    versionHint->setWordWrap(false);
    versionBox->addWidget(versionHint, 1);
    form->addRow(tr("Version:"), versionBox);
    m_derivedFrom = new QLineEdit(identity);
    m_derivedFrom->setObjectName(QStringLiteral("frameworkDerivedFrom"));
    m_derivedFrom->setReadOnly(true);
    m_derivedFrom->setPlaceholderText(tr("not derived from another framework"));
    form->addRow(tr("Derived from:"), m_derivedFrom);
    m_licence = new QLineEdit(identity);
    m_licence->setObjectName(QStringLiteral("frameworkLicence"));
    m_licence->setPlaceholderText(tr("e.g. CC-BY-4.0"));
    m_licence->setMaximumWidth(240);
    form->addRow(tr("Licence:"), m_licence);
    m_authors = new QPlainTextEdit(identity);
    m_authors->setObjectName(QStringLiteral("frameworkAuthors"));
    m_authors->setPlaceholderText(tr("One author per line"));
    m_authors->setTabChangesFocus(true);
    m_authors->setFixedHeight(m_authors->fontMetrics().lineSpacing() * 3 + 14);
    form->addRow(tr("Authors:"), m_authors);
    connect(m_id, &QLineEdit::textEdited, this, &FrameworkForm::onIdEdited);
    connect(m_id, &QLineEdit::editingFinished, this, &FrameworkForm::commitId);
    connect(m_licence, &QLineEdit::textEdited, this, [this](const QString &value) {
        edit([&](Framework &f) { f.licence = value.trimmed(); }, tr("Edit licence"), QStringLiteral("framework/licence"));
    });
    connect(m_authors, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList authors = authorLines(m_authors->toPlainText());
        edit([&](Framework &f) { f.authors = authors; }, tr("Edit authors"), QStringLiteral("framework/authors"));
    });

    QGroupBox *texts = addGroup(tr("Texts"), QStringLiteral("frameworkTexts"));
    form = groupForm(texts);
    m_header = new LanguageHeader(texts);
    form->addRow(QString(), m_header);
    m_title = new LocalizedTextField(QStringLiteral("frameworkTitle"), false, texts);
    m_title->setRequired(true);
    form->addRow(tr("Title:"), m_title);
    m_description = new LocalizedTextField(QStringLiteral("frameworkDescription"), true, texts);
    form->addRow(tr("Description:"), m_description);
    connect(m_title, &LocalizedTextField::edited, this, [this](const QString &language, const QString &value) {
        edit([&](Framework &f) { f.title = LocalizedTextField::withValue(f.title, language, value); },
             tr("Edit framework title"), QStringLiteral("framework/title/%1").arg(language));
    });
    connect(m_description, &LocalizedTextField::edited, this, [this](const QString &language, const QString &value) {
        edit([&](Framework &f) { f.description = LocalizedTextField::withValue(f.description, language, value); },
             tr("Edit framework description"), QStringLiteral("framework/description/%1").arg(language));
    });

    QGroupBox *sources = addGroup(tr("Sources"), QStringLiteral("frameworkSourcesGroup"));
    auto *sourcesLayout = new QVBoxLayout;
    m_sources = new QTableWidget(0, SourceColumnCount, sources);
    m_sources->setObjectName(QStringLiteral("frameworkSources"));
    m_sources->setHorizontalHeaderLabels({tr("Id"), tr("Title"), tr("URL"), tr("Accessed")});
    m_sources->verticalHeader()->hide();
    m_sources->horizontalHeader()->setSectionResizeMode(SourceTitle, QHeaderView::Stretch);
    m_sources->horizontalHeader()->setSectionResizeMode(SourceUrl, QHeaderView::Stretch);
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sources->setMinimumHeight(150);
    m_sources->setToolTip(tr("Accessed: the date the URL was last checked, YYYY-MM-DD"));
    sourcesLayout->addWidget(m_sources);
    auto *sourceButtons = new QHBoxLayout;
    auto *addSourceButton = new QPushButton(tr("Add source"), sources);
    addSourceButton->setObjectName(QStringLiteral("addSource"));
    auto *removeSourceButton = new QPushButton(tr("Remove source"), sources);
    removeSourceButton->setObjectName(QStringLiteral("removeSource"));
    sourceButtons->addWidget(addSourceButton);
    sourceButtons->addWidget(removeSourceButton);
    sourceButtons->addStretch(1);
    sourcesLayout->addLayout(sourceButtons);
    groupForm(sources)->addRow(sourcesLayout);
    connect(m_sources, &QTableWidget::itemChanged, this, [this] {
        const std::vector<Source> edited = sourcesFromTable();
        edit([&](Framework &f) { f.sources = edited; }, tr("Edit sources"), QStringLiteral("framework/sources"));
    });
    connect(addSourceButton, &QPushButton::clicked, this, &FrameworkForm::addSource);
    connect(removeSourceButton, &QPushButton::clicked, this, &FrameworkForm::removeSource);

    m_scaleGroup = addGroup(tr("Scale"), QStringLiteral("frameworkScale"));
    form = groupForm(m_scaleGroup);
    m_notApplicable = new QCheckBox(tr("Analysts may mark a criterion \u201cnot applicable\u201d"), m_scaleGroup);
    m_notApplicable->setObjectName(QStringLiteral("scaleNotApplicable"));
    form->addRow(QString(), m_notApplicable);
    form->addRow(QString(), makeHint(tr("Level values are fixed here: rubrics and scores refer to them. "
                                        "Change them in the YAML tab if you must."),
                                     m_scaleGroup));
    m_scaleHeader = new LanguageHeader(m_scaleGroup);
    form->addRow(QString(), m_scaleHeader);
    connect(m_notApplicable, &QCheckBox::toggled, this, [this](bool allowed) {
        edit([&](Framework &f) { f.scale.allowNotApplicable = allowed; },
             allowed ? tr("Allow \u201cnot applicable\u201d") : tr("Forbid \u201cnot applicable\u201d"));
    });

    QGroupBox *changelog = addGroup(tr("Changelog"), QStringLiteral("frameworkChangelogGroup"));
    m_changelog = new QLabel(changelog);
    m_changelog->setObjectName(QStringLiteral("frameworkChangelog"));
    m_changelog->setWordWrap(true);
    m_changelog->setTextFormat(Qt::RichText);
    m_changelog->setTextInteractionFlags(Qt::TextSelectableByMouse);
    groupForm(changelog)->addRow(m_changelog);
    m_layout->addStretch(1);
}

void FrameworkForm::edit(const std::function<void(Framework &)> &change, const QString &actionText,
                         const QString &mergeKey)
{
    Framework framework = m_framework;
    change(framework);
    commit(framework, actionText, mergeKey);
}

void FrameworkForm::refresh()
{
    const Framework &f = m_framework;
    if (!m_id->hasFocus() || m_idError->isHidden()) {
        if (m_id->text() != f.id) {
            const QSignalBlocker blocker(m_id);
            m_id->setText(f.id);
        }
        m_idError->hide();
    }
    m_version->setText(f.version);
    m_derivedFrom->setText(f.derivedFrom);
    if (m_licence->text().trimmed() != f.licence) {
        const QSignalBlocker blocker(m_licence);
        m_licence->setText(f.licence);
    }
    if (authorLines(m_authors->toPlainText()) != f.authors) {
        const QSignalBlocker blocker(m_authors);
        m_authors->setPlainText(f.authors.join(QLatin1Char('\n')));
    }
    m_header->setLanguages(m_languages, m_expectedLanguages);
    m_title->setLanguages(m_languages, m_expectedLanguages);
    m_title->setText(f.title);
    m_description->setLanguages(m_languages, m_expectedLanguages);
    m_description->setText(f.description);

    if (sourcesFromTable() != f.sources)
        fillSources(f.sources);

    {
        const QSignalBlocker blocker(m_notApplicable);
        m_notApplicable->setChecked(f.scale.allowNotApplicable);
    }
    m_scaleHeader->setLanguages(m_languages, m_expectedLanguages);
    rebuildScaleRows();
    for (const ScaleLevel &level : f.scale.levels) {
        auto &[label, description] = m_scaleFields[level.value];
        label->setLanguages(m_languages, m_expectedLanguages);
        label->setText(level.label);
        description->setLanguages(m_languages, m_expectedLanguages);
        description->setText(level.description);
    }

    QStringList entries;
    for (const ChangelogEntry &entry : f.changelog) {
        entries << QStringLiteral("<p><b>%1</b> \u00b7 %2<br/>%3</p>")
                       .arg(entry.version.toHtmlEscaped(), entry.date.toHtmlEscaped(),
                            entry.summary.text(m_languages.value(0)).toHtmlEscaped());
    }
    m_changelog->setText(entries.isEmpty() ? tr("<i>No changelog entries yet. \u201cSave as New Version\u201d adds one.</i>")
                                           : entries.join(QString()));
}

void FrameworkForm::rebuildScaleRows()
{
    std::vector<int> values;
    for (const ScaleLevel &level : m_framework.scale.levels)
        values.push_back(level.value);
    if (values == m_scaleValues)
        return;
    QFormLayout *form = groupForm(m_scaleGroup);
    for (QWidget *row : m_scaleRows)
        form->removeRow(row);
    m_scaleRows.clear();
    m_scaleFields.clear();
    m_scaleValues = values;
    for (const int value : values) {
        auto *label = new LocalizedTextField(QStringLiteral("scaleLabel_%1").arg(value), false, m_scaleGroup);
        label->setRequired(true);
        auto *description = new LocalizedTextField(QStringLiteral("scaleDescription_%1").arg(value), true, m_scaleGroup);
        form->addRow(tr("Level %1 label:").arg(value), label);
        form->addRow(tr("description:"), description);
        m_scaleRows.push_back(label);
        m_scaleRows.push_back(description);
        m_scaleFields[value] = {label, description};
        const auto editLevel = [this, value](LocalizedText ScaleLevel::*member, const QString &field,
                                             const QString &language, const QString &text) {
            edit(
                [&](Framework &f) {
                    for (ScaleLevel &level : f.scale.levels) {
                        if (level.value == value)
                            level.*member = LocalizedTextField::withValue(level.*member, language, text);
                    }
                },
                tr("Edit scale level %1").arg(value), QStringLiteral("scale/%1/%2/%3").arg(value).arg(field, language));
        };
        connect(label, &LocalizedTextField::edited, this, [editLevel](const QString &language, const QString &text) {
            editLevel(&ScaleLevel::label, QStringLiteral("label"), language, text);
        });
        connect(description, &LocalizedTextField::edited, this, [editLevel](const QString &language, const QString &text) {
            editLevel(&ScaleLevel::description, QStringLiteral("description"), language, text);
        });
    }
}

void FrameworkForm::onIdEdited()
{
    const QString problem = idProblem(m_id->text().trimmed(), {});
    m_idError->setText(problem);
    m_idError->setVisible(!problem.isEmpty());
}

void FrameworkForm::commitId()
{
    onIdEdited();
    const QString id = m_id->text().trimmed();
    if (!m_idError->isHidden() || id == m_framework.id)
        return;
    edit([&](Framework &f) { f.id = id; }, tr("Change framework id to %1").arg(id));
}

std::vector<Source> FrameworkForm::sourcesFromTable() const
{
    std::vector<Source> sources;
    for (int row = 0; row < m_sources->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_sources->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        sources.push_back(Source{cell(SourceId), cell(SourceTitle), cell(SourceUrl), cell(SourceAccessed)});
    }
    return sources;
}

void FrameworkForm::fillSources(const std::vector<Source> &sources)
{
    const QSignalBlocker blocker(m_sources);
    m_sources->setRowCount(int(sources.size()));
    for (int row = 0; row < int(sources.size()); ++row) {
        const Source &source = sources[row];
        m_sources->setItem(row, SourceId, new QTableWidgetItem(source.id));
        m_sources->setItem(row, SourceTitle, new QTableWidgetItem(source.title));
        m_sources->setItem(row, SourceUrl, new QTableWidgetItem(source.url));
        m_sources->setItem(row, SourceAccessed, new QTableWidgetItem(source.accessed));
    }
    m_sources->resizeColumnToContents(SourceId);
    m_sources->resizeColumnToContents(SourceAccessed);
}

void FrameworkForm::addSource()
{
    QString id = QStringLiteral("source");
    for (int n = 2; std::any_of(m_framework.sources.begin(), m_framework.sources.end(),
                                [&](const Source &s) { return s.id == id; });
         ++n)
        id = QStringLiteral("source-%1").arg(n);
    edit([&](Framework &f) { f.sources.push_back(Source{id, tr("New source"), QString(), QString()}); }, tr("Add source"));
    const int row = m_sources->rowCount() - 1;
    if (row >= 0) {
        m_sources->setCurrentCell(row, SourceTitle);
        m_sources->editItem(m_sources->item(row, SourceTitle));
    }
}

void FrameworkForm::removeSource()
{
    const int row = m_sources->currentRow();
    if (row < 0 || row >= int(m_framework.sources.size()))
        return;
    edit([&](Framework &f) { f.sources.erase(f.sources.begin() + row); },
         tr("Remove source %1").arg(m_framework.sources[row].id));
}

} // namespace dpi
