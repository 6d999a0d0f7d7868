// CodeCheckSink is the code-list stage: an XmlEventSink that finds XÖV code-kind elements in a
// message while it is parsed and checks each against a CodeListStore.
// A code-kind element is one that has a `code` child in no namespace and either carries the
// attribute listURI and/or listVersionID, or has no children other than that `code` and an
// optional `name` (both unqualified, as xoev-code.xsd declares them form="unqualified").
// Its list is identified by listURI / listVersionID from the message, else by the binding table
// (schema-fixed values, profile declarations). Checks and rule ids (see
// validator/rules/registry.h):
//   no listURI known (message or binding)  -> not checkable; counted, no finding
//   listURI or listVersionID not in store  -> codelist-unknown-list (warning; error if strict)
//   no version, list has several versions  -> codelist-missing-version (only this finding)
//   no version, list has one version       -> that version is used
//   version valid only after the date      -> codelist-not-valid-at-date
//   code not in the code column            -> codelist-unknown-code
//   name equals no non-code column of row  -> codelist-name-mismatch
// List-level findings point at the code-kind element, code/name findings at the `code`/`name`
// child; each carries the position the parser gave and, when the event source tells paths
// (set_path_source), the path in canonical fn:path form.
// Contract: one sink per document or sequence of documents (start_document forgets the previous
// document's findings; counts add up); the store and bindings must outlive it; findings
// accumulate until take_findings(). Not thread-safe (one per thread).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "validator/codelist/code_binding.h"
#include "validator/codelist/code_list_store.h"
#include "validator/core/excerpt.h"
#include "validator/core/finding.h"
#include "validator/input/xml_event_sink.h"
#include "validator/rules/rule_id.h"

namespace konform::codelist {

/// The attribute of an XÖV code that names its list's version (xoev-code.xsd): without it,
/// codelist-missing-version; required by the schema of code types 3 and 4.
inline constexpr std::string_view kListVersionAttribute = "listVersionID";

struct CodeCheckOptions {
  /// codelist-unknown-list becomes an error instead of a warning.
  bool strict = false;
  /// "YYYY-MM-DD"; when set, list versions whose validFrom is later are reported.
  std::optional<std::string> validation_date;
  /// Bindings for elements whose list the message does not name; may be null.
  const CodeBindingTable* bindings = nullptr;
  /// How much of the message's codes and names findings may quote.
  ExcerptPolicy excerpts{};
};

/// What the sink saw, for summaries and tests.
struct CodeCheckCounts {
  std::size_t code_elements = 0;    ///< code-kind elements recognised
  std::size_t unidentified = 0;     ///< no listURI in the message nor in a binding
  std::size_t list_unknown = 0;     ///< listURI/listVersionID not in the store
  std::size_t version_missing = 0;  ///< no version and several versions in the store
  std::size_t list_found = 0;       ///< checked against a list version from the store
  std::size_t code_unknown = 0;     ///< of list_found: value not in the list
};

class CodeCheckSink : public XmlEventSink {
 public:
  /// Throws ConfigError when options.validation_date is not YYYY-MM-DD or a binding names a
  /// code column that a bound list version in the store lacks.
  explicit CodeCheckSink(const CodeListStore& store, CodeCheckOptions options = {});

  void set_path_source(const ElementPathSource* source) override { path_source_ = source; }
  void start_document() override;
  void start_element(const ElementStart& element) override;
  void end_element(std::string_view namespace_uri, std::string_view local_name,
                   TextPosition position) override;
  void characters(std::string_view text, TextPosition position) override;
  bool wants_characters() const override { return depth_ > 0 && stack_[depth_ - 1].collects_text; }
  bool wants_prefixes() const override { return false; }
  bool wants_end_positions() const override { return false; }
  std::span<const std::string_view> wanted_attributes() const override;
  std::span<const std::string_view> wanted_element_names() const override;

  const std::vector<Finding>& findings() const { return findings_; }
  std::vector<Finding> take_findings();
  const CodeCheckCounts& counts() const { return counts_; }

 private:
  // The text of the first unqualified `code` or `name` child. That child is always the first of
  // its name, so its path step is Q{}code[1] or Q{}name[1]: nothing to remember for the path.
  struct ChildValue {
    bool present = false;
    std::string text;  // whitespace-collapsed
    TextPosition position;
  };
  // Frames are reused from element to element and, as the checker keeps one sink per document
  // type, from document to document: their strings keep their capacity, so the sink allocates
  // almost nothing per element once the deepest path has been seen. A frame holds no names:
  // end_element brings them again, and paths come from the event source (set_path_source).
  struct Frame {
    TextPosition position;
    bool has_list_uri = false;
    std::string list_uri;
    bool has_list_version = false;
    std::string list_version;
    bool collects_text = false;  // an unqualified code/name inside another element
    std::string text;
    bool has_element_children = false;
    bool has_other_children = false;  // any child but one unqualified code and one name
    bool saw_code_child = false;
    bool saw_name_child = false;
    ChildValue code;
    ChildValue name;
  };

  /// The current element's path, computed on first use.
  struct LazyPath {
    const ElementPathSource* source;
    mutable std::optional<std::string> value;
    const std::string& get() const;
  };
  void check(const Frame& element, std::string_view namespace_uri, std::string_view local_name);
  const CodeList* resolve(const Frame& element, std::string_view uri, std::string_view version,
                          const LazyPath& path);
  void check_code(const Frame& element, const CodeList& list, const CodeBinding* binding,
                  const LazyPath& path);
  void report(rules::RuleId rule_id, std::optional<Severity> severity, TextPosition position,
              std::string path, std::string message, std::string message_de, std::string source);

  const CodeListStore& store_;
  CodeCheckOptions options_;
  const ElementPathSource* path_source_ = nullptr;
  std::vector<Frame> stack_;  // frames_[0, depth_) are open; the rest are kept for reuse
  std::size_t depth_ = 0;
  std::vector<Finding> findings_;
  CodeCheckCounts counts_;
  std::string uri_, version_;  // list URI and version, when they had to be collapsed
};

}  // namespace konform::codelist
