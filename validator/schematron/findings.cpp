#include "validator/schematron/findings.h"

#include "validator/core/xml_space.h"
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

void append_findings(const RunResult& run, const Schema& schema, std::vector<Finding>& out) {
  for (const Result& r : run.results) {
    Finding f;
    f.severity = r.severity;
    f.location = {r.position.line, r.position.column, r.location};
    f.source = schema.name + ": " + r.pattern_id;
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
    if (r.kind == ResultKind::kError) {
      f.rule_id = rules::kSchematronEvaluationError;
      f.message = "Schematron rule " + r.id + " could not be evaluated: " + r.message +
                  " (expression: " + r.test + ")";
      if (!r.message_de.empty()) {
        f.message_de = "Die Schematron-Regel " + r.id +
                       " konnte nicht ausgewertet werden: " + r.message_de +
                       " (Ausdruck: " + r.test + ")";
      }
    } else {
      f.rule_id = r.id;
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
      if (!r.see.empty()) f.source = r.see;
    }
    out.push_back(std::move(f));
  }
}

std::vector<Finding> to_findings(const RunResult& run, const Schema& schema) {
  std::vector<Finding> out;
  append_findings(run, schema, out);
  return out;
}

}  // namespace konform::schematron
