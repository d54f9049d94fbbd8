#include "maptextcache.h"

#include <QFontMetricsF>

namespace dpi {

namespace {
constexpr int kMaxEntries = 50000; // a bound, not a tuning knob: maps have a few thousand names
}

MapTextCache::Entry &MapTextCache::entry(Slot slot, const QString &line, const QFont &font)
{
    QHash<QString, Entry> &entries = m_entries[slot];
    if (!(m_fonts[slot] == font) || entries.size() > kMaxEntries) {
        m_fonts[slot] = font;
        entries.clear();
    } else {
        // Each repaint brings an equal font with its own data; keeping the
        // caller's copy turns the next thousands of comparisons into a
        // pointer test.
        m_fonts[slot] = font;
    }
    auto found = entries.find(line);
    if (found != entries.end())
        return *found;
    Entry created;
    created.text.setText(line);
    created.text.setTextFormat(Qt::PlainText);
    created.text.setPerformanceHint(QStaticText::AggressiveCaching);
    created.text.prepare(QTransform(), font);
    created.width = QFontMetricsF(font).horizontalAdvance(line);
    return *entries.insert(line, created);
}

const QStaticText &MapTextCache::text(Slot slot, const QString &line, const QFont &font)
{
    return entry(slot, line, font).text;
}

double MapTextCache::width(Slot slot, const QString &line, const QFont &font)
{
    return entry(slot, line, font).width;
}

void MapTextCache::clear()
{
    for (auto &entries : m_entries)
        entries.clear();
    m_circles.clear();
}

} // namespace dpi
