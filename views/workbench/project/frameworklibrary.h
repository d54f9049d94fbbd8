#pragma once

#include "diagnostic.h"
#include "framework.h"

#include <QString>

#include <vector>

namespace dpi {

/** A framework file the workbench knows about. */
struct LibraryFramework
{
    QString path;
    Framework framework;
};

/**
 * The frameworks a new project can use: the bundled ones
 * (bundleddata::assessmentsFolder()) and any framework file the user opens.
 */
class FrameworkLibrary
{
public:
    /** Reads every *.framework.yaml in `directory`; problems go to `diagnostics`. */
    void loadDirectory(const QString &directory, Diagnostics *diagnostics);
    /** Reads one file; a good framework replaces one with the same id@version. */
    bool loadFile(const QString &path, Diagnostics *diagnostics);

    const std::vector<LibraryFramework> &frameworks() const { return m_frameworks; }
    const LibraryFramework *find(const QString &frameworkId) const;

private:
    std::vector<LibraryFramework> m_frameworks;
};

} // namespace dpi
