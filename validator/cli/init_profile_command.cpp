#include "validator/cli/init_profile_command.h"

#include <iostream>

#include "reports/wording.h"
#include "validator/cli/exit_code.h"
#include "validator/importer/xoev/profile_skeleton.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

using importer::xoev::Skeleton;

void print_skeleton(const Skeleton& skeleton) {
  using reports::counted;
  for (const auto& file : skeleton.written) std::cout << "konform: wrote " << file.string() << "\n";
  std::cout << "candidate document types ("
            << (skeleton.messages.rule == "xoev" ? "XÖV messages" : "global elements") << "):\n";
  for (const auto& message : skeleton.messages.messages) {
    std::cout << "  " << message.id << "  {" << message.namespace_uri << "}" << message.local_name
              << "\n";
  }
  if (!skeleton.other_elements.empty()) {
    std::cout << counted(skeleton.other_elements.size(), "other global element")
              << " listed in a comment of profile.xml\n";
  }
  if (!skeleton.to_map.empty()) {
    std::cout << "to do: " << counted(skeleton.to_map.size(), "remote schema location")
              << " to map to local copies in catalog.xml (marked TODO); `konform profile import` "
                 "finds them in --with folders\n";
  }
}

}  // namespace

Subcommand add_init_profile_command(CLI::App& init) {
  auto options = std::make_shared<importer::xoev::SkeletonOptions>();
  auto schemas = std::make_shared<std::vector<std::string>>();
  auto dir = std::make_shared<std::string>(".");
  CLI::App* cmd = init.add_subcommand(
      "profile", "Write a profile manifest and catalog skeleton around XML Schemas");
  cmd->add_option("--from-xsd", *schemas, "The schemas (inside the profile folder); repeatable")
      ->required();
  cmd->add_option("--dir", *dir, "The profile folder (default: the working folder)");
  cmd->add_option("--id", options->id, "Profile id (default: the folder's name)");
  cmd->add_flag("--force", options->force, "Overwrite an existing profile.xml and catalog.xml");
  return {cmd, [options, schemas, dir] {
            options->schemas.assign(schemas->begin(), schemas->end());
            options->dir = *dir;
            print_skeleton(importer::xoev::write_profile_skeleton(*options));
            return static_cast<int>(kExitOk);
          }};
}

}  // namespace konform::cli
