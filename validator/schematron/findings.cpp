#include "validator/schematron/findings.h"

#include "validator/core/xml_space.h"
#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"

namespace konform::schematron {
std::string without_id_prefix(const std::string& text, const std::string& id) {
  std::size_t at = 0;
  while (at < text.size() && is_xml_space(text[at])) ++at;
  const std::string prefix = "[" + id + "]";
  if (id.empty() || text.compare(at, prefix.size(), prefix) != 0) return text;
  at += prefix.size();
  while (at < text.size() && is_xml_space(text[at])) ++at;
  if (at < text.size() && (text[at] == '-' || text[at] == ':')) ++at;
  while (at < text.size() && is_xml_space(text[at])) ++at;
  return at == text.size() ? text : text.substr(at);
}

namespace {

// A rule that could not be evaluated is konform's built-in rule, not the schema's.
Finding evaluation_error(const Result& r, Location location) {
  std::string message = "Schematron rule " + r.id + " could not be evaluated: " + r.message +
                        " (expression: " + r.test + ")";
  std::string message_de;
  if (!r.message_de.empty()) {
    message_de = "Die Schematron-Regel " + r.id +
                 " konnte nicht ausgewertet werden: " + r.message_de + " (Ausdruck: " + r.test +
                 ")";
  }
  return rules::builtin_finding(rules::kSchematronEvaluationError, std::move(message),
                                std::move(message_de), std::move(location));
}

// A failed assert or successful report: a finding of the schema's own rule.
Finding rule_result(const Result& r, Location location) {
  Finding f;
  f.rule_id = r.id;
  f.location = std::move(location);
  f.message = without_id_prefix(r.message, r.id);
  // A German diagnostic (xml:lang="de") is the finding's German message; others add detail.
  for (const DiagnosticText& d : r.diagnostics) {
    if (d.text.empty()) continue;
    if (d.lang == "de" || d.lang.starts_with("de-")) {
      f.message_de += (f.message_de.empty() ? "" : " ") + without_id_prefix(d.text, r.id);
    } else {
      f.message += " " + d.text;
    }
  }
  return f;
}

}  // namespace

void append_findings(const RunResult& run, const Schema& schema, std::vector<Finding>& out) {
  for (const Result& r : run.results) {
    Location location{r.position.line, r.position.column, r.location};
    Finding f = r.kind == ResultKind::kError ? evaluation_error(r, std::move(location))
                                             : rule_result(r, std::move(location));
    // The run decided the severity (the rule's role, or the evaluation error's); the schema and
    // pattern are the source unless the rule names its own (see=).
    f.severity = r.severity;
    f.source =
        r.kind != ResultKind::kError && !r.see.empty() ? r.see : schema.name + ": " + r.pattern_id;
    // What SVRL and other Schematron tooling need besides the message (svrl renderer).
    const char* kind = r.kind == ResultKind::kAssert   ? "assert"
                       : r.kind == ResultKind::kReport ? "report"
                                                       : "error";
    f.properties = {{"schematron.kind", kind},
                    {"schematron.schema", schema.name},
                    {"schematron.pattern", r.pattern_id},
                    {"schematron.context", r.rule_context},
                    {"schematron.test", r.test}};
    if (!r.role.empty()) f.properties.emplace_back("schematron.role", r.role);
    if (!r.flag.empty()) f.properties.emplace_back("schematron.flag", r.flag);
    out.push_back(std::move(f));
  }
}

std::vector<Finding> to_findings(const RunResult& run, const Schema& schema) {
  std::vector<Finding> out;
  append_findings(run, schema, out);
  return out;
}

}  // namespace konform::schematron
