// Text into HTML for the service's own pages: escaping, and filling a template's `{{name}}`
// placeholders. The service links the public API only, so it cannot borrow the report renderers'.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace konform::serve {

/// `text` safe inside an element or a double-quoted attribute.
std::string html_escape(std::string_view text);

/// `page` with every `{{name}}` replaced by `values.at(name)`, inserted as given (escape text
/// first). Throws std::logic_error naming a placeholder without a value, so a template and its
/// filler cannot drift apart unnoticed.
std::string fill_template(std::string_view page, const std::map<std::string, std::string>& values);

}  // namespace konform::serve
