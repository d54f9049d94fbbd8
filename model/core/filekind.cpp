#include "filekind.h"


namespace dpi {

// Only a top-level `schema:` line counts: an embedded framework inside a
// project has its own, indented one.
FileKind detectFileKind(const QByteArray &text)
{
    const QByteArray frameworkPrefix = QByteArrayLiteral("dpi-workbench/framework/");
    const QByteArray projectPrefix = QByteArrayLiteral("dpi-workbench/project/");
    qsizetype start = 0;
    if (text.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(start, end - start);
        start = end + 1;
        if (!line.startsWith("schema:"))
            continue;
        QByteArray value = line.mid(7);
        const qsizetype comment = value.indexOf(" #");
        if (comment >= 0)
            value.truncate(comment);
        value = value.trimmed();
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (value.startsWith(frameworkPrefix))
            return FileKind::Framework;
        if (value.startsWith(projectPrefix))
            return FileKind::Project;
        return FileKind::Unknown;
    }
    return FileKind::Unknown;
}

} // namespace dpi
