"""Benchmark: math rendered at build time (KaTeX, this site) against the same
pages typeset in the browser by the MathJax recipe of Material's documentation,
and the weight of every page.

    python3 tasks.py bench [--rounds 5]

It builds a copy of the project twice in a temporary folder (nothing in the
checkout changes): as it is, and with the KaTeX hook replaced by MathJax,
served from the site like KaTeX (pinned and hash-checked by tools/vendor.py;
no CDN). Both are served from 127.0.0.1 and loaded cold in Chromium at
1280×800, alternating which goes first; every time reported is a median.
Per page load it measures when the HTML is parsed, when the theme's scripts
have run, when the last font arrives, when every formula on the first screen
is final, when the main thread is last busy, and the layout shift; per
page, the gzip weight of its HTML; per build, the time per formula.
Results go to .cache/benchmark/results.md.
"""

import argparse
import contextlib
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from browser import find_chromium, launch
from layout import ROOT, SKIP_CHECKED_GATE, build_site, copy_project
from site_server import serving, settings, site_url

from vendor import PACKAGES, unpack

RESULTS = ROOT / ".cache" / "benchmark" / "results.md"
VARIANTS = ("KaTeX at build time", "MathJax recipe")
# Material's recipe (reference/math/#mathjax), MathJax served by the site.
MATHJAX_CONFIG = """window.MathJax = {
  tex: {inlineMath: [["\\\\(", "\\\\)"]], displayMath: [["\\\\[", "\\\\]"]],
        processEscapes: true, processEnvironments: true},
  options: {ignoreHtmlClass: ".*|", processHtmlClass: "arithmatex"}
};
document$.subscribe(() => {
  MathJax.startup.output.clearCache()
  MathJax.typesetClear()
  MathJax.texReset()
  MathJax.typesetPromise()
})
"""
# Runs in each page before its own scripts; `bench` collects the times.
PROBE = """
window.bench = {shift: 0, busyUntil: 0, firstScreen: null};
new PerformanceObserver(list => {
  for (const e of list.getEntries())
    if (!e.hadRecentInput) bench.shift += e.value;
}).observe({type: "layout-shift", buffered: true});
new PerformanceObserver(list => {
  for (const e of list.getEntries())
    bench.busyUntil = Math.max(bench.busyUntil, e.startTime + e.duration);
}).observe({type: "longtask", buffered: true});
let steady = 0;  // frames in a row with the first screen's math final
function check() {
  const math = [...document.querySelectorAll(".arithmatex, .katex")]
    .filter(el => !el.parentElement.closest(".katex, .arithmatex"));
  const onScreen = math.filter(el => {
    const box = el.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  });
  const final = el =>
    el.matches(".katex") || el.querySelector(".katex, mjx-container");
  const done = document.fonts.status === "loaded" && onScreen.every(final);
  steady = done ? steady + 1 : 0;
  if (steady === 2) bench.firstScreen = performance.now();
  else requestAnimationFrame(check);
}
requestAnimationFrame(check);
"""


def mathjax_config(project):
    """An mkdocs.yml for the same pages, with MathJax instead of the hook."""
    unpack(PACKAGES["mathjax"], project / "docs" / "assets" / "mathjax")
    (project / "docs" / "assets" / "mathjax" / "config.js").write_text(
        MATHJAX_CONFIG
    )
    hooks = settings(project / "mkdocs.yml")["hooks"]
    config = project / "mkdocs-mathjax.yml"
    config.write_text(
        "INHERIT: mkdocs.yml\n"
        f"hooks: {[hook for hook in hooks if 'katex' not in hook]}\n"
        "extra_javascript:\n"
        "  - assets/mathjax/config.js\n"
        "  - assets/mathjax/tex-mml-chtml.js\n"
    )
    return config


def build(project, site, *arguments):
    """Seconds to build; the outputs' check is not what is measured."""
    start = time.perf_counter()
    env = os.environ | {SKIP_CHECKED_GATE: "1"}
    status, log = build_site(project, site, *arguments, env=env)
    if status != 0:
        sys.exit(f"mkdocs build failed:\n{log}")
    return time.perf_counter() - start


def pages(site):
    """Every page's path, from the sitemap."""
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    return [
        line.strip()[5:-6].removeprefix(site_url())
        for line in text.splitlines()
        if line.strip().startswith("<loc>")
    ]


def html_weight(site, path):
    html = (site / path / "index.html").read_bytes()
    return len(gzip.compress(html, compresslevel=6)) / 1024


