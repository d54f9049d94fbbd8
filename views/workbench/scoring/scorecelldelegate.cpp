#include "scorecelldelegate.h"

#include "scoregridmodel.h"
#include "scorepalette.h"

#include <QPainter>
#include <QPainterPath>

namespace dpi {

namespace {

bool isCurrent(const QStyleOptionViewItem &option)
{
    return option.state.testFlag(QStyle::State_HasFocus) || option.state.testFlag(QStyle::State_Selected);
}

void paintCurrentFrame(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(1, 1, -2, -2));
}

} // namespace

QSize ScoreCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int rowKind = index.data(ScoreGridModel::RowKindRole).toInt();
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + (rowKind == ScoreGridModel::CriterionRow ? 12 : 14)));
    return size;
}

void ScoreCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int rowKind = index.data(ScoreGridModel::RowKindRole).toInt();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (rowKind != ScoreGridModel::CriterionRow)
        paintHeaderRow(painter, option, index);
    else if (index.column() == ScoreGridModel::kCriterionColumn)
        paintCriterionTitle(painter, option, index);
    else
        paintScoreCell(painter, option, index);
    painter->restore();
}

void ScoreCellDelegate::paintCriterionTitle(QPainter *painter, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    const QRect rect = option.rect;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->fillRect(rect, selected ? option.palette.color(QPalette::Highlight).lighter(185)
                                     : option.palette.color(QPalette::Base));
    QRect textRect = rect.adjusted(22, 0, -6, 0);
    if (index.data(ScoreGridModel::CriticalRole).toBool()) {
        // A small red diamond marks criteria that can raise a red flag.
        const QPointF centre(rect.left() + 11, rect.center().y() + 0.5);
        QPainterPath diamond;
        diamond.moveTo(centre + QPointF(0, -5));
        diamond.lineTo(centre + QPointF(5, 0));
        diamond.lineTo(centre + QPointF(0, 5));
        diamond.lineTo(centre + QPointF(-5, 0));
        diamond.closeSubpath();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->fillPath(diamond, scorepalette::redFlag());
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
    painter->setPen(option.palette.color(QPalette::Text));
    painter->setFont(option.font);
    const QString text = option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
}

void ScoreCellDelegate::paintScoreCell(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QRect rect = option.rect;
    const auto state = ScoreGridModel::CellState(index.data(ScoreGridModel::CellStateRole).toInt());
    // The model's background is the palette's colour of the cell's result.
    painter->fillRect(rect, index.data(Qt::BackgroundRole).value<QColor>());
    QFont font = option.font;

    switch (state) {
    case ScoreGridModel::Scored:
        painter->setPen(scorepalette::text());
        font.setBold(true);
        break;
    case ScoreGridModel::NotApplicable:
        painter->fillRect(rect, QBrush(scorepalette::notApplicableHatch(), Qt::BDiagPattern));
        painter->setPen(QColor(0x40, 0x40, 0x40));
        break;
    case ScoreGridModel::Unverified:
        // A "?" on lavender: never read as a level, and not the blank of "not looked at".
        painter->setPen(QPen(scorepalette::unverifiedMark(), 1, Qt::DotLine));
        painter->drawRect(rect.adjusted(3, 3, -4, -4));
        painter->setPen(scorepalette::unverifiedMark());
        font.setBold(true);
        break;
    case ScoreGridModel::Unscored:
        painter->setPen(QPen(scorepalette::unscoredOutline(), 1, Qt::DashLine));
        painter->drawRect(rect.adjusted(3, 3, -4, -4));
        painter->setPen(QColor(0xa0, 0xa4, 0xaa));
        break;
    }
    painter->setFont(font);
    const QString text = state == ScoreGridModel::Unscored ? QStringLiteral("–") : index.data().toString();
    painter->drawText(rect, Qt::AlignCenter, text);

    const int evidence = index.data(ScoreGridModel::EvidenceCountRole).toInt();
    if (evidence > 0) {
        // One dot per evidence item (at most three) in the lower left corner.
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2f, 0x3a, 0x48));
        for (int i = 0; i < std::min(evidence, 3); ++i)
            painter->drawEllipse(QPointF(rect.left() + 7 + i * 6, rect.bottom() - 6), 2, 2);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }

    // An open disagreement between analysts: a notch in the upper left
    // corner (the red flag has the right one); reconciled ones a hollow notch.
    const auto disagreement = ScoreGridModel::Disagreement(index.data(ScoreGridModel::DisagreementRole).toInt());
    if (disagreement != ScoreGridModel::NoDisagreement) {
        QPolygon notch;
        notch << QPoint(rect.left(), rect.top()) << QPoint(rect.left() + 11, rect.top()) << QPoint(rect.left(), rect.top() + 11);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(scorepalette::disagreement(), 1.5));
        painter->setBrush(disagreement == ScoreGridModel::OpenDisagreement ? QBrush(scorepalette::disagreement()) : QBrush(Qt::NoBrush));
        painter->drawPolygon(notch);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }

    // Changed since the previous round: a triangle up or down in the lower
    // right corner (the other corners are taken), a small ring for a change
    // that has no direction (to or from N/A, unverified, unscored; confidence).
    const auto change = ScoreGridModel::ChangeMark(index.data(ScoreGridModel::ChangeRole).toInt());
    if (change != ScoreGridModel::NoChange) {
        const QPointF centre(rect.right() - 8, rect.bottom() - 8);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(scorepalette::changeMark());
        if (change == ScoreGridModel::ChangedOther) {
            painter->setPen(QPen(scorepalette::changeMark(), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(centre, 3.5, 3.5);
        } else {
            const double tip = change == ScoreGridModel::ChangedUp ? -5 : 5;
            const QPolygonF triangle{centre + QPointF(0, tip), centre + QPointF(-5, -tip * 0.8),
                                     centre + QPointF(5, -tip * 0.8)};
            painter->drawPolygon(triangle);
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
    }

    if (index.data(ScoreGridModel::RedFlagRole).toBool()) {
        painter->setPen(QPen(scorepalette::redFlag(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
        QPolygon corner;
        corner << QPoint(rect.right() - 10, rect.top()) << QPoint(rect.right(), rect.top())
               << QPoint(rect.right(), rect.top() + 10);
        painter->setPen(Qt::NoPen);
        painter->setBrush(scorepalette::redFlag());
        painter->drawPolygon(corner);
    }

    // Grid lines between coloured cells.
    painter->setPen(QColor(0xff, 0xff, 0xff));
    painter->drawLine(rect.topRight(), rect.bottomRight());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());

    if (isCurrent(option))
        paintCurrentFrame(painter, rect, option.palette);
}

void ScoreCellDelegate::paintHeaderRow(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QRect rect = option.rect;
    const bool frameworkRow = index.data(ScoreGridModel::RowKindRole).toInt() == ScoreGridModel::FrameworkRow;
    const QColor groupHeader(0xe9, 0xed, 0xf3);
    painter->fillRect(rect, frameworkRow ? groupHeader.darker(108) : groupHeader);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    if (index.column() == ScoreGridModel::kCriterionColumn) {
        painter->setPen(QColor(0x1d, 0x2a, 0x3a));
        const QRect textRect = rect.adjusted(frameworkRow ? 6 : 10, 0, -6, 0);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
    } else {
        const bool capped = index.data(ScoreGridModel::RedFlagRole).toBool();
        painter->setPen(capped ? scorepalette::redFlag() : QColor(0x3a, 0x46, 0x55));
        painter->drawText(rect, Qt::AlignCenter, index.data().toString());
    }
    painter->setPen(QColor(0xc9, 0xd0, 0xda));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    if (isCurrent(option))
        paintCurrentFrame(painter, rect, option.palette);
}

} // namespace dpi
