#include "owmoracle.h"

#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <iterator>
#include <set>

namespace owmtest {

namespace {

QString cacheDir()
{
    return QStringLiteral(DPIW_BINARY_DIR "/owm-oracle-cache");
}

QString cacheKey(const QString &text)
{
    // The engine version is part of the key: a new engine means new answers.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("wmlandscape-3.0.1\n"));
    hash.addData(text.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString num(double value)
{
    return QString::number(value, 'g', 12);
}

QString num(const QJsonValue &value)
{
    if (value.isDouble())
        return num(value.toDouble());
    if (value.isString()) // the engine keeps some numbers as text
        return num(value.toString().toDouble());
    return QStringLiteral("?");
}

QString decoratorText(bool build, bool buy, bool outsource, bool market, bool ecosystem)
{
    QString s;
    s += build ? u'B' : u'-';
    s += buy ? u'Y' : u'-';
    s += outsource ? u'O' : u'-';
    s += market ? u'M' : u'-';
    s += ecosystem ? u'E' : u'-';
    return s;
}

QString decoratorText(const dpi::WardleyDecorators &d)
{
    return decoratorText(d.build, d.buy, d.outsource, d.market, d.ecosystem);
}

QString decoratorText(const QJsonObject &d)
{
    return decoratorText(d.value(QLatin1String("build")).toBool(), d.value(QLatin1String("buy")).toBool(),
                         d.value(QLatin1String("outsource")).toBool(), d.value(QLatin1String("market")).toBool(),
                         d.value(QLatin1String("ecosystem")).toBool());
}

QString join(const QStringList &parts)
{
    return parts.join(QLatin1String(" | "));
}

void sortAll(Sections &sections)
{
    for (auto &entry : sections)
        std::sort(entry.second.begin(), entry.second.end());
}

QString linkFlowName(const QJsonObject &link)
{
    if (!link.value(QLatin1String("flow")).toBool())
        return QStringLiteral("none");
    const bool future = link.value(QLatin1String("future")).toBool();
    const bool past = link.value(QLatin1String("past")).toBool();
    if (link.contains(QLatin1String("flowValue"))) {
        if (future && past)
            return QStringLiteral("both");
        return future ? QStringLiteral("forward") : QStringLiteral("back");
    }
    if (past)
        return QStringLiteral("both");
    return future ? QStringLiteral("back") : QStringLiteral("forward");
}

} // namespace

QString oracleUnavailableReason()
{
    if (!QFile::exists(dpitest::sharedPath(QStringLiteral("tools/owm-oracle/owm-oracle"))))
        return QStringLiteral("the owm-oracle tool is not in the shared folder");
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed");
    const QString home = qEnvironmentVariable("OWM_ORACLE_HOME",
                                              QDir::homePath() + QStringLiteral("/.cache/owm-oracle"));
    if (!QFile::exists(home + QStringLiteral("/node_modules/wmlandscape/package.json"))
        && QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty())
        return QStringLiteral("npm is not installed and the reference engine is not cached");
    return {};
}

std::vector<QJsonObject> runOracle(const QStringList &texts, QString *error)
{
    std::vector<QJsonObject> results(size_t(texts.size()));
    QDir().mkpath(cacheDir());
    std::vector<int> missing;
    for (int i = 0; i < texts.size(); ++i) {
        QFile cached(cacheDir() + QLatin1Char('/') + cacheKey(texts[i]) + QStringLiteral(".json"));
        if (cached.open(QIODevice::ReadOnly)) {
            results[size_t(i)] = QJsonDocument::fromJson(cached.readAll()).object();
            if (!results[size_t(i)].isEmpty())
                continue;
        }
        missing.push_back(i);
    }
    if (missing.empty())
        return results;

    QTemporaryDir dir;
    QStringList files;
    for (int index : missing) {
        const QString path = dir.path() + QStringLiteral("/m%1.owm").arg(index);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return {};
        }
        file.write(texts[index].toUtf8());
        files << path;
    }
    QProcess process;
    process.start(dpitest::sharedPath(QStringLiteral("tools/owm-oracle/owm-oracle")), files);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("owm-oracle failed: ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    int answered = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString file = object.value(QLatin1String("file")).toString();
        const int position = int(files.indexOf(file));
        if (position < 0)
            continue;
        const int index = missing[size_t(position)];
        results[size_t(index)] = object;
        QFile cached(cacheDir() + QLatin1Char('/') + cacheKey(texts[index]) + QStringLiteral(".json"));
        if (cached.open(QIODevice::WriteOnly))
            cached.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        ++answered;
    }
    if (answered != int(missing.size())) {
        *error = QStringLiteral("owm-oracle answered %1 of %2 files").arg(answered).arg(missing.size());
        return {};
    }
    return results;
}

Sections sectionsOf(const dpi::WardleyMap &map)
{
    using namespace dpi;
    Sections s;
    s[QStringLiteral("title")] << map.effectiveTitle();
    s[QStringLiteral("style")] << (map.style.isEmpty() ? QStringLiteral("plain") : map.style);
    s[QStringLiteral("size")] << QString::number(map.width) + QLatin1Char('x') + QString::number(map.height);
    QStringList labels = map.effectiveEvolutionLabels();
    while (labels.size() < 4)
        labels << QString();
    s[QStringLiteral("evolution")] << join(labels.mid(0, 4));
    const WardleyPosition legend = map.annotationsLegend.value_or(WardleyPosition{});
    s[QStringLiteral("legend")] << num(legend.visibility) + QLatin1Char(',') + num(legend.maturity);

    for (const WardleyComponent &c : map.components) {
        const WardleyOffset label = WardleyMap::labelOffsetOf(c);
        switch (c.type) {
        case WardleyComponentType::Component:
            if (!c.pipeline.isEmpty())
                break;
            s[QStringLiteral("components")] << join({c.name, num(c.position.visibility), num(c.position.maturity),
                                                     num(label.x) + QLatin1Char(',') + num(label.y),
                                                     decoratorText(c.decorators), c.inertia ? QStringLiteral("inertia") : QString()});
            break;
        case WardleyComponentType::Anchor:
            s[QStringLiteral("anchors")] << join({c.name, num(c.position.visibility), num(c.position.maturity)});
            break;
        case WardleyComponentType::Submap:
            s[QStringLiteral("submaps")] << join({c.name, num(c.position.visibility), num(c.position.maturity), c.url});
            break;
        }
    }
    for (const WardleyLink &l : map.links)
        s[QStringLiteral("links")] << join({l.from, l.to, wardleyFlowName(l.flow), l.flowValue, l.context});
    for (const WardleyPipeline &p : map.pipelines) {
        QStringList children;
        for (const WardleyComponent *child : map.pipelineChildren(p.id))
            children << child->name + QLatin1Char('@') + num(child->position.maturity);
        children.sort();
        const auto range = map.pipelineRange(p);
        s[QStringLiteral("pipelines")] << join({p.component, num(range.first), num(range.second),
                                                map.isPipelineHidden(p) ? QStringLiteral("hidden") : QString(),
                                                children.join(QLatin1Char(','))});
    }
    for (const WardleyEvolve &e : map.evolves) {
        const WardleyOffset label = e.label.value_or(WardleyMap::defaultLabelOffset(e.decorators));
        s[QStringLiteral("evolves")] << join({e.component, e.newName, num(e.maturity), num(label.x) + QLatin1Char(',') + num(label.y)});
    }
    for (const WardleyNote &n : map.notes)
        s[QStringLiteral("notes")] << join({n.text, num(n.position.visibility), num(n.position.maturity)});
    for (const WardleyAnnotation &a : map.annotations) {
        QStringList places;
        for (const WardleyPosition &p : a.occurrences)
            places << num(p.visibility) + QLatin1Char(',') + num(p.maturity);
        s[QStringLiteral("annotations")] << join({QString::number(a.number), places.join(QLatin1Char(';')), a.text});
    }
    for (const WardleyArea &a : map.areas)
        s[QStringLiteral("attitudes")] << join({wardleyAttitudeName(a.attitude), num(a.corner1.visibility), num(a.corner1.maturity),
                                                num(a.corner2.visibility), num(a.corner2.maturity)});
    for (const WardleyAccelerator &a : map.accelerators)
        s[QStringLiteral("accelerators")] << join({a.name, num(a.position.visibility), num(a.position.maturity),
                                                   a.deaccelerator ? QStringLiteral("de") : QString()});
    for (const WardleyUrl &u : map.urls)
        s[QStringLiteral("urls")] << join({u.name, u.address});
    sortAll(s);
    return s;
}

Sections sectionsOf(const QJsonObject &m)
{
    Sections s;
    auto array = [&m](const char *key) { return m.value(QLatin1String(key)).toArray(); };
    s[QStringLiteral("title")] << m.value(QLatin1String("title")).toString();
    const QJsonObject presentation = m.value(QLatin1String("presentation")).toObject();
    s[QStringLiteral("style")] << presentation.value(QLatin1String("style")).toString();
    const QJsonObject size = presentation.value(QLatin1String("size")).toObject();
    s[QStringLiteral("size")] << num(size.value(QLatin1String("width"))) + QLatin1Char('x') + num(size.value(QLatin1String("height")));
    QStringList labels;
    for (const QJsonValue &v : array("evolution")) {
        const QJsonObject o = v.toObject();
        // We trim stage labels; the engine keeps the blanks around "->".
        QString label = o.value(QLatin1String("line1")).toString().trimmed();
        const QString line2 = o.value(QLatin1String("line2")).toString();
        if (!line2.isEmpty())
            label += QLatin1Char('\n') + line2;
        labels << label;
    }
    s[QStringLiteral("evolution")] << join(labels);
    const QJsonObject legend = presentation.value(QLatin1String("annotations")).toObject();
    s[QStringLiteral("legend")] << num(legend.value(QLatin1String("visibility"))) + QLatin1Char(',') + num(legend.value(QLatin1String("maturity")));

    for (const QJsonValue &v : array("components")) {
        const QJsonObject c = v.toObject();
        const QJsonObject label = c.value(QLatin1String("label")).toObject();
        s[QStringLiteral("components")] << join({c.value(QLatin1String("name")).toString(), num(c.value(QLatin1String("visibility"))),
                                                 num(c.value(QLatin1String("maturity"))),
                                                 num(label.value(QLatin1String("x"))) + QLatin1Char(',') + num(label.value(QLatin1String("y"))),
                                                 decoratorText(c.value(QLatin1String("decorators")).toObject()),
                                                 c.value(QLatin1String("inertia")).toBool() ? QStringLiteral("inertia") : QString()});
    }
    for (const QJsonValue &v : array("anchors")) {
        const QJsonObject c = v.toObject();
        s[QStringLiteral("anchors")] << join({c.value(QLatin1String("name")).toString(), num(c.value(QLatin1String("visibility"))),
                                              num(c.value(QLatin1String("maturity")))});
    }
    for (const QJsonValue &v : array("submaps")) {
        const QJsonObject c = v.toObject();
        s[QStringLiteral("submaps")] << join({c.value(QLatin1String("name")).toString(), num(c.value(QLatin1String("visibility"))),
                                              num(c.value(QLatin1String("maturity"))), c.value(QLatin1String("url")).toString()});
    }
    const QJsonArray links = array("links");
    for (int i = 0; i < links.size(); ++i) {
        const QJsonObject l = links[i].toObject();
        s[QStringLiteral("links")] << join({l.value(QLatin1String("start")).toString(), l.value(QLatin1String("end")).toString(),
                                            linkFlowName(l), l.value(QLatin1String("flowValue")).toString(),
                                            l.value(QLatin1String("context")).toString()});
        // The engine emits every valued flow twice, the copy without the value.
        if (l.contains(QLatin1String("flowValue")))
            ++i;
    }
    for (const QJsonValue &v : array("pipelines")) {
        const QJsonObject p = v.toObject();
        QStringList children;
        for (const QJsonValue &c : p.value(QLatin1String("components")).toArray()) {
            const QJsonObject child = c.toObject();
            children << child.value(QLatin1String("name")).toString() + QLatin1Char('@') + num(child.value(QLatin1String("maturity")));
        }
        children.sort();
        s[QStringLiteral("pipelines")] << join({p.value(QLatin1String("name")).toString(), num(p.value(QLatin1String("maturity1"))),
                                                num(p.value(QLatin1String("maturity2"))),
                                                p.value(QLatin1String("hidden")).toBool() ? QStringLiteral("hidden") : QString(),
                                                children.join(QLatin1Char(','))});
    }
    for (const QJsonValue &v : array("evolved")) {
        const QJsonObject e = v.toObject();
        const QJsonObject label = e.value(QLatin1String("label")).toObject();
        s[QStringLiteral("evolves")] << join({e.value(QLatin1String("name")).toString(), e.value(QLatin1String("override")).toString(),
                                              num(e.value(QLatin1String("maturity"))),
                                              num(label.value(QLatin1String("x"))) + QLatin1Char(',') + num(label.value(QLatin1String("y")))});
    }
    for (const QJsonValue &v : array("notes")) {
        const QJsonObject n = v.toObject();
        s[QStringLiteral("notes")] << join({n.value(QLatin1String("text")).toString(), num(n.value(QLatin1String("visibility"))),
                                            num(n.value(QLatin1String("maturity")))});
    }
    for (const QJsonValue &v : array("annotations")) {
        const QJsonObject a = v.toObject();
        QStringList places;
        for (const QJsonValue &o : a.value(QLatin1String("occurances")).toArray()) {
            const QJsonObject p = o.toObject();
            places << num(p.value(QLatin1String("visibility"))) + QLatin1Char(',') + num(p.value(QLatin1String("maturity")));
        }
        s[QStringLiteral("annotations")] << join({num(a.value(QLatin1String("number"))), places.join(QLatin1Char(';')),
                                                  a.value(QLatin1String("text")).toString()});
    }
    for (const QJsonValue &v : array("attitudes")) {
        const QJsonObject a = v.toObject();
        s[QStringLiteral("attitudes")] << join({a.value(QLatin1String("attitude")).toString(), num(a.value(QLatin1String("visibility"))),
                                                num(a.value(QLatin1String("maturity"))), num(a.value(QLatin1String("visibility2"))),
                                                num(a.value(QLatin1String("maturity2")))});
    }
    for (const QJsonValue &v : array("accelerators")) {
        const QJsonObject a = v.toObject();
        s[QStringLiteral("accelerators")] << join({a.value(QLatin1String("name")).toString(), num(a.value(QLatin1String("visibility"))),
                                                   num(a.value(QLatin1String("maturity"))),
                                                   a.value(QLatin1String("deaccelerator")).toBool() ? QStringLiteral("de") : QString()});
    }
    for (const QJsonValue &v : array("urls")) {
        const QJsonObject u = v.toObject();
        s[QStringLiteral("urls")] << join({u.value(QLatin1String("name")).toString(), u.value(QLatin1String("url")).toString()});
    }
    sortAll(s);
    return s;
}

QStringList differences(const Sections &ours, const Sections &oracle)
{
    QStringList out;
    std::set<QString> keys;
    for (const auto &e : ours)
        keys.insert(e.first);
    for (const auto &e : oracle)
        keys.insert(e.first);
    for (const QString &key : keys) {
        const auto a = ours.find(key);
        const auto b = oracle.find(key);
        const QStringList mine = a == ours.end() ? QStringList() : a->second;
        const QStringList theirs = b == oracle.end() ? QStringList() : b->second;
        QStringList onlyMine;
        QStringList onlyTheirs;
        std::set_difference(mine.begin(), mine.end(), theirs.begin(), theirs.end(), std::back_inserter(onlyMine));
        std::set_difference(theirs.begin(), theirs.end(), mine.begin(), mine.end(), std::back_inserter(onlyTheirs));
        for (const QString &item : onlyTheirs)
            out << QLatin1Char('-') + key + QLatin1String(": ") + item;
        for (const QString &item : onlyMine)
            out << QLatin1Char('+') + key + QLatin1String(": ") + item;
    }
    return out;
}

} // namespace owmtest
