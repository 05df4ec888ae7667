"""Benchmark: math rendered at build time (KaTeX, this site) against the same
pages with the MathJax recipe from the Material for MkDocs documentation.

Run it with `python3 tasks.py bench`. It works on a copy of the project in a
temporary folder, so nothing in the checkout changes. Both variants are served
from 127.0.0.1 and loaded in Chromium with an empty cache, alternating which
goes first; every number reported is a median. MathJax comes from the npm
registry (pinned and hash-checked) and is served locally, like KaTeX: no CDN.

Measured per page load: time until every formula on the first screen is in
its final form with its fonts loaded; the same for every formula on the page;
the end of the last long task on the main thread; cumulative layout shift;
gzip bytes of math assets and of the whole page. Measured per build: build
time per formula. Measured on `mkdocs serve`: live-reload latency after a page
edit, and after a snippet edit (edit, `tasks.py outputs`, rebuild, reload).
"""

import argparse
import contextlib
import gzip
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from browser import find_chromium, launch
from site_server import serving

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tasks import CHECKS, npm_package

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / "benchmark"
MATHJAX_VERSION = "3.2.2"
MATHJAX_INTEGRITY = (
    "sha512-Bt+SSVU8eBG27zChVewOicYs7Xsdt40qm4+UpHyX7k0/O9NliPc+x77k1/FEsPsjK"
    "PZGJvtRZM1vO+geW0OhGw=="
)
# The editable install points at the real checkout, not at the copy.
ELSEWHERE = "not helpers_import_without_pythonpath"
PAGES = [
    "",
    "notation/",
    "index-notation/",
    "jacobian-tensor/",
    "chain-rule-order/",
    "activations/",
    "two-layer-network/",
]
# The recipe from Material's documentation (reference/math/#mathjax),
# with MathJax served from the site instead of unpkg.
MATHJAX_CONFIG = """window.MathJax = {
  tex: {
    inlineMath: [["\\\\(", "\\\\)"]],
    displayMath: [["\\\\[", "\\\\]"]],
    processEscapes: true,
    processEnvironments: true
  },
  options: {
    ignoreHtmlClass: ".*|",
    processHtmlClass: "arithmatex"
  }
};

document$.subscribe(() => {
  MathJax.startup.output.clearCache()
  MathJax.typesetClear()
  MathJax.texReset()
  MathJax.typesetPromise()
})
"""
# Runs in the page before its own scripts: records layout shifts, long
# tasks, and the first frames at which the math is final.
PROBE = """
window.bench = {shift: 0, busyUntil: 0, firstScreen: null, allMath: null};
new PerformanceObserver(list => {
  for (const e of list.getEntries())
    if (!e.hadRecentInput) bench.shift += e.value;
}).observe({type: "layout-shift", buffered: true});
new PerformanceObserver(list => {
  for (const e of list.getEntries())
    bench.busyUntil = Math.max(bench.busyUntil, e.startTime + e.duration);
}).observe({type: "longtask", buffered: true});
let steady = {firstScreen: 0, allMath: 0};
function final(el) {
  return el.matches(".katex") || el.querySelector(".katex, mjx-container");
}
function check() {
  const math = [...document.querySelectorAll(".arithmatex, .katex")]
    .filter(el => !el.parentElement.closest(".katex, .arithmatex"));
  const onScreen = math.filter(el => {
    const box = el.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  });
  const fonts = document.fonts.status === "loaded";
  const now = performance.now();
  for (const [key, set] of [["firstScreen", onScreen], ["allMath", math]]) {
    const done = math.length > 0 && fonts && set.every(final);
    steady[key] = done ? steady[key] + 1 : 0;  // two frames in a row
    if (bench[key] === null && steady[key] === 2) bench[key] = now;
  }
  if (bench.allMath === null) requestAnimationFrame(check);
}
requestAnimationFrame(check);
"""


def median(values):
    return statistics.median(values) if values else float("nan")


def copy_project(target):
    skip = {".git", ".venv", ".cache", "site", ".pytest_cache"}
    shutil.copytree(
        ROOT,
        target,
        ignore=lambda folder, names: skip if Path(folder) == ROOT else set(),
    )


