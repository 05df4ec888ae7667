"""Render every formula at build time with KaTeX: pages ship finished math.

Pages write TeX for pymdownx.arithmatex (generic mode), which leaves
`\\(...\\)` and `\\[...\\]` in the HTML (notebook pages too: see
hooks/notebook_pages.py). After the search plugin has indexed a page,
this hook replaces each formula with KaTeX's HTML, so no math JavaScript
reaches the reader. hooks/math_fonts.py preloads the fonts the formulas use,
and hooks/math_search.py makes the TeX in the search index readable.

KaTeX runs in V8 through mini-racer, loaded once per build from the vendored
copy in vendor/katex/ (the CSS and fonts the pages load come from the same
download, so they always match the renderer). A TeX error stops the build,
naming the page, the line and the formula of every error in the site.
"""

import html
import json
import re
from functools import cache
from pathlib import Path

from layout import KATEX, root_of
from math_fonts import with_font_preloads
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from pages import TEX_MACROS

STYLESHEET = "assets/katex/katex.min.css"

ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])"
    r"</(?P=tag)>",
    re.DOTALL,
)

# Punctuation written against an inline formula stays on the formula's line.
# The parts of KaTeX's formula are inline blocks, and a browser may break a
# line before or after one even next to a comma: the next line would start
# with the comma, or "(" end the line before. Such a pair goes in a span that
# does not wrap (extra.css) where the formula cannot break anyway (one part:
# no relation or operator for KaTeX to break after) or is short enough to fit
# any line: SHORT characters, at most about 200 px. A longer formula keeps
# its breaks, and a phone's line its width.
TIGHT_INLINE = re.compile(
    r"(?P<before>[(\[“‘\"]?)"
    r'<span class="arithmatex">\\\((?P<inline>.*?)\\\)</span>'
    r"(?P<after>(?:['’]s\b|[.,;:!?)\]”’\"]+)?)",
    re.DOTALL,
)
PART = 'class="katex-base"'
SHORT = 10
PICTURE = '<span class="katex-html" aria-hidden="true">'
TAG = re.compile(r"<[^>]*>")


def shown_length(rendered):
    """How many characters a formula shows, subscripts included."""
    picture = rendered.split(PICTURE, 1)[1]
    return len(html.unescape(TAG.sub("", picture)).replace("\u200b", ""))


class TexError(Exception):
    pass


@cache
def katex():
    """A V8 context with KaTeX loaded, and a function that calls it."""
    from py_mini_racer import MiniRacer

    context = MiniRacer()
    context.eval((KATEX / "katex.min.js").read_text(encoding="utf-8"))
    # Many formulas per call, as JSON: a call costs more than most formulas.
    # Errors come back as values: mini-racer's exceptions carry the stack.
    render = context.eval(
        """(formulas, macros) => JSON.stringify(JSON.parse(formulas).map(
            ([tex, displayMode]) => {
                try {
                    return katex.renderToString(tex, {
                        displayMode,
                        macros: JSON.parse(macros),  // fresh for each formula
                        throwOnError: true,
                        strict: "error",
                    });
                } catch (error) {
                    return {error: String(error.message)};
                }
            }))"""
    )
    return context, render


# KaTeX's HTML, or its error, for each (tex, display) rendered in this build:
# the same formula recurs across pages and on the whole-book page.
RENDERED = {}


def render_all(formulas):
    """Render the (tex, display) formulas not rendered yet, in one call."""
    new = [
        formula
        for formula in dict.fromkeys(formulas)
        if formula not in RENDERED
    ]
    if new:
        _, call = katex()
        # The site's macros (tools/pages.py), which KaTeX expands first.
        results = call(json.dumps(new), json.dumps(TEX_MACROS))
        RENDERED.update(zip(new, json.loads(results), strict=True))


def render(tex, display):
    """KaTeX's HTML for one formula; raises TexError if KaTeX rejects it."""
    render_all([(tex, display)])
    result = RENDERED[tex, display]
    if isinstance(result, str):
        return result
    raise TexError(result["error"])


def tex_of(match):
    """The (tex, display) of an ARITHMATEX match."""
    if match["inline"] is not None:
        return html.unescape(match["inline"]), False
    return html.unescape(match["display"]), True


