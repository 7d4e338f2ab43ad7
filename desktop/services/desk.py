"""The services a signed-in session uses, bundled so the window can be built with them injected."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.mentoring.records import TimelineEntry
from desktop.domain.permissions import Permission
from desktop.domain.records import OfficeInfo, UserInfo
from desktop.services.accounts import AccountService
from desktop.services.audit_trail import AuditTrailService
from desktop.services.backups import BackupService
from desktop.services.cases.service import CaseService
from desktop.services.cases.service_levels import ServiceLevelService
from desktop.services.changes import ChangeService
from desktop.services.connection_settings import ConnectionSettingsService
from desktop.services.context import ServiceContext
from desktop.services.dashboard import DashboardService
from desktop.services.imports.case_import import CaseImportService
from desktop.services.imports.people_import import PeopleImportService
from desktop.services.mentoring.assignments import MentorAssignmentService
from desktop.services.mentoring.evaluations import EvaluationService
from desktop.services.mentoring.templates import TemplateService
from desktop.services.mentoring.visits import VisitService
from desktop.services.mentoring.workspace import WorkspaceService
from desktop.services.move_to_server import MoveToServerService
from desktop.services.people.anonymise import AnonymiseService
from desktop.services.people.awards import AwardService
from desktop.services.people.printing import RegistryPrintService
from desktop.services.people.retention import RetentionService
from desktop.services.people.service import PeopleService
from desktop.services.person_data import PersonDataExportService
from desktop.services.person_timeline import person_timeline


@dataclass
class Desk:
    ctx: ServiceContext

    @property
    def user(self) -> UserInfo | None:
        return self.ctx.user

    @property
    def audit_trail(self) -> AuditTrailService:
        return AuditTrailService(self.ctx)

    @property
    def backups(self) -> BackupService:
        return BackupService(self.ctx)

    @property
    def connection_settings(self) -> ConnectionSettingsService:
        return ConnectionSettingsService(self.ctx)

    @property
    def move_to_server(self) -> MoveToServerService | None:
        """Only from the local file (the move copies it up to a server)."""
        return MoveToServerService(self.ctx) if self.ctx.db.dialect == "sqlite" else None

    @property
    def accounts(self) -> AccountService:
        return AccountService(self.ctx)

    @property
    def changes(self) -> ChangeService:
        return ChangeService(self.ctx)

    @property
    def dashboard(self) -> DashboardService:
        return DashboardService(self.ctx)

    @property
    def people(self) -> PeopleService:
        return PeopleService(self.ctx)

    @property
    def person_data(self) -> PersonDataExportService:
        """Everything about one person, for that person (PDPA s.30, s.31)."""
        return PersonDataExportService(self.ctx)

    @property
    def anonymise(self) -> AnonymiseService:
        """Erasing people's identifying data for good (PDPA s.33)."""
        return AnonymiseService(self.ctx)

    @property
    def retention(self) -> RetentionService:
        """Who is due to be anonymised, and after how many years (PDPA s.37(3))."""
        return RetentionService(self.ctx)

    @property
    def people_import(self) -> PeopleImportService:
        return PeopleImportService(self.ctx)

    @property
    def case_import(self) -> CaseImportService:
        return CaseImportService(self.ctx)

    @property
    def registry_printing(self) -> RegistryPrintService:
        return RegistryPrintService(self.ctx)

    @property
    def cases(self) -> CaseService:
        return CaseService(self.ctx)

    @property
    def service_levels(self) -> ServiceLevelService:
        return ServiceLevelService(self.ctx)

    @property
    def assignments(self) -> MentorAssignmentService:
        return MentorAssignmentService(self.ctx)

    @property
    def workspace(self) -> WorkspaceService:
        return WorkspaceService(self.ctx)

    @property
    def visits(self) -> VisitService:
        return VisitService(self.ctx)

    @property
    def evaluations(self) -> EvaluationService:
        return EvaluationService(self.ctx)

    @property
    def templates(self) -> TemplateService:
        return TemplateService(self.ctx)

    @property
    def awards(self) -> AwardService:
        return AwardService(self.ctx)

    def timeline(self, person_id: int) -> list[TimelineEntry]:
        return person_timeline(self.ctx, person_id)

    def office(self) -> OfficeInfo | None:
        return self.accounts.office()

    def can(self, permission: Permission) -> bool:
        return self.ctx.can(permission)

    def signed_in_as(self, user: UserInfo) -> Desk:
        return Desk(self.ctx.as_user(user))
