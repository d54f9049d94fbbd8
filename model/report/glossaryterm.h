#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>

namespace dpi {

// One entry of a report template's glossary file (glossary.yaml): the term
// and its definition per language, the template sources that back the
// definition, and the countries it belongs to (empty = every project).
struct GlossaryTerm
{
    QString id;
    LocalizedText term;
    LocalizedText definition;
    QStringList sources;    // ids of the manifest's `sources:`
    QStringList countries;

    bool appliesTo(const QString &country) const
    {
        return countries.isEmpty() || countries.contains(country, Qt::CaseInsensitive);
    }
    bool operator==(const GlossaryTerm &o) const
    {
        return id == o.id && term == o.term && definition == o.definition && sources == o.sources
            && countries == o.countries;
    }
};

} // namespace dpi
