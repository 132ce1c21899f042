"""Performance benchmark for `brochure`: overhead against plain ReportLab, batch builds, incremental
rebuilds and a generated batch of ~500 editions.

    python bench/run.py            # full run, median of 5 runs per figure (a few minutes on 2 cores)
    python bench/run.py --quick    # fewer runs and a smaller generated batch (about a minute)
    python bench/run.py --runs 7 --editions 1000

Run it with the interpreter of the venv where brochure is installed (the `brochure` command is taken
from beside that interpreter). Every timed build is a whole process started afresh (subprocess),
except the "warm" rows, which time one render inside a single long-lived process (itself a fresh
subprocess, so nothing this script imports can skew it). The content is copied once, at the start,
to a temporary folder, so edits to the repository during the run do not change what is measured.

This script measures and prints; it asserts nothing. See bench/README.md for what each row means.
"""
from __future__ import annotations

import argparse
import colorsys
import contextlib
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import yaml

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CONTENT = REPO / "content.yaml"
LANG, LAYOUT = "en", "a4-leaflet"  # the edition of the overhead comparison (rows 1 and 2)
SCALE_LAYOUTS = ("a4-leaflet", "letter-leaflet")

# Targets from the issue "batch builds at scale"
MAX_OVERHEAD = 1.15  # brochure time / plain ReportLab time, cold and warm
MAX_MS_PER_DOC = 17.0  # batch wall time / documents, --jobs 2, batch of 24+
MIN_BATCH_FOR_TARGET = 24
MAX_NOCHANGE_S = 0.3  # no-change rebuild of the whole sample
LINEAR_BAND = (0.8, 1.25)  # (CPU time ratio / editions ratio) counted as "roughly linear"


# --------------------------------------------------------------------------- measuring processes

@dataclass
class Run:
    """One finished process: wall time, the largest RSS of it or any descendant it waited for."""

    seconds: float
    cpu_seconds: float  # user + system time of the process and the descendants it waited for
    max_rss_kib: int
    returncode: int
    stdout: str
    stderr: str
    peak_tree_pss_kib: int = 0  # sampled sum of PSS over the whole process tree (0 if not sampled)


class TreeMemory:
    """Samples the summed PSS (proportional set size) of a process and all its descendants.

    PSS shares copy-on-write pages between forked workers fairly, so the sum is the memory the tree
    really holds. Linux only (/proc); sampling every `interval` seconds may miss a short peak.
    """

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval = pid, interval
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "TreeMemory":
        if Path("/proc/self/smaps_rollup").exists():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _tree(self) -> list[int]:
        parents: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    stat = Path(entry.path, "stat").read_text()
                except OSError:
                    continue
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                parents.setdefault(ppid, []).append(int(entry.name))
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo += parents.get(pid, [])
        return tree

    @staticmethod
    def _pss_kib(pid: int) -> int:
        try:
            text = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            return 0
        match = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
        return int(match.group(1)) if match else 0

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_kib = max(self.peak_kib, sum(self._pss_kib(pid) for pid in self._tree()))
            self._stop.wait(self.interval)


CHILD_ENV: dict[str, str] = dict(os.environ)  # set up by main(): where children keep their bytecode


