#pragma once

#include "structureform.h"

namespace dpi {

class LanguageHeader;
class LocalizedTextField;

/** Id, title, description and weight of one dimension. */
class DimensionForm : public StructureForm
{
    Q_OBJECT

public:
    explicit DimensionForm(FrameworkEditGate *gate, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    void editDimension(const std::function<void(Dimension &)> &change, const QString &actionText,
                       const QString &mergeKey = QString(), const std::optional<FrameworkNode> &select = std::nullopt);
    void onIdEdited();
    void commitId();

    QLineEdit *m_id;
    QLabel *m_idError;
    QLabel *m_summary;
    LanguageHeader *m_header;
    LocalizedTextField *m_title;
    LocalizedTextField *m_description;
    QDoubleSpinBox *m_weight;
};

} // namespace dpi
