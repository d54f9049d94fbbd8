#include "frameworkreader.h"

#include "yamlcontext.h"
#include "yamlframework.h"
#include "yamlmapping.h"
#include "yamlsafeload.h"
#include "yamlvalues.h"

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

namespace dpi {

namespace {

// Ids already seen, with the line of their first use, to point at both.
class IdRegistry
{
public:
    // False (and an error at `at`) when `id` was registered before.
    bool add(const QString &id, const YAML::Mark &at, YamlContext &context, const QString &kind)
    {
        const auto found = m_lines.find(id);
        if (found != m_lines.end()) {
            context.error(at, QStringLiteral("duplicate %1 '%2' (first used at line %3)")
                                  .arg(kind, id)
                                  .arg(found->second));
            return false;
        }
        m_lines.emplace(id, YamlContext::lineOf(at));
        return true;
    }

private:
    std::map<QString, int> m_lines;
};

class FrameworkParser
{
public:
    explicit FrameworkParser(YamlContext &context) : m_context(context) {}

    std::optional<Framework> read(const YAML::Node &node)
    {
        YamlMapping root(node, m_context, QStringLiteral("the framework"));
        if (!root.isMapping())
            return std::nullopt;

        Framework framework;
        readSchema(root.required("schema"));
        readId(root.required("id"), m_context, framework.id);
        readVersion(root.required("version"), m_context, framework.version);
        readLocalizedText(root.required("title"), m_context, framework.title);
        readLocalizedText(root.field("description"), m_context, framework.description);
        readTextList(root.field("authors"), m_context, framework.authors);
        readText(root.field("licence"), m_context, framework.licence);
        readDerivedFrom(root.field("derived_from"), framework);
        readSources(root.field("sources"), framework);
        readKind(root.field("kind"), framework);
        readScale(root.required("scale"), framework.scale);
        m_scale = &framework.scale;
        readDimensions(root.required("dimensions"), framework);
        readChangelog(root.field("changelog"), framework);
        root.reportUnknownKeys();
        return framework;
    }

private:
    void readSchema(const YamlField &field)
    {
        QString schema;
        if (!readNonEmptyText(field, m_context, schema) || schema == kFrameworkSchema)
            return;
        if (schema == QLatin1String("dpi-workbench/project/1")) {
            m_context.error(field.valueMark(), QStringLiteral("this is an assessment project (schema '%1'), "
                                                              "not a framework")
                                                   .arg(schema));
        } else if (schema.startsWith(QLatin1String("dpi-workbench/framework/"))) {
            m_context.error(field.valueMark(), QStringLiteral("unsupported schema version '%1'; this "
                                                              "version of DPI Workbench reads '%2'")
                                                   .arg(schema, kFrameworkSchema));
        } else {
            m_context.error(field.valueMark(), QStringLiteral("unknown schema '%1' (expected '%2')")
                                                   .arg(schema, kFrameworkSchema));
        }
    }

    void readDerivedFrom(const YamlField &field, Framework &framework)
    {
        QString pin;
        if (!readText(field, m_context, pin) || pin.isEmpty())
            return;
        const int at = int(pin.indexOf(QLatin1Char('@')));
        if (at <= 0 || !isValidId(pin.left(at)) || !isSemanticVersion(pin.mid(at + 1))) {
            m_context.error(field.valueMark(), QStringLiteral("'derived_from' must be id@version "
                                                              "(e.g. govstack-readiness@1.0.0), not '%1'")
                                                   .arg(pin));
            return;
        }
        framework.derivedFrom = pin;
    }

    void readSources(const YamlField &field, Framework &framework)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        IdRegistry ids;
        for (const YAML::Node &item : field.value) {
            YamlMapping map(item, m_context, QStringLiteral("a source"));
            if (!map.isMapping())
                continue;
            Source source;
            const YamlField id = map.required("id");
            if (readId(id, m_context, source.id)) {
                map.setWhat(QStringLiteral("source '%1'").arg(source.id));
                ids.add(source.id, id.valueMark(), m_context, QStringLiteral("source id"));
            }
            readNonEmptyText(map.required("title"), m_context, source.title);
            readText(map.field("url"), m_context, source.url);
            readDate(map.field("accessed"), m_context, source.accessed);
            map.reportUnknownKeys();
            framework.sources.push_back(source);
        }
    }

