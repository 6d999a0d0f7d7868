// Turns a Schematron run into konform Findings: one per failed assert, successful report and
// dynamic error. rule_id = the assertion id (errors: rules::kSchematronEvaluationError), severity
// from role/flag (severity_mapping.h), location = the context node's line, column and path,
// source = "<schema name>: <pattern id>".
#pragma once

#include <string>
#include <vector>

#include "validator/core/finding.h"
#include "validator/schematron/runner.h"

namespace konform::schematron {

void append_findings(const RunResult& run, const Schema& schema, std::vector<Finding>& out);

/// `text` without a leading "[id]" and the separator after it ("[BR-01]-An Invoice …" reads
/// "An Invoice …"): rule sets such as XRechnung's and EN 16931's begin each message with the
/// rule's id, which every renderer prints already. A text that is nothing but the id keeps it.
std::string without_id_prefix(const std::string& text, const std::string& id);
std::vector<Finding> to_findings(const RunResult& run, const Schema& schema);

}  // namespace konform::schematron
