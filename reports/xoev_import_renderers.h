// Renderers of what `konform profile import` (an XÖV release) and `konform init profile
// --from-xsd` say: pure functions of plain values (validator/core/xoev_import_report.h,
// profile_skeleton_summary.h), for the terminal. What the import could not resolve is listed as
// warnings, never left out.
#pragma once

#include <ostream>

#include "validator/core/profile_skeleton_summary.h"
#include "validator/core/xoev_import_report.h"

namespace konform::reports {

/// The profile written and its counts, how messages were found, the document types, the catalog,
/// code lists from --with folders, unbound Schematron files and code lists nobody carries.
void render_xoev_import_text(const importer::xoev::XoevImportReport& report, std::ostream& out);

/// The files written, the candidate document types and what is left to do by hand.
void render_profile_skeleton_text(const ProfileSkeletonSummary& skeleton, std::ostream& out);

}  // namespace konform::reports
