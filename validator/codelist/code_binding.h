// A CodeBindingTable says which code list an element uses when the message itself does not
// (fully) say it: XÖV Code-Typ 1–3 fix listURI (and for 1–2 listVersionID) in the schema, and a
// profile may bind further elements. Keyed by the element's expanded name
// (namespace URI, local name) of the code-kind element (the parent of `code`).
// Values given in the message win over the table (the XSD checks fixed values itself).
// Contract: filled once, then only read; const access is thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace konform::codelist {

/// What a binding fixes. Empty strings mean "not fixed here".
struct CodeBinding {
  std::string list_uri;
  std::string list_version;
  /// Column the `code` value is taken from (XÖV appinfo genutzteCodeSpalte, or a profile);
  /// empty = the list's recommended key column.
  std::string code_column;
};

class CodeBindingTable {
 public:
  /// Adds or replaces the binding of element {namespace_uri}local_name.
  void bind(std::string_view namespace_uri, std::string_view local_name, CodeBinding binding);
  const CodeBinding* find(std::string_view namespace_uri, std::string_view local_name) const;
  std::size_t size() const { return bindings_.size(); }
  /// Every binding, for validation against a store; keys are "{ns}local".
  const std::unordered_map<std::string, CodeBinding>& entries() const { return bindings_; }

 private:
  std::unordered_map<std::string, CodeBinding> bindings_;
};

/// "{namespace}local", the key form used by CodeBindingTable.
std::string clark_name(std::string_view namespace_uri, std::string_view local_name);

}  // namespace konform::codelist
