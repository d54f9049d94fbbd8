#pragma once

#include <QWidget>

namespace dpi {

class YamlTextEditor;

/** The gutter left of the YAML editor: line numbers and a mark on lines with problems. */
class YamlLineNumberArea : public QWidget
{
    Q_OBJECT

public:
    explicit YamlLineNumberArea(YamlTextEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    YamlTextEditor *const m_editor;
};

} // namespace dpi
