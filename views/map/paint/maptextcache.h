#pragma once

#include "mapcirclesprites.h"

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

namespace dpi {

/**
 * Laid-out label text kept between repaints of the canvas, so that a
 * repaint of a large map does not shape thousands of names again. Only the
 * screen uses it: exports draw plain text, which is what SVG and PDF keep as
 * text. Entries are per font slot; a slot whose font changes starts over.
 */
class MapTextCache
{
public:
    enum Slot { Label, Anchor, SlotCount };

    const QStaticText &text(Slot slot, const QString &line, const QFont &font);
    double width(Slot slot, const QString &line, const QFont &font);
    // The canvas's other repaint-to-repaint memory: rasterised component circles.
    MapCircleSprites &circles() { return m_circles; }
    void clear();

private:
    struct Entry
    {
        QStaticText text;
        double width = 0;
    };
    Entry &entry(Slot slot, const QString &line, const QFont &font);

    QFont m_fonts[SlotCount];
    QHash<QString, Entry> m_entries[SlotCount];
    MapCircleSprites m_circles;
};

} // namespace dpi
