#include "yamlsafeload.h"

#include "yamlcontext.h"

#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dpi {

namespace {

// Anchors and aliases in a hostile file come by the hundred; listing the
// first few is enough to find them.
constexpr int kMaxListed = 10;

// Byte offset of the first byte that does not start a valid UTF-8 sequence,
// or -1. Overlong forms, surrogates and code points above U+10FFFF count as
// invalid, as they do for every strict decoder.
int firstInvalidUtf8(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int length = 0;
        unsigned int codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        static const unsigned int minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (codePoint < minimum[length] || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Byte offset of the first control character YAML does not allow in a file
// (C0 controls other than tab, line feed and carriage return, and DEL), or
// -1. yaml-cpp would otherwise keep them in values unnoticed, or stumble
// over NUL with a misleading "unknown escape character".
int firstControlCharacter(const QByteArray &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F)
            return i;
    }
    return -1;
}

// 1-based line and column (in characters) of a byte offset.
std::pair<int, int> positionOfOffset(const QByteArray &text, int offset)
{
    const int lineStart = int(text.lastIndexOf('\n', offset > 0 ? offset - 1 : 0)) + 1;
    const int line = int(text.left(offset).count('\n')) + 1;
    const int column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

// One pass over the parser's events, before any tree is built, to find what
// the tree would hide or what would make walking it dangerous.
class StructureCheck : public YAML::EventHandler
{
public:
    explicit StructureCheck(YamlContext &context) : m_context(context) {}

    int documents() const { return m_documents; }
    int aliases() const { return m_aliases; }

    void finish()
    {
        if (m_anchors > kMaxListed)
            m_context.error(m_firstUnlistedAnchor,
                            QStringLiteral("%1 more anchors not listed").arg(m_anchors - kMaxListed));
        if (m_aliases > kMaxListed)
            m_context.error(m_firstUnlistedAlias,
                            QStringLiteral("%1 more aliases not listed").arg(m_aliases - kMaxListed));
    }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        ++m_documents;
        m_stack.clear();
        if (m_documents == 2)
            m_context.error(mark, QStringLiteral("a file holds exactly one YAML document; "
                                                 "remove the second one (starting with '---')"));
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        named(anchor);
        node(mark, nullptr);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        node(mark, nullptr);
        ++m_aliases;
        const auto name = m_anchorNames.find(anchor);
        if (m_aliases <= kMaxListed)
            m_context.error(mark, QStringLiteral("aliases (*%1) are not supported; "
                                                 "write the content out in full")
                                      .arg(name == m_anchorNames.end() ? QStringLiteral("name") : name->second));
        else if (m_aliases == kMaxListed + 1)
            m_firstUnlistedAlias = mark;
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        named(anchor);
        node(mark, &value);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        named(anchor);
        node(mark, nullptr);
        m_stack.push_back(Frame{false, true, {}});
    }
    void OnSequenceEnd() override { pop(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        named(anchor);
        node(mark, nullptr);
        m_stack.push_back(Frame{true, true, {}});
    }
    void OnMapEnd() override { pop(); }
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override
    {
        m_pendingAnchorName = QString::fromStdString(name);
        ++m_anchors;
        if (m_anchors <= kMaxListed)
            m_context.error(mark, QStringLiteral("anchors (&%1) are not supported; "
                                                 "write the content out in full")
                                      .arg(QString::fromStdString(name)));
        else if (m_anchors == kMaxListed + 1)
            m_firstUnlistedAnchor = mark;
    }

private:
    struct Frame
    {
        bool isMap = false;
        bool expectingKey = true;
        std::unordered_map<std::string, int> keyLines; // key -> 1-based line
    };

    // Every node event passes here first: inside a mapping, nodes alternate
    // between key and value.
    void node(const YAML::Mark &mark, const std::string *scalar)
    {
        if (m_stack.empty() || !m_stack.back().isMap)
            return;
        Frame &frame = m_stack.back();
        if (!frame.expectingKey) {
            frame.expectingKey = true;
            return;
        }
        frame.expectingKey = false;
        if (!scalar)
            return; // complex keys are reported by the readers
        const auto inserted = frame.keyLines.emplace(*scalar, YamlContext::lineOf(mark));
        if (!inserted.second) {
            m_context.error(mark, QStringLiteral("duplicate key '%1' (first defined at line %2)")
                                      .arg(QString::fromStdString(*scalar))
                                      .arg(inserted.first->second));
        }
    }

    // yaml-cpp announces an anchor's name, then the anchored node with a
    // numeric id; aliases only carry the id.
    void named(YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor && !m_pendingAnchorName.isEmpty())
            m_anchorNames[anchor] = m_pendingAnchorName;
        m_pendingAnchorName.clear();
    }

    void pop()
    {
        if (!m_stack.empty())
            m_stack.pop_back();
    }

    YamlContext &m_context;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, QString> m_anchorNames;
    QString m_pendingAnchorName;
    int m_documents = 0;
    int m_aliases = 0;
    int m_anchors = 0;
    YAML::Mark m_firstUnlistedAlias = YAML::Mark::null_mark();
    YAML::Mark m_firstUnlistedAnchor = YAML::Mark::null_mark();
};

bool indentedWithTab(const QByteArray &line)
{
    for (const char c : line) {
        if (c == '\t')
            return true;
        if (c != ' ')
            return false;
    }
    return false;
}

// yaml-cpp's message, with a hint for the most common cause we can see.
QString syntaxMessage(const YAML::Exception &e, const QByteArray &text)
{
    // yaml-cpp's own text for this is just "bad file".
    if (dynamic_cast<const YAML::DeepRecursion *>(&e))
        return QStringLiteral("YAML syntax error: nesting deeper than %1 levels").arg(kMaxYamlDepth);
    QString message = QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg));
    if (e.mark.line < 0)
        return message;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = std::max(0, e.mark.line - 1); i <= e.mark.line && i < lines.size(); ++i) {
        if (indentedWithTab(lines.at(i)))
            return message + QStringLiteral(" (line %1 is indented with a tab; YAML allows only spaces)").arg(i + 1);
    }
    return message;
}

