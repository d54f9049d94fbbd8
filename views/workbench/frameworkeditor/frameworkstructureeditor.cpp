#include "frameworkstructureeditor.h"

namespace dpi {

FrameworkStructureEditor::FrameworkStructureEditor(FrameworkDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
}

} // namespace dpi
