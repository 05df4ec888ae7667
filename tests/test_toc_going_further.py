"""The table of contents marks the same sections as the headings."""

from toc_going_further import on_post_page

PAGE = "\n".join(
    [
        '<a href="#kept" class="md-nav__link">Kept</a>',
        '<a href="#skip" class="md-nav__link">Skip</a>',
        '<a href="#also" class="md-nav__link">Also</a>',
        '<h2 id="kept">Kept</h2>',
        '<h2 class="going-further" id="skip">Skip</h2>',
        '<h3 id="also" class="wide going-further">Also</h3>',
        '<p class="going-further" id="kept">not a heading</p>',
    ]
)


def test_links_to_marked_headings_carry_the_mark_and_no_others():
    links = on_post_page(PAGE, page=None, config=None).splitlines()[:3]
    assert links == [
        '<a href="#kept" class="md-nav__link">Kept</a>',
        '<a href="#skip" class="md-nav__link going-further">Skip</a>',
        '<a href="#also" class="md-nav__link going-further">Also</a>',
    ]
