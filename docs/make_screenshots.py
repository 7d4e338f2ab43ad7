"""Render the README screenshots offscreen from a demo database: ``uv run python docs/make_screenshots.py``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.bootstrap import open_database  # noqa: E402
from desktop.demo.seed import DEMO_PASSWORD, fill_demo  # noqa: E402
from desktop.paths import configure_thai_nlp  # noqa: E402
from desktop.services.accounts import AccountService  # noqa: E402
from desktop.services.context import ServiceContext  # noqa: E402
from desktop.services.desk import Desk  # noqa: E402
from ui.fonts import install_fonts  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> None:
    configure_thai_nlp()
    app = QApplication([])
    install_fonts(app)
    tmp = Path(tempfile.mkdtemp())
    db = open_database(f"sqlite:///{tmp / 'shots.sqlite3'}")
    ctx = ServiceContext(db)
    fill_demo(ctx, 400)
    user = AccountService(ctx).authenticate("supervisor", DEMO_PASSWORD)
    desk = Desk(ctx.as_user(user))
    from ui.main_window import MainWindow

    window = MainWindow(desk)
    window.resize(1280, 760)
    window.show()
    window.nav.setCurrentRow(1)  # the registry (a supervisor starts on approvals)
    app.processEvents()
    window.grab().save(str(OUT / "main-window.png"))
    dialog = window.open_person(window.registry.model.row_at(3).id)
    dialog.resize(760, 700)
    app.processEvents()
    dialog.grab().save(str(OUT / "person-dialog.png"))
    dialog.form.setCurrentIndex(1)
    app.processEvents()
    dialog.grab().save(str(OUT / "person-dialog-address.png"))
    from desktop.domain.cases.records import QueueView

    window.show_queue(QueueView.ALL_OPEN)
    app.processEvents()
    window.grab().save(str(OUT / "case-queue.png"))
    case_screenshots(desk, app)
    account_screenshots(desk, app)
    mentoring_screenshots(ctx, app)
    english_screenshot(desk, app)
    db.dispose()


# -- referral cases: intake-dialog.png, case-page.png ----------------------------------------


def _demo_volunteer(desk: Desk):
    from db.queries.people import PersonFilter

    return desk.people.page(
        PersonFilter(kinds=("domestic_volunteer",), statuses=("active",)), 0, 1
    )[0]


def _demo_area(desk: Desk) -> str:
    from desktop import areas

    office = desk.office()
    district = areas.districts(office.province_code if office else "50")[0]
    return areas.subdistricts(district.code)[1].code


def shoot_intake_dialog(desk: Desk, app: QApplication, out: Path = OUT) -> None:
    """A need a volunteer reported, keyed in up to the consent, before saving."""
    from desktop.domain.cases.categories import Need, Urgency
    from desktop.domain.national_id import format_id, make_valid
    from ui.cases.intake_dialog import IntakeDialog

    dialog = IntakeDialog(desk, duplicate_prompt=lambda rows: ("new", None))
    form = dialog.form
    form.reporter.setPerson(_demo_volunteer(desk))
    form.person_name.setText("นางสาวมาลี ศรีสวัสดิ์")
    form.person_national_id.setText(format_id(make_valid("310050012345")))
    form.person_phone.setText("089-456-7812")
    form.area.setSubdistrictCode(_demo_area(desk))
    form.village_no.setText("7")
    form.needs.setNeeds([Need.JOB, Need.SOCIAL_SECURITY])
    form.description.setPlainText(
        "ตกงานหลังโรงงานแปรรูปลำไยปิดกิจการเมื่อเดือนกันยายน มีลูกสองคนกำลังเรียน "
        "ต้องการงานประจำใกล้บ้าน และสนใจสมัครประกันสังคมมาตรา 40 ระหว่างหางาน"
    )
    form.urgency.setCurrentIndex(form.urgency.findData(Urgency.URGENT.value))
    form.consent.setChecked(True)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "intake-dialog.png"))
    dialog.close()


def shoot_case_page(desk: Desk, app: QApplication, out: Path = OUT) -> None:
    """A case referred to the employment office, with its timeline so far."""
    import datetime as dt

    from desktop.domain.cases.categories import Agency, Channel, Need
    from desktop.domain.cases.records import CaseDraft
    from desktop.domain.cases.workflow import CaseStatus
    from desktop.domain.national_id import make_valid
    from ui.cases.case_page import CasePage

    cases = desk.cases
    today = desk.ctx.today()
    case = cases.intake(
        CaseDraft(
            received_on=today - dt.timedelta(days=4),
            channel=Channel.VOLUNTEER,
            reporter_id=_demo_volunteer(desk).id,
            person_name="นายบุญมี ขยันงาน",
            person_national_id=make_valid("350010098765"),
            person_phone="081-765-4321",
            subdistrict_code=_demo_area(desk),
            village_no="4",
            needs=(Need.JOB, Need.TRAINING),
            description=(
                "ถูกเลิกจ้างจากโรงงานเฟอร์นิเจอร์เมื่อปลายเดือนตุลาคมโดยไม่ได้รับค่าชดเชยครบ "
                "ต้องการหางานใหม่ในอำเภอเมืองหรืออำเภอใกล้เคียง และอยากเข้าฝึกอาชีพช่างไม้"
                "ระยะสั้นเพื่อเพิ่มโอกาสได้งาน"
            ),
            consent=True,
            consent_on=today - dt.timedelta(days=4),
        )
    )
    case = cases.move(case.id, case.version, CaseStatus.SCREENING, "โทรสอบถามข้อมูลเพิ่มเติมแล้ว")
    if desk.user is not None:
        cases.assign([case.id], desk.user.id)
        case = cases.get(case.id)
    case = cases.move(
        case.id,
        case.version,
        CaseStatus.REFERRED,
        "ส่งต่อเพื่อจับคู่ตำแหน่งงานว่างในพื้นที่",
        agency=Agency.EMPLOYMENT,
        agency_contact="สำนักงานจัดหางานจังหวัด กลุ่มงานบริการจัดหางาน คุณวิภา โทร 053-112-233",
    )
    cases.add_note(case.id, "หน่วยงานรับเรื่องทางโทรศัพท์ นัดผู้ร้องสัมภาษณ์งานสัปดาห์หน้า")
    page = CasePage(desk, case.id)
    page.resize(1100, 860)
    page.show()
    app.processEvents()
    page.grab().save(str(out / "case-page.png"))
    page.close()


def case_screenshots(desk: Desk, app: QApplication, out: Path = OUT) -> None:
    shoot_intake_dialog(desk, app, out)
    shoot_case_page(desk, app, out)


# -- accounts: sign-in.png, first-run.png, users-admin.png ------------------------------------


def shoot_sign_in(desk: Desk, app: QApplication, out: Path = OUT) -> None:
    """The sign-in dialog with the last username remembered, the password being typed."""
    from PySide6.QtCore import QSettings

    from ui.dialogs.sign_in import LAST_USERNAME_KEY, SignInDialog

    # A throw-away settings file: the screenshot must not change the real user's settings.
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "shots.ini"), QSettings.Format.IniFormat)
    settings.setValue(LAST_USERNAME_KEY, "supervisor")
    office = desk.office()
    dialog = SignInDialog(desk.accounts, office.office_name if office else "", settings=settings)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "sign-in.png"))
    dialog.close()


def shoot_first_run(desk: Desk, app: QApplication, out: Path = OUT) -> None:
    """First run, filled in up to the password confirmation (nothing is saved)."""
    from ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(desk.accounts)
    dialog.province.setCurrentIndex(dialog.province.findData("50"))
    dialog.username.setText("somphong.p")
    dialog.full_name.setText("สมพงษ์ ผู้ดูแล")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.confirm.setText(DEMO_PASSWORD)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "first-run.png"))
    dialog.close()


def shoot_users_page(desk: Desk, app: QApplication, out: Path = OUT) -> None:
    """The administrator's users page with one suspended account."""
    from desktop.domain.people import Role
    from ui.admin.users_page import UsersPage

    admin = desk.signed_in_as(desk.accounts.authenticate("admin", DEMO_PASSWORD))
    admin.accounts.add_user(
        "wichai.k", "วิชัย เกษียณแล้ว", DEMO_PASSWORD, [Role.MENTOR], "นักวิชาการแรงงาน"
    )
    admin.accounts.set_active("wichai.k", False)
    page = UsersPage(admin.accounts)
    page.resize(1000, 360)
    page.select("clerk")
    page.show()
    app.processEvents()
    page.grab().save(str(out / "users-admin.png"))
    page.close()


