#!/usr/bin/env python3
"""Writes the package's copyright file (machine-readable format 1.0): packaging/copyright, then
konform's own licence as a stand-alone License paragraph with the whole text of LICENSE. Debian's
/usr/share/common-licenses does not carry the EUPL, so the file must (Debian Policy 12.5); taking
it from LICENSE keeps one copy of the text in the repository.

usage: copyright_file.py COPYRIGHT LICENSE SPDX_ID OUTPUT
"""
import sys


def licence_paragraph(spdx_id, text):
    """A stand-alone License paragraph: every line indented, empty lines as " ."."""
    body = [f" {line.rstrip()}" if line.strip() else " ." for line in text.strip("\n").splitlines()]
    return "\n".join([f"License: {spdx_id}", *body]) + "\n"


def main():
    copyright_path, licence_path, spdx_id, output = sys.argv[1:]
    with open(copyright_path, encoding="utf-8") as copyright_file:
        paragraphs = copyright_file.read().rstrip("\n")
    with open(licence_path, encoding="utf-8") as licence_file:
        licence = licence_paragraph(spdx_id, licence_file.read())
    with open(output, "w", encoding="utf-8") as out:
        out.write(f"{paragraphs}\n\n{licence}")


if __name__ == "__main__":
    main()
