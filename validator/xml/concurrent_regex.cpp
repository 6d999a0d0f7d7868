#include "validator/xml/concurrent_regex.h"

#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/util/RefHashTableOf.hpp>
#include <xercesc/util/regx/RangeToken.hpp>
#include <xercesc/util/regx/RegularExpression.hpp>
#include <xercesc/util/regx/Token.hpp>
#include <xercesc/validators/datatype/DatatypeValidator.hpp>
#include <xercesc/validators/datatype/DatatypeValidatorFactory.hpp>
#include <xercesc/validators/schema/SchemaGrammar.hpp>

#include <mutex>
#include <set>

namespace konform::xml {
using namespace xercesc;

namespace {

/// Reach protected members through pointers to members, the one legal way to use a protected
/// member of an object that is not of the derived type.
struct TokenTreeAccess : RegularExpression {
  static Token* RegularExpression::*member() { return &TokenTreeAccess::fTokenTree; }
};
struct RegexAccess : DatatypeValidator {
  using Getter = RegularExpression* (DatatypeValidator::*)() const;
  static Getter getter() { return &RegexAccess::getRegex; }
};

void prepare(Token* token, std::set<Token*>& seen) {
  if (token == nullptr || !seen.insert(token).second) return;
  const auto type = token->getTokenType();
  if (type == Token::T_RANGE || type == Token::T_NRANGE)
    static_cast<RangeToken*>(token)->createMap();
  for (XMLSize_t i = 0; i < token->size(); ++i) prepare(token->getChild(i), seen);
}

void prepare(DVHashTable* registry, std::set<Token*>& seen) {
  if (registry == nullptr) return;
  RefHashTableOfEnumerator<DatatypeValidator> validators(registry, false);
  while (validators.hasMoreElements()) {
    DatatypeValidator& validator = validators.nextElement();
    for (DatatypeValidator* dv = &validator; dv != nullptr; dv = dv->getBaseValidator()) {
      if (RegularExpression* regex = (dv->*RegexAccess::getter())()) {
        prepare(regex->*TokenTreeAccess::member(), seen);
      }
    }
  }
}

}  // namespace

void prepare_patterns_for_concurrent_use(XMLGrammarPool& pool) {
  std::set<Token*> seen;
  auto grammars = pool.getGrammarEnumerator();
  while (grammars.hasMoreElements()) {
    Grammar& grammar = grammars.nextElement();
    if (grammar.getGrammarType() != Grammar::SchemaGrammarType) continue;
    DatatypeValidatorFactory* factory = static_cast<SchemaGrammar&>(grammar).getDatatypeRegistry();
    if (factory != nullptr) prepare(factory->getUserDefinedRegistry(), seen);
  }
  // The built-in types (xs:language, xs:NCName, ...) are shared by every grammar of the process.
  static std::mutex builtin_mutex;
  std::lock_guard lock(builtin_mutex);
  prepare(DatatypeValidatorFactory::getBuiltInRegistry(), seen);
}

}  // namespace konform::xml
