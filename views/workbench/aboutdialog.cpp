#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>
#include <QtGlobal>

// DPIW_YAML_CPP_VERSION and DPIW_LICENSE are set for this file only by
// views/CMakeLists.txt: yaml-cpp 0.7 has no version macro, so the version
// comes from its CMake package at configure time.
#if !defined(DPIW_YAML_CPP_VERSION) || !defined(DPIW_LICENSE)
#error "DPIW_YAML_CPP_VERSION and DPIW_LICENSE must be defined by the build"
#endif

namespace dpi {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About DPI Workbench"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/dpi-workbench.svg")).pixmap(64, 64));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setText(tr("Rapid assessments of digital public infrastructure.") + QStringLiteral("\n\n") + versionText());
    auto *title = new QLabel(tr("DPI Workbench %1").arg(QStringLiteral(DPIW_VERSION)), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString AboutDialog::versionText()
{
    return QStringList{tr("Version %1").arg(QStringLiteral(DPIW_VERSION)),
                       tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                       tr("yaml-cpp %1").arg(QStringLiteral(DPIW_YAML_CPP_VERSION)),
                       tr("Licence: %1").arg(QStringLiteral(DPIW_LICENSE))}
        .join(QLatin1Char('\n'));
}

} // namespace dpi
