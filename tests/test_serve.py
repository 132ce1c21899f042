"""`brochure serve` over HTTP, without a browser: what it serves and refuses, live updates, failures.

Every server here is started on an unused port, waited for with a time limit and always stopped.
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from brochure.preview.server import Running, start
from helpers import init_project, replace_in

LIMIT = 60  # seconds any one wait may take before the test fails


@contextmanager
def served(folder: Path, **options) -> Iterator[Running]:
    """A `brochure init` project in `folder`, served; stopped however the test ends."""
    content = init_project(folder)
    running = start(content, folder / "out", **options)
    try:
        yield running
    finally:
        running.stop()


def request(running: Running, path: str, host: str | None = None, method: str = "GET") -> tuple[int, bytes, dict]:
    """Send `path` exactly as written (no normalising); returns status, body and headers."""
    connection = http.client.HTTPConnection("127.0.0.1", running.server.port, timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", f"127.0.0.1:{running.server.port}" if host is None else host)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        connection.close()


def get_json(running: Running, path: str) -> dict:
    status, body, _ = request(running, path)
    assert status == 200, (path, status, body)
    return json.loads(body)


def edition(running: Running, lang: str = "en", layout: str = "a4-leaflet", brand: int = 0) -> dict:
    return get_json(running, f"/api/edition?lang={lang}&layout={layout}&brand={brand}")


def settled(running: Running, lang: str = "en", layout: str = "a4-leaflet") -> dict:
    """The edition once built and checked, nothing else waiting."""
    deadline = time.monotonic() + LIMIT
    while time.monotonic() < deadline:
        state = edition(running, lang, layout)
        if state["built"] and running.live.idle():
            return state
        time.sleep(0.05)
    raise AssertionError("the preview did not settle in time")


class Events:
    """An open /events stream, read line by line with a time limit."""

    def __init__(self, running: Running):
        self.socket = socket.create_connection(("127.0.0.1", running.server.port), timeout=LIMIT)
        self.socket.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{running.server.port}\r\n\r\n".encode())
        self.reader = self.socket.makefile("rb")
        assert b"200" in self.reader.readline()

    def next_edition_event(self) -> str:
        """The edition id of the next 'edition' event."""
        event = None
        for line in self.reader:
            line = line.decode().rstrip("\r\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "edition":
                return json.loads(line[6:])
        raise AssertionError("event stream closed")

    def close(self) -> None:
        self.reader.close()
        self.socket.close()


def test_serves_the_page_choices_and_page_images(tmp_path):
    with served(tmp_path / "clinic") as running:
        assert running.url.startswith("http://127.0.0.1:")
        status, body, headers = request(running, "/")
        assert status == 200 and b"Brochure preview" in body
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        choices = get_json(running, "/api/choices")
        assert choices["languages"] == ["en", "es"] and choices["layouts"][0] == "a4-leaflet"
        state = settled(running)
        assert state["errors"] == [] and len(state["pages"]) >= 2
        assert "Living well with your condition" in state["pages"][0]["text"]
        status, png, headers = request(running, state["pages"][0]["url"])
        assert status == 200 and png.startswith(b"\x89PNG") and headers["Content-Type"] == "image/png"
        status, pdf, _ = request(running, state["pdf"])
        assert status == 200 and pdf.startswith(b"%PDF")
        assert request(running, "/api/edition?lang=xx&layout=a4-leaflet&brand=0")[0] == 404
        assert request(running, "/api/edition?lang=en&layout=a4-leaflet&brand=7")[0] == 404
        assert request(running, "/pages/0/en/a4-leaflet/99.png")[0] == 404


@pytest.mark.parametrize("path", [
    "/../content.yaml", "/source/../content.yaml", "/source/../../etc/passwd", "/source/%2e%2e/%2e%2e/etc/passwd",
    "/source/%2E%2E%2Fcontent.yaml", "/source/..%2f..%2fetc%2fpasswd", "/source/%2Fetc%2Fpasswd", "//etc/passwd",
    "/source//etc/passwd", "/out/%2e%2e/content.yaml", "/out/../../etc/passwd", "/static/../server.py",
    "/static/%2e%2e%2fserver.py", "/source/..\\content.yaml", "/source/content.yaml%00.png",
    "http://127.0.0.1/../content.yaml", "/source/%252e%252e/content.yaml", "/etc/passwd",
    "/source/assets/logo.svg", "/out/.brochure-cache.json",
])
def test_nothing_outside_the_brochure_and_its_output_is_served(tmp_path, path):
    with served(tmp_path / "clinic", watch=False) as running:
        status, body, _ = request(running, path)
        assert status in (403, 404), (path, status)
        assert b"root:" not in body and b"languages:" not in body


def test_symlinks_out_of_the_folder_are_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text("password: hunter2\n")
    folder = tmp_path / "clinic"
    with served(folder, watch=False) as running:
        (folder / "link.yaml").symlink_to(outside / "secret.yaml")
        (folder / "linked").symlink_to(outside)
        (folder / "out").mkdir(exist_ok=True)
        (folder / "out" / "leak.pdf").symlink_to(outside / "secret.yaml")
        for path in ("/source/link.yaml", "/source/linked/secret.yaml", "/out/leak.pdf"):
            status, body, _ = request(running, path)
            assert status == 403 and b"hunter2" not in body, path


def test_requests_naming_another_host_are_refused(tmp_path):
    with served(tmp_path / "clinic", watch=False) as running:
        port = running.server.port
        assert request(running, "/", host=f"localhost:{port}")[0] == 200
        for host in ("evil.example", f"evil.example:{port}", f"127.0.0.1:{port + 1}", f"127.0.0.1.evil.example:{port}", ""):
            assert request(running, "/api/choices", host=host)[0] == 403, host
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:  # HTTP/1.0 with no Host at all
            raw.sendall(b"GET /api/choices HTTP/1.0\r\n\r\n")
            assert b" 403 " in raw.recv(100)


def test_a_request_from_another_machine_is_refused(tmp_path):
    from types import SimpleNamespace

    from brochure.preview.server import Handler, Refused

    with served(tmp_path / "clinic", watch=False) as running:
        host = {"Host": f"127.0.0.1:{running.server.port}"}
        for peer in ("192.0.2.7", "10.0.0.1", "::ffff:192.0.2.7"):  # documentation and private addresses: no traffic
            with pytest.raises(Refused) as refused:
                Handler._check_local(SimpleNamespace(client_address=(peer, 50000), headers=host, server=running.server))
            assert refused.value.status == 403
        Handler._check_local(SimpleNamespace(client_address=("127.0.0.1", 50000), headers=host, server=running.server))


def test_source_view_escapes_the_file_and_numbers_its_lines(tmp_path):
    folder = tmp_path / "clinic"
    with served(folder, watch=False) as running:
        content = folder / "content.yaml"
        content.write_text(content.read_text("utf-8") + "# <script>alert(1)</script> & more\n", "utf-8")
        status, body, _ = request(running, "/source/content.yaml")
        page = body.decode()
        last = len(content.read_text("utf-8").splitlines())
        assert status == 200 and "<script>alert" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page and f'id="L{last}"' in page


def test_a_saved_change_rebuilds_and_is_pushed_only_the_changed_pages_get_new_images(tmp_path):
    folder = tmp_path / "clinic"
    with served(folder) as running:
        before = settled(running)
        events = Events(running)
        try:
            replace_in(folder / "content.yaml", "Read this leaflet at your own pace.", "Read this leaflet at your own speed.")
            assert events.next_edition_event() == "0/en/a4-leaflet"
        finally:
            events.close()
        after = settled(running)
        assert "your own speed" in after["pages"][0]["text"]
        assert after["pages"][0]["url"] != before["pages"][0]["url"]
        assert [p["url"] for p in after["pages"][1:]] == [p["url"] for p in before["pages"][1:]]


def test_a_failed_build_shows_its_errors_and_keeps_the_last_good_pages(tmp_path):
    folder = tmp_path / "clinic"
    content = folder / "content.yaml"
    with served(folder) as running:
        good = settled(running)
        replace_in(content, "title:", "title: [")
        deadline = time.monotonic() + LIMIT
        while not (state := edition(running))["errors"] and time.monotonic() < deadline:
            time.sleep(0.05)
        error = state["errors"][0]
        assert error["where"].startswith("content.yaml:") and error["link"].startswith("/source/content.yaml#L")
        assert [p["url"] for p in state["pages"]] == [p["url"] for p in good["pages"]]
        assert request(running, state["pages"][0]["url"])[0] == 200  # the last good pages stay available
        replace_in(content, "title: [", "title:")
        deadline = time.monotonic() + LIMIT
        while (state := edition(running))["errors"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert state["errors"] == [] and state["pages"]


def test_findings_of_check_are_listed_with_links_to_their_lines(tmp_path):
    folder = tmp_path / "clinic"
    content = folder / "content.yaml"
    with served(folder) as running:
        settled(running)
        replace_in(content, 'primary: "#1F4E79"', 'primary: "#9FB4C7"')  # too pale for white text: a contrast error
        deadline = time.monotonic() + LIMIT
        while time.monotonic() < deadline:
            state = edition(running)
            if state["errors"] and not state["checking"]:
                break
            time.sleep(0.05)
        findings = [f for f in state["findings"] if "contrast" in f["message"]]
        assert findings and findings[0]["link"] == f"/source/content.yaml#L{_line(content, 'primary:')}"


def _line(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line)


def test_ctrl_c_stops_the_server_cleanly(tmp_path):
    content = init_project(tmp_path / "clinic")
    process = subprocess.Popen([sys.executable, "-m", "brochure", "serve", str(content), "-o", str(tmp_path / "out")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        line = process.stdout.readline()
        assert "serving" in line and "http://127.0.0.1:" in line
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            raw.sendall(f"GET / HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
            assert b"200" in raw.recv(100)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
        assert process.returncode == 0 and "stopped" in err and "Traceback" not in err, (process.returncode, err)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_serve_reports_a_missing_content_file(tmp_path):
    result = subprocess.run([sys.executable, "-m", "brochure", "serve", str(tmp_path / "nope.yaml")],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path, env={**os.environ})
    assert result.returncode == 1 and "nope.yaml" in result.stderr + result.stdout and "Traceback" not in result.stderr


def test_a_change_only_check_sees_still_updates_the_findings(tmp_path):
    folder = tmp_path / "clinic"
    with served(folder) as running:
        before = settled(running)
        assert not [f for f in before["findings"] if "grade" in f["message"]]
        replace_in(folder / "content.yaml", "  grade: 8", "  grade: 1")  # the PDF stays the same
        deadline = time.monotonic() + LIMIT
        while time.monotonic() < deadline:
            after = edition(running)
            if [f for f in after["findings"] if "above the target of grade 1" in f["message"]]:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the findings were not updated")
        assert after["version"] == before["version"] and after["pages"] == before["pages"]


def test_a_change_every_edition_prints_updates_every_open_edition(tmp_path):
    folder = tmp_path / "clinic"
    with served(folder) as running:
        before = {lang: settled(running, lang) for lang in ("es", "en")}
        replace_in(folder / "content.yaml", 'phone: "+1 555 0100"', 'phone: "+1 555 0199"')
        deadline = time.monotonic() + LIMIT
        while time.monotonic() < deadline:
            after = {lang: edition(running, lang) for lang in before}
            if all(after[lang]["version"] > before[lang]["version"] for lang in before):
                break
            time.sleep(0.05)
        for lang in before:
            assert "+1 555 0199" in "".join(page["text"] for page in after[lang]["pages"]), lang


def _wait_for_new_version(running: Running, before: dict, lang: str = "en", layout: str = "a4-leaflet",
                          brand: int = 0) -> dict:
    deadline = time.monotonic() + LIMIT
    while time.monotonic() < deadline:
        state = edition(running, lang, layout, brand)
        if state["version"] > before["version"]:
            return state
        time.sleep(0.05)
    raise AssertionError("no rebuild")


def test_a_changed_layout_in_the_layouts_folder_rebuilds(tmp_path):
    from brochure.resources import bundled

    folder = tmp_path / "clinic"
    (folder / "layouts").mkdir(parents=True)
    layout = folder / "layouts" / "a4-leaflet.yaml"  # replaces the bundled layout of that name
    layout.write_text((bundled("layouts") / "a4-leaflet.yaml").read_text("utf-8"), "utf-8")
    with served(folder) as running:
        before = settled(running)
        text = layout.read_text("utf-8")
        size = text.split("body: {size: ")[1].split(",")[0]
        layout.write_text(text.replace(f"body: {{size: {size},", "body: {size: 20,", 1), "utf-8")
        after = _wait_for_new_version(running, before)
        assert len(after["pages"]) > len(before["pages"])  # larger type, more pages


def test_a_brand_file_is_offered_and_its_changes_rebuild(tmp_path):
    folder = tmp_path / "clinic"
    brand = tmp_path / "northside.yaml"
    brand.write_text('name: Northside Health\nlogo: clinic/assets/logo.svg\ncolors: {primary: "#1F4E79", accent: "#B5471B"}\n'
                     'fonts: {body: Noto Sans, heading: Noto Sans}\ncontact: {phone: "+1 555 0111"}\n', "utf-8")
    with served(folder, brand_files=(brand,)) as running:
        assert get_json(running, "/api/choices")["brands"][1] == "northside.yaml"
        edition(running, brand=1)
        deadline = time.monotonic() + LIMIT
        while not (before := edition(running, brand=1))["built"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert before["errors"] == [], before["errors"]
        assert "Northside Health" in before["pages"][0]["text"]
        replace_in(brand, "Northside Health", "Northside Care")
        after = _wait_for_new_version(running, before, brand=1)
        assert "Northside Care" in after["pages"][0]["text"]
