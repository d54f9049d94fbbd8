#include "commandmap.h"

#include "cliio.h"

#include "mapcomparison.h"
#include "mapexport.h"
#include "mapidentity.h"
#include "mapscorecolours.h"
#include "owmfile.h"
#include "owmwriter.h"
#include "projectreader.h"
#include "scoring.h"
#include "yamlwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <map>
#include <optional>

namespace dpicli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dpiw", text);
}

QString mapUsage()
{
    return tr("Usage: dpiw map SUBCOMMAND [OPTIONS]\n\n"
              "Wardley maps (OnlineWardleyMaps text format).\n\nSubcommands:\n"
              "  render MAP.owm -o OUT.svg|OUT.png [--width PX]\n"
              "                 draw a map straight from its text\n"
              "  import MAP.owm --into PROJECT [--id ID]\n"
              "                 add the map to a project, or replace the map with that id\n"
              "  export PROJECT --map ID -o OUT.svg|OUT.png|OUT.owm [--width PX] [--scores SECTOR]\n"
              "                 draw or write one of a project's maps\n"
              "  list PROJECT   print the ids and titles of a project's maps\n"
              "  diff OLD.owm NEW.owm -o OUT.svg|OUT.png [--rename OLD=NEW]... [--width PX]\n"
              "                 draw the newer map with what moved, appeared and went since the older\n\n"
              "Run 'dpiw map SUBCOMMAND --help' for details.\n"
              "Exit status: 0 success, 1 errors found, 2 bad usage.\n");
}

// Parses the subcommand's options; returns an exit code when it is done already.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &name)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        writeErr(QStringLiteral("dpiw map %1: %2\n").arg(name, parser.errorText()));
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return Ok;
    }
    return std::nullopt;
}

std::optional<int> widthOption(const QCommandLineParser &parser, const QString &name, int *width)
{
    *width = 0;
    if (!parser.isSet(QStringLiteral("width")))
        return std::nullopt;
    bool ok = false;
    *width = parser.value(QStringLiteral("width")).toInt(&ok);
    if (!ok || *width < 16 || *width > 20000) {
        writeErr(QStringLiteral("dpiw map %1: --width must be a number of pixels between 16 and 20000\n").arg(name));
        return BadUsage;
    }
    return std::nullopt;
}

// Reads and parses an OWM file; prints its diagnostics. Empty on a read failure.
std::optional<dpi::OwmParseResult> readOwmFile(const QString &path)
{
    dpi::Diagnostics readErrors;
    std::optional<dpi::OwmParseResult> result = dpi::readOwmFile(path, &readErrors);
    writeErr(result ? result->diagnostics.toString() : readErrors.toString());
    return result;
}

std::optional<dpi::Project> readProject(const QString &path)
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(path);
    writeErr(read.diagnostics.toString());
    if (!read.ok())
        return std::nullopt;
    return read.project;
}

