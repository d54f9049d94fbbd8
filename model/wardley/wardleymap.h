#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace dpi {

// The Wardley map model. It follows the OnlineWardleyMaps (OWM) text format:
// coordinates are [visibility, maturity], both nominally 0..1 (visibility 1 =
// top, next to the user; maturity 0 = genesis, 1 = commodity) and never
// clamped. Every element has a stable string id; references between
// elements go by name, as in the text format (links, evolve arrows and
// pipelines may point to names that are never declared; real maps do this).
// `line` is the 1-based source line the element came from (0 = not from
// text); it is bookkeeping and not part of an element's value (operator==).

struct WardleyPosition
{
    double visibility = 0.9; // OWM's fallback for missing coordinates
    double maturity = 0.1;
    bool operator==(const WardleyPosition &o) const { return visibility == o.visibility && maturity == o.maturity; }
    bool operator!=(const WardleyPosition &o) const { return !(*this == o); }
};

// Pixel offset of a label from its element (OWM `label [dx, dy]`).
struct WardleyOffset
{
    double x = 0;
    double y = 0;
    bool operator==(const WardleyOffset &o) const { return x == o.x && y == o.y; }
    bool operator!=(const WardleyOffset &o) const { return !(*this == o); }
};

struct WardleyDecorators
{
    bool build = false;
    bool buy = false;
    bool outsource = false;
    bool market = false;
    bool ecosystem = false;

    bool any() const { return build || buy || outsource || market || ecosystem; }
    bool operator==(const WardleyDecorators &o) const
    {
        return build == o.build && buy == o.buy && outsource == o.outsource && market == o.market && ecosystem == o.ecosystem;
    }
    bool operator!=(const WardleyDecorators &o) const { return !(*this == o); }
};

enum class WardleyComponentType {
    Component, // `component`
    Anchor,    // `anchor` (a user or need at the top of the chain)
    Submap,    // `submap ... url(ref)`: opens another map
};

// Evolution stage of a maturity value; boundaries as OWM draws them
// (0.175, 0.40, 0.70).
enum class WardleyStage { Genesis, Custom, Product, Commodity };

struct WardleyComponent
{
    QString id;                      // stable, unique within the map
    QString name;                    // as shown; may contain '\n' (quoted OWM names)
    WardleyComponentType type = WardleyComponentType::Component;
    // For a pipeline child only `maturity` is its own; its visibility is the
    // pipeline parent's (use WardleyMap::positionOf()).
    WardleyPosition position;
    std::optional<WardleyOffset> label; // empty = the default for its decorators
    WardleyDecorators decorators;
    bool inertia = false;
    QString url;                     // submaps: the `url` reference name
    QString pipeline;                // id of the pipeline this component is a child of; empty if none
    QStringList criteria;            // linked framework criteria, "frameworkId/criterionId"
    int line = 0;

    bool operator==(const WardleyComponent &o) const;
    bool operator!=(const WardleyComponent &o) const { return !(*this == o); }
};

// How a link's flow arrow was written. The reference engine's flags for these
// look inverted against its docs and no renderer reads them, so we keep the
// syntax itself.
enum class WardleyFlow {
    None,    // A->B
    Forward, // A+>B
    Back,    // A+<B
    Both,    // A+<>B
};

struct WardleyLink
{
    QString id;
    QString from;                    // component names
    QString to;
    WardleyFlow flow = WardleyFlow::None;
    QString flowValue;               // A+'value'>B ; empty = none
    QString context;                 // A->B; context
    int line = 0;

    bool operator==(const WardleyLink &o) const
    {
        return id == o.id && from == o.from && to == o.to && flow == o.flow && flowValue == o.flowValue && context == o.context;
    }
    bool operator!=(const WardleyLink &o) const { return !(*this == o); }
};

