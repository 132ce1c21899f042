"""The live preview's state: the editions a page has open, rebuilt in the background when a watched
file changes, with the last good page images kept when a build fails.

One worker thread does all building, so builds never overlap and a burst of saves costs one
rebuild. A rebuild loads the project once, builds every open edition through the batch the API
uses (its cache skips editions whose inputs did not change). A page is rasterised only when its
digest is new: first when the page asks for it, the others right after in the background, so the
page a reader is on is ready as soon as its edition is built. `check`'s findings follow, edition by
edition, while nothing newer waits.
"""
from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import api, batch
from ..errors import BrochureError, Problem
from ..project import Job, Options, Project, Result
from .images import PageInfo, pages_of, rasterise

DPI = 110  # readable on a screen: an A4 page is 909 x 1286 pixels
MAX_OPEN = 12  # editions kept up to date at once; the least recently viewed is dropped first
HEAD_START = 0.3  # seconds the edition viewed last has to itself after a rebuild, unless its page is fetched sooner
_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one call at a time, from any thread


@dataclass(frozen=True)
class EditionKey:
    """One edition a page can show: brand 0 is the content file's own clinic, 1.. the brand files."""

    brand: int
    language: str
    layout: str

    @property
    def id(self) -> str:
        return f"{self.brand}/{self.language}/{self.layout}"


@dataclass
class EditionState:
    """What the page shows for one edition. `pages` are the last good ones, even after a failure."""

    key: EditionKey
    version: int = 0
    pages: list[PageInfo] = field(default_factory=list)
    pdf: Path | None = None
    pdf_bytes: bytes = b""  # of the last good build, which `pages` describe
    images: dict[str, bytes] = field(default_factory=dict)  # page digest -> PNG, made when first wanted
    viewed: int = 1  # the page a reader asked for last: rasterised first after a rebuild
    errors: list[Problem] = field(default_factory=list)  # of the latest build; empty when it worked
    findings: list[Problem] = field(default_factory=list)  # `check`'s, for this edition
    checked_version: int = -1  # the version the findings belong to
    built: bool = False  # a build has finished (worked or failed)


@dataclass
class Choices:
    """What the pickers offer."""

    languages: list[str] = field(default_factory=list)
    layouts: list[str] = field(default_factory=list)
    brands: list[str] = field(default_factory=list)  # display names; index = EditionKey.brand


