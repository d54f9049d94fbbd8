#pragma once

#include <QStringList>

namespace dpi {

/** The recently opened projects, most recent first, kept in QSettings. */
namespace recentfiles {

constexpr int kMaximum = 10;

QStringList list();
void add(const QString &path);
void remove(const QString &path);
void clear();

} // namespace recentfiles
} // namespace dpi
