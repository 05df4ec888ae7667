"""The build-time math renderer: KaTeX, its fonts, and its errors."""

import re

import pytest
from katex_math import PageRenderer, TexError, katex_version, render
from layout import KATEX
from lighter_pages import lighter_pictures
from math_fonts import font_rules

from vendor import PACKAGES


def test_renderer_is_the_vendored_release():
    # The pages load the CSS and fonts of the same release.
    assert katex_version() == PACKAGES["katex"].version


def test_stylesheet_finds_every_woff2_font():
    css = (KATEX / "katex.min.css").read_text(encoding="utf-8")
    fonts = re.findall(r"url\((fonts/[^)]+\.woff2)\)", css)
    assert len(fonts) == 20
    assert all((KATEX / font).is_file() for font in fonts)


def test_font_rules_know_which_classes_pick_which_font():
    rules = dict(font_rules())
    assert rules[frozenset()] == "fonts/KaTeX_Main-Regular.woff2"
    assert rules[frozenset({"mathbf"})] == "fonts/KaTeX_Main-Bold.woff2"
    assert rules[frozenset({"mathnormal"})] == "fonts/KaTeX_Math-Italic.woff2"
    assert rules[frozenset({"amsrm"})] == "fonts/KaTeX_AMS-Regular.woff2"


def test_renders_inline_and_display_math_to_html():
    inline = render(r"\frac{\partial L}{\partial W}", display=False)
    display = render(r"Z = W A", display=True)
    assert inline.startswith('<span class="katex">')
    assert display.startswith('<span class="katex-display">')
    assert "<math" in inline  # MathML for screen readers


def test_site_macros_expand():
    def visible(tex):  # the HTML without the TeX source annotation
        return render(tex, display=False).split('<span class="katex-html"')[1]

    assert visible(r"\R") == visible(r"\mathbb{R}")


@pytest.mark.parametrize(
    ("tex", "message"),
    [
        (r"\frac{a}{b", "Unexpected end of input"),
        (r"\undefinedmacro x", "Undefined control sequence"),
        (r"\left( x", "Expected '\\right'"),
    ],
)
def test_tex_errors_raise_with_katex_message(tex, message):
    with pytest.raises(TexError, match=re.escape(message)):
        render(tex, display=False)


@pytest.mark.parametrize(
    ("before", "tex", "after", "kept_together"),
    [
        ("", r"Z^{[2]}", "'s", True),
        ("(", "m", " examples", True),
        ("", r"n_2 \times m", ",", True),  # two parts, but short
        ("", r"dA = W^{\top} dZ \odot g'(Z)", ".", False),  # long: may break
        ("", r"Z^{[2]}", " and", False),  # nothing written against it
    ],
)
def test_punctuation_is_kept_with_a_formula_that_fits_any_line(
    before, tex, after, kept_together
):
    """A formula and the punctuation against it go in one span that does not
    wrap, unless the formula may break (more than one part) and is long:
    then it keeps its breaks, and a phone's line its width."""
    page = f'{before}<span class="arithmatex">\\({tex}\\)</span>{after}'
    rendered = PageRenderer(page=None, root=None).arithmatex(page)
    assert ('class="math-and-punctuation"' in rendered) == kept_together


def test_scripts_become_plain_spans_and_other_stacks_stay():
    """hooks/lighter_pages.py sets each script as one span, and a subscript
    with a superscript as a stack of two; a fraction keeps KaTeX's table.
    (tests/test_browser.py checks that every formula looks the same.)"""
    picture = lighter_pictures(
        render(r"W^{[2]}_{ij} + x_i + e^{x} + \frac{1}{m}", False)
    )
    assert picture.count('class="scripts"') == 1
    assert picture.count('class="script"') == 4  # the stack's two, x_i, e^x
    assert "msupsub" not in picture
    assert picture.count('class="vlist-t') == 1  # the fraction's
    assert 'class="script" style="top:-0.363em;margin-right:0.05em;"' in picture


@pytest.mark.parametrize(
    "tex",
    [
        r"x^{\begin{matrix}a \\ b\end{matrix}}",  # a table: lines of its own
        r"e^{\frac{a}{b}}",  # stacked boxes
        r"\sum_{\mathclap{i = 1}}",  # an overlap, placed by its parent
    ],
)
def test_a_script_that_a_plain_span_would_move_keeps_katexs_table(tex):
    picture = lighter_pictures(render(tex, False))
    assert 'class="script' not in picture
    assert "msupsub" in picture
