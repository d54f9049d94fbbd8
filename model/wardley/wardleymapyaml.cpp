#include "wardleymapyaml.h"

#include "owmreader.h"
#include "yamlcontext.h"
#include "yamlemit.h"
#include "yamlmapping.h"
#include "yamlvalues.h"

#include <yaml-cpp/yaml.h>

#include <set>

namespace dpi {

namespace {

// ---------------------------------------------------------------- writing

void key(YAML::Emitter &out, const char *name)
{
    out << YAML::Key << name << YAML::Value;
}

void emitPair(YAML::Emitter &out, double a, double b)
{
    out << YAML::Flow << YAML::BeginSeq;
    emitNumber(out, a);
    emitNumber(out, b);
    out << YAML::EndSeq;
}

void emitPosition(YAML::Emitter &out, const WardleyPosition &p)
{
    emitPair(out, p.visibility, p.maturity);
}

QStringList decoratorNames(const WardleyDecorators &d)
{
    QStringList names;
    if (d.build)
        names << QStringLiteral("build");
    if (d.buy)
        names << QStringLiteral("buy");
    if (d.outsource)
        names << QStringLiteral("outsource");
    if (d.market)
        names << QStringLiteral("market");
    if (d.ecosystem)
        names << QStringLiteral("ecosystem");
    return names;
}

void writeComponent(YAML::Emitter &out, const WardleyComponent &c)
{
    out << YAML::BeginMap;
    key(out, "id");
    emitText(out, c.id);
    key(out, "name");
    emitText(out, c.name);
    if (c.type != WardleyComponentType::Component) {
        key(out, "type");
        emitText(out, wardleyComponentTypeName(c.type));
    }
    if (!c.pipeline.isEmpty()) {
        key(out, "pipeline");
        emitText(out, c.pipeline);
        key(out, "maturity");
        emitNumber(out, c.position.maturity);
    } else {
        key(out, "at");
        emitPosition(out, c.position);
    }
    if (c.label) {
        key(out, "label");
        emitPair(out, c.label->x, c.label->y);
    }
    if (c.decorators.any()) {
        key(out, "decorators");
        emitTextList(out, decoratorNames(c.decorators));
    }
    if (c.inertia) {
        key(out, "inertia");
        out << true;
    }
    if (!c.url.isEmpty()) {
        key(out, "url");
        emitText(out, c.url);
    }
    if (!c.criteria.isEmpty()) {
        key(out, "criteria");
        emitTextList(out, c.criteria);
    }
    out << YAML::EndMap;
}

void writeLink(YAML::Emitter &out, const WardleyLink &l)
{
    out << YAML::BeginMap;
    key(out, "id");
    emitText(out, l.id);
    key(out, "from");
    emitText(out, l.from);
    key(out, "to");
    emitText(out, l.to);
    if (l.flow != WardleyFlow::None) {
        key(out, "flow");
        emitText(out, wardleyFlowName(l.flow));
    }
    if (!l.flowValue.isEmpty()) {
        key(out, "value");
        emitText(out, l.flowValue);
    }
    if (!l.context.isEmpty()) {
        key(out, "context");
        emitText(out, l.context);
    }
    out << YAML::EndMap;
}

void writeEvolve(YAML::Emitter &out, const WardleyEvolve &e)
{
    out << YAML::BeginMap;
    key(out, "id");
    emitText(out, e.id);
    key(out, "component");
    emitText(out, e.component);
    if (!e.newName.isEmpty()) {
        key(out, "new_name");
        emitText(out, e.newName);
    }
    key(out, "maturity");
    emitNumber(out, e.maturity);
    if (e.label) {
        key(out, "label");
        emitPair(out, e.label->x, e.label->y);
    }
    if (e.decorators.any()) {
        key(out, "decorators");
        emitTextList(out, decoratorNames(e.decorators));
    }
    out << YAML::EndMap;
}

// ---------------------------------------------------------------- reading

class MapYamlReader
{
public:
    MapYamlReader(YamlContext &context) : m_context(context) {}

