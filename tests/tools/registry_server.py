#!/usr/bin/python3
"""A static web server on 127.0.0.1 for the registry tests, which can misbehave on demand.

registry_server.py ROOT [--stall PATH]... [--truncate PATH]... [--redirect PATH=LOCATION]...
                        [--rewrite PATH=FILE]...

Serves the files under ROOT at an ephemeral port and prints "port N" once it listens (the test's
readiness probe). For the paths named (URL paths, e.g. /test.auftrag-1.2.0.kpkg):
  --stall     sends the headers and 16 bytes, then nothing until the client gives up
  --truncate  announces the whole length, sends half of the file and closes the connection
  --redirect  answers 302 with the given Location
  --rewrite   serves FILE (absolute) instead
The server exits when its standard input closes, so a
test that dies takes it along.
"""
import argparse
import http.server
import os
import socketserver
import sys
import threading
import time


def named_paths(pairs):
    mapping = {}
    for pair in pairs:
        path, _, target = pair.partition("=")
        mapping[path] = target
    return mapping


class LoopbackServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that gave up (stall, size limit) is what the tests provoke

    def server_bind(self):
        # http.server's own server_bind asks DNS for the host's full name (socket.getfqdn),
        # which waits for a resolver that a machine without network does not have.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


def make_handler(root, options):
    stall = set(options.stall)
    truncate = set(options.truncate)
    redirect = named_paths(options.redirect)
    rewrite = named_paths(options.rewrite)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            path = self.path.split("?", 1)[0]
            if path in redirect:
                self.send_response(302)
                self.send_header("Location", redirect[path])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            file = rewrite.get(path) or os.path.join(root, path.lstrip("/"))
            if ".." in path.split("/") or not os.path.isfile(file):
                self.send_error(404)
                return
            with open(file, "rb") as handle:
                body = handle.read()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if path in stall:
                self.wfile.write(body[:16])
                self.wfile.flush()
                time.sleep(120)  # the client's stall timeout ends the transfer first
                return
            if path in truncate:
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(body)

        def log_message(self, format, *args):
            pass  # the test's own output says what konform made of each answer

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--stall", action="append", default=[])
    parser.add_argument("--truncate", action="append", default=[])
    parser.add_argument("--redirect", action="append", default=[])
    parser.add_argument("--rewrite", action="append", default=[])
    options = parser.parse_args()
    server = LoopbackServer(("127.0.0.1", 0), make_handler(options.root, options))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("port", server.server_address[1], flush=True)
    sys.stdin.read()  # until the test closes the pipe or exits
    server.shutdown()


if __name__ == "__main__":
    main()
