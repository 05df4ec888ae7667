"""A box takes the id written on its first paragraph
(hooks/box_anchors.py), and nothing else changes."""

from box_anchors import with_named_boxes

TITLE = "<summary>Check every row</summary>"


def test_the_first_paragraphs_id_names_the_box():
    html = f'<details class="info">\n{TITLE}\n<p id="check-x">Checked.</p>'
    assert with_named_boxes(html) == (
        f'<details class="info" id="check-x">\n{TITLE}\n<p>Checked.</p>'
    )


def test_an_open_box_stays_open():
    html = f'<details class="info" open="open">{TITLE}<p id="a">A</p>'
    assert with_named_boxes(html) == (
        f'<details class="info" open="open" id="a">{TITLE}<p>A</p>'
    )


def test_an_id_further_down_stays_where_it_is():
    """Not the first paragraph, or in the next box: each keeps its id."""
    first = f'<details class="note">{TITLE}<p>One</p><p id="b">B</p></details>'
    second = f'<details class="note" id="c">{TITLE}<p id="d">D</p></details>'
    html = first + "<p>Between</p>" + second
    assert with_named_boxes(html) == html
