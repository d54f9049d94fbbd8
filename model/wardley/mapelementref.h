#pragma once

#include <QString>

namespace dpi {

// Names one movable part of a map by id (never by pointer or index into the
// model's vectors), so that scene items stay valid across edits.
struct MapElementRef
{
    enum Kind { Component, EvolvedTwin, Note, Annotation, Accelerator };
    Kind kind = Component;
    QString id;        // the element's id (an evolve's id for EvolvedTwin)
    int occurrence = 0; // annotations: which of its positions

    bool operator==(const MapElementRef &o) const { return kind == o.kind && id == o.id && occurrence == o.occurrence; }
    bool operator!=(const MapElementRef &o) const { return !(*this == o); }
};

} // namespace dpi
