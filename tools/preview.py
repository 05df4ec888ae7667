"""`python3 tasks.py serve`: the site with live reload, that shows and never
sticks.

MkDocs' own `serve` builds every page into a new folder before it answers,
and its build refuses snippets that pytest has not checked. This server
keeps its site in .cache/preview-site and rebuilds only the pages whose
inputs changed (MkDocs' dirty build), so an unchanged tree is served at
once. While it serves, the build runs each changed snippet itself
(hooks/checked_outputs.py calls `run_changed_snippets`): a snippet that
prints its stored output is recorded as checked, as the tests would; one
that prints something else shows it on its page under a banner saying that
it is not stored yet, and one that fails shows why. The published build
(`tasks.py build`, `deploy`, CI) still refuses both. The whole-book page is
left out: it needs every page.
"""

import argparse
import hashlib
import json
import logging
import os
import signal
import socket
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

from layout import (
    PAGES,
    PREVIEW,
    ROOT,
    is_checked,
    preview_path,
    record_checked,
    snippets,
    unchecked,
)
from mkdocs.exceptions import Abort
from pages import book
from site_server import settings

SITE = ROOT / ".cache" / "preview-site"
STAMPS = SITE / ".inputs.json"
# What every page depends on, besides its own text and what it includes.
log = logging.getLogger("preview")  # not MkDocs': strict counts its warnings
BUILDING = threading.Lock()  # a build, or checks that need the env variable
KEPT = "The pages keep their last good build; each save builds again."
SHARED_INPUTS = (
    "mkdocs.yml",
    "requirements.txt",
    "CONTRIBUTING.md",
    "hooks",
    "tools",
    "overrides",
)


def run_changed_snippets(root):
    """Run every snippet changed since its last check: record the ones that
    print their stored output, and leave a preview of the others."""
    from output_checks import output_problems, printed_by

    for snippet in snippets(root):
        for kind in ("out", "error"):
            preview_path(snippet, kind, root).unlink(missing_ok=True)
    for snippet in unchecked(root):
        if snippet.suffix != ".py":
            continue  # a workbook: mkdocs-jupyter runs it in this build
        printed, problems = printed_by(snippet, root)
        if printed is not None and not output_problems(snippet, printed, root):
            record_checked(snippet, root=root)
            continue
        kind = "error" if printed is None else "out"
        preview = preview_path(snippet, kind, root)
        preview.parent.mkdir(parents=True, exist_ok=True)
        preview.write_text(printed or "\n".join(problems), encoding="utf-8")
        name = snippet.relative_to(root).as_posix()
        what = "fails" if printed is None else "prints other than its .out"
        log.warning(
            f"{name}: {what}; its page shows it, marked. Run `python3 "
            "tasks.py outputs` when it is right: the published build refuses "
            "it until then."
        )


def report_page_problems(root):
    """What `tasks.py check` would say of the pages (orphans, Python typed
    into a page, ...), logged while the server goes on."""
    from page_checks import PAGE_CHECKS

    if is_checked(PAGES, root):
        return
    with BUILDING:  # the checks read the pages as published, not previewed
        del os.environ[PREVIEW]
        try:
            problems = [
                problem for check in PAGE_CHECKS for problem in check(root)
            ]
        finally:
            os.environ[PREVIEW] = "1"
    for problem in problems:
        log.error(problem)
    if not problems:
        record_checked(PAGES, root=root)


def digest(paths):
    hashed = hashlib.sha256()
    for path in sorted(paths):
        hashed.update(str(path).encode() + b"\0")
        hashed.update(path.read_bytes() if path.is_file() else b"<missing>")
    return hashed.hexdigest()


