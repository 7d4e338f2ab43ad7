"""The categories a referral case is sorted by: needs, agencies, channels, urgency, outcomes.

Also the suggestions made from them: the agency a clerk is offered first for a need and the
outcome most likely recorded for it (the move dialog and the demo data both use them).
"""

from __future__ import annotations

import enum


class Need(enum.StrEnum):
    JOB = "job"
    TRAINING = "training"
    SOCIAL_SECURITY = "social_security"
    PROTECTION = "protection"
    SAFETY = "safety"
    ABROAD = "abroad"
    OTHER = "other"

    @property
    def label(self) -> str:
        return NEED_LABELS[self]


NEED_LABELS = {
    Need.JOB: "หางาน / บรรจุงาน",
    Need.TRAINING: "ฝึกอบรมพัฒนาทักษะฝีมือ",
    Need.SOCIAL_SECURITY: "ประกันสังคม (มาตรา 40 และอื่น ๆ)",
    Need.PROTECTION: "ร้องเรียนคุ้มครองแรงงาน (ค่าจ้าง เลิกจ้าง สิทธิ)",
    Need.SAFETY: "ความปลอดภัยในการทำงาน",
    Need.ABROAD: "ไปทำงานต่างประเทศ",
    Need.OTHER: "อื่น ๆ",
}


class Agency(enum.StrEnum):
    EMPLOYMENT = "doe"
    SKILL = "dsd"
    PROTECTION = "dlpw"
    SOCIAL_SECURITY = "sso"
    OSH = "tosh"
    OFFICE = "office"

    @property
    def label(self) -> str:
        return AGENCY_LABELS[self]


AGENCY_LABELS = {
    Agency.EMPLOYMENT: "กรมการจัดหางาน",
    Agency.SKILL: "กรมพัฒนาฝีมือแรงงาน",
    Agency.PROTECTION: "กรมสวัสดิการและคุ้มครองแรงงาน",
    Agency.SOCIAL_SECURITY: "สำนักงานประกันสังคม",
    Agency.OSH: "สถาบันส่งเสริมความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน",
    Agency.OFFICE: "สำนักงานแรงงานจังหวัด",
}
# The agency a clerk is offered first for each need.
SUGGESTED_AGENCY = {
    Need.JOB: Agency.EMPLOYMENT,
    Need.TRAINING: Agency.SKILL,
    Need.SOCIAL_SECURITY: Agency.SOCIAL_SECURITY,
    Need.PROTECTION: Agency.PROTECTION,
    Need.SAFETY: Agency.OSH,
    Need.ABROAD: Agency.EMPLOYMENT,
    Need.OTHER: Agency.OFFICE,
}


class Channel(enum.StrEnum):
    VOLUNTEER = "volunteer"
    WALK_IN = "walk_in"
    PHONE = "phone"
    LINE = "line"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS = {
    Channel.VOLUNTEER: "อาสาสมัคร/บัณฑิตแรงงานชี้เป้า",
    Channel.WALK_IN: "มาติดต่อด้วยตนเอง",
    Channel.PHONE: "โทรศัพท์",
    Channel.LINE: "LINE",
}


class Urgency(enum.StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"
    CRITICAL = "critical"

    @property
    def label(self) -> str:
        return {"normal": "ปกติ", "urgent": "ด่วน", "critical": "ด่วนที่สุด"}[self.value]


class Outcome(enum.StrEnum):
    PLACED = "placed"
    TRAINED = "trained"
    SECTION40 = "section40"
    SOCIAL_SECURITY_OTHER = "social_security_other"
    COMPLAINT_SETTLED = "complaint_settled"
    SAFETY_FIXED = "safety_fixed"
    ADVISED = "advised"
    ABROAD_PROCESSED = "abroad_processed"
    NOT_REACHABLE = "not_reachable"
    OTHER = "other"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.PLACED: "ได้งานทำ",
    Outcome.TRAINED: "เข้ารับการฝึกอบรม",
    Outcome.SECTION40: "สมัครประกันสังคมมาตรา 40",
    Outcome.SOCIAL_SECURITY_OTHER: "ได้รับสิทธิประกันสังคมอื่น",
    Outcome.COMPLAINT_SETTLED: "ข้อร้องเรียนได้รับการแก้ไข",
    Outcome.SAFETY_FIXED: "แก้ไขความไม่ปลอดภัยแล้ว",
    Outcome.ADVISED: "ให้คำแนะนำแล้ว",
    Outcome.ABROAD_PROCESSED: "ดำเนินการไปทำงานต่างประเทศ",
    Outcome.NOT_REACHABLE: "ติดต่อผู้ร้องไม่ได้",
    Outcome.OTHER: "อื่น ๆ",
}
# The outcome a clerk most likely records for the case's first need.
SUGGESTED_OUTCOME = {
    Need.JOB: Outcome.PLACED,
    Need.TRAINING: Outcome.TRAINED,
    Need.SOCIAL_SECURITY: Outcome.SECTION40,
    Need.PROTECTION: Outcome.COMPLAINT_SETTLED,
    Need.SAFETY: Outcome.SAFETY_FIXED,
    Need.ABROAD: Outcome.ABROAD_PROCESSED,
    Need.OTHER: Outcome.ADVISED,
}
