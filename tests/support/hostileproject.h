#pragma once

#include "hostiletext.h"
#include "testpaths.h"

#include "owmreader.h"
#include "projectreader.h"
#include "wardleymap.h"
#include "yamlwriter.h"

#include <QString>

// A map and a project whose every text an export writes is hostile, for the
// escaping tests of each export path (dpiw, the app, the report).
namespace dpitest {

// Nine components named by hostileTexts(), a link, a note and an annotation
// carrying hostile text too, under `title`.
inline dpi::WardleyMap hostileMap(const QString &title)
{
    dpi::WardleyMap map = dpi::parseOwm(QStringLiteral("title placeholder\n"
                                                       "anchor C0 [0.95, 0.5]\n"
                                                       "component C1 [0.85, 0.2]\ncomponent C2 [0.75, 0.35]\n"
                                                       "component C3 [0.65, 0.5]\ncomponent C4 [0.55, 0.65]\n"
                                                       "component C5 [0.45, 0.8]\ncomponent C6 [0.35, 0.2]\n"
                                                       "component C7 [0.25, 0.4]\ncomponent C8 [0.15, 0.6]\n"
                                                       "C0->C1; context\nC1->C2\nevolve C3 0.8\n"
                                                       "note a note [0.2, 0.1]\n"
                                                       "annotation 1 [0.3, 0.7] an annotation\nannotations [0.7, 0.02]\n"),
                                        QStringLiteral("hostile.owm"))
                              .map;
    map.id = QStringLiteral("hostile");
    map.title = dpi::LocalizedText(title);
    const QStringList texts = hostileTexts();
    for (qsizetype i = 0; i < texts.size() && i < qsizetype(map.components.size()); ++i)
        map.renameComponent(map.components[size_t(i)].id, texts[i]);
    map.notes.front().text = texts[1] + QLatin1Char('\n') + texts[4];
    map.annotations.front().text = scriptTitle() + QLatin1Char('\n') + texts[1];
    map.links.front().context = texts[2] + QLatin1Char('\n') + texts[4];
    return map;
}

// The title a map export must not let start a new OWM statement.
inline QString injectingTitle()
{
    return scriptTitle() + QStringLiteral("\ncomponent Injected [0.5, 0.5]");
}

// A sector title that a spreadsheet would run as a formula.
inline QString formulaTitle()
{
    return QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")");
}

// A sector title for JSON: quotes, backslashes, controls, a line break.
inline QString jsonHostileTitle()
{
    return QStringLiteral("\"quoted\" back\\slash </script>\nnext") + QChar(0x01) + QChar(0x1F) + QStringLiteral("\u2028end");
}

// tests/data/valid/mini.dpi.yaml with a hostile project title, team, sector
// titles (first formulaTitle(), second jsonHostileTitle()) and the
// hostileMap() under injectingTitle(), saved at `path`.
inline bool writeHostileProject(const QString &path, QString *error)
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    if (!read.ok()) {
        *error = read.diagnostics.toString();
        return false;
    }
    dpi::Project project = *read.project;
    project.metadata.title = dpi::LocalizedText(hostileProjectTitle());
    project.metadata.team = {scriptTitle(), QStringLiteral("R&D \"team\" <b>") + controlCharacters()};
    project.sectors.front().title = dpi::LocalizedText(formulaTitle());
    if (project.sectors.size() > 1)
        project.sectors[1].title = dpi::LocalizedText(jsonHostileTitle());
    project.maps.push_back(hostileMap(injectingTitle()));
    return dpi::saveProject(project, path, error);
}

} // namespace dpitest
