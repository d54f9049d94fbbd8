#include "frameworkvalidator.h"

#include "yamlvalues.h"

#include <QCoreApplication>
#include <QHash>

namespace dpi {

namespace {

bool hasText(const LocalizedText &text)
{
    for (const auto &entry : text.entries()) {
        if (!entry.second.trimmed().isEmpty())
            return true;
    }
    return false;
}

template <typename T>
const T &entryOrBlank(const std::vector<T> &entries, size_t index)
{
    static const T blank;
    return index < entries.size() ? entries[index] : blank;
}

class Validator
{
public:
    Validator(const Framework &framework, const FrameworkPositions *positions, Diagnostics &diagnostics)
        : m_framework(framework), m_positions(positions), m_diagnostics(diagnostics)
    {
    }

    void run()
    {
        const FrameworkPositions blank;
        const FrameworkPositions &at = m_positions ? *m_positions : blank;
        checkId(m_framework.id, at.id);
        checkVersion(m_framework.version, at.version);
        if (wasRead(at.title) && !hasText(m_framework.title))
            error(at.title, QCoreApplication::translate("dpi::FrameworkValidator", "the framework needs a title in at least one language"));
        checkDerivedFrom(at.derivedFrom);
        checkSources(at);
        const bool scaleSound = checkScale(at);
        m_scale = scaleSound ? &m_framework.scale : nullptr;
        checkDimensions(at);
        for (size_t i = 0; i < m_framework.changelog.size(); ++i)
            checkChangelogEntry(m_framework.changelog[i], entryOrBlank(at.changelog, i));
    }

private:
    // Built in memory, every value counts as read; from a text, only those
    // the reader could read (the others have their diagnostic already).
    bool wasRead(const TextPosition &position) const { return !m_positions || position.known(); }

    void error(const TextPosition &at, const QString &message)
    {
        m_diagnostics.error(file(), at.line, at.column, message);
    }

    void warning(const TextPosition &at, const QString &message)
    {
        m_diagnostics.warning(file(), at.line, at.column, message);
    }

    QString file() const { return m_positions ? m_positions->file : QString(); }

    // "duplicate criterion id 'x' (first used at line 16)"; a value built in memory has no line.
    static QString duplicate(const QString &what, const TextPosition &first)
    {
        return first.known() ? QCoreApplication::translate("dpi::FrameworkValidator", "duplicate %1 (first used at line %2)").arg(what, QString::number(first.line))
                             : QCoreApplication::translate("dpi::FrameworkValidator", "duplicate %1").arg(what);
    }

    // The id rules of every element; false when the id is not usable (then it is not registered as taken).
    bool checkId(const QString &id, const TextPosition &at)
    {
        if (!wasRead(at))
            return false;
        if (id.trimmed().isEmpty()) {
            error(at, QCoreApplication::translate("dpi::FrameworkValidator", "'id' must not be empty"));
            return false;
        }
        if (!isValidId(id)) {
            error(at, QCoreApplication::translate("dpi::FrameworkValidator", "'%1' is not a valid id: use letters, digits, '.', '_' and '-', starting with a letter or digit")
                          .arg(id));
            return false;
        }
        return true;
    }

    // A valid id that must be unique among `taken` (id -> where it was first used); `kind` is "criterion id", ...
    void checkUniqueId(const QString &id, const TextPosition &at, QHash<QString, TextPosition> &taken, const QString &kind)
    {
        if (!checkId(id, at))
            return;
        const auto found = taken.constFind(id);
        if (found != taken.constEnd()) {
            error(at, duplicate(QStringLiteral("%1 '%2'").arg(kind, id), *found));
            return;
        }
        taken.insert(id, at);
    }

    void checkVersion(const QString &version, const TextPosition &at)
    {
        if (!wasRead(at))
            return;
        if (version.trimmed().isEmpty())
            error(at, QCoreApplication::translate("dpi::FrameworkValidator", "'version' must not be empty"));
        else if (!isSemanticVersion(version))
            error(at, QCoreApplication::translate("dpi::FrameworkValidator", "version '%1' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)").arg(version));
    }

    void checkDate(const QString &date, const TextPosition &at)
    {
        if (wasRead(at) && !date.isEmpty() && !isIsoDate(date))
            error(at, QCoreApplication::translate("dpi::FrameworkValidator", "'%1' is not a valid date (expected YYYY-MM-DD)").arg(date));
    }

