"""Cells for Excel exports: text a spreadsheet would run as a formula is kept as text."""

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

# What makes Excel (and LibreOffice) read a cell as a formula, or strip up to one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(sheet, value):
    """The value as a cell of a write-only `sheet`, never as a formula."""
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if not value.startswith(FORMULA_STARTS):
        return value
    text = WriteOnlyCell(sheet, value=value)
    text.data_type = "s"  # openpyxl would otherwise write "=…" as a formula
    text.quotePrefix = True  # and Excel keeps it text even when the cell is edited
    return text
