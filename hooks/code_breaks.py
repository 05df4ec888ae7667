"""Names in inline code break after an underscore, not mid-word.

A file or function name such as `jacobians_and_vec_match_finite_differences.py`
is wider than a phone's line, and holds no place where a line may break:
the theme then breaks it wherever the line ends (`..._finite_differen` /
`ces.py`). A `<wbr>` after each underscore between two letters or digits
offers the browser a place between words. It adds no character: copied,
or in the search index (the theme's search reads `<wbr>` as nothing), the
name is the same. Code blocks keep their lines as written; inline code with
attributes or elements inside is left as it is (Markdown writes none).
"""

import re

from lighter_pages import PREFORMATTED
from mkdocs.plugins import event_priority

INLINE_CODE = re.compile(r"<code>([^<]*)</code>")
INNER_UNDERSCORE = re.compile(r"(?<=[^\W_])_(?=[^\W_])")


def with_breaks(html):
    """The page with a `<wbr>` after every inner underscore of inline code."""
    parts = PREFORMATTED.split(html)
    parts[::2] = [  # the parts outside <pre>
        INLINE_CODE.sub(
            lambda code: (
                f"<code>{INNER_UNDERSCORE.sub('_<wbr>', code[1])}</code>"
            ),
            part,
        )
        for part in parts[::2]
    ]
    return "".join(parts)


@event_priority(50)  # before print-site copies the page into the whole book
def on_page_content(html, page, config, files):
    return with_breaks(html)
