"""Preload the KaTeX fonts each page's formulas use, so the browser fetches
them with the stylesheet instead of after laying the page out.

Which font a formula asks for follows from KaTeX's stylesheet: each rule
that picks a font names the classes it applies to (read with tinycss2).
"""

import re
from functools import cache

from layout import KATEX


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
