#include "validator/check/document_matcher.h"

#include <algorithm>

#include "validator/xpath/xpath.h"

namespace konform {
namespace {

std::string validity_text(const Validity& validity) {
  std::string text;
  if (!validity.from.empty()) text += "from " + validity.from;
  if (!validity.to.empty()) text += (text.empty() ? "" : " ") + ("to " + validity.to);
  return text.empty() ? "always" : text;
}

/// Whether a document type accepts this root element by name (conditions aside).
bool accepts_root(const CompiledDocumentType& type, std::string_view namespace_uri,
                  std::string_view local_name) {
  if (!type.match.root_declared_by_schema) return type.match.matches(namespace_uri, local_name);
  return type.schemas && type.schemas->declares_global_element(namespace_uri, local_name);
}

/// Why a document type's match rejects this root element by name; empty when it accepts it.
std::string name_mismatch(const CompiledDocumentType& type, const MatchRequest& request) {
  const DocumentMatch& match = type.match;
  if (match.root_declared_by_schema) {
    return accepts_root(type, request.namespace_uri, request.local_name)
               ? ""
               : "its schema declares no global element of this name";
  }
  if (match.any_root) return "";
  if (match.namespace_uri != request.namespace_uri) {
    return "namespace differs (expects " +
           (match.namespace_uri.empty() ? std::string("no namespace") : match.namespace_uri) + ")";
  }
  if (match.local_name != request.local_name) {
    return "local name differs (expects " + match.local_name + ")";
  }
  return "";
}

struct ConditionResult {
  bool holds = false;
  std::string error;  ///< set when the evaluation raised a dynamic error
};

ConditionResult evaluate(const MatchCondition& condition, const MatchRequest& request) {
  xpath::DynamicContext context;
  context.context_item = xpath::Item(request.document->root());
  if (request.current_date_time) context.current_date_time = *request.current_date_time;
  try {
    return {condition.expression.evaluate_boolean(context), ""};
  } catch (const xpath::Error& e) {
    // XPath errors quote the values they failed on: only as far as the policy allows.
    return {false, excerpt_quoted(e.what(), request.excerpts)};
  }
}

}  // namespace

std::vector<const CompiledDocumentType*> match_document_types(const CompiledProfile& profile,
                                                              std::string_view namespace_uri,
                                                              std::string_view local_name) {
  std::vector<const CompiledDocumentType*> specific;
  std::vector<const CompiledDocumentType*> catch_all;
  for (const auto& type : profile.document_types) {
    if (!accepts_root(type, namespace_uri, local_name)) continue;
    (type.match.any_root ? catch_all : specific).push_back(&type);
  }
  return specific.empty() ? catch_all : specific;
}

bool needs_document(const CompiledProfile& profile, std::string_view namespace_uri,
                    std::string_view local_name) {
  const auto candidates = match_document_types(profile, namespace_uri, local_name);
  return std::any_of(candidates.begin(), candidates.end(),
                     [](const CompiledDocumentType* type) { return type->condition != nullptr; });
}

MatchOutcome match_document(const CompiledProfile& profile, const MatchRequest& request) {
  MatchOutcome outcome;
  std::vector<const CompiledDocumentType*> specific;
  std::vector<const CompiledDocumentType*> catch_all;
  for (const auto& type : profile.document_types) {
    outcome.by_schema_roots |= type.match.root_declared_by_schema;
    MatchStep step{type.id, type.origin.profile, false, name_mismatch(type, request)};
    if (step.reason.empty()) {
      if (!type.condition) {
        step.matched = true;
        step.reason = type.match.any_root                  ? "takes every input (ad-hoc)"
                      : type.match.root_declared_by_schema ? "its schema declares the root element"
                                                           : "root element matches; no condition";
      } else {
        const ConditionResult result = evaluate(*type.condition, request);
        step.matched = result.holds;
        if (!result.error.empty()) {
          step.reason = "condition could not be evaluated: " + result.error;
          outcome.rejected_by_condition.push_back(type.id + ": condition failed: " + result.error);
        } else {
          if (!result.holds) outcome.rejected_by_condition.push_back(type.id + ": condition false");
          step.reason = std::string("root element matches; condition is ") +
                        (result.holds ? "true" : "false") + ": " +
                        type.condition->expression.text();
        }
      }
      if (step.matched) (type.match.any_root ? catch_all : specific).push_back(&type);
    }
    if (request.explain) {
      if (step.matched) step.reason += "; applies " + validity_text(type.validity);
      outcome.steps.push_back(std::move(step));
    }
  }
  outcome.matches = specific.empty() ? catch_all : specific;
  if (request.explain) {
    if (!specific.empty() && !catch_all.empty()) {
      for (auto& step : outcome.steps) {
        if (step.matched && step.reason.starts_with("takes every input")) {
          step.matched = false;
          step.reason = "catch-all not used: a specific document type matched";
        }
      }
    }
    for (const auto& type : profile.inactive_document_types) {
      outcome.steps.push_back(
          {type.id, type.origin.profile, false,
           "does not apply on " + request.as_of + " (" + validity_text(type.validity) + ")"});
    }
  }
  return outcome;
}

std::string explain_text(const std::string& input, const std::string& root,
                         const MatchOutcome& outcome) {
  std::string text = "konform: explain: " + input + "\n";
  if (root.empty()) return text + "  no root element found: the input is not matched\n";
  text += "  root element: " + root + "\n";
  for (const auto& step : outcome.steps) {
    text += std::string("  ") + (step.matched ? "match   " : "no      ") + step.document_type +
            " (" + step.profile + "): " + step.reason + "\n";
  }
  if (outcome.matches.size() == 1) {
    text += "  chosen: " + outcome.matches.front()->id + "\n";
  } else if (outcome.matches.empty()) {
    text += outcome.by_schema_roots ? "  chosen: none (schema-root-unmatched)\n"
                                    : "  chosen: none (document-type-unmatched)\n";
  } else {
    text += "  chosen: none, " + std::to_string(outcome.matches.size()) +
            (outcome.by_schema_roots ? " schemas declare it (schema-root-ambiguous)\n"
                                     : " document types match (document-type-ambiguous)\n");
  }
  return text;
}

}  // namespace konform