    bool read(const YAML::Node &node, WardleyMap &map);

private:
    bool readPair(const YamlField &field, double &a, double &b);
    bool readPosition(const YamlField &field, WardleyPosition &p) { return readPair(field, p.visibility, p.maturity); }
    bool readOffset(const YamlField &field, std::optional<WardleyOffset> &offset);
    void readDecorators(const YamlField &field, WardleyDecorators &d);
    void readElementId(YamlMapping &item, QString &id);
    void readOwmText(const YamlField &field, WardleyMap &map);

    void readComponents(const YamlField &field, WardleyMap &map);
    void readLinks(const YamlField &field, WardleyMap &map);
    void readEvolves(const YamlField &field, WardleyMap &map);
    void readPipelines(const YamlField &field, WardleyMap &map);
    void readNotes(const YamlField &field, WardleyMap &map);
    void readAnnotations(const YamlField &field, WardleyMap &map);
    void readAreas(const YamlField &field, WardleyMap &map);
    void readAccelerators(const YamlField &field, WardleyMap &map);
    void readUrls(const YamlField &field, WardleyMap &map);
    void checkReferences(WardleyMap &map, const YAML::Node &node);

    YamlContext &m_context;
    std::set<QString> m_ids;
};

bool MapYamlReader::readPair(const YamlField &field, double &a, double &b)
{
    if (!field.present)
        return false;
    const YAML::Node &v = field.value;
    const auto first = v.IsSequence() && v.size() == 2 ? plainNumber(v[0]) : std::nullopt;
    const auto second = v.IsSequence() && v.size() == 2 ? plainNumber(v[1]) : std::nullopt;
    if (!first || !second) {
        m_context.error(field.valueMark(), QStringLiteral("'%1' must be a pair of numbers [a, b]").arg(field.key));
        return false;
    }
    a = *first;
    b = *second;
    return true;
}

bool MapYamlReader::readOffset(const YamlField &field, std::optional<WardleyOffset> &offset)
{
    WardleyOffset o;
    if (!readPair(field, o.x, o.y))
        return false;
    offset = o;
    return true;
}

void MapYamlReader::readDecorators(const YamlField &field, WardleyDecorators &d)
{
    QStringList names;
    if (!readTextList(field, m_context, names))
        return;
    for (const QString &name : names) {
        if (name == QLatin1String("build"))
            d.build = true;
        else if (name == QLatin1String("buy"))
            d.buy = true;
        else if (name == QLatin1String("outsource"))
            d.outsource = true;
        else if (name == QLatin1String("market"))
            d.market = true;
        else if (name == QLatin1String("ecosystem"))
            d.ecosystem = true;
        else
            m_context.error(field.valueMark(),
                            QStringLiteral("unknown decorator '%1' (build, buy, outsource, market, ecosystem)").arg(name));
    }
}

void MapYamlReader::readElementId(YamlMapping &item, QString &id)
{
    const YamlField field = item.required("id");
    if (!readId(field, m_context, id))
        return;
    if (!m_ids.insert(id).second)
        m_context.error(field.valueMark(), QStringLiteral("duplicate id '%1' in this map").arg(id));
}

template<typename Fn>
void forEachItem(const YamlField &field, YamlContext &context, Fn fn)
{
    if (!readListField(field, context) || field.isEmpty())
        return;
    for (const YAML::Node &node : field.value)
        fn(node);
}

void MapYamlReader::readComponents(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map component"));
        if (!item.isMapping())
            return;
        WardleyComponent c;
        readElementId(item, c.id);
        readNonEmptyText(item.required("name"), m_context, c.name);
        QString type;
        const YamlField typeField = item.field("type");
        if (readText(typeField, m_context, type)) {
            if (const auto t = wardleyComponentTypeFromName(type))
                c.type = *t;
            else
                m_context.error(typeField.valueMark(), QStringLiteral("unknown component type '%1' (component, anchor, submap)").arg(type));
        }
        readText(item.field("pipeline"), m_context, c.pipeline);
        if (c.pipeline.isEmpty()) {
            const YamlField at = item.required("at");
            readPosition(at, c.position);
        } else {
            readNumber(item.required("maturity"), m_context, c.position.maturity);
        }
        readOffset(item.field("label"), c.label);
        readDecorators(item.field("decorators"), c.decorators);
        readBoolean(item.field("inertia"), m_context, c.inertia);
        readText(item.field("url"), m_context, c.url);
        const YamlField criteria = item.field("criteria");
        if (readTextList(criteria, m_context, c.criteria)) {
            for (const QString &ref : c.criteria) {
                const int slash = int(ref.indexOf(u'/'));
                if (slash <= 0 || slash == ref.size() - 1 || ref.indexOf(u'/', slash + 1) >= 0)
                    m_context.error(criteria.valueMark(),
                                    QStringLiteral("criterion reference '%1' must be 'frameworkId/criterionId'").arg(ref));
            }
        }
        item.reportUnknownKeys();
        c.line = YamlContext::lineOf(node);
        map.components.push_back(std::move(c));
    });
}

