#!/usr/bin/env python3
"""CTest serve_haproxy: konform serve replicas behind HAProxy on loopback (issue #21, item 5).

  haproxy_replicas_test.py --konform BIN --source REPO --output FOLDER

Runs the README's "Scale-out" commands (ports replaced by free ones, files written under
FOLDER) with deploy/haproxy/haproxy.cfg as it is, then through the proxy's TLS:
  1. 200 validations over 8 connections: every answer 200 with a report, and each replica's
     /metrics counts a fair share of them (round robin);
  2. the third replica, listed in the configuration but down, starts: once HAProxy's health
     check sees /readyz answer, it takes requests too;
  3. 300 validations over 8 connections, and one replica killed (SIGKILL) while they run: every
     answer is still 200 with a report, because HAProxy sends what the dead one lost again to
     another replica;
  4. once HAProxy sees the killed replica down, 150 more, and another replica stopped with
     SIGTERM while they run (a rolling update or a scale-down): it drains and exits 0, and again
     every answer is 200 with a report.
Prints "N passed, N failed" and exits 1 on any failure.
"""
import argparse
import concurrent.futures
import csv
import http.client
import io
import json
import os
import re
import shlex
import ssl
import subprocess
import sys
import threading
import time

from konform_replica import Replica, free_port, http_request

MARKER = "# konform-command: scale-out (tests/scale/haproxy_replicas_test.py runs it)"
SAMPLES = ["gewerbe-anmeldung-konform.xml", "gewerbe-anmeldung-fehlerhaft.xml"]


def readme_commands(source):
    """The README's scale-out block, one string per command (continuation lines joined)."""
    with open(os.path.join(source, "README.md"), encoding="utf-8") as readme:
        text = readme.read()
    start = text.index(MARKER) + len(MARKER)
    block = text[start:text.index("```", start)]
    return [line.strip() for line in block.replace("\\\n", " ").splitlines() if line.strip()]


