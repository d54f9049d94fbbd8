#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>

namespace dpi {

// A source the template's own text cites (the DPI/DPG/GovStack comparison,
// glossary definitions), declared in manifest.yaml under `sources:`. It is
// numbered with the project's sources and cited as {{cite.ID}}.
struct TemplateSource
{
    QString id;
    LocalizedText title;
    QString url;
    QString accessed;       // ISO date, may be empty
    QStringList countries;  // ISO codes it is about; empty = every project

    // Country-specific sources (a law, a national system) only join the
    // report of a project about that country.
    bool appliesTo(const QString &country) const
    {
        return countries.isEmpty() || countries.contains(country, Qt::CaseInsensitive);
    }
    bool operator==(const TemplateSource &o) const
    {
        return id == o.id && title == o.title && url == o.url && accessed == o.accessed && countries == o.countries;
    }
};

} // namespace dpi
