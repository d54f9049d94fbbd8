#include "frameworksourcepicker.h"

#include "frameworkreader.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpi {

FrameworkSourcePicker::FrameworkSourcePicker(const Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_source(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
{
    m_source->setObjectName(QStringLiteral("frameworkSource"));
    m_path->setObjectName(QStringLiteral("frameworkPath"));
    for (const ProjectFramework &entry : m_project.frameworks) {
        const QString title = entry.framework.title.text();
        m_source->addItem(tr("In this project: %1 (%2@%3)").arg(title.isEmpty() ? entry.id : title, entry.id, entry.version),
                          entry.id);
    }
    m_source->addItem(tr("Framework file…"), QString());
    m_path->setPlaceholderText(tr("path/to/name.framework.yaml"));
    m_path->setClearButtonEnabled(true);
    connect(m_source, &QComboBox::currentIndexChanged, this, &FrameworkSourcePicker::updateFileRow);
    connect(m_browse, &QPushButton::clicked, this, &FrameworkSourcePicker::browse);

    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addLayout(fileRow);
    updateFileRow();
}

bool FrameworkSourcePicker::selectEmbedded(const QString &frameworkId)
{
    const int index = frameworkId.isEmpty() ? -1 : m_source->findData(frameworkId);
    if (index < 0)
        return false;
    m_source->setCurrentIndex(index);
    return true;
}

void FrameworkSourcePicker::setFile(const QString &path)
{
    m_source->setCurrentIndex(m_source->count() - 1);
    m_path->setText(path);
}

bool FrameworkSourcePicker::usesFile() const
{
    return m_source->currentData().toString().isEmpty();
}

FrameworkSourcePicker::Loaded FrameworkSourcePicker::load() const
{
    Loaded loaded;
    if (!usesFile()) {
        const ProjectFramework *entry = m_project.findFramework(m_source->currentData().toString());
        if (entry) {
            loaded.framework = entry->framework;
            loaded.name = tr("this project");
        }
        return loaded;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        loaded.errors << tr("Choose a framework file.");
        return loaded;
    }
    const FrameworkReadResult read = readFrameworkFile(path);
    for (const Diagnostic &diagnostic : read.diagnostics.items()) {
        if (diagnostic.severity == Severity::Error)
            loaded.errors << diagnostic.toString();
    }
    if (read.ok())
        loaded.framework = read.framework;
    else if (loaded.errors.isEmpty())
        loaded.errors << tr("%1: error: not a usable framework file").arg(path);
    loaded.name = QFileInfo(path).fileName();
    return loaded;
}

void FrameworkSourcePicker::updateFileRow()
{
    const bool file = usesFile();
    m_path->setVisible(file);
    m_browse->setVisible(file);
}

void FrameworkSourcePicker::browse()
{
    const QString start = m_path->text().isEmpty() ? QString() : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Framework"), start,
        tr("Frameworks (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace dpi
