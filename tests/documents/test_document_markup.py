"""User text is data: markup prints literally and nothing is fetched."""

from __future__ import annotations

import io
import socket
import urllib.request

import pytest
from doc_samples import OFFICE, PRINTED_ON, make_detail, make_row, nfkd, pdf_pages_text
from reportlab.platypus import SimpleDocTemplate

from desktop.documents.layout import escape_markup, label
from desktop.documents.record_form import render_record_form
from desktop.documents.roster import render_roster

HOSTILE = ["A & B", "<b>x</b>", '<img src="http://example.invalid/x.png"/>', "&amp;", "<br/>"]


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return attempts


def test_escape_markup_makes_tags_literal():
    assert escape_markup("A & B <b>") == "A &amp; B &lt;b&gt;"
    assert escape_markup("ปกติ\x00") == "ปกติ"


def test_markup_in_a_paragraph_prints_literally(no_network):
    out = io.BytesIO()
    SimpleDocTemplate(out).build([label(text) for text in HOSTILE])
    text = "\n".join(pdf_pages_text(out.getvalue()))
    for hostile in HOSTILE:
        assert hostile in text
    assert no_network == []


def test_markup_in_names_and_notes_prints_literally(no_network):
    person = make_detail(first_name="A & B", last_name="<b>x</b>", notes=" ".join(HOSTILE))
    out = io.BytesIO()
    render_record_form(out, OFFICE, person, printed_on=PRINTED_ON)
    text = " ".join(" ".join(pdf_pages_text(out.getvalue())).split())
    for hostile in HOSTILE:
        assert hostile in text
    row = make_row(1, "A & B", "<b>x</b>", address=HOSTILE[2])
    out = io.BytesIO()
    render_roster(out, OFFICE, [row], printed_on=PRINTED_ON)
    text = nfkd("".join(pdf_pages_text(out.getvalue())).replace("\n", ""))
    assert "A & B <b>x</b>" in text
    assert "".join(HOSTILE[2].split()) in "".join(text.split())
    assert no_network == []
