"""The local preview page: a small HTTP server on 127.0.0.1 with Server-Sent Events.

What it serves, and nothing else: its own page (`static/`), JSON about the editions, page images
from memory, the PDFs and images in the output folder (`/out/`) and the brochure's YAML files shown
with line numbers (`/source/`), so a finding can link to its line. Every file path is resolved
(symlinks included) and must stay inside its folder. A request must come from this machine and
name this server in its Host header (127.0.0.1:PORT or localhost:PORT), so a web site cannot reach
it through a DNS name that points at 127.0.0.1. Nothing from the content is ever run; everything
from it reaches the page as JSON, which the page puts in with textContent, or is escaped here.
"""
from __future__ import annotations

import hashlib
import html
import ipaddress
import json
import queue
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import BrochureError, Location, Problem
from .live import DPI, EditionKey, EditionState, Live
from .watch import Inputs, start_watching

STATIC = Path(__file__).resolve().parent / "static"
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".png": "image/png", ".pdf": "application/pdf"}
SOURCE_SUFFIXES = {".yaml", ".yml"}  # what /source/ shows: the files findings point into
OUTPUT_SUFFIXES = {".pdf", ".png"}  # what /out/ serves
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
HEARTBEAT = 10.0  # seconds between SSE comments that keep a quiet connection open


