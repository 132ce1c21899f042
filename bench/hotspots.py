"""Where brochure's time goes, for the targets bench/run.py reports as missed.

    python bench/hotspots.py                 # all sections
    python bench/hotspots.py imports warm    # some of them: imports, phases, warm, nochange

cold      one fresh process per tool, each step of a cold one-edition build timed in order (first-use
          costs such as imports, font registration and SVG parsing land in the step that pays them).
imports   python -X importtime of a cold one-edition build vs the plain ReportLab script: import time
          per top-level package, what brochure imports that the plain script does not, its own modules.
phases    wall time of each step of one warm make_pdf (checks, render) against the plain build.
warm      cProfile of warm make_pdf renders: the functions with the most own time.
nochange  cProfile of a whole no-change rebuild of the sample (a fresh process, imports included).

Like run.py it works on a copy of content.yaml and assets in a temporary folder.
"""
from __future__ import annotations

import cProfile
import io
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Callable

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402  (bench/run.py: workspace and environment helpers)

LANG, LAYOUT = bench.LANG, bench.LAYOUT


def importtime(cmd: list[str], work: Path) -> list[tuple[str, int, int]]:
    """(module, self µs, cumulative µs) for every import of `cmd`, after one run to fill the caches."""
    env = bench.child_environment(work)
    subprocess.run(cmd, cwd=work, env=env, capture_output=True, check=True)
    err = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], cwd=work, env=env,
                         capture_output=True, text=True, check=True).stderr
    rows = []
    for line in err.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", line)
        if match:
            rows.append((match.group(3), int(match.group(1)), int(match.group(2))))
    return rows


def by_package(rows: list[tuple[str, int, int]]) -> Counter:
    totals: Counter = Counter()
    for module, own, _ in rows:
        totals[module.split(".")[0]] += own
    return totals


def section_imports(work: Path, content: Path) -> None:
    brochure = [sys.executable, "-m", "brochure", "build", str(content), "--lang", LANG, "--layout", LAYOUT,
                "--jobs", "1", "--force", "-o", str(work / "out-imports")]
    plain = [sys.executable, str(bench.BENCH / "plain_reportlab.py"), str(content), str(work / "plain.pdf")]
    ours, theirs = importtime(brochure, work), importtime(plain, work)
    mine, base = by_package(ours), by_package(theirs)
    print(f"total import time: brochure {sum(mine.values()) / 1000:.0f} ms, plain script "
          f"{sum(base.values()) / 1000:.0f} ms (one run each; noisy to +-10%)\n")
    print("import time brochure spends beyond the plain script, by top-level package (own time of its modules):")
    extra = sorted(((own - base.get(name, 0), name) for name, own in mine.items()), reverse=True)
    for delta, name in extra[:20]:
        if delta > 1000:
            print(f"  {delta / 1000:6.1f} ms  {name}" + ("" if name in base else "   (not imported by the plain script)"))
    print("\nslowest imports by cumulative time (module and what it pulls in), brochure run:")
    seen = set()
    for module, _, total in sorted(ours, key=lambda row: -row[2]):
        top = module.split(".")[0]
        if top in seen and top != "brochure":
            continue
        seen.add(top)
        print(f"  {total / 1000:6.1f} ms  {module}")
        if len(seen) >= 20:
            break
    print("\nbrochure's own modules, own time (compiling excluded when .pyc files are cached):")
    for module, own, total in sorted((r for r in ours if r[0].startswith("brochure")), key=lambda r: -r[1])[:12]:
        print(f"  {own / 1000:6.1f} ms own, {total / 1000:6.1f} ms cumulative  {module}")


COLD_BROCHURE = """
import sys, time
t = [("start", time.perf_counter())]
def mark(name): t.append((name, time.perf_counter()))
from pathlib import Path
import brochure.cli; mark("import brochure.cli (click)")
from brochure import api; mark("import brochure.api (jsonschema, babel, ...)")
from brochure import source, schema, model
from brochure.batch import _plan_one
from brochure.project import Job
from brochure.cache import Cache
content, out = Path(sys.argv[1]), Path(sys.argv[2])
src = source.load(content, "content file"); mark("source.load (YAML with line numbers)")
problems = schema.validate(src, "content"); mark("schema.validate (JSON Schema)")
project = api.load_project(content); mark("load_project again, all warm (model, catalogs)")
job = Job("{lang}", "{layout}")
_plan_one(project, job, out, api.Options(force=True), Cache(out)); mark("edition_and_key (resolve + fingerprint)")
import brochure.render; mark("import brochure.render (reportlab, svglib, ...)")
edition, warnings = api.prepare(project, job); mark("prepare (resolve + glyph/contrast/image checks; font registration)")
_, pdf, _ = api.make_pdf(project, job); mark("make_pdf, first call (also prepares again)")
_, pdf, _ = api.make_pdf(project, job); mark("make_pdf, second call (warm)")
for (a, x), (b, y) in zip(t, t[1:]): print(f"{{(y - x) * 1000:7.1f}} ms  {{b}}")
print(f"{{(t[-1][1] - t[0][1]) * 1000:7.1f}} ms  total after interpreter start")
"""

COLD_PLAIN = """
import sys, time
t = [("start", time.perf_counter())]
def mark(name): t.append((name, time.perf_counter()))
from pathlib import Path
import yaml; mark("import yaml")
sys.path.insert(0, sys.argv[3])
import plain_reportlab as p; mark("import plain_reportlab (reportlab, svglib)")
content = Path(sys.argv[1])
data = yaml.safe_load(content.read_text(encoding="utf-8")); mark("yaml.safe_load")
p.register_fonts(); mark("register fonts")
p.build_pdf(data, content.parent, "{lang}"); mark("build_pdf, first call")
p.build_pdf(data, content.parent, "{lang}"); mark("build_pdf, second call (warm)")
for (a, x), (b, y) in zip(t, t[1:]): print(f"{{(y - x) * 1000:7.1f}} ms  {{b}}")
print(f"{{(t[-1][1] - t[0][1]) * 1000:7.1f}} ms  total after interpreter start")
"""


