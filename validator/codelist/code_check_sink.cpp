#include "validator/codelist/code_check_sink.h"

#include "validator/core/config_error.h"
#include "validator/core/xml_space.h"
#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"
#include "validator/xsdtypes/plain_date.h"

namespace konform::codelist {
namespace {

// Where the list comes from: XRepository publishes each version as a genericode file, and a
// profile loads the folders its manifest names (`konform profile check` lists every list the
// schemas use that the profile lacks).
constexpr const char* kHowToAdd =
    "; add its genericode file (from XRepository) to a folder the profile loads with "
    "<codelists dir=\"...\"/>, or pass it with --codelists";
constexpr const char* kHowToAddDe =
    "; ihre Genericode-Datei (aus dem XRepository) in einen Ordner legen, den das Profil mit "
    "<codelists dir=\"...\"/> lädt, oder mit --codelists angeben";

// The attributes that name a code's list (xoev-code.xsd); the only ones the sink reads.
constexpr std::string_view kListUri = "listURI";
constexpr std::string_view kListVersion = kListVersionAttribute;
constexpr std::string_view kListAttributes[] = {kListUri, kListVersion};
// The children of the XÖV Code structure; the only elements whose names the sink reads as they
// stream by (a binding's element name is asked for when a code is found).
constexpr std::string_view kCode = "code";
constexpr std::string_view kName = "name";
constexpr std::string_view kCodeChildren[] = {kCode, kName};

/// Lists, versions, column ids and codes are public (excerpt.h): quoted whole.
std::string in_quotes(std::string_view text) { return quoted(PublicValue{text}); }

std::string version_list(std::span<const CodeList* const> versions) {
  std::string joined;
  for (const CodeList* list : versions) {
    if (!joined.empty()) joined += ", ";
    joined += list->identification().version;
  }
  return joined;
}

}  // namespace

CodeCheckSink::CodeCheckSink(const CodeListStore& store, CodeCheckOptions options)
    : store_(store), options_(std::move(options)) {
  if (options_.validation_date && !xsdtypes::is_plain_date(*options_.validation_date)) {
    throw ConfigError("validation date " + in_quotes(*options_.validation_date) +
                      " is not a date YYYY-MM-DD");
  }
  if (options_.bindings == nullptr) return;
  for (const auto& [element, binding] : options_.bindings->entries()) {
    if (binding.code_column.empty()) continue;
    for (const CodeList* list : store_.versions(binding.list_uri)) {
      if (!binding.list_version.empty() && list->identification().version != binding.list_version) {
        continue;
      }
      if (!list->column_index(binding.code_column)) {
        throw ConfigError("the code-list binding of " + element + " names column " +
                              in_quotes(binding.code_column) + ", which " +
                              list->identification().canonical_version_uri + " does not have",
                          list->source_file());
      }
    }
  }
}

std::span<const std::string_view> CodeCheckSink::wanted_attributes() const {
  return kListAttributes;
}

std::span<const std::string_view> CodeCheckSink::wanted_element_names() const {
  return kCodeChildren;
}

void CodeCheckSink::start_document() {
  depth_ = 0;
  findings_.clear();
}

void CodeCheckSink::start_element(const ElementStart& element) {
  const bool is_code = element.namespace_uri.empty() && element.local_name == kCode;
  const bool is_name = element.namespace_uri.empty() && element.local_name == kName;
  if (depth_ > 0) {
    Frame& parent = stack_[depth_ - 1];
    parent.has_element_children = true;
    // Only the first unqualified code and the first name belong to the XÖV Code structure.
    bool first_code_or_name = false;
    if (is_code || is_name) {
      bool& seen = is_code ? parent.saw_code_child : parent.saw_name_child;
      first_code_or_name = !seen;
      seen = true;
    }
    if (!first_code_or_name) parent.has_other_children = true;
  }
  if (depth_ == stack_.size()) stack_.emplace_back();
  Frame& frame = stack_[depth_];
  frame.position = element.position;
  frame.has_list_uri = false;
  frame.has_list_version = false;
  frame.collects_text = (is_code || is_name) && depth_ > 0;
  frame.text.clear();
  frame.has_element_children = false;
  frame.has_other_children = false;
  frame.saw_code_child = false;
  frame.saw_name_child = false;
  frame.code.present = false;
  frame.name.present = false;
  for (const XmlAttribute& attribute : element.attributes) {
    if (!attribute.namespace_uri.empty()) continue;
    if (attribute.local_name == kListUri) {
      frame.has_list_uri = true;
      frame.list_uri.assign(attribute.value);
    } else if (attribute.local_name == kListVersion) {
      frame.has_list_version = true;
      frame.list_version.assign(attribute.value);
    }
  }
  ++depth_;
}

void CodeCheckSink::characters(std::string_view text, TextPosition /*position*/) {
  if (depth_ > 0 && stack_[depth_ - 1].collects_text) stack_[depth_ - 1].text += text;
}

void CodeCheckSink::end_element(std::string_view namespace_uri, std::string_view local_name,
                                TextPosition /*position*/) {
  if (depth_ == 0) return;
  Frame& done = stack_[depth_ - 1];
  check(done, namespace_uri, local_name);
  --depth_;
  if (!done.collects_text || depth_ == 0) return;
  Frame& parent = stack_[depth_ - 1];
  // A `code` or `name` with element content is not the XÖV Code structure.
  if (done.has_element_children) parent.has_other_children = true;
  ChildValue& slot = local_name == kCode ? parent.code : parent.name;
  if (slot.present) return;
  slot.present = true;
  collapse_whitespace_into(done.text, slot.text);
  slot.position = done.position;
}

const std::string& CodeCheckSink::LazyPath::get() const {
  if (!value) value = source != nullptr ? source->current_path() : std::string();
  return *value;
}

std::vector<Finding> CodeCheckSink::take_findings() {
  std::vector<Finding> taken = std::move(findings_);
  findings_.clear();
  return taken;
}

void CodeCheckSink::check(const Frame& element, std::string_view namespace_uri,
                          std::string_view local_name) {
  if (!element.code.present) return;
  const bool has_list_attributes = element.has_list_uri || element.has_list_version;
  if (!has_list_attributes && element.has_other_children) return;
  ++counts_.code_elements;

  // The reader passes only the names the sink asked for (wanted_element_names); this element's
  // own comes from the path source when a profile binding needs it.
  std::string asked_name;
  if (local_name.empty() && options_.bindings != nullptr && path_source_ != nullptr) {
    asked_name = path_source_->current_local_name();
    local_name = asked_name;
  }
  const CodeBinding* binding =
      options_.bindings == nullptr ? nullptr : options_.bindings->find(namespace_uri, local_name);
  const std::string_view given_uri =
      element.has_list_uri ? element.list_uri
                           : (binding ? std::string_view(binding->list_uri) : std::string_view());
  const std::string_view given_version =
      element.has_list_version
          ? element.list_version
          : (binding ? std::string_view(binding->list_version) : std::string_view());
  // xs:anyURI and xs:normalizedString: outer spaces do not count
  const std::string_view uri = collapsed(given_uri, uri_);
  const std::string_view version = collapsed(given_version, version_);
  if (uri.empty()) {
    ++counts_.unidentified;
    return;
  }
  // The path is built only when a finding needs it: most codes are fine.
  const LazyPath path{path_source_, std::nullopt};
  const CodeList* list = resolve(element, uri, version, path);
  if (list == nullptr) return;
  ++counts_.list_found;

  const std::string& valid_from = list->xoev().valid_from;
  if (options_.validation_date && !valid_from.empty() && *options_.validation_date < valid_from) {
    const std::string& list_name = list->identification().canonical_version_uri;
    report(rules::kCodelistNotValidAtDate, std::nullopt, element.position, path.get(),
           "code list " + list_name + " is valid from " + valid_from +
               ", not yet at the validation date " + *options_.validation_date,
           "Codeliste " + list_name + " gilt erst ab " + valid_from + ", nicht am Prüfdatum " +
               *options_.validation_date,
           list_name);
  }
  check_code(element, *list, binding, path);
}

const CodeList* CodeCheckSink::resolve(const Frame& element, std::string_view uri,
                                       std::string_view version, const LazyPath& path) {
  const std::span<const CodeList* const> versions = store_.versions(uri);
  const std::optional<Severity> unknown_list_severity =
      options_.strict ? std::optional<Severity>(Severity::kError) : std::nullopt;
  if (versions.empty()) {
    ++counts_.list_unknown;
    report(
        rules::kCodelistUnknownList, unknown_list_severity, element.position, path.get(),
        "code list " + in_quotes(uri) + " is not among the loaded code lists" + kHowToAdd,
        "Codeliste " + in_quotes(uri) + " ist nicht unter den geladenen Codelisten" + kHowToAddDe,
        rules::builtin_rule(rules::kCodelistUnknownList).source);
    return nullptr;
  }
  if (version.empty()) {
    if (versions.size() == 1) return versions.front();
    ++counts_.version_missing;
    report(rules::kCodelistMissingVersion, std::nullopt, element.position, path.get(),
           "listVersionID is missing and code list " + in_quotes(uri) + " exists in " +
               std::to_string(versions.size()) + " versions (" + version_list(versions) + ")",
           "listVersionID fehlt, und die Codeliste " + in_quotes(uri) + " liegt in " +
               std::to_string(versions.size()) + " Versionen vor (" + version_list(versions) + ")",
           rules::builtin_rule(rules::kCodelistMissingVersion).source);
    return nullptr;
  }
  if (const CodeList* list = store_.find(uri, version)) return list;
  ++counts_.list_unknown;
  report(rules::kCodelistUnknownList, unknown_list_severity, element.position, path.get(),
         "code list " + in_quotes(uri) + " is not loaded in version " + in_quotes(version) +
             " (loaded versions: " + version_list(versions) + ")" + kHowToAdd,
         "Codeliste " + in_quotes(uri) + " ist nicht in Version " + in_quotes(version) +
             " geladen (geladene Versionen: " + version_list(versions) + ")" + kHowToAddDe,
         rules::builtin_rule(rules::kCodelistUnknownList).source);
  return nullptr;
}

void CodeCheckSink::check_code(const Frame& element, const CodeList& list,
                               const CodeBinding* binding, const LazyPath& path) {
  std::optional<std::size_t> column = list.code_column();
  if (binding != nullptr && !binding->code_column.empty()) {
    column = list.column_index(binding->code_column);  // validated in the constructor
  }
  const std::string& list_name = list.identification().canonical_version_uri;
  const ChildValue& code = element.code;
  // The reader rejects lists without a single-column key, so only a CodeList built by other
  // means can lack a code column; it cannot be checked.
  if (!column) return;
  const std::optional<CodeList::RowIndex> row = list.find_row(code.text, *column);
  if (row && !element.name.present) return;
  // The code is a public value, quoted whole: it is what the finding is about. The name is the
  // message's own text (it may be anything the sender wrote): quoted as far as the policy allows.
  const std::string quoted_code = in_quotes(code.text);
  if (!row) {
    ++counts_.code_unknown;
    const std::string& column_id = list.columns()[*column].id;
    report(rules::kCodelistUnknownCode, std::nullopt, code.position, path.get() + "/Q{}code[1]",
           "code " + quoted_code + " is not in code list " + list_name + " (column " +
               in_quotes(column_id) + ")",
           "Code " + quoted_code + " ist nicht in der Codeliste " + list_name +
               " enthalten (Spalte " + in_quotes(column_id) + ")",
           list_name);
    return;
  }
  // The handbook says `name` carries the description column's text; genericode does not mark
  // that column, so any non-code column of the row (e.g. a translation) is accepted.
  for (std::size_t other = 0; other < list.columns().size(); ++other) {
    if (other == *column) continue;
    if (list.value(*row, other) == std::optional<std::string_view>(element.name.text)) return;
  }
  const std::optional<std::size_t> description = list.description_column();
  const std::string expected =
      description ? std::string(list.value(*row, *description).value_or("")) : std::string();
  const std::string quoted_name = quoted(Content{element.name.text}, options_.excerpts);
  report(rules::kCodelistNameMismatch, std::nullopt, element.name.position,
         path.get() + "/Q{}name[1]",
         "name " + quoted_name + " does not match the entry of code " + quoted_code +
             " in code list " + list_name + " (" + in_quotes(expected) + ")",
         "Name " + quoted_name + " passt nicht zum Eintrag des Codes " + quoted_code +
             " in der Codeliste " + list_name + " (" + in_quotes(expected) + ")",
         list_name);
}

void CodeCheckSink::report(rules::RuleId rule_id, std::optional<Severity> severity,
                           TextPosition position, std::string path, std::string message,
                           std::string message_de, std::string source) {
  Finding finding =
      rules::builtin_finding(rule_id, std::move(message), std::move(message_de),
                             Location{position.line, position.column, std::move(path)});
  if (severity) finding.severity = *severity;
  finding.source = std::move(source);
  findings_.push_back(std::move(finding));
}

}  // namespace konform::codelist
