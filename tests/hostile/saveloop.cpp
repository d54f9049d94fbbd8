#include "saveloop.h"

#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <cstdio>
#include <cstdlib>

namespace dpitest {

dpi::Project largeProject(int variant, int sectors)
{
    const dpi::ProjectReadResult mini = dpi::readProjectFile(dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    if (!mini.ok()) {
        std::fprintf(stderr, "cannot read mini.dpi.yaml: %s\n", qPrintable(mini.diagnostics.toString()));
        std::abort();
    }
    dpi::Project project = *mini.project;
    project.metadata.title = dpi::LocalizedText(QStringLiteral("Large project, variant %1").arg(variant));
    const std::vector<dpi::Sector> templates = project.sectors;
    project.sectors.clear();
    const QString filler = QStringLiteral("Evidence text long enough to make the file large; ").repeated(8);
    for (int i = 0; i < sectors; ++i) {
        dpi::Sector sector = templates[std::size_t(i) % templates.size()];
        sector.id = QStringLiteral("sector-%1").arg(i);
        for (auto &framework : sector.scores) {
            for (auto &entry : framework.second) {
                dpi::Score &score = entry.second;
                if (score.level)
                    score.level = (*score.level + variant + i) % 5;
                score.notes = QStringLiteral("Variant %1, sector %2. ").arg(variant).arg(i) + filler;
            }
        }
        project.sectors.push_back(std::move(sector));
    }
    return project;
}

int runSaveLoop(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s --save-loop PATH SECTORS\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[2]);
    const int sectors = std::atoi(argv[3]);
    const dpi::Project variants[2] = {largeProject(1, sectors), largeProject(2, sectors)};
    for (long n = 0;; ++n) {
        QString error;
        if (!dpi::saveProject(variants[n % 2], path, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %ld\n", n);
        std::fflush(stdout);
    }
}

} // namespace dpitest
