// The service's web page for people rather than scripts: `GET /` (validate) and `GET /compare`
// (procurement), German or English, built from the HTML templates and stylesheet under web/ that
// travel inside the binary. Nothing on them loads from anywhere but the service itself.
#pragma once

#include <string_view>

#include "konform/report.h"
#include "validator/serve/chain_set.h"
#include "validator/serve/http_types.h"

namespace konform::serve {

enum class Page { kValidate, kCompare };

/// What the page offers besides its fixed form.
struct PageChoices {
  /// The chains to pick from; null when the service keeps them to authenticated clients (then
  /// the page asks for the profile as text).
  const ChainSet* chains = nullptr;
  bool ask_for_token = false;  ///< a token guards the service and the request carried none
};

/// A whole page in `language`: the shell of every page (head, title, the navigation between the
/// two forms and to the other language, footer) around `main`, which is markup. The navigation
/// marks `section`'s form as the current page when `is_form` (else the page only belongs to it,
/// as an answer does); the language switch leads to that form.
std::string page_html(Page section, bool is_form, api::Language language, std::string_view title,
                      std::string_view main);

/// The page in `language`, with the security headers of every page.
Response page_response(unsigned version, Page page, api::Language language,
                       const PageChoices& choices);

/// `/ui/page.css`, the pages' stylesheet.
Response stylesheet_response(unsigned version);

/// The headers every HTML answer of the service carries: a Content-Security-Policy that lets
/// nothing load but `style_source` (a CSP source expression: 'self' for the stylesheet, or the
/// hash of a report's own style element) and data: images, posts forms only to the service and
/// forbids framing; no MIME sniffing; no Referer.
void set_page_headers(Response& response, std::string_view style_source);

}  // namespace konform::serve
