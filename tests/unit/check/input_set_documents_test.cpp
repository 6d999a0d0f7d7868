// What rules may read with doc() and collection(): the run's inputs, by a path relative to the
// current document, and nothing else (input_set_documents.h).
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/check/input_checker.h"
#include "validator/check/input_set_documents.h"
#include "validator/profile/manifest_loader.h"
#include "validator/rules/registry.h"
#include "validator/schematron/findings.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

struct Folder {
  fs::path dir = test::output_dir("input-set-documents");
  Folder() {
    test::write_file(dir / "set/a.xml", "<a/>");
    test::write_file(dir / "set/parts/b.xml", "<b/>");
    test::write_file(dir / "set/broken.xml", "<c>");
    test::write_file(dir / "outside.xml", "<secret/>");
    test::write_file(dir / "set/not-an-input.xml", "<d/>");
  }
  std::vector<InputSource> inputs(bool with_broken = false) const {
    std::vector<InputSource> out{{"set/a.xml", dir / "set/a.xml"},
                                 {"set/parts/b.xml", dir / "set/parts/b.xml"}};
    if (with_broken) out.push_back({"set/broken.xml", dir / "set/broken.xml"});
    return out;
  }
};

std::string root_name(const xdm::Document* document) {
  return document == nullptr ? "" : std::string(document->local_name(1));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(input_set_documents)

BOOST_AUTO_TEST_CASE(a_reference_relative_to_the_current_document_finds_an_input) {
  const Folder folder;
  const InputSet set(folder.inputs());
  InputSetDocuments documents(set, 1 << 20);
  xpath::DocumentSource::Refusal refusal;
  BOOST_TEST(root_name(documents.find("parts/b.xml", "set/a.xml", refusal)) == "b");
  BOOST_TEST(root_name(documents.find("../a.xml", "set/parts/b.xml", refusal)) == "a");
  BOOST_TEST(root_name(documents.find("parts/%62.xml", "set/a.xml", refusal)) == "b");
  // Without a context node the base is the document the rules run on.
  documents.set_current("set/parts/b.xml");
  BOOST_TEST(root_name(documents.find("b.xml", "", refusal)) == "b");
  // The same document each time, so node identity holds across calls.
  BOOST_TEST(documents.find("b.xml", "set/parts/b.xml", refusal) ==
             documents.find("parts/b.xml", "set/a.xml", refusal));
}

BOOST_AUTO_TEST_CASE(anything_but_an_input_of_the_run_is_refused_in_english_and_german) {
  const Folder folder;
  const InputSet set(folder.inputs());
  InputSetDocuments documents(set, 1 << 20);
  const std::string outside = (folder.dir / "outside.xml").string();
  const std::vector<std::string> refused{
      "http://example.org/a.xml", "file://" + outside,       outside,   "../outside.xml",
      "not-an-input.xml",         "parts/../../outside.xml", "a.xml#x", ""};
  for (const std::string& uri : refused) {
    xpath::DocumentSource::Refusal refusal;
    BOOST_TEST_CONTEXT(uri) {
      BOOST_TEST(documents.find(uri, "set/a.xml", refusal) == nullptr);
      BOOST_TEST(refusal.en.find("input set") != std::string::npos);
      BOOST_TEST(refusal.de.find("Dokumente dieses Laufs") != std::string::npos);
    }
  }
  // A document that is not an input of the run has no base to resolve from.
  xpath::DocumentSource::Refusal refusal;
  BOOST_TEST(documents.find("a.xml", "elsewhere.xml", refusal) == nullptr);
}

BOOST_AUTO_TEST_CASE(collection_is_every_input_or_names_the_one_it_could_not_read) {
  const Folder folder;
  const InputSet set(folder.inputs());
  InputSetDocuments documents(set, 1 << 20);
  std::vector<const xdm::Document*> all;
  xpath::DocumentSource::Refusal refusal;
  BOOST_REQUIRE(documents.all(all, refusal));
  BOOST_REQUIRE_EQUAL(all.size(), 2u);
  BOOST_TEST(root_name(all[0]) == "a");
  BOOST_TEST(root_name(all[1]) == "b");

  const InputSet with_broken(folder.inputs(true));
  InputSetDocuments broken(with_broken, 1 << 20);
  all.clear();
  BOOST_TEST(!broken.all(all, refusal));
  BOOST_TEST(refusal.en.find("set/broken.xml") != std::string::npos);
  BOOST_TEST(refusal.de.find("set/broken.xml") != std::string::npos);
}

/// A profile whose one rule reads a neighbour of the input with doc() and one that asks for a
/// URI on the network.
CompiledProfile profile_reading(const fs::path& dir) {
  test::write_file(dir / "profile.xml", R"xml(<profile xmlns="urn:konform:profile:1" id="t.doc"
      version="1.0.0" level="other" validFrom="2020-01-01">
  <title>doc()</title><publisher>konform tests</publisher>
  <documentType id="a"><match namespace="urn:t" localName="a"/><schematron href="rules.sch"/></documentType>
</profile>)xml");
  test::write_file(dir / "rules.sch", R"xml(<schema xmlns="http://purl.oclc.org/dsdl/schematron"
      queryBinding="xslt2"><ns prefix="t" uri="urn:t"/><pattern><rule context="/t:a">
  <assert id="NEIGHBOUR" test="doc('b.xml')/t:b">the neighbour is read</assert>
  <assert id="REMOTE" test="doc('http://127.0.0.1:9/x.xml')">never read</assert>
</rule></pattern></schema>)xml");
  return compile_profiles({load_profile(dir)});
}

BOOST_AUTO_TEST_CASE(a_rule_reaching_outside_the_run_is_a_located_bilingual_error) {
  const Folder folder;
  const CompiledProfile profile = profile_reading(folder.dir / "profile");
  test::write_file(folder.dir / "run/a.xml", "<a xmlns='urn:t'/>");
  test::write_file(folder.dir / "run/b.xml", "<b xmlns='urn:t'/>");
  const Report report = check_inputs(
      profile, {{"run/a.xml", folder.dir / "run/a.xml"}, {"run/b.xml", folder.dir / "run/b.xml"}},
      CheckOptions{});
  const auto& findings = report.inputs[0].findings;
  BOOST_TEST(std::none_of(findings.begin(), findings.end(),
                          [](const Finding& f) { return f.rule_id == "NEIGHBOUR"; }));
  const auto error = std::find_if(findings.begin(), findings.end(), [](const Finding& f) {
    return rules::is(f, rules::kSchematronEvaluationError);
  });
  BOOST_REQUIRE(error != findings.end());
  BOOST_TEST(error->message.find("REMOTE") != std::string::npos);
  BOOST_TEST(error->message.find("FODC0002") != std::string::npos);
  BOOST_TEST(error->message.find("http://127.0.0.1:9/x.xml") != std::string::npos);
  BOOST_TEST(error->message_de.find("REMOTE") != std::string::npos);
  BOOST_TEST(error->message_de.find("http://127.0.0.1:9/x.xml") != std::string::npos);
  BOOST_TEST(error->location.line == 1);
  // A run that could not evaluate a rule never calls the input conformant.
  BOOST_TEST(to_string(report.inputs[0].verdict) == "incomplete");
}

BOOST_AUTO_TEST_SUITE_END()
