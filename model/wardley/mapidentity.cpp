#include "mapidentity.h"

#include <QHash>
#include <QSet>

namespace dpi {

void carryOverIdentity(const WardleyMap &previous, WardleyMap &parsed)
{
    if (!previous.id.isEmpty())
        parsed.id = previous.id;
    if (previous.title.text() == parsed.title.text())
        parsed.title = previous.title;
    parsed.explanation = previous.explanation;

    // Names can repeat (real maps declare twice); match the n-th declaration
    // of a name to the n-th one before.
    QHash<QString, std::vector<const WardleyComponent *>> oldByName;
    for (const WardleyComponent &c : previous.components)
        oldByName[c.name].push_back(&c);
    QHash<QString, int> seen;
    QSet<QString> kept;
    std::vector<bool> matched(parsed.components.size(), false);
    for (size_t i = 0; i < parsed.components.size(); ++i) {
        WardleyComponent &c = parsed.components[i];
        const int n = seen[c.name]++;
        const auto found = oldByName.constFind(c.name);
        if (found == oldByName.constEnd() || n >= int(found->size()))
            continue;
        const WardleyComponent *old = (*found)[size_t(n)];
        if (old->type != c.type || kept.contains(old->id))
            continue;
        c.id = old->id;
        c.criteria = old->criteria;
        kept.insert(c.id);
        matched[i] = true;
    }
    // New components must not clash with the ids just restored.
    for (size_t i = 0; i < parsed.components.size(); ++i) {
        WardleyComponent &c = parsed.components[i];
        if (matched[i] || !kept.contains(c.id))
            continue;
        c.id.clear();
        c.id = parsed.uniqueId(c.name.isEmpty() ? QStringLiteral("component") : c.name);
        kept.insert(c.id);
    }
}

} // namespace dpi
