"""``atomic_target``: the file or the stream gets the output only after ``before_publish``
(the audit row) succeeded, and temporary files never look like output."""

from __future__ import annotations

import io

import pytest

from desktop.services.output import OutputCancelled, atomic_target


class AuditFailed(Exception):
    pass


def _write(path: str) -> None:
    with open(path, "wb") as f:
        f.write(b"%PDF")


def _fail() -> None:
    raise AuditFailed


def test_a_failed_audit_leaves_no_file_and_no_temporary(tmp_path):
    out = tmp_path / "roster.pdf"
    with pytest.raises(AuditFailed), atomic_target(out, before_publish=_fail) as target:
        assert not target.endswith(".pdf")  # never mistaken for the print
        _write(target)
    assert list(tmp_path.iterdir()) == []


def test_a_stream_gets_nothing_when_the_audit_fails_or_the_user_cancels():
    stream = io.BytesIO()
    with pytest.raises(AuditFailed), atomic_target(stream, before_publish=_fail) as target:
        target.write(b"%PDF")
    with pytest.raises(OutputCancelled), atomic_target(stream, cancelled=lambda: True) as target:
        target.write(b"%PDF")
    assert stream.getvalue() == b""


def test_the_audit_runs_before_the_file_appears(tmp_path):
    out = tmp_path / "roster.pdf"
    seen = []
    with atomic_target(out, before_publish=lambda: seen.append(out.exists())) as target:
        _write(target)
    assert seen == [False] and out.read_bytes() == b"%PDF"


def test_stale_temporaries_of_earlier_runs_are_removed(tmp_path):
    out = tmp_path / "roster.pdf"
    (tmp_path / ".~roster.pdf.0badf00d.partial").write_bytes(b"half")
    (tmp_path / "roster.part.pdf").write_bytes(b"")  # an earlier version's, left empty by a kill
    (tmp_path / "notes.part.pdf").write_bytes(b"")  # not this print's: left alone
    (tmp_path / "other.part.pdf").write_bytes(b"x")
    with atomic_target(out) as target, open(target, "wb") as f:
        f.write(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "notes.part.pdf",
        "other.part.pdf",
        "roster.pdf",
    ]


def test_an_error_names_the_file_the_user_asked_for_not_its_temporary(tmp_path):
    from desktop.services.output import atomic_targets

    gone = tmp_path / "gone" / "roster.pdf"
    with pytest.raises(FileNotFoundError) as raised, atomic_target(gone) as target:
        _write(target)
    assert raised.value.filename == str(gone)
    pair = [tmp_path / "gone" / "data.pdf", tmp_path / "gone" / "data.json"]
    with pytest.raises(FileNotFoundError) as raised, atomic_targets(pair) as targets:
        _write(targets[1])
    assert raised.value.filename == str(pair[1])
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(OSError) as raised, atomic_target(folder) as target:
        _write(target)
    assert ".partial" not in f"{raised.value.filename} {raised.value.filename2}"
