"""Live preview latency: from saving a one-word change to content.yaml to the updated page image
being served by `brochure serve`, for the English A4 edition, with 1, 2, 4 and 8 editions open.

    python bench/preview.py                  # 7 saves per figure
    python bench/preview.py --runs 11 --open 1 8

The server is a separate process (`python -m brochure serve`, as a clinic runs it) on a copy of the
sample in a temporary folder; this script is its only client. It opens the editions (the viewed one,
en/a4-leaflet, last, as a reader who switches to it), waits until every one is built and checked,
then for each save: writes the file, waits for the server's Server-Sent Event for the viewed edition,
fetches its state and then the changed page image. The clock stops when the image's bytes have
arrived. Three kinds of edit:

- one page: a word on page 1 swapped for one as long (only that page's image changes);
- every page: a word of the title, which the running head repeats on every page;
- every edition: the clinic's phone number, in every edition's footer (all pages of all editions).

Between saves it waits for the rebuild and `check` of every open edition to finish, as a writer
would look before saving again. This script measures and prints; it asserts nothing.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VIEWED = ("en", "a4-leaflet")
OTHER_LANGUAGES = ("es", "fr", "de", "ru", "zh-Hans", "hi", "ar")
EDITS = {  # name: (old text, new text, which page image of the viewed edition to wait for)
    "one page": ("before you decide anything.", "before you choose anything.", 1),
    "every page": ('en: "Stem Cell Therapy for Multiple Sclerosis"', 'en: "Stem Cell Treatment for Multiple Sclerosis"', 2),
    "every edition": ('phone: "+1 555 0142"', 'phone: "+1 555 0143"', 2),
}
TARGETS = {"one page": 0.5, "every page": 1.0, "every edition": 1.0}
LIMIT = 120  # seconds any wait may take


class Client:
    def __init__(self, port: int):
        self.port = port

    def get(self, path: str) -> bytes:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=LIMIT)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                raise RuntimeError(f"{path}: HTTP {response.status}")
            return body
        finally:
            connection.close()

    def edition(self, language: str, layout: str) -> dict:
        return json.loads(self.get(f"/api/edition?lang={language}&layout={layout}&brand=0"))


class Events:
    """The server's event stream; `wait_for(id)` returns at the next 'edition' event for that edition."""

    def __init__(self, port: int):
        self.socket = socket.create_connection(("127.0.0.1", port), timeout=LIMIT)
        self.socket.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        self.reader = self.socket.makefile("rb")

    def wait_for(self, edition_id: str) -> None:
        event = None
        for raw in self.reader:
            line = raw.decode().rstrip("\r\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "edition" and json.loads(line[6:]) == edition_id:
                return
        raise RuntimeError("event stream closed")

    def close(self) -> None:
        self.reader.close()
        self.socket.close()


def settle(client: Client, editions: list[tuple[str, str]]) -> None:
    """Wait until every open edition is built, and checked, with no error."""
    deadline = time.monotonic() + LIMIT
    while time.monotonic() < deadline:
        states = [client.edition(*e) for e in editions]
        if all(s["built"] and not s["checking"] for s in states):
            if any(s["errors"] for s in states):
                raise RuntimeError(f"build failed: {[s['errors'] for s in states if s['errors']]}")
            return
        time.sleep(0.1)
    raise RuntimeError("the preview did not settle")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), less sensitive to machine load than wall time."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(client: Client, events: Events, content: Path, edit: tuple[str, str, int], editions: list, runs: int,
            pid: int) -> tuple[list[float], list[float]]:
    """Wall times from save to image received, and the server's CPU time over the same span."""
    old, new, page = edit
    viewed_id = f"0/{VIEWED[0]}/{VIEWED[1]}"
    times, cpu = [], []
    for run in range(runs):
        before = client.edition(*VIEWED)["pages"]
        text = content.read_text("utf-8")
        a, b = (old, new) if old in text else (new, old)
        start, start_cpu = time.perf_counter(), cpu_seconds(pid)
        content.write_text(text.replace(a, b, 1), "utf-8")
        while True:
            events.wait_for(viewed_id)
            pages = client.edition(*VIEWED)["pages"]
            if len(pages) >= page and pages[page - 1]["url"] != before[page - 1]["url"]:
                client.get(pages[page - 1]["url"])
                break
        times.append(time.perf_counter() - start)
        cpu.append(cpu_seconds(pid) - start_cpu)
        changed = sum(1 for x, y in zip(before, pages) if x["url"] != y["url"])
        if run == 0:
            print(f"      (page images of the viewed edition re-rasterised: {changed} of {len(pages)})", flush=True)
        settle(client, editions)
        time.sleep(0.2)
    return times, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="saves per figure (median)")
    parser.add_argument("--open", type=int, nargs="+", default=[1, 2, 4, 8], help="numbers of editions open")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="brochure-preview-bench-"))
    shutil.copy(REPO / "content.yaml", folder / "content.yaml")
    shutil.copytree(REPO / "assets", folder / "assets")
    content = folder / "content.yaml"
    server = subprocess.Popen([sys.executable, "-m", "brochure", "serve", str(content), "-o", str(folder / "out")],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=folder)
    events = None
    try:
        line = server.stdout.readline()
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        client, events = Client(port), Events(port)
        print(f"brochure serve on {os.cpu_count()} cores; median of {args.runs} saves; load average "
              f"{os.getloadavg()[0]:.1f}; sample in {folder}")
        results = {}
        for count in args.open:
            editions = [(language, VIEWED[1]) for language in OTHER_LANGUAGES[:count - 1]] + [VIEWED]
            for edition in editions:
                client.edition(*edition)  # opens it
            settle(client, editions)
            for name, edit in EDITS.items():
                times, cpu = measure(client, events, content, edit, editions, args.runs, server.pid)
                results[(count, name)] = statistics.median(times), statistics.median(cpu)
                print(f"  {count} open, {name:13}: median {statistics.median(times) * 1000:5.0f} ms "
                      f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; server CPU {statistics.median(cpu) * 1000:.0f} ms; "
                      f"target < {TARGETS[name] * 1000:.0f} ms)", flush=True)
        print(f"\nload average at the end {os.getloadavg()[0]:.1f}; wall (server CPU), median of {args.runs}")
        print("\n| editions open | " + " | ".join(EDITS) + " |\n|---|" + "---|" * len(EDITS))
        for count in args.open:
            print(f"| {count} | " + " | ".join("{:.0f} ms ({:.0f} ms)".format(*(1000 * v for v in results[(count, n)]))
                                             for n in EDITS) + " |")
    finally:
        if events:
            events.close()
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