void MapYamlReader::readLinks(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map link"));
        if (!item.isMapping())
            return;
        WardleyLink l;
        readElementId(item, l.id);
        readNonEmptyText(item.required("from"), m_context, l.from);
        readNonEmptyText(item.required("to"), m_context, l.to);
        QString flow;
        const YamlField flowField = item.field("flow");
        if (readText(flowField, m_context, flow)) {
            if (const auto f = wardleyFlowFromName(flow))
                l.flow = *f;
            else
                m_context.error(flowField.valueMark(), QStringLiteral("unknown flow '%1' (none, forward, back, both)").arg(flow));
        }
        readText(item.field("value"), m_context, l.flowValue);
        readText(item.field("context"), m_context, l.context);
        item.reportUnknownKeys();
        l.line = YamlContext::lineOf(node);
        map.links.push_back(std::move(l));
    });
}

void MapYamlReader::readEvolves(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map evolve"));
        if (!item.isMapping())
            return;
        WardleyEvolve e;
        readElementId(item, e.id);
        readNonEmptyText(item.required("component"), m_context, e.component);
        readText(item.field("new_name"), m_context, e.newName);
        readNumber(item.required("maturity"), m_context, e.maturity);
        readOffset(item.field("label"), e.label);
        readDecorators(item.field("decorators"), e.decorators);
        item.reportUnknownKeys();
        e.line = YamlContext::lineOf(node);
        map.evolves.push_back(std::move(e));
    });
}

void MapYamlReader::readPipelines(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map pipeline"));
        if (!item.isMapping())
            return;
        WardleyPipeline p;
        readElementId(item, p.id);
        readNonEmptyText(item.required("component"), m_context, p.component);
        p.hasRange = readPair(item.field("range"), p.maturity1, p.maturity2);
        item.reportUnknownKeys();
        p.line = YamlContext::lineOf(node);
        map.pipelines.push_back(std::move(p));
    });
}

void MapYamlReader::readNotes(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map note"));
        if (!item.isMapping())
            return;
        WardleyNote n;
        readElementId(item, n.id);
        readNonEmptyText(item.required("text"), m_context, n.text);
        readPosition(item.required("at"), n.position);
        item.reportUnknownKeys();
        n.line = YamlContext::lineOf(node);
        map.notes.push_back(std::move(n));
    });
}

