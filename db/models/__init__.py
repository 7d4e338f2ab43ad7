"""All mapped classes; importing this package registers every table on ``Base.metadata``."""

from db.models.accounts import Office, User, UserRole
from db.models.audit import AuditEvent
from db.models.base import Base
from db.models.cases import (
    ApprovalRequest,
    Case,
    CaseCounter,
    CaseEvent,
    CaseNeed,
    ServiceLevel,
)
from db.models.changes import ChangeCounter
from db.models.imports import ImportMapping
from db.models.mentoring import (
    Award,
    Evaluation,
    EvaluationScore,
    EvaluationTemplate,
    FollowUp,
    GradeBandRow,
    MentorAssignment,
    TemplateCriterion,
    Visit,
    VisitTopic,
    VisitTopicLink,
)
from db.models.people import Person, PersonArea, StatusHistory

__all__ = [
    "Award",
    "Evaluation",
    "EvaluationScore",
    "EvaluationTemplate",
    "FollowUp",
    "GradeBandRow",
    "MentorAssignment",
    "TemplateCriterion",
    "Visit",
    "VisitTopic",
    "VisitTopicLink",
    "ApprovalRequest",
    "Case",
    "CaseCounter",
    "CaseEvent",
    "CaseNeed",
    "ChangeCounter",
    "ServiceLevel",
    "AuditEvent",
    "Base",
    "ImportMapping",
    "Office",
    "Person",
    "PersonArea",
    "StatusHistory",
    "User",
    "UserRole",
]
