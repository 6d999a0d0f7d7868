// bench_pugixml_parse FILE: reads FILE into memory and parses it with pugixml (parse_default), no
// schema, no checks beyond what pugixml's parser does. tests/bench/run.sh times it as the
// physical floor of case 4: no validator that builds on this parser can read the file faster.
// Prints nothing on success; exit 1 and a message on a parse error, 2 on a usage or read error.
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>
#include <vector>

#include <pugixml.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bench_pugixml_parse FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "bench_pugixml_parse: cannot open " << argv[1] << "\n";
    return 2;
  }
  // Reading is part of the measured time, as it is for konform and xmllint: one read() of the
  // whole file, so the floor does not depend on how well the copy loop is optimised.
  std::error_code error;
  std::vector<char> bytes(static_cast<std::size_t>(std::filesystem::file_size(argv[1], error)));
  if (error || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    std::cerr << "bench_pugixml_parse: cannot read " << argv[1] << "\n";
    return 2;
  }
  pugi::xml_document document;
  const pugi::xml_parse_result result =
      document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default);
  if (!result) {
    std::cerr << "bench_pugixml_parse: " << argv[1] << ": " << result.description() << " at offset "
              << static_cast<std::ptrdiff_t>(result.offset) << "\n";
    return 1;
  }
  return 0;
}
