"""The week-3 path: short enough to read, and marked where it ends."""

import re

from layout import ROOT
from path import (
    BEYOND_GROUP,
    MARK,
    WORD_LIMIT,
    nav_group,
    path_pages,
    prose,
    word_counts,
)

NEED = re.compile(r"\*\*You need\*\*(?P<box>.*?)(?:\n\s*\n)", re.DOTALL)
LINKED_PAGE = re.compile(r"\]\((?P<page>[\w/-]+\.md)")


def test_the_path_holds_at_most_8000_words_of_prose():
    counts = word_counts()
    total = sum(counts.values())
    lines = "\n".join(
        f"  {count:5d}  docs/{page}" for page, count in counts.items()
    )
    assert total <= WORD_LIMIT, (
        f"The week-3 path holds {total} words of prose, over {WORD_LIMIT}:\n"
        f"{lines}\nTighten its prose, or mark a section the learner can skip "
        "with `## Title { .going-further }` (tools/path.py counts)."
    )


def test_prose_leaves_out_code_math_and_going_further_sections():
    page = "\n".join(
        [
            "# Two words",
            "Prose with $x^2$ and `code` [a link](page.md#anchor).",
            "```python",
            "ignored = 1",
            "```",
            "$$",
            "y = W x",
            "$$",
            "{* some_claim *}",
            "## Skipped { .going-further }",
            "Not counted at all.",
            "### Still skipped",
            "Nor this.",
            "## Back { #back }",
            '!!! note "Title here"',
            "    Counted again.",
        ]
    )
    assert prose(page) == [
        "Two",
        "words",
        "Prose",
        "with",
        "and",
        "a",
        "link",
        "Back",
        "Title",
        "here",
        "Counted",
        "again",
    ]


def test_pages_beyond_the_path_say_so_first(report):
    problems = []
    for page in nav_group(BEYOND_GROUP):
        path = ROOT / "docs" / page
        _, _, rest = path.read_text(encoding="utf-8").partition("\n\n")
        if not rest.startswith(f'!!! {MARK} "Going further"'):
            problems.append(
                f"docs/{page}:3: the page is in the nav's {BEYOND_GROUP!r} "
                f'group but does not open with `!!! {MARK} "Going '
                'further"`. Add the note under the title: what the page '
                "adds, and that the path does not need it."
            )
    report(problems)


def test_the_path_needs_nothing_beyond_it(report):
    on_path = set(path_pages())
    problems = []
    for page in on_path:
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        box = NEED.search(text)
        for needed in LINKED_PAGE.findall(box["box"]) if box else []:
            if needed not in on_path:
                problems.append(
                    f"docs/{page}: its 'You need' box names docs/{needed}, "
                    "which is beyond the week-3 path. Name a page of the "
                    "path instead, or move the page onto the path."
                )
    report(problems)
