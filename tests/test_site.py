"""The site builds with strict validation: no broken link, anchor or include."""


def test_site_builds_strictly(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "chain-rule-order" / "index.html").is_file()
