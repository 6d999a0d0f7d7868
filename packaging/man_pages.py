#!/usr/bin/env python3
"""Writes konform's man pages from the CLI's own --help: konform.1 and one page per subcommand
(konform-validate.1.gz, konform-profile-lock.1.gz, ...), so the pages never drift from the options.

usage: man_pages.py KONFORM_BINARY OUTPUT_FOLDER
"""
import gzip
import pathlib
import re
import subprocess
import sys

from cli_help import command_tree


def roff(text):
    """Plain text as roff: backslashes, minus signs and leading dots or quotes escaped."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


def page(words, parsed, version, licence_line):
    description, usage, sections, closing = parsed
    name = "-".join(["konform", *words])
    summary = description.split(" - ", 1)[-1] if not words else description
    out = [f'.TH {name.upper()} 1 "" "konform {version}" "konform manual"',
           ".SH NAME", f"{roff(name)} \\- {roff(summary or 'konform')}",
           ".SH SYNOPSIS", f".B {roff(usage)}" if usage else ""]
    if description:
        out += [".SH DESCRIPTION", roff(description)]
    for title, entries in sections.items():
        out.append(f".SH {title.upper()}")
        for entry, explanation in entries:
            out += [".TP", f".B {roff(entry)}", roff(explanation)]
    if closing:
        out += [".SH NOTES", ".nf", *[roff(line) for line in closing], ".fi"]
    subcommands = [entry for entry, _ in sections.get("Subcommands", [])]
    see_also = [f"konform-{'-'.join([*words, sub])}(1)" for sub in subcommands]
    if words:
        see_also.insert(0, "konform(1)")
    else:
        out += [".SH LICENCE", roff(licence_line.split(":", 1)[-1].strip())]
    if see_also:
        out += [".SH SEE ALSO", roff(", ".join(see_also))]
    return name, "\n".join(line for line in out if line) + "\n"


def main():
    binary, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    # "konform VERSION", then "Licence: ..."
    version_line, licence_line = subprocess.run(
        [binary, "--version"], check=True, capture_output=True, text=True).stdout.splitlines()[:2]
    version = version_line.split()[-1]
    for words, parsed in command_tree(binary):
        name, text = page(words, parsed, version, licence_line)
        # Compressed as Debian wants them, reproducibly (no name or time in the gzip header).
        with open(folder / f"{name}.1.gz", "wb") as out:
            out.write(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


if __name__ == "__main__":
    main()
