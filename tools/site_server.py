"""Serve a built site on 127.0.0.1 the way its host serves it.

The site lives under the path of `site_url` (as on GitHub Pages and with
`mkdocs serve`), missing pages get the site's 404 page, and sitemap.xml names
this server, because Material's instant navigation only follows links that the
sitemap lists on the current origin. Used by the browser tests and the
benchmark.
"""

import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from layout import ROOT
from mkdocs.utils import yaml_load


def settings(config=ROOT / "mkdocs.yml"):
    """mkdocs.yml as MkDocs reads it, without loading the plugins."""
    with open(config, encoding="utf-8") as stream:
        return yaml_load(stream)


def site_url(root=ROOT):
    """The site's address, as MkDocs' configuration loader reads it."""
    from pages import site_config

    return site_config(root).site_url


@contextmanager
def serving(site_dir, url=None):
    """Serve `site_dir`; yields the local address of its home page."""
    url = url or site_url()
    handler = partial(SiteHandler, url, directory=str(site_dir))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}{urlsplit(url).path}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class SiteHandler(SimpleHTTPRequestHandler):
    def __init__(self, site_url, *args, **kwargs):
        self.site_url = site_url
        self.mount = urlsplit(site_url).path
        super().__init__(*args, **kwargs)

    def translate_path(self, path):
        if not path.startswith(self.mount):
            return ""  # outside the site: 404
        return super().translate_path("/" + path.removeprefix(self.mount))

    def do_GET(self):
        sitemap = Path(self.translate_path(self.path))
        if self.path.endswith("/sitemap.xml") and sitemap.is_file():
            here = f"http://127.0.0.1:{self.server.server_port}{self.mount}"
            self.send(
                200,
                sitemap.read_bytes().replace(
                    self.site_url.encode(), here.encode()
                ),
            )
        else:
            super().do_GET()

    def send_error(self, code, message=None, explain=None):
        """Answer a missing page with the site's 404 page, as hosts do."""
        page = Path(super().translate_path("/404.html"))
        if code == 404 and page.is_file():
            self.send(404, page.read_bytes(), "text/html; charset=utf-8")
        else:
            super().send_error(code, message, explain)

    def send(self, status, body, content_type="application/xml"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass
