"""A sponsor's contribution statement (爱心捐赠证明) as a page and as a PDF.

The PDF is rendered by WeasyPrint from its own template with the WenQuanYi font, so the
Chinese text is real text (searchable, copyable), not pictures. WeasyPrint is told to
fetch nothing: the template carries its style inline and no URL a user typed is followed.
"""

from io import BytesIO

from flask import Response, render_template, send_file

from ..projects.quantities import yuan
from ..sponsors.models import SponsorKind, SponsorProfile
from ..verification import operations as verification
from ..verification.masking import mask_name
from .checks import beijing_today
from .recognition import money_total, statement_gifts


def context(sponsor: SponsorProfile, year: int | None) -> dict:
    gifts = statement_gifts(sponsor, year)
    values = {
        "sponsor": sponsor, "year": year, "gifts": gifts, "money_fen": money_total(gifts),
        "projects": len({gift.match.project_id for gift in gifts}), "issued_on": beijing_today(),
    }
    return values | {"verification": verification.printed(issue(values))}


def issue(values: dict):
    """The statement's number and code; its check page shows what the statement says in sum."""
    sponsor = values["sponsor"]
    # An individual's name is personal data: the public check page masks it, as for volunteers.
    name = mask_name(sponsor.name) if sponsor.kind is SponsorKind.individual else sponsor.name
    says = [
        ["爱心方", name],
        ["年度", f"{values['year']} 年度" if values["year"] else "全部年度"],
        ["支持项目", f"{values['projects']} 个"],
        ["已确认到位的捐助", f"{len(values['gifts'])} 项"],
        ["其中捐赠资金", f"{yuan(values['money_fen']):,} 元"],
    ]
    return verification.issue("statement", sponsor.id, "爱心捐赠证明", says)


def refuse_fetch(url: str, *args, **kwargs):
    raise ValueError(f"the statement fetches nothing: {url}")


def render_pdf(values: dict, template: str = "execution/statement_pdf.html") -> bytes:
    from weasyprint import HTML  # imported when needed: it takes a moment to load

    html = render_template(template, **values)
    return HTML(string=html, url_fetcher=refuse_fetch).write_pdf()


def pdf_response(values: dict, filename: str, template: str = "execution/statement_pdf.html") -> Response:
    response = send_file(BytesIO(render_pdf(values, template)), mimetype="application/pdf", as_attachment=True,
                         download_name=filename)
    response.headers["Cache-Control"] = "private, no-store"
    return response
