"""Every model, imported in one place so the metadata (and Alembic) sees the whole schema."""

from .audit.models import AuditEntry
from .auth.models import AuthSession, Role, User
from .catalog.models import Category, Unit
from .collaborations.models import Collaboration, CollaborationEvent
from .execution.models import Activity, ActivityPhoto, Rating, Report, ReportReminder, Summary
from .incentives.models import Incentive, IncentiveCode
from .insurance.models import Insurance, InsuredVolunteer
from .matches.models import IdempotencyKey, Match, MatchEvent
from .notifications.models import Notification, OutboundMail
from .projects.models import Need, Project, ProjectEvent
from .service_records.models import Attendance
from .sponsors.models import Offer, SponsorProfile
from .trainings.models import RequiredTraining, Training, TrainingAttendance
from .verification.models import Verification
from .volunteers.models import Recruitment, Signup, SignupEvent, VolunteerProfile

__all__ = [
    "Activity", "ActivityPhoto", "AuditEntry", "AuthSession", "Category", "Collaboration", "CollaborationEvent",
    "IdempotencyKey", "Match", "MatchEvent", "Need", "Notification", "Offer", "OutboundMail", "Project",
    "ProjectEvent", "Rating", "Recruitment", "Report", "ReportReminder", "Role", "Signup", "SignupEvent",
    "SponsorProfile", "Summary", "Unit", "User", "VolunteerProfile",
    # volunteers' records and rewards
    "Attendance", "Incentive", "IncentiveCode", "Insurance", "InsuredVolunteer", "RequiredTraining", "Training", "TrainingAttendance", "Verification",
]
