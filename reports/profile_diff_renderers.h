// Renderers of `konform profile diff`: pure functions of a finished ProfileDiff
// (validator/core/profile_diff.h). Text for the terminal, Markdown for release notes, JSON for
// scripts (xsd/profile-diff-1.schema.json).
#pragma once

#include <ostream>
#include <string_view>

#include "validator/core/profile_diff.h"

namespace konform::reports {

void render_profile_diff_text(const ProfileDiff& diff, std::ostream& out);
void render_profile_diff_markdown(const ProfileDiff& diff, std::ostream& out);
void render_profile_diff_json(const ProfileDiff& diff, std::ostream& out);

/// The renderer for `format` (text | markdown | json); REQUIRES one of them.
void render_profile_diff(const ProfileDiff& diff, std::string_view format, std::ostream& out);

/// The first hex digits of a SHA-256, enough to tell two versions of a file apart by eye.
std::string_view short_hash(std::string_view sha256);

/// "2 rules, 1 code list changed": how many items of each section differ; "no differences".
std::string profile_diff_summary(const ProfileDiff& diff);

}  // namespace konform::reports