def child_environment(work: Path, bytecode: bool = True) -> dict[str, str]:
    """The environment for timed processes.

    With bytecode, compiled modules are cached under the workspace (PYTHONPYCACHEPREFIX), so brochure's
    modules are not recompiled on every run even where PYTHONDONTWRITEBYTECODE is set or the source
    tree is read-only (as for an editable install in a sandbox); the repository gets no __pycache__.
    Without, modules that have no .pyc beside them (an editable checkout) are compiled on every run.
    """
    env = dict(os.environ)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_process(cmd: Sequence[str], cwd: Path, sample_memory: bool = False,
                env: dict[str, str] | None = None) -> Run:
    """Run `cmd` to completion as a fresh process; time it and read its resource usage (wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env or CHILD_ENV)
    sampler = TreeMemory(proc.pid) if sample_memory else None
    with sampler or contextlib.nullcontext():
        out, err = _drain(proc)
        _, status, usage = os.wait4(proc.pid, 0)  # rusage of the child and the descendants it waited for
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode, out, err,
               sampler.peak_kib if sampler else 0)


def _drain(proc: subprocess.Popen) -> tuple[str, str]:
    """Read stdout and stderr to the end without reaping the process (so wait4 can)."""
    chunks: dict[str, str] = {}

    def read(name: str) -> None:
        with getattr(proc, name) as stream:
            chunks[name] = stream.read()

    threads = [threading.Thread(target=read, args=(name,)) for name in ("stdout", "stderr")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return chunks["stdout"], chunks["stderr"]


def median_of(runs: int, make: Callable[[], Run], before: Callable[[], None] | None = None) -> list[Run]:
    """`runs` runs of `make` (each after `before`), for a median."""
    results = []
    for _ in range(runs):
        if before:
            before()
        results.append(make())
    return results


def med(runs: list[Run]) -> float:
    """Median wall time."""
    return statistics.median(r.seconds for r in runs)


def med_cpu(runs: list[Run]) -> float:
    """Median CPU time (user + system, whole process tree)."""
    return statistics.median(r.cpu_seconds for r in runs)


def written(run: Run) -> int:
    """The number of PDFs a `brochure build` says it wrote."""
    match = re.search(r"(\d+) PDFs? written", run.stdout + run.stderr)
    return int(match.group(1)) if match else -1


# --------------------------------------------------------------------------- the workspace

def brochure_command() -> list[str]:
    """The `brochure` console script beside this interpreter, else `python -m brochure`."""
    script = Path(sys.executable).parent / "brochure"
    return [str(script)] if script.exists() else [sys.executable, "-m", "brochure"]


def make_workspace(root: Path) -> Path:
    """A copy of the sample content and its assets; returns the content file."""
    shutil.copy2(CONTENT, root / "content.yaml")
    shutil.copytree(REPO / "assets", root / "assets")
    return root / "content.yaml"


def write_brands(folder: Path, clinic: dict, count: int) -> list[Path]:
    """`count` brand files (different names, colours, phones), beside the content so logos resolve."""
    paths = []
    for i in range(1, count + 1):
        hue = (i * 0.137) % 1.0
        primary = _hex(colorsys.hls_to_rgb(hue, 0.28, 0.65))  # dark enough for white text (>= 4.5:1)
        accent = _hex(colorsys.hls_to_rgb((hue + 0.5) % 1.0, 0.35, 0.7))
        brand = dict(clinic)
        brand.update(
            name=f"Clinic {i:02d} Neurology Centre",
            colors={"primary": primary, "accent": accent},
            contact={**clinic.get("contact", {}), "phone": f"+1 555 01{i:02d}",
                     "email": f"info@clinic{i:02d}.example", "website": f"https://clinic{i:02d}.example"},
            qr=f"https://clinic{i:02d}.example/ms-stem-cells",
        )
        path = folder / f"b{i:02d}.yaml"
        path.write_text(yaml.safe_dump(brand, allow_unicode=True, sort_keys=False), encoding="utf-8")
        paths.append(path)
    return paths


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c * 255):02X}" for c in rgb)


def snapshot(folder: Path) -> dict[str, int]:
    """File name -> modification time (ns) of everything in an output folder."""
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} if folder.exists() else {}


# --------------------------------------------------------------------------- results

@dataclass
class Row:
    """One line of the results table."""

    label: str
    figure: str
    target: str = ""
    passed: bool | None = None  # None: reported, no target
    note: str = ""

    @property
    def verdict(self) -> str:
        return "" if self.passed is None else ("PASS" if self.passed else "MISS")


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)

    def add(self, *args, **kwargs) -> None:
        row = Row(*args, **kwargs)
        self.rows.append(row)
        print(f"  {row.label}: {row.figure} {row.verdict}".rstrip(), flush=True)

    def markdown(self) -> str:
        lines = ["| # | measure | figure | target | result |", "|---|---|---|---|---|"]
        for row in self.rows:
            label = row.label + (f" ({row.note})" if row.note else "")
            number, _, text = label.partition(" ")
            lines.append(f"| {number} | {text} | {row.figure} | {row.target} | {row.verdict} |")
        return "\n".join(lines)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def cpu(runs: list[Run]) -> str:
    return f"CPU {ms(med_cpu(runs))}"


def parallelism(runs: list[Run]) -> str:
    """CPU time / wall time: about --jobs when the cores are ours, lower when others compete for them."""
    return f"{med_cpu(runs) / med(runs):.2f} cores busy"


# --------------------------------------------------------------------------- the benchmarks

def bench_cold(report: Report, work: Path, content: Path, runs: int) -> None:
    """Rows 0-1: one edition as a whole process, brochure vs the plain ReportLab script."""
    run_process([sys.executable, "-c", "pass"], work)  # warm the OS file cache
    startup = med([run_process([sys.executable, "-c", "pass"], work) for _ in range(runs)])
    report.add("0 python startup (`python -c pass`)", ms(startup), note="floor of every cold figure")
    brochure = brochure_command() + ["build", str(content), "--lang", LANG, "--layout", LAYOUT, "--jobs", "1",
                                     "--force", "-o", str(work / "out-one")]
    plain = [sys.executable, str(BENCH / "plain_reportlab.py"), str(content), str(work / "plain.pdf")]
    for cmd in (brochure, plain):  # first runs fill the OS file cache and the bytecode cache
        run_process(cmd, work)
    ours, theirs = [], []
    for _ in range(runs):  # interleaved, so drift in machine load hits both alike
        ours.append(run_process(brochure, work))
        theirs.append(run_process(plain, work))
    ratio = med(ours) / med(theirs)
    report.add(f"1a brochure build, 1 edition ({LANG}, {LAYOUT}), cold", ms(med(ours)), note=cpu(ours))
    report.add("1b plain ReportLab script, same content, cold", ms(med(theirs)), note=cpu(theirs))
    report.add("1c overhead cold (1a / 1b)", f"{ratio:.2f}x", f"<= {MAX_OVERHEAD}x", ratio <= MAX_OVERHEAD,
               f"CPU time ratio {med_cpu(ours) / med_cpu(theirs):.2f}x")
    no_pyc = child_environment(work, bytecode=False)
    compiling = [run_process(brochure, work, env=no_pyc) for _ in range(runs)]
    report.add("1d brochure build as 1a, PYTHONDONTWRITEBYTECODE=1", ms(med(compiling)),
               note="modules without a .pyc beside them, e.g. an editable checkout, compile on every run")


def bench_warm(report: Report, content: Path, runs: int) -> None:
    """Row 2: one render in a long-lived process, brochure.api.make_pdf vs the plain build function."""
    out = subprocess.run([sys.executable, __file__, "--warm-worker", str(content), "--warm-runs", str(runs)],
                         capture_output=True, text=True, check=True, env=CHILD_ENV).stdout
    result = json.loads(out.strip().splitlines()[-1])
    ratio = result["brochure"] / result["plain"]
    report.add("2a brochure.api.make_pdf, 1 edition, warm", ms(result["brochure"]), note=f"median of {runs}")
    report.add("2b plain build_pdf(), warm", ms(result["plain"]))
    report.add("2c overhead warm (2a / 2b)", f"{ratio:.2f}x", f"<= {MAX_OVERHEAD}x", ratio <= MAX_OVERHEAD)


def warm_worker(content: Path, runs: int) -> None:
    """(In a fresh process.) Median in-process time of make_pdf and of the plain script's build_pdf."""
    sys.path.insert(0, str(BENCH))
    import plain_reportlab
    from brochure import api
    from brochure.project import Job

    options = api.Options()
    project = api.load_project(content, options)
    job = Job(LANG, LAYOUT)
    data = yaml.safe_load(content.read_text(encoding="utf-8"))
    tasks = {"brochure": lambda: api.make_pdf(project, job, options),
             "plain": lambda: plain_reportlab.build_pdf(data, content.parent, LANG)}
    times: dict[str, list[float]] = {name: [] for name in tasks}
    for task in tasks.values():
        task()  # warm-up: imports, font registration, caches
    for _ in range(runs):
        for name, task in tasks.items():  # interleaved
            start = time.perf_counter()
            task()
            times[name].append(time.perf_counter() - start)
    print(json.dumps({name: statistics.median(values) for name, values in times.items()}))


