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
