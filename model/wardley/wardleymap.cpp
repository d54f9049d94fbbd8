#include "wardleymap.h"

#include <algorithm>
#include <set>

namespace dpi {

bool WardleyComponent::operator==(const WardleyComponent &o) const
{
    return id == o.id && name == o.name && type == o.type && position == o.position && label == o.label
        && decorators == o.decorators && inertia == o.inertia && url == o.url && pipeline == o.pipeline
        && criteria == o.criteria;
}

bool WardleyMap::operator==(const WardleyMap &o) const
{
    return id == o.id && title == o.title && explanation == o.explanation && style == o.style && width == o.width && height == o.height
        && evolutionLabels == o.evolutionLabels && showEvolutionAxis == o.showEvolutionAxis
        && showValueChainAxis == o.showValueChainAxis && valueChainAxis == o.valueChainAxis
        && annotationsLegend == o.annotationsLegend && components == o.components && links == o.links
        && evolves == o.evolves && pipelines == o.pipelines && notes == o.notes && annotations == o.annotations
        && areas == o.areas && accelerators == o.accelerators && urls == o.urls;
}

const WardleyComponent *WardleyMap::findComponent(const QString &componentId) const
{
    for (const auto &c : components) {
        if (c.id == componentId)
            return &c;
    }
    return nullptr;
}

WardleyComponent *WardleyMap::findComponent(const QString &componentId)
{
    for (auto &c : components) {
        if (c.id == componentId)
            return &c;
    }
    return nullptr;
}

const WardleyComponent *WardleyMap::findComponentByName(const QString &name) const
{
    for (const auto &c : components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const WardleyPipeline *WardleyMap::findPipeline(const QString &pipelineId) const
{
    for (const auto &p : pipelines) {
        if (p.id == pipelineId)
            return &p;
    }
    return nullptr;
}

const WardleyPipeline *WardleyMap::findPipelineOf(const QString &componentName) const
{
    for (const auto &p : pipelines) {
        if (p.component == componentName)
            return &p;
    }
    return nullptr;
}

std::vector<const WardleyComponent *> WardleyMap::pipelineChildren(const QString &pipelineId) const
{
    std::vector<const WardleyComponent *> children;
    if (pipelineId.isEmpty())
        return children;
    for (const auto &c : components) {
        if (c.pipeline == pipelineId)
            children.push_back(&c);
    }
    return children;
}

WardleyPosition WardleyMap::positionOf(const WardleyComponent &component) const
{
    WardleyPosition position = component.position;
    if (component.pipeline.isEmpty())
        return position;
    if (const WardleyPipeline *pipeline = findPipeline(component.pipeline)) {
        if (const WardleyComponent *parent = findComponentByName(pipeline->component))
            position.visibility = parent->position.visibility;
    }
    return position;
}

WardleyOffset WardleyMap::defaultLabelOffset(const WardleyDecorators &decorators)
{
    double factor = 1;
    if (decorators.ecosystem)
        factor = 3;
    else if (decorators.build || decorators.buy || decorators.outsource || decorators.market)
        factor = 2;
    return WardleyOffset{5 * factor, -10 * factor};
}

WardleyOffset WardleyMap::labelOffsetOf(const WardleyComponent &component)
{
    return component.label ? *component.label : defaultLabelOffset(component.decorators);
}

std::pair<double, double> WardleyMap::pipelineRange(const WardleyPipeline &pipeline) const
{
    const auto children = pipelineChildren(pipeline.id);
    if (children.empty())
        return {pipeline.maturity1, pipeline.maturity2};
    double low = children.front()->position.maturity;
    double high = low;
    for (const WardleyComponent *child : children) {
        low = std::min(low, child->position.maturity);
        high = std::max(high, child->position.maturity);
    }
    return {low, high};
}

bool WardleyMap::isPipelineHidden(const WardleyPipeline &pipeline) const
{
    if (!findComponentByName(pipeline.component))
        return true;
    return !pipeline.hasRange && pipelineChildren(pipeline.id).empty();
}

QStringList WardleyMap::effectiveEvolutionLabels() const
{
    return evolutionLabels.isEmpty() ? defaultWardleyEvolutionLabels() : evolutionLabels;
}

QString WardleyMap::effectiveTitle() const
{
    const QString text = title.text();
    return text.isEmpty() ? QStringLiteral("Untitled Map") : text;
}

QString WardleyMap::uniqueId(const QString &base) const
{
    std::set<QString> used;
    auto collect = [&used](const auto &items) {
        for (const auto &item : items)
            used.insert(item.id);
    };
    collect(components);
    collect(links);
    collect(evolves);
    collect(pipelines);
    collect(notes);
    collect(annotations);
    collect(areas);
    collect(accelerators);
    collect(urls);
    QString stem = wardleySlug(base);
    if (stem.isEmpty())
        stem = QStringLiteral("item");
    if (!used.count(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!used.count(candidate))
            return candidate;
    }
}

bool WardleyMap::renameComponent(const QString &componentId, const QString &newName)
{
    WardleyComponent *component = findComponent(componentId);
    if (!component)
        return false;
    const QString oldName = component->name;
    if (oldName == newName)
        return true;
    // Another declaration with the old name keeps the references alive.
    bool shared = false;
    for (const auto &c : components) {
        if (c.id != componentId && c.name == oldName)
            shared = true;
    }
    component->name = newName;
    if (shared)
        return true;
    for (auto &link : links) {
        if (link.from == oldName)
            link.from = newName;
        if (link.to == oldName)
            link.to = newName;
    }
    for (auto &evolve : evolves) {
        if (evolve.component == oldName)
            evolve.component = newName;
    }
    for (auto &pipeline : pipelines) {
        if (pipeline.component == oldName)
            pipeline.component = newName;
    }
    return true;
}

WardleyStage wardleyStageOf(double maturity)
{
    if (maturity < 0.175)
        return WardleyStage::Genesis;
    if (maturity < 0.40)
        return WardleyStage::Custom;
    if (maturity < 0.70)
        return WardleyStage::Product;
    return WardleyStage::Commodity;
}

QStringList defaultWardleyEvolutionLabels()
{
    return {QStringLiteral("Genesis"), QStringLiteral("Custom-Built"), QStringLiteral("Product\n(+rental)"),
            QStringLiteral("Commodity\n(+utility)")};
}

QString wardleyAttitudeName(WardleyAttitude attitude)
{
    switch (attitude) {
    case WardleyAttitude::Pioneers: return QStringLiteral("pioneers");
    case WardleyAttitude::Settlers: return QStringLiteral("settlers");
    case WardleyAttitude::TownPlanners: return QStringLiteral("townplanners");
    }
    return {};
}

std::optional<WardleyAttitude> wardleyAttitudeFromName(const QString &name)
{
    if (name == QLatin1String("pioneers"))
        return WardleyAttitude::Pioneers;
    if (name == QLatin1String("settlers"))
        return WardleyAttitude::Settlers;
    if (name == QLatin1String("townplanners"))
        return WardleyAttitude::TownPlanners;
    return std::nullopt;
}

QString wardleyComponentTypeName(WardleyComponentType type)
{
    switch (type) {
    case WardleyComponentType::Component: return QStringLiteral("component");
    case WardleyComponentType::Anchor: return QStringLiteral("anchor");
    case WardleyComponentType::Submap: return QStringLiteral("submap");
    }
    return {};
}

std::optional<WardleyComponentType> wardleyComponentTypeFromName(const QString &name)
{
    if (name == QLatin1String("component"))
        return WardleyComponentType::Component;
    if (name == QLatin1String("anchor"))
        return WardleyComponentType::Anchor;
    if (name == QLatin1String("submap"))
        return WardleyComponentType::Submap;
    return std::nullopt;
}

QString wardleyFlowName(WardleyFlow flow)
{
    switch (flow) {
    case WardleyFlow::None: return QStringLiteral("none");
    case WardleyFlow::Forward: return QStringLiteral("forward");
    case WardleyFlow::Back: return QStringLiteral("back");
    case WardleyFlow::Both: return QStringLiteral("both");
    }
    return {};
}

std::optional<WardleyFlow> wardleyFlowFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return WardleyFlow::None;
    if (name == QLatin1String("forward"))
        return WardleyFlow::Forward;
    if (name == QLatin1String("back"))
        return WardleyFlow::Back;
    if (name == QLatin1String("both"))
        return WardleyFlow::Both;
    return std::nullopt;
}

namespace {

// Russian and Kyrgyz letters in ids, so that ids stay ASCII (as project
// files require) and still say something.
QString transliterated(QChar ch)
{
    static const char *const table[] = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    const char16_t u = ch.toLower().unicode();
    if (u >= 0x0430 && u <= 0x044F)
        return QString::fromLatin1(table[u - 0x0430]);
    switch (u) {
    case 0x0451: return QStringLiteral("yo");
    case 0x04E9: return QStringLiteral("o"); // ө
    case 0x04AF: return QStringLiteral("u"); // ү
    case 0x04A3: return QStringLiteral("ng"); // ң
    default: return {};
    }
}

} // namespace

QString wardleySlug(const QString &text)
{
    QString slug;
    slug.reserve(text.size());
    bool dash = false;
    for (const QChar ch : text) {
        const bool ascii = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || (ch >= u'A' && ch <= u'Z');
        const QString piece = ascii || ch.unicode() < 0x0400 ? QString() : transliterated(ch);
        if (!ascii && piece.isEmpty()) {
            dash = true;
            continue;
        }
        if (dash && !slug.isEmpty())
            slug += QLatin1Char('-');
        if (ascii)
            slug += ch >= u'A' && ch <= u'Z' ? QChar(ch.unicode() + 32) : ch;
        else
            slug += piece;
        dash = false;
        if (slug.size() >= 48)
            break;
    }
    return slug;
}

} // namespace dpi
