#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "tests/support/test_paths.h"
#include "tests/support/thread_cpu_time.h"
#include "tests/unit/xml/test_files.h"
#include "validator/core/config_error.h"
#include "validator/xml/xml_reader.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::xml;

namespace {

const char* kReaderSchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:element name="order">
    <xs:complexType><xs:sequence>
      <xs:element name="id" type="xs:positiveInteger"/>
      <xs:element name="item" type="xs:string" maxOccurs="3"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>)";

std::shared_ptr<const SchemaSet> test_schema() {
  static auto schema = SchemaSet::compile_embedded(kReaderSchema, "test.xsd");
  return schema;
}

std::vector<ReadError> read(std::string_view xml, bool validate = true, ReadEnd* end = nullptr) {
  XmlReader reader(validate ? test_schema() : nullptr);
  std::vector<ReadError> findings;
  auto outcome = reader.read(xml, "in.xml", nullptr, findings);
  if (end) *end = outcome.end;
  return findings;
}

class RecordingSink : public XmlEventSink {
 public:
  void start_prefix_mapping(std::string_view prefix, std::string_view uri) override {
    log += "ns(" + std::string(prefix) + "=" + std::string(uri) + ")";
  }
  void start_element(const ElementStart& e) override {
    log += "<{" + std::string(e.namespace_uri) + "}" + std::string(e.local_name) +
           " p=" + std::string(e.prefix) + " @" + std::to_string(e.position.line);
    for (const auto& a : e.attributes)
      log += " " + std::string(a.local_name) + "=" + std::string(a.value);
    log += ">";
  }
  void end_element(std::string_view, std::string_view local, TextPosition) override {
    log += "</" + std::string(local) + ">";
  }
  void characters(std::string_view text, TextPosition) override { log += std::string(text); }
  void comment(std::string_view text, TextPosition) override {
    log += "<!--" + std::string(text) + "-->";
  }
  std::string log;
};

/// What `sink` records of `xml`, read without a schema; the read must find nothing wrong.
std::string events_of(const std::string& xml, RecordingSink& sink) {
  XmlReader reader(nullptr);
  std::vector<ReadError> findings;
  reader.read(xml, "in.xml", &sink, findings);
  BOOST_TEST(findings.empty());
  return sink.log;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_reader)

BOOST_AUTO_TEST_CASE(valid_document_has_no_findings) {
  ReadEnd end{};
  auto findings = read("<order xmlns='urn:t'><id>7</id><item>a</item></order>", true, &end);
  BOOST_TEST(findings.empty());
  BOOST_TEST(static_cast<int>(end) == static_cast<int>(ReadEnd::kCompleted));
}

BOOST_AUTO_TEST_CASE(a_schema_without_target_namespace_validates_documents_without_one) {
  // Xerces-C looked for no-namespace declarations in its own empty grammar, never in the pool,
  // and reported every element of such a document undeclared.
  static const auto schema = SchemaSet::compile_embedded(
      R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
           <xs:element name="r"><xs:complexType><xs:sequence>
             <xs:element name="n" type="xs:positiveInteger" maxOccurs="2"/>
           </xs:sequence></xs:complexType></xs:element>
         </xs:schema>)",
      "no-namespace.xsd");
  XmlReader reader(schema);
  std::vector<ReadError> valid;
  reader.read("<r><n>1</n><n>2</n></r>", "valid.xml", nullptr, valid);
  BOOST_TEST(valid.empty(), (valid.empty() ? "" : valid[0].message));
  std::vector<ReadError> invalid;
  reader.read("<r>\n<n>0</n></r>", "invalid.xml", nullptr, invalid);
  BOOST_REQUIRE_EQUAL(invalid.size(), 1u);
  BOOST_TEST(invalid[0].location.line == 2);
  std::vector<ReadError> undeclared;
  reader.read("<q/>", "undeclared.xml", nullptr, undeclared);
  BOOST_REQUIRE_EQUAL(undeclared.size(), 1u);
  BOOST_TEST(undeclared[0].message.find("'q'") != std::string::npos, undeclared[0].message);
}

