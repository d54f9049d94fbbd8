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
 * The frameworks a new project can use: the bundled ones in assessments/
 * (found next to the executable or in the source tree it was built from)
 * and any framework file the user opens.
 */
class FrameworkLibrary
{
public:
    /**
     * The bundled assessments/ folder: searched upwards from the executable's
     * folder, then in share/dpi-workbench/ of the install prefix. Empty when
     * none is found.
     */
    static QString findBundledDirectory();

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
