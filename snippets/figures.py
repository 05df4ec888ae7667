"""A few SVG primitives for the site's figures.

The pictures carry class names only; docs/assets/stylesheets/extra.css gives
them the page's colours, so they follow the light and dark palettes.
"""

from html import escape


def svg(width, height, title, parts):
    """An SVG element that scales down to fit narrow screens."""
    return (
        f'<svg class="figure" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>\n'
        + "\n".join(parts)
        + "\n</svg>"
    )


def rect(x, y, width, height, kind="cell"):
    return (
        f'<rect class="{kind}" x="{x}" y="{y}" '
        f'width="{width}" height="{height}" rx="2"/>'
    )


def text(x, y, content, kind="value", anchor="middle"):
    return (
        f'<text class="{kind}" x="{x}" y="{y}" text-anchor="{anchor}">'
        f"{escape(content)}</text>"
    )
