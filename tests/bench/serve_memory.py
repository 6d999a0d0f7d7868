#!/usr/bin/env python3
"""Peak memory of one `konform serve` under a short load, to size a pod's memory request and
limit (deploy/kubernetes/README.md says how). Run by hand from the repository root:

  tests/bench/serve_memory.py --konform build/release/konform --workers 2 \
      --requests 400 --connections 8 -- PROFILE-ARGUMENTS... -- MESSAGES...

Starts the service with PROFILE-ARGUMENTS (e.g. --profile de.sn.musterstadt), reads its peak
resident set (VmHWM) once it is ready, sends REQUESTS validations of the MESSAGES in turn over
CONNECTIONS threads (to the chain --chain names, by ?profile=, when several are loaded), and prints
the peak again with the answers seen. Every answer must be 200.
"""
import argparse
import collections
import concurrent.futures
import os
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scale"))
from konform_replica import Replica, free_port, http_request  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--konform", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--chain", help="?profile= of every request (several chains loaded)")
    parser.add_argument("rest", nargs=argparse.REMAINDER,
                        help="-- PROFILE-ARGUMENTS... -- MESSAGES...")
    options = parser.parse_args()
    rest = options.rest[1:] if options.rest[:1] == ["--"] else options.rest
    if "--" not in rest:
        parser.error("expected -- PROFILE-ARGUMENTS... -- MESSAGES...")
    profile_arguments = rest[:rest.index("--")]
    messages = [(os.path.basename(path), open(path, "rb").read())
                for path in rest[rest.index("--") + 1:]]
    if not messages:
        parser.error("no messages")

    with tempfile.TemporaryDirectory(prefix="konform-serve-memory-") as folder:
        replica = Replica(options.konform,
                          ["--workers", str(options.workers), *profile_arguments],
                          free_port(), folder)
        try:
            replica.wait_until_ready(timeout=300)
            ready_kib = replica.peak_rss_kib()
            verdicts = collections.Counter()

            def send(index):
                name, body = messages[index % len(messages)]
                query = urllib.parse.urlencode(
                    {"name": name, **({"profile": options.chain} if options.chain else {})})
                status, headers, _ = http_request(replica.port, "POST", f"/v1/validate?{query}",
                                                  body, timeout=120)
                return status, headers.get("X-Konform-Verdict", "-")

            with concurrent.futures.ThreadPoolExecutor(options.connections) as pool:
                for status, verdict in pool.map(send, range(options.requests)):
                    verdicts[f"{status} {verdict}"] += 1
            loaded_kib = replica.peak_rss_kib()
        finally:
            replica.stop()

    print(f"profiles: {' '.join(profile_arguments)}")
    print(f"messages: {len(messages)}, requests: {options.requests}, "
          f"connections: {options.connections}, workers: {options.workers}")
    print(f"answers: {dict(sorted(verdicts.items()))}")
    print(f"peak RSS when ready: {ready_kib / 1024:.1f} MiB")
    print(f"peak RSS after load: {loaded_kib / 1024:.1f} MiB")
    return 0 if all(key.startswith("200 ") for key in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