void MapYamlReader::readAnnotations(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map annotation"));
        if (!item.isMapping())
            return;
        WardleyAnnotation a;
        readElementId(item, a.id);
        readInteger(item.required("number"), m_context, a.number);
        readText(item.field("text"), m_context, a.text);
        const YamlField at = item.required("at");
        if (at.present) {
            bool ok = at.value.IsSequence() && at.value.size() > 0;
            for (std::size_t i = 0; ok && i < at.value.size(); ++i) {
                const YAML::Node pair = at.value[i];
                const auto v = pair.IsSequence() && pair.size() == 2 ? plainNumber(pair[0]) : std::nullopt;
                const auto m = pair.IsSequence() && pair.size() == 2 ? plainNumber(pair[1]) : std::nullopt;
                if (!v || !m)
                    ok = false;
                else
                    a.occurrences.push_back(WardleyPosition{*v, *m});
            }
            if (!ok)
                m_context.error(at.valueMark(), QStringLiteral("'at' must be a list of [visibility, maturity] pairs"));
        }
        item.reportUnknownKeys();
        a.line = YamlContext::lineOf(node);
        map.annotations.push_back(std::move(a));
    });
}

void MapYamlReader::readAreas(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map area"));
        if (!item.isMapping())
            return;
        WardleyArea a;
        readElementId(item, a.id);
        QString attitude;
        const YamlField attitudeField = item.required("attitude");
        if (readText(attitudeField, m_context, attitude)) {
            if (const auto kind = wardleyAttitudeFromName(attitude))
                a.attitude = *kind;
            else
                m_context.error(attitudeField.valueMark(),
                                QStringLiteral("unknown attitude '%1' (pioneers, settlers, townplanners)").arg(attitude));
        }
        readPosition(item.required("from"), a.corner1);
        readPosition(item.required("to"), a.corner2);
        item.reportUnknownKeys();
        a.line = YamlContext::lineOf(node);
        map.areas.push_back(std::move(a));
    });
}

void MapYamlReader::readAccelerators(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map accelerator"));
        if (!item.isMapping())
            return;
        WardleyAccelerator a;
        readElementId(item, a.id);
        readNonEmptyText(item.required("name"), m_context, a.name);
        readPosition(item.required("at"), a.position);
        readBoolean(item.field("deaccelerator"), m_context, a.deaccelerator);
        item.reportUnknownKeys();
        a.line = YamlContext::lineOf(node);
        map.accelerators.push_back(std::move(a));
    });
}

void MapYamlReader::readUrls(const YamlField &field, WardleyMap &map)
{
    forEachItem(field, m_context, [&](const YAML::Node &node) {
        YamlMapping item(node, m_context, QStringLiteral("map url"));
        if (!item.isMapping())
            return;
        WardleyUrl u;
        readElementId(item, u.id);
        readNonEmptyText(item.required("name"), m_context, u.name);
        readNonEmptyText(item.required("address"), m_context, u.address);
        item.reportUnknownKeys();
        u.line = YamlContext::lineOf(node);
        map.urls.push_back(std::move(u));
    });
}

// The map may also be given as OWM text (`owm: |`); its diagnostics point
// into the YAML file.
void MapYamlReader::readOwmText(const YamlField &field, WardleyMap &map)
{
    QString text;
    if (!readText(field, m_context, text))
        return;
    OwmParseResult parsed = parseOwm(text, m_context.fileName());
    // A block scalar (`owm: |`) starts on the line after the key.
    const bool block = text.contains(u'\n') && YamlContext::lineOf(field.value) == YamlContext::lineOf(field.keyNode);
    const int firstLine = YamlContext::lineOf(field.value) + (block ? 1 : 0);
    for (Diagnostic d : parsed.diagnostics.items()) {
        d.line += firstLine - 1;
        m_context.diagnostics().add(d);
    }
    const QString id = map.id;
    const LocalizedText title = map.title;
    const LocalizedText explanation = map.explanation;
    map = std::move(parsed.map);
    map.id = id;
    if (!title.isEmpty())
        map.title = title;
    map.explanation = explanation;
}