def bench_batch(report: Report, work: Path, content: Path, runs: int, editions: int) -> None:
    """Row 3: the whole sample (every language x default layout), --jobs 1 and --jobs 2, forced."""
    out = work / "out-batch"
    for jobs in (1, 2):
        cmd = brochure_command() + ["build", str(content), "--jobs", str(jobs), "--force", "-o", str(out)]
        results = median_of(runs, lambda: run_process(cmd, work))
        docs = written(results[0])
        per_doc = med(results) / docs
        label = f"3{'ab'[jobs - 1]} sample batch, --jobs {jobs}: {docs} docs in {med(results):.2f} s"
        note = f"CPU {med_cpu(results) / docs * 1000:.0f} ms/doc, {parallelism(results)}"
        if jobs == 2:
            if docs < MIN_BATCH_FOR_TARGET:
                note += f"; the sample has only {docs} editions, the target is for 24+"
            report.add(label, f"{per_doc * 1000:.0f} ms/doc", f"< {MAX_MS_PER_DOC:g} ms/doc",
                       per_doc * 1000 < MAX_MS_PER_DOC, note)
        else:
            report.add(label, f"{per_doc * 1000:.0f} ms/doc", note=note)
    if docs != editions:
        print(f"  (note: {docs} PDFs written, {editions} expected from the content file)")


