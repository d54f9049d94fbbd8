#include "mapexplanationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dpi {

namespace {

QPlainTextEdit *textEdit(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(140);
    return edit;
}

} // namespace

MapExplanationDialog::MapExplanationDialog(const LocalizedText &explanation, QWidget *parent)
    : QDialog(parent)
    , m_original(explanation)
    , m_english(textEdit(explanation.exact(QStringLiteral("en")), QStringLiteral("explanationEnglish"), this))
    , m_russian(textEdit(explanation.exact(QStringLiteral("ru")), QStringLiteral("explanationRussian"), this))
{
    setWindowTitle(tr("Map Explanation"));
    resize(640, 480);
    auto *intro = new QLabel(tr("What the map shows and why its components stand where they do, for the "
                                "readers of the report. A blank line starts a new paragraph."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&English:"), m_english);
    form->addRow(tr("&Russian:"), m_russian);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
}

LocalizedText MapExplanationDialog::explanation() const
{
    LocalizedText text = m_original;
    const auto apply = [&text](const QString &language, const QPlainTextEdit *edit) {
        const QString value = edit->toPlainText().trimmed();
        if (value.isEmpty())
            text.remove(language);
        else
            text.set(language, value);
    };
    apply(QStringLiteral("en"), m_english);
    apply(QStringLiteral("ru"), m_russian);
    return text;
}

} // namespace dpi
