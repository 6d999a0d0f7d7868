// The ids of the assertions a run checked (RunResult::matched_assertions), sorted, each once.
// Sorting them per document cost 8 % of an EN 16931 run (1,600 id strings compared for every
// invoice); the order is fixed by the schema, so the compiler ranks the ids once and a run only
// marks the ranks of the rules that fired.
#pragma once

#include <string>
#include <vector>

#include "validator/schematron/schema.h"

namespace konform::schematron {

/// Fills Schema::assertion_ids and each rule's assertion_ranks.
void rank_assertion_ids(Schema& schema);

/// The ids of the assertions of the rules marked in `matched` (per pattern, per rule; an empty
/// list: no rule of that pattern fired), in Schema::assertion_ids order.
std::vector<std::string> checked_assertion_ids(const Schema& schema,
                                               const std::vector<std::vector<bool>>& matched);

}  // namespace konform::schematron
