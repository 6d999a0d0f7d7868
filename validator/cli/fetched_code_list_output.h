// What `codelist fetch` and `profile update-codelists` print for each list
// (reports/code_list_renderers.h): fetched or reused, where it lies and its SHA-256 on stdout; a
// copy that was not trusted, and why, on stderr.
#pragma once

#include "validator/registry/xrepository_codelist.h"

namespace konform::cli {

void print_fetched_code_list(const registry::FetchedCodeList& fetched);

}  // namespace konform::cli
