#include "frameworkreader.h"

#include "frameworkvalidator.h"
#include "yamlcontext.h"
#include "yamlframework.h"
#include "yamlmapping.h"
#include "yamlsafeload.h"
#include "yamlvalues.h"

#include <yaml-cpp/yaml.h>

namespace dpi {

namespace {

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
        m_positions.file = m_context.fileName();
        readSchema(root.required("schema"));
        readId(root.required("id"), framework.id, m_positions.id);
        readPlain(root.required("version"), framework.version, m_positions.version);
        readLocalized(root.required("title"), framework.title, m_positions.title);
        readLocalizedText(root.field("description"), m_context, framework.description);
        readTextList(root.field("authors"), m_context, framework.authors);
        readText(root.field("licence"), m_context, framework.licence);
        readPlain(root.field("derived_from"), framework.derivedFrom, m_positions.derivedFrom);
        readSources(root.field("sources"), framework);
        readKind(root.field("kind"), framework);
        readScale(root.required("scale"), framework.scale);
        readDimensions(root.required("dimensions"), framework);
        readChangelog(root.field("changelog"), framework);
        root.reportUnknownKeys();
        validateFramework(framework, m_positions, m_context.diagnostics());
        return framework;
    }

private:
    // The reader checks the form of each value (text, number, list, mapping);
    // what the values must satisfy is validateFramework()'s, given where each
    // value read was written.
    TextPosition at(const YAML::Mark &mark) const { return m_context.position(mark); }

    bool readPlain(const YamlField &field, QString &out, TextPosition &position)
    {
        if (!readText(field, m_context, out))
            return false;
        position = at(field.valueMark());
        return true;
    }

    // An id; names the mapping in later messages once it is a valid one.
    bool readId(const YamlField &field, QString &out, TextPosition &position, YamlMapping *map = nullptr,
                const char *kind = nullptr)
    {
        if (!readPlain(field, out, position))
            return false;
        if (map && isValidId(out))
            map->setWhat(QStringLiteral("%1 '%2'").arg(QLatin1String(kind), out));
        return true;
    }

    void readLocalized(const YamlField &field, LocalizedText &out, TextPosition &position)
    {
        if (readLocalizedText(field, m_context, out))
            position = at(field.valueMark());
    }

    void readWeight(const YamlField &field, double &out, TextPosition &position)
    {
        if (readNumber(field, m_context, out))
            position = at(field.valueMark());
    }

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

    void readSources(const YamlField &field, Framework &framework)
    {
        if (!readListField(field, m_context) || field.isEmpty())
            return;
        for (const YAML::Node &item : field.value) {
            YamlMapping map(item, m_context, QStringLiteral("a source"));
            if (!map.isMapping())
                continue;
            Source source;
            FrameworkPositions::Source &where = m_positions.sources.emplace_back();
            readId(map.required("id"), source.id, where.id, &map, "source");
            readPlain(map.required("title"), source.title, where.title);
            readText(map.field("url"), m_context, source.url);
            readPlain(map.field("accessed"), source.accessed, where.accessed);
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
            bool everyItemKept = true;
            for (const YAML::Node &item : levels.value) {
                YamlMapping levelMap(item, m_context, QStringLiteral("a scale level"));
                if (!levelMap.isMapping()) {
                    everyItemKept = false;
                    continue;
                }
                ScaleLevel level;
                FrameworkPositions::Level where;
                const YamlField value = levelMap.required("value");
                const bool valueOk = readInteger(value, m_context, level.value);
                if (valueOk) {
                    levelMap.setWhat(QStringLiteral("scale level %1").arg(level.value));
                    where.value = at(value.valueMark());
                }
                readLocalized(levelMap.required("label"), level.label, where.label);
                readLocalizedText(levelMap.field("description"), m_context, level.description);
                levelMap.reportUnknownKeys();
                if (valueOk) {
                    scale.levels.push_back(level);
                    m_positions.levels.push_back(where);
                } else {
                    everyItemKept = false;
                }
            }
            // How many levels there are is only worth checking when every item became one.
            if (everyItemKept)
                m_positions.levelList = at(levels.valueMark());
        }
        map.reportUnknownKeys();
        m_positions.scaleClean = m_context.diagnostics().errorCount() == errorsBefore;
    }

