"""Excel exports of the office's lists, with the same filters as the lists.

Memory stays flat however many rows there are: rows stream from a server-side cursor
(`yield_per`) into a write-only workbook, which keeps no rows in memory; the finished file
is written to a temporary file on disk and sent from it in chunks. The file is complete
before the response starts, so a failure is a clear error, never a truncated download.
"""

from datetime import UTC, datetime
from tempfile import TemporaryFile

from flask import current_app, request, send_file
from flask_login import current_user
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from .. import audit
from ..auth.access import office_required
from ..errors import Invalid
from ..extensions import db
from ..spreadsheets import cell
from . import bp
from .filters import BEIJING, Filters, parse_filters
from .listings import EXTRA_SHEETS, LISTINGS, Listing

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_ROWS = 1_000_000  # an Excel sheet holds 1,048,576 rows; refuse rather than lose some
BATCH = 1000  # rows fetched from the cursor at a time


@bp.get("/exports/<any(projects, needs, matches, contributions, activities, units):what>.xlsx")
@office_required
def export(what: str):
    """The list `what` as an Excel workbook, filtered by the query string as its page is."""
    listing = LISTINGS[what]
    filters = parse_filters(request.args, what)
    sheets = (listing, *EXTRA_SHEETS.get(what, ()))
    for sheet in sheets:
        check_size(sheet, filters)
    workbook = write_workbook(sheets, filters)
    # Who took which data out of the platform, and with which filters.
    audit.record(current_user, f"export.{what}", None, filters=filters.args())
    db.session.commit()
    today = (datetime.now(UTC) + BEIJING).date().isoformat()
    return send_file(workbook, mimetype=XLSX, as_attachment=True, download_name=f"{listing.title}-{today}.xlsx")


def check_size(listing: Listing, filters: Filters) -> None:
    limit = current_app.config.get("EXPORT_MAX_ROWS", MAX_ROWS)
    rows = db.session.scalar(select(func.count()).select_from(listing.statement(filters).order_by(None).subquery()))
    if rows > limit:
        raise Invalid(
            f"“{listing.title}”共有 {rows:,} 行，超过单个表格 {limit:,} 行的上限，请缩小日期范围或增加筛选条件后再导出",
            code="export_too_large",
        )


def write_workbook(sheets, filters: Filters):
    workbook = Workbook(write_only=True)
    for listing in sheets:
        write_sheet(workbook.create_sheet(listing.title), listing, filters)
    file = TemporaryFile()  # noqa: SIM115  (on disk, not in memory; send_file closes it)
    workbook.save(file)
    file.seek(0)
    return file


def write_sheet(sheet, listing: Listing, filters: Filters) -> None:
    for index, column in enumerate(listing.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(column.header) * 2 + 4))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([header(sheet, column.header, bold) for column in listing.columns])
    rows = db.session.execute(listing.statement(filters).execution_options(yield_per=BATCH)).mappings()
    for row in rows:
        sheet.append([cell(sheet, column.value(row)) for column in listing.columns])


def header(sheet, text: str, font: Font) -> WriteOnlyCell:
    heading = WriteOnlyCell(sheet, value=text)
    heading.font = font
    return heading
