// The render function of every format, one .cpp each (<name>_renderer.cpp). The CLI reaches them
// through the registry in renderer.h; they are declared here so renderer.cpp can list them and
// tests can call one directly.
#pragma once

#include <ostream>

#include "reports/renderer.h"
#include "validator/core/report.h"

namespace konform::reports {

void render_github(const Report& report, const RenderOptions& options, std::ostream& out);
void render_html(const Report& report, const RenderOptions& options, std::ostream& out);
void render_json(const Report& report, const RenderOptions& options, std::ostream& out);
void render_junit(const Report& report, const RenderOptions& options, std::ostream& out);
void render_markdown(const Report& report, const RenderOptions& options, std::ostream& out);
void render_sarif(const Report& report, const RenderOptions& options, std::ostream& out);
void render_text(const Report& report, const RenderOptions& options, std::ostream& out);
void render_svrl(const Report& report, const RenderOptions& options, std::ostream& out);
void render_xml(const Report& report, const RenderOptions& options, std::ostream& out);

}  // namespace konform::reports
