"""The build-time math renderer: KaTeX, its vendored files, and its errors."""

import hashlib
import re

import pytest
from katex_math import KATEX, TexError, katex_version, render


def recorded_sums():
    lines = (KATEX / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    version = lines[0].split()[2]  # "# katex 0.19.1 sha512-..."
    sums = dict(reversed(line.split("  ", 1)) for line in lines[1:])
    return version, sums


def test_vendored_files_are_one_unmodified_katex_release():
    version, sums = recorded_sums()
    vendored = {
        path.relative_to(KATEX).as_posix()
        for path in KATEX.rglob("*")
        if path.is_file() and path.name != "SHA256SUMS"
    }
    assert vendored == set(sums), "run `python3 tasks.py katex`"
    for name, digest in sums.items():
        data = (KATEX / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} was edited"
    assert katex_version() == version


def test_stylesheet_finds_every_woff2_font():
    css = (KATEX / "katex.min.css").read_text(encoding="utf-8")
    fonts = re.findall(r"url\((fonts/[^)]+\.woff2)\)", css)
    assert len(fonts) == 20
    assert all((KATEX / font).is_file() for font in fonts)


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
