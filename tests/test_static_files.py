"""Light on a phone: versioned static files cached for a year and served compressed, pages
compressed on the way out, a favicon, and a dashboard that moves less than 500 KB."""

import gzip
import re
from pathlib import Path

import brotli
import pytest

from matchmaker.static_files import StaticFiles

from .office_data import build_city

STATIC = Path(__file__).resolve().parent.parent / "static"
LINKED = re.compile(r'(?:href|src)="(/static/[^"]+)"')
YEAR = 365 * 24 * 3600


def max_age(response) -> int:
    return int(re.search(r"max-age=(\d+)", response.headers["Cache-Control"]).group(1))


def linked_files(html: str) -> list[str]:
    return LINKED.findall(html)


def test_pages_link_static_files_by_versioned_names_cached_for_a_year(client):
    links = linked_files(client.get("/").get_data(as_text=True))
    plain_names = {re.sub(r"\.[0-9a-f]{10}(\.\w+)$", r"\1", link.removeprefix("/static/")): link for link in links}
    assert set(plain_names) == {"favicon.ico", "vendor/bootstrap/bootstrap.min.css", "css/app.css",
                                "vendor/bootstrap/bootstrap.bundle.min.js", "js/app.js"}
    for plain, link in plain_names.items():
        assert link != "/static/" + plain
        response = client.get(link)
        assert response.status_code == 200
        assert max_age(response) >= YEAR and "immutable" in response.headers["Cache-Control"]
        assert response.get_data() == (STATIC / plain).read_bytes()


def test_a_plain_name_still_answers_but_is_kept_only_an_hour(client):
    response = client.get("/static/css/app.css")
    assert response.status_code == 200
    assert max_age(response) == 3600 and "immutable" not in response.headers["Cache-Control"]


def test_an_unknown_versioned_name_is_not_found(client):
    assert client.get("/static/css/app.0123456789.css").status_code == 404


@pytest.mark.parametrize(("accept", "encoding", "decode"), [
    ("br, gzip", "br", brotli.decompress), ("gzip", "gzip", gzip.decompress), ("identity", None, bytes)])
def test_static_files_are_served_compressed_to_who_accepts_it(client, accept, encoding, decode):
    link = next(link for link in linked_files(client.get("/").get_data(as_text=True)) if "bootstrap.min" in link)
    response = client.get(link, headers={"Accept-Encoding": accept})
    assert response.headers.get("Content-Encoding") == encoding
    assert "Accept-Encoding" in response.headers["Vary"]
    original = (STATIC / "vendor/bootstrap/bootstrap.min.css").read_bytes()
    assert decode(response.get_data()) == original
    if encoding:
        assert len(response.get_data()) < len(original) / 4


@pytest.mark.parametrize(("accept", "encoding", "decode"), [
    ("gzip, deflate, br", "br", brotli.decompress), ("gzip", "gzip", gzip.decompress), (None, None, bytes)])
def test_pages_are_compressed_for_who_accepts_it(client, accept, encoding, decode):
    plain = client.get("/projects").get_data()
    response = client.get("/projects", headers={"Accept-Encoding": accept} if accept else {})
    assert response.status_code == 200
    assert response.headers.get("Content-Encoding") == encoding
    assert "Accept-Encoding" in response.headers["Vary"]
    assert decode(response.get_data()) == plain


def test_the_favicon_is_there(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response.mimetype in {"image/x-icon", "image/vnd.microsoft.icon"}
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_a_changed_file_gets_a_new_name_and_is_compressed_once(tmp_path):
    root, cache = tmp_path / "static", tmp_path / "cache"
    (root / "css").mkdir(parents=True)
    (root / "css/site.css").write_text("body { color: #111; }\n" * 100)
    first = StaticFiles(None, root, cache)
    copies = sorted(path.name for path in cache.iterdir())
    assert len(copies) == 2  # br and gzip
    assert StaticFiles(None, root, cache).versioned == first.versioned  # same content: same name, no new copy
    assert sorted(path.name for path in cache.iterdir()) == copies
    (root / "css/site.css").write_text("body { color: #222; }\n" * 100)
    second = StaticFiles(None, root, cache)
    assert second.versioned["css/site.css"] != first.versioned["css/site.css"]
    assert "/static/" + first.versioned["css/site.css"] not in second.files
    assert len(list(cache.iterdir())) == 4


def test_the_dashboard_moves_less_than_500_kb(app, login_as):
    """What a phone downloads for the dashboard: the page and every file it links, compressed."""
    build_city(app)
    office = login_as("office")
    page = office.get("/office/dashboard", headers={"Accept-Encoding": "br, gzip"})
    assert page.status_code == 200
    html = brotli.decompress(page.get_data()).decode()
    files = linked_files(html)
    assert any("echarts" in link for link in files)
    moved = len(page.get_data()) + sum(
        len(office.get(link, headers={"Accept-Encoding": "br, gzip"}).get_data()) for link in files)
    assert moved < 500 * 1024, moved