    void readKind(const YamlField &field, Framework &framework)
    {
        QString name;
        if (!readText(field, m_context, name) || name.isEmpty())
            return;
        if (const auto kind = frameworkKindFromName(name))
            framework.kind = *kind;
        else
            m_context.error(field.valueMark(), QStringLiteral("'kind' must be graded or gates, not '%1'").arg(name));
        m_kind = framework.kind;
    }

    void readScale(const YamlField &field, Scale &scale)
    {
        const int errorsBefore = m_context.diagnostics().errorCount();
        YamlMapping map(field, m_context, QStringLiteral("the scale"));
        if (!map.isMapping())
            return;
        const YamlField notApplicable = map.field("not_applicable");
        QString choice;
        if (readText(notApplicable, m_context, choice)) {
            if (choice == QLatin1String("allowed")) {
                scale.allowNotApplicable = true;
            } else if (choice == QLatin1String("forbidden")) {
                scale.allowNotApplicable = false;
            } else {
                m_context.error(notApplicable.valueMark(),
                                QStringLiteral("'not_applicable' must be 'allowed' or 'forbidden', not '%1'")
                                    .arg(choice));
            }
        }
        const YamlField levels = map.required("levels");
        if (readListField(levels, m_context)) {
            std::map<int, int> valueLines;
            for (const YAML::Node &item : levels.value) {
                YamlMapping levelMap(item, m_context, QStringLiteral("a scale level"));
                if (!levelMap.isMapping())
                    continue;
                ScaleLevel level;
                const YamlField value = levelMap.required("value");
                bool valueOk = readInteger(value, m_context, level.value);
                if (valueOk) {
                    levelMap.setWhat(QStringLiteral("scale level %1").arg(level.value));
                    const auto found = valueLines.find(level.value);
                    if (found != valueLines.end()) {
                        m_context.error(value.valueMark(), QStringLiteral("duplicate scale level value %1 "
                                                                          "(first used at line %2)")
                                                               .arg(level.value)
                                                               .arg(found->second));
                        valueOk = false;
                    } else if (!scale.levels.empty() && level.value < scale.levels.back().value) {
                        m_context.error(value.valueMark(), QStringLiteral("scale levels must be listed from "
                                                                          "lowest to highest; %1 comes after %2")
                                                               .arg(level.value)
                                                               .arg(scale.levels.back().value));
                        valueOk = false;
                    }
                    valueLines.emplace(level.value, YamlContext::lineOf(value.valueMark()));
                }
                readLocalizedText(levelMap.required("label"), m_context, level.label);
                readLocalizedText(levelMap.field("description"), m_context, level.description);
                levelMap.reportUnknownKeys();
                if (valueOk)
                    scale.levels.push_back(level);
            }
            if (levels.isEmpty() || levels.value.size() < 2)
                m_context.error(levels.valueMark(), QStringLiteral("a scale needs at least two levels"));
            else if (m_kind == FrameworkKind::Gates && levels.value.size() != 2)
                m_context.error(levels.valueMark(), QStringLiteral("a gate framework's scale has exactly two levels "
                                                                   "(does not meet, then meets), not %1")
                                                        .arg(levels.value.size()));
        }
        map.reportUnknownKeys();
        // Rubrics and thresholds are only checked against a sound scale, so
        // that one scale mistake is not repeated at every criterion.
        m_scaleKnown = !scale.levels.empty() && m_context.diagnostics().errorCount() == errorsBefore;
    }

    void readDimensions(const YamlField &field, Framework &framework)
    {
        if (!readListField(field, m_context))
            return;
        if (field.isEmpty() || field.value.size() == 0) {
            m_context.error(field.valueMark(), QStringLiteral("a framework needs at least one dimension"));
            return;
        }
        IdRegistry dimensionIds;
        for (const YAML::Node &item : field.value) {
            YamlMapping map(item, m_context, QStringLiteral("a dimension"));
            if (!map.isMapping())
                continue;
            Dimension dimension;
            const YamlField id = map.required("id");
            if (readId(id, m_context, dimension.id)) {
                map.setWhat(QStringLiteral("dimension '%1'").arg(dimension.id));
                dimensionIds.add(dimension.id, id.valueMark(), m_context, QStringLiteral("dimension id"));
            }
            readLocalizedText(map.required("title"), m_context, dimension.title);
            readLocalizedText(map.field("description"), m_context, dimension.description);
            readPositiveNumber(map.field("weight"), m_context, dimension.weight);
            const YamlField criteria = map.required("criteria");
            if (readListField(criteria, m_context)) {
                if (criteria.isEmpty() || criteria.value.size() == 0) {
                    m_context.warning(criteria.keyNode, QStringLiteral("%1 has no criteria").arg(map.what()));
                } else {
                    for (const YAML::Node &criterionNode : criteria.value) {
                        Criterion criterion;
                        if (readCriterion(criterionNode, criterion))
                            dimension.criteria.push_back(criterion);
                    }
                }
            }
            map.reportUnknownKeys();
            framework.dimensions.push_back(dimension);
        }
    }

