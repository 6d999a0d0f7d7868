#include "validator/cli/fetched_code_list_output.h"

#include <iostream>

#include "reports/code_list_renderers.h"

namespace konform::cli {

void print_fetched_code_list(const registry::FetchedCodeList& fetched) {
  reports::render_refetch_warning_text(fetched, std::cerr);
  reports::render_fetched_code_list_text(fetched, std::cout);
}

}  // namespace konform::cli
