"""Project pages: the public catalogue, a project's page, a programme's page, and the
units' own list and plan form."""

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..auth.access import public, role_required
from ..auth.models import Role
from ..catalog import programmes
from ..catalog.models import Category, Unit
from ..errors import DomainError, NotFound
from ..extensions import db
from ..forms import ConfirmForm, options, submit
from ..matches.models import Match, MatchKind, MatchState
from ..models_base import NEED_KIND_LABELS
from ..pagecache import cached_for_visitors
from ..paging import Paging
from ..recommend import service as recommender
from ..templating import PROGRAMME_CHOICES
from . import covers, operations, queries
from .access import managed_project, managed_unit_ids, manages, sees_history, visible_project
from .forms import ProjectForm
from .models import PROJECT_STATUS_LABELS, Project, ProjectEvent
from .quantities import shown, written

bp = Blueprint("projects", __name__)
# The catalogue's filter by what a project lacks: "缺资金", "缺物资", …
NEEDS_WANTED = tuple((kind.value, f"缺{label}") for kind, label in NEED_KIND_LABELS.items())


@bp.app_template_filter("qty")
def quantity_filter(stored, kind):
    """A stored quantity as people read it (yuan for money)."""
    return written(kind, stored)


@bp.get("/projects")
@public
@cached_for_visitors
def index():
    """The public catalogue: search, filters and pages."""
    try:
        filters, refused = queries.parse_filters(request.args), False
    except DomainError as error:
        flash(error.message, "warning")
        filters, refused = queries.Filters(), True
    found = queries.search_page(filters, last_page=True)
    return render_template(
        "projects/index.html", projects=found.items, total=found.total, filters=filters,
        pending=queries.pending_by_need(found.items), need_choices=NEEDS_WANTED, claimed=queries.claimed_by(found.items),
        sort_choices=tuple((key, label) for key, label in queries.SORTS.items() if key != "newest" or filters.q),
        sort_labels=queries.SORTS, page=found.page, pages=found.pages,
    ), 422 if refused else 200


@bp.get("/categories/<int:number>")
@public
@cached_for_visitors
def programme(number: int):
    """A programme of the notice: its lead units and its published projects."""
    category = db.session.scalar(select(Category).where(Category.number == number))
    if category is None:
        raise NotFound("没有这个项目类别")
    found = queries.search_page(queries.Filters(category=number, paging=Paging(per_page=50)))
    return render_template(
        "projects/programme.html", category=category, projects=found.items, total=found.total,
        pending=queries.pending_by_need(found.items), claimed=queries.claimed_by(found.items),
        NOTICE_NAME=programmes.NOTICE_NAME, NOTICE_PURPOSE=programmes.NOTICE_PURPOSE,
        NOTICE_WAYS=programmes.NOTICE_WAYS, OFFICE_CONTACT=programmes.OFFICE_CONTACT,
    )


# What a project's page shows of its relations, read with the project instead of one by one.
PAGE_LOADS = (
    joinedload(Project.unit).joinedload(Unit.parent), joinedload(Project.category), joinedload(Project.needs),
)


@bp.get("/projects/<int:project_id>")
@public
@cached_for_visitors
def show(project_id: int):
    """A project's page: the plan, its needs and progress, its sponsors, and the actions open to you."""
    project = visible_project(project_id, current_user, *PAGE_LOADS)
    honour = honour_list(project)
    return render_template(
        "projects/show.html", project=project, pending=queries.pending_by_need([project]),
        honour=honour, can_manage=manages(current_user, project),
        live_claim=live_claim(honour), similar=similar(project), confirm=confirm_form(),
        labels=PROJECT_STATUS_LABELS, sponsors_to_invite=sponsors_to_invite(project),
        refused=refused_pledge(),
        events=history_of(project),
    )


def refused_pledge() -> dict:
    """A pledge just refused, as it was typed, to show again beside its need (once)."""
    if not current_user.is_authenticated:
        return {}  # visitors' pages are shared: nothing of anyone's session goes into them
    return session.pop("refused_pledge", None) or {}


@bp.get("/unit/projects")
@role_required(Role.unit)
def mine():
    """The projects of this unit and, for a lead unit, of its branches."""
    projects = db.session.scalars(
        queries.with_details(
            select(Project).where(Project.unit_id.in_(managed_unit_ids(current_user))).order_by(Project.id.desc())
        )
    ).all()
    return render_template("projects/mine.html", projects=projects, labels=PROJECT_STATUS_LABELS,
                           pending=queries.pending_by_need(projects))


@bp.route("/projects/new", methods=["GET", "POST"])
@role_required(Role.unit)
def create():
    """Draft a new project plan with its needs."""
    form = plan_form()
    done, project = submit(form, lambda once: operations.create_project(current_user, form.to_data(), once),
                           creates=Project)
    if done:
        flash("项目已保存为草稿，确认无误后请提交审核", "success")
        return redirect(url_for(".show", project_id=project.id))
    return render_template("projects/form.html", form=form, project=None)


