"""The recommender's one seam to the database: rows to documents, one index per process,
and freshness.

Each app (so each gunicorn worker) keeps its own index in `app.extensions`, under the version
of the data it was built at (freshness.index_version: the part of the version the kept public
answers follow that leaves out pledges and the answers that move no quantity, which change
nothing the index holds). When that has moved, the next use rebuilds it, from cached tokens (a few tens of ms for
a thousand projects), so a decision shows in every worker as soon as the kept answers drop, and
a page is never rendered from an index older than the version it is kept under.
"""

import gc
import threading
from dataclasses import dataclass, field
from datetime import date

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..freshness import index_version
from ..matches.models import Match
from ..models_base import local_today
from ..projects.models import Project, ProjectStatus
from ..sponsors.models import SponsorProfile
from .engine import Index, NeedDoc, OfferDoc, ProjectDoc, Result, SponsorDoc, TokenCache
from .learned import shipped as learned_reader
from .tokens import jieba_tokenizer


@dataclass
class Holder:
    index: Index | None = None
    version: tuple | None = None  # of the data the index was built from
    cache: TokenCache = field(default_factory=TokenCache)
    lock: threading.Lock = field(default_factory=threading.Lock)


def holder() -> Holder:
    return current_app.extensions.setdefault("recommender", Holder())


def project_doc(project: Project) -> ProjectDoc:
    return ProjectDoc(
        id=project.id,
        title=project.title,
        category=project.category.number,
        district=project.district,
        service_target=project.service_target,
        service_type=project.service_type,
        description=project.description,
        needs=tuple(
            NeedDoc(kind=n.kind.value, description=n.description, quantity=n.quantity,
                    remaining=n.remaining, unit=n.unit, deadline=n.deadline)
            for n in project.needs
        ),
        unit_id=project.unit_id,
        unit_name=project.unit.name,
        end_on=project.end_on,
    )


def sponsor_doc(profile: SponsorProfile) -> SponsorDoc:
    return SponsorDoc(
        id=profile.id,
        kind=profile.kind.value,
        name=profile.name,
        industry=profile.industry,
        interests=profile.interests,
        offers=tuple(OfferDoc(kind=o.kind.value, description=o.description) for o in profile.offers),
        district=profile.district,
    )


def current_index() -> Index:
    """This process's index, rebuilt first if the data's version moved since it was built."""
    state = holder()
    version = index_version()  # read before the documents: the index is at least this new
    if state.index is not None and state.version == version:
        return state.index
    with state.lock:
        if state.index is None or state.version != version:
            state.index = Index.build(load_documents(), cache=state.cache)
            state.version = version
        return state.index


def load_documents() -> list[ProjectDoc]:
    rows = db.session.scalars(
        select(Project)
        .where(Project.status == ProjectStatus.published)
        .options(selectinload(Project.needs), joinedload(Project.unit), joinedload(Project.category))
    )
    return [project_doc(project) for project in rows]


def with_projects(results: list[Result]) -> list[tuple[Project, Result]]:
    """Pair results with their projects, loaded in one query, in the results' order."""
    if not results:
        return []
    projects = db.session.scalars(
        select(Project)
        .where(Project.id.in_([r.id for r in results]))
        .options(selectinload(Project.needs), joinedload(Project.unit), joinedload(Project.category))
    ).all()
    by_id = {p.id: p for p in projects}
    return [(by_id[r.id], r) for r in results if r.id in by_id]


# --- what the pages and the API ask for ----------------------------------------------------

def recommend_for(profile: SponsorProfile, limit: int = 10) -> list[tuple[Project, Result]]:
    """Projects for a sponsor, best first, leaving out those it has already matched."""
    already = frozenset(db.session.scalars(select(Match.project_id).where(Match.sponsor_id == profile.id)))
    index = current_index()
    results = index.recommend(sponsor_doc(profile), limit=limit * 2, exclude=already)
    return with_projects([r for r in results if is_current(index.project(r.id))][:limit])


def is_current(doc: ProjectDoc | None, today: date | None = None) -> bool:
    """Not past its end date: checked when asked, with the date the index holds."""
    return doc is not None and (doc.end_on is None or doc.end_on >= (today or local_today()))


def search_ids(query: str) -> list[int]:
    """The ids of every published project matching the words, best first; those past their
    end date after all the others (still found, no longer ranked)."""
    index, today = current_index(), local_today()  # once: a common word matches thousands
    current, expired = [], []
    for project_id in index.search_ids(query):
        (current if is_current(index.project(project_id), today) else expired).append(project_id)
    return current + expired


def similar_projects(project: Project, limit: int = 5) -> list[tuple[ProjectDoc, Result]]:
    """Published projects like this one, each with its record in the index (id and title are all
    a page links to). No query: the index is as new as the data's version."""
    index = current_index()
    found = [(index.project(r.id), r) for r in index.similar_projects(project.id, limit=limit * 2)]
    return [(doc, result) for doc, result in found if is_current(doc)][:limit]


def sponsors_for(project: Project, limit: int = 10) -> list[tuple[SponsorProfile, Result]]:
    """Sponsors worth inviting to this project, with reasons."""
    profiles = db.session.scalars(select(SponsorProfile).options(selectinload(SponsorProfile.offers))).all()
    by_id = {p.id: p for p in profiles}
    results = current_index().rank_sponsors(project.id, [sponsor_doc(p) for p in profiles], limit=limit)
    return [(by_id[r.id], r) for r in results]


def partner_units(project: Project, limit: int = 5) -> list[Result]:
    """Units whose published projects resemble this one: candidates to collaborate with."""
    return current_index().rank_units(project.id, limit=limit)


def warm_up(app) -> None:
    """Build the index once in the gunicorn master (--preload), before workers fork.

    The workers then share its memory pages, the loaded jieba dictionary and the learned
    reader instead of each paying for a cold build on its first request. gc.freeze() keeps
    the garbage collector from touching (and so copying) those shared pages, and takes the
    long-lived index out of every later collection. A database that is not migrated yet is no reason
    to refuse to start: the first request builds the index instead.
    """
    jieba_tokenizer()  # even when there is nothing to index yet, so that the workers share them
    learned_reader()
    with app.app_context():
        try:
            current_index()
        except SQLAlchemyError as error:
            app.logger.warning("recommender index not built at start-up: %s", error)
        finally:
            db.session.remove()
            db.engine.dispose()  # never share a database connection across a fork
    gc.freeze()
