"""Nothing is lost: killed, interrupted or out-of-space builds leave earlier PDFs intact."""
from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brochure import api
from brochure.output import TEMP_PREFIX, TEMP_SUFFIX
from helpers import init_project, run

# A child build that is stopped right after it has written part of a temporary file. It sets the
# SIGINT disposition it needs itself: a process started in the background (`pytest &`, nohup, some CI
# and IDE runners) inherits SIGINT as ignored, and Python then installs no KeyboardInterrupt handler.
CHILD = """
import os, signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
from pathlib import Path
import brochure.output as output
real_fsync = os.fsync
def slow_fsync(fd):
    output.os.fsync = real_fsync  # only the first write (the PDF) hangs
    Path(sys.argv[3]).write_text("writing", "utf-8")
    time.sleep(60)
output.os.fsync = slow_fsync
from brochure.cli import main
main(["build", sys.argv[1], "-o", sys.argv[2], "--lang", "en"])
"""


@pytest.fixture
def built(tmp_path) -> tuple[Path, Path, bytes]:
    content = init_project(tmp_path / "clinic")
    out = tmp_path / "out"
    assert run("build", str(content), "-o", str(out), "--lang", "en").exit_code == 0
    pdf = out / "my-leaflet-en-a4-leaflet.pdf"
    return content, pdf, pdf.read_bytes()


def _interrupt(content: Path, out: Path, sig: int, tmp_path: Path) -> None:
    flag = tmp_path / "writing.flag"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(content), str(out), str(flag)])
    deadline = time.time() + 60
    while not flag.exists():
        assert time.time() < deadline and child.poll() is None, "child build never started writing"
        time.sleep(0.05)
    assert list(out.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}")), "the child should be mid-write"
    child.send_signal(sig)
    child.wait(timeout=10)
    assert child.returncode != 0


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_interrupted_build_keeps_previous_pdf(built, tmp_path, sig):
    content, pdf, before = built
    content.write_text(content.read_text("utf-8").replace("Living well", "Living better"), "utf-8")
    _interrupt(content, pdf.parent, sig, tmp_path)
    assert pdf.read_bytes() == before
    if sig != signal.SIGKILL:  # a clean shutdown removes its own temporary file
        assert not list(pdf.parent.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    assert run("build", str(content), "-o", str(pdf.parent), "--lang", "en").exit_code == 0
    assert not list(pdf.parent.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}")), "the next run cleans up what a killed one left"
    assert pdf.read_bytes() != before


def test_full_disk_fails_cleanly(built, monkeypatch):
    content, pdf, before = built

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("brochure.output.os.fsync", no_space)
    results = api.build(content, pdf.parent, api.Options(languages=("en", "es"), force=True))
    assert [r.ok for r in results] == [False, False]
    assert "No space left on device" in str(results[0].problems[0])
    assert pdf.read_bytes() == before
    assert not list(pdf.parent.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))


def test_pdfs_are_readable_by_others_as_new_files_are(built):
    """The temporary file is private; the PDF it becomes gets the usual permissions (umask), so a
    print shop's or web server's account can read the output folder."""
    _, pdf, _ = built
    mask = os.umask(0)
    os.umask(mask)
    assert pdf.stat().st_mode & 0o777 == 0o666 & ~mask
