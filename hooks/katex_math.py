"""Render every formula at build time with KaTeX: pages ship finished math.

Pages write TeX for pymdownx.arithmatex (generic mode), which leaves
`\\(...\\)` and `\\[...\\]` in the HTML (notebook pages too: see
hooks/notebook_pages.py). After the search plugin has indexed a page,
this hook replaces each formula with KaTeX's HTML, so no math JavaScript
reaches the reader; and once the search index is written, it rewrites the TeX
there as readable text (`\\frac{1}{m}` as 1/m, `\\odot` as ⊙), so that result
previews read like the page and a query such as `1/m` finds its sections.

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

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

VENDOR = Path(__file__).resolve().parents[1] / "vendor"  # beside this hook
KATEX = VENDOR / "katex"
STYLESHEET = "assets/katex/katex.min.css"

# Notation used across the site. KaTeX expands these before rendering.
MACROS = {
    r"\R": r"\mathbb{R}",
}

ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])"
    r"</(?P=tag)>",
    re.DOTALL,
)


class TexError(Exception):
    pass


@cache
def katex():
    """A V8 context with KaTeX loaded, and a function that calls it."""
    from py_mini_racer import MiniRacer

    context = MiniRacer()
    context.eval((KATEX / "katex.min.js").read_text(encoding="utf-8"))
    # Errors come back as values: mini-racer's exceptions carry the stack.
    render = context.eval(
        """(tex, displayMode, macros) => {
            try {
                return katex.renderToString(tex, {
                    displayMode,
                    macros: JSON.parse(macros),
                    throwOnError: true,
                    strict: "error",
                });
            } catch (error) {
                return {error: String(error.message)};
            }
        }"""
    )
    return context, render


@cache  # the same formula recurs across pages and on the whole-book page
def render(tex, display):
    """KaTeX's HTML for one formula; raises TexError if KaTeX rejects it."""
    _, call = katex()
    result = call(tex, display, json.dumps(MACROS))
    if isinstance(result, str):
        return result
    raise TexError(result["error"])


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
            if match["inline"] is not None:
                return self.formula(
                    html.unescape(match["inline"]), display=False
                )
            rendered = self.formula(
                html.unescape(match["display"]), display=True
            )
            return f'<div class="arithmatex">{rendered}</div>'

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
                    src_dir=str(VENDOR),
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
    renderer = PageRenderer(page, Path(config.config_file_path).parent)
    page.content = renderer.arithmatex(page.content)
    ERRORS.extend(renderer.errors)
    return context


@cache
def font_rules():
    """(classes, font file) for each rule of KaTeX's CSS that picks a font:
    an element carrying all those classes is drawn with that file."""
    import tinycss2

    css = (KATEX / "katex.min.css").read_text(encoding="utf-8")
    rules = tinycss2.parse_stylesheet(css, skip_comments=True)
    files = {}
    for rule in rules:
        if rule.type == "at-rule" and rule.lower_at_keyword == "font-face":
            declarations = declarations_of(rule)
            woff2 = next(
                token.value
                for token in declarations["src"]
                if token.type == "url" and token.value.endswith(".woff2")
            )
            files[font_key(declarations)] = woff2
    found = [(frozenset(), files[("KaTeX_Main", "normal", "400")])]  # .katex
    for rule in rules:
        if rule.type != "qualified-rule":
            continue
        key = font_key(declarations_of(rule))
        if key is None:
            continue
        for selector in split_on_commas(rule.prelude):
            found.append((styled_classes(selector) - {"katex"}, files[key]))
    return found


def declarations_of(rule):
    """{property: value tokens} of a rule."""
    import tinycss2

    return {
        declaration.lower_name: declaration.value
        for declaration in tinycss2.parse_blocks_contents(
            rule.content, skip_whitespace=True, skip_comments=True
        )
        if declaration.type == "declaration"
    }


def split_on_commas(tokens):
    selector = []
    for token in tokens:
        if token.type == "literal" and token.value == ",":
            yield selector
            selector = []
        else:
            selector.append(token)
    yield selector


def styled_classes(selector):
    """The classes of the element a selector styles: its last compound part
    that names a class (".delim-size1>span" styles spans inside
    .delim-size1)."""
    compounds, current, after_dot = [], set(), False
    for token in selector:
        if token.type == "whitespace" or (
            token.type == "literal" and token.value in ">+~"
        ):
            compounds.append(current)
            current = set()
        elif after_dot and token.type == "ident":
            current.add(token.value)
        after_dot = token.type == "literal" and token.value == "."
    compounds.append(current)
    return frozenset(next((c for c in reversed(compounds) if c), set()))


