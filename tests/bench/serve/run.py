#!/usr/bin/env python3
"""Load benchmark of `konform serve` against the batch CLI, run by hand (README.md here).

For each profile (XRechnung, XSchule, imported as the top-level README's "Real standards" section
does, into the build folder): the CLI's cost per message (`konform validate --jobs N` over the
corpus messages copied into a batch, start-up subtracted, median of repeats), then `konform serve`
under wrk at 1, 2, 8 and 64 connections over the same messages: requests per second, p50 and p99
latency, errors, the server's peak RSS (VmHWM, reset before each level), and the CPU time each
message cost the server (/proc/PID/stat) and wrk against the CLI's (getrusage of the child),
which the load and wrk sharing the cores distort far less than wall time. A Markdown table goes
to standard output and build/bench-serve/results.md. With --soak SECONDS the first profile is then
driven at 80 % of its saturation rate by a rate-limited client, sampling RSS every 10 s.
"""

import argparse
import json
import os
import queue
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import http.client
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per level")
    parser.add_argument("--connections", default="1,2,8,64", help="wrk connection levels")
    parser.add_argument("--profiles", default="xrechnung,xschule", help="profiles to measure")
    parser.add_argument("--cli-repeat", type=int, default=3, help="CLI batch runs (median)")
    parser.add_argument("--soak", type=int, nargs="?", const=600, default=0, metavar="SECONDS",
                        help="soak the first profile at 80 %% of saturation (default 600 s)")
    return parser.parse_args()


class Setup:
    """Where the binary, the corpus and the benchmark's own folder are."""

    def __init__(self):
        self.konform = Path(os.environ.get("KONFORM_BIN", ROOT / "build/release/konform"))
        self.corpus = Path(os.environ.get("KONFORM_CORPUS", ROOT.parent / "shared/corpus"))
        self.work = ROOT / "build/bench-serve"
        self.cores = os.cpu_count() or 1
        self.env = dict(os.environ, XDG_CACHE_HOME=str(self.work / "xdg-cache"))
        for needed in (self.konform, self.corpus, Path(shutil.which("wrk") or "/nonexistent")):
            if not needed.exists():
                sys.exit(f"run.py: {needed} is missing (build konform; wrk from Debian)")
        self.work.mkdir(parents=True, exist_ok=True)


def import_profile(setup, name):
    """The profile folder, imported once as the README's "Real standards" section does."""
    folder = setup.work / "imported" / name
    if (folder / "profile.xml").exists():
        return folder
    c = setup.corpus
    if name == "xrechnung":
        spec = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
        arguments = [
            c / "xrechnung/validator-configuration/scenarios.xml", "--into", folder,
            "--id", "de.xrechnung",
            "--schema-source", c / "xrechnung/ubl-2.1", "--schema-source", c / "xrechnung/cii-d16b",
            "--schematron-source", c / "en16931",
            "--schematron-source", c / "xrechnung/schematron/src",
            "--define", f"xrechnung.spec.id={spec}",
            "--define", f"xrechnung.extension.id={spec}#conformant#"
                        "urn:xeinkauf.de:kosit:extension:xrechnung_3.0",
            "--define", f"xrechnung.cvd.id={spec}#compliant#urn:xeinkauf.de:kosit:xrechnung:cvd_0.9",
        ]
    else:
        arguments = [
            c / "xschule", "--into", folder, "--id", "xschule",
            "--with", c / "xbildung", "--with", c / "w3c",
            "--with", c / "xbau/artifacts/xbau/2.6/specs",
            "--with", c / "xbau/artifacts/codelists",
        ]
    folder.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([setup.konform, "profile", "import", *map(str, arguments)], env=setup.env,
                   check=True, stdout=subprocess.DEVNULL)
    return folder


def messages(setup, name):
    if name == "xrechnung":
        return sorted((setup.corpus / "xrechnung/testsuite").rglob("*.xml"))
    return sorted((setup.corpus / "xschule/xml").glob("*.xml"))


