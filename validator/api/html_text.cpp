#include "konform/html_text.h"

#include "reports/html_escape.h"

namespace konform::api {

std::string html_escape(std::string_view text) { return reports::html_escape(text); }

}  // namespace konform::api
