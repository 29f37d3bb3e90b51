"""The scorecards as an Excel workbook.

Written with a write-only workbook, which streams rows to disk instead of holding every
cell in memory. Text that a spreadsheet would take for a formula (=, +, -, @ and the
control characters some programs strip first) is written as plain text, so opening the
file never runs anything a user typed.
"""

import tempfile

from openpyxl import Workbook

from ..spreadsheets import cell
from .scorecard import PART_LABELS, WEIGHTS, Scorecard

FACT_LABELS = {
    "projects_run": "开展项目数", "projects_completed": "完成项目数", "needs": "资源需求数",
    "needs_met": "已满足需求数", "matches": "应回应的认领认捐", "matches_on_time": "按时回应",
    "report_periods": "应上报周期", "report_periods_covered": "按时上报周期", "activities": "活动次数",
    "sessions_planned": "计划开展次数", "volunteer_hours": "志愿服务时长（小时）", "hours_planned": "计划服务时长（小时）",
    "people_served": "服务人次", "rated": "评星项目数", "stars": "所获星数合计",
}


def scorecards_workbook(year: int, cards) -> tempfile.SpooledTemporaryFile:
    """The workbook in a temporary file, rewound, ready to send."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(f"单位考核{year}")
    parts = list(PART_LABELS)
    facts = list(FACT_LABELS)
    sheet.append(["名次", "单位", "上级单位", "项目类别", "综合得分"]
                 + [f"{PART_LABELS[p]}（权重 {getattr(WEIGHTS, p)}）" for p in parts]
                 + [FACT_LABELS[f] for f in facts])
    for rank, (unit, card) in enumerate(cards, start=1):
        sheet.append(row(sheet, rank, unit, card, parts, facts))
    out = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115  (send_file closes it)
    book.save(out)
    out.seek(0)
    return out


def row(sheet, rank: int, unit, card: Scorecard, parts: list[str], facts: list[str]) -> list:
    shares = [None if card.parts[p] is None else round(100 * card.parts[p], 1) for p in parts]
    values = [float(v) if not isinstance(v, int) else v for v in (getattr(card.facts, f) for f in facts)]
    names = [unit.name, unit.parent.name if unit.parent else "", unit.category.name]
    return [rank, *(cell(sheet, name) for name in names), card.score, *shares, *values]
