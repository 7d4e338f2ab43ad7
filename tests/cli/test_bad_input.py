"""Every failure of the command line is one Thai line on stderr and a non-zero exit."""

from __future__ import annotations

import pytest

from desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("รายชื่ออาสาสมัคร\n" * 400, encoding="utf-8")
    return f"sqlite:///{path}"


def _damaged(tmp_path):
    from desktop.cli import main as cli

    path = tmp_path / "damaged.sqlite3"
    assert cli(["--database", f"sqlite:///{path}", "demo", "--people", "30"]) == 0
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 40] = b"\xa5" * (4096 * 38)
    path.write_bytes(bytes(data))
    return f"sqlite:///{path}"


BAD_URLS = {
    "nonsense": ("nonsense", "ที่อยู่ฐานข้อมูลไม่ถูกต้อง"),
    "other engine": ("mysql://clerk@server/desk", "ที่อยู่ฐานข้อมูลไม่ถูกต้อง"),
    "web address": ("https://example.org/desk", "ที่อยู่ฐานข้อมูลไม่ถูกต้อง"),
    "unknown driver": ("postgresql+nodriver://u@h/db", "ที่อยู่ฐานข้อมูลไม่ถูกต้อง"),
    "bad port": ("postgresql+psycopg://u@127.0.0.1:notaport/db", "ที่อยู่ฐานข้อมูลไม่ถูกต้อง"),
    "no server": ("postgresql+psycopg://u@127.0.0.1:1/db", "เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้"),
    "memory": ("sqlite://", "หน่วยความจำ"),
    "memory, three slashes": ("sqlite:///", "หน่วยความจำ"),
    "memory by name": ("sqlite:///:memory:", "หน่วยความจำ"),
    "memory uri": ("sqlite:///file:x?mode=memory&uri=true", "หน่วยความจำ"),
    "share uri": ("sqlite:///file://server/share/x.sqlite3?uri=true", "ไดรฟ์เครือข่าย"),
    "share": (r"sqlite:///\\server\share\desk.sqlite3", "ไดรฟ์เครือข่าย"),
}


@pytest.mark.parametrize("name", list(BAD_URLS))
def test_bad_database_urls(name, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    url, said = BAD_URLS[name]
    code, out, err = run(capsys, "--database", url, "user", "list")
    assert code == 1 and out == ""
    assert err.startswith("labour-desk: ") and said in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    ("make", "said"),
    [(_not_a_database, "ไม่ใช่ฐานข้อมูล"), (_damaged, "เสียหาย")],
)
def test_files_that_are_not_whole_databases(make, said, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    url = make(tmp_path)
    capsys.readouterr()
    code, _, err = run(capsys, "--database", url, "user", "list")
    assert code == 1 and said in err and len(err.strip().splitlines()) == 1, err


def test_printing_into_a_missing_folder_says_so_in_thai(demo_copy, capsys, tmp_path):
    url = demo_copy("--people", "20")
    target = tmp_path / "gone" / "roster.pdf"
    capsys.readouterr()
    args = ["--database", url, "--user", "clerk", "print", "roster", "--out", str(target)]
    code, _, err = run(capsys, *args)
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert err.strip() == f"labour-desk: ไม่พบไฟล์หรือโฟลเดอร์: {target}"
