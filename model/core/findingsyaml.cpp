#include "findingsyaml.h"

#include "yamlcontext.h"
#include "yamlemit.h"
#include "yamlmapping.h"
#include "yamlvalues.h"

#include <yaml-cpp/yaml.h>

namespace dpi {

namespace {

void key(YAML::Emitter &out, const char *name)
{
    out << YAML::Key << name << YAML::Value;
}

// `criteria: [framework/criterion, ...]`: each item checked where it stands.
void readLinks(const YamlField &field, YamlContext &context, const CriterionLinkCheck &check,
               std::vector<CriterionLink> &out)
{
    if (!readListField(field, context) || field.isEmpty())
        return;
    for (const YAML::Node &item : field.value) {
        if (!item.IsScalar()) {
            context.error(item.IsNull() ? field.valueMark() : item.Mark(),
                          QStringLiteral("items of 'criteria' must be framework/criterion, not %1").arg(yamlKindName(item)));
            continue;
        }
        const QString text = QString::fromStdString(item.Scalar());
        const auto link = CriterionLink::parse(text);
        if (!link || !isValidId(link->frameworkId) || !isValidId(link->criterionId)) {
            context.error(item.Mark(), QStringLiteral("'%1' is not framework/criterion "
                                                      "(e.g. govstack-readiness/exchange.membership)")
                                           .arg(text));
            continue;
        }
        if (check) {
            const QString problem = check(*link);
            if (!problem.isEmpty()) {
                context.error(item.Mark(), problem);
                continue;
            }
        }
        bool duplicate = false;
        for (const CriterionLink &existing : out)
            duplicate = duplicate || existing == *link;
        if (duplicate)
            context.warning(item.Mark(), QStringLiteral("'%1' is linked twice; the second is ignored").arg(text));
        else
            out.push_back(*link);
    }
}

// An item's text. `text: ""` is an item whose text is still to be written
// (the app saves one as it is being added): kept, with a warning, because the
// report leaves it out.
bool readItemText(YamlMapping &map, YamlContext &context, LocalizedText &out)
{
    const YamlField field = map.required("text");
    if (field.present && !field.isEmpty() && field.value.IsScalar() && field.value.Scalar().empty()) {
        context.warning(field.valueMark(), QStringLiteral("%1 has no text yet; reports leave it out").arg(map.what()));
        out = LocalizedText();
        return true;
    }
    return readLocalizedText(field, context, out);
}

void readFindingList(const YamlField &field, YamlContext &context, const CriterionLinkCheck &check,
                     const QString &what, std::vector<Finding> &out)
{
    if (!readListField(field, context) || field.isEmpty())
        return;
    for (const YAML::Node &node : field.value) {
        YamlMapping map(node, context, what);
        if (!map.isMapping())
            continue;
        Finding finding;
        const bool ok = readItemText(map, context, finding.text);
        readLinks(map.field("criteria"), context, check, finding.links);
        map.reportUnknownKeys();
        if (ok)
            out.push_back(finding);
    }
}

void readActions(const YamlField &field, YamlContext &context, const CriterionLinkCheck &check,
                 std::vector<ActionItem> &out)
{
    if (!readListField(field, context) || field.isEmpty())
        return;
    for (const YAML::Node &node : field.value) {
        YamlMapping map(node, context, QStringLiteral("an action"));
        if (!map.isMapping())
            continue;
        ActionItem action;
        const bool ok = readItemText(map, context, action.text);
        const YamlField priority = map.field("priority");
        QString word;
        if (readNonEmptyText(priority, context, word)) {
            if (const auto value = actionPriorityFromName(word))
                action.priority = *value;
            else
                context.error(priority.valueMark(), QStringLiteral("'priority' must be one of %1, not '%2'")
                                                        .arg(actionPriorityNames().join(QStringLiteral(", ")), word));
        }
        readLocalizedText(map.field("owner"), context, action.owner);
        const YamlField horizon = map.field("horizon");
        if (readNonEmptyText(horizon, context, word)) {
            if (const auto value = actionHorizonFromName(word))
                action.horizon = *value;
            else
                context.error(horizon.valueMark(), QStringLiteral("'horizon' must be one of %1, not '%2'")
                                                       .arg(actionHorizonNames().join(QStringLiteral(", ")), word));
        }
        readLinks(map.field("criteria"), context, check, action.links);
        readLocalizedText(map.field("cost"), context, action.cost);
        map.reportUnknownKeys();
        if (ok)
            out.push_back(action);
    }
}

void writeLinks(YAML::Emitter &out, const std::vector<CriterionLink> &links)
{
    if (links.empty())
        return;
    QStringList items;
    for (const CriterionLink &link : links)
        items << link.toString();
    key(out, "criteria");
    emitTextList(out, items);
}

void writeFindingList(YAML::Emitter &out, const char *name, const std::vector<Finding> &items)
{
    if (items.empty())
        return;
    key(out, name);
    out << YAML::BeginSeq;
    for (const Finding &finding : items) {
        out << YAML::BeginMap;
        key(out, "text");
        emitLocalizedText(out, finding.text);
        writeLinks(out, finding.links);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace

void readConclusions(YamlMapping &map, YamlContext &context, const CriterionLinkCheck &check, Conclusions &out)
{
    readFindingList(map.field("findings"), context, check, QStringLiteral("a finding"), out.findings);
    readFindingList(map.field("strengths"), context, check, QStringLiteral("a strength"), out.strengths);
    readActions(map.field("actions"), context, check, out.actions);
}

void readProjectContext(const YamlField &field, YamlContext &context, ProjectContext &out)
{
    YamlMapping map(field, context, QStringLiteral("'context'"));
    if (!map.isMapping())
        return;
    readLocalizedText(map.field("text"), context, out.text);
    const YamlField sources = map.field("sources");
    if (readListField(sources, context) && !sources.isEmpty()) {
        for (const YAML::Node &node : sources.value) {
            YamlMapping item(node, context, QStringLiteral("a context source"));
            if (!item.isMapping())
                continue;
            ContextSource source;
            readText(item.field("title"), context, source.title);
            const bool ok = readNonEmptyText(item.required("url"), context, source.url);
            item.reportUnknownKeys();
            if (ok)
                out.sources.push_back(source);
        }
    }
    map.reportUnknownKeys();
}

void writeConclusions(YAML::Emitter &out, const Conclusions &conclusions)
{
    writeFindingList(out, "findings", conclusions.findings);
    writeFindingList(out, "strengths", conclusions.strengths);
    if (conclusions.actions.empty())
        return;
    key(out, "actions");
    out << YAML::BeginSeq;
    for (const ActionItem &action : conclusions.actions) {
        out << YAML::BeginMap;
        key(out, "text");
        emitLocalizedText(out, action.text);
        key(out, "priority");
        emitText(out, actionPriorityName(action.priority));
        if (!action.owner.isEmpty()) {
            key(out, "owner");
            emitLocalizedText(out, action.owner);
        }
        if (action.horizon != ActionHorizon::Unset) {
            key(out, "horizon");
            emitText(out, actionHorizonName(action.horizon));
        }
        writeLinks(out, action.links);
        if (!action.cost.isEmpty()) {
            key(out, "cost");
            emitLocalizedText(out, action.cost);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writeProjectContext(YAML::Emitter &out, const ProjectContext &context)
{
    if (context.isEmpty())
        return;
    key(out, "context");
    out << YAML::BeginMap;
    if (!context.text.isEmpty()) {
        key(out, "text");
        emitLocalizedText(out, context.text);
    }
    if (!context.sources.empty()) {
        key(out, "sources");
        out << YAML::BeginSeq;
        for (const ContextSource &source : context.sources) {
            out << YAML::BeginMap;
            if (!source.title.isEmpty()) {
                key(out, "title");
                emitText(out, source.title);
            }
            key(out, "url");
            emitText(out, source.url);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

} // namespace dpi