    void checkWeight(double weight, const TextPosition &at)
    {
        if (wasRead(at) && !(weight > 0))
            error(at, QCoreApplication::translate("dpi::FrameworkValidator", "'weight' must be greater than 0, not %1").arg(weight));
    }

    void checkDerivedFrom(const TextPosition &at)
    {
        const QString &pin = m_framework.derivedFrom;
        if (!wasRead(at) || pin.isEmpty())
            return;
        const int sign = int(pin.indexOf(QLatin1Char('@')));
        if (sign <= 0 || !isValidId(pin.left(sign)) || !isSemanticVersion(pin.mid(sign + 1)))
            error(at, QCoreApplication::translate("dpi::FrameworkValidator", "'derived_from' must be id@version (e.g. govstack-readiness@1.0.0), not '%1'").arg(pin));
    }

    void checkSources(const FrameworkPositions &at)
    {
        QHash<QString, TextPosition> ids;
        for (size_t i = 0; i < m_framework.sources.size(); ++i) {
            const Source &source = m_framework.sources[i];
            const FrameworkPositions::Source &where = entryOrBlank(at.sources, i);
            checkUniqueId(source.id, where.id, ids, QCoreApplication::translate("dpi::FrameworkValidator", "source id"));
            if (wasRead(where.title) && source.title.trimmed().isEmpty())
                error(where.title, QCoreApplication::translate("dpi::FrameworkValidator", "'title' must not be empty"));
            checkDate(source.accessed, where.accessed);
        }
    }

    // True when the scale is sound enough to check rubrics and thresholds against.
    bool checkScale(const FrameworkPositions &at)
    {
        const int errorsBefore = m_diagnostics.errorCount();
        const std::vector<ScaleLevel> &levels = m_framework.scale.levels;
        QHash<int, TextPosition> firstUses;
        const ScaleLevel *previous = nullptr;
        for (size_t i = 0; i < levels.size(); ++i) {
            const ScaleLevel &level = levels[i];
            const FrameworkPositions::Level &where = entryOrBlank(at.levels, i);
            const auto found = firstUses.constFind(level.value);
            if (found != firstUses.constEnd()) {
                error(where.value, duplicate(QCoreApplication::translate("dpi::FrameworkValidator", "scale level value %1").arg(level.value), *found));
            } else if (previous && level.value < previous->value) {
                error(where.value, QCoreApplication::translate("dpi::FrameworkValidator", "scale levels must be listed from lowest to highest; %1 comes after %2")
                                       .arg(level.value)
                                       .arg(previous->value));
            } else {
                previous = &level;
            }
            if (found == firstUses.constEnd())
                firstUses.insert(level.value, where.value);
            if (wasRead(where.label) && !hasText(level.label))
                error(where.label, QCoreApplication::translate("dpi::FrameworkValidator", "scale level %1 needs a label in at least one language").arg(level.value));
        }
        if (wasRead(at.levelList) && levels.size() < 2)
            error(at.levelList, QCoreApplication::translate("dpi::FrameworkValidator", "a scale needs at least two levels"));
        else if (wasRead(at.levelList) && m_framework.isGates() && levels.size() != 2)
            error(at.levelList, QCoreApplication::translate("dpi::FrameworkValidator", "a gate framework's scale has exactly two levels (does not meet, then meets), "
                                   "not %1")
                                    .arg(levels.size()));
        const bool readCleanly = !m_positions || m_positions->scaleClean;
        return readCleanly && !levels.empty() && m_diagnostics.errorCount() == errorsBefore;
    }