def katex_version():
    context, _ = katex()
    return context.eval("katex.version")


def where(page, tex, root):
    """'docs/page.md:12': the file and line of a formula, as far as found."""
    if page is None:
        return "a page written after the others"
    source = page.file.abs_src_path
    if source is None or not Path(source).exists():
        return f"docs/{page.file.src_uri}"
    path = Path(source)
    name = (
        path.relative_to(root).as_posix()
        if path.is_relative_to(root)
        else source
    )
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":  # sources are JSON strings there
        text = text.replace("\\\\", "\\")
    # With its delimiters first: the bare TeX may occur inside other formulas.
    for candidate in (
        f"${tex}$",
        f"\\({tex}\\)",
        tex,
        tex.strip().split("\n")[0],
    ):
        index = text.find(candidate)
        if index >= 0:
            return f"{name}:{text.count(chr(10), 0, index) + 1}"
    return name


class PageRenderer:
    """Renders the formulas of one page, collecting every error."""

    def __init__(self, page, root):
        self.page = page
        self.root = root
        self.errors = []

    def formula(self, tex, display):
        try:
            return render(tex, display)
        except TexError as error:
            place = where(self.page, tex, self.root)
            self.errors.append(f"{place}: {error}\n    {tex.strip()}")
            return html.escape(tex)

    def arithmatex(self, content):
        def replace(match):
            tex, display = tex_of(match)
            rendered = self.formula(tex, display)
            if display:
                return f'<div class="arithmatex">{rendered}</div>'
            return rendered

        def keep_with_punctuation(match):
            rendered = RENDERED[tex_of(match)]
            fits = isinstance(rendered, str) and (
                rendered.count(PART) == 1 or shown_length(rendered) <= SHORT
            )
            if fits and (match["before"] or match["after"]):
                return f'<span class="math-and-punctuation">{match[0]}</span>'
            return match[0]

        render_all(map(tex_of, ARITHMATEX.finditer(content)))
        content = TIGHT_INLINE.sub(keep_with_punctuation, content)
        return ARITHMATEX.sub(replace, content)


def on_config(config):
    config.extra_css.insert(0, STYLESHEET)
    return config


def on_files(files, config):
    for path in sorted(KATEX.rglob("*")):
        if path.suffix in (".css", ".woff2"):
            name = path.relative_to(KATEX).as_posix()
            files.append(
                File(
                    f"katex/{name}",
                    src_dir=str(KATEX.parent),
                    dest_dir=config.site_dir,
                    use_directory_urls=False,
                    dest_uri=f"assets/katex/{name}",
                )
            )
    return files


ERRORS = []  # every TeX error of the build, reported together at its end


def on_pre_build(config):
    ERRORS.clear()


@event_priority(-100)  # after the search plugin has indexed the TeX source
def on_page_context(context, page, config, nav):
    renderer = PageRenderer(page, root_of(config))
    page.content = renderer.arithmatex(page.content)
    ERRORS.extend(renderer.errors)
    return context


@event_priority(-100)  # after the plugins' own post-build work
def on_post_build(config):
    """Stop the build if any formula failed, naming every one; else finish
    the whole-book page."""
    if ERRORS:
        raise PluginError(
            "KaTeX cannot render these formulas:\n"
            + "\n".join(ERRORS)
            + "\nFix the TeX; KaTeX's supported functions are listed at "
            "https://katex.org/docs/supported"
        )
    render_whole_book(config)


def render_whole_book(config):
    """print-site's whole book on one page is written after all others,
    from their HTML before this hook saw it: its math is rendered here.
    (Handing print-site finished math instead makes it crawl: it scans each
    page's HTML once per anchor, and KaTeX's HTML is large.)"""
    print_site = config.plugins.get("print-site")
    if print_site is None or not print_site.config["enabled"]:
        return  # the preview leaves the whole book out
    page = print_site.print_page
    path = Path(page.file.abs_dest_path)
    renderer = PageRenderer(page=None, root=None)
    html = renderer.arithmatex(path.read_text(encoding="utf-8"))
    if renderer.errors:  # each formula was rendered on its own page too
        raise PluginError("\n".join(renderer.errors))
    base = "../" * page.file.url.count("/")
    path.write_text(with_font_preloads(html, base), encoding="utf-8")