def cli_cost(setup, profile, files, repeat):
    """Milliseconds per message of `konform validate --jobs N` (start-up subtracted) and the
    start-up itself: (median batch - median first file alone) / (batch size - 1)."""
    copies = max(1, 400 // len(files))
    batch = setup.work / f"batch-{profile.name}"
    shutil.rmtree(batch, ignore_errors=True)
    batch.mkdir(parents=True)
    for copy in range(copies):
        for file in files:
            shutil.copyfile(file, batch / f"{copy:02d}-{file.name}")
    batch_files = sorted(batch.iterdir())

    def timed(inputs):
        """Wall seconds, user and system CPU seconds of one `konform validate`."""
        command = [setup.konform, "validate", "--profile", profile, "--jobs", str(setup.cores),
                   "--format", "json", *inputs]
        user_before, system_before = children_cpu_s()
        started = time.monotonic()
        result = subprocess.run(command, env=setup.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        if result.returncode not in (0, 1):
            sys.exit(f"run.py: konform validate exited {result.returncode}: {result.stderr}")
        wall = time.monotonic() - started
        user, system = children_cpu_s()
        return wall, user - user_before, system - system_before

    timed(batch_files[:1])  # fills the compiled-profile cache
    whole, single = [], []
    for _ in range(repeat):
        whole.append(timed(batch_files))
        single.append(timed(batch_files[:1]))

    def per_message_ms(measure):
        """(median batch - median first file alone) / (batch size - 1), in milliseconds."""
        batch_median = statistics.median(m[measure] for m in whole)
        alone_median = statistics.median(m[measure] for m in single)
        return 1000 * (batch_median - alone_median) / (len(batch_files) - 1)

    return {"messages": len(batch_files), "batch_s": statistics.median(w[0] for w in whole),
            "start_up_s": statistics.median(s[0] for s in single),
            "ms_per_message": per_message_ms(0), "user_ms_per_message": per_message_ms(1),
            "system_ms_per_message": per_message_ms(2),
            "cpu_ms_per_message": per_message_ms(1) + per_message_ms(2)}


class Service:
    """A `konform serve` on a free loopback port, ready (its chains compiled)."""

    def __init__(self, setup, profile):
        self.log = open(setup.work / f"serve-{profile.name}.log", "w")
        self.process = subprocess.Popen(
            [setup.konform, "serve", "--profile", str(profile), "--listen", "127.0.0.1:0",
             "--queue", "1024", "--timeout", "120000"],
            env=setup.env, stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if not match:
            sys.exit(f"run.py: konform serve did not start: {line}")
        self.port = int(match.group(1))
        self.url = f"http://127.0.0.1:{self.port}"
        while self.get("/readyz") != 200:
            if self.process.poll() is not None:
                sys.exit("run.py: konform serve exited before it was ready")
            time.sleep(0.2)

    def get(self, path):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            connection.request("GET", path)
            return connection.getresponse().status
        except OSError:
            return 0

    def status_kib(self, field):
        text = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1))

    def cpu_s(self):
        """The server's user and system CPU seconds so far, all threads (/proc/PID/stat)."""
        # The command name (field 2) is in parentheses and may hold spaces: count after it.
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rpartition(")")[2].split()
        ticks = os.sysconf("SC_CLK_TCK")
        return int(fields[11]) / ticks, int(fields[12]) / ticks

    def reset_peak(self):
        # Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0 and later).
        Path(f"/proc/{self.process.pid}/clear_refs").write_text("5")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=60)
        self.log.close()