    void checkDimensions(const FrameworkPositions &at)
    {
        if (wasRead(at.dimensionList) && m_framework.dimensions.empty())
            error(at.dimensionList, QCoreApplication::translate("dpi::FrameworkValidator", "a framework needs at least one dimension"));
        QHash<QString, TextPosition> dimensionIds;
        for (size_t d = 0; d < m_framework.dimensions.size(); ++d) {
            const Dimension &dimension = m_framework.dimensions[d];
            const FrameworkPositions::Dimension &where = entryOrBlank(at.dimensions, d);
            checkUniqueId(dimension.id, where.id, dimensionIds, QCoreApplication::translate("dpi::FrameworkValidator", "dimension id"));
            const QString what = isValidId(dimension.id) ? QCoreApplication::translate("dpi::FrameworkValidator", "dimension '%1'").arg(dimension.id) : QCoreApplication::translate("dpi::FrameworkValidator", "a dimension");
            if (wasRead(where.title) && !hasText(dimension.title))
                error(where.title, QCoreApplication::translate("dpi::FrameworkValidator", "%1 needs a title in at least one language").arg(what));
            checkWeight(dimension.weight, where.weight);
            if (wasRead(where.criteriaKey) && dimension.criteria.empty())
                warning(where.criteriaKey, QCoreApplication::translate("dpi::FrameworkValidator", "%1 has no criteria").arg(what));
            for (size_t c = 0; c < dimension.criteria.size(); ++c)
                checkCriterion(dimension.criteria[c], entryOrBlank(where.criteria, c));
        }
    }

    void checkCriterion(const Criterion &criterion, const FrameworkPositions::Criterion &where)
    {
        checkUniqueId(criterion.id, where.id, m_criterionIds, QCoreApplication::translate("dpi::FrameworkValidator", "criterion id"));
        const bool named = isValidId(criterion.id);
        const QString what = named ? QCoreApplication::translate("dpi::FrameworkValidator", "criterion '%1'").arg(criterion.id) : QCoreApplication::translate("dpi::FrameworkValidator", "a criterion");
        if (wasRead(where.title) && !hasText(criterion.title))
            error(where.title, QCoreApplication::translate("dpi::FrameworkValidator", "%1 needs a title in at least one language").arg(what));
        if (wasRead(where.question) && !hasText(criterion.question))
            error(where.question, QCoreApplication::translate("dpi::FrameworkValidator", "%1 needs a question in at least one language").arg(what));
        checkWeight(criterion.weight, where.weight);
        if (criterion.critical)
            checkCritical(*criterion.critical, where);
        checkRubric(criterion, named, where);
        for (size_t i = 0; i < criterion.references.size(); ++i)
            checkReference(criterion.references[i], entryOrBlank(where.references, i));
        for (int i = 0; i < criterion.replaces.size(); ++i) {
            const TextPosition &at = entryOrBlank(where.replaces, size_t(i));
            if (wasRead(at) && !isValidId(criterion.replaces[i]))
                error(at, QCoreApplication::translate("dpi::FrameworkValidator", "'%1' in 'replaces' is not a valid id").arg(criterion.replaces[i]));
        }
    }

    void checkCritical(const CriticalRule &rule, const FrameworkPositions::Criterion &where)
    {
        if (m_scale && wasRead(where.below) && (rule.below <= m_scale->minLevel() || rule.below > m_scale->maxLevel())) {
            error(where.below, QCoreApplication::translate("dpi::FrameworkValidator", "critical threshold %1 is outside the scale: 'below' must be between %2 and %3")
                                   .arg(rule.below)
                                   .arg(m_scale->minLevel() + 1)
                                   .arg(m_scale->maxLevel()));
        }
        if (rule.capPercent && wasRead(where.cap) && (*rule.capPercent < 0 || *rule.capPercent > 100))
            error(where.cap, QCoreApplication::translate("dpi::FrameworkValidator", "'cap' is a percentage and must be between 0 and 100, not %1").arg(*rule.capPercent));
        else if (rule.capPercent && wasRead(where.cap) && m_framework.isGates())
            // Gates have no score to cap (scoring ignores it); say so rather than keep a rule that seems to work.
            warning(where.cap, QCoreApplication::translate("dpi::FrameworkValidator", "'cap' has no effect in a gate framework: gates are counted, never averaged; "
                                  "it is ignored"));
    }

