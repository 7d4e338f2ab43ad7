"""The words the dashboard's charts put beside their bars, in the window's language: short
names for the needs and agencies (the full ones do not fit an axis), months as ต.ค. 68."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import areas
from desktop.domain.cases.categories import Agency, Need
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.reports import month_label
from ui.domain_labels import label_of

NEED_COLORS = {
    Need.JOB: "#1f77b4",
    Need.TRAINING: "#2ca02c",
    Need.SOCIAL_SECURITY: "#9467bd",
    Need.PROTECTION: "#d62728",
    Need.SAFETY: "#ff7f0e",
    Need.ABROAD: "#17becf",
    Need.OTHER: "#7f7f7f",
}
LAST_YEAR_COLORS = {
    Need.JOB: "#a9c8e4",
    Need.TRAINING: "#abd9ab",
    Need.SOCIAL_SECURITY: "#d2c2e6",
    Need.PROTECTION: "#eea9a9",
    Need.SAFETY: "#ffcb9a",
    Need.ABROAD: "#a2e5ec",
    Need.OTHER: "#cccccc",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardCharts", text)


def need_short(need: Need) -> str:
    return {
        Need.JOB: tr("หางาน"),
        Need.TRAINING: tr("ฝึกอบรม"),
        Need.SOCIAL_SECURITY: tr("ประกันสังคม"),
        Need.PROTECTION: tr("ร้องเรียน"),
        Need.SAFETY: tr("ความปลอดภัย"),
        Need.ABROAD: tr("ต่างประเทศ"),
        Need.OTHER: tr("อื่น ๆ"),
    }[need]


def agency_short(agency: Agency) -> str:
    return {
        Agency.EMPLOYMENT: tr("จัดหางาน"),
        Agency.SKILL: tr("พัฒนาฝีมือ"),
        Agency.PROTECTION: tr("สวัสดิการฯ"),
        Agency.SOCIAL_SECURITY: tr("ประกันสังคม"),
        Agency.OSH: tr("สสปท."),
        Agency.OFFICE: tr("สนง.แรงงาน"),
    }[agency]


def month_key_label(key: str) -> str:
    """``2025-10`` → ``ต.ค. 68``."""
    year, month = (int(p) for p in key.split("-"))
    return month_label(year, month)


def category_label(chart: str, key: str) -> str:
    if chart == "needs":
        return month_key_label(key)
    if chart == "status":
        return label_of(CaseStatus(key))
    if chart == "days_to_outcome":
        return agency_short(Agency(key))
    return areas.district_name(key) or key
