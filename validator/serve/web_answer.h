// What the web page's forms answer: the HTML report (or comparison) exactly as `--format html`
// renders it, with links to download the same run's report in other formats, or a refusal as a
// page rather than problem JSON. Nothing of the request is kept: the downloads travel inside the
// answer as data: links.
#pragma once

#include <string>
#include <vector>

#include "konform/report.h"
#include "validator/serve/http_types.h"
#include "validator/serve/web_page.h"

namespace konform::serve {

struct Download {
  std::string label;       ///< the link's text
  std::string file_name;   ///< what the browser saves it as
  std::string media_type;  ///< of the data: link
  std::string content;
};

/// `report_html` with a navigation after `<body>`: a link back to `back`'s form and one link per
/// download. Its Content-Security-Policy allows the report's own style elements by their hash.
Response report_page(unsigned version, const std::string& report_html,
                     const std::vector<Download>& downloads, Page back, api::Language language);

/// The refusal `problem` (an application/problem+json response) as an HTML page with the same
/// status and headers, its detail in `language`, and a link back to `back`'s form.
Response refusal_page(Response problem, Page back, api::Language language);

}  // namespace konform::serve