def bench_nochange(report: Report, work: Path, content: Path, runs: int) -> None:
    """Row 4: build the sample once, then time rebuilds where nothing changed.

    Each rebuild's effect on the output folder is checked on its own. A rebuild that writes PDFs is
    left out of the median and counted in the note: in a shared tree it can come from someone editing
    an input (a bundled layout or font) during the run, which the figure should not hide either.
    """
    out = work / "out-incremental"
    cmd = brochure_command() + ["build", str(content), "-o", str(out)]
    run_process(cmd, work)
    clean, dirty = [], []
    for _ in range(runs):
        before = snapshot(out)
        result = run_process(cmd, work)
        touched = sum(1 for name, mtime in snapshot(out).items() if before.get(name) != mtime)
        (dirty if touched or written(result) else clean).append((result, touched))
    pdfs = sum(1 for name in snapshot(out) if name.endswith(".pdf"))
    timed = [result for result, _ in clean] or [result for result, _ in dirty]
    report.add(f"4a no-change rebuild of the whole sample ({pdfs} PDFs)", ms(med(timed)),
               f"< {MAX_NOCHANGE_S * 1000:.0f} ms", med(timed) < MAX_NOCHANGE_S, cpu(timed))
    note = ""
    if dirty:
        note = (f"{len(dirty)} of {runs} rebuilds wrote PDFs ({', '.join(str(written(r)) for r, _ in dirty)}); "
                "inputs may have changed during the run")
    report.add("4b files written or touched by a no-change rebuild",
               f"{len(clean)} of {runs} rebuilds wrote nothing", f"{runs} of {runs}", not dirty, note)


@dataclass
class Scale:
    brands: int
    editions: int
    runs: list[Run]

    @property
    def seconds(self) -> float:
        return med(self.runs)


def bench_scale(report: Report, work: Path, content: Path, runs: int, target_editions: int,
                small_brands: int, jobs: int = 2) -> None:
    """Row 5: generated batches (brands x languages x 2 layouts), --jobs 2, a small one and a large one."""
    data = yaml.safe_load(content.read_text(encoding="utf-8"))
    languages = list(data["languages"])
    per_brand = len(languages) * len(SCALE_LAYOUTS)
    brands = max(small_brands + 1, math.ceil(target_editions / per_brand))
    paths = write_brands(work, data["clinic"], brands)

    def batch(count: int, extra: Sequence[str] = (), sample: bool = False) -> Run:
        out = work / f"out-scale-{count}"
        cmd = brochure_command() + ["build", str(content), "--jobs", str(jobs), "--force", "-o", str(out)]
        cmd += [arg for layout in SCALE_LAYOUTS for arg in ("--layout", layout)]
        cmd += [arg for path in paths[:count] for arg in ("--brand", path.name)] + list(extra)
        return run_process(cmd, work, sample_memory=sample)

    print(f"  generated batch: {brands} brands x {len(languages)} languages ({', '.join(languages)}) x "
          f"{len(SCALE_LAYOUTS)} layouts", flush=True)
    small = Scale(small_brands, small_brands * per_brand, median_of(runs, lambda: batch(small_brands)))
    large = Scale(brands, brands * per_brand, median_of(runs, lambda: batch(brands, sample=True)))
    for tag, scale in (("5a", small), ("5b", large)):
        docs = written(scale.runs[0])
        note = (f"{scale.brands} brands x {len(languages)} langs x 2 layouts; "
                f"CPU {med_cpu(scale.runs) / scale.editions * 1000:.0f} ms/doc, {parallelism(scale.runs)}")
        if docs != scale.editions:
            note += f"; only {docs} written"
        report.add(f"{tag} generated batch, {scale.editions} editions, --jobs {jobs}",
                   f"{scale.seconds:.1f} s = {scale.seconds / scale.editions * 1000:.0f} ms/doc", note=note)
    editions_ratio = large.editions / small.editions
    growth = (med_cpu(large.runs) / med_cpu(small.runs)) / editions_ratio
    wall_growth = (large.seconds / small.seconds) / editions_ratio
    marginal = (med_cpu(large.runs) - med_cpu(small.runs)) / (large.editions - small.editions)
    fixed = med_cpu(small.runs) - marginal * small.editions
    report.add("5c linearity: (CPU time ratio) / (editions ratio)", f"{growth:.2f}",
               f"{LINEAR_BAND[0]}-{LINEAR_BAND[1]}", LINEAR_BAND[0] <= growth <= LINEAR_BAND[1],
               f"CPU fit {fixed:.1f} s fixed + {marginal * 1000:.0f} ms per edition; wall-time ratio {wall_growth:.2f}")
    report.add(f"5d throughput, {large.editions} editions", f"{large.editions / (large.seconds / 60) / jobs:.0f} "
               f"PDFs/min/core", note=f"wall time, {jobs} cores; per CPU-minute: "
               f"{large.editions / (med_cpu(large.runs) / 60):.0f} PDFs")
    largest = max(r.max_rss_kib for r in large.runs) / 1024
    tree = max(r.peak_tree_pss_kib for r in large.runs) / 1024
    report.add("5e peak memory, largest single process (ru_maxrss)", f"{largest:.0f} MiB")
    report.add("5f peak memory, whole process tree (sum of PSS, sampled)", f"{tree:.0f} MiB")
    shard = batch(small_brands, ["--shard", "1/2"])
    expected = math.ceil(small.editions / 2)
    report.add(f"5g --shard 1/2 of the {small.editions}-edition batch", f"{written(shard)} PDFs written",
               f"{expected}", written(shard) == expected)
    report.facts["scale"] = dict(languages=languages, brands=brands, editions=large.editions)


