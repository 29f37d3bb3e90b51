"""One pager for every list, on pages and in the API alike.

`paging(args)` reads `page` (and `per_page`, where the client may choose it) from a query
string; a page that is not a whole number from 1 to MAX_PAGE is refused with the same Invalid
everywhere (422 and `{"error": …}` in the API, the Chinese message on an error page for people).
`page_of(statement, paging)` runs the count and the slice. The API answers every paged list as
`page.json(items)`: `{"items", "total", "page", "per_page"}`. A page past the end is empty in
the API (so a client reading on until a page is empty stops), and shows the last page to people.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from .extensions import db
from .validation import int_arg

MAX_PAGE = 100_000
MAX_PER_PAGE = 100
PER_PAGE = 20


@dataclass(frozen=True)
class Paging:
    page: int = 1
    per_page: int = PER_PAGE

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def within(self, total: int) -> "Paging":
        """The same size, on the last page of `total` records when this one is past it (for people)."""
        return Paging(min(self.page, pages_for(total, self.per_page)), self.per_page)


def pages_for(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def paging(args, per_page: int = PER_PAGE, *, chosen: bool = True) -> Paging:
    """The page asked for; `chosen=False` keeps the list's own page size (the pages' lists)."""
    return Paging(
        page=int_arg(args, "page", "页码", 1, high=MAX_PAGE),
        per_page=int_arg(args, "per_page", "每页条数", per_page, high=MAX_PER_PAGE) if chosen else per_page,
    )


@dataclass(frozen=True)
class Page:
    items: Sequence[Any]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return pages_for(self.total, self.per_page)

    def json(self, items: list | None = None) -> dict:
        """The API's answer for a list: the items (as given, else as they are) and where they are."""
        return {"items": self.items if items is None else items, "total": self.total,
                "page": self.page, "per_page": self.per_page}


def count(statement: Select) -> int:
    return db.session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))


def page_of(statement: Select, asked: Paging, *, rows: bool = False, last_page: bool = False,
            total: int | None = None) -> Page:
    """A page of `statement`'s results: the records (or, with rows=True, the rows as mappings).
    `last_page`: past the end, the last page instead (for people); `total`, when already known."""
    total = count(statement) if total is None else total
    if last_page:
        asked = asked.within(total)
    sliced = statement.limit(asked.per_page).offset(asked.offset)
    found = db.session.execute(sliced).mappings().all() if rows else db.session.scalars(sliced).all()
    return Page(list(found), total, asked.page, asked.per_page)


def slice_of(ordered: Sequence, asked: Paging) -> Page:
    """A page of a list already in memory (the search's ranked ids)."""
    return Page(list(ordered[asked.offset:asked.offset + asked.per_page]), len(ordered), asked.page, asked.per_page)
