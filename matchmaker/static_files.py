"""Static files, served by WhiteNoise in front of the app, light on a phone.

Pages link each file under a name that carries a hash of its content (`css/app.css` becomes
`css/app.3f9c1e0b2a.css`): that name never changes meaning, so browsers keep it for a year
without asking again, and a changed file gets a new name. The plain name still answers, cached
for an hour, for anyone who links to it from outside.

Each file is compressed once per content (gzip and Brotli, best ratio) into STATIC_CACHE_FOLDER
and served compressed to browsers that say they accept it. WhiteNoise answers before Flask
sees the request, so the security headers are added here too.
"""

import gzip
import hashlib
import os
import tempfile
from pathlib import Path
from wsgiref.headers import Headers

import brotli
from flask import Flask
from whitenoise import WhiteNoise
from whitenoise.responders import StaticFile

from .security import HEADERS

YEAR = 365 * 24 * 3600
HOUR = 3600
COMPRESSIBLE = {".css", ".js", ".svg", ".ico", ".json", ".txt", ".map"}


class StaticFiles(WhiteNoise):
    def __init__(self, application, root: Path, cache_folder: Path):
        self.root = Path(root)
        self.cache_folder = Path(cache_folder)
        self.versioned: dict[str, str] = {}  # 'css/app.css' -> 'css/app.3f9c1e0b2a.css'
        self.immutable_urls: set[str] = set()
        super().__init__(application, max_age=HOUR)
        self.add_files(str(self.root), prefix="static/")
        favicon = self.root / "favicon.ico"
        if favicon.exists():
            self.files["/favicon.ico"] = self.files["/static/favicon.ico"]

    def add_file_to_dictionary(self, url, path, stat_cache=None):
        content = Path(path).read_bytes()
        digest = hashlib.sha256(content).hexdigest()
        encodings = self.compressed_copies(path, content, digest)
        self.files[url] = self.static_file(path, url, encodings)
        name = url.removeprefix("/static/")
        stem, dot, suffix = name.rpartition(".")
        versioned = f"{stem}.{digest[:10]}.{suffix}" if dot else f"{name}.{digest[:10]}"
        self.versioned[name] = versioned
        self.immutable_urls.add("/static/" + versioned)
        self.files["/static/" + versioned] = self.static_file(path, "/static/" + versioned, encodings)

    def static_file(self, path, url, encodings) -> StaticFile:
        """WhiteNoise's own get_static_file, with the compressed copies kept elsewhere."""
        headers = Headers([])
        self.add_mime_headers(headers, path, url)
        self.add_cache_headers(headers, path, url)
        add_security_headers(headers, path, url)
        return StaticFile(path, headers.items(), encodings=encodings)

    def immutable_file_test(self, path, url):
        return url in self.immutable_urls

    def compressed_copies(self, path: str, content: bytes, digest: str) -> dict[str, str]:
        """gzip and Brotli copies of a file, made once per content and kept by its hash."""
        if Path(path).suffix not in COMPRESSIBLE or len(content) < 512:
            return {}
        self.cache_folder.mkdir(parents=True, exist_ok=True)
        copies = {}
        for encoding, compress in (("br", brotli_best), ("gzip", gzip_best)):
            copy = self.cache_folder / f"{digest}.{encoding}"
            if not copy.exists():
                write_whole(copy, compress(content))
            copies[encoding] = str(copy)
        return copies


def brotli_best(content: bytes) -> bytes:
    return brotli.compress(content, quality=11)


def gzip_best(content: bytes) -> bytes:
    return gzip.compress(content, compresslevel=9, mtime=0)


def write_whole(path: Path, data: bytes) -> None:
    """Written to a temporary name, then renamed: a reader (another worker) never sees half."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".partial-")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, path)


def add_security_headers(headers, path, url) -> None:
    for name, value in HEADERS.items():
        headers[name] = value


def serve_static_files(app: Flask) -> None:
    """Put WhiteNoise in front of the app and make url_for('static', …) give versioned names."""
    static = StaticFiles(app.wsgi_app, Path(app.static_folder), Path(app.config["STATIC_CACHE_FOLDER"]))
    app.wsgi_app = static
    app.extensions["static_files"] = static

    @app.url_defaults
    def versioned_static_name(endpoint: str, values: dict) -> None:
        if endpoint == "static" and "filename" in values:
            values["filename"] = static.versioned.get(values["filename"], values["filename"])