    void checkRubric(const Criterion &criterion, bool named, const FrameworkPositions::Criterion &where)
    {
        if (!wasRead(where.rubric))
            return;
        const QString rubric = named ? QCoreApplication::translate("dpi::FrameworkValidator", "the rubric of '%1'").arg(criterion.id) : QCoreApplication::translate("dpi::FrameworkValidator", "the rubric");
        if (criterion.rubric.empty()) {
            // Entries the reader refused have their own diagnostics; the rubric is not "empty".
            if (!m_positions || where.rubricClean)
                error(where.rubric, QCoreApplication::translate("dpi::FrameworkValidator", "%1 is empty; describe each level of the scale").arg(rubric));
            return;
        }
        bool sound = !m_positions || where.rubricClean;
        for (const auto &[level, text] : criterion.rubric) {
            const TextPosition at = rubricLevelPosition(where, level);
            if (m_scale && !m_scale->contains(level)) {
                error(at, QCoreApplication::translate("dpi::FrameworkValidator", "rubric level %1 is not on the scale (%2)").arg(level).arg(describeScaleRange(*m_scale)));
                sound = false;
            }
            if (!hasText(text)) {
                error(at, named ? QCoreApplication::translate("dpi::FrameworkValidator", "rubric level %1 of '%2' is empty").arg(level).arg(criterion.id)
                                : QCoreApplication::translate("dpi::FrameworkValidator", "rubric level %1 is empty").arg(level));
                sound = false;
            }
        }
        // Levels left out are worth a warning only in an otherwise sound rubric.
        if (!m_scale || !sound)
            return;
        QStringList missing;
        for (const ScaleLevel &level : m_scale->levels) {
            if (criterion.rubric.find(level.value) == criterion.rubric.end())
                missing << QString::number(level.value);
        }
        if (!missing.isEmpty() && missing.size() < int(m_scale->levels.size())) {
            warning(where.rubricKey, QCoreApplication::translate("dpi::FrameworkValidator", "%1 does not describe level %2").arg(rubric, missing.join(QStringLiteral(", "))));
        }
    }

    static TextPosition rubricLevelPosition(const FrameworkPositions::Criterion &where, int level)
    {
        for (const auto &[value, position] : where.rubricLevels) {
            if (value == level)
                return position;
        }
        return {};
    }

    void checkReference(const Reference &reference, const TextPosition &at)
    {
        if (!wasRead(at))
            return;
        if (reference.fields.empty()) {
            error(at, QCoreApplication::translate("dpi::FrameworkValidator", "a reference needs at least one key: value pair, e.g. {url: \"https://...\"}"));
            return;
        }
        for (const auto &field : reference.fields) {
            if (field.first.trimmed().isEmpty()) {
                error(at, QCoreApplication::translate("dpi::FrameworkValidator", "a reference key must not be empty"));
                return;
            }
        }
    }

    void checkChangelogEntry(const ChangelogEntry &entry, const FrameworkPositions::ChangelogEntry &where)
    {
        checkVersion(entry.version, where.version);
        checkDate(entry.date, where.date);
        if (wasRead(where.summary) && !hasText(entry.summary))
            error(where.summary, QCoreApplication::translate("dpi::FrameworkValidator", "the changelog entry for %1 needs a summary in at least one language").arg(entry.version));
    }

    const Framework &m_framework;
    const FrameworkPositions *m_positions; // null: built in memory
    Diagnostics &m_diagnostics;
    const Scale *m_scale = nullptr;        // set when sound enough to check rubrics and thresholds against
    QHash<QString, TextPosition> m_criterionIds; // unique across the whole framework
};

} // namespace

QString describeScaleRange(const Scale &scale)
{
    if (scale.levels.empty())
        return QStringLiteral("empty");
    bool contiguous = true;
    for (size_t i = 1; i < scale.levels.size(); ++i)
        contiguous = contiguous && scale.levels[i].value == scale.levels[i - 1].value + 1;
    if (contiguous)
        return QStringLiteral("%1-%2").arg(scale.minLevel()).arg(scale.maxLevel());
    QStringList values;
    for (const ScaleLevel &level : scale.levels)
        values << QString::number(level.value);
    return values.join(QStringLiteral(", "));
}

void validateFramework(const Framework &framework, const FrameworkPositions &positions, Diagnostics &diagnostics)
{
    Validator(framework, &positions, diagnostics).run();
}

Diagnostics validateFramework(const Framework &framework)
{
    Diagnostics diagnostics;
    Validator(framework, nullptr, diagnostics).run();
    return diagnostics;
}

QString firstFrameworkProblem(const Framework &framework)
{
    const Diagnostics diagnostics = validateFramework(framework);
    for (const Diagnostic &diagnostic : diagnostics.items()) {
        if (diagnostic.severity == Severity::Error)
            return diagnostic.message;
    }
    return {};
}

} // namespace dpi
