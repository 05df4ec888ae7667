"""Read every page once per build: the book (tools/pages.py) that the hooks
after this one share, made from the build's own files, so that each page's
text, directives, includes and URL are worked out once. A new build, as
each save while serving starts one, makes a new book: no page is stale.
"""

from mkdocs.plugins import event_priority
from pages import close_book, open_book


def on_files(files, config):
    open_book(config, files)
    return files


@event_priority(-300)  # after every other hook's post-build work
def on_post_build(config):
    close_book()


def on_build_error(error):
    close_book()
