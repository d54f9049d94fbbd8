// Our agreement statistics against independent implementations, run as
// separate programs on generated data: scikit-learn and statsmodels (Debian's
// python3-sklearn, python3-statsmodels) and the `krippendorff` npm package.
// Each test is skipped, saying why, when its oracle is not installed.
#include "agreement.h"
#include "agreementtestdata.h"
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <random>

namespace {

struct OracleRun
{
    bool ok = false;
    QByteArray out;
    QString error;
};

OracleRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs = 120000)
{
    OracleRun run;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        run.error = QStringLiteral("%1 did not start").arg(program);
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.error = QStringLiteral("%1 timed out").arg(program);
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok)
        run.error = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The Debian packages install for the system interpreter; a python3 earlier
// on PATH (pyenv, a virtualenv) may not see them.
QString systemPython()
{
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

// Empty when the interpreter can import every module, else why not.
QString pythonMissing(const QStringList &modules)
{
    const QString python = systemPython();
    if (python.isEmpty())
        return QStringLiteral("python3 is not installed");
    const OracleRun run = runProgram(python, {QStringLiteral("-c"), QStringLiteral("import ") + modules.join(QStringLiteral(", "))}, {});
    return run.ok ? QString() : QStringLiteral("%1 cannot import %2").arg(python, modules.join(QStringLiteral(", ")));
}

QJsonArray valuesJson(const dpi::ReliabilityData &data, int analyst)
{
    QJsonArray values;
    for (const dpi::ReliabilityUnit &unit : data.units) {
        const auto &value = unit.values[size_t(analyst)];
        values.append(value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
    }
    return values;
}

QJsonArray matrixJson(const dpi::ReliabilityData &data)
{
    QJsonArray rows;
    for (int analyst = 0; analyst < data.analysts; ++analyst)
        rows.append(valuesJson(data, analyst));
    return rows;
}

QJsonArray scaleJson(int maxLevel)
{
    QJsonArray labels;
    for (int level = 0; level <= maxLevel; ++level)
        labels.append(double(level));
    return labels;
}

// Compares our value with the oracle's: both undefined, or both defined and equal.
void expectSame(const dpi::AgreementValue &ours, const QJsonValue &theirs, const std::string &what)
{
    if (theirs.isNull()) {
        EXPECT_FALSE(ours.isDefined()) << what << ": oracle undefined, ours " << ours.value.value_or(0);
        return;
    }
    ASSERT_TRUE(ours.isDefined()) << what << ": ours undefined (" << ours.undefinedReason.toStdString()
                                  << "), oracle " << theirs.toDouble();
    EXPECT_NEAR(*ours.value, theirs.toDouble(), 1e-9) << what;
}

// Two analysts on a 0-4 scale with missing ratings, plus the corner cases
// that make a kappa undefined or zero.
std::vector<dpi::ReliabilityData> kappaCases()
{
    std::mt19937 generator(2024);
    std::vector<dpi::ReliabilityData> cases;
    for (int i = 0; i < 40; ++i)
        cases.push_back(dpitest::randomRatings(generator, 2, 5 + i * 3, 4, i % 3 == 0 ? 0.0 : 0.15));
    cases.push_back(dpitest::reliabilityFromRows({QStringLiteral("2 2 2 2"), QStringLiteral("2 2 2 2")}));
    cases.push_back(dpitest::reliabilityFromRows({QStringLiteral("1 1 1"), QStringLiteral("3 3 3")}));
    cases.push_back(dpitest::reliabilityFromRows({QStringLiteral("0 4 0 4"), QStringLiteral("4 0 4 0")}));
    cases.push_back(dpitest::reliabilityFromRows({QStringLiteral("0 1 2 3 4 ."), QStringLiteral("0 1 2 3 . 4")}));
    return cases;
}

TEST(AgreementOracle, CohensKappaMatchesScikitLearn)
{
    const QString missing = pythonMissing({QStringLiteral("sklearn")});
    if (!missing.isEmpty())
        GTEST_SKIP() << missing.toStdString() << " (apt-get install python3-sklearn)";
    const std::vector<dpi::ReliabilityData> cases = kappaCases();
    QJsonArray casesJson;
    for (const dpi::ReliabilityData &data : cases)
        casesJson.append(QJsonObject{{QStringLiteral("a"), valuesJson(data, 0)}, {QStringLiteral("b"), valuesJson(data, 1)}});
    const QJsonObject request{{QStringLiteral("labels"), scaleJson(4)}, {QStringLiteral("cases"), casesJson}};
    const OracleRun run = runProgram(systemPython(), {dpitest::dataPath(QStringLiteral("oracles/kappa_sklearn.py"))},
                                     QJsonDocument(request).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    const QJsonArray results = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(results.size(), int(cases.size()));
    int defined = 0;
    for (size_t i = 0; i < cases.size(); ++i) {
        const QJsonObject expected = results[int(i)].toObject();
        const std::string at = "case " + std::to_string(i);
        expectSame(dpi::cohenKappa(cases[i], dpi::KappaWeights::Unweighted), expected[QStringLiteral("kappa")], at + " unweighted");
        expectSame(dpi::cohenKappa(cases[i], dpi::KappaWeights::Linear), expected[QStringLiteral("kappa_linear")], at + " linear");
        expectSame(dpi::cohenKappa(cases[i], dpi::KappaWeights::Quadratic), expected[QStringLiteral("kappa_quadratic")], at + " quadratic");
        defined += expected[QStringLiteral("kappa")].isNull() ? 0 : 1;
    }
    // The comparison is only worth something if most cases have a value.
    EXPECT_GE(defined, 40);
}

// Fleiss' kappa and Krippendorff's nominal alpha measure the same thing on
// complete data; with n values in all, alpha = 1 - (1 - kappa) (n - 1) / n.
TEST(AgreementOracle, NominalAlphaAndKappaMatchStatsmodels)
{
    const QString missing = pythonMissing({QStringLiteral("statsmodels"), QStringLiteral("numpy")});
    if (!missing.isEmpty())
        GTEST_SKIP() << missing.toStdString() << " (apt-get install python3-statsmodels)";
    std::mt19937 generator(77);
    std::vector<dpi::ReliabilityData> cases;
    for (int i = 0; i < 30; ++i)
        cases.push_back(dpitest::randomRatings(generator, 2 + i % 5, 8 + 2 * i, 4, 0.0));
    QJsonArray casesJson;
    for (const dpi::ReliabilityData &data : cases)
        casesJson.append(QJsonObject{{QStringLiteral("matrix"), matrixJson(data)}});
    const QJsonObject request{{QStringLiteral("categories"), scaleJson(4)}, {QStringLiteral("cases"), casesJson}};
    const OracleRun run = runProgram(systemPython(), {dpitest::dataPath(QStringLiteral("oracles/kappa_statsmodels.py"))},
                                     QJsonDocument(request).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    const QJsonArray results = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(results.size(), int(cases.size()));
    int twoAnalystCases = 0;
    for (size_t i = 0; i < cases.size(); ++i) {
        const dpi::ReliabilityData &data = cases[i];
        const QJsonObject expected = results[int(i)].toObject();
        const std::string at = "case " + std::to_string(i);
        const dpi::AgreementValue alpha = dpi::krippendorffAlpha(data, dpi::AlphaMetric::Nominal);
        const QJsonValue fleiss = expected[QStringLiteral("fleiss")];
        if (fleiss.isNull()) {
            EXPECT_FALSE(alpha.isDefined()) << at;
        } else {
            ASSERT_TRUE(alpha.isDefined()) << at << ": " << alpha.undefinedReason.toStdString();
            const double n = double(data.pairableValues());
            EXPECT_NEAR(*alpha.value, 1.0 - (1.0 - fleiss.toDouble()) * (n - 1.0) / n, 1e-9) << at;
        }
        if (data.analysts == 2) {
            ++twoAnalystCases;
            expectSame(dpi::cohenKappa(data, dpi::KappaWeights::Unweighted), expected[QStringLiteral("kappa")], at + " unweighted");
            expectSame(dpi::cohenKappa(data, dpi::KappaWeights::Linear), expected[QStringLiteral("kappa_linear")], at + " linear");
            expectSame(dpi::cohenKappa(data, dpi::KappaWeights::Quadratic), expected[QStringLiteral("kappa_quadratic")], at + " quadratic");
        }
    }
    EXPECT_EQ(twoAnalystCases, 6);
}

// Installs the npm package once into the build folder (npm needs the
// network the first time; without it the test is skipped, not failed).
QString npmKrippendorff(QString *why)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty()) {
        *why = QStringLiteral("node and npm are not installed");
        return {};
    }
    const QString prefix = QStringLiteral(DPIW_BINARY_DIR "/oracles/npm");
    const QString modules = prefix + QStringLiteral("/node_modules");
    if (QFileInfo::exists(modules + QStringLiteral("/krippendorff/package.json")))
        return modules;
    QDir().mkpath(prefix);
    const OracleRun install = runProgram(npm, {QStringLiteral("install"), QStringLiteral("--prefix"), prefix,
                                               QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                                               QStringLiteral("--no-save"), QStringLiteral("krippendorff@0.1.0")},
                                         {}, 300000);
    if (!install.ok || !QFileInfo::exists(modules + QStringLiteral("/krippendorff/package.json"))) {
        *why = QStringLiteral("npm could not install krippendorff@0.1.0: ") + install.error.left(300);
        return {};
    }
    return modules;
}

TEST(AgreementOracle, AlphaMatchesTheKrippendorffNpmPackage)
{
    QString why;
    const QString modules = npmKrippendorff(&why);
    if (modules.isEmpty())
        GTEST_SKIP() << why.toStdString();
    std::mt19937 generator(4242);
    std::vector<dpi::ReliabilityData> cases;
    cases.push_back(dpitest::reliabilityFromRows({
        QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."),
        QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
        QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."),
        QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 ."),
    }));
    for (int i = 0; i < 30; ++i)
        cases.push_back(dpitest::randomRatings(generator, 2 + i % 6, 6 + 3 * i, 2 + i % 3, 0.25));
    QJsonArray casesJson;
    // Every row has one entry per unit (null when missing): the package
    // counts units by the length of the first row.
    for (const dpi::ReliabilityData &data : cases)
        casesJson.append(QJsonObject{{QStringLiteral("matrix"), matrixJson(data)}});
    const OracleRun run = runProgram(QStandardPaths::findExecutable(QStringLiteral("node")),
                                     {dpitest::dataPath(QStringLiteral("oracles/alpha_npm.js")), modules},
                                     QJsonDocument(QJsonObject{{QStringLiteral("cases"), casesJson}}).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(run.ok) << run.error.toStdString();
    const QJsonArray results = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(results.size(), int(cases.size()));
    for (size_t i = 0; i < cases.size(); ++i) {
        const QJsonObject expected = results[int(i)].toObject();
        const std::string at = "case " + std::to_string(i);
        if (cases[i].pairableUnits() < 2)
            continue; // we call one pairable unit undefined; the package still divides
        expectSame(dpi::krippendorffAlpha(cases[i], dpi::AlphaMetric::Nominal), expected[QStringLiteral("nominal")], at + " nominal");
        expectSame(dpi::krippendorffAlpha(cases[i], dpi::AlphaMetric::Ordinal), expected[QStringLiteral("ordinal")], at + " ordinal");
        expectSame(dpi::krippendorffAlpha(cases[i], dpi::AlphaMetric::Interval), expected[QStringLiteral("interval")], at + " interval");
    }
    // Krippendorff's own example, through the package.
    EXPECT_NEAR(results[0].toObject()[QStringLiteral("interval")].toDouble(), 0.849, 0.0005);
}

} // namespace
