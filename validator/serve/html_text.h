// Filling a template of the service's own pages: its `{{name}}` placeholders. Text goes in escaped
// by api::html_escape (konform/html_text.h), the reports' own escape.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "konform/html_text.h"

namespace konform::serve {

/// `page` with every `{{name}}` replaced by `values.at(name)`, inserted as given (escape text
/// first). Throws std::logic_error naming a placeholder without a value, so a template and its
/// filler cannot drift apart unnoticed.
std::string fill_template(std::string_view page, const std::map<std::string, std::string>& values);

}  // namespace konform::serve
