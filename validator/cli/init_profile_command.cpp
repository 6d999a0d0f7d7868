#include "validator/cli/init_profile_command.h"

#include <iostream>

#include "reports/xoev_import_renderers.h"
#include "validator/cli/exit_code.h"
#include "validator/importer/xoev/profile_skeleton.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

using importer::xoev::Skeleton;

ProfileSkeletonSummary summary_of(const Skeleton& skeleton) {
  ProfileSkeletonSummary summary;
  for (const auto& file : skeleton.written) summary.written.push_back(file.string());
  summary.xoev_messages = skeleton.messages.rule == "xoev";
  for (const auto& message : skeleton.messages.messages) {
    summary.candidates.push_back({message.id, message.namespace_uri, message.local_name});
  }
  summary.other_elements = skeleton.other_elements.size();
  summary.to_map = skeleton.to_map.size();
  return summary;
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
            reports::render_profile_skeleton_text(
                summary_of(importer::xoev::write_profile_skeleton(*options)), std::cout);
            return static_cast<int>(kExitOk);
          }};
}

}  // namespace konform::cli
