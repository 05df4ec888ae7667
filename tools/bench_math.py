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
is final, when the main thread is last busy, the layout shift and the DOM's
elements; per page, the gzip weight of its HTML and the layout shift over a
scroll from top to bottom (once, at the end); per build, the time per
formula. It reports every page, compares the longest chapter with the
shortest, and says which of the targets (TARGETS) hold, with what each
timed target comes to in each round alone: on a shared machine one run can
move a ratio by a tenth.
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
CHECKS = ROOT / "tests" / "in_the_browser.js"  # checks.scrollToTheEnd()
VARIANTS = ("KaTeX at build time", "MathJax recipe")
FIRST_SCREEN = "first screen's math final (ms)"
PARSED = "HTML parsed (ms)"
BUSY = "main thread busy until (ms)"
ELEMENTS = "DOM elements"
# The targets (#17): KaTeX against MathJax, the longest chapter
# against the shortest, and limits on every page.
TARGETS = {
    "first screen sooner than MathJax": 3.0,  # at least, × (median of pages)
    "main thread busy, × MathJax's": 0.4,  # at most (median of pages)
    "busy, longest chapter × shortest": 1.3,  # at most
    "layout shift on load": 0.0,  # at most, every page
    "layout shift over a full scroll": 0.01,  # at most, every page
    "HTML per page (KB gzip)": 60,  # at most, every page
}
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
// Which formulas are on screen, the browser says with its own intersection
// checks. Asking each formula for its box instead would lay out every part
// of the page that the browser skips off screen (content-visibility), in
// every frame: the probe would cost more than what it measures.
const watched = new WeakSet();  // formulas given to the observer
const reported = new Set();  // formulas it has reported on
const shown = new Set();  // of those, the ones on screen
const onScreen = new IntersectionObserver(entries => {
  for (const {target, isIntersecting} of entries) {
    reported.add(target);
    if (isIntersecting) shown.add(target);
    else shown.delete(target);
  }
});
let steady = 0;  // frames in a row with the first screen's math final
// Until the HTML is parsed, formulas that will be on screen may not exist
// yet: a frame with none parsed would count as final.
function check() {
  const math = [...document.querySelectorAll(".arithmatex, .katex")]
    .filter(el => !el.parentElement.closest(".katex, .arithmatex"));
  for (const el of math)
    if (!watched.has(el)) {
      watched.add(el);
      onScreen.observe(el);
    }
  const final = el =>
    el.matches(".katex") || el.querySelector(".katex, mjx-container");
  const done = document.readyState !== "loading"
    && document.fonts.status === "loaded"
    && math.every(el => reported.has(el)) && [...shown].every(final);
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
                    fonts: Math.max(0, ...fonts),
                    elements: document.getElementsByTagName("*").length};
        }"""
    )
    context.close()
    return {
        PARSED: result["parsed"],
        "theme scripts run (ms)": result["scripts"],
        "last font loaded (ms)": result["fonts"],
        FIRST_SCREEN: result["firstScreen"],
        BUSY: result["busyUntil"],
        "layout shift (CLS)": result["shift"],
        ELEMENTS: result["elements"],
    }


def scroll_shift(browser, url):
    """The layout shift of one load and a scroll from top to bottom."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(path=CHECKS)
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready")
    shift = page.evaluate("checks.scrollToTheEnd()")
    context.close()
    return shift


def measure(browser, bases, paths, rounds):
    """{variant: {page: {metric: [its value in each round]}}}."""
    samples = {name: {path: {} for path in paths} for name in bases}
    for round_number in range(rounds):
        order = list(bases)[:: 1 if round_number % 2 == 0 else -1]
        for path in paths:
            for name in order:
                for metric, value in load(browser, bases[name] + path).items():
                    samples[name][path].setdefault(metric, []).append(value)
    return samples


def medians(samples):
    """{variant: {page: {metric: median over the rounds}}}."""
    return {
        name: {
            path: {metric: statistics.median(v) for metric, v in page.items()}
            for path, page in pages.items()
        }
        for name, pages in samples.items()
    }


def time_targets(results, longest, shortest):
    """The three timed targets' values, from {variant: {page: {metric}}}."""
    ours, theirs = (results[name] for name in VARIANTS)

    def median(pages, metric):
        return statistics.median(page[metric] for page in pages.values())

    return {
        "first screen sooner than MathJax": median(theirs, FIRST_SCREEN)
        / median(ours, FIRST_SCREEN),
        "main thread busy, × MathJax's": median(ours, BUSY)
        / median(theirs, BUSY),
        "busy, longest chapter × shortest": ours[longest][BUSY]
        / ours[shortest][BUSY],
    }