def load(browser, url):
    """One cold load: the probe's times, in ms since navigation."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(PROBE)
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.wait_for_function("bench.firstScreen !== null", timeout=30_000)
    page.wait_for_timeout(500)  # let late layout shifts and long tasks arrive
    result = page.evaluate(
        """() => {
            const [navigation] = performance.getEntriesByType("navigation");
            const fonts = performance.getEntriesByType("resource")
                .filter(e => /\\.woff2?$/.test(e.name)).map(e => e.responseEnd);
            return {...bench, parsed: navigation.domInteractive,
                    scripts: navigation.domContentLoadedEventEnd,
                    fonts: Math.max(0, ...fonts)};
        }"""
    )
    context.close()
    return {
        "HTML parsed (ms)": result["parsed"],
        "theme scripts run (ms)": result["scripts"],
        "last font loaded (ms)": result["fonts"],
        "first screen's math final (ms)": result["firstScreen"],
        "main thread busy until (ms)": result["busyUntil"],
        "layout shift (CLS)": result["shift"],
    }


def measure(browser, bases, paths, rounds):
    samples = {name: {} for name in bases}
    for round_number in range(rounds):
        order = list(bases)[:: 1 if round_number % 2 == 0 else -1]
        for path in paths:
            for name in order:
                for metric, value in load(browser, bases[name] + path).items():
                    samples[name].setdefault(metric, []).append(value)
    return {
        name: {metric: statistics.median(v) for metric, v in metrics.items()}
        for name, metrics in samples.items()
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    chromium = find_chromium()
    if chromium is None:
        sys.exit("Chromium not found; see README.md")
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder) / "project")
        sites = {
            name: Path(folder) / f"site-{i}" for i, name in enumerate(VARIANTS)
        }
        configs = [[], ["--config-file", str(mathjax_config(project))]]
        times = {name: [] for name in VARIANTS}
        for _ in range(3):
            for (name, site), arguments in zip(
                sites.items(), configs, strict=True
            ):
                times[name].append(build(project, site, *arguments))
        ours = sites[VARIANTS[0]]
        paths = pages(ours)
        formulas = sum(
            (ours / path / "index.html").read_text().count('class="katex"')
            for path in paths
        )
        weights = {path: html_weight(ours, path) for path in paths}

        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright, contextlib.ExitStack() as stack:
            browser = launch(playwright, chromium)
            bases = {
                name: stack.enter_context(serving(site))
                for name, site in sites.items()
            }
            results = measure(browser, bases, paths, rounds)
            browser.close()
    report(results, times, formulas, weights, len(paths), rounds)


def report(results, times, formulas, weights, page_count, rounds):
    ours, theirs = (results[name] for name in VARIANTS)
    lines = [
        f"Medians over {page_count} pages × {rounds} cold loads, 1280×800, "
        "Chromium, served from 127.0.0.1.",
        "",
        f"| metric | {VARIANTS[0]} | {VARIANTS[1]} |",
        "| --- | ---: | ---: |",
    ]
    for metric in ours:
        digits = 3 if "CLS" in metric else 0
        lines.append(
            f"| {metric} | {ours[metric]:.{digits}f} | "
            f"{theirs[metric]:.{digits}f} |"
        )
    key = "first screen's math final (ms)"
    build_ms = 1000 * (
        statistics.median(times[VARIANTS[0]])
        - statistics.median(times[VARIANTS[1]])
    )
    pages = {
        path: kb for path, kb in weights.items() if "workbooks/" not in path
    }
    notebooks = {path: kb for path, kb in weights.items() if path not in pages}
    median_weight = statistics.median(pages.values())
    heaviest = max(notebooks.values(), default=0) / median_weight
    lines += [
        "",
        f"- First screen's math final {theirs[key] / ours[key]:.1f}× sooner "
        "with KaTeX at build time (target ≥ 2×).",
        f"- Build time per formula: {build_ms / formulas:.2f} ms "
        f"({formulas} formulas).",
        f"- HTML weight per page, gzip: median {median_weight:.1f} KB, "
        f"heaviest {max(pages.values()):.1f} KB (target ≤ 60 KB); the "
        f"heaviest notebook page is {heaviest:.1f}× the median (target "
        "≤ 2×).",
        "",
        "| page | HTML (KB gzip) |",
        "| --- | ---: |",
        *(f"| /{path} | {kb:.1f} |" for path, kb in weights.items()),
    ]
    text = "\n".join(lines)
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
