#pragma once

#include "owmreader.h"
#include "wardleymap.h"

// OWM's own example map (the Tea Shop), from reference/wardley-dsl.md §5.1,
// plus a pipeline, a PST area, an accelerator and decorators.
inline QString teaShopText()
{
    return QStringLiteral(
        "title Tea Shop\n"
        "anchor Business [0.95, 0.63]\n"
        "anchor Public [0.95, 0.78]\n"
        "component Cup of Tea [0.79, 0.61] label [-85.48, 3.78]\n"
        "component Cup [0.73, 0.78]\n"
        "component Tea [0.63, 0.81]\n"
        "component Hot Water [0.52, 0.80]\n"
        "component Water [0.38, 0.82]\n"
        "component Kettle [0.43, 0.35] label [-57, 4] (build) inertia\n"
        "evolve Kettle->Electric Kettle 0.62 label [16, 5]\n"
        "component Power [0.1, 0.7] label [-27, 20] (outsource)\n"
        "evolve Power 0.89 label [-12, 21]\n"
        "component Staff [0.6, 0.5] (market)\n"
        "Business->Cup of Tea\n"
        "Public->Cup of Tea\n"
        "Cup of Tea->Cup\n"
        "Cup of Tea->Tea\n"
        "Cup of Tea->Hot Water\n"
        "Hot Water->Water\n"
        "Hot Water->Kettle; limited by\n"
        "Kettle+'$0.10'>Power\n"
        "pipeline Cup [0.7, 0.9]\n"
        "settlers [0.3, 0.45, 0.18, 0.65]\n"
        "accelerator Regulation [0.25, 0.2]\n"
        "annotation 1 [[0.43,0.49],[0.08,0.79]] Standardising power allows Kettles to evolve faster\n"
        "annotation 2 [0.48, 0.85] Hot water is obvious and well known\n"
        "annotations [0.72, 0.03]\n"
        "note +a generic note appeared [0.23, 0.33]\n"
        "style wardley\n");
}

inline dpi::WardleyMap teaShop()
{
    return dpi::parseOwm(teaShopText(), QStringLiteral("teashop.owm")).map;
}
