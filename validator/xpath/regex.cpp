#include "validator/xpath/regex.h"

#include "validator/xpath/error.h"

namespace konform::xpath {
namespace {

[[noreturn]] void raise(const regex::SyntaxError& refused) {
  throw Error(refused.kind() == regex::SyntaxError::Kind::kFlag ? "FORX0001" : "FORX0002",
              refused.what());
}

}  // namespace

std::string translate_regex(std::string_view pattern, std::string_view flags) {
  try {
    return regex::translate(pattern, flags);
  } catch (const regex::SyntaxError& refused) {
    raise(refused);
  }
}

std::shared_ptr<const CompiledRegex> compile_regex(std::string_view pattern,
                                                   std::string_view flags) {
  try {
    return regex::compile(pattern, flags);
  } catch (const regex::SyntaxError& refused) {
    raise(refused);
  }
}

}  // namespace konform::xpath
