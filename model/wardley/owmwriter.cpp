#include "owmwriter.h"

#include "owmtext.h"

#include <QSet>

namespace dpi {

namespace {

QString position(const WardleyPosition &p)
{
    return QLatin1Char('[') + owmFormatNumber(p.visibility) + QLatin1String(", ") + owmFormatNumber(p.maturity) + QLatin1Char(']');
}

QString labelText(const std::optional<WardleyOffset> &label)
{
    if (!label)
        return {};
    return QLatin1String(" label [") + owmFormatNumber(label->x) + QLatin1String(", ") + owmFormatNumber(label->y) + QLatin1Char(']');
}

QString decoratorText(const WardleyDecorators &d)
{
    QStringList words;
    if (d.build)
        words << QStringLiteral("build");
    if (d.buy)
        words << QStringLiteral("buy");
    if (d.outsource)
        words << QStringLiteral("outsource");
    if (d.market)
        words << QStringLiteral("market");
    if (d.ecosystem)
        words << QStringLiteral("ecosystem");
    if (words.isEmpty())
        return {};
    return QLatin1String(" (") + words.join(QLatin1String(", ")) + QLatin1Char(')');
}

// The reference engine finds an evolve maturity only as "<blank>d.ddd", so an
// integral or tiny value still gets a decimal point and no exponent.
QString evolveMaturity(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text += u'0';
    return text;
}

// Evolve lines are read by the reference engine from the end (maturity,
// label), so brackets and parentheses in the name are harmless there, while
// a quoted name followed by a label loses its maturity. Quote only what must be.
QString evolveName(const QString &name)
{
    const bool quote = name.isEmpty() || name.trimmed() != name || name.contains(QLatin1String("->"))
        || name.contains(QLatin1String("//")) || name.contains(u'"') || name.contains(u'\\') || name.contains(u'\n')
        || name.contains(u'\r') || name.contains(u'\t');
    return quote ? owmQuoteIfNeeded(name, true) : name;
}

QString componentLine(const WardleyComponent &c)
{
    QString line;
    switch (c.type) {
    case WardleyComponentType::Anchor: line = QStringLiteral("anchor "); break;
    case WardleyComponentType::Submap: line = QStringLiteral("submap "); break;
    case WardleyComponentType::Component: line = QStringLiteral("component "); break;
    }
    line += owmQuoteIfNeeded(c.name) + QLatin1Char(' ') + position(c.position) + labelText(c.label) + decoratorText(c.decorators);
    if (c.inertia)
        line += QLatin1String(" inertia");
    if (!c.url.isEmpty())
        line += QLatin1String(" url(") + c.url + QLatin1Char(')');
    return line;
}

QString childLine(const WardleyComponent &c)
{
    QString line = QLatin1String("  component ") + owmQuoteIfNeeded(c.name) + QLatin1String(" [")
        + owmFormatNumber(c.position.maturity) + QLatin1Char(']') + labelText(c.label) + decoratorText(c.decorators);
    if (c.inertia)
        line += QLatin1String(" inertia");
    return line;
}

QString pipelineLines(const WardleyMap &map, const WardleyPipeline &p)
{
    QString text = QLatin1String("pipeline ") + owmQuoteIfNeeded(p.component);
    if (p.hasRange)
        text += QLatin1String(" [") + owmFormatNumber(p.maturity1) + QLatin1String(", ") + owmFormatNumber(p.maturity2) + QLatin1Char(']');
    text += QLatin1Char('\n');
    const auto children = map.pipelineChildren(p.id);
    if (!children.empty()) {
        text += QLatin1String("{\n");
        for (const WardleyComponent *child : children)
            text += childLine(*child) + QLatin1Char('\n');
        text += QLatin1String("}\n");
    }
    return text;
}

QString linkLine(const WardleyLink &link)
{
    // A bare start name that begins with a keyword would make the reference
    // engine drop the line, so it is quoted.
    QString line = owmQuoteIfNeeded(link.from, owmStartsWithKeyword(link.from));
    const bool valued = !link.flowValue.isEmpty();
    switch (link.flow) {
    case WardleyFlow::None:
        line += valued ? QLatin1String("+'") + owmSingleLine(link.flowValue) + QLatin1String("'>") : QStringLiteral("->");
        break;
    case WardleyFlow::Forward:
        line += valued ? QLatin1String("+'") + owmSingleLine(link.flowValue) + QLatin1String("'>") : QStringLiteral("+>");
        break;
    case WardleyFlow::Back:
        line += valued ? QLatin1String("+'") + owmSingleLine(link.flowValue) + QLatin1String("'<") : QStringLiteral("+<");
        break;
    case WardleyFlow::Both:
        line += valued ? QLatin1String("+'") + owmSingleLine(link.flowValue) + QLatin1String("'<>") : QStringLiteral("+<>");
        break;
    }
    line += owmQuoteIfNeeded(link.to);
    if (!link.context.isEmpty())
        line += QLatin1String("; ") + owmSingleLine(link.context);
    return line;
}

} // namespace

QString writeOwm(const WardleyMap &map)
{
    QString out;
    auto line = [&out](const QString &text) {
        out += text;
        out += QLatin1Char('\n');
    };

    const QString title = owmSingleLine(map.title.text());
    if (!title.isEmpty())
        line(QLatin1String("title ") + title);
    if (!map.style.isEmpty())
        line(QLatin1String("style ") + owmSingleLine(map.style));
    if (map.width > 0 || map.height > 0)
        line(QLatin1String("size [") + QString::number(map.width) + QLatin1String(", ") + QString::number(map.height) + QLatin1Char(']'));
    if (!map.showEvolutionAxis || !map.evolutionLabels.isEmpty()) {
        QString evolution = QStringLiteral("evolution");
        if (!map.showEvolutionAxis)
            evolution += QLatin1String(" --hide");
        if (!map.evolutionLabels.isEmpty())
            evolution += QLatin1Char(' ') + owmSingleLine(map.evolutionLabels.join(QLatin1String("->")));
        line(evolution);
    }
    if (!map.showValueChainAxis)
        line(QStringLiteral("valuechain --hide"));
    if (!out.isEmpty())
        out += QLatin1Char('\n');

    QSet<QString> written;
    bool anchors = false;
    for (const WardleyComponent &c : map.components) {
        if (c.type == WardleyComponentType::Anchor && c.pipeline.isEmpty()) {
            line(componentLine(c));
            anchors = true;
        }
    }
    if (anchors)
        out += QLatin1Char('\n');
    for (const WardleyComponent &c : map.components) {
        if (c.type == WardleyComponentType::Anchor || !c.pipeline.isEmpty())
            continue;
        line(componentLine(c));
        for (const WardleyPipeline &p : map.pipelines) {
            if (p.component == c.name && !written.contains(p.id)) {
                out += pipelineLines(map, p);
                written.insert(p.id);
            }
        }
    }
    for (const WardleyPipeline &p : map.pipelines) {
        if (!written.contains(p.id))
            out += pipelineLines(map, p);
    }

    if (!map.evolves.empty())
        out += QLatin1Char('\n');
    for (const WardleyEvolve &e : map.evolves) {
        QString text = QLatin1String("evolve ") + evolveName(e.component);
        if (!e.newName.isEmpty())
            text += QLatin1String("->") + evolveName(e.newName);
        text += QLatin1Char(' ') + evolveMaturity(e.maturity) + labelText(e.label) + decoratorText(e.decorators);
        line(text);
    }

    if (!map.links.empty())
        out += QLatin1Char('\n');
    for (const WardleyLink &link : map.links)
        line(linkLine(link));

    if (!map.notes.empty() || !map.annotations.empty() || map.annotationsLegend)
        out += QLatin1Char('\n');
    for (const WardleyNote &note : map.notes)
        line(QLatin1String("note ") + owmQuoteIfNeeded(note.text) + QLatin1Char(' ') + position(note.position));
    for (const WardleyAnnotation &a : map.annotations) {
        QString text = QLatin1String("annotation ") + QString::number(a.number) + QLatin1Char(' ');
        if (a.occurrences.size() == 1) {
            text += position(a.occurrences.front());
        } else {
            QStringList places;
            for (const WardleyPosition &p : a.occurrences)
                places << position(p);
            text += QLatin1Char('[') + places.join(QLatin1String(", ")) + QLatin1Char(']');
        }
        if (!a.text.isEmpty())
            text += QLatin1Char(' ') + owmSingleLine(a.text);
        line(text);
    }
    if (map.annotationsLegend)
        line(QLatin1String("annotations ") + position(*map.annotationsLegend));

    if (!map.areas.empty() || !map.accelerators.empty())
        out += QLatin1Char('\n');
    for (const WardleyArea &area : map.areas) {
        line(wardleyAttitudeName(area.attitude) + QLatin1String(" [") + owmFormatNumber(area.corner1.visibility) + QLatin1String(", ")
             + owmFormatNumber(area.corner1.maturity) + QLatin1String(", ") + owmFormatNumber(area.corner2.visibility)
             + QLatin1String(", ") + owmFormatNumber(area.corner2.maturity) + QLatin1Char(']'));
    }
    for (const WardleyAccelerator &a : map.accelerators)
        line((a.deaccelerator ? QLatin1String("deaccelerator ") : QLatin1String("accelerator ")) + owmQuoteIfNeeded(a.name)
             + QLatin1Char(' ') + position(a.position));

    if (!map.urls.empty())
        out += QLatin1Char('\n');
    for (const WardleyUrl &url : map.urls)
        line(QLatin1String("url ") + owmSingleLine(url.name) + QLatin1String(" [") + owmSingleLine(url.address) + QLatin1Char(']'));
    return out;
}

} // namespace dpi
