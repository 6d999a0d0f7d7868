#include "validator/cli/report_output.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "validator/core/config_error.h"

namespace konform::cli {
namespace fs = std::filesystem;

std::vector<OutputRequest> pair_outputs(const std::vector<std::string>& formats,
                                        const std::vector<std::string>& outputs) {
  std::vector<std::string> names = formats.empty() ? std::vector<std::string>{"text"} : formats;
  if (outputs.size() > names.size()) {
    throw ConfigError("more --output options than --format options");
  }
  std::vector<OutputRequest> requests;
  int to_stdout = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (reports::find_renderer(names[i]) == nullptr) {
      std::string known;
      for (const auto& renderer : reports::renderers()) known += " " + std::string(renderer.name);
      throw ConfigError("unknown format '" + names[i] + "'; known formats:" + known);
    }
    std::string file = i < outputs.size() ? outputs[i] : "";
    if (file.empty() || file == "-") ++to_stdout;
    requests.push_back({names[i], file});
  }
  if (to_stdout > 1) throw ConfigError("only one format can go to standard output; give --output");
  return requests;
}

void write_outputs(const Report& report, const std::vector<OutputRequest>& requests,
                   const reports::RenderOptions& options) {
  for (const auto& request : requests) {
    const reports::Renderer* renderer = reports::find_renderer(request.format);
    if (request.file.empty() || request.file == "-") {
      reports::RenderOptions terminal = options;
      terminal.color = options.color && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
      renderer->render(report, terminal, std::cout);
      std::cout.flush();
      continue;
    }
    reports::RenderOptions file_options = options;
    file_options.color = false;
    fs::path target(request.file);
    fs::path temporary = target;
    temporary += ".tmp." + std::to_string(getpid());
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      if (!out) throw ConfigError("cannot write report file", request.file);
      renderer->render(report, file_options, out);
      out.flush();
      if (!out) throw ConfigError("writing report file failed", request.file);
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) {
      fs::remove(temporary, ec);
      throw ConfigError("cannot move report into place: " + ec.message(), request.file);
    }
  }
}

}  // namespace konform::cli
