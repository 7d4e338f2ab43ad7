"""Where the roster's cells break, on a demo office's people: only where Qt's line breaker
(ICU's rules with a Thai dictionary) allows a break, and never inside a name, an address
part (บ้านเลขที่ 30, หมู่ที่ 10, ซอย…, ต.…, อ.…, จ.…, the postcode), a phone or a date —
unless that unit alone is wider than its column."""

from __future__ import annotations

import pytest
from doc_samples import demo_office
from PySide6.QtCore import QTextBoundaryFinder

from desktop.documents import roster
from desktop.documents.fonts import REGULAR
from desktop.documents.list_pages import content_widths
from desktop.documents.roster_rows import PAD_X, SIZE
from desktop.documents.text_units import address_parts
from desktop.documents.thai_text import printable, wrap_text
from desktop.domain.people import format_phone
from desktop.domain.thai_dates import format_medium
from desktop.services.people.service import PeopleService, PersonFilter


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    with demo_office(tmp_path_factory.mktemp("breaks"), 120, "clerk") as ctx:
        yield PeopleService(ctx).rows(PersonFilter())


def qt_breaks(text: str) -> set[int]:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found, at = set(), finder.toNextBoundary()
    while at != -1:
        found.add(at)
        at = finder.toNextBoundary()
    return found


def breaks_of(lines: list[str]) -> tuple[str, list[int]]:
    """The cell's text as printed and where its lines end in it."""
    text, ends = "", []
    for line in lines:
        text += printable(line)
        ends.append(len(text))
    return text, ends[:-1]


def width(text: str) -> float:
    from desktop.documents.drawing import shaped_width

    return shaped_width(text, REGULAR, SIZE)


def test_breaks_only_where_qt_allows_and_never_inside_a_unit(people):
    cells = [roster._cells(n, row, False) for n, row in enumerate(people, start=1)]
    widths = content_widths(roster.COLUMNS, cells)
    wrapped = 0
    wrong: list[str] = []
    for row, cell in zip(people, cells, strict=True):
        units = [row.full_name, format_phone(row.phone), format_medium(row.appointed_on)]
        units += address_parts(roster._address(row))
        for column in (1, 3, 4):
            room = widths[column] - 2 * PAD_X
            for paragraph in cell[column].split("\n"):
                lines = wrap_text(paragraph, REGULAR, SIZE, room)
                text, ends = breaks_of(lines)
                if not ends:
                    continue
                wrapped += 1
                allowed = qt_breaks(text)
                for end in ends:
                    if end not in allowed:
                        wrong.append(f"Qt forbids: {text[:end]}⏎{text[end:]}")
                    for unit in units:
                        at = text.find(unit)
                        if unit and at >= 0 and at < end < at + len(unit) and width(unit) <= room:
                            wrong.append(f"inside {unit}: {text[:end]}⏎{text[end:]}")
    assert wrapped > 50, "the demo's addresses should wrap"
    assert wrong == []
