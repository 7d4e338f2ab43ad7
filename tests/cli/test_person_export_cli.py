"""``labour-desk person export NATIONAL_ID --out DIR``: a data subject's whole record, as the
window exports it — both files into DIR (made when missing), their paths printed, audited;
an unknown ID or a user without the permission gets one Thai line and exit code 1."""

from __future__ import annotations

import json

import pypdf
import pytest
from cli_run import query, run

from desktop.cli import main
from desktop.domain.national_id import format_id


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "12", "--cases", "20", name="person-export.sqlite3")


def test_exports_both_files_into_a_new_folder_and_prints_their_paths(url, capsys, tmp_path):
    ((person_id, nid, first),) = query(
        url, "SELECT id, national_id, first_name FROM person ORDER BY id LIMIT 1"
    )
    out = tmp_path / "for the person" / "today"
    code, said, err = run(
        capsys,
        "--database",
        url,
        "--user",
        "clerk",
        "person",
        "export",
        format_id(nid),
        "--out",
        str(out),
    )
    assert code == 0 and err == ""
    pdf, js = out / f"ข้อมูลส่วนบุคคล-{person_id}.pdf", out / f"ข้อมูลส่วนบุคคล-{person_id}.json"
    assert said.splitlines()[1:] == [str(pdf), str(js)] and first in said.splitlines()[0]
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["person"]["national_id"] == nid and data["prepared_by"]["username"] == "clerk"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert format_id(nid) in text and "ประวัติการเข้าถึงข้อมูล" in "".join(text.split())
    ((user, details),) = query(
        url,
        "SELECT username, details FROM audit_event WHERE action = 'export' AND entity = 'person'"
        f" AND entity_id = {person_id}",
    )
    assert user == "clerk" and json.loads(details)["files"] == [pdf.name, js.name]
    assert nid not in details and first not in details


def test_an_unknown_id_is_one_thai_line_and_exit_1(url, capsys, tmp_path):
    code, said, err = run(
        capsys,
        "--database",
        url,
        "person",
        "export",
        "1-1111-11111-11-9",
        "--out",
        str(tmp_path / "x"),
    )
    assert code == 1 and said == "" and len(err.strip().splitlines()) == 1
    assert "ไม่พบเลขประจำตัวประชาชน" in err and not (tmp_path / "x").exists()


def test_a_mentor_may_not_export(url, capsys, tmp_path):
    ((nid,),) = query(url, "SELECT national_id FROM person ORDER BY id LIMIT 1")
    code, _, err = run(
        capsys,
        "--database",
        url,
        "--user",
        "mentor",
        "person",
        "export",
        nid,
        "--out",
        str(tmp_path / "x"),
    )
    assert code == 1 and "ส่งออกข้อมูลทั้งหมดของบุคคล" in err and not (tmp_path / "x").exists()
    assert query(url, "SELECT count(*) FROM audit_event WHERE action = 'export'") == [(0,)]


def test_the_command_is_listed_under_person(capsys):
    with pytest.raises(SystemExit):
        main(["person", "--help"])
    assert "export" in capsys.readouterr().out
