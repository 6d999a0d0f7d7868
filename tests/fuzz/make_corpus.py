#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target to OUT/<target>/, at run time, from the hand-written
seeds in tests/fuzz/seeds/, the repository's test fixtures and profiles, and the shared corpus
(KONFORM_CORPUS, default ../shared/corpus, and its parent's servicedefs/). Nothing from ../shared is
copied into the repository. Files are named by content hash; large files are left out so the
fuzzers stay fast.

usage: make_corpus.py OUT
"""
import hashlib
import os
import re
import sys
from pathlib import Path

MAX_BYTES = 64 * 1024
# The XML reader validates every input twice (with and without a schema): smaller seeds, more runs.
MAX_TARGET_BYTES = {"xml_reader": 16 * 1024, "genericode": 16 * 1024}
MAX_FILES = 400
SOURCE = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("KONFORM_CORPUS") or SOURCE.parent / "shared" / "corpus").resolve()
SHARED = CORPUS.parent
GENERICODE_NS = b"http://docs.oasis-open.org/codelist/ns/genericode/1.0/"
XPATH_ATTRIBUTE = re.compile(rb'\b(?:test|context|select|value|use|match|condition)="([^"]+)"')


def files(roots, suffixes):
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix.lower() in suffixes and path.is_file() and path.stat().st_size <= MAX_BYTES:
                yield path


def unescape(value):
    for entity, char in ((b"&lt;", b"<"), (b"&gt;", b">"), (b"&quot;", b'"'), (b"&apos;", b"'"),
                         (b"&amp;", b"&")):
        value = value.replace(entity, char)
    return value


def main(out):
    tests = SOURCE / "tests"
    profiles = SOURCE / "profiles"
    seeds = {}

    def add(target, data):
        bucket = seeds.setdefault(target, {})
        if len(data) > MAX_TARGET_BYTES.get(target, MAX_BYTES):
            return
        if len(bucket) < MAX_FILES or target.startswith("xpath"):
            bucket[hashlib.sha1(data).hexdigest()] = data

    for seed_dir in sorted((SOURCE / "tests" / "fuzz" / "seeds").iterdir()):
        for path in sorted(seed_dir.iterdir()):
            add(seed_dir.name, path.read_bytes())

    xml_roots = [tests / "unit", tests / "security", tests / "e2e", profiles, CORPUS]
    for path in files(xml_roots, {".xml", ".xsd", ".gc"}):
        data = path.read_bytes()
        if GENERICODE_NS in data:
            add("genericode", data)
        elif path.name == "profile.xml":
            add("profile_manifest", data)
        else:
            add("xml_reader", data)

    for path in files([tests / "unit", tests / "security", profiles, CORPUS], {".sch"}):
        data = path.read_bytes()
        add("schematron", data)
    for path in files([tests / "unit", profiles, CORPUS], {".sch", ".xml"}):
        if path.suffix == ".xml" and path.name != "profile.xml":
            continue
        for match in XPATH_ATTRIBUTE.finditer(path.read_bytes()):
            expression = unescape(match.group(1))
            add("xpath_parser", expression)
            add("xpath_eval", expression)

    for path in files([tests, profiles, SOURCE / "xsd", SHARED / "servicedefs"],
                      {".yml", ".yaml"}):
        add("servicedef", path.read_bytes())

    for target, bucket in sorted(seeds.items()):
        target_dir = Path(out) / target
        target_dir.mkdir(parents=True, exist_ok=True)
        for name, data in bucket.items():
            (target_dir / name).write_bytes(data)
        print(f"make_corpus: {target}: {len(bucket)} seeds")
    if not CORPUS.is_dir():
        print(f"make_corpus: warning: shared corpus {CORPUS} not found; fixtures only")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
