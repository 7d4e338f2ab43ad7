"""The registry exported to Excel or CSV comes back in without a change."""

from __future__ import annotations

import pytest

from desktop.demo.seed import seed_people
from desktop.services.imports.people_import import PeopleImportService
from desktop.services.imports.records import DuplicateAction
from desktop.services.people.printing import RegistryPrintService
from desktop.services.people.service import PeopleService, PersonFilter


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_exported_registry_reimports_unchanged(admin, tmp_path, suffix):
    seed_people(admin, 40, "50", created_by_id=admin.user.id)
    out = tmp_path / f"registry{suffix}"
    assert RegistryPrintService(admin).export(PersonFilter(), out, full_id=True) == 40

    importing = PeopleImportService(admin)
    table = importing.read(out)
    preview = importing.preview(table, importing.suggested_mapping(table), DuplicateAction.UPDATE)
    problems = [str(p) for r in preview.rows for p in r.problems if not p.warning]
    assert preview.invalid == 0, problems
    assert preview.existing == 40 and preview.new == 0
    changed = {r.row: [c.label for c in r.update_changes] for r in preview.rows if r.update_changes}
    assert changed == {}  # every field reads back as it was stored

    before = PeopleService(admin).records(PersonFilter())
    importing.run(preview)
    assert PeopleService(admin).records(PersonFilter()) == before


def _intake_record(r):
    """What intake took in of a case (an imported case starts its workflow again)."""
    return (
        r.case_no, r.received_on, r.person_name, r.person_national_id, r.person_phone, r.needs,
        r.area, r.village_no, r.reporter_id, r.reporter_name, r.channel, r.urgency,
        r.description, r.consent, r.consent_on,
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exported_cases_import_into_an_office_without_cases_as_the_same_cases(
    admin, tmp_path, suffix
):
    from sqlalchemy import delete

    from db.models import ApprovalRequest, Case, CaseCounter, CaseEvent, CaseNeed
    from db.queries.cases import CaseFilter
    from desktop.demo.cases import seed_cases
    from desktop.services.cases.printing import CasePrintService
    from desktop.services.cases.service import CaseService
    from desktop.services.imports.case_import import CaseImportService

    seed_people(admin, 40, "50", created_by_id=admin.user.id)
    assert seed_cases(admin, 120) == 120
    out = tmp_path / f"cases{suffix}"
    assert CasePrintService(admin).export_excel(CaseFilter(), out, full_id=True) == 120
    before = sorted(_intake_record(r) for r in CaseService(admin).rows(CaseFilter()))
    assert {r[-2] for r in before} == {True, False}  # with and without consent
    assert any(r[8] for r in before) and not all(r[8] for r in before)  # reporters matched
    assert len({r[10] for r in before}) == 4  # every channel

    # The same office without its cases: the registry stays (the reporters are matched in it).
    with admin.unit_of_work() as s:
        for model in (ApprovalRequest, CaseEvent, CaseNeed):
            s.execute(delete(model))
        s.execute(Case.__table__.update().values(duplicate_of_id=None))
        s.execute(delete(Case))
        s.execute(delete(CaseCounter))

    importing = CaseImportService(admin)
    table = importing.read(out)
    preview = importing.preview(table, importing.suggested_mapping(table))
    problems = [p.line() for p in preview.problems if not p.warning]
    assert preview.invalid == 0, problems
    assert preview.new == 120
    assert importing.run(preview).created == 120
    after = CaseService(admin).rows(CaseFilter())
    assert sorted(_intake_record(r) for r in after) == before
    # Every number kept; intake goes on after the highest one of the year.
    from case_builders import case_draft

    latest = max(int(r.case_no[-5:]) for r in after if "/" in r.case_no and " 2570/" in r.case_no)
    typed = CaseService(admin).intake(case_draft())
    assert typed.case_no == f"ลป 2570/{latest + 1:05d}"