class ScaleOut:
    """The processes the README's commands start, on the ports this run chose."""

    def __init__(self, options):
        self.options = options
        self.output = options.output
        self.ports = {printed: free_port() for printed in (8081, 8082, 8083, 8443, 8404)}
        self.replicas = {}
        self.haproxy = None
        self.replica_arguments = None

    def as_run_here(self, command):
        """The command with this run's ports, the repository's files and the output folder."""
        for printed, port in self.ports.items():
            command = command.replace(f"127.0.0.1:{printed}", f"127.0.0.1:{port}")
        command = command.replace(" deploy/", f" {self.options.source}/deploy/")
        return command.replace("@profiles/", f"@{self.options.source}/profiles/")

    def run_readme(self):
        """Runs the README's commands; returns the output of the last (the curl)."""
        last_output = None
        for printed in readme_commands(self.options.source):
            command = self.as_run_here(printed)
            words = shlex.split(command.rstrip("&"))
            if words[0] == "konform" and words[1] == "serve":
                port = int(words[words.index("--listen") + 1].rsplit(":", 1)[1])
                self.replica_arguments = [w for i, w in enumerate(words[2:]) if
                                          w != "--listen" and words[1 + i] != "--listen"]
                self.start_replica(port)
            elif "haproxy" in words:
                at = words.index("haproxy")
                # Health checks every 0.5 s instead of the configuration's 2 s keep the test short.
                environment = dict(os.environ, KONFORM_CHECK_INTERVAL="500ms",
                                   **dict(w.split("=", 1) for w in words[:at]))
                self.haproxy = subprocess.Popen(
                    [self.options.haproxy, "-db", *words[at + 1:]], cwd=self.output,
                    env=environment, stdin=subprocess.DEVNULL,
                    stdout=open(os.path.join(self.output, "haproxy.out"), "wb"),
                    stderr=subprocess.STDOUT)
                self.wait_for_servers({"konform1": "UP", "konform2": "UP"})
            else:
                done = subprocess.run(command, shell=True, cwd=self.output, capture_output=True,
                                      timeout=60)
                if done.returncode != 0:
                    raise RuntimeError(f"`{printed}` failed: {done.stderr.decode()[-2000:]}")
                last_output = done.stdout
        return last_output

    def start_replica(self, port):
        replica = Replica(self.options.konform, self.replica_arguments, port,
                          os.path.join(self.output, f"replica-{port}"))
        replica.wait_until_ready()
        self.replicas[port] = replica
        return replica

    def server_states(self):
        """HAProxy's view of each server of the konform backend: name -> status (UP, DOWN, …)."""
        body = http_request(self.ports[8404], "GET", "/stats;csv")[2].decode()
        rows = csv.DictReader(io.StringIO(body.lstrip("# ")))
        return {row["svname"]: row for row in rows if row["pxname"] == "konform"}

    def wait_for_servers(self, expected, timeout=20):
        """Waits until HAProxy's health checks see each server in the state expected."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.haproxy.poll() is not None:
                with open(os.path.join(self.output, "haproxy.out"), encoding="utf-8") as log:
                    raise RuntimeError(f"haproxy exited with {self.haproxy.returncode}: "
                                       f"{log.read()[-2000:]}")
            try:
                states = self.server_states()
                if all(states.get(name, {}).get("status", "").startswith(status)
                       for name, status in expected.items()):
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"HAProxy did not see {expected} within {timeout} s")

    def stop(self):
        if self.haproxy is not None and self.haproxy.poll() is None:
            self.haproxy.terminate()
            self.haproxy.wait(timeout=10)
        for replica in self.replicas.values():
            replica.stop()


class TlsClient:
    """Validations through the proxy's TLS, trusting the certificate the README made."""

    def __init__(self, port, certificate, source):
        self.port = port
        self.context = ssl.create_default_context(cafile=certificate)
        folder = os.path.join(source, "profiles/de/sn/musterstadt/tests")
        self.samples = [(name, open(os.path.join(folder, name), "rb").read()) for name in SAMPLES]

    def validate(self, index):
        """One validation; None when it was answered 200 with a report of that input, else why."""
        name, body = self.samples[index % len(self.samples)]
        connection = http.client.HTTPSConnection("127.0.0.1", self.port, context=self.context,
                                                 timeout=30)
        try:
            connection.request("POST", "/v1/validate", body=body,
                               headers={"X-Konform-Filename": f"{index}-{name}"})
            response = connection.getresponse()
            text = response.read()
        except OSError as error:
            return f"request {index}: {error}"
        finally:
            connection.close()
        if response.status != 200:
            return f"request {index}: status {response.status}: {text[:300]!r}"
        report = json.loads(text)
        if [entry["path"] for entry in report.get("inputs", [])] != [f"{index}-{name}"]:
            return f"request {index}: no report of its input: {text[:300]!r}"
        return None

    def load(self, count, connections, first=0, after_each=None):
        """`count` validations over `connections` threads; the failures."""
        failures = []
        with concurrent.futures.ThreadPoolExecutor(connections) as pool:
            for done, failure in enumerate(pool.map(self.validate, range(first, first + count))):
                if failure:
                    failures.append(failure)
                if after_each:
                    after_each(done)
        return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--konform", required=True)
    parser.add_argument("--haproxy", default="/usr/sbin/haproxy")
    parser.add_argument("--source", required=True)
    parser.add_argument("--output", required=True)
    options = parser.parse_args()
    os.makedirs(options.output, exist_ok=True)
    os.environ["PATH"] = os.path.dirname(os.path.abspath(options.konform)) + ":" + os.environ["PATH"]

    results = []

    def check(name, condition, detail=""):
        results.append(bool(condition))
        print(f"{'ok' if condition else 'FAILED'}: {name}{'' if condition else ': ' + detail}")

    scale = ScaleOut(options)
    try:
        started = time.monotonic()
        printed_answer = scale.run_readme()
        check("the README's curl through HAProxy's TLS gets a conformant report",
              json.loads(printed_answer).get("verdict") == "conformant", repr(printed_answer[:300]))
        client = TlsClient(scale.ports[8443], os.path.join(options.output, "konform.crt"),
                           options.source)
        first, second = (scale.replicas[scale.ports[p]] for p in (8081, 8082))

        failures = client.load(200, 8)
        shares = [first.validate_requests(), second.validate_requests()]
        check("200 validations through the proxy all answered 200 with a report", not failures,
              "; ".join(failures[:5]))
        check("round robin gave each replica a fair share (at least 40 % of 200)",
              min(shares) >= 80 and sum(shares) >= 200, f"shares {shares}")

        scale.wait_for_servers({"konform3": "DOWN"})  # listed, but nothing listens there yet
        third = scale.start_replica(scale.ports[8083])
        scale.wait_for_servers({"konform3": "UP"})
        failures = client.load(60, 4, first=200)
        check("after it is ready the third replica takes requests",
              not failures and third.validate_requests() >= 10,
              f"third: {third.validate_requests()}, failures: {failures[:3]}")

        killed = threading.Event()

        def kill_first_after(done):
            if done == 60 and not killed.is_set():
                killed.set()
                first.kill()

        failures = client.load(300, 8, first=1000, after_each=kill_first_after)
        states = scale.server_states()
        check("one replica killed (SIGKILL) during 300 validations: none failed",
              killed.is_set() and not failures, "; ".join(failures[:5]))
        resent = int(states["konform1"]["wretr"] or 0) + int(states["konform1"]["wredis"] or 0)
        check("the proxy sent again what the killed replica lost (its retries and redispatches)",
              resent > 0, f"stats: {states['konform1']}")
        print(f"  proxy: {states['konform1']['wretr']} retries and {states['konform1']['wredis']} "
              f"redispatches for the killed replica")

        # A rolling update starts on a healthy cluster: once HAProxy's checks have seen the killed
        # replica down. With a replica dead but not yet detected and another draining, two of
        # three servers fail at once, more than `retries 3` can always route around (every
        # attempt of a request may fall on the two); on a fast machine the kill's 300
        # validations end before the two checks (2 x 500 ms) that mark it down.
        scale.wait_for_servers({"konform1": "DOWN"})

        def terminate_second_after(done):
            if done == 40:
                second.terminate()

        failures = client.load(150, 8, first=2000, after_each=terminate_second_after)
        drained = second.process.wait(timeout=40)
        check("one replica stopped (SIGTERM) during 150 validations drains: exit 0, none failed",
              drained == 0 and not failures, f"exit {drained}; " + "; ".join(failures[:5]))
        print(f"  {time.monotonic() - started:.1f} s in all")
    except Exception as error:  # a step that could not run fails the test, named
        check("the scale-out scenario ran", False, f"{type(error).__name__}: {error}")
    finally:
        scale.stop()
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
