"""Keep pages light: drop from the finished HTML what no reader uses.

- KaTeX stores each formula's TeX source in its MathML, as an annotation.
  Screen readers read the MathML itself, and the page shows the rendered
  formula; the source only adds bytes (7 % of a page of math).
- Pygments wraps every name, every punctuation mark and every run of
  spaces in code in a span of its own, which the theme (with
  assets/stylesheets/extra.css for punctuation) gives the code's plain
  colour: the same text without the span looks the same.
- The theme's templates leave thousands of lines holding only spaces, the
  navigation's above all. Outside `<pre>`, where spaces are shown as
  written, such a line renders as nothing: it goes, with its line break.

The long pages of the site stay under 60 KB of gzip HTML this way.
"""

import re

from mkdocs.plugins import event_priority

TEX_ANNOTATION = re.compile(
    r'<annotation encoding="application/x-tex">[^<]*</annotation>'
)
PLAIN_TOKEN = re.compile(r'<span class="[nwp]">([^<]*)</span>')
PREFORMATTED = re.compile(r"(<pre[\s>].*?</pre>)", re.DOTALL)
BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")


@event_priority(-200)  # after every other hook has finished the page
def on_post_page(output, page, config):
    output = PLAIN_TOKEN.sub(r"\1", TEX_ANNOTATION.sub("", output))
    parts = PREFORMATTED.split(output)  # odd parts are <pre> blocks
    return "".join(
        part if index % 2 else BLANK_LINE.sub("", part)
        for index, part in enumerate(parts)
    )
