#pragma once

#include <QString>

namespace dpi::bundleddata {

// The read-only data shipped with the programs: assessments/ (the bundled
// frameworks and the sample) and templates/ (reports/, maps/). The app and
// dpiw both look here and nowhere else.
//
// Looked up from the running executable's folder, never from the working
// directory:
//  - installed: <bindir>/../share/dpi-workbench (the path between the two
//    comes from GNUInstallDirs at configure time), so that a copied or
//    relocated prefix keeps working;
//  - build tree: when the executable lies inside the build tree it was built
//    in, the source tree it was built from.
// An installed copy therefore never falls back to a source tree. Empty when
// neither is found (or before a QCoreApplication exists).
QString root();

QString assessmentsFolder();     // root()/assessments
QString reportTemplatesFolder(); // root()/templates/reports
QString starterMapsFolder();     // root()/templates/maps
QString sampleProject();         // the Kyrgyzstan sample assessment (*.dpi.yaml)

} // namespace dpi::bundleddata