// Without '&' and '*' a file can hold no anchor or alias, and without a line
// starting with '---', '...' or '%' it holds no explicit second document.
bool mayHoldSeveralDocumentsOrAliases(const QByteArray &text)
{
    if (text.contains('&') || text.contains('*'))
        return true;
    qsizetype start = 0;
    while (start < text.size()) {
        const char first = text.at(start);
        if (first == '%' || text.mid(start, 3) == "---" || text.mid(start, 3) == "...")
            return true;
        const qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            break;
        start = end + 1;
    }
    return false;
}

// The tree form of the event pass's duplicate-key check, for trees known to
// hold no alias (so every node is visited once). Same message, same place.
void reportDuplicateKeys(const YAML::Node &node, YamlContext &context)
{
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            reportDuplicateKeys(item, context);
        return;
    }
    if (!node.IsMap())
        return;
    // Most mappings have a handful of keys: comparing with the earlier ones
    // costs less than hashing. Large ones (a sector's scores) use a hash.
    // The key strings live in the tree, so views of them stay valid.
    constexpr std::size_t kLinearKeys = 16;
    std::vector<std::pair<std::string_view, int>> earlier; // key -> 1-based line
    std::unordered_map<std::string_view, int> hashed;
    const bool large = node.size() > kLinearKeys;
    // One dereference per entry: each one builds three Node handles.
    for (const auto &entry : node) {
        const YAML::Node &key = entry.first;
        if (key.IsScalar()) {
            const std::string_view name = key.Scalar();
            const int line = YamlContext::lineOf(key);
            std::optional<int> firstLine;
            if (large) {
                const auto inserted = hashed.emplace(name, line);
                if (!inserted.second)
                    firstLine = inserted.first->second;
            } else {
                for (const auto &[seen, seenLine] : earlier) {
                    if (seen == name) {
                        firstLine = seenLine;
                        break;
                    }
                }
                if (!firstLine)
                    earlier.emplace_back(name, line);
            }
            if (firstLine) {
                context.error(key, QStringLiteral("duplicate key '%1' (first defined at line %2)")
                                       .arg(QString::fromStdString(key.Scalar()))
                                       .arg(*firstLine));
            }
        } else {
            reportDuplicateKeys(key, context);
        }
        reportDuplicateKeys(entry.second, context);
    }
}

QString describeException(const std::exception &e)
{
    return QString::fromUtf8(e.what());
}

} // namespace

