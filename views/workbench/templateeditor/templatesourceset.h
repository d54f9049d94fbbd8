#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>

namespace dpi {

/**
 * The files of one report template folder held in memory, so that the editor
 * can change them, render them before they are saved, and write them (all of
 * them, edited or not) to a new folder. Keys are paths relative to the folder
 * with '/' separators. Hidden files and sub-folders are kept too.
 */
class TemplateSourceSet
{
public:
    /** Reads every file under `folder` (at most 256 files of 2 MB each); false with `error` set otherwise. */
    bool read(const QString &folder, QString *error);

    const QString &folder() const { return m_folder; }
    QStringList files() const;
    bool contains(const QString &file) const { return m_files.count(file) > 0; }
    QByteArray bytes(const QString &file) const;
    void setBytes(const QString &file, const QByteArray &bytes);

    /** Files a partner edits as text (HTML, CSS, the manifest), main file first. */
    QStringList editableFiles(const QString &mainFile) const;

    /**
     * Writes every file into `folder` (created when missing), each one
     * atomically through QSaveFile. Files of `folder` not in the set are left alone.
     */
    bool writeTo(const QString &folder, QString *error) const;

    /** True for file names the editor shows as text. */
    static bool isTextFile(const QString &file);

private:
    QString m_folder;
    std::map<QString, QByteArray> m_files;
};

} // namespace dpi
