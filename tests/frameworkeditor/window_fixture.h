#pragma once

#include "../workbench/workbenchtesthelpers.h"
#include "testpaths.h"

#include "frameworkdocument.h"
#include "frameworkeditor/frameworkeditorwindow.h"
#include "frameworkeditor/frameworkyamleditor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextBlock>

#include <gtest/gtest.h>

#include <deque>
#include <memory>

// A framework editor window on a copy of a bundled framework, with every
// dialog answered by the test: questions from a queue (unexpected ones are
// cancelled and recorded), file names from `nextFileName`.
class FrameworkEditorWindowTest : public ::testing::Test
{
protected:
    struct Question
    {
        QString title;
        QString text;
        QMessageBox::StandardButtons buttons;
    };

    void SetUp() override
    {
        workbenchtest::useTestSettings();
        ASSERT_TRUE(directory.isValid());
        path = directory.filePath(QStringLiteral("technical-feasibility.framework.yaml"));
        original = workbenchtest::readAll(dpitest::sourcePath(QStringLiteral("assessments/technical-feasibility.framework.yaml")));
        ASSERT_FALSE(original.isEmpty());
        ASSERT_TRUE(workbenchtest::writeAll(path, original));

        window = std::make_unique<dpi::FrameworkEditorWindow>();
        window->setQuestionHandler([this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton) {
            questions.push_back({title, text, buttons});
            if (answers.empty())
                return QMessageBox::Cancel;
            const QMessageBox::StandardButton answer = answers.front();
            answers.pop_front();
            return answer;
        });
        window->setFileNameHandler([this](const QString &, const QString &suggestion, bool) {
            suggestions << suggestion;
            return nextFileName;
        });
        ASSERT_TRUE(window->openFile(path));
        window->show();
        window->showYamlTab();
        editor()->setFocus();
    }

    void TearDown() override
    {
        // Nothing may be left for a close prompt to ask about.
        window->setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons,
                                      QMessageBox::StandardButton) { return QMessageBox::Discard; });
        window.reset();
    }

    dpi::FrameworkYamlEditor *editor() const { return window->yamlEditor(); }
    dpi::FrameworkDocument *document() const { return window->document(); }

    /** Puts the editor's cursor at the end of the first line starting with `prefix`; returns its 1-based line. */
    int cursorToEndOfLine(const QString &prefix)
    {
        for (QTextBlock block = editor()->document()->firstBlock(); block.isValid(); block = block.next()) {
            if (block.text().startsWith(prefix)) {
                QTextCursor cursor(block);
                cursor.movePosition(QTextCursor::EndOfBlock);
                editor()->setTextCursor(cursor);
                return block.blockNumber() + 1;
            }
        }
        ADD_FAILURE() << "no line starts with " << prefix.toStdString();
        return 0;
    }

    /** Waits until the editor has handed its typing to the document. */
    bool waitForSync()
    {
        return workbenchtest::waitFor([this] { return !editor()->hasPendingText() && document()->text() == editor()->toPlainText(); });
    }

    QAction *action(const char *objectName) const { return window->findChild<QAction *>(QLatin1String(objectName)); }

    QTemporaryDir directory;
    QString path;
    QByteArray original;
    std::unique_ptr<dpi::FrameworkEditorWindow> window;
    std::deque<QMessageBox::StandardButton> answers;
    std::vector<Question> questions;
    QStringList suggestions;
    QString nextFileName;
};
