#include "rubriccard.h"

#include "scorepalette.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace dpi {

RubricCard::RubricCard(int level, QWidget *parent)
    : QFrame(parent)
    , m_level(level)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("rubricCard%1").arg(level));
    setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 5, 6, 6);
    layout->setSpacing(3);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextFormat(Qt::PlainText);
    // Five cards share the panel's width: a slightly smaller font keeps words whole.
    QFont small = m_text->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_text->setFont(small);
    m_title->setFont(small);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumWidth(70);
    updateStyle();
}

void RubricCard::setContent(const QString &label, const QString &rubric, const std::optional<double> &percent)
{
    m_percent = percent;
    m_title->setText(QStringLiteral("<b>%1</b> %2").arg(m_level).arg(label.toHtmlEscaped()));
    m_text->setText(rubric.isEmpty() ? tr("(no rubric text)") : rubric);
    setToolTip(tr("Set level %1").arg(m_level));
    updateStyle();
}

void RubricCard::setChosen(bool chosen)
{
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    updateStyle();
}

void RubricCard::updateStyle()
{
    const QColor colour = scorepalette::forScore(m_percent);
    const QString background = m_chosen ? colour.name() : m_hovered ? colour.lighter(135).name() : QStringLiteral("#f7f8fa");
    const QString border = m_chosen ? colour.darker(150).name() : QStringLiteral("#d5d9df");
    setStyleSheet(QStringLiteral("dpi--RubricCard { background: %1; border: %2px solid %3; border-radius: 4px; }"
                                 " QLabel { background: transparent; border: none; color: #1f1f1f; }")
                      .arg(background)
                      .arg(m_chosen ? 2 : 1)
                      .arg(border));
    m_text->setStyleSheet(m_chosen ? QString() : QStringLiteral("color: #3b4048;"));
}

void RubricCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked(m_level);
    QFrame::mouseReleaseEvent(event);
}

void RubricCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    updateStyle();
    QFrame::enterEvent(event);
}

void RubricCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    updateStyle();
    QFrame::leaveEvent(event);
}

} // namespace dpi
