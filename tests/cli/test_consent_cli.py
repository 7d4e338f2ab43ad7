"""``labour-desk print consent``: the consent form of one case, audited like every print."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_run import run
from pypdf import PdfReader
from sqlalchemy import select

from db.engine import Database
from db.models import AuditEvent


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "10", "--cases", "8", name="consent.sqlite3")


def test_print_the_consent_form_of_a_case(url, capsys, tmp_path):
    _, out, _ = run(capsys, "--database", url, "cases", "list", "--format", "csv")
    case_no = list(csv.reader(io.StringIO(out)))[1][0]
    form = tmp_path / "consent.pdf"
    code, out, err = run(capsys, "--database", url, "print", "consent", case_no, "--out", str(form))
    assert code == 0 and err == "" and case_no in out
    text = PdfReader(form).pages[0].extract_text()
    assert case_no in text and "มาตรา 19" in text

    db = Database.open(url)
    with db.sessions() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    db.dispose()
    assert (last.action, json.loads(last.details)) == ("print", {"document": "consent_form"})

    code, _, err = run(
        capsys, "--database", url, "print", "consent", "ลป 2570/99999", "--out", str(form)
    )
    assert code != 0 and "ไม่พบเรื่องเลขที่ ลป 2570/99999" in err
