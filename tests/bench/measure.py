#!/usr/bin/env python3
"""Timing harness for tests/bench/run.sh (standard library only).

  measure.py run --case NAME --tool NAME --runs 5 [--env K=V]... -- COMMAND ARGS...
      Runs COMMAND (no shell) RUNS times, output discarded, and appends one tab-separated line
      to standard output: case, tool, median s, min s, max s, peak RSS MiB, exit codes.
      Each run goes through the launcher --spawn (tests/bench/spawn.cpp), which times it from
      fork to wait4 and reports the rusage of that very child (ru_maxrss, KiB on Linux); the
      table shows the largest over the runs.
  measure.py interleave --case NAME --runs 15 [--cwd D] -- --cell TOOL COMMAND... --cell TOOL ...
      Like run for several commands of one case, in RUNS rounds, each round in a new random
      order, and one line per cell. For differences of a few per cent between cells (the code
      lists' share): a run made right after another differs from one made on a quiet machine,
      and cells measured one after the other would carry that into their difference.
  measure.py render RAW.tsv
      Turns those lines into a Markdown table, with the ratio konform/xmllint of the medians
      where a case has both tools (on every konform row) and, on the row "konform --jobs 2", the
      speed-up over "konform --jobs 1" of the same case (median --jobs 1 / median --jobs 2).
      Below the table, costs per item with the start-up subtracted (a run over N items minus a
      run over one, divided by N - 1): XSD and code lists per message and the code lists' share
      (issue #4), and XSD + Schematron per XRechnung invoice on one core (issues #3 and #8).
"""
import argparse
import os
import random
import re
import statistics
import subprocess
import sys


def environment(pairs):
    env = dict(os.environ)
    for pair in pairs:
        key, _, value = pair.partition("=")
        env[key] = value
    return env


def run_once(spawn, command, env, cwd):
    """Wall seconds, peak RSS MiB and exit code of one run, as the launcher `spawn` measured them
    (tests/bench/spawn.cpp: Python's own size would otherwise count as the command's peak RSS)."""
    done = subprocess.run([spawn, *command], stdout=subprocess.PIPE, env=env, cwd=cwd, text=True,
                          check=True)
    seconds, rss_kib, code = done.stdout.split()
    return float(seconds), int(rss_kib) / 1024.0, int(code)


def result_line(case, tool, runs):
    times = [t for t, _, _ in runs]
    return "\t".join([case, tool, f"{statistics.median(times):.4f}", f"{min(times):.4f}",
                      f"{max(times):.4f}", f"{max(p for _, p, _ in runs):.1f}",
                      ",".join(str(c) for c in sorted({c for _, _, c in runs}))])


def run(args):
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    env = environment(args.env)
    runs = [run_once(args.spawn, command, env, args.cwd) for _ in range(args.runs)]
    print(result_line(args.case, args.tool, runs), flush=True)


def interleave(args):
    tokens = args.cells[1:] if args.cells[:1] == ["--"] else args.cells
    cells = []  # (tool, command)
    for token in tokens:
        if token == "--cell":
            cells.append([None, []])
        elif not cells:
            sys.exit("interleave: the first argument after -- must be --cell")
        elif cells[-1][0] is None:
            cells[-1][0] = token
        else:
            cells[-1][1].append(token)
    if not cells or any(tool is None or not command for tool, command in cells):
        sys.exit("interleave: every --cell needs a tool name and a command")
    env = environment(args.env)
    runs = [[] for _ in cells]
    for _ in range(args.runs):
        order = list(range(len(cells)))
        random.shuffle(order)
        for index in order:
            runs[index].append(run_once(args.spawn, cells[index][1], env, args.cwd))
    for (tool, _), measured in zip(cells, runs):
        print(result_line(args.case, tool, measured), flush=True)


def render(args):
    rows = []
    with open(args.raw, encoding="utf-8") as raw:
        for line in raw:
            if line.strip():
                rows.append(line.rstrip("\n").split("\t"))
    medians = {(r[0], r[1]): float(r[2]) for r in rows}
    out = ["| case | tool | median s | min s | max s | peak RSS MiB | exit | konform/xmllint "
           "| speed-up --jobs 2 |",
           "|---|---|---:|---:|---:|---:|---|---:|---:|"]
    for case, tool, median, low, high, rss, codes in rows:
        ratio = ""
        if tool.startswith("konform") and (case, "xmllint") in medians and medians[(case, "xmllint")] > 0:
            ratio = f"{float(median) / medians[(case, 'xmllint')]:.2f}"
        # Above 1: two threads are faster than one; with 2 cores the ceiling is 2.
        speedup = ""
        if tool == "konform --jobs 2" and (case, "konform --jobs 1") in medians and float(median) > 0:
            speedup = f"{medians[(case, 'konform --jobs 1')] / float(median):.2f}"
        out.append(f"| {case} | {tool} | {median} | {low} | {high} | {rss} | {codes} | {ratio} "
                   f"| {speedup} |")
    print("\n".join(out))
    derived = per_item(rows)
    if derived:
        print()
        print("\n".join(derived))


def count_in(case):
    """The number of items a case name states ("2 gewerbe 5000 files" -> 5000)."""
    match = re.search(r"(\d+) (?:files|invoices)", case)
    return int(match.group(1)) if match else None


