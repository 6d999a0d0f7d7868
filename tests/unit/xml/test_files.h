// Small helpers for xml unit tests: write fixture files into the test's output folder.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace konform::test {

inline std::filesystem::path write_file(const std::filesystem::path& path,
                                        const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace konform::test