def fetch_mathjax():
    """MathJax's combined component and fonts, from the npm registry."""
    folder = CACHE / f"mathjax-{MATHJAX_VERSION}"
    if (folder / "tex-mml-chtml.js").exists():
        return folder
    with npm_package("mathjax", MATHJAX_VERSION, MATHJAX_INTEGRITY) as archive:
        for member in archive.getmembers():
            name = member.name.removeprefix("package/es5/")
            if name == "tex-mml-chtml.js" or (
                name.startswith("output/chtml/fonts/woff-v2/")
                and member.isfile()
            ):
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.extractfile(member).read())
    return folder


def mathjax_config(project, mathjax):
    """An mkdocs.yml for the same pages, with MathJax instead of the hook."""
    docs = project / "docs-mathjax"
    shutil.copytree(project / "docs", docs)
    shutil.copytree(mathjax, docs / "assets" / "mathjax")
    (docs / "assets" / "mathjax" / "config.js").write_text(MATHJAX_CONFIG)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace(
        "  - hooks/katex_math.py  # render math at build time\n", ""
    )
    text = "docs_dir: docs-mathjax\n" + text
    text = text.replace(
        "extra_css:",
        "extra_javascript:\n  - assets/mathjax/config.js\n"
        "  - assets/mathjax/tex-mml-chtml.js\nextra_css:",
    )
    config = project / "mkdocs-mathjax.yml"
    config.write_text(text, encoding="utf-8")
    return config


def check_then_build(project, site, env):
    """What `tasks.py build` runs (without setting up .venv): seconds."""
    start = time.perf_counter()
    for command in (
        [
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            ELSEWHERE,
            *CHECKS,
        ],
        ["-m", "mkdocs", "build", "-q", "-d", str(site)],
    ):
        run(command, project, env)
    return time.perf_counter() - start


def run(arguments, project, env):
    """Run Python with these arguments in the copy; stop with its output."""
    result = subprocess.run(
        [sys.executable, *map(str, arguments)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.exit(
            f"{' '.join(arguments)} failed:\n{result.stdout}{result.stderr}"
        )


def build(project, config, site, env):
    start = time.perf_counter()
    run(["-m", "mkdocs", "build", "-q", "-f", config, "-d", site], project, env)
    return time.perf_counter() - start


def count_formulas(site):
    return sum(
        page.read_text(encoding="utf-8").count('<span class="katex">')
        for page in site.rglob("*.html")
    )


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=6))


