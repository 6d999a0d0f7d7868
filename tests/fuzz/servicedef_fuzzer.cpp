// The service-definition reader (YAML tree, referenced publiccode.yml, XML view) on the input as
// konform-service.yml in a scratch folder that holds a small publiccode.yml and one sample.
#include <fstream>

#include "tests/fuzz/fuzz_target.h"
#include "validator/servicedef/service_definition.h"

namespace {

std::filesystem::path definition_file() {
  const auto dir = konform::fuzz::scratch_dir() / "service";
  std::filesystem::create_directories(dir / "samples");
  std::ofstream(dir / "publiccode.yml") << "publiccodeYmlVersion: \"0.4\"\nname: Fuzz\n"
                                           "url: https://example.org/fuzz.git\n";
  std::ofstream(dir / "samples" / "a.xml") << "<a/>\n";
  return dir / "konform-service.yml";
}

}  // namespace

KONFORM_FUZZ_TARGET(servicedef) {
  static const auto file = definition_file();
  const auto bytes = konform::fuzz::as_text(data, size);
  konform::servicedef::read_yaml(bytes);
  konform::servicedef::read_service_definition(bytes, file);
  return 0;
}
