"""Serve the built-in demo news site on 127.0.0.1, so the demo and the tests need no internet."""

from __future__ import annotations

import mimetypes
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path

from core.paths import DEMO_SITE

TEMPLATED = (".html", ".xml", ".txt")


class _DemoHandler(SimpleHTTPRequestHandler):
    """Static files, with `{{BASE}}` in pages, feeds and sitemaps replaced by the server's URL."""

    def __init__(self, *args, base: str, **kwargs) -> None:
        self.base = base
        super().__init__(*args, **kwargs)

    def send_head(self):  # noqa: ANN201 - http.server's own signature
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in TEMPLATED or not path.is_file():
            return super().send_head()
        body = path.read_bytes().replace(b"{{BASE}}", self.base.encode())
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".xml":
            ctype = "application/xml"
        self.send_response(200)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet: the crawl reports
        pass


class DemoSite:
    """The site in a background thread; binding happens at construction, so a busy port
    fails before anything starts. Use as a context manager: it yields the base URL."""

    def __init__(self, root: Path = DEMO_SITE, port: int = 0) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", port), lambda *a: None)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.server.RequestHandlerClass = partial(_DemoHandler, directory=str(root), base=self.base)
        self.thread = threading.Thread(
            target=self.server.serve_forever, name="demo-site", daemon=True
        )

    def __enter__(self) -> str:
        self.thread.start()
        return self.base

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
