"""A few SVG primitives for the site's figures.

The pictures carry class names only; docs/assets/stylesheets/extra.css gives
them the page's colours, so they follow the light and dark palettes.
"""

from html import escape


def svg(width, height, title, parts, description=None):
    """An SVG element that scales down to fit narrow screens.

    The title names the figure; the description, if given, says in words
    what it shows, for readers who cannot see it.
    """
    desc = f"<desc>{escape(description)}</desc>" if description else ""
    return (
        f'<svg class="figure" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
        + desc
        + "\n"
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


def line(x1, y1, x2, y2, kind="axis"):
    return f'<line class="{kind}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>'


def polyline(points, kind="curve"):
    """A line through (x, y) points, e.g. the values of a plotted function."""
    coordinates = " ".join(f"{x},{y}" for x, y in points)
    return f'<polyline class="{kind}" points="{coordinates}"/>'


def circle(x, y, radius, kind="dot"):
    return f'<circle class="{kind}" cx="{x}" cy="{y}" r="{radius}"/>'


def ticks(axis, start, end, at, labels, kind="axis"):
    """An axis from start to end with a tick and a label at each position.

    axis is "x" (horizontal, at height start[1], labels below) or "y"
    (vertical, at start[0], labels to the left); `at` holds the positions
    of the ticks along the axis, in the picture's coordinates.
    """
    parts = [line(*start, *end, kind)]
    for position, label in zip(at, labels, strict=True):
        if axis == "x":
            y = start[1]
            parts.append(line(position, y, position, y + 5, kind))
            parts.append(text(position, y + 18, label, "note"))
        else:
            x = start[0]
            parts.append(line(x - 5, position, x, position, kind))
            parts.append(text(x - 8, position + 4, label, "note", "end"))
    return parts
