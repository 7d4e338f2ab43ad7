"""The queues: each filter field, text search (name, ID, phone, case number), sorting in Thai
order, paging, and the live counts of the saved views for a clerk and a supervisor."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from case_builders import TODAY, bring_to, case_draft, quick_staff
from factories import draft as person_draft
from factories import valid_id

from db.queries.cases import CaseFilter
from desktop.domain.cases.categories import Agency, Channel, Need
from desktop.domain.cases.records import QueueView
from desktop.domain.cases.workflow import CaseStatus
from desktop.services.cases.service import CaseService
from desktop.services.people.service import PeopleService

S = CaseStatus


@pytest.fixture
def staff(database):
    return quick_staff(database)


@pytest.fixture
def world(staff):
    """Nine cases in different states, people, places and dates; returns them by name."""
    clerk, supervisor = staff["clerk"], staff["supervisor"]
    cases, boss = CaseService(clerk), CaseService(supervisor)
    volunteer = PeopleService(clerk).register(
        person_draft(400, first_name="อาสา", last_name="ชี้เป้า")
    )

    def make(name, **kw):
        return cases.intake(case_draft(person_name=name, **kw))

    w = {
        "received": make(
            "กานดา ใจงาม",
            person_national_id=valid_id(11),
            person_phone="0811111111",
            received_on=TODAY - dt.timedelta(days=20),  # overdue since day 7
        ),
        "screening": make("เกศินี แก้วมา", needs=(Need.TRAINING,), subdistrict_code="500102"),
        "referred": make(
            "แก้วตา ศรีสุข",
            channel=Channel.VOLUNTEER,
            reporter_id=volunteer.id,
            received_on=TODAY - dt.timedelta(days=3),
        ),
        "in_progress": make("โกวิท มั่นคง", needs=(Need.SOCIAL_SECURITY, Need.JOB)),
        "handled": make("ไก่แก้ว ดีเด่น", subdistrict_code="500204"),
        "resolved": make("ขวัญใจ รักดี", received_on=TODAY - dt.timedelta(days=40)),
        "closed": make("คำปุน ทองดี", received_on=TODAY - dt.timedelta(days=60)),
        "pending": make("งามตา สุขใจ", person_phone="0822222222"),
        "returned": make("จันทร์เพ็ญ ใสสะอาด", needs=(Need.PROTECTION,)),
    }
    w["screening"] = bring_to(cases, w["screening"], S.SCREENING)
    w["referred"] = bring_to(cases, w["referred"], S.REFERRED)
    w["in_progress"] = bring_to(cases, w["in_progress"], S.IN_PROGRESS)
    w["handled"] = bring_to(cases, w["handled"], S.HANDLED_BY_OFFICE)
    w["resolved"] = bring_to(cases, w["resolved"], S.RESOLVED)
    w["closed"] = bring_to(cases, w["closed"], S.CLOSED)
    w["returned"] = bring_to(cases, w["returned"], S.RETURNED)
    p = bring_to(cases, w["pending"], S.SCREENING)
    w["pending"] = cases.request_approval(p.id, p.version, S.REJECTED, "นอกพื้นที่")
    cases.assign([w["received"].id, w["referred"].id], clerk.user.id)
    cases.assign([w["handled"].id], supervisor.user.id)
    w["volunteer"] = volunteer
    w["cases"], w["boss"] = cases, boss
    return w


def names(rows) -> list[str]:
    return [r.person_name for r in rows]


def ids_of(service: CaseService, f: CaseFilter) -> set[int]:
    rows = service.rows(f)
    assert service.count(f) == len(rows)
    return {r.id for r in rows}


def test_each_filter_field(world):
    cases = world["cases"]
    w = world

    def only(f: CaseFilter) -> set[int]:
        return ids_of(cases, f)

    assert only(CaseFilter(statuses=("screening",))) == {w["screening"].id, w["pending"].id}
    assert only(CaseFilter(needs=("training",))) == {w["screening"].id}
    assert only(CaseFilter(needs=(Need.JOB, Need.PROTECTION))) == {
        r.id for k, r in w.items() if k not in ("screening", "volunteer", "cases", "boss")
    }
    assert only(CaseFilter(subdistrict_code="500102")) == {w["screening"].id}
    assert only(CaseFilter(district_code="5002")) == {w["handled"].id}
    assert only(CaseFilter(reporter_id=w["volunteer"].id)) == {w["referred"].id}
    assert only(CaseFilter(agency=Agency.EMPLOYMENT)) == {
        w["referred"].id,
        w["in_progress"].id,
        w["returned"].id,
    }
    assert only(
        CaseFilter(
            received_from=TODAY - dt.timedelta(days=40), received_to=TODAY - dt.timedelta(days=3)
        )
    ) == {
        w["received"].id,
        w["referred"].id,
        w["resolved"].id,
    }
    clerk_id = cases.ctx.user.id
    assert only(CaseFilter(assigned_to_id=clerk_id)) == {w["received"].id, w["referred"].id}
    assert w["received"].id not in only(CaseFilter(unassigned_only=True))
    assert only(CaseFilter(open_only=True)) == {
        r.id
        for k, r in w.items()
        if k
        in (
            "received",
            "screening",
            "referred",
            "in_progress",
            "handled",
            "resolved",
            "pending",
            "returned",
        )
    }
    assert only(CaseFilter(due_before=TODAY)) == {w["received"].id}
    assert only(CaseFilter(awaiting_approval=True)) == {w["pending"].id}
    assert only(CaseFilter(ids=(w["closed"].id, w["handled"].id))) == {
        w["closed"].id,
        w["handled"].id,
    }
    combined = CaseFilter(
        open_only=True, needs=("job",), assigned_to_id=clerk_id, statuses=("received",)
    )
    assert only(combined) == {w["received"].id}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ลป 2570/00002", "screening"),  # a scanned slip: exactly that case
        ("2570/00002", "screening"),
        ("l[ 2570/00002", "screening"),  # scanned on the English keyboard layout
        ("เกศินี", "screening"),
        ("แก้วมา", "screening"),
        ("ศินี แก้", "screening"),  # inside a name, across the space
        ("081-111-1111", "received"),
        ("0811111111", "received"),
        (valid_id(11), "received"),
        (
            f"{valid_id(11)[0]}-{valid_id(11)[1:5]}-{valid_id(11)[5:10]}-{valid_id(11)[10:12]}-{valid_id(11)[12]}",
            "received",
        ),
        ("ใสสะ", "returned"),
        ("ขใจ", "pending"),  # three letters: the trigram index
        ("จั", "returned"),  # two letters: a prefix of the name
        ("08222", "pending"),
    ],
)
def test_text_search(world, text, expected):
    found = world["cases"].rows(CaseFilter(text=text))
    assert [r.id for r in found] == [world[expected].id], names(found)


def test_case_number_search_is_exact_and_partial_numbers_are_substrings(world):
    cases = world["cases"]
    assert cases.count(CaseFilter(text="ลป 2570/00001")) == 1
    # Typing on: every number of FY 2570 so far (the case received 60 days ago is FY 2569).
    assert cases.count(CaseFilter(text="2570/0000")) == 8
    assert cases.rows(CaseFilter(text="ลป 2569/00001"))[0].id == world["closed"].id
    # A Thai prefix is part of the number (a central server holds several offices' cases).
    assert cases.count(CaseFilter(text="รง 2570/00002")) == 0
    assert cases.count(CaseFilter(text="ลป 2569/00002")) == 0
    assert cases.count(CaseFilter(text="ลป 2570/000021")) == 0


def test_nothing_matches_and_quotes_are_harmless(world):
    cases = world["cases"]
    assert cases.rows(CaseFilter(text="ไม่มีชื่อนี้")) == []
    assert cases.rows(CaseFilter(text='"; DROP TABLE referral_case; --')) == []
    assert cases.count(CaseFilter(text="   ")) == 9


def test_sorting_thai_order_and_others(world):
    cases = world["cases"]
    by_name = names(cases.rows(CaseFilter(sort="person_name")))
    assert by_name == [
        "กานดา ใจงาม",
        "เกศินี แก้วมา",
        "แก้วตา ศรีสุข",
        "โกวิท มั่นคง",
        "ไก่แก้ว ดีเด่น",
        "ขวัญใจ รักดี",
        "คำปุน ทองดี",
        "งามตา สุขใจ",
        "จันทร์เพ็ญ ใสสะอาด",
    ]
    assert names(cases.rows(CaseFilter(sort="person_name", descending=True))) == by_name[::-1]
    received = cases.rows(CaseFilter(sort="received_on"))
    assert [r.received_on for r in received] == sorted(r.received_on for r in received)
    nos = [r.case_no for r in cases.rows(CaseFilter(sort="case_no", descending=True))]
    assert nos == sorted(nos, reverse=True)
    due = cases.rows(CaseFilter(sort="due_on"))
    assert (
        due[-1].due_on is None and due[0].id == world["received"].id
    )  # closed last, overdue first
    assert [r.due_on for r in cases.rows(CaseFilter(sort="due_on", descending=True))][-1] is None
    statuses = [r.status for r in cases.rows(CaseFilter(sort="status"))]
    assert statuses[0] == S.RECEIVED and statuses[-1] == S.CLOSED


def test_paging_is_stable_and_complete(world):
    cases = world["cases"]
    f = CaseFilter(sort="received_on")
    pages = [cases.page(f, offset, 4) for offset in (0, 4, 8)]
    assert [len(p) for p in pages] == [4, 4, 1]
    assert [r.id for p in pages for r in p] == [r.id for r in cases.rows(f)]


def test_rows_carry_what_the_queue_shows(world):
    row = world["cases"].rows(CaseFilter(ids=(world["referred"].id,)))[0]
    assert row.reporter_name == "นายอาสา ชี้เป้า" and row.reporter_id == world["volunteer"].id
    assert row.agency == Agency.EMPLOYMENT and row.assigned_to == "ผู้ใช้ clerk"
    assert row.area.subdistrict == "ศรีภูมิ" and row.needs == (Need.JOB,)
    pending = world["cases"].rows(CaseFilter(awaiting_approval=True))[0]
    assert pending.pending_approval is not None
    walk_in = world["cases"].rows(CaseFilter(ids=(world["received"].id,)))[0]
    assert walk_in.reporter_name == "มาติดต่อด้วยตนเอง" and walk_in.health is not None


def test_queue_counts_for_a_clerk(world):
    cases = world["cases"]
    counts = cases.queue_counts()
    assert QueueView.AWAITING_APPROVAL not in counts  # only supervisors decide
    assert counts == {
        QueueView.MINE: 2,
        QueueView.TO_SCREEN: 4,  # received, screening, pending (screening), returned
        QueueView.WAITING_AGENCY: 2,  # referred, in progress
        QueueView.OVERDUE: 1,
        QueueView.ALL_OPEN: 8,
        QueueView.ALL: 9,
    }
    for view, n in counts.items():
        assert cases.count(cases.filter_for(view)) == n, view


def test_queue_counts_for_a_supervisor(world):
    boss = world["boss"]
    counts = boss.queue_counts()
    assert counts[QueueView.AWAITING_APPROVAL] == 1
    assert counts[QueueView.MINE] == 1  # the handled case
    assert counts[QueueView.ALL_OPEN] == 8
    for view, n in counts.items():
        assert boss.count(boss.filter_for(view)) == n, view
    assert [r.id for r in boss.rows(boss.filter_for(QueueView.MINE))] == [world["handled"].id]


def test_view_filters_follow_the_clock(world):
    cases = world["cases"]
    later = CaseService(replace(cases.ctx, clock=lambda: cases.ctx.now() + dt.timedelta(days=60)))
    assert later.queue_counts()[QueueView.OVERDUE] == 8  # every open case by then
    assert cases.filter_for(QueueView.OVERDUE).due_before == TODAY


def test_one_or_two_letters_start_a_first_name_after_its_title(staff):
    cases = CaseService(staff["clerk"])
    for name in (
        "นางสมศรี ดีใจ",
        "นายสมชาย ใจดี",
        "สมพร มีสุข",
        "นางสาวกานดา ใจงาม",
        "นารี รักดี",
        "นางสาวสมใจ งามดี",
    ):
        cases.intake(case_draft(person_name=name, person_phone=""))

    def found(text: str) -> list[str]:
        return sorted(names(cases.rows(CaseFilter(text=text))))

    assert found("ส") == ["นางสมศรี ดีใจ", "นางสาวสมใจ งามดี", "นายสมชาย ใจดี", "สมพร มีสุข"]
    assert found("สม") == found("ส")
    assert found("นา") == ["นารี รักดี"]  # not everyone called นาย or นาง
    assert found("ก") == ["นางสาวกานดา ใจงาม"]