# --------------------------------------------------------------------------- main

def environment(content: Path) -> dict[str, object]:
    import importlib.metadata as md

    data = yaml.safe_load(content.read_text(encoding="utf-8"))
    versions = {name: _version(md, name) for name in ("brochure", "reportlab")}
    return dict(python=platform.python_version(), cores=os.cpu_count(), machine=platform.machine(),
                languages=list(data["languages"]), layouts=list(data["layouts"]), **versions)


def _version(md, name: str) -> str:
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return "?"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmark brochure (see bench/README.md).")
    parser.add_argument("--quick", action="store_true", help="fewer runs and a smaller generated batch")
    parser.add_argument("--runs", type=int, help="runs per figure, for the median (default 5; 3 with --quick)")
    parser.add_argument("--warm-runs", type=int, help="in-process renders per tool (default 30; 10 with --quick)")
    parser.add_argument("--editions", type=int, help="size of the large generated batch (default 500; 80 with --quick)")
    parser.add_argument("--small-brands", type=int, help="brands in the small generated batch (default 5; 2 with --quick)")
    parser.add_argument("--scale-runs", type=int, help="runs of each generated batch (default: --runs)")
    parser.add_argument("--skip-scale", action="store_true", help="skip the generated batches (row 5)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    parser.add_argument("--warm-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    quick = args.quick
    args.runs = args.runs or (3 if quick else 5)
    args.warm_runs = args.warm_runs or (10 if quick else 30)
    args.editions = args.editions or (80 if quick else 500)
    args.small_brands = args.small_brands or (2 if quick else 5)
    args.scale_runs = args.scale_runs or args.runs
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.warm_worker:
        warm_worker(args.warm_worker, args.warm_runs)
        return 0
    global CHILD_ENV
    work = Path(tempfile.mkdtemp(prefix="brochure-bench-"))
    CHILD_ENV = child_environment(work)
    started = time.perf_counter()
    load_before = os.getloadavg()
    try:
        content = make_workspace(work)
        facts = environment(content)
        data = yaml.safe_load(content.read_text(encoding="utf-8"))
        editions = len(data["languages"]) * len(data["layouts"])
        print(f"brochure benchmark: {facts}\nworkspace {work}; {args.runs} runs per figure", flush=True)
        if load_before[0] > 0.5:
            print(f"warning: load average is {load_before[0]:.1f}; other processes compete for the cores "
                  "and wall times will be high (CPU times are less affected)", flush=True)
        print(flush=True)
        report = Report(facts=facts)
        bench_cold(report, work, content, args.runs)
        bench_warm(report, content, args.warm_runs)
        bench_batch(report, work, content, args.runs, editions)
        bench_nochange(report, work, content, args.runs)
        if not args.skip_scale:
            bench_scale(report, work, content, args.scale_runs, args.editions, args.small_brands)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    command = "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    load = f"load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after"
    print(f"\n## Results ({command.strip()}; {facts['cores']} cores, Python {facts['python']}, "
          f"ReportLab {facts['reportlab']}; medians of {args.runs} runs; "
          f"{time.perf_counter() - started:.0f} s in all; {load})\n")
    print(report.markdown())
    missed = [row.label.split(" ")[0] for row in report.rows if row.passed is False]
    print(f"\n{len(missed)} target(s) missed{': ' + ', '.join(missed) if missed else ''}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