def each_round(samples, rounds):
    """The same {variant: {page: {metric}}} for each round alone."""
    return [
        {
            name: {
                path: {metric: v[r] for metric, v in page.items()}
                for path, page in pages.items()
            }
            for name, pages in samples.items()
        }
        for r in range(rounds)
    ]


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
            samples = measure(browser, bases, paths, rounds)
            shifts = {
                path: scroll_shift(browser, bases[VARIANTS[0]] + path)
                for path in paths
            }
            version = browser.version
            browser.close()
    report(samples, shifts, times, formulas, weights, rounds, version)


def report(samples, shifts, times, formulas, weights, rounds, version):
    results = medians(samples)
    ours, theirs = (results[name] for name in VARIANTS)
    paths = list(weights)
    overall = {
        name: {
            metric: statistics.median(page[metric] for page in pages.values())
            for metric in next(iter(pages.values()))
        }
        for name, pages in results.items()
    }
    lines = [
        f"Medians over {len(paths)} pages (each the median of {rounds} cold "
        f"loads), 1280×800, Chromium {version}, served from 127.0.0.1.",
        "",
        f"| metric | {VARIANTS[0]} | {VARIANTS[1]} |",
        "| --- | ---: | ---: |",
    ]
    for metric in overall[VARIANTS[0]]:
        digits = 3 if "CLS" in metric else 0
        lines.append(
            f"| {metric} | {overall[VARIANTS[0]][metric]:.{digits}f} | "
            f"{overall[VARIANTS[1]][metric]:.{digits}f} |"
        )
    chapters = [p for p in paths if p != "contributing/" and "/" not in p[:-1]]
    longest = max(chapters, key=lambda p: ours[p][ELEMENTS])
    shortest = min(chapters, key=lambda p: ours[p][ELEMENTS])
    found = time_targets(results, longest, shortest) | {
        "layout shift on load": max(
            ours[path]["layout shift (CLS)"] for path in paths
        ),
        "layout shift over a full scroll": max(shifts.values()),
        "HTML per page (KB gzip)": max(weights.values()),
    }
    build_ms = 1000 * (
        statistics.median(times[VARIANTS[0]])
        - statistics.median(times[VARIANTS[1]])
    )
    notebooks = [kb for path, kb in weights.items() if "workbooks/" in path]
    median_weight = statistics.median(
        kb for path, kb in weights.items() if "workbooks/" not in path
    )
    first_screen_ratio = (
        ours[longest][FIRST_SCREEN] / ours[shortest][FIRST_SCREEN]
    )
    busy_ratio = found["busy, longest chapter × shortest"]
    lines += [
        "",
        f"Longest chapter /{longest} against the shortest /{shortest}: first "
        f"screen {first_screen_ratio:.2f}×, main thread busy "
        f"{busy_ratio:.2f}×.",
        "",
        "| target | limit | found | each round alone | holds |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    # One run moves the timed targets by as much as their rounds differ.
    rounds_found = [
        time_targets(alone, longest, shortest)
        for alone in each_round(samples, rounds)
    ]
    for target, limit in TARGETS.items():
        at_least = target == "first screen sooner than MathJax"
        holds = found[target] >= limit if at_least else found[target] <= limit
        spread = "–"
        if target in rounds_found[0]:
            values = sorted(alone[target] for alone in rounds_found)
            spread = f"{values[0]:.3g}–{values[-1]:.3g}"
        lines.append(
            f"| {target} | {'≥' if at_least else '≤'} {limit:g} | "
            f"{found[target]:.3g} | {spread} | {'yes' if holds else '**no**'} |"
        )
    lines += [
        "",
        f"- Build time per formula: {build_ms / formulas:.2f} ms "
        f"({formulas} formulas).",
        f"- HTML weight per page, gzip: median {median_weight:.1f} KB; the "
        "heaviest notebook page is "
        f"{max(notebooks, default=0) / median_weight:.1f}× the median "
        "(target ≤ 2×).",
        "",
        "Per page (KaTeX / MathJax; times in ms; CLS over a scroll, KaTeX):",
        "",
        "| page | HTML (KB gzip) | DOM elements | first screen | HTML parsed "
        "| busy until | CLS scroll |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]

    for path in sorted(paths, key=lambda p: ours[p][ELEMENTS]):
        pairs = " | ".join(
            f"{ours[path][metric]:.0f} / {theirs[path][metric]:.0f}"
            for metric in (ELEMENTS, FIRST_SCREEN, PARSED, BUSY)
        )
        lines.append(
            f"| /{path} | {weights[path]:.1f} | {pairs} | {shifts[path]:.4f} |"
        )
    text = "\n".join(lines)
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
