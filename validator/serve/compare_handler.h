// `POST /v1/compare`: candidates for procurement as multipart/form-data parts, each a zip of a
// product folder (its service definition with samples) named by the part's name, compared
// against one loaded chain into the matrix `konform compare` writes (json or html).
#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "konform/chain.h"
#include "konform/comparison.h"
#include "validator/serve/chain_set.h"
#include "validator/serve/http_types.h"
#include "validator/serve/request_target.h"
#include "validator/serve/worker_job.h"

namespace konform::serve {

struct CompareJob {
  std::shared_ptr<const ChainSet> chains;  ///< keeps the chain alive across a reload
  const LoadedChain* chain = nullptr;
  std::vector<api::CandidateZip> candidates;
  api::ZipLimits limits;
  std::string format;  ///< json or html
  api::Language language = api::Language::kGerman;
  unsigned http_version = 11;
};

/// How far each candidate may unpack: 1,000 entries and ten times `max_body` (see below).
api::ZipLimits compare_limits(std::size_t max_body);

/// The job, or the problem answer refusing the request (400 for a body that is no multipart of
/// zip files, 404 for an unknown profile, 406 for a format other than json and html). A candidate
/// may unpack to ten times `max_body` and 1,000 entries: product folders are small, and a zip
/// bomb is stopped before it fills the disk.
std::variant<CompareJob, Response> prepare_compare(Request& request, const RequestTarget& target,
                                                   std::shared_ptr<const ChainSet> chains,
                                                   std::size_t max_body);

/// Unpacks and compares, or the problem answer (400) naming a zip that is refused (confinement,
/// limits, damage) or holds no service definition.
std::variant<api::Comparison, Response> compare_candidates(const CompareJob& job);

/// Unpacks, compares and renders; a zip that is refused (confinement, limits, damage) or holds
/// no service definition answers 400 naming it.
WorkerResult run_compare(const CompareJob& job);

}  // namespace konform::serve
