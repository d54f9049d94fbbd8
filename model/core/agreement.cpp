#include "agreement.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <tuple>

namespace dpi {

namespace {

// The distinct values of the pairable units, ascending: the rows and columns
// of the coincidence matrix.
std::vector<double> pairableValueDomain(const ReliabilityData &data)
{
    std::vector<double> domain;
    for (const ReliabilityUnit &unit : data.units) {
        int present = 0;
        for (const auto &value : unit.values)
            present += value ? 1 : 0;
        if (present < 2)
            continue;
        for (const auto &value : unit.values) {
            if (value)
                domain.push_back(*value);
        }
    }
    std::sort(domain.begin(), domain.end());
    domain.erase(std::unique(domain.begin(), domain.end()), domain.end());
    return domain;
}

int indexOf(const std::vector<double> &domain, double value)
{
    return int(std::lower_bound(domain.begin(), domain.end(), value) - domain.begin());
}

// One pairable unit's share of the coincidence matrix, kept sparse: a unit
// holds a handful of distinct values, so the bootstrap adds a few entries
// per drawn unit instead of a whole matrix.
struct UnitCoincidences
{
    struct Entry
    {
        int c;
        int k;
        double o;
    };
    std::vector<Entry> entries;
};

std::vector<UnitCoincidences> unitCoincidences(const ReliabilityData &data, const std::vector<double> &domain)
{
    std::vector<UnitCoincidences> result;
    std::vector<std::pair<int, int>> counts; // value index, how many analysts gave it
    for (const ReliabilityUnit &unit : data.units) {
        counts.clear();
        int m = 0;
        for (const auto &value : unit.values) {
            if (!value)
                continue;
            ++m;
            const int index = indexOf(domain, *value);
            auto found = std::find_if(counts.begin(), counts.end(),
                                      [index](const std::pair<int, int> &entry) { return entry.first == index; });
            if (found == counts.end())
                counts.push_back({index, 1});
            else
                ++found->second;
        }
        if (m < 2)
            continue;
        // o_ck = sum over units of n_uc * (n_uk - [c == k]) / (m_u - 1)
        UnitCoincidences unitShare;
        for (const auto &c : counts) {
            for (const auto &k : counts) {
                const double pairs = double(c.second) * double(k.second - (c.first == k.first ? 1 : 0));
                if (pairs > 0)
                    unitShare.entries.push_back({c.first, k.first, pairs / double(m - 1)});
            }
        }
        result.push_back(std::move(unitShare));
    }
    return result;
}

// alpha = 1 - (n - 1) * sum o_ck d_ck / sum n_c n_k d_ck, with d the squared
// difference function of the metric; the ordinal one depends on the
// marginal frequencies, so it is computed from `coincidences` each time.
std::optional<double> alphaFromCoincidences(const std::vector<double> &coincidences, const std::vector<double> &domain,
                                            AlphaMetric metric)
{
    const size_t size = domain.size();
    std::vector<double> marginals(size, 0.0);
    double n = 0;
    for (size_t c = 0; c < size; ++c) {
        for (size_t k = 0; k < size; ++k)
            marginals[c] += coincidences[c * size + k];
        n += marginals[c];
    }
    if (n <= 1)
        return std::nullopt;

    std::vector<double> cumulative(size + 1, 0.0); // cumulative[i] = n_0 + ... + n_(i-1)
    for (size_t c = 0; c < size; ++c)
        cumulative[c + 1] = cumulative[c] + marginals[c];
    const auto distance = [&](size_t c, size_t k) -> double {
        if (c == k)
            return 0.0;
        switch (metric) {
        case AlphaMetric::Nominal:
            return 1.0;
        case AlphaMetric::Interval: {
            const double difference = domain[c] - domain[k];
            return difference * difference;
        }
        case AlphaMetric::Ordinal: {
            const size_t low = std::min(c, k);
            const size_t high = std::max(c, k);
            const double between = cumulative[high + 1] - cumulative[low] - (marginals[low] + marginals[high]) / 2.0;
            return between * between;
        }
        }
        return 0.0;
    };

    double observed = 0;
    double expected = 0;
    for (size_t c = 0; c < size; ++c) {
        for (size_t k = 0; k < size; ++k) {
            if (c == k)
                continue;
            const double d = distance(c, k);
            observed += coincidences[c * size + k] * d;
            expected += marginals[c] * marginals[k] * d;
        }
    }
    // No variation among the values: expected disagreement is zero and
    // alpha is 0/0. Tolerance relative to the data, not an absolute epsilon.
    if (expected <= 1e-12 * n * n)
        return std::nullopt;
    return 1.0 - (n - 1.0) * observed / expected;
}

std::optional<AgreementValue> commonUndefinedReason(const ReliabilityData &data)
{
    if (data.analysts < 2)
        return AgreementValue::undefined(data.analysts == 1 ? QCoreApplication::translate("dpi::agreement", "only one analyst gave levels here")
                                                            : QCoreApplication::translate("dpi::agreement", "no analyst's ratings"));
    return std::nullopt;
}

QString noVariationReason()
{
    return QCoreApplication::translate("dpi::agreement", "every rating has the same value, so agreement beyond chance cannot be measured");
}

double quantile(const std::vector<double> &sorted, double p)
{
    const double h = double(sorted.size() - 1) * p;
    const size_t low = size_t(std::floor(h));
    if (low + 1 >= sorted.size())
        return sorted.back();
    return sorted[low] + (h - double(low)) * (sorted[low + 1] - sorted[low]);
}

// Unbiased index in [0, bound) from a 64-bit generator, the same on every
// standard library (std::uniform_int_distribution is not).
size_t drawIndex(std::mt19937_64 &generator, size_t bound)
{
    const std::uint64_t range = std::uint64_t(bound);
    const std::uint64_t threshold = (0 - range) % range;
    for (;;) {
        const std::uint64_t r = generator();
        if (r >= threshold)
            return size_t(r % range);
    }
}

} // namespace

AgreementValue AgreementValue::of(double value)
{
    AgreementValue result;
    result.value = value;
    return result;
}

AgreementValue AgreementValue::undefined(const QString &reason)
{
    AgreementValue result;
    result.undefinedReason = reason;
    return result;
}

int ReliabilityData::pairableUnits() const
{
    int count = 0;
    for (const ReliabilityUnit &unit : units) {
        const auto present = std::count_if(unit.values.begin(), unit.values.end(),
                                           [](const std::optional<double> &value) { return value.has_value(); });
        count += present >= 2 ? 1 : 0;
    }
    return count;
}

int ReliabilityData::pairableValues() const
{
    int count = 0;
    for (const ReliabilityUnit &unit : units) {
        const auto present = std::count_if(unit.values.begin(), unit.values.end(),
                                           [](const std::optional<double> &value) { return value.has_value(); });
        count += present >= 2 ? int(present) : 0;
    }
    return count;
}

AgreementValue krippendorffAlpha(const ReliabilityData &data, AlphaMetric metric)
{
    if (const auto undefined = commonUndefinedReason(data))
        return *undefined;
    if (data.pairableUnits() < 2)
        return AgreementValue::undefined(QCoreApplication::translate("dpi::agreement", "fewer than two items were rated by at least two analysts"));
    const std::vector<double> domain = pairableValueDomain(data);
    std::vector<double> coincidences(domain.size() * domain.size(), 0.0);
    for (const UnitCoincidences &unit : unitCoincidences(data, domain)) {
        for (const auto &entry : unit.entries)
            coincidences[size_t(entry.c) * domain.size() + size_t(entry.k)] += entry.o;
    }
    if (const auto alpha = alphaFromCoincidences(coincidences, domain, metric))
        return AgreementValue::of(*alpha);
    return AgreementValue::undefined(noVariationReason());
}

AlphaInterval bootstrapAlpha(const ReliabilityData &data, AlphaMetric metric, const BootstrapOptions &options)
{
    return bootstrapAlphas(data, {metric}, options).front();
}

std::vector<AlphaInterval> bootstrapAlphas(const ReliabilityData &data, const std::vector<AlphaMetric> &metrics,
                                           const BootstrapOptions &options)
{
    std::vector<AlphaInterval> results(metrics.size());
    bool anyDefined = false;
    for (size_t m = 0; m < metrics.size(); ++m) {
        const AgreementValue point = krippendorffAlpha(data, metrics[m]);
        results[m].undefinedReason = point.undefinedReason;
        anyDefined = anyDefined || point.isDefined();
    }
    if (!anyDefined)
        return results;
    if (options.draws < 2 || !(options.level > 0.0 && options.level < 1.0)) {
        for (AlphaInterval &result : results)
            result.undefinedReason = QCoreApplication::translate("dpi::agreement", "the bootstrap needs at least two draws and a level between 0 and 1");
        return results;
    }
    const std::vector<double> domain = pairableValueDomain(data);
    const std::vector<UnitCoincidences> units = unitCoincidences(data, domain);

    // Units with the same values make the same contribution: a draw counts
    // how often each distinct pattern came up and adds each pattern once.
    std::vector<const UnitCoincidences *> patterns;
    std::vector<size_t> patternOf(units.size());
    {
        std::map<std::vector<std::tuple<int, int, double>>, size_t> known;
        for (size_t u = 0; u < units.size(); ++u) {
            std::vector<std::tuple<int, int, double>> key;
            for (const auto &entry : units[u].entries)
                key.emplace_back(entry.c, entry.k, entry.o);
            const auto [found, inserted] = known.emplace(std::move(key), patterns.size());
            if (inserted)
                patterns.push_back(&units[u]);
            patternOf[u] = found->second;
        }
    }

    std::mt19937_64 generator(options.seed);
    const size_t size = domain.size();
    std::vector<double> coincidences(size * size);
    std::vector<int> drawn(patterns.size());
    std::vector<std::vector<double>> alphas(metrics.size());
    for (int draw = 0; draw < options.draws; ++draw) {
        std::fill(drawn.begin(), drawn.end(), 0);
        for (size_t i = 0; i < units.size(); ++i)
            ++drawn[patternOf[drawIndex(generator, units.size())]];
        std::fill(coincidences.begin(), coincidences.end(), 0.0);
        for (size_t p = 0; p < patterns.size(); ++p) {
            if (drawn[p] == 0)
                continue;
            for (const auto &entry : patterns[p]->entries)
                coincidences[size_t(entry.c) * size + size_t(entry.k)] += drawn[p] * entry.o;
        }
        for (size_t m = 0; m < metrics.size(); ++m) {
            if (!results[m].undefinedReason.isEmpty())
                continue;
            if (const auto alpha = alphaFromCoincidences(coincidences, domain, metrics[m]))
                alphas[m].push_back(*alpha);
        }
    }
    for (size_t m = 0; m < metrics.size(); ++m) {
        AlphaInterval &result = results[m];
        if (!result.undefinedReason.isEmpty())
            continue;
        std::vector<double> &values = alphas[m];
        result.validDraws = int(values.size());
        if (2 * result.validDraws < options.draws) {
            result.undefinedReason = QCoreApplication::translate("dpi::agreement", "alpha could be computed in only %1 of %2 bootstrap resamples")
                                         .arg(result.validDraws)
                                         .arg(options.draws);
            continue;
        }
        std::sort(values.begin(), values.end());
        result.lower = quantile(values, (1.0 - options.level) / 2.0);
        result.upper = quantile(values, (1.0 + options.level) / 2.0);
    }
    return results;
}

AgreementValue cohenKappa(const ReliabilityData &data, KappaWeights weights)
{
    if (const auto undefined = commonUndefinedReason(data))
        return *undefined;
    if (data.analysts != 2)
        return AgreementValue::undefined(QCoreApplication::translate("dpi::agreement", "Cohen's kappa compares exactly two analysts (there are %1)")
                                             .arg(data.analysts));
    std::vector<std::pair<double, double>> pairs;
    std::vector<double> domain;
    for (const ReliabilityUnit &unit : data.units) {
        if (unit.values.size() < 2 || !unit.values[0] || !unit.values[1])
            continue;
        pairs.push_back({*unit.values[0], *unit.values[1]});
        domain.push_back(*unit.values[0]);
        domain.push_back(*unit.values[1]);
    }
    if (pairs.empty())
        return AgreementValue::undefined(QCoreApplication::translate("dpi::agreement", "no item was rated by both analysts"));
    std::sort(domain.begin(), domain.end());
    domain.erase(std::unique(domain.begin(), domain.end()), domain.end());

    const size_t size = domain.size();
    std::vector<double> observed(size * size, 0.0);
    std::vector<double> rows(size, 0.0);
    std::vector<double> columns(size, 0.0);
    for (const auto &pair : pairs) {
        const size_t a = size_t(indexOf(domain, pair.first));
        const size_t b = size_t(indexOf(domain, pair.second));
        observed[a * size + b] += 1.0;
        rows[a] += 1.0;
        columns[b] += 1.0;
    }
    const double total = double(pairs.size());
    double observedDisagreement = 0;
    double expectedDisagreement = 0;
    for (size_t a = 0; a < size; ++a) {
        for (size_t b = 0; b < size; ++b) {
            if (a == b)
                continue;
            const double difference = std::abs(domain[a] - domain[b]);
            const double weight = weights == KappaWeights::Unweighted ? 1.0
                : weights == KappaWeights::Linear                     ? difference
                                                                      : difference * difference;
            observedDisagreement += weight * observed[a * size + b];
            expectedDisagreement += weight * rows[a] * columns[b] / total;
        }
    }
    if (expectedDisagreement <= 1e-12 * total)
        return AgreementValue::undefined(noVariationReason());
    return AgreementValue::of(1.0 - observedDisagreement / expectedDisagreement);
}

PairwiseAgreement pairwiseAgreement(const ReliabilityData &data)
{
    PairwiseAgreement result;
    if (const auto undefined = commonUndefinedReason(data)) {
        result.exactPercent = *undefined;
        result.withinOnePercent = *undefined;
        return result;
    }
    int exact = 0;
    int withinOne = 0;
    for (const ReliabilityUnit &unit : data.units) {
        for (size_t i = 0; i < unit.values.size(); ++i) {
            if (!unit.values[i])
                continue;
            for (size_t j = i + 1; j < unit.values.size(); ++j) {
                if (!unit.values[j])
                    continue;
                const double difference = std::abs(*unit.values[i] - *unit.values[j]);
                ++result.pairs;
                exact += difference == 0.0 ? 1 : 0;
                // A level apart in percent may carry rounding; a tolerance far
                // below any level step keeps "one level" exact.
                withinOne += difference <= unit.oneLevel * (1.0 + 1e-9) ? 1 : 0;
            }
        }
    }
    if (result.pairs == 0) {
        const AgreementValue none = AgreementValue::undefined(QCoreApplication::translate("dpi::agreement", "no item was rated by two analysts"));
        result.exactPercent = none;
        result.withinOnePercent = none;
        return result;
    }
    result.exactPercent = AgreementValue::of(100.0 * exact / result.pairs);
    result.withinOnePercent = AgreementValue::of(100.0 * withinOne / result.pairs);
    return result;
}

} // namespace dpi