    bool readCriterion(const YAML::Node &node, Criterion &criterion)
    {
        YamlMapping map(node, m_context, QStringLiteral("a criterion"));
        if (!map.isMapping())
            return false;
        const YamlField id = map.required("id");
        if (readId(id, m_context, criterion.id)) {
            map.setWhat(QStringLiteral("criterion '%1'").arg(criterion.id));
            m_criterionIds.add(criterion.id, id.valueMark(), m_context, QStringLiteral("criterion id"));
        }
        readLocalizedText(map.required("title"), m_context, criterion.title);
        readLocalizedText(map.required("question"), m_context, criterion.question);
        readLocalizedText(map.field("guidance"), m_context, criterion.guidance);
        readPositiveNumber(map.field("weight"), m_context, criterion.weight);
        readCritical(map.field("critical"), criterion);
        readRubric(map.required("rubric"), criterion);
        readLocalizedText(map.field("evidence"), m_context, criterion.evidence);
        readReferences(map.field("references"), criterion);
        readReplaces(map.field("replaces"), criterion);
        map.reportUnknownKeys();
        return true;
    }

    void readCritical(const YamlField &field, Criterion &criterion)
    {
        YamlMapping map(field, m_context, QStringLiteral("'critical'"));
        if (!map.isMapping())
            return;
        CriticalRule rule;
        bool ok = true;
        const YamlField below = map.required("below");
        if (readInteger(below, m_context, rule.below)) {
            if (m_scaleKnown && (rule.below <= m_scale->minLevel() || rule.below > m_scale->maxLevel())) {
                m_context.error(below.valueMark(),
                                QStringLiteral("critical threshold %1 is outside the scale: 'below' must be "
                                               "between %2 and %3")
                                    .arg(rule.below)
                                    .arg(m_scale->minLevel() + 1)
                                    .arg(m_scale->maxLevel()));
                ok = false;
            }
        } else {
            ok = false;
        }
        const YamlField cap = map.field("cap");
        double capPercent = 0;
        if (readNumber(cap, m_context, capPercent)) {
            if (capPercent < 0 || capPercent > 100) {
                m_context.error(cap.valueMark(), QStringLiteral("'cap' is a percentage and must be between 0 "
                                                                "and 100, not %1")
                                                     .arg(capPercent));
                ok = false;
            } else if (m_kind == FrameworkKind::Gates) {
                // Gates have no score to cap; say so rather than keep a rule that does nothing.
                m_context.warning(cap.keyNode, QStringLiteral("'cap' has no effect in a gate framework: gates are "
                                                              "counted, never averaged; it is ignored"));
            } else {
                rule.capPercent = capPercent;
            }
        }
        map.reportUnknownKeys();
        if (ok)
            criterion.critical = rule;
    }