@bp.route("/projects/<int:project_id>/edit", methods=["GET", "POST"])
@role_required(Role.unit)
def edit(project_id: int):
    """Edit a draft or a published plan."""
    project = managed_project(project_id, current_user)
    form = plan_form(project)
    done, _ = submit(form, lambda: operations.update_project(current_user, project, plan_changes(form)))
    if done:
        flash("项目已更新", "success")
        return redirect(url_for(".show", project_id=project.id))
    return render_template("projects/form.html", form=form, project=project)


@bp.post("/projects/<int:project_id>/step/<any(submit, publish, return, close):step>")
@role_required(Role.unit, Role.office)
def step(project_id: int, step: str):
    """submit (unit), publish or return with a reason (office), close (unit or office)."""
    project = visible_project(project_id, current_user)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            operations.step_project(current_user, project, step, request.form.get("reason"))
            flash(f"已{operations.PROJECT_STEPS[step].label}", "success")
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
    return redirect(url_for(".show", project_id=project.id))


# --- helpers -------------------------------------------------------------------------------

def plan_form(project: Project | None = None) -> ProjectForm:
    form = ProjectForm(obj=None if project is None else FormValues(project))
    form.category.choices = options([("", "请选择"), *PROGRAMME_CHOICES])
    units = db.session.scalars(select(Unit).where(Unit.id.in_(managed_unit_ids(current_user)))).all()
    form.unit_id.choices = options((str(u.id), u.name) for u in units)
    return form


def plan_changes(form: ProjectForm) -> dict:
    """What an edit changes: everything the form holds but its unit, since a project keeps its unit."""
    data = form.to_data()
    data.pop("unit_id", None)
    return data


class FormValues:
    """A project's values as the form shows them (yuan, ISO dates, programme number)."""

    def __init__(self, project: Project):
        for name in ("title", "service_target", "service_type", "district", "description",
                     "contact_name", "contact_phone"):
            setattr(self, name, getattr(project, name))
        for name in ("service_hours", "volunteers_needed", "sessions_planned"):
            setattr(self, name, str(getattr(project, name)))
        self.funding = quantity_filter(project.funding, "money").replace(",", "")
        self.start_on, self.end_on = project.start_on.isoformat(), project.end_on.isoformat()
        self.category, self.unit_id = str(project.category.number), str(project.unit_id)
        self.needs = [
            {"need_id": str(n.id), "kind": n.kind.value, "description": n.description,
             "quantity": str(shown(n.kind, n.quantity)), "unit": n.unit,
             "deadline": n.deadline.isoformat() if n.deadline else ""}
            for n in project.needs
        ]


def honour_list(project: Project) -> list[Match]:
    """The sponsors thanked on the page: approved and fulfilled claims and pledges."""
    return db.session.scalars(
        select(Match)
        .where(Match.project_id == project.id, Match.state.in_([MatchState.approved, MatchState.fulfilled]))
        .options(joinedload(Match.sponsor), joinedload(Match.need))
        .order_by(Match.id)
    ).all()


def history_of(project: Project) -> list[ProjectEvent]:
    """The plan's steps, oldest first, for its units and the office; nothing for anyone else."""
    if not sees_history(current_user, project):
        return []
    return db.session.scalars(
        select(ProjectEvent).where(ProjectEvent.project_id == project.id)
        .options(joinedload(ProjectEvent.actor)).order_by(ProjectEvent.id)
    ).all()


def confirm_form() -> ConfirmForm | None:
    """The CSRF token of the staff's step buttons. Not for visitors: making one writes the token
    into their session, which would give each a cookie and keep the page from being shared."""
    return ConfirmForm() if current_user.is_authenticated else None


def live_claim(honour: list[Match]) -> Match | None:
    """The approved or fulfilled claim on the project, if any (at most one: the database sees to it)."""
    return next((match for match in honour if match.kind is MatchKind.claim), None)


def similar(project: Project):
    if project.status.value != "published":
        return []
    return recommender.similar_projects(project, limit=4)


def sponsors_to_invite(project: Project):
    """For the project's units and the office: sponsors whose interests and offers fit."""
    staff = manages(current_user, project) or (current_user.is_authenticated and current_user.role is Role.office)
    if not staff or project.status.value != "published":
        return []
    return recommender.sponsors_for(project, limit=5)


@bp.post("/projects/<int:project_id>/cover")
@role_required(Role.unit)
def upload_cover(project_id: int):
    """Set the project's cover picture (its unit): an image by its content, re-encoded."""
    project = managed_project(project_id, current_user)
    upload = request.files.get("cover")
    try:
        covers.set_cover(current_user, project, upload.read() if upload else b"")
        flash("封面图片已更新", "success")
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
    return redirect(url_for(".show", project_id=project.id))


@bp.get("/projects/<int:project_id>/cover/<name>")
@public
def cover(project_id: int, name: str):
    """A project's cover picture, to whoever may see the project."""
    project = visible_project(project_id, current_user)
    if not project.cover or project.cover != name:
        raise NotFound("没有这张封面图片")
    return covers.send_cover(project)
