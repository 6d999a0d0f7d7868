#!/usr/bin/env python3
"""Instructions per message of `konform serve` against `konform validate --jobs 1`, under callgrind.

Counts do not depend on the machine's load, unlike run.py's times. Each side runs twice, over the
first message alone and over the first N + 1 (default 40 + 1): per message = (long run - short
run) / N, so start-up (compiling or loading the chain) and shutdown cancel out. The service runs
with one worker and gets the messages one after another on one keep-alive connection, each
answered with its report (json as run.py asks for it, or --format); the CLI writes one report of
that format for all.
Run by hand (README.md here); the callgrind files stay in build/bench-serve/callgrind/ for
`callgrind_annotate`.
"""

import argparse
import http.client
import re
import subprocess
import sys
import time
from pathlib import Path

import run


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="xrechnung", choices=["xrechnung", "xschule"])
    parser.add_argument("--messages", type=int, default=40, help="N: messages counted")
    parser.add_argument("--format", default="json",
                        choices=["json", "xml", "sarif", "junit", "html"],
                        help="the report format both sides write (default json)")
    return parser.parse_args()


def total_instructions(out_file):
    text = Path(out_file).read_text(errors="replace")
    return int(re.search(r"^summary: (\d+)", text, re.M).group(1))


def callgrind(setup, out_file):
    # At a higher priority (root may lower the nice value; others get a warning and the default):
    # on a loaded machine a check under callgrind would otherwise outlast the service's
    # Schematron time budget, which the service keeps.
    return ["nice", "-n", "-15", "valgrind", "--tool=callgrind",
            f"--callgrind-out-file={out_file}", str(setup.konform)]


def cli_run(setup, profile, files, out_file, report_format):
    # Under callgrind on a loaded machine the Schematron time budget (2 s an input, wall time)
    # would stop the rules early; it only guards time, so the count is the same without it.
    command = [*callgrind(setup, out_file), "validate", "--profile", str(profile), "--jobs", "1",
               "--format", report_format, "--max-xpath-time", "3600000", *map(str, files)]
    result = subprocess.run(command, env=setup.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"instructions.py: konform validate exited {result.returncode}: {result.stderr}")
    return total_instructions(out_file)


def service_run(setup, profile, files, out_file, report_format):
    command = [*callgrind(setup, out_file), "serve", "--profile", str(profile), "--listen",
               "127.0.0.1:0", "--workers", "1", "--timeout", "600000"]
    process = subprocess.Popen(command, env=setup.env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", process.stdout.readline())
        if not match:
            sys.exit("instructions.py: konform serve did not start")
        connection = http.client.HTTPConnection("127.0.0.1", int(match.group(1)), timeout=600)
        while True:  # ready: the chain is compiled
            connection.request("GET", "/readyz")
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                break
            time.sleep(0.5)
        for file in files:
            connection.request("POST", f"/v1/validate?format={report_format}", file.read_bytes(),
                               {"Content-Type": "application/xml",
                                "X-Konform-Filename": file.name})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                sys.exit(f"instructions.py: {file.name} answered {response.status}")
            # The service keeps the default Schematron time budget: a check it stopped would
            # count too few instructions (the machine too loaded for callgrind).
            if response.getheader("X-Konform-Verdict") == "incomplete":
                sys.exit(f"instructions.py: {file.name} incomplete under callgrind (the load "
                         "exceeds the Schematron time budget); try again on a quieter machine")
        connection.close()
    finally:
        process.terminate()
        process.wait(timeout=600)
    return total_instructions(out_file)


def main():
    args = parse_arguments()
    setup = run.Setup()
    profile = run.import_profile(setup, args.profile)
    files = run.messages(setup, args.profile)[: args.messages + 1]
    n = len(files) - 1
    folder = setup.work / "callgrind"
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([setup.konform, "validate", "--profile", str(profile), "--format", "json",
                    str(files[0])], env=setup.env, stdout=subprocess.DEVNULL)  # fills the cache
    per_message = {}
    for side, measure in (("cli", cli_run), ("serve", service_run)):
        prefix = f"{side}-{args.format}"
        short = measure(setup, profile, files[:1], folder / f"{prefix}-1.out", args.format)
        long = measure(setup, profile, files, folder / f"{prefix}-{n + 1}.out", args.format)
        per_message[side] = (long - short) / n
    ratio = per_message["serve"] / per_message["cli"]
    print(f"{args.profile}, {n} messages, {args.format} reports: konform serve "
          f"{per_message['serve'] / 1e6:.2f} M instructions per message, konform validate "
          f"--jobs 1 {per_message['cli'] / 1e6:.2f} M; service / CLI {ratio:.3f}")


if __name__ == "__main__":
    main()