// Pipeline children store only their maturity; like the OWM reader, give
// them the parent's visibility.
void MapYamlReader::checkReferences(WardleyMap &map, const YAML::Node &node)
{
    for (WardleyComponent &c : map.components) {
        if (c.pipeline.isEmpty())
            continue;
        const WardleyPipeline *pipeline = map.findPipeline(c.pipeline);
        if (!pipeline) {
            m_context.error(node.Mark(), QStringLiteral("component '%1' names pipeline '%2', which this map does not have").arg(c.id, c.pipeline));
            continue;
        }
        if (const WardleyComponent *parent = map.findComponentByName(pipeline->component))
            c.position.visibility = parent->position.visibility;
    }
}

bool MapYamlReader::read(const YAML::Node &node, WardleyMap &map)
{
    YamlMapping m(node, m_context, QStringLiteral("map"));
    if (!m.isMapping())
        return false;
    readId(m.required("id"), m_context, map.id);
    readLocalizedText(m.field("title"), m_context, map.title);
    readLocalizedText(m.field("explanation"), m_context, map.explanation);
    const YamlField owm = m.field("owm");
    if (owm.present) {
        readOwmText(owm, map);
        m.reportUnknownKeys();
        return true;
    }
    readText(m.field("style"), m_context, map.style);
    double width = 0;
    double height = 0;
    if (readPair(m.field("size"), width, height)) {
        map.width = width > 0 && width < 100000 ? int(width) : 0;
        map.height = height > 0 && height < 100000 ? int(height) : 0;
    }
    readTextList(m.field("evolution"), m_context, map.evolutionLabels);
    readBoolean(m.field("show_evolution_axis"), m_context, map.showEvolutionAxis);
    readBoolean(m.field("show_value_chain_axis"), m_context, map.showValueChainAxis);
    const YamlField axisField = m.field("value_chain_axis");
    if (axisField.present) {
        YamlMapping axis(axisField, m_context, QStringLiteral("'value_chain_axis'"));
        WardleyValueChainAxis a;
        readText(axis.field("label"), m_context, a.label);
        readText(axis.field("low"), m_context, a.low);
        readText(axis.field("high"), m_context, a.high);
        axis.reportUnknownKeys();
        map.valueChainAxis = a;
    }
    WardleyPosition legend;
    if (readPosition(m.field("annotations_legend"), legend))
        map.annotationsLegend = legend;
    readComponents(m.field("components"), map);
    readPipelines(m.field("pipelines"), map);
    readLinks(m.field("links"), map);
    readEvolves(m.field("evolves"), map);
    readNotes(m.field("notes"), map);
    readAnnotations(m.field("annotations"), map);
    readAreas(m.field("areas"), map);
    readAccelerators(m.field("accelerators"), map);
    readUrls(m.field("urls"), map);
    m.reportUnknownKeys();
    checkReferences(map, node);
    return true;
}

} // namespace

bool readWardleyMapYaml(const YAML::Node &node, YamlContext &context, WardleyMap &map)
{
    try {
        MapYamlReader reader(context);
        return reader.read(node, map);
    } catch (const YAML::Exception &e) {
        context.error(e.mark, QStringLiteral("map: %1").arg(QString::fromStdString(e.msg)));
        return false;
    }
}