def font_key(declarations):
    """(family, style, weight) a CSS rule sets, or None if no KaTeX font."""
    family = next(
        (
            token.value
            for token in declarations.get("font-family", [])
            if token.type in ("ident", "string")
        ),
        "",
    )
    italic = any(
        token.type == "ident" and token.value == "italic"
        for token in declarations.get("font-style", [])
    )
    bold = any(
        getattr(token, "representation", token.value) in ("700", "bold")
        for token in declarations.get("font-weight", [])
        if token.type in ("ident", "number")
    )
    if not family.startswith("KaTeX_") and not (italic or bold):
        return None
    # A rule that sets only weight or style (.textbf) keeps KaTeX_Main.
    family = family if family.startswith("KaTeX_") else "KaTeX_Main"
    return family, "italic" if italic else "normal", "700" if bold else "400"


def fonts_for(html):
    """The KaTeX font files that the formulas in `html` will ask for."""
    elements = {
        frozenset(a.split()) for a in re.findall(r'class="([^"]*)"', html)
    }
    return sorted(
        {
            file
            for needed, file in font_rules()
            if any(needed <= classes for classes in elements)
        }
    )


def on_post_page(output, page, config):
    """Preload the fonts the page's formulas use: the browser fetches them
    with the stylesheet instead of after laying the page out."""
    return with_font_preloads(output, base=page.url.count("/") * "../")


def with_font_preloads(output, base):
    if 'class="katex' not in output:
        return output
    links = "".join(
        f'<link rel="preload" href="{base}assets/katex/{font}" as="font" '
        'type="font/woff2" crossorigin>'
        for font in fonts_for(output)
    )
    return output.replace("</head>", f"{links}</head>", 1)


# --- the search index --------------------------------------------------------

TEX_IN_TEXT = re.compile(
    r"\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\]", re.S
)


@cache
def text_converter():
    """pylatexenc's TeX-to-text converter, taught this site's macros."""
    from pylatexenc import latex2text, latexwalker
    from pylatexenc.latex2text import MacroTextSpec
    from pylatexenc.macrospec import MacroSpec

    parsing = latexwalker.get_default_latex_context_db()
    parsing.add_context_category(
        "site",
        prepend=True,
        macros=[MacroSpec(name, "{{") for name in ("tfrac", "dfrac")]
        + [MacroSpec("operatorname", "{")],
    )
    texts = latex2text.get_default_latex_context_db()
    texts.add_context_category(
        "site",
        prepend=True,
        macros=[
            MacroTextSpec("R", "ℝ"),  # MACROS
            MacroTextSpec("top", "ᵀ"),
            MacroTextSpec("prime", "′"),
            MacroTextSpec("odot", " ⊙ "),
            MacroTextSpec("otimes", " ⊗ "),
            MacroTextSpec("operatorname", "%s"),
            *(MacroTextSpec(name, "%s/%s") for name in ("tfrac", "dfrac")),
        ],
    )
    converter = latex2text.LatexNodes2Text(
        latex_context=texts, math_mode="text"
    )
    return parsing, converter


def readable(tex):
    """A formula as plain text: W^[2]ᵀ dZ^[2] ⊙ g^[1]′(Z^[1]), 1/m."""
    from pylatexenc.latexwalker import LatexWalker

    parsing, converter = text_converter()
    tex = html.unescape(tex).replace("'", r"\prime ")
    walker = LatexWalker(tex, latex_context=parsing, tolerant_parsing=True)
    text = converter.nodelist_to_text(walker.get_latex_nodes()[0])
    text = text.replace("^ᵀ", "ᵀ").replace("^′", "′")
    return html.escape(" ".join(text.split()), quote=False)


@event_priority(-100)  # after the plugins' own post-build work
def on_post_build(config):
    """Stop the build if any formula failed, naming every one; else finish
    the whole-book page and the search index."""
    if ERRORS:
        raise PluginError(
            "KaTeX cannot render these formulas:\n"
            + "\n".join(ERRORS)
            + "\nFix the TeX; KaTeX's supported functions are listed at "
            "https://katex.org/docs/supported"
        )
    render_pages_written_late(config)
    make_search_index_readable(config)


def render_pages_written_late(config):
    """Pages written after all others from their HTML before this hook saw
    it (print-site's whole book on one page) get their math rendered too.
    (Handing print-site finished math instead makes it crawl: it scans each
    page's HTML once per anchor, and KaTeX's HTML is large.)"""
    site = Path(config.site_dir)
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        if not ARITHMATEX.search(html):
            continue
        renderer = PageRenderer(page=None, root=None)
        html = renderer.arithmatex(html)
        if renderer.errors:  # each formula was rendered on its own page too
            raise PluginError("\n".join(renderer.errors))
        depth = len(path.relative_to(site).parts) - 1
        path.write_text(
            with_font_preloads(html, base="../" * depth), encoding="utf-8"
        )


def make_search_index_readable(config):
    index = Path(config.site_dir) / "search" / "search_index.json"
    if not index.exists():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    for doc in data["docs"]:
        doc["text"] = TEX_IN_TEXT.sub(
            lambda m: readable(m["inline"] or m["display"] or ""), doc["text"]
        )
    index.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
