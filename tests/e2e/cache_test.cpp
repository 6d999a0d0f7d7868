// The compiled-profile cache ($XDG_CACHE_HOME/konform) from the command line: a second run reads
// the cache and reports the same bytes; truncated, flipped, foreign and symlinked entries are
// rejected and rebuilt; an edited schema (even one only included) or chained catalog is compiled
// afresh; --no-cache, `cache info` and `cache clear`. KONFORM_CACHE_TRACE=1 makes the cache's
// decisions visible on standard error; every cache lives under the build tree.
#include <sys/stat.h>
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <regex>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

/// Sets an environment variable for the scope (the konform child processes inherit it).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

/// A fresh XDG_CACHE_HOME under the build tree plus tracing, for one test.
struct CacheHome {
  explicit CacheHome(const std::string& name)
      : home(output_dir(name) / "xdg"),
        xdg("XDG_CACHE_HOME", home.string()),
        trace("KONFORM_CACHE_TRACE", "1") {}
  fs::path dir() const { return home / "konform"; }
  std::vector<fs::path> entries() const {
    std::vector<fs::path> out;
    if (!fs::exists(dir())) return out;
    for (const auto& entry : fs::directory_iterator(dir())) out.push_back(entry.path());
    return out;
  }
  fs::path home;
  ScopedEnv xdg;
  ScopedEnv trace;
};

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> xbau_run() {
  const fs::path corpus = corpus_dir();
  return {"validate",
          "--format",
          "json",
          "--schema",
          (corpus / "xbau/artifacts/xbau/2.6/specs/xbau-nachrichten-baugenehmigung.xsd").string(),
          "--catalog",
          (corpus / "catalog.xml").string(),
          (source_dir() / "tests/bench/data/xbau-startup.xml").string()};
}

