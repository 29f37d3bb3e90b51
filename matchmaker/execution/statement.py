"""A sponsor's contribution statement (爱心捐赠证明) as a page and as a PDF.

The PDF is rendered by WeasyPrint from its own template with the WenQuanYi font, so the
Chinese text is real text (searchable, copyable), not pictures. WeasyPrint is told to
fetch nothing: the template carries its style inline and no URL a user typed is followed.
"""

from io import BytesIO

from flask import Response, render_template, send_file

from ..sponsors.models import SponsorProfile
from .checks import beijing_today
from .recognition import money_total, statement_gifts


def context(sponsor: SponsorProfile, year: int | None) -> dict:
    gifts = statement_gifts(sponsor, year)
    return {
        "sponsor": sponsor, "year": year, "gifts": gifts, "money_fen": money_total(gifts),
        "projects": len({gift.match.project_id for gift in gifts}), "issued_on": beijing_today(),
    }


def refuse_fetch(url: str, *args, **kwargs):
    raise ValueError(f"the statement fetches nothing: {url}")


def render_pdf(values: dict) -> bytes:
    from weasyprint import HTML  # imported when needed: it takes a moment to load

    html = render_template("execution/statement_pdf.html", **values)
    return HTML(string=html, url_fetcher=refuse_fetch).write_pdf()


def pdf_response(values: dict, filename: str) -> Response:
    response = send_file(BytesIO(render_pdf(values)), mimetype="application/pdf", as_attachment=True,
                         download_name=filename)
    response.headers["Cache-Control"] = "private, no-store"
    return response
