#include "validator/cli/fetched_code_list_output.h"

#include <iostream>

namespace konform::cli {

void print_fetched_code_list(const registry::FetchedCodeList& fetched) {
  if (!fetched.refetched_because.empty()) {
    std::cerr << "konform: warning: " << fetched.file.string() << ": " << fetched.refetched_because
              << "; fetched again\n";
  }
  std::cout << "konform: " << (fetched.was_there ? "already there: " : "fetched ")
            << fetched.kennung << " " << fetched.version << "\n  " << fetched.file.string()
            << "\n  sha256 " << fetched.sha256 << "\n";
}

}  // namespace konform::cli
