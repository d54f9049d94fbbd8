#include "criterionpanel.h"

#include "document.h"
#include "fallbackmarker.h"
#include "localeformat.h"
#include "evidenceeditor.h"
#include "rubriccard.h"
#include "rubriccardflow.h"
#include "scoreedits.h"
#include "scoring.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dpi {

namespace {

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: #4a5563; margin-top: 6px;"));
    return label;
}

QLabel *makeBody(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

QString referenceText(const Reference &reference)
{
    QStringList parts;
    for (const auto &[key, value] : reference.fields) {
        const QString shown = value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"))
            ? QStringLiteral("<a href=\"%1\">%1</a>").arg(value.toHtmlEscaped())
            : value.toHtmlEscaped();
        parts << QStringLiteral("<i>%1</i>: %2").arg(key.toHtmlEscaped(), shown);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

CriterionPanel::CriterionPanel(Document *document, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("criterionPanel"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setWidget(buildContent());
    connect(document, &Document::scoreChanged, this, &CriterionPanel::onScoreChanged);
    connect(document, &Document::projectReplaced, this, &CriterionPanel::rebuild);
    rebuild();
}

QWidget *CriterionPanel::buildContent()
{
    auto *content = new QWidget(this);
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(10, 8, 10, 10);

    m_placeholder = new QLabel(tr("Select a criterion in the scoring grid."), content);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color: #6b7380; padding: 24px;"));
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_details = new QWidget(content);
    auto *layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);

    m_title = new QLabel(m_details);
    m_title->setObjectName(QStringLiteral("criterionTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_context = new QLabel(m_details);
    m_context->setWordWrap(true);
    m_context->setStyleSheet(QStringLiteral("color: #5b6470;"));
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_critical = new QLabel(m_details);
    m_critical->setWordWrap(true);
    m_critical->setStyleSheet(QStringLiteral("color: #b71c1c; background: #fdecea; border-radius: 3px; padding: 3px 6px;"));
    layout->addWidget(m_title);
    layout->addWidget(m_context);
    layout->addWidget(m_critical);

    m_questionHeading = makeHeading(tr("Question"), m_details);
    m_question = makeBody(m_details);
    m_question->setObjectName(QStringLiteral("criterionQuestion"));
    m_guidanceHeading = makeHeading(tr("Guidance"), m_details);
    m_guidance = makeBody(m_details);
    m_expectedHeading = makeHeading(tr("Evidence expected"), m_details);
    m_expected = makeBody(m_details);
    m_referencesHeading = makeHeading(tr("References"), m_details);
    m_references = makeBody(m_details);
    for (QLabel *label : {m_questionHeading, m_question, m_guidanceHeading, m_guidance,
                          m_expectedHeading, m_expected, m_referencesHeading, m_references})
        layout->addWidget(label);

    auto *line = new QFrame(m_details);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addSpacing(6);
    layout->addWidget(line);

    m_sector = new QLabel(m_details);
    m_sector->setObjectName(QStringLiteral("scoreSector"));
    m_sector->setWordWrap(true);
    QFont sectorFont = m_sector->font();
    sectorFont.setBold(true);
    sectorFont.setPointSizeF(sectorFont.pointSizeF() * 1.1);
    m_sector->setFont(sectorFont);
    layout->addWidget(m_sector);

    m_scoreEditors = new QWidget(m_details);
    auto *editors = new QVBoxLayout(m_scoreEditors);
    editors->setContentsMargins(0, 0, 0, 0);
    editors->setSpacing(4);

    editors->addWidget(makeHeading(tr("Level"), m_scoreEditors));
    m_rubric = new RubricCardFlow(m_scoreEditors);
    editors->addWidget(m_rubric);

    auto *levelButtons = new QHBoxLayout;
    m_notApplicable = new QPushButton(tr("Not applicable"), m_scoreEditors);
    m_notApplicable->setObjectName(QStringLiteral("notApplicableButton"));
    m_notApplicable->setCheckable(true);
    m_notApplicable->setToolTip(tr("Mark the criterion not applicable to this sector (key N)"));
    m_unverified = new QPushButton(tr("Unverified"), m_scoreEditors);
    m_unverified->setObjectName(QStringLiteral("unverifiedButton"));
    m_unverified->setCheckable(true);
    m_unverified->setToolTip(tr("Looked for but not found in the sources available: counts as unscored, "
                                "raises no red flag and is listed to verify (key U)"));
    m_clear = new QPushButton(tr("Clear level"), m_scoreEditors);
    m_clear->setToolTip(tr("Remove the level; evidence and notes stay (key Delete)"));
    m_levelState = new QLabel(m_scoreEditors);
    m_levelState->setObjectName(QStringLiteral("levelState"));
    levelButtons->addWidget(m_notApplicable);
    levelButtons->addWidget(m_unverified);
    levelButtons->addWidget(m_clear);
    levelButtons->addWidget(m_levelState, 1);
    editors->addLayout(levelButtons);

    m_toVerifyBox = new QWidget(m_scoreEditors);
    auto *toVerifyLayout = new QVBoxLayout(m_toVerifyBox);
    toVerifyLayout->setContentsMargins(0, 0, 0, 0);
    toVerifyLayout->addWidget(makeHeading(tr("What would settle it"), m_toVerifyBox));
    m_toVerify = new QPlainTextEdit(m_toVerifyBox);
    m_toVerify->setObjectName(QStringLiteral("toVerifyEdit"));
    m_toVerify->setPlaceholderText(tr("The source or check that would give a level, e.g. the operator's member catalogue"));
    m_toVerify->setTabChangesFocus(true);
    m_toVerify->setFixedHeight(m_toVerify->fontMetrics().lineSpacing() * 3 + 12);
    toVerifyLayout->addWidget(m_toVerify);
    editors->addWidget(m_toVerifyBox);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 6, 0, 0);
    m_confidence = new QComboBox(m_scoreEditors);
    m_confidence->setObjectName(QStringLiteral("confidenceCombo"));
    m_confidence->addItem(tr("Not stated"), int(Confidence::Unset));
    m_confidence->addItem(tr("Low"), int(Confidence::Low));
    m_confidence->addItem(tr("Medium"), int(Confidence::Medium));
    m_confidence->addItem(tr("High"), int(Confidence::High));
    form->addRow(tr("Confidence:"), m_confidence);
    editors->addLayout(form);

    editors->addWidget(makeHeading(tr("Evidence"), m_scoreEditors));
    m_evidence = new EvidenceEditor(m_document, m_scoreEditors);
    editors->addWidget(m_evidence);

    editors->addWidget(makeHeading(tr("Notes"), m_scoreEditors));
    m_notes = new QPlainTextEdit(m_scoreEditors);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(tr("Observations; for N/A, the reason"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    editors->addWidget(m_notes);

    editors->addWidget(makeHeading(tr("Recommendation"), m_scoreEditors));
    m_recommendation = new QPlainTextEdit(m_scoreEditors);
    m_recommendation->setObjectName(QStringLiteral("recommendationEdit"));
    m_recommendation->setPlaceholderText(tr("What should change to reach the next level"));
    m_recommendation->setTabChangesFocus(true);
    m_recommendation->setFixedHeight(m_recommendation->fontMetrics().lineSpacing() * 4 + 12);
    editors->addWidget(m_recommendation);

    m_stamp = new QLabel(m_scoreEditors);
    m_stamp->setStyleSheet(QStringLiteral("color: #6b7380;"));
    editors->addWidget(m_stamp);

    layout->addWidget(m_scoreEditors);
    layout->addStretch(1);
    outer->addWidget(m_details);
    outer->addStretch(1);

    connect(m_notApplicable, &QPushButton::clicked, this, [this] {
        // The button shows the state; a click on a pressed button is not an "un-N/A".
        if (!edit::setNotApplicable(*m_document, m_cell))
            refreshScore(ScoreField::Level);
    });
    connect(m_unverified, &QPushButton::clicked, this, [this] {
        if (!edit::setUnverified(*m_document, m_cell))
            refreshScore(ScoreField::Level);
    });
    connect(m_toVerify, &QPlainTextEdit::textChanged, this,
            [this] { edit::setToVerify(*m_document, m_cell, m_toVerify->toPlainText()); });
    connect(m_clear, &QPushButton::clicked, this, [this] { edit::clearLevel(*m_document, m_cell); });
    connect(m_confidence, &QComboBox::currentIndexChanged, this, [this](int index) {
        edit::setConfidence(*m_document, m_cell, Confidence(m_confidence->itemData(index).toInt()));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { edit::setNotes(*m_document, m_cell, m_notes->toPlainText()); });
    connect(m_recommendation, &QPlainTextEdit::textChanged, this, [this] {
        edit::setRecommendation(*m_document, m_cell, m_recommendation->toPlainText());
    });
    return content;
}

void CriterionPanel::setCell(const CellRef &cell)
{
    if (cell == m_cell)
        return;
    m_cell = cell;
    rebuild();
}

void CriterionPanel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void CriterionPanel::focusEvidenceEditor()
{
    if (m_cell.isValid()) {
        ensureWidgetVisible(m_evidence);
        m_evidence->focusNewItem();
    }
}

void CriterionPanel::setSection(QLabel *heading, QLabel *body, const QString &text)
{
    heading->setVisible(!text.isEmpty());
    body->setVisible(!text.isEmpty());
    body->setText(text);
}

void CriterionPanel::rebuild()
{
    const Project &project = m_document->project();
    const ProjectFramework *framework = project.findFramework(m_cell.frameworkId);
    const Criterion *criterion = framework ? framework->framework.findCriterion(m_cell.criterionId) : nullptr;
    m_placeholder->setVisible(!criterion);
    m_details->setVisible(criterion);
    if (!criterion) {
        m_evidence->setCell({});
        return;
    }
    const Dimension *dimension = framework->framework.dimensionOf(criterion->id);
    m_title->setText(criterion->title.text(m_language));
    m_context->setText(QStringLiteral("%1 › %2 · %3 · %4")
                           .arg(framework->framework.title.text(m_language),
                                dimension ? dimension->title.text(m_language) : QString(),
                                criterion->id, tr("weight %1").arg(criterion->weight)));
    if (criterion->critical) {
        QString text = tr("Critical: a level below %1 raises a red flag for the sector").arg(criterion->critical->below);
        if (criterion->critical->capPercent)
            text += tr(" and caps the dimension at %1 %").arg(*criterion->critical->capPercent);
        m_critical->setText(text + QLatin1Char('.'));
    }
    m_critical->setVisible(criterion->critical.has_value());

    setSection(m_questionHeading, m_question, criterion->question.text(m_language).toHtmlEscaped());
    setSection(m_guidanceHeading, m_guidance, criterion->guidance.text(m_language).toHtmlEscaped());
    setSection(m_expectedHeading, m_expected, criterion->evidence.text(m_language).toHtmlEscaped());
    markFallback(m_questionHeading, criterion->question, m_language);
    markFallback(m_guidanceHeading, criterion->guidance, m_language);
    markFallback(m_expectedHeading, criterion->evidence, m_language);
    m_title->setToolTip(fallbackNote(criterion->title, m_language));
    QStringList references;
    for (const Reference &reference : criterion->references)
        references << QStringLiteral("• ") + referenceText(reference);
    setSection(m_referencesHeading, m_references, references.join(QStringLiteral("<br/>")));

    const Sector *sector = project.findSector(m_cell.sectorId);
    m_sector->setText(sector ? tr("Score for %1").arg(sector->title.text(m_language))
                             : tr("Select a sector column in the grid to score this criterion."));
    m_scoreEditors->setEnabled(sector);

    // One rubric card per level of this framework's scale; kept while the
    // scale stays the same, so moving along a row only updates their text.
    const Scale &scale = framework->framework.scale;
    bool sameLevels = m_cards.size() == scale.levels.size();
    for (size_t i = 0; sameLevels && i < m_cards.size(); ++i)
        sameLevels = m_cards[i]->level() == scale.levels[i].value;
    if (!sameLevels) {
        for (RubricCard *card : m_cards) {
            card->hide();
            card->setParent(nullptr);
            card->deleteLater(); // rebuild() may run inside a signal the card takes part in
        }
        m_cards.clear();
        for (const ScaleLevel &level : scale.levels) {
            auto *card = new RubricCard(level.value);
            connect(card, &RubricCard::clicked, this, [this](int value) { edit::setLevel(*m_document, m_cell, value); });
            m_cards.push_back(card);
        }
        m_rubric->setCards(m_cards);
    }
    for (size_t i = 0; i < m_cards.size(); ++i) {
        const ScaleLevel &level = scale.levels[i];
        const auto rubric = criterion->rubric.find(level.value);
        m_cards[i]->setContent(level.label.text(m_language),
                               rubric != criterion->rubric.end() ? rubric->second.text(m_language)
                                                                 : level.description.text(m_language),
                               levelPercent(scale, level.value));
    }
    m_notApplicable->setVisible(scale.allowNotApplicable);
    m_evidence->setCell(m_cell);
    refreshScore(ScoreField::All);
}

void CriterionPanel::onScoreChanged(const CellRef &cell, ScoreFields fields)
{
    if (cell == m_cell)
        refreshScore(fields);
}

void CriterionPanel::refreshScore(ScoreFields fields)
{
    const Score *score = m_cell.isValid() ? m_document->score(m_cell) : nullptr;
    const Score empty;
    const Score &shown = score ? *score : empty;

    if (fields.testFlag(ScoreField::Level)) {
        for (RubricCard *card : m_cards)
            card->setChosen(shown.level == card->level() && !shown.notApplicable);
        m_notApplicable->setChecked(shown.notApplicable);
        m_unverified->setChecked(shown.isUnverified());
        m_clear->setEnabled(shown.hasJudgement());
        m_levelState->setText(shown.notApplicable  ? tr("Not applicable")
                                  : shown.level    ? tr("Level %1").arg(*shown.level)
                                  : shown.unverified ? tr("Unverified")
                                                   : tr("Not scored yet"));
        // What would settle it matters while the score is unverified, or when it says something.
        m_toVerifyBox->setVisible(shown.isUnverified() || !shown.toVerify.isEmpty());
    }
    if (fields.testFlag(ScoreField::Confidence)) {
        const QSignalBlocker blocker(m_confidence);
        m_confidence->setCurrentIndex(m_confidence->findData(int(shown.confidence)));
    }
    // Only touch the text editors when the text differs: the edit may have
    // come from this very editor, and resetting it would move the cursor.
    if (fields.testFlag(ScoreField::Notes) && m_notes->toPlainText() != shown.notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(shown.notes);
    }
    if (fields.testFlag(ScoreField::ToVerify) && m_toVerify->toPlainText() != shown.toVerify) {
        const QSignalBlocker blocker(m_toVerify);
        m_toVerify->setPlainText(shown.toVerify);
    }
    if (fields.testFlag(ScoreField::Recommendation) && m_recommendation->toPlainText() != shown.recommendation) {
        const QSignalBlocker blocker(m_recommendation);
        m_recommendation->setPlainText(shown.recommendation);
    }
    if (fields & (ScoreField::Stamp | ScoreField::Level)) {
        QStringList parts;
        if (!shown.analyst.isEmpty())
            parts << tr("Scored by %1").arg(shown.analyst);
        const QDateTime when = QDateTime::fromString(shown.scoredAt, Qt::ISODate);
        if (when.isValid())
            parts << localeformat::dateTime(when.toLocalTime());
        m_stamp->setText(parts.join(QStringLiteral(" · ")));
        m_stamp->setVisible(!parts.isEmpty());
    }
}

} // namespace dpi
