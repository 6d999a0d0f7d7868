#include "validator/schematron/findings.h"

namespace konform::schematron {

void append_findings(const RunResult& run, const Schema& schema, std::vector<Finding>& out) {
  for (const Result& r : run.results) {
    Finding f;
    f.severity = r.severity;
    f.location = {r.position.line, r.position.column, r.location};
    f.source = schema.name + ": " + r.pattern_id;
    if (r.kind == ResultKind::kError) {
      f.rule_id = kEvaluationErrorRule;
      f.message = "Schematron rule " + r.id + " could not be evaluated: " + r.message +
                  " (expression: " + r.test + ")";
    } else {
      f.rule_id = r.id;
      f.message = r.message;
      for (const DiagnosticText& d : r.diagnostics) {
        if (!d.text.empty()) f.message += " " + d.text;
      }
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
