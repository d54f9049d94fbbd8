#pragma once

#include <QWidget>

namespace dpi {

class FrameworkDocument;

/**
 * The "Structure" tab of the framework editor: the tree of dimensions and
 * criteria, the form of the selected element, and a preview of a criterion as
 * analysts see it while scoring. Edits go through the frameworkedit:: verbs.
 */
class FrameworkStructureEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkStructureEditor(FrameworkDocument *document, QWidget *parent = nullptr);

private:
    FrameworkDocument *const m_document;
};

} // namespace dpi
