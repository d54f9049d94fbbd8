#include "templatedatareader.h"

#include "yamlcontext.h"
#include "yamlmapping.h"
#include "yamlsafeload.h"
#include "yamlvalues.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace dpi {

namespace {

// A list of ISO 3166-1 alpha-2 codes, e.g. [KG].
void readCountries(const YamlField &field, YamlContext &context, QStringList &out)
{
    QStringList codes;
    if (!readTextList(field, context, codes))
        return;
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    for (const QString &country : std::as_const(codes)) {
        if (!code.match(country).hasMatch()) {
            context.error(field.valueMark(), QStringLiteral("'%1' is not a country code (two capital letters, e.g. KG)").arg(country));
            return;
        }
    }
    out = codes;
}

YamlField fieldOf(const char *key, const YAML::Node &node)
{
    YamlField field;
    field.key = QString::fromLatin1(key);
    field.value = node;
    field.keyNode = node;
    field.present = true;
    return field;
}

} // namespace

std::vector<TemplateSource> readTemplateSources(const YAML::Node &list, YamlContext &context)
{
    std::vector<TemplateSource> sources;
    if (!readListField(fieldOf("sources", list), context) || list.IsNull())
        return sources;
    QSet<QString> ids;
    for (const YAML::Node &item : list) {
        YamlMapping map(item, context, QStringLiteral("a template source"));
        if (!map.isMapping())
            continue;
        TemplateSource source;
        const int errorsBefore = context.diagnostics().errorCount();
        const YamlField id = map.required("id");
        if (readId(id, context, source.id)) {
            map.setWhat(QStringLiteral("source '%1'").arg(source.id));
            if (ids.contains(source.id))
                context.error(id.valueMark(), QStringLiteral("duplicate source id '%1'").arg(source.id));
            ids.insert(source.id);
        }
        readLocalizedText(map.required("title"), context, source.title);
        readText(map.field("url"), context, source.url);
        readDate(map.field("accessed"), context, source.accessed);
        readCountries(map.field("countries"), context, source.countries);
        map.reportUnknownKeys();
        if (context.diagnostics().errorCount() == errorsBefore)
            sources.push_back(source);
    }
    return sources;
}

std::optional<std::vector<GlossaryTerm>> readGlossaryFile(const QString &path, const QStringList &knownSources,
                                                          Diagnostics &diagnostics)
{
    YamlContext context(path, diagnostics);
    QByteArray text;
    if (!readYamlFile(path, context, text))
        return std::nullopt;
    const int errorsBefore = diagnostics.errorCount();
    std::vector<GlossaryTerm> terms;
    readYamlDocument(text, context, [&](const YAML::Node &root) {
        YamlMapping file(root, context, QStringLiteral("the glossary"));
        if (!file.isMapping())
            return;
        QString schema;
        const YamlField schemaField = file.required("schema");
        if (readNonEmptyText(schemaField, context, schema) && schema != kGlossarySchema)
            context.error(schemaField.valueMark(), QStringLiteral("unsupported schema '%1' (expected %2)").arg(schema, kGlossarySchema));
        const YamlField list = file.required("terms");
        if (readListField(list, context) && !list.isEmpty()) {
            QSet<QString> ids;
            for (const YAML::Node &item : list.value) {
                YamlMapping map(item, context, QStringLiteral("a glossary term"));
                if (!map.isMapping())
                    continue;
                GlossaryTerm term;
                const YamlField id = map.required("id");
                if (readId(id, context, term.id)) {
                    map.setWhat(QStringLiteral("term '%1'").arg(term.id));
                    if (ids.contains(term.id))
                        context.error(id.valueMark(), QStringLiteral("duplicate term id '%1'").arg(term.id));
                    ids.insert(term.id);
                }
                readLocalizedText(map.required("term"), context, term.term);
                readLocalizedText(map.required("definition"), context, term.definition);
                const YamlField cited = map.field("sources");
                if (readTextList(cited, context, term.sources)) {
                    for (const QString &source : std::as_const(term.sources)) {
                        if (!knownSources.contains(source))
                            context.error(cited.valueMark(), QStringLiteral("source '%1' is not among the manifest's sources").arg(source));
                    }
                }
                readCountries(map.field("countries"), context, term.countries);
                map.reportUnknownKeys();
                terms.push_back(term);
            }
        }
        file.reportUnknownKeys();
    });
    if (diagnostics.errorCount() > errorsBefore)
        return std::nullopt;
    return terms;
}

} // namespace dpi