def children_cpu_s():
    """User and system CPU seconds of this script's finished children (wrk, konform validate)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime, usage.ru_stime


def wrk(service, connections, seconds, files):
    command = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "60s",
               "--latency", "-s", str(HERE / "post_files.lua"), service.url, "--",
               *map(str, files)]
    server_before, client_before = service.cpu_s(), children_cpu_s()
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    server_user, server_system = (a - b for a, b in zip(service.cpu_s(), server_before))
    client_cpu = sum(children_cpu_s()) - sum(client_before)
    line = next(l for l in output.splitlines() if l.startswith("KONFORM-BENCH "))
    result = json.loads(line.removeprefix("KONFORM-BENCH "))
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    # What each message cost the server's own CPU (and wrk's), whoever else used the cores.
    result["user_ms"] = 1000 * server_user / max(result["requests"], 1)
    result["system_ms"] = 1000 * server_system / max(result["requests"], 1)
    result["cpu_ms"] = result["user_ms"] + result["system_ms"]
    result["client_cpu_ms"] = 1000 * client_cpu / max(result["requests"], 1)
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "status", "timeout"))
    return result


def measure_service(setup, profile, files, levels, seconds):
    service = Service(setup, profile)
    try:
        wrk(service, 2, 2, files)  # warm-up, not counted
        rows = []
        for connections in levels:
            service.reset_peak()
            result = wrk(service, connections, seconds, files)
            result["connections"] = connections
            result["peak_rss_mib"] = service.status_kib("VmHWM") / 1024
            rows.append(result)
        return rows
    finally:
        service.stop()


def soak(setup, profile, files, rate, seconds):
    """Drives the service at `rate` requests per second for `seconds` with a paced client (8
    keep-alive connections, requests issued on a fixed schedule), sampling VmRSS every 10 s."""
    service = Service(setup, profile)
    bodies = [(f.name, f.read_bytes()) for f in files]
    tickets = queue.Queue()
    latencies, failures = [], []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", service.port, timeout=60)
        while True:
            index = tickets.get()
            if index is None:
                return
            name, body = bodies[index % len(bodies)]
            started = time.monotonic()
            try:
                connection.request("POST", "/v1/validate", body,
                                   {"Content-Type": "application/xml", "X-Konform-Filename": name})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", service.port, timeout=60)
                ok = False
            with lock:
                (latencies if ok else failures).append(time.monotonic() - started)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    samples = []
    try:
        begin = time.monotonic()
        next_sample = begin
        issued = 0
        while time.monotonic() < stop:
            now = time.monotonic()
            if now >= next_sample:
                samples.append((round(now - begin), service.status_kib("VmRSS") / 1024))
                next_sample += 10
            due = int((now - begin) * rate)
            while issued < due:
                tickets.put(issued)
                issued += 1
            time.sleep(0.002)
        samples.append((round(time.monotonic() - begin), service.status_kib("VmRSS") / 1024))
    finally:
        for _ in threads:
            tickets.put(None)
        for thread in threads:
            thread.join()
        service.stop()
    latencies.sort()
    # The first sample is taken before any load; growth is measured from the one after 10 s.
    warm = samples[1][1] if len(samples) > 2 else samples[0][1]
    return {"rate": rate, "seconds": seconds, "answered": len(latencies), "failed": len(failures),
            "issued": issued, "p50_ms": 1000 * latencies[len(latencies) // 2] if latencies else 0,
            "p99_ms": 1000 * latencies[int(len(latencies) * 0.99)] if latencies else 0,
            "samples": samples, "warm_mib": warm, "last_mib": samples[-1][1],
            "max_mib": max(s[1] for s in samples),
            "growth_pct": 100 * (samples[-1][1] - warm) / warm}


def load_average():
    return Path("/proc/loadavg").read_text().split()[:3]


def markdown(setup, args, results, soaked, load_before, load_after):
    lines = [
        f"konform serve under wrk on loopback, {setup.cores} cores, {args.duration} s per level; "
        f"load average before {' '.join(load_before)}, after {' '.join(load_after)}.",
        "",
        "| profile | messages | connections | req/s | p50 ms | p99 ms | p99/p50 | errors "
        "| peak RSS MiB | ms per message | CPU ms per message | user ms | system ms "
        "| wrk CPU ms per message |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, (files, cli, rows) in results.items():
        for row in rows:
            lines.append(
                f"| {name} | {len(files)} | {row['connections']} | {row['rps']:.1f} "
                f"| {row['p50_us'] / 1000:.1f} | {row['p99_us'] / 1000:.1f} "
                f"| {row['p99_us'] / max(row['p50_us'], 1):.2f} | {row['errors']} "
                f"| {row['peak_rss_mib']:.0f} | {1000 / row['rps']:.2f} | {row['cpu_ms']:.2f} "
                f"| {row['user_ms']:.2f} | {row['system_ms']:.2f} | {row['client_cpu_ms']:.2f} |")
        lines.append(
            f"| {name} | {cli['messages']} | CLI `--jobs {setup.cores}` | "
            f"{1000 / cli['ms_per_message']:.1f} | | | | | | {cli['ms_per_message']:.2f} "
            f"| {cli['cpu_ms_per_message']:.2f} | {cli['user_ms_per_message']:.2f} "
            f"| {cli['system_ms_per_message']:.2f} | |")
    lines += ["", "| profile | service ms/message at saturation | CLI ms/message | service / CLI "
              "| service CPU ms/message there | CLI CPU ms/message | CPU service / CLI "
              "| user service / CLI | system ms/message service, CLI "
              "| p99/p50 at 8 connections | CLI start-up s |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, (files, cli, rows) in results.items():
        best = max(rows, key=lambda r: r["rps"])
        at8 = next((r for r in rows if r["connections"] == 8), None)
        ratio8 = f"{at8['p99_us'] / max(at8['p50_us'], 1):.2f}" if at8 else "-"
        lines.append(
            f"| {name} | {1000 / best['rps']:.2f} ({best['connections']} connections) "
            f"| {cli['ms_per_message']:.2f} | {1000 / best['rps'] / cli['ms_per_message']:.3f} "
            f"| {best['cpu_ms']:.2f} | {cli['cpu_ms_per_message']:.2f} "
            f"| {best['cpu_ms'] / cli['cpu_ms_per_message']:.3f} "
            f"| {best['user_ms'] / cli['user_ms_per_message']:.3f} "
            f"| {best['system_ms']:.2f}, {cli['system_ms_per_message']:.2f} | {ratio8} "
            f"| {cli['start_up_s']:.2f} |")
    if soaked:
        name, s = soaked
        lines += ["", f"Soak ({name}): {s['seconds']} s at {s['rate']:.1f} req/s (80 % of "
                  f"saturation): {s['answered']} answered, {s['failed']} failed of {s['issued']} "
                  f"issued; p50 {s['p50_ms']:.1f} ms, p99 {s['p99_ms']:.1f} ms; RSS after 10 s "
                  f"{s['warm_mib']:.1f} MiB, at the end {s['last_mib']:.1f} MiB, highest "
                  f"{s['max_mib']:.1f} MiB: growth {s['growth_pct']:+.1f} %.",
                  "", "RSS samples (s: MiB): " +
                  ", ".join(f"{t}: {m:.1f}" for t, m in s["samples"])]
    return "\n".join(lines) + "\n"


def main():
    args = parse_arguments()
    setup = Setup()
    levels = [int(c) for c in args.connections.split(",")]
    load_before = load_average()
    results = {}
    for name in args.profiles.split(","):
        profile = import_profile(setup, name)
        files = messages(setup, name)
        cli = cli_cost(setup, profile, files, args.cli_repeat)
        rows = measure_service(setup, profile, files, levels, args.duration)
        results[name] = (files, cli, rows)
    soaked = None
    if args.soak:
        name = next(iter(results))
        files, _, rows = results[name]
        rate = 0.8 * max(r["rps"] for r in rows)
        soaked = (name, soak(setup, import_profile(setup, name), files, rate, args.soak))
    table = markdown(setup, args, results, soaked, load_before, load_average())
    (setup.work / "results.md").write_text(table)
    sys.stdout.write(table)


if __name__ == "__main__":
    main()
