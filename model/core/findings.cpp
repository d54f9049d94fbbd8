#include "findings.h"

#include <QStringList>

#include <algorithm>
#include <numeric>

namespace dpi {

std::optional<CriterionLink> CriterionLink::parse(const QString &text)
{
    const int slash = int(text.indexOf(QLatin1Char('/')));
    if (slash <= 0 || slash == text.size() - 1 || text.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return std::nullopt;
    return CriterionLink{text.left(slash), text.mid(slash + 1)};
}

const QStringList &actionPriorityNames()
{
    static const QStringList names = {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
    return names;
}

const QStringList &actionHorizonNames()
{
    static const QStringList names = {QStringLiteral("within-6-months"), QStringLiteral("6-18-months"),
                                      QStringLiteral("later")};
    return names;
}

QString actionPriorityName(ActionPriority priority)
{
    return actionPriorityNames().value(int(priority));
}

std::optional<ActionPriority> actionPriorityFromName(const QString &name)
{
    const int index = int(actionPriorityNames().indexOf(name));
    if (index < 0)
        return std::nullopt;
    return ActionPriority(index);
}

QString actionHorizonName(ActionHorizon horizon)
{
    return horizon == ActionHorizon::Unset ? QString() : actionHorizonNames().value(int(horizon) - 1);
}

std::optional<ActionHorizon> actionHorizonFromName(const QString &name)
{
    const int index = int(actionHorizonNames().indexOf(name));
    if (index < 0)
        return std::nullopt;
    return ActionHorizon(index + 1);
}

std::vector<int> actionsByPriority(const std::vector<ActionItem> &actions)
{
    std::vector<int> order(actions.size());
    std::iota(order.begin(), order.end(), 0);
    // Unset horizon (0) sorts after the set ones.
    const auto horizonRank = [](ActionHorizon horizon) {
        return horizon == ActionHorizon::Unset ? 99 : int(horizon);
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const ActionItem &x = actions[std::size_t(a)];
        const ActionItem &y = actions[std::size_t(b)];
        if (x.priority != y.priority)
            return int(x.priority) < int(y.priority);
        return horizonRank(x.horizon) < horizonRank(y.horizon);
    });
    return order;
}

} // namespace dpi
