"""Table model over the office's user accounts (a short list, held in memory)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.domain.people import Role
from desktop.domain.records import UserInfo
from ui.domain_labels import label_of

COL_USERNAME, COL_FULL_NAME, COL_POSITION, COL_ROLES, COL_STATUS = range(5)
USER_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's UserInfo
SUSPENDED_COLOUR = QColor("#8a8a8a")


def role_labels(user: UserInfo) -> str:
    # Enum order (admin, clerk, mentor, supervisor) so every row lists roles the same way.
    return ", ".join(label_of(role) for role in Role if role in user.roles)


class UsersTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []
        self._headers = [
            self.tr("ชื่อผู้ใช้"),
            self.tr("ชื่อ-สกุล"),
            self.tr("ตำแหน่ง"),
            self.tr("บทบาท"),
            self.tr("สถานะ"),
        ]

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo:
        return self._users[row]

    def row_of(self, username: str) -> int:
        return next(
            (i for i, u in enumerate(self._users) if u.username.lower() == username.lower()), -1
        )

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        user = self._users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(user, index.column())
        if role == USER_ROLE:
            return user
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return SUSPENDED_COLOUR
        return None

    def _display(self, user: UserInfo, column: int) -> str:
        if column == COL_USERNAME:
            return user.username
        if column == COL_FULL_NAME:
            return user.full_name
        if column == COL_POSITION:
            return user.position
        if column == COL_ROLES:
            return role_labels(user)
        return self.tr("ใช้งาน") if user.active else self.tr("ระงับ")
