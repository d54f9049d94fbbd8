#include "savechangesprompt.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>

using namespace dpi;

namespace {

// Waits for the prompt's real message box to be shown (it runs its own event
// loop), then lets `act` answer it as a user would; records what it showed.
struct BoxDriver
{
    QString title;
    QString text;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    QMessageBox::StandardButtons buttons;
    bool seen = false;

    void answerWith(std::function<void(QMessageBox *)> act)
    {
        auto *timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [this, timer, act] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            seen = true;
            title = box->windowTitle();
            text = box->text();
            buttons = box->standardButtons();
            defaultButton = box->defaultButton() ? box->standardButton(box->defaultButton()) : QMessageBox::NoButton;
            act(box);
        });
        timer->start();
    }
    void click(QMessageBox::StandardButton button)
    {
        answerWith([button](QMessageBox *box) { box->button(button)->click(); });
    }
    void press(int key)
    {
        answerWith([key](QMessageBox *box) {
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
            QApplication::sendEvent(box, &press);
        });
    }
};

// A window's save that writes atomically, as the three windows' saves do.
bool writeAtomically(const QString &path, const QByteArray &bytes, bool failHalfway = false)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes.left(bytes.size() / 2));
    if (failHalfway) {
        file.cancelWriting(); // e.g. the disk filled up: nothing is committed
        file.commit();
        return false;
    }
    file.write(bytes.mid(bytes.size() / 2));
    return file.commit();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct SavePromptTest : ::testing::Test
{
    QTemporaryDir directory;
    QString path;
    QWidget window;
    int saves = 0;
    int discards = 0;
    bool saveFails = false;
    UnsavedWork work;

    void SetUp() override
    {
        ASSERT_TRUE(directory.isValid());
        path = directory.filePath(QStringLiteral("project.dpi.yaml"));
        ASSERT_TRUE(writeAtomically(path, "old version\n"));
        window.show();
        work.title = QStringLiteral("Unsaved changes");
        work.question = QStringLiteral("“project.dpi.yaml” has unsaved changes. Save them?");
        work.save = [this] {
            ++saves;
            return writeAtomically(path, "new version\n", saveFails);
        };
        work.discard = [this] { ++discards; };
    }
};

} // namespace

TEST_F(SavePromptTest, AsksSaveDiscardCancelWithSaveAsTheDefault)
{
    BoxDriver driver;
    driver.click(QMessageBox::Cancel);
    promptToSaveChanges(&window, work);
    ASSERT_TRUE(driver.seen);
    EXPECT_EQ(driver.title, work.title);
    EXPECT_EQ(driver.text, work.question);
    EXPECT_EQ(driver.buttons, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    EXPECT_EQ(driver.defaultButton, QMessageBox::Save);
}

TEST_F(SavePromptTest, SaveWritesTheFileAndGoesOn)
{
    BoxDriver driver;
    driver.click(QMessageBox::Save);
    EXPECT_TRUE(promptToSaveChanges(&window, work));
    EXPECT_EQ(saves, 1);
    EXPECT_EQ(discards, 0);
    EXPECT_EQ(contents(path), QByteArray("new version\n"));
}

TEST_F(SavePromptTest, EnterChoosesSave)
{
    BoxDriver driver;
    driver.press(Qt::Key_Return);
    EXPECT_TRUE(promptToSaveChanges(&window, work));
    EXPECT_EQ(saves, 1);
    EXPECT_EQ(contents(path), QByteArray("new version\n"));
}

TEST_F(SavePromptTest, AFailedSaveStopsAndLeavesTheOldFileWhole)
{
    saveFails = true;
    BoxDriver driver;
    driver.click(QMessageBox::Save);
    EXPECT_FALSE(promptToSaveChanges(&window, work));
    EXPECT_EQ(saves, 1);
    EXPECT_EQ(discards, 0);
    EXPECT_EQ(contents(path), QByteArray("old version\n"));
    EXPECT_EQ(QDir(directory.path()).entryList(QDir::Files), QStringList{QStringLiteral("project.dpi.yaml")});
}

TEST_F(SavePromptTest, DiscardForgetsAndGoesOnWithoutWriting)
{
    BoxDriver driver;
    driver.click(QMessageBox::Discard);
    EXPECT_TRUE(promptToSaveChanges(&window, work));
    EXPECT_EQ(saves, 0);
    EXPECT_EQ(discards, 1);
    EXPECT_EQ(contents(path), QByteArray("old version\n"));
}

TEST_F(SavePromptTest, CancelAndEscapeKeepEverything)
{
    BoxDriver cancel;
    cancel.click(QMessageBox::Cancel);
    EXPECT_FALSE(promptToSaveChanges(&window, work));
    BoxDriver escape;
    escape.press(Qt::Key_Escape);
    EXPECT_FALSE(promptToSaveChanges(&window, work));
    EXPECT_TRUE(escape.seen);
    EXPECT_EQ(saves, 0);
    EXPECT_EQ(discards, 0);
    EXPECT_EQ(contents(path), QByteArray("old version\n"));
}

TEST_F(SavePromptTest, AHandlerReplacesTheBoxAndGetsTheSameQuestion)
{
    QString askedTitle;
    QString askedText;
    QMessageBox::StandardButtons askedButtons;
    const QuestionHandler ask = [&](const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton) {
        askedTitle = title;
        askedText = text;
        askedButtons = buttons;
        EXPECT_EQ(defaultButton, QMessageBox::Save);
        return QMessageBox::Save;
    };
    EXPECT_TRUE(promptToSaveChanges(&window, work, ask));
    EXPECT_EQ(askedTitle, work.title);
    EXPECT_EQ(askedText, work.question);
    EXPECT_EQ(askedButtons, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(contents(path), QByteArray("new version\n"));
}