class Refused(Exception):
    """A request answered with an HTTP error status."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


class Broadcaster:
    """Fans each change out to every open event stream."""

    def __init__(self) -> None:
        self._queues: set[queue.Queue] = set()
        self._lock = threading.Lock()

    def subscribe(self) -> queue.Queue:
        q: queue.Queue = queue.Queue(maxsize=1000)
        with self._lock:
            self._queues.add(q)
        return q

    def unsubscribe(self, q: queue.Queue) -> None:
        with self._lock:
            self._queues.discard(q)

    def publish(self, event: str, data: str) -> None:
        with self._lock:
            for q in self._queues:
                try:
                    q.put_nowait((event, data))
                except queue.Full:  # a stalled reader: it gets a fresh start when it reconnects
                    pass


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, live: Live, broadcaster: Broadcaster, out_dir: Path):
        super().__init__(("127.0.0.1", port), Handler)
        self.live = live
        self.broadcaster = broadcaster
        self.folder = live.content.parent.resolve()
        self.out_dir = out_dir.resolve()
        self.stopping = threading.Event()
        self.port = self.server_address[1]
        self.hosts = {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}


class Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    server_version = "brochure-preview"
    sys_version = ""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass  # the terminal stays quiet; problems show on the page

    def do_GET(self) -> None:
        try:
            self._route()
        except Refused as refused:
            self._send(refused.status, refused.reason.encode(), "text/plain; charset=utf-8")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_HEAD(self) -> None:
        self.do_GET()

    # --- checks ---------------------------------------------------------------------------------

    def _check_local(self) -> None:
        if not ipaddress.ip_address(self.client_address[0]).is_loopback:
            raise Refused(403, "only this machine may use the preview")
        if (self.headers.get("Host") or "").lower() not in self.server.hosts:
            raise Refused(403, "unexpected Host header: open the address the preview printed")

    @staticmethod
    def _segments(path: str) -> list[str]:
        """The decoded path's parts; '..', '.', empty parts, NUL and backslashes are refused."""
        decoded = unquote(path, errors="strict")
        if not decoded.startswith("/") or "\0" in decoded or "\\" in decoded:
            raise Refused(403, "path not allowed")
        parts = decoded.split("/")[1:]
        if any(part in ("..", ".") for part in parts) or "" in parts[:-1]:
            raise Refused(403, "path not allowed")
        return parts

    @staticmethod
    def _file_in(root: Path, parts: list[str], suffixes: set[str]) -> Path:
        """The file `parts` names inside `root`, after resolving symlinks; refused if it leaves root."""
        if not parts or not parts[-1]:
            raise Refused(404, "not found")
        path = root.joinpath(*parts).resolve()
        if not path.is_relative_to(root):
            raise Refused(403, "outside the brochure's folders")
        if path.suffix.lower() not in suffixes or not path.is_file():
            raise Refused(404, "not found")
        return path

    # --- routes -----------------------------------------------------------------------------------

    def _route(self) -> None:
        self._check_local()
        url = urlsplit(self.path)
        if url.scheme or url.netloc:
            raise Refused(403, "path not allowed")
        try:
            parts = self._segments(url.path)
        except UnicodeDecodeError:
            raise Refused(403, "path not allowed") from None
        head, rest = parts[0], parts[1:]
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/":
            self._static("index.html")
        elif head == "static" and len(rest) == 1:
            self._static(rest[0])
        elif head == "api" and rest == ["choices"]:
            self._json(self._choices())
        elif head == "api" and rest == ["edition"]:
            self._json(self._edition(self.server.live.open(self._key(query))))
        elif head == "events" and not rest and self.command == "GET":
            self._events()
        elif head == "pages" and len(rest) == 4:
            self._page("/".join(rest[:3]), rest[3])
        elif head == "out":
            path = self._file_in(self.server.out_dir, rest, OUTPUT_SUFFIXES)
            self._send(200, path.read_bytes(), CONTENT_TYPES[path.suffix.lower()], "no-cache")
        elif head == "source":
            path = self._file_in(self.server.folder, rest, SOURCE_SUFFIXES)
            self._send(200, source_page(path, "/".join(rest)).encode(), CONTENT_TYPES[".html"])
        else:
            raise Refused(404, "not found")

    def _static(self, name: str) -> None:
        files = {path.name: path for path in STATIC.iterdir() if path.is_file()}
        if name not in files:
            raise Refused(404, "not found")
        self._send(200, files[name].read_bytes(), CONTENT_TYPES.get(files[name].suffix, "application/octet-stream"))

    def _key(self, query: dict[str, str]) -> EditionKey:
        choices = self.server.live.choices
        language, layout, brand = query.get("lang", ""), query.get("layout", ""), query.get("brand", "0")
        if language not in choices.languages or layout not in choices.layouts or \
                not brand.isdigit() or int(brand) >= len(choices.brands):
            raise Refused(404, "no such edition")
        return EditionKey(int(brand), language, layout)

    def _page(self, edition_id: str, name: str) -> None:
        state = self.server.live.find(edition_id)
        number = name.removesuffix(".png")
        png = self.server.live.png(state, int(number)) if state and name.endswith(".png") and number.isdigit() else None
        if png is None:
            raise Refused(404, "not found")
        etag = f'"{hashlib.sha256(png).hexdigest()[:32]}"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", "image/png", "no-cache", {"ETag": etag})
        else:
            self._send(200, png, "image/png", "no-cache", {"ETag": etag})

    def _events(self) -> None:
        stream = self.server.broadcaster.subscribe()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            for name, value in SECURITY_HEADERS.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(b"retry: 1000\n\n")
            self.wfile.flush()
            quiet = 0.0
            while not self.server.stopping.is_set():
                try:
                    event, data = stream.get(timeout=0.25)
                except queue.Empty:
                    quiet += 0.25
                    if quiet >= HEARTBEAT:
                        self.wfile.write(b": still here\n\n")
                        self.wfile.flush()
                        quiet = 0.0
                    continue
                self.wfile.write(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode())
                self.wfile.flush()
                quiet = 0.0
        finally:
            self.server.broadcaster.unsubscribe(stream)

    # --- JSON ---------------------------------------------------------------------------------------

    def _choices(self) -> dict:
        live = self.server.live
        return {"languages": live.choices.languages, "layouts": live.choices.layouts,
                "brands": live.choices.brands, "problems": [self._problem(p) for p in live.load_problems]}

    def _edition(self, state: EditionState) -> dict:
        state = self.server.live.snapshot(state)
        return {
            "id": state.key.id, "version": state.version, "built": state.built,
            "errors": [self._problem(p) for p in state.errors],
            "findings": [self._problem(p) for p in state.findings],
            "checking": state.checked_version != state.version,
            "pdf": self._out_link(state.pdf),
            "pages": [{"number": p.number, "width": p.width, "height": p.height, "text": p.text,
                       "url": f"/pages/{state.key.id}/{p.number}.png?v={p.digest[:16]}"} for p in state.pages],
        }

    def _out_link(self, path: Path | None) -> str | None:
        if path is None or not path.resolve().is_relative_to(self.server.out_dir):
            return None
        return "/out/" + path.resolve().relative_to(self.server.out_dir).as_posix()

    def _problem(self, problem: Problem) -> dict:
        data = problem.as_dict()
        data["where"], data["link"] = self._where(problem.location)
        return data

    def _where(self, location: Location) -> tuple[str, str | None]:
        """How a location reads on the page, and the /source/ link to its line (files in the folder)."""
        if location.file is None:
            return "", None
        path = Path(location.file).resolve()
        inside = path.is_relative_to(self.server.folder)
        name = path.relative_to(self.server.folder).as_posix() if inside else str(location.file)
        where = ":".join([name, *(str(n) for n in (location.line, location.column) if n is not None)])
        link = None
        if inside and path.suffix.lower() in SOURCE_SUFFIXES:
            link = f"/source/{name}" + (f"#L{location.line}" if location.line else "")
        return where, link

    # --- sending ------------------------------------------------------------------------------------

    def _json(self, data: dict) -> None:
        self._send(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str, cache: str = "no-store",
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", cache)
        for name, value in {**SECURITY_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD" and status != 304:
            self.wfile.write(body)


def source_page(path: Path, name: str) -> str:
    """A YAML file as an HTML page, every line escaped and numbered, with an anchor per line (#L12)."""
    lines = path.read_text("utf-8", errors="replace").splitlines()
    rows = "\n".join(f'<tr id="L{n}"><td class="ln"><a href="#L{n}">{n}</a></td><td><code>{html.escape(line)}'
                     f"</code></td></tr>" for n, line in enumerate(lines, 1))
    title = html.escape(name)
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="stylesheet" href="/static/style.css"></head>\n<body class="source"><h1>{title}</h1>'
            f"<table>\n{rows}\n</table></body></html>\n")


@dataclass
class Running:
    """A started preview: its address, and how to wait for it and stop it."""

    url: str
    live: Live
    server: PreviewServer
    threads: list[threading.Thread]
    stop_event: threading.Event

    def wait(self) -> None:
        """Block until stopped (Ctrl-C raises KeyboardInterrupt here)."""
        while not self.stop_event.wait(0.5):
            pass

    def stop(self) -> None:
        """Stop watching, building and serving; returns when the threads have ended."""
        self.stop_event.set()
        self.server.stopping.set()
        self.live.stop()
        self.server.shutdown()
        self.server.server_close()
        for thread in self.threads:
            thread.join(5)


def start(content: Path, out_dir: Path, brand_files: tuple[Path, ...] = (), port: int = 0, dpi: float = DPI,
          watch: bool = True) -> Running:
    """Start the preview of `content` in background threads; raises OSError if the port is taken,
    BrochureError if the content file does not exist."""
    if not content.is_file():
        raise BrochureError.at(Location(content), "no such content file", "give the path of a content.yaml")
    broadcaster = Broadcaster()
    live = Live(content, out_dir, brand_files, dpi, broadcaster.publish)
    server = PreviewServer(port, live, broadcaster, out_dir)
    stop = threading.Event()
    live.start()
    threads = [threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                                name="brochure-preview-http", daemon=True)]
    threads[0].start()
    if watch:
        threads.append(start_watching(Inputs(content, brand_files, out_dir), live.files_changed, stop))
    return Running(f"http://127.0.0.1:{server.port}/", live, server, threads, stop)