    void readRubric(const YamlField &field, Criterion &criterion)
    {
        YamlMapping map(field, m_context, criterion.id.isEmpty() ? QStringLiteral("the rubric")
                                                                 : QStringLiteral("the rubric of '%1'").arg(criterion.id));
        if (!map.isMapping())
            return;
        const int errorsBefore = m_context.diagnostics().errorCount();
        for (const YamlField &entry : map.all()) {
            const std::optional<int> level = plainInteger(entry.keyNode);
            if (!level) {
                m_context.error(entry.keyNode, QStringLiteral("rubric level '%1' must be a whole number "
                                                              "from the scale")
                                                   .arg(entry.key));
                continue;
            }
            if (m_scaleKnown && !m_scale->contains(*level)) {
                m_context.error(entry.keyNode, QStringLiteral("rubric level %1 is not on the scale (%2)")
                                                   .arg(*level)
                                                   .arg(describeScaleRange(*m_scale)));
                continue;
            }
            LocalizedText text;
            if (readLocalizedText(entry, m_context, text))
                criterion.rubric[*level] = text;
        }
        if (map.all().empty()) {
            m_context.error(field.valueMark(), QStringLiteral("%1 is empty; describe each level of the scale")
                                                   .arg(map.what()));
            return;
        }
        if (!m_scaleKnown || m_context.diagnostics().errorCount() != errorsBefore)
            return;
        QStringList missing;
        for (const ScaleLevel &level : m_scale->levels) {
            if (criterion.rubric.find(level.value) == criterion.rubric.end())
                missing << QString::number(level.value);
        }
        if (!missing.isEmpty() && missing.size() < int(m_scale->levels.size())) {
            m_context.warning(field.keyNode, QStringLiteral("%1 does not describe level %2")
                                                 .arg(map.what(), missing.join(QStringLiteral(", "))));
        }
    }

    void readReferences(const YamlField &field, Criterion &criterion)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        for (const YAML::Node &item : field.value) {
            YamlMapping map(item, m_context, QStringLiteral("a reference"));
            if (!map.isMapping())
                continue;
            Reference reference;
            for (const YamlField &entry : map.all()) {
                QString value;
                if (readText(entry, m_context, value))
                    reference.fields.emplace_back(entry.key, value);
            }
            if (map.all().empty()) {
                m_context.error(item, QStringLiteral("a reference needs at least one key: value pair, "
                                                     "e.g. {url: \"https://...\"}"));
                continue;
            }
            criterion.references.push_back(reference);
        }
    }

    void readReplaces(const YamlField &field, Criterion &criterion)
    {
        QStringList ids;
        if (!readTextList(field, m_context, ids))
            return;
        int index = 0;
        for (const QString &id : ids) {
            if (!isValidId(id)) {
                m_context.error(field.value[size_t(index)], QStringLiteral("'%1' in 'replaces' is not a valid id")
                                                                .arg(id));
            } else {
                criterion.replaces << id;
            }
            ++index;
        }
    }

    void readChangelog(const YamlField &field, Framework &framework)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        for (const YAML::Node &item : field.value) {
            YamlMapping map(item, m_context, QStringLiteral("a changelog entry"));
            if (!map.isMapping())
                continue;
            ChangelogEntry entry;
            readVersion(map.required("version"), m_context, entry.version);
            const YamlField date = map.required("date");
            readDate(date, m_context, entry.date);
            readLocalizedText(map.required("summary"), m_context, entry.summary);
            map.reportUnknownKeys();
            framework.changelog.push_back(entry);
        }
    }

    YamlContext &m_context;
    // The scale of the framework being built; rubrics and critical rules are
    // checked against it, so it is read before the dimensions.
    const Scale *m_scale = nullptr;
    bool m_scaleKnown = false;
    FrameworkKind m_kind = FrameworkKind::Graded;
    IdRegistry m_criterionIds;
};

} // namespace

QString describeScaleRange(const Scale &scale)
{
    if (scale.levels.empty())
        return QStringLiteral("empty");
    bool contiguous = true;
    for (size_t i = 1; i < scale.levels.size(); ++i)
        contiguous = contiguous && scale.levels[i].value == scale.levels[i - 1].value + 1;
    if (contiguous)
        return QStringLiteral("%1-%2").arg(scale.minLevel()).arg(scale.maxLevel());
    QStringList values;
    for (const ScaleLevel &level : scale.levels)
        values << QString::number(level.value);
    return values.join(QStringLiteral(", "));
}

std::optional<Framework> readFrameworkNode(const YAML::Node &node, YamlContext &context)
{
    FrameworkParser parser(context);
    return parser.read(node);
}

FrameworkReadResult readFrameworkText(const QByteArray &text, const QString &fileName)
{
    FrameworkReadResult result;
    YamlContext context(fileName, result.diagnostics);
    readYamlDocument(text, context, [&](const YAML::Node &root) { result.framework = readFrameworkNode(root, context); });
    return result;
}

FrameworkReadResult readFrameworkFile(const QString &path)
{
    FrameworkReadResult result;
    YamlContext context(path, result.diagnostics);
    QByteArray text;
    if (!readYamlFile(path, context, text))
        return result;
    return readFrameworkText(text, path);
}

} // namespace dpi
