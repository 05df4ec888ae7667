"""Names in inline code get a place to break after each inner underscore
(hooks/code_breaks.py), and nothing else changes."""

from code_breaks import with_breaks


def test_a_name_breaks_after_each_inner_underscore():
    html = "<p>Run <code>two_layer_card.py</code> or <code>a_1</code>.</p>"
    assert with_breaks(html) == (
        "<p>Run <code>two_<wbr>layer_<wbr>card.py</code> or "
        "<code>a_<wbr>1</code>.</p>"
    )


def test_leading_trailing_and_doubled_underscores_stay_as_they_are():
    for code in ("__init__", "_private", "trailing_", "a__b", "np.sum(A)"):
        html = f"<code>{code}</code>"
        assert with_breaks(html) == html


def test_code_blocks_and_other_markup_are_left_alone():
    block = "<pre><code>def two_layer():\n    d_z = 1\n</code></pre>"
    other = '<code class="x">a_b</code> <code>a_<b>c</b>_d</code> a_b'
    assert with_breaks(block + other) == block + other


def test_entities_in_a_name_survive():
    html = "<code>x_&lt;y_z</code>"
    assert with_breaks(html) == "<code>x_&lt;y_<wbr>z</code>"