class Live:
    """Open editions, kept up to date by a background worker; `on_change(event, data)` is told of
    every change (events: 'edition' with the edition id, 'building', 'choices')."""

    def __init__(self, content: Path, out_dir: Path, brand_files: tuple[Path, ...] = (), dpi: float = DPI,
                 on_change: Callable[[str, str], None] = lambda event, data: None):
        self.content = content
        self.out_dir = out_dir
        self.brand_files = brand_files
        self.dpi = dpi
        self.on_change = on_change
        self.choices = Choices(brands=[f"{content.name} (its own clinic)", *(p.name for p in brand_files)])
        self.load_problems: list[Problem] = []  # the content itself cannot be loaded
        self._editions: OrderedDict[EditionKey, EditionState] = OrderedDict()
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._dirty = True
        self._stopping = False
        self._fetched = threading.Event()  # a reader fetched a page image since the rebuild began
        self._worker = threading.Thread(target=self._run, name="brochure-preview-builds", daemon=True)

    # --- what the server calls -------------------------------------------------------------

    def start(self) -> None:
        self._load_choices()
        self._worker.start()

    def stop(self, timeout: float = 10) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        if self._worker.is_alive():
            self._worker.join(timeout)

    def open(self, key: EditionKey) -> EditionState:
        """The edition's state; a newly opened edition is built in the background."""
        with self._wake:
            state = self._editions.get(key)
            if state is None:
                state = self._editions[key] = EditionState(key)
                while len(self._editions) > MAX_OPEN:
                    self._editions.popitem(last=False)
                self._dirty = True
                self._wake.notify_all()
            self._editions.move_to_end(key)
            return state

    def snapshot(self, state: EditionState) -> EditionState:
        """A copy that the worker will not change while it is read."""
        with self._lock:
            return dataclasses.replace(state, pages=list(state.pages), errors=list(state.errors),
                                       findings=list(state.findings), images={})

    def find(self, edition_id: str) -> EditionState | None:
        with self._lock:
            return next((s for k, s in self._editions.items() if k.id == edition_id), None)

    def files_changed(self, paths: set[Path]) -> None:
        """Called by the watcher with the files that changed: every open edition is rebuilt, whichever
        they are (the build cache skips the editions they do not affect; layouts are read again when
        their file changes)."""
        with self._wake:
            self._dirty = True
            self._wake.notify_all()

    def idle(self) -> bool:
        """Nothing waits to be built or checked (for tests and the benchmark)."""
        with self._lock:
            return not self._dirty and all(s.built and s.checked_version == s.version for s in self._editions.values())

    # --- the worker ---------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._dirty and not self._stopping and not self._unchecked():
                    self._wake.wait()
                if self._stopping:
                    return
                dirty, self._dirty = self._dirty, False
                keys = list(reversed(self._editions))  # the one viewed last is built first
                unchecked = self._unchecked()
            try:
                if dirty:
                    self.on_change("building", "")
                    self._rebuild(keys)
                else:
                    self._check(unchecked[0])
            except Exception as exc:  # a bug must not stop the preview: show it in place of the pages
                problem = Problem(f"internal error: {type(exc).__name__}: {exc}",
                                  hint="please report this with the content file")
                for key in keys:
                    self._failed(key, [problem])
                with self._lock:
                    for state in self._editions.values():
                        state.checked_version = state.version

    def _unchecked(self) -> list[EditionState]:
        return [s for s in self._editions.values() if s.built and s.checked_version != s.version]

    def _options(self, key: EditionKey | None = None) -> Options:
        if key is None:
            return Options(brands=self.brand_files, jobs=1)
        brands = (self.brand_files[key.brand - 1],) if key.brand else ()
        return Options((key.language,), (key.layout,), brands, jobs=1)

    def _load_choices(self) -> Project | None:
        """Load the project and update the pickers; None (and load_problems) when it cannot load."""
        before = (self.choices, self.load_problems)
        try:
            project = api.load_project(self.content, self._options())
        except BrochureError as exc:
            self.load_problems, project = list(exc.problems), None
        else:
            self.load_problems = []
            brochure = project.brochure
            layouts = list(brochure.layouts) + [name for name in project.layouts.names() if name not in brochure.layouts]
            self.choices = Choices(list(brochure.languages), layouts, self.choices.brands)
        if (self.choices, self.load_problems) != before:
            self.on_change("choices", "")
        return project

    def _rebuild(self, keys: list[EditionKey]) -> None:
        with self._lock:  # any change may change the findings, even one that leaves the PDF as it was
            for state in self._editions.values():
                state.checked_version = -1
        project = self._load_choices()
        if project is None:
            for key in keys:
                self._failed(key, self.load_problems)
            return
        jobs = [Job(k.language, k.layout, project.brands[k.brand - 1] if k.brand else None) for k in keys]
        by_job = {id(job): key for job, key in zip(jobs, keys)}

        def built(result: Result) -> None:
            self._built(by_job[id(result.job)], result)

        # The edition viewed last first, alone; the others once its page has been fetched (or after
        # a moment), so that rendering them does not slow down serving it (they share one GIL).
        self._fetched.clear()
        first = self._editions.get(keys[0])
        version = first.version if first else 0
        batch.run(project, jobs[:1], self.out_dir, self._options(), built)
        if len(jobs) > 1:
            if first and first.version != version:  # the reader has something new to fetch
                self._fetched.wait(HEAD_START)
            batch.run(project, jobs[1:], self.out_dir, self._options(), built)

    def _failed(self, key: EditionKey, problems: list[Problem]) -> None:
        with self._lock:
            state = self._editions.get(key)
            if state is None:
                return
            state.errors, state.built = list(problems), True
            state.version += 1
        self.on_change("edition", key.id)

    def _built(self, key: EditionKey, result: Result) -> None:
        if not result.ok:
            self._failed(key, result.problems)
            return
        pdf = result.path.read_bytes()
        with self._lock:
            state = self._editions.get(key)
            if state is None or (state.pdf_bytes == pdf and not state.errors and state.built):
                return
        with _PDFIUM:
            pages = pages_of(pdf, self.dpi)
        with self._lock:
            kept = {page.digest: state.images[page.digest] for page in pages if page.digest in state.images}
            state.pages, state.pdf, state.pdf_bytes, state.images = pages, result.path, pdf, kept
            state.errors, state.built = [], True
            state.version += 1
        self.on_change("edition", key.id)
        for number in sorted(range(1, len(pages) + 1), key=lambda n: (n != state.viewed, n)):
            self.png(state, number, viewed=False)  # ahead of the reader asking, the page they are on first

    def png(self, state: EditionState, number: int, viewed: bool = True) -> bytes | None:
        """The PNG of page `number` of the edition's last good build (rasterised on first request);
        `viewed`: a reader asked for it."""
        if viewed:
            state.viewed = number
            self._fetched.set()
        with _PDFIUM:  # taken first, so that a page being rasterised by another thread is not done twice
            with self._lock:
                if not 1 <= number <= len(state.pages):
                    return None
                page, pdf = state.pages[number - 1], state.pdf_bytes
                if page.digest in state.images:
                    return state.images[page.digest]
            png = rasterise(pdf, self.dpi, {number}, compress_level=1)[number].png
        with self._lock:
            if state.pdf_bytes is pdf:
                state.images[page.digest] = png
        return png

    def _check(self, state: EditionState) -> None:
        version = state.version
        findings = api.check(self.content, self._options(state.key))
        with self._lock:
            if state.version == version:
                state.findings, state.checked_version = findings, version
        self.on_change("edition", state.key.id)
