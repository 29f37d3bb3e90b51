"""The office's Excel export of every volunteer's confirmed hours (三(二)), audited.

Phone numbers are masked (138****0000): the office oversees hours, and only the units a
volunteer signed up with see the whole number.
"""

from tempfile import TemporaryFile

from flask import send_file
from flask_login import current_user
from openpyxl import Workbook
from sqlalchemy import func, select

from .. import audit
from ..auth.access import office_required
from ..execution.checks import beijing_today
from ..execution.models import Activity
from ..extensions import db
from ..office.exports import XLSX
from ..projects.models import Project
from ..spreadsheets import cell
from ..volunteers.models import VolunteerProfile
from .levels import level_for
from .models import Attendance
from .views import bp

HEADERS = ("志愿者编号", "姓名", "手机（已遮盖）", "区县", "累计服务时长（小时）", "星级", "服务单位数", "参加活动次数")


def mask_phone(phone: str) -> str:
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) == 11 else ""


def rows():
    sums = (
        select(Attendance.volunteer_id, func.sum(Attendance.hours).label("hours"),
               func.count(Project.unit_id.distinct()).label("units"), func.count(Attendance.id).label("activities"))
        .join(Attendance.activity).join(Activity.project).group_by(Attendance.volunteer_id).subquery()
    )
    statement = (select(VolunteerProfile, sums.c.hours, sums.c.units, sums.c.activities)
                 .outerjoin(sums, sums.c.volunteer_id == VolunteerProfile.id).order_by(VolunteerProfile.id))
    for profile, hours, units, activities in db.session.execute(statement.execution_options(yield_per=1000)):
        hours = hours or 0
        yield (profile.id, profile.name, mask_phone(profile.phone), profile.district, float(hours),
               level_for(hours).label, units or 0, activities or 0)


@bp.get("/office/exports/volunteer-hours.xlsx")
@office_required
def export_hours():
    """Every volunteer's confirmed hours, star level and units served, as Excel."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("志愿者服务时长")
    sheet.append(list(HEADERS))
    for row in rows():
        sheet.append([cell(sheet, value) for value in row])
    audit.record(current_user, "export.volunteer_hours", None)
    db.session.commit()
    file = TemporaryFile()  # noqa: SIM115  (send_file closes it)
    workbook.save(file)
    file.seek(0)
    return send_file(file, mimetype=XLSX, as_attachment=True,
                     download_name=f"志愿者服务时长-{beijing_today().isoformat()}.xlsx")
