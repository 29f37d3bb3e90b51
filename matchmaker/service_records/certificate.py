"""The volunteer's service record certificate (志愿服务记录证明) as a PDF, with its verification.

Rendered like the sponsors' statement (WeasyPrint, WenQuanYi, nothing fetched); its number,
code and QR code come from the one verification mechanism.
"""

from ..execution.checks import beijing_today
from ..execution.statement import pdf_response
from ..trainings.operations import training_lines
from ..verification import operations as verification
from ..verification.masking import mask_name
from ..volunteers.models import VolunteerProfile
from .levels import level_for
from .queries import by_project, service_lines, total_hours


def context(volunteer: VolunteerProfile) -> dict:
    lines = service_lines(volunteer.id)
    total = total_hours(volunteer.id)
    level = level_for(total)
    says = [["志愿者", mask_name(volunteer.name)], ["累计志愿服务时长", f"{total} 小时"], ["星级", level.label]]
    issued = verification.issue("certificate", volunteer.id, "志愿服务记录证明", says)
    return {
        "volunteer": volunteer, "lines": lines, "projects": by_project(lines), "total": total, "level": level,
        "trainings": training_lines(volunteer.id), "issued_on": beijing_today(),
        "verification": verification.printed(issued),
    }


def response(volunteer: VolunteerProfile):
    return pdf_response(context(volunteer), f"志愿服务记录证明-{beijing_today()}.pdf",
                        "service_records/certificate_pdf.html")
