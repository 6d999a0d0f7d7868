#!/usr/bin/env python3
"""Writes konform's bash completion from the CLI's own --help: subcommands and options of every
command path, so completion never drifts from the options.

usage: bash_completion.py KONFORM_BINARY OUTPUT_FILE
"""
import sys

from cli_help import command_tree, option_names


def main():
    binary, output = sys.argv[1], sys.argv[2]
    cases = []
    for words, (_, _, sections, _) in command_tree(binary):
        subcommands = [entry for entry, _ in sections.get("Subcommands", [])]
        options = [name for entry, _ in sections.get("Options", []) for name in option_names(entry)]
        cases.append(f'    "{" ".join(words)}") subcommands="{" ".join(subcommands)}"; '
                     f'options="{" ".join(options)}" ;;')
    script = f"""# bash completion for konform, generated from its --help (packaging/bash_completion.py)
_konform() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} path="" word subcommands options
  # The command path typed so far: each word that names a subcommand of the path before it.
  for word in "${{COMP_WORDS[@]:1:COMP_CWORD-1}}"; do
    _konform_commands "$path"
    [[ " $subcommands " == *" $word "* ]] && path="${{path:+$path }}$word"
  done
  _konform_commands "$path"
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -W "$subcommands" -- "$cur"; compgen -f -- "$cur")
  fi
}}
_konform_commands() {{
  case "$1" in
{chr(10).join(cases)}
    *) subcommands=""; options="" ;;
  esac
}}
complete -o filenames -F _konform konform
"""
    with open(output, "w", encoding="utf-8") as out:
        out.write(script)


if __name__ == "__main__":
    main()
