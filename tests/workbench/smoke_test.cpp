#include <QWidget>

#include <gtest/gtest.h>

TEST(ViewsSmoke, WidgetCanBeCreatedOffscreen)
{
    QWidget widget;
    widget.resize(100, 50);
    EXPECT_EQ(widget.width(), 100);
}