/// A JSON report without the per-stage timings ("ms"), the only bytes that differ between runs.
std::string untimed(const std::string& json) {
  static const std::regex kTiming("\"ms\": [0-9.e+-]+");
  return std::regex_replace(json, kTiming, "\"ms\": 0");
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// The run of `args` (in `dir`, valid) is compiled and stored, then a hit; after `edit`, which
/// changes `changed_file` only and makes the input invalid, the entry is stale and the run
/// compiled afresh (finding the error), then a hit again.
void expect_edit_compiled_afresh(const std::vector<std::string>& args, const fs::path& dir,
                                 const std::function<void()>& edit,
                                 const std::string& changed_file) {
  const auto first = run_konform(args, "", dir);
  BOOST_TEST(first.exit_code == 0, first.out + first.err);
  BOOST_TEST(has(first.err, "stored"), first.err);
  BOOST_TEST(has(run_konform(args, "", dir).err, "hit"));
  edit();
  const auto edited = run_konform(args, "", dir);
  BOOST_TEST(has(edited.err, "stale"), edited.err);
  BOOST_TEST(has(edited.err, changed_file + " changed"), edited.err);
  BOOST_TEST(edited.exit_code == 1, edited.out + edited.err);
  BOOST_TEST(has(edited.out, "xsd-valid"), edited.out);
  const auto again = run_konform(args, "", dir);
  BOOST_TEST(has(again.err, "hit"), again.err);
  BOOST_TEST(again.exit_code == 1);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cache)

BOOST_AUTO_TEST_CASE(second_run_reads_the_cache_and_reports_the_same_bytes) {
  CacheHome home("cache-second-run");
  const auto cold = run_konform(xbau_run());
  BOOST_TEST(cold.exit_code == 1, cold.err);
  BOOST_TEST(has(cold.err, "konform: cache: compiled"), cold.err);
  BOOST_TEST(has(cold.err, "konform: cache: stored"), cold.err);
  BOOST_REQUIRE_EQUAL(home.entries().size(), 1u);
  struct stat info {};
  BOOST_REQUIRE(::stat(home.dir().c_str(), &info) == 0);
  BOOST_TEST((info.st_mode & 0777) == 0700u);

  const auto warm = run_konform(xbau_run());
  BOOST_TEST(has(warm.err, "konform: cache: hit"), warm.err);
  BOOST_TEST(!has(warm.err, "compiled"), warm.err);
  BOOST_TEST(warm.exit_code == cold.exit_code);
  BOOST_TEST(untimed(warm.out) == untimed(cold.out));
  BOOST_TEST(has(cold.out, "xsd-valid"));

  const auto info_run = run_konform({"cache", "info"});
  BOOST_TEST(info_run.exit_code == 0);
  BOOST_TEST(has(info_run.out, home.dir().string() + ": 1 entry"), info_run.out);
}

BOOST_AUTO_TEST_CASE(corrupt_entries_are_rejected_and_rebuilt_with_the_same_findings) {
  CacheHome home("cache-corrupt");
  const auto reference = run_konform(xbau_run());
  BOOST_REQUIRE_EQUAL(home.entries().size(), 1u);
  const fs::path entry = home.entries().front();
  const std::string good = read(entry);
  BOOST_REQUIRE_GT(good.size(), 1000u);
  struct Damage {
    const char* what;
    std::string bytes;
  };
  std::string flipped_payload = good;
  flipped_payload[good.size() / 2] = static_cast<char>(flipped_payload[good.size() / 2] ^ 0x55);
  std::string flipped_key = good;
  flipped_key[40] = static_cast<char>(flipped_key[40] ^ 0x01);
  std::string flipped_magic = good;
  flipped_magic[0] = 'X';
  const std::vector<Damage> damages{{"truncated", good.substr(0, good.size() / 2)},
                                    {"cut header", good.substr(0, 30)},
                                    {"empty", ""},
                                    {"payload byte flipped", flipped_payload},
                                    {"key byte flipped", flipped_key},
                                    {"wrong version header", flipped_magic}};
  for (const auto& damage : damages) {
    BOOST_TEST_CONTEXT(damage.what) {
      write_text(entry, damage.bytes);
      const auto rebuilt = run_konform(xbau_run());
      BOOST_TEST(has(rebuilt.err, "konform: cache: rejected"), rebuilt.err);
      BOOST_TEST(has(rebuilt.err, "konform: cache: stored"), rebuilt.err);
      BOOST_TEST(rebuilt.exit_code == reference.exit_code);
      BOOST_TEST(untimed(rebuilt.out) == untimed(reference.out));
      // Overwritten with a sound entry (not byte-equal: Xerces orders some tables by address).
      BOOST_TEST(read(entry) != damage.bytes);
      const auto again = run_konform(xbau_run());
      BOOST_TEST(has(again.err, "konform: cache: hit"), again.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_symlinked_entry_is_never_followed) {
  CacheHome home("cache-symlink");
  const auto reference = run_konform(xbau_run());
  BOOST_REQUIRE_EQUAL(home.entries().size(), 1u);
  const fs::path entry = home.entries().front();
  const fs::path outside = home.home / "outside-entry";
  fs::rename(entry, outside);
  fs::create_symlink(outside, entry);
  const std::string outside_before = read(outside);
  const auto run = run_konform(xbau_run());
  BOOST_TEST(has(run.err, "rejected"), run.err);
  BOOST_TEST(has(run.err, "symlink"), run.err);
  BOOST_TEST(untimed(run.out) == untimed(reference.out));
  BOOST_TEST(!fs::is_symlink(entry));  // replaced by a regular entry; the target left alone
  BOOST_TEST(read(outside) == outside_before);
  BOOST_TEST(has(run_konform(xbau_run()).err, "hit"));
}

BOOST_AUTO_TEST_CASE(an_entry_made_for_other_artefact_hashes_is_not_used) {
  CacheHome home("cache-edited");
  const fs::path dir = output_dir("cache-edited") / "schemas";
  fs::create_directories(dir);
  const std::string ns = "urn:konform:test:cache";
  write_text(
      dir / "main.xsd",
      "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" + ns +
          "' xmlns:t='" + ns +
          "' elementFormDefault='qualified'><xs:include "
          "schemaLocation='types.xsd'/><xs:element name='doc'><xs:complexType><xs:sequence>"
          "<xs:element name='n' type='t:Number'/></xs:sequence></xs:complexType></xs:element>"
          "</xs:schema>");
  auto types = [&](const std::string& base) {
    write_text(dir / "types.xsd",
               "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" + ns +
                   "'><xs:simpleType name='Number'><xs:restriction base='xs:" + base +
                   "'/></xs:simpleType></xs:schema>");
  };
  write_text(dir / "doc.xml", "<doc xmlns='" + ns + "'><n>5</n></doc>");
  const std::vector<std::string> args{"validate", "--schema", (dir / "main.xsd").string(),
                                      (dir / "doc.xml").string()};
  types("integer");
  // Only the included document changes: 5 is no boolean.
  expect_edit_compiled_afresh(
      args, dir, [&] { types("boolean"); }, "types.xsd");
}

// The entry covers the same files as the chain hash: a catalog's chained catalogs too. A change
// in one (the import now maps to another schema) is compiled afresh, never served stale.
BOOST_AUTO_TEST_CASE(an_entry_covers_the_catalogs_a_catalog_chains_to) {
  CacheHome home("cache-chained-catalog");
  const fs::path dir = output_dir("cache-chained-catalog") / "schemas";
  fs::create_directories(dir / "more");
  const std::string ns = "urn:konform:test:cache";
  const std::string other = "urn:konform:test:cache:other";
  write_text(
      dir / "main.xsd",
      "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" + ns +
          "' xmlns:o='" + other + "' elementFormDefault='qualified'><xs:import namespace='" +
          other +
          "' schemaLocation='https://example.invalid/other.xsd'/><xs:element name='doc'>"
          "<xs:complexType><xs:sequence><xs:element ref='o:n'/></xs:sequence></xs:complexType>"
          "</xs:element></xs:schema>");
  for (const auto& [file, type] :
       {std::pair{"integer.xsd", "integer"}, {"boolean.xsd", "boolean"}}) {
    write_text(dir / file,
               "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" + other +
                   "' elementFormDefault='qualified'><xs:element name='n' type='xs:" + type +
                   "'/></xs:schema>");
  }
  auto chained = [&](const std::string& target) {
    write_text(dir / "more" / "next.xml",
               "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'><uri "
               "name='https://example.invalid/other.xsd' uri='../" +
                   target + "'/></catalog>");
  };
  write_text(dir / "catalog.xml",
             "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'><nextCatalog "
             "catalog='more/next.xml'/></catalog>");
  write_text(dir / "doc.xml", "<doc xmlns='" + ns + "'><n xmlns='" + other + "'>5</n></doc>");
  const std::vector<std::string> args{"validate",
                                      "--schema",
                                      (dir / "main.xsd").string(),
                                      "--catalog",
                                      (dir / "catalog.xml").string(),
                                      (dir / "doc.xml").string()};
  chained("integer.xsd");
  // Only the chained catalog changes (the import now maps to another schema): 5 is no boolean.
  expect_edit_compiled_afresh(
      args, dir, [&] { chained("boolean.xsd"); }, "more/next.xml");
}

BOOST_AUTO_TEST_CASE(no_cache_neither_reads_nor_writes_and_clear_empties_the_folder) {
  CacheHome home("cache-no-cache");
  auto args = xbau_run();
  args.insert(args.begin() + 1, "--no-cache");
  const auto uncached = run_konform(args);
  BOOST_TEST(!has(uncached.err, "konform: cache:"), uncached.err);
  BOOST_TEST(home.entries().empty());
  const auto cached = run_konform(xbau_run());
  BOOST_TEST(untimed(cached.out) == untimed(uncached.out));
  BOOST_TEST(home.entries().size() == 1u);
  const auto with_entry = run_konform(args);
  BOOST_TEST(!has(with_entry.err, "hit"), with_entry.err);

  const auto clear = run_konform({"cache", "clear"});
  BOOST_TEST(clear.exit_code == 0);
  BOOST_TEST(has(clear.out, "removed 1 entry"), clear.out);
  BOOST_TEST(home.entries().empty());
  BOOST_TEST(has(run_konform({"cache", "info"}).out, ": 0 entries, 0 bytes"));
}

BOOST_AUTO_TEST_SUITE_END()
