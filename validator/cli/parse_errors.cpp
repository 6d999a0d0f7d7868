#include "validator/cli/parse_errors.h"

#include <functional>
#include <vector>

#include "validator/core/did_you_mean.h"

namespace konform::cli {
namespace {

/// The subcommand the user was in when parsing stopped: the last one parsed at each level.
const CLI::App* innermost(const CLI::App* app) {
  while (!app->get_subcommands().empty()) app = app->get_subcommands().back();
  return app;
}

/// "konform validate", "konform profile show": the command as typed.
std::string command_path(const CLI::App* app) {
  std::string path = app->get_name();
  for (const CLI::App* up = app->get_parent(); up != nullptr; up = up->get_parent()) {
    path = up->get_name() + " " + path;
  }
  return path;
}

std::vector<std::string> option_names(const CLI::App* app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app->get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    for (const auto& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App* app) {
  std::vector<std::string> names;
  // An empty filter lists every subcommand defined, parsed or not.
  for (const CLI::App* sub : app->get_subcommands(std::function<bool(const CLI::App*)>{})) {
    names.push_back(sub->get_name());
  }
  return names;
}

/// "-x", "--name", "--name=value"; a lone "-" is standard input.
bool looks_like_option(const std::string& argument) {
  return argument.size() > 1 && argument[0] == '-';
}

/// One line about an argument CLI11 could not place: an unknown option, an unknown subcommand
/// (where `app` takes subcommands) or a surplus value.
std::string unplaced(const std::string& argument, const CLI::App* app, bool german) {
  const std::string where = command_path(app);
  if (looks_like_option(argument)) {
    const std::string name = argument.substr(0, argument.find('='));
    const std::string suggestion = did_you_mean(name, option_names(app), german);
    return (german ? "unbekannte Option '" + name + "' f\u00fcr '" + where + "'"
                   : "unknown option '" + name + "' for '" + where + "'") +
           (suggestion.empty() ? "" : "; " + suggestion);
  }
  const std::vector<std::string> subcommands = subcommand_names(app);
  if (subcommands.empty()) {
    return german ? "unerwartetes Argument '" + argument + "' f\u00fcr '" + where + "'"
                  : "unexpected argument '" + argument + "' for '" + where + "'";
  }
  const std::string suggestion = did_you_mean(argument, subcommands, german);
  return (german ? "unbekannter Unterbefehl '" + argument + "' f\u00fcr '" + where + "'"
                 : "unknown subcommand '" + argument + "' for '" + where + "'") +
         (suggestion.empty() ? "" : "; " + suggestion);
}

}  // namespace

bool wants_german(const CLI::App& app) {
  for (const CLI::App* level = innermost(&app); level != nullptr; level = level->get_parent()) {
    const CLI::Option* lang = level->get_option_no_throw("--lang");
    // The raw value: as<>() would validate it again and throw for "--lang fr" while the error
    // about it is being worded.
    if (lang != nullptr && lang->count() > 0) return lang->results().back() == "de";
  }
  return false;
}

std::string error_prefix(bool german) { return german ? "konform: Fehler: " : "konform: error: "; }

std::string explain_parse_error(const CLI::App* app, const CLI::Error& error) {
  const bool german = wants_german(*app);
  const CLI::App* context = innermost(app);
  std::string text;
  // Arguments CLI11 could not place are what an ExtrasError lists and what hides behind "A
  // subcommand is required" when the subcommand was mistyped.
  const std::vector<std::string> unknown = app->remaining(true);
  // An ExtrasError carries the subcommand's name, not its own, in get_name(): ask the type.
  const bool about_arguments = dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr ||
                               (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr &&
                                !subcommand_names(context).empty());
  if (about_arguments && !unknown.empty()) {
    for (const auto& argument : unknown) {
      text += error_prefix(german) + unplaced(argument, context, german) + "\n";
      // What follows a mistyped subcommand are its arguments, not more mistakes.
      if (!looks_like_option(argument) && !subcommand_names(context).empty()) break;
    }
  } else {
    text += error_prefix(german) + error.what() + "\n";
  }
  const std::string help = "'" + command_path(context) + " --help'";
  text += german ? "Hilfe: " + help + "\n" : "see " + help + "\n";
  return text;
}

}  // namespace konform::cli
