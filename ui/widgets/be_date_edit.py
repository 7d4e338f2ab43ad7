"""A date field typed and shown in the Buddhist Era (พ.ศ.), with a BE calendar popup.

Qt has no Buddhist calendar (``QCalendar`` lacks one and ``QLocale(Thai)`` prints CE years),
so ``QDateEdit``/``QCalendarWidget`` would show 2026 where a clerk expects 2569. This module
keeps Qt for the plumbing and ``desktop.domain.thai_dates`` for every year a user sees:

* ``BeDateEdit`` — a line edit parsed with ``parse_be`` (``22/11/2569``, ``22 พ.ย. 69`` …)
  plus a button (or Alt+Down / F4) that opens the popup.
* ``BeCalendarPopup`` — month grid with Thai weekday headers, Thai month names and a BE
  year spin; arrows move by day/week, PageUp/PageDown by month, Enter picks, Esc closes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.thai_dates import (
    MONTHS_FULL,
    WEEKDAYS_ABBR,
    be_year,
    ce_year,
    format_long,
    format_short,
    parse_be,
)

Today = Callable[[], dt.date]

# 1900–2100 CE: wide enough for birth dates and contract ends, narrow enough for a spin box.
_DEFAULT_MIN = dt.date(1900, 1, 1)
_DEFAULT_MAX = dt.date(2100, 12, 31)
_SUNDAY_RED = QColor("#b3261e")


def _add_months(d: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the end of a shorter month."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _clamp(d: dt.date, lo: dt.date, hi: dt.date) -> dt.date:
    return max(lo, min(d, hi))


class _MonthModel(QAbstractTableModel):
    """Six Monday-first weeks around one month; each cell is a ``datetime.date``."""

    ROWS, COLUMNS = 6, 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = 2026, 1
        self.today = dt.date.today()
        self.minimum, self.maximum = _DEFAULT_MIN, _DEFAULT_MAX

    def show_month(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        self.endResetModel()

    def first_cell(self) -> dt.date:
        first = dt.date(self.year, self.month, 1)
        return first - dt.timedelta(days=first.weekday())

    def date_at(self, index: QModelIndex) -> dt.date:
        return self.first_cell() + dt.timedelta(days=index.row() * 7 + index.column())

    def index_of(self, d: dt.date) -> QModelIndex:
        offset = (d - self.first_cell()).days
        if not 0 <= offset < self.ROWS * self.COLUMNS:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def in_range(self, d: dt.date) -> bool:
        return self.minimum <= d <= self.maximum

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.ROWS

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self.in_range(self.date_at(index)):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.date_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(d.day)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return format_long(d)
        if role == Qt.ItemDataRole.UserRole:
            return d
        if role == Qt.ItemDataRole.FontRole and d == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if d.month != self.month or not self.in_range(d):
                return QGuiApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if d.weekday() == 6:
                return _SUNDAY_RED
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return WEEKDAYS_ABBR[section].rstrip(".")  # จ อ พ พฤ ศ ส อา
        return None


class BeCalendarPopup(QFrame):
    """A small month calendar whose header and navigation are in the Buddhist Era."""

    picked = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None, today: Today = dt.date.today) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._today = today
        self._cursor = today()

        self._prev = QToolButton(
            self, objectName="prevMonthButton", arrowType=Qt.ArrowType.LeftArrow
        )
        self._prev.setToolTip(self.tr("เดือนก่อน (PageUp)"))
        self._next = QToolButton(
            self, objectName="nextMonthButton", arrowType=Qt.ArrowType.RightArrow
        )
        self._next.setToolTip(self.tr("เดือนถัดไป (PageDown)"))
        self._month = QComboBox(self, objectName="monthCombo")
        self._month.addItems(MONTHS_FULL)
        self._month.setAccessibleName(self.tr("เดือน"))
        self._year = QSpinBox(self, objectName="yearSpin")
        self._year.setAccessibleName(self.tr("ปี พ.ศ."))
        self._year.setRange(be_year(_DEFAULT_MIN.year), be_year(_DEFAULT_MAX.year))
        self._year.setKeyboardTracking(False)  # typing 2570 must not jump through 2, 25, 257

        self._model = _MonthModel(self)
        self._grid = QTableView(self, objectName="calendarGrid")
        self._grid.setModel(self._model)
        self._set_up_grid()

        self._today_button = QPushButton(self.tr("วันนี้"), self, objectName="todayButton")
        self._today_button.setAutoDefault(False)

        header = QHBoxLayout()
        header.addWidget(self._prev)
        header.addWidget(self._month, 1)
        header.addWidget(self._year)
        header.addWidget(self._next)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self._today_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self._grid)
        layout.addLayout(footer)

        self._prev.clicked.connect(lambda: self.moveCursor(_add_months(self._cursor, -1)))
        self._next.clicked.connect(lambda: self.moveCursor(_add_months(self._cursor, 1)))
        self._month.activated.connect(self._on_month_or_year)
        self._year.valueChanged.connect(self._on_month_or_year)
        self._grid.clicked.connect(self._on_clicked)
        self._today_button.clicked.connect(lambda: self._pick(self._today()))
        self._grid.installEventFilter(self)
        self.setFocusProxy(self._grid)

    def _set_up_grid(self) -> None:
        g = self._grid
        g.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        g.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        g.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        g.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        g.setShowGrid(False)
        g.setTabKeyNavigation(False)
        g.verticalHeader().hide()
        fm = g.fontMetrics()
        cell_w = max(fm.horizontalAdvance("พฤ"), fm.horizontalAdvance("30")) + 18
        cell_h = fm.height() + 10
        hh = g.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setDefaultSectionSize(cell_w)
        hh.setMinimumSectionSize(cell_w)
        hh.setSectionsClickable(False)
        g.verticalHeader().setDefaultSectionSize(cell_h)
        g.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frame = 2 * g.frameWidth()
        g.setFixedSize(7 * cell_w + frame, hh.sizeHint().height() + 6 * cell_h + frame)

    # -- state -----------------------------------------------------------------------------

    def setDateRange(self, minimum: dt.date, maximum: dt.date) -> None:
        self._model.minimum, self._model.maximum = minimum, maximum
        self._year.setRange(be_year(minimum.year), be_year(maximum.year))

    def setCurrentDate(self, d: dt.date) -> None:
        """Show the month of ``d`` with the keyboard cursor on it (nothing is picked)."""
        self._model.today = self._today()
        d = _clamp(d, self._model.minimum, self._model.maximum)
        self._show_month(d.year, d.month)  # always: today and the range may have changed
        self.moveCursor(d)

    def currentDate(self) -> dt.date:
        return self._cursor

    def shownMonth(self) -> tuple[int, int]:
        """(BE year, month 1–12) of the month on screen."""
        return be_year(self._model.year), self._model.month

    def headerText(self) -> str:
        """``พฤศจิกายน 2569`` — what the header reads as, for tests and screen readers."""
        return f"{self._month.currentText()} {self._year.text()}"

    def moveCursor(self, d: dt.date) -> None:
        d = _clamp(d, self._model.minimum, self._model.maximum)
        self._cursor = d
        if (d.year, d.month) != (self._model.year, self._model.month):
            self._show_month(d.year, d.month)
        self._grid.setCurrentIndex(self._model.index_of(d))

    def _show_month(self, year: int, month: int) -> None:
        self._model.show_month(year, month)
        self._month.setCurrentIndex(month - 1)
        self._year.blockSignals(True)  # the spin must not re-enter _on_month_or_year
        self._year.setValue(be_year(year))
        self._year.blockSignals(False)
        self._grid.setAccessibleName(self.headerText())

    def _on_month_or_year(self) -> None:
        year, month = ce_year(self._year.value()), self._month.currentIndex() + 1
        day = min(self._cursor.day, calendar.monthrange(year, month)[1])
        self.moveCursor(dt.date(year, month, day))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._pick(self._model.date_at(index))

    def _pick(self, d: dt.date) -> None:
        if not self._model.in_range(d):
            return
        self.moveCursor(d)
        self.close()
        self.picked.emit(d)

    # -- keyboard --------------------------------------------------------------------------

    _DAY_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._grid and event.type() == QEvent.Type.KeyPress:
            return self._handle_key(event)
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, c = event.key(), self._cursor
        year_step = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in self._DAY_STEPS:
            self.moveCursor(c + dt.timedelta(days=self._DAY_STEPS[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = -1 if key == Qt.Key.Key_PageUp else 1
            self.moveCursor(_add_months(c, step * (12 if year_step else 1)))
        elif key == Qt.Key.Key_Home:
            self.moveCursor(c.replace(day=1))
        elif key == Qt.Key.Key_End:
            self.moveCursor(c.replace(day=calendar.monthrange(c.year, c.month)[1]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._pick(c)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            return False
        return True


class BeDateEdit(QWidget):
    """A date field in the Buddhist Era: type ``22/11/2569`` or pick from the popup.

    ``date()`` reads the text as it stands (None when empty or invalid); ``error()`` says why
    it is invalid, in Thai. ``dateChanged`` fires with the new date (or None) whenever the
    valid value changes: on editingFinished, on a calendar pick, and on ``setDate``/``clear``.
    """

    dateChanged = Signal(object)  # datetime.date | None
    errorChanged = Signal(str)  # "" once the field is valid again

    def __init__(self, parent: QWidget | None = None, *, today: Today = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._value: dt.date | None = None
        self._shown_error = ""
        self._required = False
        self._minimum, self._maximum = _DEFAULT_MIN, _DEFAULT_MAX
        self._popup: BeCalendarPopup | None = None

        self._edit = QLineEdit(self, objectName="dateLineEdit")
        self._edit.setPlaceholderText(self.tr("วว/ดด/ปปปป"))
        self._edit.setMaxLength(40)
        self._edit.setClearButtonEnabled(False)
        self._edit.setStyleSheet('QLineEdit[invalid="true"] { border: 1px solid #b3261e; }')
        self._button = QToolButton(self, objectName="calendarButton")
        self._button.setArrowType(Qt.ArrowType.DownArrow)
        self._button.setToolTip(self.tr("เลือกจากปฏิทิน (Alt+ลูกศรลง)"))
        self._button.setAccessibleName(self.tr("เปิดปฏิทิน"))
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self._edit)

        self._edit.editingFinished.connect(self._on_editing_finished)
        self._edit.textEdited.connect(self._on_text_edited)
        self._button.clicked.connect(self.showPopup)
        self._edit.installEventFilter(self)

    # -- value -----------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        return self._check(self._edit.text())[0]

    def setDate(self, d: dt.date | None) -> None:
        self._edit.setText(format_short(d))
        self._apply_text()

    def clear(self) -> None:
        self.setDate(None)

    def text(self) -> str:
        return self._edit.text()

    def isValid(self) -> bool:
        return self.error() is None

    def error(self) -> str | None:
        return self._check(self._edit.text())[1]

    def setRequired(self, required: bool) -> None:
        self._required = required
        if self._shown_error:  # refresh a message already on screen; new ones wait for Enter
            self._show_error(self.error())

    def isRequired(self) -> bool:
        return self._required

    def setMinimumDate(self, d: dt.date | None) -> None:
        self._minimum = d or _DEFAULT_MIN

    def setMaximumDate(self, d: dt.date | None) -> None:
        self._maximum = d or _DEFAULT_MAX

    def minimumDate(self) -> dt.date:
        return self._minimum

    def maximumDate(self) -> dt.date:
        return self._maximum

    def setReadOnly(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)
        self._button.setEnabled(not read_only)

    def lineEdit(self) -> QLineEdit:
        return self._edit

    def _check(self, text: str) -> tuple[dt.date | None, str | None]:
        if not text.strip():
            return None, (self.tr("กรุณากรอกวันที่") if self._required else None)
        try:
            d = parse_be(text)
        except ValueError as exc:
            return None, str(exc)
        if d < self._minimum:
            return None, self.tr("วันที่ต้องไม่ก่อน %1").replace("%1", format_short(self._minimum))
        if d > self._maximum:
            return None, self.tr("วันที่ต้องไม่หลัง %1").replace("%1", format_short(self._maximum))
        return d, None

    def _apply_text(self) -> None:
        d, err = self._check(self._edit.text())
        self._show_error(err)
        if err is not None:
            return
        if d is not None and self._edit.text() != format_short(d):
            self._edit.setText(format_short(d))  # "22 พ.ย. 69" reads back as 22/11/2569
        if d != self._value:
            self._value = d
            self.dateChanged.emit(d)

    def _on_editing_finished(self) -> None:
        # A closed dialog's field loses focus when another window takes over; nobody reads
        # it any more, and its message labels may already be on their way out.
        if self.window().isVisible():
            self._apply_text()

    def _on_text_edited(self, text: str) -> None:
        # Errors appear when the clerk leaves the field, but vanish as soon as they are fixed.
        if self._shown_error and self._check(text)[1] is None:
            self._show_error(None)

    def _show_error(self, err: str | None) -> None:
        err = err or ""
        if err == self._shown_error:
            return
        self._shown_error = err
        self._edit.setProperty("invalid", bool(err))
        self._edit.setToolTip(err)
        self._edit.style().unpolish(self._edit)
        self._edit.style().polish(self._edit)
        self.errorChanged.emit(err)

    # -- popup -----------------------------------------------------------------------------

    def popup(self) -> BeCalendarPopup:
        if self._popup is None:
            self._popup = BeCalendarPopup(self, self._today)
            self._popup.picked.connect(self._on_picked)
        return self._popup

    def showPopup(self) -> None:
        if self._edit.isReadOnly():
            return
        popup = self.popup()
        popup.setDateRange(self._minimum, self._maximum)
        popup.setCurrentDate(self.date() or _clamp(self._today(), self._minimum, self._maximum))
        popup.adjustSize()
        popup.move(self._popup_position(popup))
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def hidePopup(self) -> None:
        if self._popup is not None:
            self._popup.close()

    def _popup_position(self, popup: QWidget) -> QPoint:
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - popup.width())
        y = below.y()
        if y + popup.height() > screen.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - popup.height()
        return QPoint(max(x, screen.left()), max(y, screen.top()))

    def _on_picked(self, d: dt.date) -> None:
        self._edit.setText(format_short(d))
        self._apply_text()
        self._edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ``vars``: while Python collects a closed dialog this widget's state may already be
        # gone when Qt sends its line edit a last event.
        if event.type() == QEvent.Type.KeyPress and watched is vars(self).get("_edit"):
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (
                key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
            ):
                self.showPopup()
                return True
        return super().eventFilter(watched, event)
