"""Every document a print or export writes into the audit trail is named there in Thai (the
audit page and its PDF said "บุคคล: roster"), and a report by the title it prints."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from desktop.domain.audit_actions import DOCUMENT_LABELS, document_label
from desktop.services.reports import REPORTS

SERVICES = Path(__file__).resolve().parents[2] / "desktop" / "services"
# The ways a service names the document it audits: _audit("roster", …), {"document": "…"},
# self._export(table, "workspace_export", …), document = "csv_export" if … else "…".
PATTERNS = (
    r'_audit\(\s*"([a-z_]+)"',
    r'"document":\s*"([a-z_]+)"',
    r'_export\(\s*table,\s*"([a-z_]+)"',
    r'document = "([a-z_]+)"(?: if .* else "([a-z_]+)")?',
    r'^DOCUMENT = "([a-z_]+)"',
)


def written_documents() -> set[str]:
    found: set[str] = set()
    for path in [*SERVICES.rglob("*.py"), SERVICES.parent / "domain" / "person_data.py"]:
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            for match in re.finditer(pattern, text, re.MULTILINE):
                found.update(g for g in match.groups() if g)
    return found


def test_every_document_the_services_audit_has_a_thai_name():
    documents = written_documents()
    assert {"roster", "queue_list", "csv_export", "workspace_export", "person_data"} <= documents
    assert sorted(documents - DOCUMENT_LABELS.keys()) == []


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_a_report_is_named_by_its_title(name):
    module, cls = REPORTS[name].split(":")
    service = getattr(importlib.import_module(module), cls)
    assert document_label(f"report_{service.name}") == service.title