bool writeImageOrText(const dpi::WardleyMap &map, const dpi::MapPaintOptions &options, int width, const QString &out,
                      const QString &name)
{
    const QString suffix = QFileInfo(out).suffix().toLower();
    QString error;
    if (suffix == QLatin1String("owm") || suffix == QLatin1String("wm") || suffix == QLatin1String("txt")) {
        const QString text = dpi::writeOwm(map);
        QSaveFile file(out);
        const QByteArray data = text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            writeErr(QStringLiteral("dpiw map %1: cannot write %2: %3\n").arg(name, out, file.errorString()));
            return false;
        }
        return true;
    }
    if (!dpi::exportMapImage(map, options, width, out, &error)) {
        writeErr(QStringLiteral("dpiw map %1: %2\n").arg(name, error));
        return false;
    }
    return true;
}

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draws a Wardley map from its OnlineWardleyMaps text as SVG (vector, text as text) or PNG.\n"
           "Diagnostics go to stderr as FILE:LINE:COL. Exit status: 0 ok, 1 the map has errors, 2 bad usage."));
    parser.addPositionalArgument(QStringLiteral("MAP"), tr("The map text (*.owm)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Output file: .svg or .png."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("width"), tr("PNG width in pixels (height follows the map's aspect ratio)."),
                      QStringLiteral("PX")});
    if (const auto done = parseOrExit(parser, args, QStringLiteral("render")))
        return *done;
    int width = 0;
    if (const auto done = widthOption(parser, QStringLiteral("render"), &width))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString out = parser.value(QStringLiteral("output"));
    if (positional.size() != 1 || out.isEmpty()) {
        writeErr(QStringLiteral("dpiw map render: expected MAP and -o OUT (see dpiw map render --help)\n"));
        return BadUsage;
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png")) {
        writeErr(QStringLiteral("dpiw map render: %1: use a .svg or .png output\n").arg(out));
        return BadUsage;
    }
    const auto parsed = readOwmFile(positional.front());
    if (!parsed || parsed->diagnostics.hasErrors())
        return Failed;
    return writeImageOrText(parsed->map, dpi::MapPaintOptions(), width, out, QStringLiteral("render")) ? Ok : Failed;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a map written in OnlineWardleyMaps text to a project, or replaces the project's map with\n"
           "the same id (components keep their linked criteria when their names are unchanged).\n"
           "The project is saved atomically. Exit status: 0 ok, 1 errors, 2 bad usage."));
    parser.addPositionalArgument(QStringLiteral("MAP"), tr("The map text (*.owm)."));
    parser.addOption({QStringLiteral("into"), tr("The project (*.dpi.yaml) to add the map to."), QStringLiteral("PROJECT")});
    parser.addOption({QStringLiteral("id"), tr("Id of the map in the project (default: from the file name)."),
                      QStringLiteral("ID")});
    if (const auto done = parseOrExit(parser, args, QStringLiteral("import")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString projectPath = parser.value(QStringLiteral("into"));
    if (positional.size() != 1 || projectPath.isEmpty()) {
        writeErr(QStringLiteral("dpiw map import: expected MAP and --into PROJECT (see dpiw map import --help)\n"));
        return BadUsage;
    }
    QString id = parser.value(QStringLiteral("id"));
    if (id.isEmpty())
        id = dpi::wardleySlug(QFileInfo(positional.front()).completeBaseName());
    if (id.isEmpty() || dpi::wardleySlug(id) != id) {
        writeErr(QStringLiteral("dpiw map import: '%1' is not a usable id (lower-case letters, digits and '-')\n").arg(id));
        return BadUsage;
    }

    auto parsed = readOwmFile(positional.front());
    if (!parsed || parsed->diagnostics.hasErrors())
        return Failed;
    auto project = readProject(projectPath);
    if (!project)
        return Failed;

    dpi::WardleyMap map = parsed->map;
    map.id = id;
    bool replaced = false;
    for (dpi::WardleyMap &existing : project->maps) {
        if (existing.id != id)
            continue;
        dpi::carryOverIdentity(existing, map);
        existing = map;
        replaced = true;
        break;
    }
    if (!replaced)
        project->maps.push_back(map);
    QString error;
    if (!dpi::saveProject(*project, projectPath, &error)) {
        writeErr(QStringLiteral("dpiw map import: %1\n").arg(error));
        return Failed;
    }
    writeOut(QStringLiteral("%1 map '%2' (%3 components, %4 links) in %5\n")
                 .arg(replaced ? QStringLiteral("replaced") : QStringLiteral("added"), id)
                 .arg(map.components.size())
                 .arg(map.links.size())
                 .arg(projectPath));
    return Ok;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes one of a project's maps as SVG, PNG or OnlineWardleyMaps text (.owm).\n"
           "With --scores SECTOR, components linked to criteria are coloured by that sector's scores.\n"
           "Exit status: 0 ok, 1 errors, 2 bad usage."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project (*.dpi.yaml)."));
    parser.addOption({QStringLiteral("map"), tr("Id of the map (see dpiw map list)."), QStringLiteral("ID")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Output file: .svg, .png or .owm."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("width"), tr("PNG width in pixels."), QStringLiteral("PX")});
    parser.addOption({QStringLiteral("scores"), tr("Colour components by this sector's scores."), QStringLiteral("SECTOR")});
    if (const auto done = parseOrExit(parser, args, QStringLiteral("export")))
        return *done;
    int width = 0;
    if (const auto done = widthOption(parser, QStringLiteral("export"), &width))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString mapId = parser.value(QStringLiteral("map"));
    const QString out = parser.value(QStringLiteral("output"));
    if (positional.size() != 1 || mapId.isEmpty() || out.isEmpty()) {
        writeErr(QStringLiteral("dpiw map export: expected PROJECT, --map ID and -o OUT (see dpiw map export --help)\n"));
        return BadUsage;
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png") && suffix != QLatin1String("owm")) {
        writeErr(QStringLiteral("dpiw map export: %1: use a .svg, .png or .owm output\n").arg(out));
        return BadUsage;
    }
    const auto project = readProject(positional.front());
    if (!project)
        return Failed;
    const dpi::WardleyMap *map = nullptr;
    for (const dpi::WardleyMap &candidate : project->maps) {
        if (candidate.id == mapId)
            map = &candidate;
    }
    if (!map) {
        QStringList ids;
        for (const dpi::WardleyMap &candidate : project->maps)
            ids << candidate.id;
        writeErr(QStringLiteral("dpiw map export: no map '%1' in %2 (maps: %3)\n")
                     .arg(mapId, positional.front(), ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "))));
        return Failed;
    }
    dpi::MapPaintOptions options;
    if (parser.isSet(QStringLiteral("scores"))) {
        const QString sector = parser.value(QStringLiteral("scores"));
        if (!project->findSector(sector)) {
            writeErr(QStringLiteral("dpiw map export: no sector '%1' in %2\n").arg(sector, positional.front()));
            return Failed;
        }
        dpi::applyMapScores(options, *project, dpi::scoreProject(*project), sector, *map);
    }
    return writeImageOrText(*map, options, width, out, QStringLiteral("export")) ? Ok : Failed;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the id, title and size of each map in a project."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project (*.dpi.yaml)."));
    if (const auto done = parseOrExit(parser, args, QStringLiteral("list")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        writeErr(QStringLiteral("dpiw map list: expected exactly one PROJECT\n"));
        return BadUsage;
    }
    const auto project = readProject(parser.positionalArguments().front());
    if (!project)
        return Failed;
    for (const dpi::WardleyMap &map : project->maps)
        writeOut(QStringLiteral("%1\t%2\t%3 components\n").arg(map.id, map.effectiveTitle()).arg(map.components.size()));
    return Ok;
}

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draws the newer version of a map with what changed since the older one: components that\n"
           "moved along evolution or visibility get an arrow from their old position, new ones a ring,\n"
           "removed ones a crossed ghost. Components are matched by name; --rename OLD=NEW matches a\n"
           "renamed one. Prints one line per change.\n"
           "Exit status: 0 no changes, 1 changes found, 2 bad usage or unreadable maps."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The earlier map text (*.owm)."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The later map text (*.owm)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Output file: .svg or .png."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("rename"), tr("A component renamed between the versions (repeatable)."),
                      QStringLiteral("OLD=NEW")});
    parser.addOption({QStringLiteral("width"), tr("PNG width in pixels."), QStringLiteral("PX")});
    if (const auto done = parseOrExit(parser, args, QStringLiteral("diff")))
        return *done;
    int width = 0;
    if (const auto done = widthOption(parser, QStringLiteral("diff"), &width))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString out = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (positional.size() != 2 || (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))) {
        writeErr(QStringLiteral("dpiw map diff: expected OLD NEW and -o OUT.svg|OUT.png (see dpiw map diff --help)\n"));
        return BadUsage;
    }
    std::map<QString, QString> renames;
    for (const QString &rename : parser.values(QStringLiteral("rename"))) {
        const int equals = rename.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == rename.size() - 1) {
            writeErr(QStringLiteral("dpiw map diff: --rename expects OLD=NEW, got '%1'\n").arg(rename));
            return BadUsage;
        }
        renames[rename.left(equals)] = rename.mid(equals + 1);
    }
    const auto before = readOwmFile(positional[0]);
    const auto after = readOwmFile(positional[1]);
    if (!before || !after || before->diagnostics.hasErrors() || after->diagnostics.hasErrors())
        return BadUsage;

    dpi::MapPaintOptions options;
    options.changes = dpi::compareMaps(before->map, after->map, renames);
    const dpi::MapComparison &changes = *options.changes;
    QString summary;
    for (const dpi::MapMovement &movement : changes.moved) {
        const QString renamed = movement.oldName != movement.name ? QStringLiteral(" (was %1)").arg(movement.oldName) : QString();
        summary += QStringLiteral("moved %1%2: [%3, %4] -> [%5, %6]\n")
                       .arg(movement.name, renamed)
                       .arg(movement.before.visibility).arg(movement.before.maturity)
                       .arg(movement.after.visibility).arg(movement.after.maturity);
    }
    for (const QString &name : changes.added)
        summary += QStringLiteral("added %1\n").arg(name);
    for (const dpi::MapRemoval &removal : changes.removed)
        summary += QStringLiteral("removed %1\n").arg(removal.name);
    writeOut(summary.isEmpty() ? QStringLiteral("no changes\n") : summary);
    if (!writeImageOrText(after->map, options, width, out, QStringLiteral("diff")))
        return BadUsage;
    return changes.isEqual() ? Ok : Failed;
}

} // namespace

int runMap(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        writeOut(mapUsage());
        return sub.isEmpty() ? BadUsage : Ok;
    }
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("render"))
        return runRender(rest);
    if (sub == QLatin1String("import"))
        return runImport(rest);
    if (sub == QLatin1String("export"))
        return runExport(rest);
    if (sub == QLatin1String("list"))
        return runList(rest);
    if (sub == QLatin1String("diff"))
        return runDiff(rest);
    writeErr(QStringLiteral("dpiw map: unknown subcommand '%1'\n\n").arg(sub) + mapUsage());
    return BadUsage;
}

} // namespace dpicli
