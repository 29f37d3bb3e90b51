"""Every model, imported in one place so the metadata (and Alembic) sees the whole schema."""

from .audit.models import AuditEntry
from .auth.models import AuthSession, Role, User
from .catalog.models import Category, Unit
from .collaborations.models import Collaboration, CollaborationEvent
from .execution.models import Activity, ActivityPhoto, Rating, Report, ReportReminder, Summary
from .matches.models import IdempotencyKey, Match, MatchEvent
from .notifications.models import Notification
from .projects.models import Need, Project, ProjectEvent
from .sponsors.models import Offer, SponsorProfile
from .volunteers.models import Recruitment, Signup, SignupEvent, VolunteerProfile

__all__ = [
    "Activity", "ActivityPhoto", "AuditEntry", "AuthSession", "Category", "Collaboration", "CollaborationEvent",
    "IdempotencyKey", "Match", "MatchEvent", "Need", "Notification", "Offer", "Project",
    "ProjectEvent", "Rating", "Recruitment", "Report", "ReportReminder", "Role", "Signup", "SignupEvent",
    "SponsorProfile", "Summary", "Unit", "User", "VolunteerProfile",
]
