#include "wardleymapyaml.h"

#include "yamlcontext.h"

#include <yaml-cpp/yaml.h>

namespace dpi {

// Placeholder form until the structured map model lands: id, title, OWM text.
bool readWardleyMapYaml(const YAML::Node &node, YamlContext &context, WardleyMap &map)
{
    if (!node.IsMap()) {
        context.error(node, QStringLiteral("a map entry must be a mapping"));
        return false;
    }
    if (node["id"])
        map.id = QString::fromStdString(node["id"].as<std::string>(""));
    if (node["title"] && node["title"].IsScalar())
        map.title = LocalizedText(QString::fromStdString(node["title"].as<std::string>("")));
    return true;
}

void writeWardleyMapYaml(YAML::Emitter &out, const WardleyMap &map)
{
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << map.id.toStdString();
    out << YAML::Key << "title" << YAML::Value << map.title.text().toStdString();
    out << YAML::EndMap;
}

} // namespace dpi
