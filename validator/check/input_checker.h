// The check stage for one input: read the bytes, find the root element, match a document type,
// then validate in one streaming pass. Every outcome — including unreadable files and internal
// errors — becomes a located finding and a stage status; nothing is dropped.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>

#include "validator/check/input_set_documents.h"
#include "validator/check/root_probe.h"
#include "validator/codelist/code_check_sink.h"
#include "validator/compile/compiled_profile.h"
#include "validator/core/limits.h"
#include "validator/core/report.h"
#include "validator/input/input_source.h"
#include "validator/servicedef/service_definition.h"
#include "validator/xdm/document.h"
#include "validator/xml/xml_reader.h"
#include "validator/xsdtypes/date_time.h"

namespace konform {

struct CheckOptions {
  std::size_t max_input_bytes = limits::kMaxInputBytes;  ///< larger inputs are refused
  xml::ReaderLimits reader_limits;
  bool strict_codelists = false;  ///< a list the profile does not carry is an error, not a warning
  std::string as_of;              ///< validation date YYYY-MM-DD (code-list validity); empty: none
  unsigned jobs = 1;              ///< inputs checked concurrently; results keep input order
  bool explain = false;           ///< record why each document type matched or not
  /// How much of an input's own text findings and --explain may quote (also reader_limits').
  ExcerptPolicy excerpts{};
  /// XPath work units all Schematron rule sets of one input may use together; 0: unbounded.
  /// Running out ends the input's Schematron stage with schematron-budget-exceeded.
  std::uint64_t max_xpath_steps = limits::kMaxXPathSteps;
  /// Wall time the Schematron stage of one input may take; zero: unbounded.
  std::chrono::milliseconds max_xpath_time = limits::kMaxXPathTime;
  /// Whether the two budgets above grow with a large input (kXPathStepsPerNode per node of its
  /// document, kXPathTimePerMiB per MiB of it) when that gives more: rules whose cost is linear
  /// in the document then check a 50 MB message to the end, while a rule whose cost grows
  /// faster is still stopped. The command line clears them for a budget the user gave.
  bool scale_xpath_steps = true;
  bool scale_xpath_time = true;
};

/// Checks inputs against one compiled profile. One per thread: it owns reusable parsers, one per
/// schema set, built on first use.
/// How the Schematron budgets grow with the input (CheckOptions::scale_xpath_steps and
/// scale_xpath_time; the single evaluation's budget always grows).
inline constexpr std::uint64_t kXPathStepsPerNode = limits::kXPathStepsPerNode;
inline constexpr std::uint64_t kEvaluationStepsPerNode = 4;
inline constexpr std::chrono::milliseconds kXPathTimePerMiB = limits::kXPathTimePerMiB;

class InputChecker {
 public:
  InputChecker(const CompiledProfile& profile, CheckOptions options);
  ~InputChecker();

  /// `parsed`: the input's service definition when the run has read it already (product_check.h),
  /// so it is parsed once per run.
  InputResult check(const InputSource& input,
                    const servicedef::ServiceDefinition* parsed = nullptr);
  /// The run's inputs, which rules may read with doc() (input_set_documents.h); without it doc()
  /// reads nothing. `set` must outlive the run (until forget_input_set() or the checker's end).
  void use_input_set(const InputSet& set) { documents_.emplace(set, options_.max_input_bytes); }
  /// Ends the run use_input_set() began: its documents are freed, and doc() reads nothing until
  /// the next run's set (input_checker_pool.h keeps checkers from run to run).
  void forget_input_set() { documents_.reset(); }
  /// With CheckOptions::explain: the matching trace of the last check() (explain_text form).
  const std::string& explanation() const { return explanation_; }

 private:
  /// One validating pass: XSD (or well-formedness) and code lists, with the root element seen.
  struct Pass {
    std::optional<RootElement> root;
    std::vector<Finding> findings;
    std::vector<StageResult> stages;
    std::vector<std::string> assessed_rules;  ///< see InputResult::assessed_rules
    ReadEnd read_end = ReadEnd::kAborted;     ///< how the pass's read ended
  };
  /// `owner`, when given, holds `bytes`; the pass may free it once nothing else reads them.
  InputResult check_bytes(const InputSource& input, std::string_view bytes,
                          InputBuffer* owner = nullptr);
  /// A service definition (YAML): its XML view goes through check_bytes; findings are moved
  /// back onto the YAML lines (service_definition_stage.cpp).
  InputResult check_service_definition(const InputSource& input, std::string_view bytes,
                                       const servicedef::ServiceDefinition* parsed);
  /// A well-formedness read that builds the document, for match conditions; null (with the
  /// findings, the match stage's status and how the read ended) when the input is not
  /// well-formed.
  std::unique_ptr<xdm::Document> parse_for_match(const InputSource& input, std::string_view bytes,
                                                 std::vector<Finding>& findings,
                                                 StageStatus& status, std::optional<ReadEnd>& end);
  /// For an input that matched no document type (or several): the findings of reading it
  /// whole, so a document that is not well-formed says so and where — from `pass` when that
  /// read it already, else from a read without a schema.
  void add_reading_findings(const InputSource& input, std::string_view bytes,
                            const std::optional<Pass>& pass, InputResult& result);
  /// `release`, when given, holds `bytes` and is emptied after the read when Schematron follows.
  Pass run_pass(const CompiledDocumentType& type, const InputSource& input, std::string_view bytes,
                InputBuffer* release = nullptr);
  xml::XmlReader& reader_for(const std::shared_ptr<const xml::SchemaSet>& schemas);
  /// The code-list sink for a document type; null when the type has no code lists to check.
  codelist::CodeCheckSink* code_sink_for(const CompiledDocumentType& type);
  /// Sets origin and the profile chain's severity on each finding, drops those of switched-off
  /// rules; says whether an error remains.
  bool apply_policy(std::vector<Finding>& findings, const Origin& origin,
                    const RulePolicy& policy) const;
  void add_code_findings(codelist::CodeCheckSink& codes,
                         const std::vector<Finding>& schema_findings,
                         const xml::ReadOutcome& outcome, StageStatus read_status,
                         const CompiledDocumentType& type, Pass& pass);
  /// `root_namespace`: of the input's root element (which rule sets apply: schema_root_finding.h).
  void run_schematron(const CompiledDocumentType& type, std::string_view root_namespace,
                      std::unique_ptr<xdm::Document> document, std::size_t input_bytes, Pass& pass);

  const CompiledProfile& profile_;
  CheckOptions options_;
  std::map<const xml::SchemaSet*, std::unique_ptr<xml::XmlReader>> readers_;
  /// Kept from document to document like the readers: a sink's frames keep their capacity.
  std::map<const CompiledDocumentType*, std::unique_ptr<codelist::CodeCheckSink>> code_sinks_;
  /// Set when every document type shares one schema set and binding table (no probe needed).
  const CompiledDocumentType* shared_type_ = nullptr;
  std::optional<xsdtypes::DateTime> current_date_time_;
  std::optional<InputSetDocuments> documents_;
  std::string explanation_;
};

/// Checks every input and returns the finished report, inputs in the order given whatever
/// `options.jobs` is. Workers share the compiled profile read-only (sealed grammar pools,
/// immutable code-list store); each borrows an InputChecker for the run, so parsers are reused per
/// thread (check_inputs with an InputCheckerPool, input_checker_pool.h, keeps them beyond it).
/// With `explanations` (and options.explain) it receives each input's matching trace, in order.
Report check_inputs(const CompiledProfile& profile, std::vector<InputSource> inputs,
                    const CheckOptions& options, std::vector<std::string>* explanations = nullptr);

}  // namespace konform