bool readYamlFile(const QString &path, YamlContext &context, QByteArray &text)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        context.errorAt(0, 0, QStringLiteral("file not found"));
        return false;
    }
    if (info.isDir()) {
        context.errorAt(0, 0, QStringLiteral("is a directory, not a file"));
        return false;
    }
    if (info.size() > kMaxYamlBytes) {
        context.errorAt(1, 1, QStringLiteral("file is %1 bytes; the limit is %2 bytes (16 MiB)")
                                  .arg(info.size())
                                  .arg(kMaxYamlBytes));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.errorAt(0, 0, QStringLiteral("cannot open file: %1").arg(file.errorString()));
        return false;
    }
    // Read one byte past the cap so that a file growing meanwhile is caught too.
    text = file.read(kMaxYamlBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        context.errorAt(0, 0, QStringLiteral("cannot read file: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

bool loadYamlSafely(const QByteArray &text, YamlContext &context, YAML::Node &root)
{
    if (text.size() > kMaxYamlBytes) {
        context.errorAt(1, 1, QStringLiteral("input is %1 bytes; the limit is %2 bytes (16 MiB)")
                                  .arg(text.size())
                                  .arg(kMaxYamlBytes));
        return false;
    }
    const int invalid = firstInvalidUtf8(text);
    if (invalid >= 0) {
        const int lineStart = int(text.lastIndexOf('\n', invalid > 0 ? invalid - 1 : 0)) + 1;
        const int line = int(text.left(invalid).count('\n')) + 1;
        const int column = int(QString::fromUtf8(text.mid(lineStart, invalid - lineStart)).size()) + 1;
        context.errorAt(line, column, QStringLiteral("the file is not valid UTF-8 (byte 0x%1)")
                                          .arg(static_cast<unsigned char>(text.at(invalid)), 2, 16,
                                               QLatin1Char('0')));
        return false;
    }
    const int control = firstControlCharacter(text);
    if (control >= 0) {
        const auto [line, column] = positionOfOffset(text, control);
        context.errorAt(line, column, QStringLiteral("control character U+%1 is not allowed in YAML "
                                                     "(is this a binary or damaged file?)")
                                          .arg(static_cast<unsigned char>(text.at(control)), 4, 16, QLatin1Char('0')));
        return false;
    }
    context.setSource(text);

    const std::string source(text.constData(), size_t(text.size()));
    if (!mayHoldSeveralDocumentsOrAliases(text)) {
        // Fast path: one parse instead of two. The tree is used only when it
        // cannot hide anything the event pass would find.
        YAML::Node tree;
        try {
            tree.reset(YAML::Load(source));
        } catch (const YAML::Exception &e) {
            context.error(e.mark, syntaxMessage(e, text));
            return false;
        } catch (const std::exception &e) {
            context.errorAt(1, 1, QStringLiteral("cannot parse: %1").arg(describeException(e)));
            return false;
        }
        // A block mapping at the top cannot be followed by a second document
        // without a '---' line; anything else takes the careful path.
        if (tree.IsMap() && tree.Style() == YAML::EmitterStyle::Block) {
            reportDuplicateKeys(tree, context);
            root.reset(tree);
            return true;
        }
    }

    StructureCheck check(context);
    try {
        std::istringstream stream(source);
        YAML::Parser parser(stream);
        // At most two documents are pulled: yaml-cpp 0.7 can produce empty
        // documents forever (the LoadAll(",") loop), and the second one is
        // already an error.
        if (parser.HandleNextDocument(check))
            parser.HandleNextDocument(check);
    } catch (const YAML::Exception &e) {
        check.finish();
        context.error(e.mark, syntaxMessage(e, text));
        return false;
    } catch (const std::exception &e) {
        check.finish();
        context.errorAt(1, 1, QStringLiteral("cannot parse: %1").arg(describeException(e)));
        return false;
    }
    check.finish();
    if (check.documents() == 0) {
        context.errorAt(1, 1, QStringLiteral("the file holds no YAML document"));
        return false;
    }
    if (check.aliases() > 0)
        return false; // a tree with aliases may be exponential or cyclic: never walk it

    try {
        root.reset(YAML::Load(source));
    } catch (const YAML::Exception &e) {
        context.error(e.mark, syntaxMessage(e, text));
        return false;
    } catch (const std::exception &e) {
        context.errorAt(1, 1, QStringLiteral("cannot parse: %1").arg(describeException(e)));
        return false;
    }
    return true;
}

void readYamlDocument(const QByteArray &text, YamlContext &context, const std::function<void(const YAML::Node &)> &read)
{
    try {
        YAML::Node root;
        if (loadYamlSafely(text, context, root))
            read(root);
    } catch (const std::exception &e) {
        context.errorAt(1, 1, QStringLiteral("internal error while reading: %1").arg(QString::fromUtf8(e.what())));
    }
    YamlContext::sortByPosition(context.diagnostics());
}

} // namespace dpi