def inputs_now(root):
    """A fingerprint of each page's inputs, and of what all pages share."""
    shared = [
        path
        for name in SHARED_INPUTS
        for path in ([root / name] if "." in name else (root / name).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    stamps = {"shared": digest(shared)}
    # Assets and workbooks: a dirty build copies or converts those edited.
    stamps["docs"] = digest(
        path for path in (root / "docs").rglob("*") if path.suffix != ".md"
    )
    for page in book(root).pages:
        shown = [root / include.path for include in page.includes]
        stamps[f"docs/{page.file.src_uri}"] = digest([page.source, *shown])
    return stamps


def forget_changed_pages(files, root):
    """Delete the built copy of every page whose inputs changed since it was
    built, so that the dirty build builds it again: all pages if what they
    share changed."""
    built = json.loads(STAMPS.read_text()) if STAMPS.exists() else {}
    now = inputs_now(root)
    for page in files.documentation_pages():
        key = f"docs/{page.src_uri}"
        if built.get("shared") != now["shared"] or built.get(key) != now.get(
            key
        ):
            Path(page.abs_dest_path).unlink(missing_ok=True)
    return now


def remember_inputs(stamps):
    STAMPS.write_text(json.dumps(stamps))


def config_loader(dev_addr):
    from mkdocs.config import load_config

    def load():
        config = load_config(
            config_file=str(ROOT / "mkdocs.yml"),
            site_dir=str(SITE),
            dev_addr=dev_addr,
        )
        config.plugins["print-site"].config["enabled"] = False
        # A dirty build evicts the cached runs of the notebooks it skips.
        config.plugins["mkdocs-jupyter"].config["cache_dir"] = str(
            ROOT / ".cache" / "preview-jupyter"
        )
        return config

    return load


def forget_edited_modules():
    """Hooks import tools/ modules: let a rebuild see their edits."""
    for name, module in list(sys.modules.items()):
        path = Path(getattr(module, "__file__", None) or "/")
        if path.is_relative_to(ROOT / "tools") and name != "__main__":
            del sys.modules[name]


def site_is_current(root):
    """Whether the site built last time shows this tree as it is."""
    built = json.loads(STAMPS.read_text()) if STAMPS.exists() else None
    return built == inputs_now(root) and not unchecked(root)


def port_taken(host, port):
    """Why the server cannot listen on host:port, or None."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            return (
                f"Cannot serve on {host}:{port}: {error.strerror}. Another "
                "`python3 tasks.py serve` may be running: stop it with Ctrl+C "
                "in its terminal, or serve on another port with "
                f"`python3 tasks.py serve -a {host}:{port + 1}`."
            )
    return None


def serve(dev_addr):
    from mkdocs.commands.build import build
    from mkdocs.livereload import LiveReloadServer, _serve_url

    # Read without loading the plugins: an unchanged site is served at once.
    configured = settings()
    host, port = (
        dev_addr or configured.get("dev_addr", "127.0.0.1:8000")
    ).rsplit(":", 1)
    url = _serve_url(host, int(port), urlsplit(configured["site_url"]).path)
    load = config_loader(dev_addr)

    def builder():
        forget_edited_modules()
        config = load()
        config.site_url = url
        try:
            with BUILDING:
                build(config, serve_url=url, dirty=True)
        except Abort as stop:  # its cause is logged above it
            log.error(f"{stop.message} {KEPT}")
        except Exception:  # a hook's own bug: never leave the server stuck
            log.exception(f"The build crashed. {KEPT}")
        # After the build, not to delay it: these do not change the pages.
        threading.Thread(target=report_page_problems, args=(ROOT,)).start()

    SITE.mkdir(parents=True, exist_ok=True)
    # The port first: if it is taken, say so before a build is waited for.
    problem = port_taken(host, int(port))
    if problem:
        sys.exit(problem)
    server = LiveReloadServer(
        builder=builder,
        host=host,
        port=int(port),
        root=str(SITE),
        mount_path=urlsplit(url).path,
    )
    if site_is_current(ROOT):
        log.info("Nothing changed since the last build: serving it.")
        # Import the plugins meanwhile: the first edit rebuilds sooner.
        threading.Thread(target=load, daemon=True).start()
    else:
        builder()
    for watched in ["docs", "mkdocs.yml", *configured.get("watch", [])]:
        server.watch(str(ROOT / watched))
    # `kill <pid>` stops the server as Ctrl+C does, and frees the port;
    # so does `kill -INT`, which a shell ignores for a job it started in
    # the background.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        server.serve()
    except KeyboardInterrupt:
        log.info("Shutting down...")
    finally:
        server.shutdown()


def main(arguments):
    parser = argparse.ArgumentParser(prog="python3 tasks.py serve")
    parser.add_argument(
        "-a", "--dev-addr", help="IP:PORT to serve on (127.0.0.1:8000)"
    )
    options = parser.parse_args(arguments)
    os.chdir(ROOT)  # pymdownx.snippets includes paths from here
    os.environ[PREVIEW] = "1"
    # MkDocs' command line hides a message it printed once: a build error
    # that happens again must be seen again.
    logging.basicConfig(format="%(levelname)-7s -  %(message)s")
    for name in ("mkdocs", "preview"):
        logging.getLogger(name).setLevel(logging.INFO)
    # Strict mode counts MkDocs' notice that a build is dirty as a warning.
    logging.getLogger("mkdocs.commands.build").addFilter(
        lambda record: not record.getMessage().startswith("A 'dirty' build")
    )
    serve(options.dev_addr)


if __name__ == "__main__":
    main(sys.argv[1:])
