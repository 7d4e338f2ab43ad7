"""All mapped classes; importing this package registers every table on ``Base.metadata``."""

from db.models.accounts import Office, User, UserRole
from db.models.audit import AuditEvent
from db.models.base import Base
from db.models.people import Person, PersonArea, StatusHistory
from db.models.referrals import (
    ApprovalRequest,
    Case,
    CaseCounter,
    CaseEvent,
    CaseNeed,
    ServiceLevel,
)

__all__ = [
    "ApprovalRequest",
    "Case",
    "CaseCounter",
    "CaseEvent",
    "CaseNeed",
    "ServiceLevel",
    "AuditEvent",
    "Base",
    "Office",
    "Person",
    "PersonArea",
    "StatusHistory",
    "User",
    "UserRole",
]
