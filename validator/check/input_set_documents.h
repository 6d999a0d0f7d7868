// The documents of one run for fn:doc() and fn:doc-available() (xpath/document_source.h): rules
// that read several files, such as the schema documents of an include tree, see exactly the run's
// inputs (what `xsd lint` collected, the operands of `validate`) and nothing else. A reference is
// a URI relative to the referring document; it is refused, never read, when it names anything
// that is not an input of the run: a URI with a scheme (http:, file:), an absolute path, a file in
// another folder or one reached with ".." outside the set.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "validator/input/input_source.h"
#include "validator/xdm/document.h"
#include "validator/xpath/document_source.h"

namespace konform {

/// The run's inputs by file and by the name reports (and base URIs) give them. Immutable, so
/// the workers of a run share one.
class InputSet {
 public:
  explicit InputSet(const std::vector<InputSource>& inputs);
  /// The input `uri` names relative to the input named `base` (a display path), or nullptr with
  /// the reason in `refusal`.
  const InputSource* resolve(std::string_view uri, std::string_view base,
                             xpath::DocumentSource::Refusal& refusal) const;
  /// The inputs, ordered by file.
  const std::map<std::filesystem::path, InputSource>& inputs() const { return by_file_; }

 private:
  std::map<std::filesystem::path, InputSource> by_file_;  // absolute, lexically normal
  std::map<std::string, std::filesystem::path, std::less<>> file_by_name_;
};

/// One worker's view of an InputSet: reads a document the first time a rule asks for it, with
/// the reader inputs are checked with (no DTD, nothing external), and keeps it for the run.
class InputSetDocuments : public xpath::DocumentSource {
 public:
  InputSetDocuments(const InputSet& set, std::size_t max_input_bytes)
      : set_(set), max_input_bytes_(max_input_bytes) {}
  /// The display path of the document the rules now run on: the base of references made
  /// where there is no context node.
  void set_current(std::string display_path) { current_ = std::move(display_path); }
  const xdm::Document* find(std::string_view uri, std::string_view base_uri,
                            Refusal& refusal) override;
  bool all(std::vector<const xdm::Document*>& documents, Refusal& refusal) override;

 private:
  struct Loaded {
    std::unique_ptr<xdm::Document> document;
    Refusal failure;  // when it could not be read
  };
  const Loaded& load(const InputSource& input);
  const InputSet& set_;
  std::size_t max_input_bytes_;
  std::string current_;
  std::map<std::string, Loaded, std::less<>> loaded_;  // by display path
};

}  // namespace konform