// `evolve Name[->New name] maturity`: an arrow from the component to its
// evolved twin at `maturity` (same visibility).
struct WardleyEvolve
{
    QString id;
    QString component;               // name of the evolving component
    QString newName;                 // name of the evolved twin; empty = same name
    double maturity = 0.85;
    std::optional<WardleyOffset> label;
    WardleyDecorators decorators;
    int line = 0;

    QString evolvedName() const { return newName.isEmpty() ? component : newName; }
    bool operator==(const WardleyEvolve &o) const
    {
        return id == o.id && component == o.component && newName == o.newName && maturity == o.maturity
            && label == o.label && decorators == o.decorators;
    }
    bool operator!=(const WardleyEvolve &o) const { return !(*this == o); }
};

// `pipeline Parent [m1, m2]` or a `pipeline Parent` block with children
// (components whose `pipeline` is this id).
struct WardleyPipeline
{
    QString id;
    QString component;               // name of the parent component
    bool hasRange = false;           // written with [m1, m2]
    double maturity1 = 0.2;          // OWM's defaults when there is no range
    double maturity2 = 0.8;
    int line = 0;

    bool operator==(const WardleyPipeline &o) const
    {
        return id == o.id && component == o.component && hasRange == o.hasRange && maturity1 == o.maturity1 && maturity2 == o.maturity2;
    }
    bool operator!=(const WardleyPipeline &o) const { return !(*this == o); }
};

struct WardleyNote
{
    QString id;
    QString text;                    // may contain '\n'
    WardleyPosition position;
    int line = 0;
    bool operator==(const WardleyNote &o) const { return id == o.id && text == o.text && position == o.position; }
    bool operator!=(const WardleyNote &o) const { return !(*this == o); }
};

// A numbered annotation drawn at one or more places, explained in the legend.
struct WardleyAnnotation
{
    QString id;
    int number = 0;
    std::vector<WardleyPosition> occurrences;
    QString text;
    int line = 0;
    bool operator==(const WardleyAnnotation &o) const { return id == o.id && number == o.number && occurrences == o.occurrences && text == o.text; }
    bool operator!=(const WardleyAnnotation &o) const { return !(*this == o); }
};

enum class WardleyAttitude { Pioneers, Settlers, TownPlanners };

// A PST area: the rectangle between two corners.
struct WardleyArea
{
    QString id;
    WardleyAttitude attitude = WardleyAttitude::Pioneers;
    WardleyPosition corner1;
    WardleyPosition corner2;
    int line = 0;
    bool operator==(const WardleyArea &o) const { return id == o.id && attitude == o.attitude && corner1 == o.corner1 && corner2 == o.corner2; }
    bool operator!=(const WardleyArea &o) const { return !(*this == o); }
};

struct WardleyAccelerator
{
    QString id;
    QString name;
    WardleyPosition position;
    bool deaccelerator = false;
    int line = 0;
    bool operator==(const WardleyAccelerator &o) const { return id == o.id && name == o.name && position == o.position && deaccelerator == o.deaccelerator; }
    bool operator!=(const WardleyAccelerator &o) const { return !(*this == o); }
};

// `url name [address]`: the target of submaps whose `url` is `name`.
struct WardleyUrl
{
    QString id;
    QString name;
    QString address;
    int line = 0;
    bool operator==(const WardleyUrl &o) const { return id == o.id && name == o.name && address == o.address; }
    bool operator!=(const WardleyUrl &o) const { return !(*this == o); }
};

// The removed `y-axis Label->Min->Max` form, kept so that old maps lose
// nothing (the writer does not emit it: the reference engine would read it
// as a link).
struct WardleyValueChainAxis
{
    QString label;
    QString low;
    QString high;
    bool operator==(const WardleyValueChainAxis &o) const { return label == o.label && low == o.low && high == o.high; }
    bool operator!=(const WardleyValueChainAxis &o) const { return !(*this == o); }
};

