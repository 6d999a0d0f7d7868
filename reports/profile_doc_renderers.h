// Renderers of a profile's catalogue (`konform profile doc`): pure functions of a ProfileDoc
// (validator/core/profile_doc.h), like the report renderers are of a Report. German ("de") or
// English (anything else): every word the catalogue says itself, and each rule's title in the
// page's language first, the other language's next to it.
#pragma once

#include <ostream>
#include <string_view>

#include "validator/core/profile_doc.h"

namespace konform::reports {

/// GitHub-flavoured Markdown: a heading per section, tables escaped with markdown_escape().
void render_profile_doc_markdown(const ProfileDoc& doc, std::string_view lang, std::ostream& out);

/// One self-contained, accessible HTML page: inline CSS, no script, no external resource
/// (like the html report); tables with <caption> and <th scope>, headings in order.
void render_profile_doc_html(const ProfileDoc& doc, std::string_view lang, std::ostream& out);

}  // namespace konform::reports