def load(browser, url):
    """One cold page load; returns its timings and byte counts."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(PROBE)
    page = context.new_page()
    sizes = {}

    def record(response):
        # Redirects and aborted requests have no body.
        with contextlib.suppress(Exception):
            sizes[response.url] = gzip_size(response.body())

    page.on("response", record)
    page.goto(url, wait_until="load")
    page.wait_for_function("bench.allMath !== null", timeout=30_000)
    page.wait_for_timeout(1000)  # let late layout shifts arrive
    result = page.evaluate("bench")
    context.close()
    math_bytes = sum(
        size
        for url, size in sizes.items()
        if re.search(r"/(katex|mathjax)/", url)
    )
    return {
        "first screen (ms)": result["firstScreen"],
        "all math (ms)": result["allMath"],
        "main thread busy until (ms)": result["busyUntil"],
        "layout shift (CLS)": result["shift"],
        "math assets (KB gzip)": math_bytes / 1024,
        "page weight (KB gzip)": sum(sizes.values()) / 1024,
    }


def measure_pages(browser, bases, rounds):
    results = {name: {} for name in bases}
    for round_number in range(rounds):
        order = list(bases) if round_number % 2 == 0 else list(bases)[::-1]
        for path in PAGES:
            for name in order:
                for metric, value in load(browser, bases[name] + path).items():
                    results[name].setdefault(metric, []).append(value)
    return {
        name: {metric: median(values) for metric, values in metrics.items()}
        for name, metrics in results.items()
    }


def measure_live_reload(project, browser, env, rounds):
    """Seconds from saving a file under `mkdocs serve` until the open page
    shows the change: after a page edit, and after a snippet edit followed by
    `tasks.py outputs` (the pytest command it runs)."""
    page_source = project / "docs" / "chain-rule-order.md"
    snippet = project / "snippets" / "chain-rule-order" / "example.py"
    originals = {
        path: path.read_text(encoding="utf-8")
        for path in (page_source, snippet)
    }
    regenerate = [
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/test_snippets.py",
        "--regen-all",
        "-k",
        ELSEWHERE,
    ]

    def edit_page(marker):
        page_source.write_text(originals[page_source] + f"\n{marker}\n")

    def edit_snippet(marker):
        snippet.write_text(originals[snippet] + f'\nprint("{marker}")\n')
        run(regenerate, project, env)

    with socket.socket() as probe:  # a free port for mkdocs serve
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--livereload",
            "-a",
            f"127.0.0.1:{port}",
        ],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    latencies = {"page": [], "snippet": []}
    try:
        page = browser.new_page()
        url = f"http://127.0.0.1:{port}/matrix-calculus-for-backprop/chain-rule-order/"
        for _ in range(120):  # the first build runs the notebook
            try:
                page.goto(url)
                break
            except Exception:
                time.sleep(0.5)
        for attempt in range(rounds):
            for kind, edit in (("page", edit_page), ("snippet", edit_snippet)):
                marker = f"reload marker {kind} {attempt}"
                start = time.perf_counter()
                edit(marker)
                page.wait_for_function(
                    f"document.body?.innerText.includes({marker!r})",
                    timeout=60_000,
                )
                latencies[kind].append(time.perf_counter() - start)
    finally:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")
        server.terminate()
        server.wait()
    return {kind: median(values) for kind, values in latencies.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        sys.exit("Chromium not found; see README.md")
    mathjax = fetch_mathjax()
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}

    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "project"
        copy_project(project)

        pipeline = check_then_build(project, Path(folder) / "pipeline", env)

        sites = {
            "KaTeX at build time": Path(folder) / "katex",
            "MathJax recipe": Path(folder) / "mathjax",
        }
        configs = {
            "KaTeX at build time": project / "mkdocs.yml",
            "MathJax recipe": mathjax_config(project, mathjax),
        }
        build_times = {name: [] for name in sites}
        for _ in range(3):
            for name in sites:
                build_times[name].append(
                    build(project, configs[name], sites[name], env)
                )
        formulas = count_formulas(sites["KaTeX at build time"])
        extra = median(build_times["KaTeX at build time"]) - median(
            build_times["MathJax recipe"]
        )

        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = launch(playwright, chromium)
            with (
                serving(sites["KaTeX at build time"]) as katex_base,
                serving(sites["MathJax recipe"]) as mathjax_base,
            ):
                bases = {
                    "KaTeX at build time": katex_base,
                    "MathJax recipe": mathjax_base,
                }
                pages = measure_pages(browser, bases, arguments.rounds)
            reload = measure_live_reload(project, browser, env, 3)
            browser.close()

    report(
        pages, formulas, extra, build_times, pipeline, reload, arguments.rounds
    )


def report(pages, formulas, extra, build_times, pipeline, reload, rounds):
    ours, theirs = pages["KaTeX at build time"], pages["MathJax recipe"]
    lines = [
        f"Medians over {len(PAGES)} pages × {rounds} cold loads each, "
        "1280×800, Chromium, served from 127.0.0.1.",
        "",
        "| metric | KaTeX at build time | MathJax recipe | target |",
        "| --- | ---: | ---: | --- |",
    ]
    targets = {
        "first screen (ms)": "≤ 600, and ≥ 2× sooner",
        "layout shift (CLS)": "≤ 0.01",
        "math assets (KB gzip)": "≤ 130",
    }
    for metric in ours:
        decimals = 3 if "CLS" in metric else 0
        lines.append(
            f"| {metric} | {ours[metric]:.{decimals}f} | "
            f"{theirs[metric]:.{decimals}f} | {targets.get(metric, '')} |"
        )
    ratio = theirs["first screen (ms)"] / ours["first screen (ms)"]
    katex_build = median(build_times["KaTeX at build time"])
    mathjax_build = median(build_times["MathJax recipe"])
    lines += [
        "",
        f"- Final math on the first screen {ratio:.1f}× sooner than MathJax.",
        f"- Build: {katex_build:.2f} s with KaTeX, {mathjax_build:.2f} s "
        f"without; {formulas} formulas, so {1000 * extra / formulas:.2f} ms "
        "per formula (target ≤ 3).",
        f"- Check-then-build pipeline (`tasks.py build`): {pipeline:.1f} s "
        "(target ≤ 30).",
        f"- Live reload: {reload['page']:.1f} s after a page edit; "
        f"{reload['snippet']:.1f} s after a snippet edit, including "
        "`tasks.py outputs`.",
    ]
    text = "\n".join(lines)
    print(text)
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / "results.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
