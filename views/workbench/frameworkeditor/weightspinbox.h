#pragma once

#include <QDoubleSpinBox>

namespace dpi {

/** A weight as the file writes it: "2", "1.5", "0.25", not "2.000". */
class WeightSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit WeightSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
};

} // namespace dpi
