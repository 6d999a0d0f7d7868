"""A real `konform serve` process for the scale-out test and the memory measurement.

Standard library only. Each replica listens on the loopback address at a port chosen by the
caller (HAProxy's configuration names the ports before the replicas start), writes its standard
output and error into files of its own, and is ready when /readyz answers 200.
"""
import http.client
import os
import re
import signal
import socket
import subprocess
import time


def free_port():
    """A TCP port nobody listens on now (the kernel's choice for port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http_request(port, method, path, body=None, headers=None, timeout=30):
    """One request on a connection of its own: (status, headers as a dict, body bytes)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def metric(metrics_text, line_start):
    """The value of the Prometheus sample whose line starts with `line_start`, else 0."""
    for line in metrics_text.splitlines():
        if line.startswith(line_start + " "):
            return float(line.split()[-1])
    return 0.0


class Replica:
    """`konform serve --listen 127.0.0.1:PORT ARGUMENTS...` with its output under `folder`."""

    def __init__(self, konform, arguments, port, folder, environment=None):
        self.port = port
        self.folder = folder
        os.makedirs(folder, exist_ok=True)
        self._stdout = open(os.path.join(folder, "stdout"), "wb")
        self._stderr = open(os.path.join(folder, "stderr"), "wb")
        self.process = subprocess.Popen(
            [konform, "serve", "--listen", f"127.0.0.1:{port}", *arguments],
            stdin=subprocess.DEVNULL, stdout=self._stdout, stderr=self._stderr,
            env=environment)

    def wait_until_ready(self, timeout=60):
        """Polls /readyz (the readiness probe HAProxy and Kubernetes use) until it answers 200."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"konform serve on port {self.port} exited with "
                                   f"{self.process.returncode}: {self.log()[-2000:]}")
            try:
                if http_request(self.port, "GET", "/readyz", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"konform serve on port {self.port} not ready after {timeout} s")

    def validate_requests(self):
        """How many POST /v1/validate this replica answered with 200 (its /metrics)."""
        text = http_request(self.port, "GET", "/metrics")[2].decode()
        return int(metric(text, 'konform_http_requests_total{route="/v1/validate",status="200"}'))

    def peak_rss_kib(self):
        """The process's peak resident set (VmHWM) in KiB, from /proc."""
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
            match = re.search(r"^VmHWM:\s+(\d+) kB", status.read(), re.MULTILINE)
        return int(match.group(1))

    def log(self):
        with open(os.path.join(self.folder, "stderr"), encoding="utf-8", errors="replace") as log:
            return log.read()

    def kill(self):
        """SIGKILL: the replica dies at once, mid-request, as a crashed node's process would."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def terminate(self):
        """SIGTERM, as Kubernetes sends after preStop: konform stops accepting and drains."""
        self.process.send_signal(signal.SIGTERM)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        self._stdout.close()
        self._stderr.close()
