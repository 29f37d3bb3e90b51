"""Public recognition, and each sponsor's statement of what it gave (printable and PDF)."""

from flask import redirect, render_template, request, url_for
from flask_login import current_user

from ..auth.access import project_roles_required, public, role_required
from ..auth.models import Role
from ..errors import NotFound
from ..extensions import db
from ..incentives.operations import rewards_of  # incentives for volunteers, on the same entry
from ..paging import paging
from ..sponsors.models import SponsorProfile
from ..validation import int_arg
from . import recognition, statement
from .checks import beijing_today
from .views import bp

PER_PAGE = 50


@bp.get("/honour")
@public
def outstanding():
    """优秀项目: the projects the office selected, with what they did."""
    return render_template("execution/honour.html", rows=recognition.outstanding_projects())


@bp.get("/honour/sponsors")
@public
def sponsors():
    """爱心榜: sponsors whose gifts the units confirmed."""
    found = recognition.honour_roll(paging(request.args, PER_PAGE, chosen=False))
    return render_template("execution/sponsors.html", rows=found.items, page=found.page, pages=found.pages,
                           rewards=rewards_of([row.sponsor.id for row in found.items]))


@bp.get("/honour/programmes")
@public
def programmes():
    """Each of the 26 programmes: completed projects, activities, hours and people served."""
    return render_template("execution/programmes.html", rows=recognition.programme_totals())


@bp.get("/sponsor/statement")
@role_required(Role.sponsor)
def my_statement():
    """The signed-in sponsor's own statement."""
    if current_user.sponsor is None:
        raise NotFound("请先完善爱心档案")
    return redirect(url_for(".sponsor_statement", sponsor_id=current_user.sponsor.id, **request.args))


def statement_of(sponsor_id: int) -> tuple[SponsorProfile, int | None]:
    """The sponsor whose statement this user may see (its own, or any for the office), and the year asked."""
    sponsor = db.session.get(SponsorProfile, sponsor_id)
    mine = sponsor is not None and current_user.role is Role.sponsor and sponsor.user_id == current_user.id
    if sponsor is None or not (mine or current_user.role is Role.office):
        raise NotFound("没有这份捐赠证明")
    return sponsor, int_arg(request.args, "year", "年份", low=2018, high=beijing_today().year)


@bp.get("/statements/<int:sponsor_id>")
@project_roles_required
def sponsor_statement(sponsor_id: int):
    """A printable statement: what the sponsor gave to which project, confirmed by the unit."""
    sponsor, year = statement_of(sponsor_id)
    return render_template("execution/statement.html", **statement.context(sponsor, year))


@bp.get("/statements/<int:sponsor_id>.pdf")
@project_roles_required
def sponsor_statement_pdf(sponsor_id: int):
    """The same statement as a PDF."""
    sponsor, year = statement_of(sponsor_id)
    name = f"爱心捐赠证明-{sponsor.name}{f'-{year}' if year else ''}.pdf"
    return statement.pdf_response(statement.context(sponsor, year), name)
