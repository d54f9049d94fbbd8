#include "yamllinenumberarea.h"

#include "yamltexteditor.h"

namespace dpi {

YamlLineNumberArea::YamlLineNumberArea(YamlTextEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("yamlLineNumbers"));
}

QSize YamlLineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void YamlLineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumberArea(event);
}

} // namespace dpi