BOOST_AUTO_TEST_CASE(validity_errors_are_located_with_line_column_and_path) {
  auto findings = read("<order xmlns='urn:t'>\n<id>-3</id>\n<item>a</item></order>");
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST((findings[0].kind == ReadError::Kind::kNotSchemaValid));
  BOOST_TEST(findings[0].location.line == 2);
  BOOST_TEST(findings[0].location.column > 0);
  BOOST_TEST(findings[0].location.xpath == "/Q{urn:t}order[1]/Q{urn:t}id[1]");
}

BOOST_AUTO_TEST_CASE(attribute_errors_carry_the_element_s_own_path) {
  auto findings = read("<order xmlns='urn:t'><id>1</id><item bad='x'>a</item></order>");
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings[0].location.xpath == "/Q{urn:t}order[1]/Q{urn:t}item[1]");
}

BOOST_AUTO_TEST_CASE(a_reused_reader_starts_every_document_afresh) {
  XmlReader reader(test_schema());
  for (int round = 0; round < 2; ++round) {
    std::vector<ReadError> findings;
    reader.read("<order xmlns='urn:t'><id>0</id><item>a</item></order>", "in.xml", nullptr,
                findings);
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].location.xpath == "/Q{urn:t}order[1]/Q{urn:t}id[1]");
  }
}

BOOST_AUTO_TEST_CASE(paths_count_siblings_per_parent_and_name_each_document_s_namespace) {
  // The path keeps the names of an element's children from one element to the next: the second
  // g's children count from 1 again, and a second document with the same names in another
  // namespace must not inherit the first one's.
  class PathSink : public XmlEventSink {
   public:
    void set_path_source(const ElementPathSource* source) override { source_ = source; }
    void end_element(std::string_view, std::string_view, TextPosition) override {
      log += source_->current_path() + "\n";
    }
    const ElementPathSource* source_ = nullptr;
    std::string log;
  };
  XmlReader reader(nullptr);
  std::vector<ReadError> findings;
  PathSink first;
  reader.read("<r xmlns='urn:a'><g><x/><y/></g><g><x/><x/><y/></g></r>", "a.xml", &first, findings);
  BOOST_TEST(
      first.log ==
      "/Q{urn:a}r[1]/Q{urn:a}g[1]/Q{urn:a}x[1]\n/Q{urn:a}r[1]/Q{urn:a}g[1]/Q{urn:a}y[1]\n"
      "/Q{urn:a}r[1]/Q{urn:a}g[1]\n"
      "/Q{urn:a}r[1]/Q{urn:a}g[2]/Q{urn:a}x[1]\n/Q{urn:a}r[1]/Q{urn:a}g[2]/Q{urn:a}x[2]\n"
      "/Q{urn:a}r[1]/Q{urn:a}g[2]/Q{urn:a}y[1]\n/Q{urn:a}r[1]/Q{urn:a}g[2]\n/Q{urn:a}r[1]\n");
  PathSink second;
  reader.read("<r xmlns='urn:b'><g><x/></g></r>", "b.xml", &second, findings);
  BOOST_TEST(second.log ==
             "/Q{urn:b}r[1]/Q{urn:b}g[1]/Q{urn:b}x[1]\n/Q{urn:b}r[1]/Q{urn:b}g[1]\n"
             "/Q{urn:b}r[1]\n");
  BOOST_TEST(findings.empty());
}

BOOST_AUTO_TEST_CASE(content_model_errors_point_at_the_offending_child) {
  auto findings = read(
      "<order xmlns='urn:t'><id>1</id>\n<item>a</item><item>b</item><item>c</item>\n"
      "<item>d</item>\n</order>");
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings[0].location.line == 2);
  BOOST_TEST(findings[0].location.column == 7);  // where the child's start tag ends
  BOOST_TEST(findings[0].location.xpath == "/Q{urn:t}order[1]/Q{urn:t}item[1]");
}

