#include "validator/serve/verdict_name.h"

namespace konform::serve {

std::string verdict_name(api::Verdict verdict) {
  switch (verdict) {
    case api::Verdict::kConformant:
      return "conformant";
    case api::Verdict::kNotConformant:
      return "not-conformant";
    case api::Verdict::kIncomplete:
      return "incomplete";
  }
  return "incomplete";
}

}  // namespace konform::serve
