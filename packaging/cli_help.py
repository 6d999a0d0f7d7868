"""konform's command tree as its --help describes it (CLI11's format), for the generated man pages
and bash completion: nothing about the CLI is written down twice."""
import re
import subprocess

SECTIONS = ("Options:", "Positionals:", "Subcommands:")


def parse_help(text):
    """CLI11's help: a description, a Usage line, then sections of indented 'name  text' entries
    (continuation lines indented further) and any closing text."""
    description, usage, sections, closing = [], "", {}, []
    current = None
    for line in text.splitlines():
        if line.startswith("Usage: "):
            usage = line[len("Usage: "):]
        elif line.strip() in SECTIONS:
            current = sections.setdefault(line.strip()[:-1], [])
        elif current is not None and line.startswith("  "):
            match = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
            if line.startswith("    ") and current and not re.match(r"^  \S", line):
                current[-1][1] = (current[-1][1] + " " + line.strip()).strip()
            elif match:
                current.append([match.group(1), match.group(2) or ""])
        elif line.strip() == "":
            continue
        elif not usage:
            description.append(line.strip())
        else:
            current = None
            closing.append(line.rstrip())
    return " ".join(description), usage, sections, closing


def help_text(binary, words):
    return subprocess.run([binary, *words, "--help"], check=True, capture_output=True,
                          text=True).stdout


def option_names(entry):
    """The option spellings of one Options entry ("-h,--help", "--lock TEXT Excludes: ...")."""
    return [name for name in entry.split()[0].split(",") if name.startswith("-")]


def command_tree(binary):
    """Every command path ([], ["validate"], ["profile", "lock"], ...) with its parsed help."""
    pending = [[]]
    while pending:
        words = pending.pop(0)
        parsed = parse_help(help_text(binary, words))
        yield words, parsed
        pending += [[*words, entry] for entry, _ in parsed[2].get("Subcommands", [])]
