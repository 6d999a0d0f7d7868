#!/usr/bin/env python3
"""Generates benchmark inputs for tests/bench/run.sh.

  generate_messages.py batch --template T.xml --count N --out DIR [--invalid-rate 0.01] [--seed S]
      N variants of the example profile's conformant message T (fresh UUIDs, names, counts,
      dates); about invalid-rate of them are made invalid in one of a few ways (negative count,
      impossible date, missing required element), so the validators also report errors.
  generate_messages.py large --out FILE --size-mb 50 [--seed S]
      One message of the bench profile data/register (its XSD, code list and rules) with as many <betrieb> records as
      needed to reach the size.

  generate_messages.py invoice --template T.xml --out FILE --size-mb 50
      One UBL invoice of about that size: the template's first cac:InvoiceLine repeated, each
      copy with its own line number (cbc:ID), so the real XRechnung rules run over a big invoice.

Deterministic for a given seed, standard library only.
"""
import argparse
import pathlib
import random
import re
import uuid

NAMES = ["Bäckerei Müller", "Schlüsseldienst Schmidt", "Café Weiß", "Elektro Groß",
         "Friseursalon Jäger", "Gärtnerei Öztürk", "Metzgerei Kühn", "Buchhandlung Strauß"]
TRADES = ["Herstellung und Verkauf von Backwaren", "Schlüsseldienst", "Gastronomie",
          "Elektroinstallation", "Friseurhandwerk", "Garten- und Landschaftsbau"]


def batch(args):
    template = pathlib.Path(args.template).read_text(encoding="utf-8")
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    invalid = 0
    for i in range(args.count):
        text = template
        text = re.sub(r"(<xdb:nachrichtenUUID>)[^<]*", lambda m: m.group(1) + str(
            uuid.UUID(int=rng.getrandbits(128), version=4)), text)
        text = re.sub(r"(<xdg:name>)[^<]*", lambda m: m.group(1) + rng.choice(NAMES).replace(
            "&", "&amp;") + f" {i}", text)
        text = re.sub(r"(<xdg:taetigkeit>)[^<]*", lambda m: m.group(1) + rng.choice(TRADES), text)
        text = re.sub(r"(<xdg:beschaeftigte>)[^<]*",
                      lambda m: m.group(1) + str(rng.randint(0, 250)), text)
        text = re.sub(r"(<xdg:beginn>)[^<]*",
                      lambda m: m.group(1) + f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      text)
        if rng.random() < args.invalid_rate:
            invalid += 1
            kind = rng.randrange(3)
            if kind == 0:
                text = re.sub(r"(<xdg:beschaeftigte>)[^<]*", r"\g<1>-3", text)
            elif kind == 1:
                text = re.sub(r"(<xdg:beginn>)[^<]*", r"\g<1>2027-02-30", text)
            else:
                text = re.sub(r"\s*<xdg:beginn>[^<]*</xdg:beginn>", "", text)
        (out / f"message-{i:05d}.xml").write_text(text, encoding="utf-8")
    print(f"{args.count} messages in {out} ({invalid} invalid)")


def large(args):
    rng = random.Random(args.seed)
    target = args.size_mb * 1024 * 1024
    path = pathlib.Path(args.out)
    path.parent.mkdir(parents=True, exist_ok=True)
    forms = ["EK", "GbR", "KG", "OHG", "GmbH", "AG"]
    written = 0
    count = 0
    with path.open("w", encoding="utf-8") as out:
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<reg:register xmlns:reg="urn:konform:bench:register:1" '
                'erstellt="2026-11-26T12:00:00+01:00">\n')
        out.write(head)
        written += len(head.encode())
        while written < target:
            count += 1
            record = (f'  <reg:betrieb id="b{count}"><reg:name>{rng.choice(NAMES)} {count}</reg:name>'
                      f'<reg:rechtsform listURI="urn:konform:bench:codeliste:rechtsform" '
                      f'listVersionID="1"><code>{rng.choice(forms)}</code></reg:rechtsform>'
                      f'<reg:taetigkeit>{rng.choice(TRADES)}</reg:taetigkeit>'
                      f'<reg:beschaeftigte>{rng.randint(0, 500)}</reg:beschaeftigte>'
                      f'<reg:beginn>20{rng.randint(10, 27)}-{rng.randint(1, 12):02d}-'
                      f'{rng.randint(1, 28):02d}</reg:beginn></reg:betrieb>\n')
            out.write(record)
            written += len(record.encode())
        out.write("</reg:register>\n")
    print(f"{path}: {count} records, {written / 1048576:.1f} MB")


def invoice(args):
    text = pathlib.Path(args.template).read_text(encoding="utf-8")
    start = text.index("<cac:InvoiceLine>")
    end = text.rindex("</cac:InvoiceLine>") + len("</cac:InvoiceLine>")
    first_end = text.index("</cac:InvoiceLine>") + len("</cac:InvoiceLine>")
    line = text[start:first_end]
    head, tail = text[:start], text[end:]
    target = args.size_mb * 1024 * 1024
    path = pathlib.Path(args.out)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    written = len(head.encode()) + len(tail.encode())
    with path.open("w", encoding="utf-8") as out:
        out.write(head)
        while written < target:
            count += 1
            copy = re.sub(r"<cbc:ID>[^<]*</cbc:ID>", f"<cbc:ID>{count}</cbc:ID>", line, count=1)
            out.write(copy)
            written += len(copy.encode())
        out.write(tail)
    print(f"{path}: {count} invoice lines, {written / 1048576:.1f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    b = sub.add_parser("batch")
    b.add_argument("--template", required=True)
    b.add_argument("--count", type=int, default=5000)
    b.add_argument("--out", required=True)
    b.add_argument("--invalid-rate", type=float, default=0.01)
    b.add_argument("--seed", type=int, default=1)
    b.set_defaults(run=batch)
    g = sub.add_parser("large")
    g.add_argument("--out", required=True)
    g.add_argument("--size-mb", type=int, default=50)
    g.add_argument("--seed", type=int, default=1)
    g.set_defaults(run=large)
    i = sub.add_parser("invoice")
    i.add_argument("--template", required=True)
    i.add_argument("--out", required=True)
    i.add_argument("--size-mb", type=int, default=50)
    i.set_defaults(run=invoice)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
