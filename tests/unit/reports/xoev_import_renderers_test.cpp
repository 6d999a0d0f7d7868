// What `konform profile import` (an XÖV release) and `konform init profile` say, as the renderers
// write it from hand-built values: every document type, mapping and code list from --with, and
// each thing the import could not resolve as a warning.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "reports/xoev_import_renderers.h"

namespace konform::reports {
namespace {

using importer::xoev::XoevImportReport;

XoevImportReport imported_release() {
  XoevImportReport report;
  report.id = "xbau";
  report.version = "2.3.0";
  report.profile_dir = "/p/xbau";
  report.message_rule = "xoev";
  report.document_types = {{"baugenehmigung.antrag.0200",
                            "http://www.xleitstelle.de/xbau/2/3",
                            "baugenehmigung.antrag.0200",
                            "release/xbau.xsd",
                            {"rules/a.sch", "rules/b.sch"}}};
  report.catalog = {{"http://www.xoev.de/schemata/basisdatentypen/1_1/xoev-basisdatentypen.xsd",
                     "lib/xoev-basisdatentypen.xsd", "/with/xoev-basisdatentypen.xsd"}};
  report.schemas_copied = 4;
  report.codelists = {{"urn:xoev-de:xbau:codeliste:baustoff", "2.0", "codelists/b.xml", false},
                      {"urn:de:bund:destatis:staat", "2024", "codelists/s.xml", true}};
  report.unbound_schematrons = {"/r/extra.sch"};
  report.missing_codelists = {
      {"urn:xoev-de:xbau:codeliste:rolle", "", {"{urn:x}rolle", "{urn:x}r"}}};
  return report;
}

BOOST_AUTO_TEST_SUITE(xoev_import_renderers)

BOOST_AUTO_TEST_CASE(an_import_lists_what_it_wrote_and_what_it_could_not_resolve) {
  std::ostringstream out;
  render_xoev_import_text(imported_release(), out);
  BOOST_TEST(out.str() ==
             "konform: imported xbau 2.3.0 into /p/xbau: 1 document type, 4 schemas, 1 catalog "
             "mapping, 2 code lists\n"
             "document types:\n"
             "  baugenehmigung.antrag.0200  {http://www.xleitstelle.de/xbau/2/3}"
             "baugenehmigung.antrag.0200  release/xbau.xsd  + rules/a.sch  + rules/b.sch\n"
             "catalog (remote schemaLocation -> copy):\n"
             "  http://www.xoev.de/schemata/basisdatentypen/1_1/xoev-basisdatentypen.xsd -> "
             "lib/xoev-basisdatentypen.xsd  (from /with/xoev-basisdatentypen.xsd)\n"
             "code list from --with: urn:de:bund:destatis:staat 2024\n"
             "warning: /r/extra.sch: the namespaces this Schematron file declares are no "
             "message's; not bound\n"
             "warning: 1 code list the schemas use but neither the release nor a --with folder "
             "carries (codelist-unknown-list until added to codelists/):\n"
             "  urn:xoev-de:xbau:codeliste:rolle (any version)  used by 2 elements, e.g. "
             "{urn:x}rolle\n");
}

BOOST_AUTO_TEST_CASE(a_release_without_messages_says_how_its_types_were_found) {
  XoevImportReport report = imported_release();
  report.message_rule = "global-elements";
  std::ostringstream global;
  render_xoev_import_text(report, global);
  BOOST_TEST(global.str().find("\nnote: no global element is named like an XÖV message") !=
             std::string::npos);
  report.message_rule = "none";
  std::ostringstream none;
  render_xoev_import_text(report, none);
  BOOST_TEST(none.str().find("\nnote: the release declares no global element: a library of "
                             "types") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_skeleton_lists_files_candidates_and_what_is_left_to_do) {
  const ProfileSkeletonSummary skeleton{
      {"/p/profile.xml", "/p/catalog.xml"}, true, {{"antrag", "urn:a", "antrag.0100"}}, 3, 1};
  std::ostringstream out;
  render_profile_skeleton_text(skeleton, out);
  BOOST_TEST(out.str() ==
             "konform: wrote /p/profile.xml\n"
             "konform: wrote /p/catalog.xml\n"
             "candidate document types (XÖV messages):\n"
             "  antrag  {urn:a}antrag.0100\n"
             "3 other global elements listed in a comment of profile.xml\n"
             "to do: 1 remote schema location to map to local copies in catalog.xml (marked "
             "TODO); `konform profile import` finds them in --with folders\n");
  std::ostringstream plain;
  render_profile_skeleton_text({{}, false, {}, 0, 0}, plain);
  BOOST_TEST(plain.str() == "candidate document types (global elements):\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