struct WardleyMap
{
    QString id;
    LocalizedText title;             // OWM `title` is the English text
    LocalizedText explanation;       // what the map says, for readers of a report (not in OWM text)
    QString style;                   // plain | wardley | handwritten | colour | color | dark; empty = not set (plain)
    int width = 0;                   // `size [w, h]` in pixels; 0 = fit the window
    int height = 0;
    QStringList evolutionLabels;     // the stage labels as written (normally 4); empty = OWM's defaults
    bool showEvolutionAxis = true;   // `evolution --hide`
    bool showValueChainAxis = true;  // `valuechain --hide`
    std::optional<WardleyValueChainAxis> valueChainAxis; // legacy `y-axis`
    std::optional<WardleyPosition> annotationsLegend;    // `annotations [v, m]`

    std::vector<WardleyComponent> components; // components, anchors, submaps, pipeline children
    std::vector<WardleyLink> links;
    std::vector<WardleyEvolve> evolves;
    std::vector<WardleyPipeline> pipelines;
    std::vector<WardleyNote> notes;
    std::vector<WardleyAnnotation> annotations;
    std::vector<WardleyArea> areas;
    std::vector<WardleyAccelerator> accelerators;
    std::vector<WardleyUrl> urls;

    bool operator==(const WardleyMap &o) const;
    bool operator!=(const WardleyMap &o) const { return !(*this == o); }

    // Look-ups (linear; maps are small). Null when not found. By name, the
    // first declaration wins, as links resolve to it.
    const WardleyComponent *findComponent(const QString &id) const;
    WardleyComponent *findComponent(const QString &id);
    const WardleyComponent *findComponentByName(const QString &name) const;
    const WardleyPipeline *findPipeline(const QString &id) const;
    const WardleyPipeline *findPipelineOf(const QString &componentName) const;
    std::vector<const WardleyComponent *> pipelineChildren(const QString &pipelineId) const;

    // Where a component is drawn: pipeline children take the parent's visibility.
    WardleyPosition positionOf(const WardleyComponent &component) const;
    // Label offset, with OWM's defaults (5,-10; x2 with a build/buy/outsource/market decorator; x3 with ecosystem).
    static WardleyOffset labelOffsetOf(const WardleyComponent &component);
    static WardleyOffset defaultLabelOffset(const WardleyDecorators &decorators);
    // Maturity range of a pipeline: its children's span when it has children, else its own range.
    std::pair<double, double> pipelineRange(const WardleyPipeline &pipeline) const;
    // OWM hides a pipeline without a parent component, or with neither a range nor children.
    bool isPipelineHidden(const WardleyPipeline &pipeline) const;
    // The four stage labels to draw (custom or default).
    QStringList effectiveEvolutionLabels() const;
    QString effectiveTitle() const;  // "Untitled Map" when there is none

    // An id based on `base` (slugified) that no element of the map uses yet.
    QString uniqueId(const QString &base) const;
    // Renames a component and every reference to it (links, evolves, pipelines).
    bool renameComponent(const QString &id, const QString &newName);
};

WardleyStage wardleyStageOf(double maturity);
// Genesis, Custom-Built, Product\n(+rental), Commodity\n(+utility): a '\n' splits a label into two lines.
QStringList defaultWardleyEvolutionLabels();
QString wardleyAttitudeName(WardleyAttitude attitude);   // pioneers | settlers | townplanners
std::optional<WardleyAttitude> wardleyAttitudeFromName(const QString &name);
QString wardleyComponentTypeName(WardleyComponentType type); // component | anchor | submap
std::optional<WardleyComponentType> wardleyComponentTypeFromName(const QString &name);
QString wardleyFlowName(WardleyFlow flow);     // none | forward | back | both
std::optional<WardleyFlow> wardleyFlowFromName(const QString &name);
// Lower-case ASCII id text from a name: "Cup of Tea" -> "cup-of-tea",
// "Тундук" -> "tunduk" (Cyrillic is transliterated, other letters dropped).
QString wardleySlug(const QString &text);

} // namespace dpi