def per_item(rows):
    """Figures derived from several cells: costs per item, start-up subtracted ((median over N
    items - median over one) / (N - 1)), and the large message's ratios to its floors."""
    def row(case_prefix, tool):
        for r in rows:
            if r[0].startswith(case_prefix) and r[1] == tool:
                return r
        return None

    def cell(case_prefix, tool):
        """(case, median) of the first matching row, or (None, None)."""
        found = row(case_prefix, tool)
        return (found[0], float(found[2])) if found else (None, None)

    lines = []
    case, xsd_all = cell("2 ", "konform --jobs 1")
    _, xsd_one = cell("2 ", "konform --jobs 1, first file only")
    _, codes_all = cell("2 ", "konform XSD + code lists --jobs 1")
    _, codes_one = cell("2 ", "konform XSD + code lists, first file only")
    n = count_in(case) if case else None
    if None not in (xsd_all, xsd_one, codes_all, codes_one) and n and n > 1:
        xsd = (xsd_all - xsd_one) / (n - 1)
        codes = (codes_all - codes_one) / (n - 1)
        lines.append(f"- {case}: XSD {xsd * 1e6:.1f} µs per message, XSD + code lists "
                     f"{codes * 1e6:.1f} µs; the code-list stage costs "
                     f"{(codes - xsd) / xsd * 100:.1f} % of XSD validation")
    case, codes = cell("4 ", "konform XSD + code lists")
    _, xmllint = cell("4 ", "xmllint")
    _, parse = cell("4 ", "pugixml parse only")
    if None not in (codes, xmllint, parse) and xmllint > 0 and parse > 0:
        lines.append(f"- {case}: XSD + code lists {codes / xmllint:.2f} × xmllint's XSD-only time "
                     f"and {codes / parse:.1f} × pugixml's parse")
    for prefix, tool, what in (("4 ", "konform XSD + code lists + Schematron",
                                "XSD, code lists, Schematron"),
                               ("4b ", "konform XSD + Schematron", "XSD, XRechnung's Schematron"),
                               ("8b ", "konform", "XSD, EN 16931, XRechnung CIUS")):
        found = row(prefix, tool)
        size = re.search(r"(\d+) MB", found[0]) if found else None
        if size:
            case, rss = found[0], float(found[5])
            lines.append(f"- {case}: end to end ({what}) peak RSS {rss:.0f} MiB, "
                         f"{rss / int(size.group(1)):.1f} × the message's size")
    case, batch = cell("6 ", "konform --jobs 1")
    _, single = cell("7 ", "konform warm (cache)")
    n = count_in(case) if case else None
    if None not in (batch, single) and n and n > 1:
        lines.append(f"- {case}: {(batch - single) / (n - 1) * 1000:.2f} ms per invoice on one "
                     f"core (XSD + Schematron, warm), after {single * 1000:.0f} ms for the first")
    lines.extend(full_stack(cell))
    return lines


def full_stack(cell):
    """Case 8: the full XRechnung stack per invoice (batch minus first file, over N - 1) for
    konform and the JVM peer, their ratio, whole batches' ratio; XSD + CIUS per invoice; case 8b's
    large invoice against xmllint's XSD-only time."""
    def per_invoice(tool):
        """(case, batch median, seconds per invoice) of `tool`: its batch minus its run on the
        first file alone, over N - 1; None when a cell is missing."""
        case, batch = cell("8 ", tool)
        _, first = cell("8 ", tool + ", first file only")
        n = count_in(case) if case else None
        return (case, batch, (batch - first) / (n - 1)) if first is not None and n and n > 1 else None

    lines = []
    konform, cius, peer = (per_invoice(tool) for tool in
                           ("konform --jobs 1", "konform XSD + CIUS --jobs 1", "JVM peer"))
    if konform and peer:
        lines.append(f"- {konform[0]}: full stack (XSD, EN 16931, CIUS) {konform[2] * 1000:.2f} ms "
                     f"per invoice on one core, JVM peer {peer[2] * 1000:.2f} ms: peer/konform "
                     f"{peer[2] / konform[2]:.2f} per invoice, {peer[1] / konform[1]:.2f} for the "
                     f"whole batch")
    if cius:
        lines.append(f"- {cius[0]}: XSD + CIUS {cius[2] * 1000:.2f} ms per invoice on one core")
    case, large = cell("8b ", "konform")
    _, xmllint = cell("8b ", "xmllint")
    if None not in (large, xmllint) and xmllint > 0:
        lines.append(f"- {case}: {large / xmllint:.2f} × xmllint's XSD-only time")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    def timing_mode(name, runs, rest, func):
        mode = sub.add_parser(name)
        mode.add_argument("--case", required=True)
        mode.add_argument("--runs", type=int, default=runs)
        mode.add_argument("--env", action="append", default=[])
        mode.add_argument("--cwd")
        mode.add_argument("--spawn", required=True, help="the bench_spawn launcher")
        mode.add_argument(rest, nargs=argparse.REMAINDER)
        mode.set_defaults(func=func)
        return mode
    timing_mode("run", 5, "command", run).add_argument("--tool", required=True)
    timing_mode("interleave", 15, "cells", interleave)
    t = sub.add_parser("render")
    t.add_argument("raw")
    t.set_defaults(func=render)
    args = parser.parse_args()
    if args.mode == "run" and not args.command:
        parser.error("run needs a command after --")
    args.func(args)


if __name__ == "__main__":
    sys.exit(main())
