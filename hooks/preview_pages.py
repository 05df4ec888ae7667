"""While serving (tools/preview.py), build again only the pages whose text,
or what they include, changed since they were built; every page if the
hooks, tools, theme or configuration changed."""

from pathlib import Path

from layout import previewing

built_from = {}


def on_files(files, config):
    if previewing():
        from preview import forget_changed_pages

        built_from.clear()
        built_from.update(
            forget_changed_pages(files, Path(config.config_file_path).parent)
        )
    return files


def on_post_build(config):
    if previewing():
        from preview import remember_inputs

        remember_inputs(built_from)