def account_screenshots(desk: Desk, app: QApplication, out: Path = OUT) -> None:
    shoot_sign_in(desk, app, out)
    shoot_first_run(desk, app, out)
    shoot_users_page(desk, app, out)


# -- mentoring: mentoring-page.png, visit-dialog.png, evaluation-dialog.png, person-timeline.png
def mentoring_screenshots(ctx: ServiceContext, app: QApplication, out: Path = OUT) -> None:
    from ui.main_window import MainWindow

    user = AccountService(ctx).authenticate("mentor", DEMO_PASSWORD)
    desk = Desk(ctx.as_user(user))
    window = MainWindow(desk)
    window.resize(1280, 760)
    window.show()
    window.pages.setCurrentWidget(window.mentoring.page)
    app.processEvents()
    window.grab().save(str(out / "mentoring-page.png"))
    page = window.mentoring.page
    person_id = page.people_model.row_at(0).person_id
    dialog = page.record_visit(person_id)
    dialog.resize(720, 900)
    app.processEvents()
    dialog.grab().save(str(out / "visit-dialog.png"))
    dialog.reject()
    dialog = page.evaluate(person_id)
    app.processEvents()
    dialog.grab().save(str(out / "evaluation-dialog.png"))
    dialog.reject()
    person = window.open_person(person_id)
    person.resize(900, 640)
    person.tabs.setCurrentWidget(person.mentoring)
    app.processEvents()
    person.grab().save(str(out / "person-timeline.png"))
    person.reject()
    window.close()


def english_screenshot(desk: Desk, app: QApplication, out: Path = OUT) -> None:
    from PySide6.QtCore import QTranslator

    from desktop.domain.cases.records import QueueView
    from desktop.resources import resource_path
    from ui.main_window import MainWindow

    translator = QTranslator(app)
    translator.load(str(resource_path("translations", "labour_desk_en.qm")))
    app.installTranslator(translator)
    window = MainWindow(desk)
    window.resize(1280, 760)
    window.show()
    window.show_queue(QueueView.ALL_OPEN)
    app.processEvents()
    window.grab().save(str(out / "main-window-en.png"))
    window.close()
    app.removeTranslator(translator)


if __name__ == "__main__":
    main()