def section_cold(work: Path, content: Path) -> None:
    env = bench.child_environment(work)
    for name, script in (("brochure", COLD_BROCHURE), ("plain ReportLab script", COLD_PLAIN)):
        code = script.format(lang=LANG, layout=LAYOUT)
        cmd = [sys.executable, "-c", code, str(content), str(work / "out-cold"), str(bench.BENCH)]
        subprocess.run(cmd, cwd=work, env=env, capture_output=True, check=True)  # fill the bytecode cache
        result = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, check=True)
        print(f"{name}, one fresh process, steps in order:\n{result.stdout}")


def timed(task: Callable[[], object], runs: int) -> float:
    """Median wall time of `task` (after one warm-up call)."""
    task()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        task()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def section_phases(content: Path, runs: int) -> None:
    import plain_reportlab
    from brochure import api, assets, edition as editions, model
    from brochure.project import Job
    from brochure.checks.contrast import brand_contrast
    from brochure.checks.glyphs import missing_glyphs
    from brochure.i18n import language
    from brochure.render import render
    from brochure.pipeline import images_of
    from brochure.render.text.runs import font_runs

    options = api.Options()
    project = api.load_project(content, options)
    job = Job(LANG, LAYOUT)
    brochure, brand = project.brochure, project.brochure.brand
    chain = project.fonts.chain(brand.body_font)
    lang = language(LANG)
    edition, _ = api.prepare(project, job, options)
    layout = project.layouts.get(LAYOUT)
    texts = [t.get(LANG) for t in model.texts_of(brochure) if t.get(LANG)]
    data = yaml.safe_load(content.read_text(encoding="utf-8"))
    rows = [
        ("make_pdf (all of it)", lambda: api.make_pdf(project, job, options)),
        ("  prepare(): resolve + checks", lambda: api.prepare(project, job, options)),
        ("    edition.resolve", lambda: editions.resolve(brochure, LANG, None, False)),
        ("    checks.glyphs.missing_glyphs", lambda: missing_glyphs(brochure, brand, lang, chain)),
        ("    checks.contrast.brand_contrast", lambda: brand_contrast(brand)),
        ("    assets.check_images", lambda: assets.check_images(images_of(brochure, brand))),
        ("  render()", lambda: render(edition, layout, project.fonts)),
        ("    of which font_runs over every text (est.)", lambda: [font_runs(t, chain.families) for t in texts]),
        ("    of which assets.flowable (SVG parsed again)",
         lambda: assets.flowable(assets.picture(brand.logo, brand.location), 100, 100)),
        ("plain_reportlab.build_pdf", lambda: plain_reportlab.build_pdf(data, content.parent, LANG)),
    ]
    print(f"median wall time of {runs} calls each, one warm process (en, a4-leaflet):")
    for label, task in rows:
        print(f"  {timed(task, runs) * 1000:7.1f} ms  {label}")
    print(f"  ({sum(len(t) for t in texts)} characters of {LANG} text; the logo is drawn on 2 pages, "
          "the SVG figure once)")


def print_stats(source: cProfile.Profile | str, sort: str, limit: int) -> None:
    """The top `limit` functions of a profile (or a saved profile file), with shortened paths."""
    out = io.StringIO()
    pstats.Stats(source, stream=out).sort_stats(sort).print_stats(limit)
    text = out.getvalue()
    text = text.replace(str(Path(sys.prefix)) + "/lib/python3.11/site-packages/", "")
    text = text.replace(str(bench.REPO) + "/", "")
    print("\n".join(line[:150] for line in text.splitlines() if line.strip()))


def section_warm(content: Path, runs: int) -> None:
    from brochure import api
    from brochure.project import Job

    options = api.Options()
    project = api.load_project(content, options)
    job = Job(LANG, LAYOUT)
    api.make_pdf(project, job, options)
    print(f"cProfile of {runs} warm make_pdf renders (cProfile inflates many small Python calls; use the "
          "'phases' section for real proportions), by own time:")
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [api.make_pdf(project, job, options) for _ in range(runs)])
    print_stats(profiler, "tottime", 25)


def section_nochange(work: Path, content: Path) -> None:
    args = ["-m", "brochure", "build", str(content), "-o", str(work / "out-nochange")]
    env = bench.child_environment(work)
    for _ in range(2):  # build, then fill the bytecode cache with a no-change run
        subprocess.run([sys.executable, *args], cwd=work, env=env, capture_output=True, check=True)
    saved = work / "nochange.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(saved), *args], cwd=work, env=env,
                   capture_output=True, check=True)
    print("cProfile of one no-change rebuild of the sample (whole process, imports included), by cumulative time:")
    print_stats(str(saved), "cumulative", 40)


def main(argv: list[str]) -> int:
    sections = argv or ["cold", "imports", "phases", "warm", "nochange"]
    work = Path(tempfile.mkdtemp(prefix="brochure-profile-"))
    try:
        content = bench.make_workspace(work)
        for name in sections:
            print(f"\n==================== {name}\n", flush=True)
            if name == "cold":
                section_cold(work, content)
            elif name == "imports":
                section_imports(work, content)
            elif name == "phases":
                section_phases(content, 15)
            elif name == "warm":
                section_warm(content, 5)
            elif name == "nochange":
                section_nochange(work, content)
            else:
                print(f"unknown section {name!r}")
                return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
