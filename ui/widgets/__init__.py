"""Reusable input widgets: BE dates, administrative areas, field error messages."""

from ui.widgets.area_picker import AreaPicker
from ui.widgets.be_date_edit import BeCalendarPopup, BeDateEdit
from ui.widgets.field_error import FieldError

__all__ = ["AreaPicker", "BeCalendarPopup", "BeDateEdit", "FieldError"]