void writeWardleyMapYaml(YAML::Emitter &out, const WardleyMap &map)
{
    out << YAML::BeginMap;
    key(out, "id");
    emitText(out, map.id);
    if (!map.title.isEmpty()) {
        key(out, "title");
        emitLocalizedText(out, map.title);
    }
    if (!map.explanation.isEmpty()) {
        key(out, "explanation");
        emitLocalizedText(out, map.explanation);
    }
    if (!map.style.isEmpty()) {
        key(out, "style");
        emitText(out, map.style);
    }
    if (map.width > 0 || map.height > 0) {
        key(out, "size");
        emitPair(out, map.width, map.height);
    }
    if (!map.evolutionLabels.isEmpty()) {
        key(out, "evolution");
        emitTextList(out, map.evolutionLabels);
    }
    if (!map.showEvolutionAxis) {
        key(out, "show_evolution_axis");
        out << false;
    }
    if (!map.showValueChainAxis) {
        key(out, "show_value_chain_axis");
        out << false;
    }
    if (map.valueChainAxis) {
        key(out, "value_chain_axis");
        out << YAML::BeginMap;
        key(out, "label");
        emitText(out, map.valueChainAxis->label);
        key(out, "low");
        emitText(out, map.valueChainAxis->low);
        key(out, "high");
        emitText(out, map.valueChainAxis->high);
        out << YAML::EndMap;
    }
    if (map.annotationsLegend) {
        key(out, "annotations_legend");
        emitPosition(out, *map.annotationsLegend);
    }
    if (!map.components.empty()) {
        key(out, "components");
        out << YAML::BeginSeq;
        for (const WardleyComponent &c : map.components)
            writeComponent(out, c);
        out << YAML::EndSeq;
    }
    if (!map.pipelines.empty()) {
        key(out, "pipelines");
        out << YAML::BeginSeq;
        for (const WardleyPipeline &p : map.pipelines) {
            out << YAML::BeginMap;
            key(out, "id");
            emitText(out, p.id);
            key(out, "component");
            emitText(out, p.component);
            if (p.hasRange) {
                key(out, "range");
                emitPair(out, p.maturity1, p.maturity2);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!map.links.empty()) {
        key(out, "links");
        out << YAML::BeginSeq;
        for (const WardleyLink &l : map.links)
            writeLink(out, l);
        out << YAML::EndSeq;
    }
    if (!map.evolves.empty()) {
        key(out, "evolves");
        out << YAML::BeginSeq;
        for (const WardleyEvolve &e : map.evolves)
            writeEvolve(out, e);
        out << YAML::EndSeq;
    }
    if (!map.notes.empty()) {
        key(out, "notes");
        out << YAML::BeginSeq;
        for (const WardleyNote &n : map.notes) {
            out << YAML::BeginMap;
            key(out, "id");
            emitText(out, n.id);
            key(out, "text");
            emitText(out, n.text);
            key(out, "at");
            emitPosition(out, n.position);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!map.annotations.empty()) {
        key(out, "annotations");
        out << YAML::BeginSeq;
        for (const WardleyAnnotation &a : map.annotations) {
            out << YAML::BeginMap;
            key(out, "id");
            emitText(out, a.id);
            key(out, "number");
            out << a.number;
            key(out, "at");
            out << YAML::Flow << YAML::BeginSeq;
            for (const WardleyPosition &p : a.occurrences)
                emitPosition(out, p);
            out << YAML::EndSeq;
            if (!a.text.isEmpty()) {
                key(out, "text");
                emitText(out, a.text);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!map.areas.empty()) {
        key(out, "areas");
        out << YAML::BeginSeq;
        for (const WardleyArea &a : map.areas) {
            out << YAML::BeginMap;
            key(out, "id");
            emitText(out, a.id);
            key(out, "attitude");
            emitText(out, wardleyAttitudeName(a.attitude));
            key(out, "from");
            emitPosition(out, a.corner1);
            key(out, "to");
            emitPosition(out, a.corner2);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!map.accelerators.empty()) {
        key(out, "accelerators");
        out << YAML::BeginSeq;
        for (const WardleyAccelerator &a : map.accelerators) {
            out << YAML::BeginMap;
            key(out, "id");
            emitText(out, a.id);
            key(out, "name");
            emitText(out, a.name);
            key(out, "at");
            emitPosition(out, a.position);
            if (a.deaccelerator) {
                key(out, "deaccelerator");
                out << true;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!map.urls.empty()) {
        key(out, "urls");
        out << YAML::BeginSeq;
        for (const WardleyUrl &u : map.urls) {
            out << YAML::BeginMap;
            key(out, "id");
            emitText(out, u.id);
            key(out, "name");
            emitText(out, u.name);
            key(out, "address");
            emitText(out, u.address);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

} // namespace dpi
