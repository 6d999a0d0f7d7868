#include "validator/core/config_error.h"

namespace konform {

std::string ConfigError::located(bool german) const {
  std::string out;
  if (!file_.empty()) {
    out += file_;
    if (line_ > 0) {
      out += ":" + std::to_string(line_);
      if (column_ > 0) out += ":" + std::to_string(column_);
    }
    out += ": ";
  }
  out += german && !message_de_.empty() ? message_de_ : std::string(what());
  return out;
}

}  // namespace konform
