#pragma once

#include "mainwindow.h"
#include "testpaths.h"
#include "workbenchtesthelpers.h"

#include <QFile>
#include <QList>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

// A main window on a private copy of tests/data/valid/mini.dpi.yaml, with a
// private recovery folder and scripted answers to every question it asks.
class WorkbenchFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workbenchtest::useTestSettings();
        QSettings().clear();
        ASSERT_TRUE(directory.isValid());
        projectPath = directory.filePath(QStringLiteral("mini.dpi.yaml"));
        ASSERT_TRUE(QFile::copy(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")), projectPath));
        QFile::setPermissions(projectPath, QFile::ReadOwner | QFile::WriteOwner);
        recoveryDirectory = directory.filePath(QStringLiteral("recovery"));
        window = makeWindow();
    }

    void TearDown() override
    {
        window.reset();
        QSettings().clear();
    }

    std::unique_ptr<dpi::MainWindow> makeWindow()
    {
        auto made = std::make_unique<dpi::MainWindow>(recoveryDirectory);
        made->setQuestionHandler([this](const QString &title, const QString &, QMessageBox::StandardButtons,
                                        QMessageBox::StandardButton) {
            questions << title;
            return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        });
        made->resize(1280, 800);
        made->show();
        return made;
    }

    QTemporaryDir directory;
    QString projectPath;
    QString recoveryDirectory;
    std::unique_ptr<dpi::MainWindow> window;
    QStringList questions;
    QList<QMessageBox::StandardButton> answers;
};
