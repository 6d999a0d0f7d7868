// The wording of the service's web page (`GET /`, `GET /compare`) and of what the forms answer,
// in German and English. The HTML templates under web/ hold the structure, web/words.tsv the
// words: one row per word with its German and English text (core/words_rows.h, as the reports'
// pages keep theirs), embedded at build time and read at the first page.
#pragma once

#include <map>
#include <string>

#include "konform/report.h"

namespace konform::serve {

/// Every `{{name}}` a page template holds that is plain text, by name, in `language`.
const std::map<std::string, std::string>& page_words(api::Language language);

/// One word of `page_words(language)`; throws std::out_of_range for a name it lacks.
const std::string& page_word(api::Language language, const std::string& name);

/// "de" or "en".
const char* language_code(api::Language language);

}  // namespace konform::serve
