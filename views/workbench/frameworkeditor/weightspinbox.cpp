#include "weightspinbox.h"

namespace dpi {

WeightSpinBox::WeightSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setRange(0.001, 1000.0);
    setDecimals(3);
    setSingleStep(0.5);
}

QString WeightSpinBox::textFromValue(double value) const
{
    return locale().toString(value, 'g', 6);
}

} // namespace dpi
