"""A moment's cache of public pages for anonymous visitors.

Everyone who is not signed in sees the same catalogue, so a page rendered for one visitor
can serve the next for PUBLIC_PAGE_CACHE_SECONDS (per worker; 0 turns it off). That keeps
a crowd on the project list from re-running its queries and templates, at the price of a
new project showing up to that many seconds late for them. Signed-in people, and anyone
with a message waiting to be shown, always get a fresh page.
"""

import time
from functools import wraps

from flask import current_app, request, session
from flask_login import current_user

MAX_ENTRIES = 512  # query strings are the visitor's to choose: bound the memory they can take


def cached_for_visitors(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        seconds = current_app.config["PUBLIC_PAGE_CACHE_SECONDS"]
        if not seconds or current_user.is_authenticated or session.get("_flashes"):
            return view(*args, **kwargs)
        pages = current_app.extensions.setdefault("public_pages", {})
        key = request.full_path
        now = time.monotonic()
        hit = pages.get(key)
        if hit is not None and now - hit[0] < seconds:
            return hit[1]
        page = view(*args, **kwargs)
        if isinstance(page, str):
            if len(pages) >= MAX_ENTRIES:
                pages.clear()
            pages[key] = (now, page)
        return page

    return wrapped
