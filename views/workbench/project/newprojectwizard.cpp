#include "newprojectwizard.h"

#include "interfacelanguage.h"

#include "frameworkreader.h"
#include "newprojectwizardchecklistpage.h"
#include "newprojectwizardformpage.h"

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSet>

namespace dpi {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString diagnosticsTooltip(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics.items()) {
        if (lines.size() == 8) {
            lines << QStringLiteral("…");
            break;
        }
        lines << d.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::vector<NewProjectWizard::SectorPreset> NewProjectWizard::sectorPresets()
{
    // Content, not UI text: the English title is stored in the project as
    // "en" whatever language the application runs in.
    const auto ru = [](const char *text) { return QString::fromUtf8(text); };
    return {
        {QStringLiteral("education"), QStringLiteral("Education"), ru("Образование")},
        {QStringLiteral("healthcare"), QStringLiteral("Healthcare"), ru("Здравоохранение")},
        {QStringLiteral("finance"), QStringLiteral("Finance and banking"), ru("Финансы и банковский сектор")},
        {QStringLiteral("social-protection"), QStringLiteral("Social protection"), ru("Социальная защита")},
        {QStringLiteral("agriculture"), QStringLiteral("Agriculture"), ru("Сельское хозяйство")},
        {QStringLiteral("justice"), QStringLiteral("Justice"), ru("Юстиция")},
        {QStringLiteral("tax-customs"), QStringLiteral("Tax and customs"), ru("Налоги и таможня")},
        {QStringLiteral("civil-registration"), QStringLiteral("Civil registration"), ru("Регистрация актов гражданского состояния")},
        {QStringLiteral("land-property"), QStringLiteral("Land and property registration"), ru("Регистрация земли и недвижимости")},
        {QStringLiteral("business-registration"), QStringLiteral("Business registration"), ru("Регистрация бизнеса")},
        {QStringLiteral("transport"), QStringLiteral("Transport"), ru("Транспорт")},
        {QStringLiteral("energy"), QStringLiteral("Energy"), ru("Энергетика")},
        {QStringLiteral("local-government"), QStringLiteral("Local government"), ru("Местное самоуправление")},
    };
}

NewProjectWizard::NewProjectWizard(const QString &frameworkFolder, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New assessment"));
    setOption(QWizard::NoBackButtonOnStartPage);
    buildMetadataPage();
    buildFrameworksPage(frameworkFolder);
    buildSectorsPage();
}

NewProjectWizard::~NewProjectWizard() = default;

void NewProjectWizard::buildMetadataPage()
{
    auto *page = new NewProjectWizardFormPage(this);
    page->setTitle(tr("Assessment"));
    page->setSubTitle(tr("What is assessed, where, when and by whom. All of it can be changed later."));

    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. Rapid DPI assessment, Kyrgyz Republic"));
    m_titleRu = new QLineEdit(page);
    m_titleRu->setObjectName(QStringLiteral("titleRuEdit"));
    m_country = new QLineEdit(page);
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_country->setPlaceholderText(tr("ISO 3166-1 alpha-2, e.g. KG"));
    m_country->setMaxLength(2);
    m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
    m_period = new QLineEdit(page);
    m_period->setObjectName(QStringLiteral("periodEdit"));
    m_period->setPlaceholderText(tr("e.g. 2024 or 2024-03/2024-06"));
    m_team = new QPlainTextEdit(page);
    m_team->setObjectName(QStringLiteral("teamEdit"));
    m_team->setPlaceholderText(tr("One name per line"));
    m_team->setTabChangesFocus(true);
    m_reportLanguage = new QComboBox(page);
    m_reportLanguage->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_reportLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_reportLanguage->addItem(tr("Russian"), QStringLiteral("ru"));
    m_reportLanguage->addItem(tr("Kyrgyz"), QStringLiteral("ky"));
    // The report speaks the interface's language unless the user says otherwise.
    m_reportLanguage->setCurrentIndex(std::max(0, m_reportLanguage->findData(InterfaceLanguage::current())));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Title in &Russian:"), m_titleRu);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("T&eam:"), m_team);
    form->addRow(tr("&Report language:"), m_reportLanguage);

    // A project needs a title; Next stays disabled without one.
    page->setCompleteCheck([this] { return !m_title->text().trimmed().isEmpty(); });
    connect(m_title, &QLineEdit::textChanged, page, &NewProjectWizardFormPage::fieldsChanged);
    setPage(MetadataPageId, page);
}

void NewProjectWizard::buildFrameworksPage(const QString &frameworkFolder)
{
    m_frameworkPage = new NewProjectWizardChecklistPage(this);
    m_frameworkPage->setTitle(tr("Frameworks"));
    m_frameworkPage->setSubTitle(tr("Pick the assessment frameworks to score against. Each is copied into the "
                                    "project and pinned to its version."));
    m_frameworkPage->list()->setObjectName(QStringLiteral("frameworkList"));
    m_frameworkPage->setCheck([this] { return frameworkChoiceProblem(); });

    auto *browse = new QPushButton(tr("Add framework &file…"), m_frameworkPage);
    browse->setObjectName(QStringLiteral("addFrameworkFileButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(browse);
    row->addStretch(1);
    m_frameworkPage->extrasLayout()->addLayout(row);
    connect(browse, &QPushButton::clicked, this, &NewProjectWizard::browseFrameworkFiles);

    if (!frameworkFolder.isEmpty()) {
        const QDir dir(frameworkFolder);
        const QStringList files = dir.entryList({QStringLiteral("*.framework.yaml")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            addFrameworkFile(dir.filePath(file));
        // Bundled frameworks are offered, not imposed.
        const QSignalBlocker blocker(m_frameworkPage->list());
        for (int i = 0; i < m_frameworkPage->list()->count(); ++i)
            m_frameworkPage->list()->item(i)->setCheckState(Qt::Unchecked);
    }
    setPage(FrameworksPageId, m_frameworkPage);
}

void NewProjectWizard::buildSectorsPage()
{
    m_sectorPage = new NewProjectWizardChecklistPage(this);
    m_sectorPage->setTitle(tr("Sectors"));
    m_sectorPage->setSubTitle(tr("Pick the sectors to assess, or add your own. Every criterion is scored per sector."));
    m_sectorPage->list()->setObjectName(QStringLiteral("sectorList"));

    // The presets have English and Russian titles; a Kyrgyz interface shows
    // the Russian ones (the content fallback chain ky -> ru -> en).
    const bool russianUi = QLocale().language() == QLocale::Russian || QLocale().language() == QLocale::Kirghiz;
    for (const SectorPreset &preset : sectorPresets()) {
        auto *item = new QListWidgetItem(russianUi ? preset.titleRu : preset.titleEn);
        item->setToolTip(preset.titleEn + QStringLiteral(" / ") + preset.titleRu);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kIndexRole, int(m_sectors.size()));
        m_sectors.push_back(preset);
        m_sectorPage->list()->addItem(item);
    }

    m_customSector = new QLineEdit(m_sectorPage);
    m_customSector->setObjectName(QStringLiteral("customSectorEdit"));
    m_customSector->setPlaceholderText(tr("Another sector, e.g. Tourism"));
    auto *add = new QPushButton(tr("&Add sector"), m_sectorPage);
    add->setObjectName(QStringLiteral("addSectorButton"));
    add->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_customSector, 1);
    row->addWidget(add);
    m_sectorPage->extrasLayout()->addLayout(row);
    connect(m_customSector, &QLineEdit::textChanged, add,
            [add](const QString &text) { add->setEnabled(!text.trimmed().isEmpty()); });
    connect(add, &QPushButton::clicked, this, &NewProjectWizard::addCustomSectorFromEdit);
    connect(m_customSector, &QLineEdit::returnPressed, this, &NewProjectWizard::addCustomSectorFromEdit);
    setPage(SectorsPageId, m_sectorPage);
}

bool NewProjectWizard::addFrameworkFile(const QString &path)
{
    QListWidget *list = m_frameworkPage->list();
    const FrameworkReadResult read = readFrameworkFile(path);
    auto *item = new QListWidgetItem;
    item->setData(kIndexRole, -1);
    if (!read.ok()) {
        item->setText(tr("%1 (cannot be used)").arg(QFileInfo(path).fileName()));
        item->setToolTip(diagnosticsTooltip(read.diagnostics));
        item->setFlags(Qt::ItemIsSelectable); // shown, but not enabled
        list->addItem(item);
        return false;
    }
    const Framework &framework = *read.framework;
    for (int i = 0; i < list->count(); ++i) {
        const int index = list->item(i)->data(kIndexRole).toInt();
        if (index >= 0 && m_frameworks[std::size_t(index)].framework.pin() == framework.pin()) {
            delete item;
            list->item(i)->setCheckState(Qt::Checked);
            return true;
        }
    }
    const QString title = framework.title.text(QStringLiteral("en"));
    item->setText(tr("%1 — %2").arg(title.isEmpty() ? framework.id : title, framework.pin()));
    QString tooltip = QDir::toNativeSeparators(path);
    if (!read.diagnostics.isEmpty())
        tooltip += QLatin1Char('\n') + diagnosticsTooltip(read.diagnostics);
    item->setToolTip(tooltip);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(kIndexRole, int(m_frameworks.size()));
    m_frameworks.push_back({path, framework});
    list->addItem(item);
    return true;
}

void NewProjectWizard::browseFrameworkFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add framework files"), QString(),
                                                            tr("Assessment frameworks (*.framework.yaml);;YAML files (*.yaml *.yml)"));
    for (const QString &file : files)
        addFrameworkFile(file);
}

QString NewProjectWizard::frameworkChoiceProblem() const
{
    QSet<QString> ids;
    const QListWidget *list = m_frameworkPage->list();
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        const int index = item->data(kIndexRole).toInt();
        if (index < 0 || item->checkState() != Qt::Checked)
            continue;
        const QString id = m_frameworks[std::size_t(index)].framework.id;
        if (ids.contains(id))
            return tr("Two versions of '%1' are checked; a project uses one version of each framework.").arg(id);
        ids.insert(id);
    }
    return {};
}

QString NewProjectWizard::uniqueSectorId(const QString &title) const
{
    QString base;
    for (const QChar c : title.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            base += c;
        else if (!base.isEmpty() && !base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
    }
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("sector"); // e.g. a Cyrillic title: ids stay ASCII
    QSet<QString> taken;
    for (const SectorPreset &sector : m_sectors)
        taken.insert(sector.id);
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString NewProjectWizard::addCustomSector(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return {};
    SectorPreset sector{uniqueSectorId(trimmed), trimmed, QString()};
    auto *item = new QListWidgetItem(trimmed);
    item->setToolTip(sector.id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(kIndexRole, int(m_sectors.size()));
    m_sectors.push_back(sector);
    m_sectorPage->list()->addItem(item);
    m_sectorPage->list()->scrollToItem(item);
    return sector.id;
}

void NewProjectWizard::addCustomSectorFromEdit()
{
    if (!addCustomSector(m_customSector->text()).isEmpty())
        m_customSector->clear();
}

Project NewProjectWizard::project() const
{
    Project project;
    ProjectMetadata &meta = project.metadata;
    meta.title = LocalizedText(m_title->text().trimmed());
    if (!m_titleRu->text().trimmed().isEmpty()) {
        meta.title.setPlain(false);
        meta.title.set(QStringLiteral("ru"), m_titleRu->text().trimmed());
    }
    meta.country = m_country->text().trimmed().toUpper();
    meta.period = m_period->text().trimmed();
    for (const QString &line : m_team->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            meta.team << line.trimmed();
    }
    project.report.language = m_reportLanguage->currentData().toString();

    const QListWidget *frameworks = m_frameworkPage->list();
    QSet<QString> frameworkIds;
    for (int i = 0; i < frameworks->count(); ++i) {
        const QListWidgetItem *item = frameworks->item(i);
        const int index = item->data(kIndexRole).toInt();
        if (index < 0 || item->checkState() != Qt::Checked)
            continue;
        const Framework &framework = m_frameworks[std::size_t(index)].framework;
        if (frameworkIds.contains(framework.id))
            continue; // the page refuses this; stay consistent if called anyway
        frameworkIds.insert(framework.id);
        project.frameworks.push_back({framework.id, framework.version, 1.0, framework});
    }

    const QListWidget *sectors = m_sectorPage->list();
    for (int i = 0; i < sectors->count(); ++i) {
        const QListWidgetItem *item = sectors->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const SectorPreset &preset = m_sectors[std::size_t(item->data(kIndexRole).toInt())];
        Sector sector;
        sector.id = preset.id;
        sector.title = LocalizedText(preset.titleEn);
        if (!preset.titleRu.isEmpty()) {
            sector.title.setPlain(false);
            sector.title.set(QStringLiteral("ru"), preset.titleRu);
        }
        project.sectors.push_back(std::move(sector));
    }
    return project;
}

} // namespace dpi