BOOST_AUTO_TEST_CASE(content_model_errors_point_at_a_prefixed_offending_child) {
  // Xerces-C names an undeclared child by its raw name, prefix and all ("p:unexpected").
  auto findings = read("<p:order xmlns:p='urn:t'><p:id>1</p:id>\n<p:unexpected/>\n</p:order>");
  auto not_allowed = std::find_if(findings.begin(), findings.end(), [](const ReadError& f) {
    return f.facts.kind == SchemaError::Kind::kElementNotAllowed;
  });
  BOOST_REQUIRE(not_allowed != findings.end());
  BOOST_TEST(not_allowed->location.line == 2);
  BOOST_TEST(not_allowed->location.column == 16);  // where the child's start tag ends
  BOOST_TEST(not_allowed->location.xpath == "/Q{urn:t}order[1]/Q{urn:t}unexpected[1]");
}

BOOST_AUTO_TEST_CASE(validity_errors_say_what_they_are_as_data) {
  // The check stage decides by these facts (Finding::schema_error), never by Xerces' English
  // message.
  static const auto schema = SchemaSet::compile_embedded(
      R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:c"
          xmlns="urn:c" elementFormDefault="qualified">
        <xs:element name="doc"><xs:complexType><xs:sequence>
          <xs:element name="a" type="xs:string" minOccurs="0"/>
          <xs:element name="b" maxOccurs="unbounded"><xs:complexType>
            <xs:attribute name="listURI" type="xs:string"/>
            <xs:attribute name="listVersionID" type="xs:string" use="required"/>
          </xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
      </xs:schema>)",
      "codes.xsd");
  XmlReader reader(schema);
  std::vector<ReadError> missing;
  reader.read("<doc xmlns='urn:c'><b listURI='u'/></doc>", "in.xml", nullptr, missing);
  BOOST_REQUIRE_EQUAL(missing.size(), 1u);
  BOOST_TEST((missing[0].facts.kind == SchemaError::Kind::kRequiredAttributeMissing));
  BOOST_TEST(missing[0].facts.attribute == "listVersionID");
  BOOST_TEST(missing[0].location.xpath == "/Q{urn:c}doc[1]/Q{urn:c}b[1]");

  std::vector<ReadError> unknown;
  reader.read("<doc xmlns='urn:c'><b listVersionID='1'/><x/></doc>", "in.xml", nullptr, unknown);
  std::vector<SchemaError::Kind> kinds;
  std::vector<std::string> expected;
  for (const ReadError& finding : unknown) {
    kinds.push_back(finding.facts.kind);
    if (!finding.facts.expected.empty()) expected = finding.facts.expected;
  }
  BOOST_TEST((std::count(kinds.begin(), kinds.end(), SchemaError::Kind::kElementNotDeclared) == 1));
  BOOST_TEST((std::count(kinds.begin(), kinds.end(), SchemaError::Kind::kElementNotAllowed) == 1));
  BOOST_TEST(expected == (std::vector<std::string>{"a", "b"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(not_well_formed_is_rejected_with_location) {
  ReadEnd end{};
  auto findings = read("<order xmlns='urn:t'>\n<id>1</id>\n<item>a</order>", true, &end);
  BOOST_REQUIRE(!findings.empty());
  BOOST_TEST((findings.back().kind == ReadError::Kind::kNotWellFormed));
  BOOST_TEST(findings.back().location.line == 3);
  BOOST_TEST(static_cast<int>(end) == static_cast<int>(ReadEnd::kRejected));
}

BOOST_AUTO_TEST_CASE(doctype_is_refused_before_any_entity_is_declared) {
  auto findings = read(
      "<?xml version='1.0'?>\n<!DOCTYPE order [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
      "<order xmlns='urn:t'>&x;</order>");
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST((findings[0].kind == ReadError::Kind::kDeclarationRefused));
  BOOST_TEST(findings[0].location.line == 2);
  BOOST_TEST(findings[0].message.find("root:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(billion_laughs_ends_at_once) {
  std::string xml = "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>";
  for (int i = 1; i < 10; ++i) {
    xml += "<!ENTITY lol" + std::to_string(i) + " '";
    for (int k = 0; k < 10; ++k) xml += i == 1 ? "&lol;" : "&lol" + std::to_string(i - 1) + ";";
    xml += "'>";
  }
  xml += "]><lolz>&lol9;</lolz>";
  const double start = konform::test::thread_cpu_seconds();
  auto findings = read(xml, false);
  const double cpu_seconds = konform::test::thread_cpu_seconds() - start;
  BOOST_REQUIRE(!findings.empty());
  BOOST_TEST((findings[0].kind == ReadError::Kind::kDeclarationRefused));
  BOOST_TEST(cpu_seconds < 2.0);
}

BOOST_AUTO_TEST_CASE(schema_elements_deep_under_foreign_ones_are_validated) {
  // Xerces-C 3.2.4's default scanner wrote past a heap array here: it keeps per-depth state only
  // for elements of schema namespaces, and grew it once when the first one came 40 levels down.
  // (Caught only by an instrumented Xerces-C; this pins the shape and the findings.)
  std::string xml;
  for (int i = 0; i < 40; ++i) xml += "<f:x xmlns:f='urn:foreign'>";
  for (int i = 0; i < 3; ++i) xml += "<order xmlns='urn:t'><id>-1</id><item>a</item></order>";
  for (int i = 0; i < 40; ++i) xml += "</f:x>";
  ReadEnd end{};
  auto findings = read(xml, true, &end);
  BOOST_TEST(static_cast<int>(end) == static_cast<int>(ReadEnd::kCompleted));
  BOOST_REQUIRE(!findings.empty());
  for (const auto& finding : findings)
    BOOST_TEST((finding.kind == ReadError::Kind::kNotSchemaValid));
}

BOOST_AUTO_TEST_CASE(a_doctype_at_the_first_byte_is_the_only_finding) {
  // Refused before Xerces-C has read a byte: it sees an empty document, which is not reported.
  ReadEnd end{};
  auto findings = read("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>", true, &end);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST((findings[0].kind == ReadError::Kind::kDeclarationRefused));
  BOOST_TEST(findings[0].location.line == 1);
  BOOST_TEST(findings[0].location.column == 1);
  BOOST_TEST(static_cast<int>(end) == static_cast<int>(ReadEnd::kRejected));
}

BOOST_AUTO_TEST_CASE(an_ebcdic_document_is_refused) {
  // "<?xml version='1.0' encoding='IBM037'?><a/>" in EBCDIC: the markup guard cannot follow it.
  const std::string xml = "\x4C\x6F\xA7\x94\x93\x40\xA5\x85\x99\xA2\x89\x96\x95\x7E";
  ReadEnd end{};
  auto findings = read(xml, false, &end);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST((findings[0].kind == ReadError::Kind::kLimitReached));
  BOOST_TEST(findings[0].message.find("EBCDIC") != std::string::npos);
  BOOST_TEST(static_cast<int>(end) == static_cast<int>(ReadEnd::kRejected));
}

BOOST_AUTO_TEST_CASE(undefined_entity_is_not_well_formed) {
  auto findings = read("<order xmlns='urn:t'>&undefined;</order>", false);
  BOOST_REQUIRE(!findings.empty());
  BOOST_TEST((findings[0].kind == ReadError::Kind::kNotWellFormed));
}

BOOST_AUTO_TEST_CASE(schema_location_hints_in_messages_are_ignored) {
  // The hint names a schema that would accept anything; the profile's schema still applies.
  auto findings = read(
      "<order xmlns='urn:t' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' "
      "xsi:schemaLocation='urn:t http://127.0.0.1:9/evil.xsd'><id>0</id><item>a</item></order>");
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST((findings[0].kind == ReadError::Kind::kNotSchemaValid));
  // An odd-length hint (as in the XHochschule samples) is not an error either.
  auto odd = read(
      "<order xmlns='urn:t' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' "
      "xsi:schemaLocation='urn:t'><id>1</id><item>a</item></order>");
  BOOST_TEST(odd.empty());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_and_binary_input_are_not_well_formed) {
  for (std::string bytes :
       {std::string("<order>\xff\xfe</order>"), std::string("BM6\x03\x00\x01", 6), std::string(""),
        std::string("<?xml version='1.0'?>")}) {
    auto findings = read(bytes, false);
    BOOST_REQUIRE(!findings.empty());
    BOOST_TEST((findings[0].kind == ReadError::Kind::kNotWellFormed));
  }
}

BOOST_AUTO_TEST_CASE(undeclared_root_is_one_clear_error) {
  auto findings =
      read("<other xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:type='x'/>");
  BOOST_REQUIRE(!findings.empty());
  for (const auto& f : findings) BOOST_TEST(f.message.find("xmlns") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(namespace_declarations_and_xsi_attributes_are_never_attribute_errors) {
  // XSD 1.0 §3.2.6 and §3.2.7: neither needs a declaration, on a declared element or another.
  const std::string attributes =
      " xmlns:x='urn:x' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
      " xsi:schemaLocation='urn:t t.xsd'";
  BOOST_TEST(
      read("<order xmlns='urn:t'" + attributes + "><id>1</id><item>a</item></order>").empty());
  const auto undeclared = read("<other" + attributes + "><child xmlns:y='urn:y'/></other>");
  BOOST_REQUIRE_EQUAL(undeclared.size(), 1u);
  BOOST_TEST((undeclared[0].facts.kind == SchemaError::Kind::kElementNotDeclared));
}

BOOST_AUTO_TEST_CASE(events_reach_the_sink_in_document_order) {
  RecordingSink sink;
  BOOST_TEST(events_of("<p:a xmlns:p='urn:p' x='1'>\n<!--c--><b>t&amp;u</b></p:a>", sink) ==
             "ns(p=urn:p)<{urn:p}a p=p @1 x=1>\n<!--c--><{}b p= @2>t&u</b></a>");
}

BOOST_AUTO_TEST_CASE(a_sink_gets_only_what_it_asks_for) {
  // Like the code-list sink: two attributes by local name, no prefixes, no declarations.
  struct FilteringSink : RecordingSink {
    bool wants_prefixes() const override { return false; }
    std::span<const std::string_view> wanted_attributes() const override {
      static constexpr std::string_view kNames[] = {"listURI", "v"};
      return kNames;
    }
  };
  FilteringSink sink;
  BOOST_TEST(events_of("<p:a xmlns:p='urn:p' x='1' listURI='u' p:v='2' listURIx='3'/>", sink) ==
             "<{urn:p}a p= @1 listURI=u v=2></a>");
}

BOOST_AUTO_TEST_CASE(a_sink_gets_only_the_element_names_it_asks_for_and_can_ask_for_others) {
  // Like the code-list sink: the names of `code` and `name`; any other name from the path source.
  struct NamingSink : RecordingSink {
    std::span<const std::string_view> wanted_element_names() const override {
      static constexpr std::string_view kNames[] = {"code", "name"};
      return kNames;
    }
    void set_path_source(const ElementPathSource* source) override { source_ = source; }
    void end_element(std::string_view ns, std::string_view local, TextPosition at) override {
      RecordingSink::end_element(ns, local, at);
      if (local.empty()) log += "(" + source_->current_local_name() + ")";
    }
    const ElementPathSource* source_ = nullptr;
  };
  NamingSink sink;
  BOOST_TEST(
      events_of("<p:a xmlns:p='urn:p'><p:form><code>1</code><name>x</name><codes/></p:form></p:a>",
                sink) ==
      "ns(p=urn:p)<{urn:p} p=p @1><{urn:p} p=p @1><{}code p= @1>1</code><{}name p= @1>x"
      "</name><{} p= @1></>(codes)</>(form)</>(a)");
}

BOOST_AUTO_TEST_CASE(too_many_findings_are_summarised_not_dropped) {
  std::string xml = "<order xmlns='urn:t'><id>1</id>";
  for (int i = 0; i < 20; ++i) xml += "<item>a</item><bad/>";
  xml += "</order>";
  XmlReader reader(test_schema(), ReaderLimits{3});
  std::vector<ReadError> findings;
  reader.read(xml, "in.xml", nullptr, findings);
  BOOST_REQUIRE_EQUAL(findings.size(), 4u);
  BOOST_TEST(findings.back().message.find("further XSD errors were not listed") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(attribute_count_and_size_limits_end_the_read) {
  ReaderLimits limits;
  limits.max_attributes = 3;
  limits.max_attribute_size = 10;
  XmlReader reader(nullptr, limits);
  std::vector<ReadError> findings;
  auto outcome = reader.read("<a><b w='1' x='2' y='3' z='4'/></a>", "in.xml", nullptr, findings);
  BOOST_TEST((outcome.end == ReadEnd::kRejected));
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST((findings[0].kind == ReadError::Kind::kLimitReached));
  BOOST_TEST(findings[0].message.find("--max-attributes") != std::string::npos);
  BOOST_TEST(findings[0].location.line == 1);
  findings.clear();
  outcome = reader.read("<a x='0123456789A'/>", "in.xml", nullptr, findings);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings[0].message.find("--max-attribute-size") != std::string::npos);
  findings.clear();
  BOOST_TEST((reader.read("<a x='0123456789' y='1' z='2'/>", "in.xml", nullptr, findings).end ==
              ReadEnd::kCompleted));
}

BOOST_AUTO_TEST_CASE(values_in_xerces_messages_are_quoted_as_excerpts) {
  const std::string name = "Maximiliane-Mustermann-Luedenscheidt-von-und-zu-Hohenfels";
  const std::string xml = "<order xmlns='urn:t'><id>" + name + "</id><item>a</item></order>";
  ReaderLimits limits;
  limits.excerpts = ExcerptPolicy{10, false};
  XmlReader reader(test_schema(), limits);
  std::vector<ReadError> findings;
  reader.read(xml, "in.xml", nullptr, findings);
  BOOST_REQUIRE(!findings.empty());
  for (const auto& finding : findings) {
    BOOST_TEST(finding.message.find("Luedenscheidt") == std::string::npos, finding.message);
  }
  BOOST_TEST(findings[0].message.find("'Maximilia\xE2\x80\xA6'") != std::string::npos,
             findings[0].message);
  limits.excerpts = ExcerptPolicy{40, true};
  XmlReader silent(test_schema(), limits);
  findings.clear();
  silent.read(xml, "in.xml", nullptr, findings);
  BOOST_REQUIRE(!findings.empty());
  BOOST_TEST(findings[0].message.find("Maxi") == std::string::npos, findings[0].message);
  // Names stay whole: the element a message is about is no personal data.
  findings.clear();
  silent.read("<order xmlns='urn:t'><id>1</id><unexpected/></order>", "in.xml", nullptr, findings);
  BOOST_REQUIRE(!findings.empty());
  BOOST_TEST(findings[0].message.find("unexpected'") != std::string::npos, findings[0].message);
}

BOOST_AUTO_TEST_CASE(schema_with_remote_import_does_not_compile) {
  const fs::path dir = test::output_dir("reader-remote-import");
  test::write_file(dir / "s.xsd",
                   "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>"
                   "<xs:import namespace='urn:x' schemaLocation='http://127.0.0.1:9/x.xsd'/>"
                   "<xs:element name='a'/></xs:schema>");
  ResourcePolicy policy({dir}, {});
  BOOST_CHECK_THROW(SchemaSet::compile(dir / "s.xsd", policy), ConfigError);
}

BOOST_AUTO_TEST_CASE(schema_with_internal_dtd_subset_loads) {
  // Like the W3C xmldsig schema: a DOCTYPE with internal entities and an external DTD that must
  // not be fetched.
  const fs::path dir = test::output_dir("reader-dtd-schema");
  test::write_file(
      dir / "s.xsd",
      "<?xml version='1.0'?>\n<!DOCTYPE schema PUBLIC '-//W3C//DTD XMLSchema 200102//EN' "
      "'http://127.0.0.1:9/XMLSchema.dtd' [<!ENTITY ns 'urn:d'>]>\n"
      "<schema xmlns='http://www.w3.org/2001/XMLSchema' targetNamespace='&ns;'>"
      "<element name='a' type='string'/></schema>");
  ResourcePolicy policy({dir}, {});
  auto set = SchemaSet::compile(dir / "s.xsd", policy);
  BOOST_TEST(set->namespaces().back() == "urn:d");
}

BOOST_AUTO_TEST_SUITE_END()
