// The language of the web page and its answers: `?lang=de|en` (or the form's lang field) when
// given, else the browser's preference (Accept-Language), else German, the language of the
// administrations the service is for.
#pragma once

#include <string_view>

#include "konform/report.h"

namespace konform::serve {

/// `chosen` ("de" or "en") when it names one, else the first of German and English with the
/// highest weight in `accept_language` (RFC 9110 12.5.4: "en-GB,en;q=0.9,de;q=0.8"), else German.
api::Language page_language(std::string_view chosen, std::string_view accept_language);

}  // namespace konform::serve