    void readDimensions(const YamlField &field, Framework &framework)
    {
        if (!readListField(field, m_context))
            return;
        bool everyItemKept = true;
        for (const YAML::Node &item : field.value) {
            YamlMapping map(item, m_context, QStringLiteral("a dimension"));
            if (!map.isMapping()) {
                everyItemKept = false;
                continue;
            }
            Dimension dimension;
            FrameworkPositions::Dimension &where = m_positions.dimensions.emplace_back();
            readId(map.required("id"), dimension.id, where.id, &map, "dimension");
            readLocalized(map.required("title"), dimension.title, where.title);
            readLocalizedText(map.field("description"), m_context, dimension.description);
            readWeight(map.field("weight"), dimension.weight, where.weight);
            const YamlField criteria = map.required("criteria");
            if (readListField(criteria, m_context)) {
                bool everyCriterionKept = true;
                for (const YAML::Node &criterionNode : criteria.value) {
                    Criterion criterion;
                    FrameworkPositions::Criterion criterionWhere;
                    if (readCriterion(criterionNode, criterion, criterionWhere)) {
                        dimension.criteria.push_back(std::move(criterion));
                        where.criteria.push_back(std::move(criterionWhere));
                    } else {
                        everyCriterionKept = false;
                    }
                }
                if (everyCriterionKept)
                    where.criteriaKey = at(criteria.keyNode.Mark());
            }
            map.reportUnknownKeys();
            framework.dimensions.push_back(std::move(dimension));
        }
        if (everyItemKept)
            m_positions.dimensionList = at(field.valueMark());
    }

    bool readCriterion(const YAML::Node &node, Criterion &criterion, FrameworkPositions::Criterion &where)
    {
        YamlMapping map(node, m_context, QStringLiteral("a criterion"));
        if (!map.isMapping())
            return false;
        readId(map.required("id"), criterion.id, where.id, &map, "criterion");
        readLocalized(map.required("title"), criterion.title, where.title);
        readLocalized(map.required("question"), criterion.question, where.question);
        readLocalizedText(map.field("guidance"), m_context, criterion.guidance);
        readWeight(map.field("weight"), criterion.weight, where.weight);
        readCritical(map.field("critical"), criterion, where);
        readRubric(map.required("rubric"), criterion, where);
        readLocalizedText(map.field("evidence"), m_context, criterion.evidence);
        readReferences(map.field("references"), criterion, where);
        readReplaces(map.field("replaces"), criterion, where);
        map.reportUnknownKeys();
        return true;
    }

    void readCritical(const YamlField &field, Criterion &criterion, FrameworkPositions::Criterion &where)
    {
        YamlMapping map(field, m_context, QStringLiteral("'critical'"));
        if (!map.isMapping())
            return;
        CriticalRule rule;
        const YamlField below = map.required("below");
        const bool ok = readInteger(below, m_context, rule.below);
        if (ok)
            where.below = at(below.valueMark());
        const YamlField cap = map.field("cap");
        double capPercent = 0;
        if (readNumber(cap, m_context, capPercent)) {
            rule.capPercent = capPercent;
            where.cap = at(cap.valueMark());
        }
        map.reportUnknownKeys();
        if (ok)
            criterion.critical = rule;
    }

    void readRubric(const YamlField &field, Criterion &criterion, FrameworkPositions::Criterion &where)
    {
        YamlMapping map(field, m_context, isValidId(criterion.id) ? QStringLiteral("the rubric of '%1'").arg(criterion.id)
                                                                  : QStringLiteral("the rubric"));
        if (!map.isMapping())
            return;
        const int errorsBefore = m_context.diagnostics().errorCount();
        where.rubricLevels.reserve(map.all().size());
        for (const YamlField &entry : map.all()) {
            const std::optional<int> level = plainInteger(entry.keyNode);
            if (!level) {
                m_context.error(entry.keyNode, QStringLiteral("rubric level '%1' must be a whole number "
                                                              "from the scale")
                                                   .arg(entry.key));
                continue;
            }
            LocalizedText text;
            if (readLocalizedText(entry, m_context, text)) {
                criterion.rubric[*level] = text;
                where.rubricLevels.emplace_back(*level, at(entry.keyNode.Mark()));
            }
        }
        where.rubric = at(field.valueMark());
        where.rubricKey = at(field.keyNode.Mark());
        where.rubricClean = m_context.diagnostics().errorCount() == errorsBefore;
    }

    void readReferences(const YamlField &field, Criterion &criterion, FrameworkPositions::Criterion &where)
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
            // A reference whose every value was refused has its diagnostics already.
            if (!map.all().empty() && reference.fields.empty())
                continue;
            criterion.references.push_back(reference);
            where.references.push_back(at(item.Mark()));
        }
    }

    void readReplaces(const YamlField &field, Criterion &criterion, FrameworkPositions::Criterion &where)
    {
        QStringList ids;
        if (!readTextList(field, m_context, ids))
            return;
        criterion.replaces = ids;
        for (int index = 0; index < ids.size(); ++index)
            where.replaces.push_back(at(field.value[size_t(index)].Mark()));
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
            FrameworkPositions::ChangelogEntry &where = m_positions.changelog.emplace_back();
            readPlain(map.required("version"), entry.version, where.version);
            readPlain(map.required("date"), entry.date, where.date);
            readLocalized(map.required("summary"), entry.summary, where.summary);
            map.reportUnknownKeys();
            framework.changelog.push_back(entry);
        }
    }

    YamlContext &m_context;
    FrameworkPositions m_positions;
};

} // namespace

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
