#pragma once

#include "../workbench/workbenchtesthelpers.h"
#include "frameworkdocument.h"
#include "frameworkeditor/frameworkstructureeditor.h"
#include "frameworkeditor/frameworktreemodel.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

// Helpers for the structure editor tests: real widgets found by objectName,
// real key events (the suite links GoogleTest only, not QtTest).
namespace structuretest {

inline QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

using workbenchtest::pressKey;

// Unlike workbenchtest::typeText, types newlines as Return and keeps the key
// code of non-Latin letters (the forms take Russian text).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            pressKey(widget, Qt::Key_Return, QStringLiteral("\r"));
            continue;
        }
        const int key = c.isLetter() && c.unicode() < 128 ? int(c.toUpper().unicode()) : int(c.unicode());
        pressKey(widget, key, QString(c));
    }
}

/** Replaces the content of a line edit or plain-text edit the way a user does: select all, type. */
inline void retype(QWidget *editor, const QString &text)
{
    editor->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->selectAll();
    typeText(editor, text);
}

inline QString editorText(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        return plain->toPlainText();
    return {};
}

/** An editor on the mini fixture (two dimensions, three criteria), shown offscreen. */
class StructureEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = std::make_unique<dpi::FrameworkDocument>();
        document->reset(readText(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml"))));
        ASSERT_TRUE(document->isInSync());
        editor = std::make_unique<dpi::FrameworkStructureEditor>(document.get());
        editor->resize(1500, 900);
        editor->show();
        tree = editor->findChild<QTreeView *>(QStringLiteral("structureTree"));
        ASSERT_NE(tree, nullptr);
        model = qobject_cast<dpi::FrameworkTreeModel *>(tree->model());
        ASSERT_NE(model, nullptr);
    }

    void TearDown() override
    {
        editor.reset();
        document.reset();
    }

    template<typename T>
    T *child(const QString &name) const
    {
        T *found = editor->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << qPrintable(name);
        return found;
    }

    QAction *action(const QString &name) const { return child<QAction>(name); }

    void select(const dpi::FrameworkNode &node)
    {
        const QModelIndex index = model->indexOf(node);
        ASSERT_TRUE(index.isValid());
        tree->setCurrentIndex(index);
        ASSERT_EQ(editor->selectedNode(), node);
    }

    const dpi::Framework &framework() const { return *document->framework(); }

    std::unique_ptr<dpi::FrameworkDocument> document;
    std::unique_ptr<dpi::FrameworkStructureEditor> editor;
    QTreeView *tree = nullptr;
    dpi::FrameworkTreeModel *model = nullptr;
};

} // namespace structuretest
