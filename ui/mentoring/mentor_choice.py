"""The mentor a clerk keys a paper form in for (a visit, an evaluation sheet).

Lists the active mentors after a "choose" entry; a record whose mentor has since left keeps
them, so editing it never moves it to someone else.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from desktop.domain.records import UserInfo
from desktop.services.mentoring.assignments import MentorAssignmentService


class MentorChoice(QComboBox):
    def fill(self, placeholder: str, mentors: Iterable[UserInfo]) -> None:
        self.addItem(placeholder, None)
        for m in mentors:
            self.addItem(m.full_name, m.id)

    def choose(self, mentor_id: int | None, name: str = "") -> None:
        """Select ``mentor_id``; one no longer listed (left, or no longer a mentor) is added
        under ``name``. None, or an unknown id without a name: the "choose" entry."""
        if mentor_id is not None and self.findData(mentor_id) < 0 and name:
            self.addItem(name, mentor_id)
        self.setCurrentIndex(max(self.findData(mentor_id), 0))

    def choose_mentor_of(self, assignments: MentorAssignmentService, person_id: int) -> None:
        """A new form defaults to the person's current mentor."""
        current = assignments.mentor_of(person_id)
        self.choose(current.mentor_id if current else None)
