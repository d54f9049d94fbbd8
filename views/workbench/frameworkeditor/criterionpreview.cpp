#include "criterionpreview.h"

#include "criterionpanel.h"
#include "document.h"
#include "translationstatus.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dpi {

namespace {

const QString kPreviewSector = QStringLiteral("preview-sector");

} // namespace

CriterionPreview::CriterionPreview(QWidget *parent)
    : QWidget(parent)
    , m_document(new Document(this))
{
    setObjectName(QStringLiteral("criterionPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("previewHeader"));
    header->setStyleSheet(QStringLiteral("#previewHeader { background: #eef1f5; border-bottom: 1px solid #d5dae1; }"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 10, 6);
    auto *caption = new QLabel(tr("<b>Preview</b> \u2014 as analysts see it while scoring"), header);
    caption->setToolTip(tr("Scores given here go to a sample sector and are not kept."));
    m_languageCombo = new QComboBox(header);
    m_languageCombo->setObjectName(QStringLiteral("previewLanguage"));
    m_languageCombo->setToolTip(tr("Language of the preview"));
    headerLayout->addWidget(caption, 1);
    headerLayout->addWidget(m_languageCombo);
    layout->addWidget(header);

    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(tr("Select a criterion in the tree to see it as analysts will."), m_stack);
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #6b7380; padding: 24px;"));
    m_panel = new CriterionPanel(m_document, m_stack);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_panel);
    layout->addWidget(m_stack, 1);

    setLanguages({QStringLiteral("en"), QStringLiteral("ru")});
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setLanguage(m_languageCombo->itemData(index).toString()); });
}

CriterionPreview::~CriterionPreview() = default;

void CriterionPreview::setLanguages(const QStringList &languages)
{
    QStringList current;
    for (int i = 0; i < m_languageCombo->count(); ++i)
        current << m_languageCombo->itemData(i).toString();
    if (current == languages)
        return;
    const QSignalBlocker blocker(m_languageCombo);
    m_languageCombo->clear();
    for (const QString &language : languages)
        m_languageCombo->addItem(translations::languageName(language), language);
    m_languageCombo->setCurrentIndex(std::max(0, int(languages.indexOf(m_language))));
}

void CriterionPreview::setLanguage(const QString &language)
{
    m_language = language;
    {
        const QSignalBlocker blocker(m_languageCombo);
        const int index = m_languageCombo->findData(language);
        if (index >= 0)
            m_languageCombo->setCurrentIndex(index);
    }
    m_panel->setLanguage(language);
}

void CriterionPreview::setFramework(const Framework &framework)
{
    m_framework = framework;
    Project project;
    project.metadata.title = LocalizedText(tr("Framework preview"));
    ProjectFramework used;
    used.id = framework.id;
    used.version = framework.version;
    used.framework = framework;
    project.frameworks.push_back(used);
    Sector sector;
    sector.id = kPreviewSector;
    sector.title = LocalizedText(tr("Sample sector"));
    project.sectors.push_back(sector);
    m_document->reset(project);
    update();
}

void CriterionPreview::setCriterion(const QString &criterionId)
{
    m_criterionId = criterionId;
    update();
}

void CriterionPreview::update()
{
    const bool shown = !m_criterionId.isEmpty() && m_framework.findCriterion(m_criterionId);
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_panel) : m_placeholder);
    m_panel->setCell(shown ? CellRef{kPreviewSector, m_framework.id, m_criterionId} : CellRef{});
}

} // namespace dpi
