#pragma once

#include <QString>

class QWidget;

namespace dpi {

class Document;

/**
 * What the framework and template editors see of the application that
 * opens them, so that they are libraries of their own and never include the
 * main window: the window they belong to, the open project and the bundled
 * framework files. The main window implements it.
 */
class EditorHost
{
public:
    virtual ~EditorHost();

    /** The window the editors' top-level windows are children of (closed with it). */
    virtual QWidget *hostWindow() = 0;
    /** The open project: the template editor previews it, the framework editor lists its frameworks. */
    virtual Document *hostDocument() const = 0;
    /**
     * The bundled file of framework `id` at `version`, or an empty string
     * when there is none (the editor then opens the project's embedded copy).
     */
    virtual QString bundledFrameworkFile(const QString &id, const QString &version) const = 0;
};

} // namespace dpi
