"""While serving (tools/preview.py), build again only the pages whose text,
or what they include, changed since they were built; every page if the
hooks, tools, theme or configuration changed."""

from layout import previewing, root_of

built_from = {}


def on_files(files, config):
    if previewing():
        from preview import forget_changed_pages

        built_from.clear()
        built_from.update(forget_changed_pages(files, root_of(config)))
    return files


def on_post_build(config):
    if previewing():
        from preview import remember_inputs

        remember_inputs(built_from)
