// Builds what `konform codelist show` prints of a list (validator/core/code_list_excerpt.h): its
// identification and its first rows' code and description.
#pragma once

#include <cstddef>

#include "validator/codelist/code_list.h"
#include "validator/core/code_list_excerpt.h"

namespace konform::codelist {

CodeListExcerpt code_list_excerpt(const CodeList& list, std::size_t rows);

}  // namespace konform::codelist
