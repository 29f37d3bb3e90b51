"""Checks for input from forms and JSON alike. Each returns the clean value or raises Invalid
naming the field, so pages and the API refuse the same things with the same words."""

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from .errors import Invalid

MAX_COUNT = 10_000_000
MAX_YUAN = Decimal(100_000_000)  # 一亿元: far above any single project


def check_text(value, field: str, label: str, *, max_len: int, required: bool = True) -> str:
    """Trimmed text; refuses missing, too long, non-text or control characters."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise Invalid(f"{label}应为文字", field=field)
    value = value.strip()
    if required and not value:
        raise Invalid(f"请填写{label}", field=field)
    if len(value) > max_len:
        raise Invalid(f"{label}不能超过 {max_len} 个字", field=field)
    if any(ord(ch) < 32 and ch not in "\n\r\t" for ch in value):
        raise Invalid(f"{label}含有无效字符", field=field)
    return value


def check_int(value, field: str, label: str, *, low: int = 0, high: int = MAX_COUNT) -> int:
    """A whole number within [low, high]; JSON true/false and 1.5 are not numbers of people."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"{label}应为整数", field=field)
    if value < 0 <= low:
        raise Invalid(f"{label}不能为负数", field=field)
    if high <= 1000 and not low <= value <= high:  # a short range is best said whole
        raise Invalid(f"{label}应在 {low} 到 {high} 之间", field=field)
    if value < low:
        raise Invalid(f"{label}至少为 {low}", field=field)
    if value > high:
        raise Invalid(f"{label}不能超过 {high:,}", field=field)
    return value


def check_yuan(value, field: str, label: str, *, positive: bool = True) -> int:
    """An amount of money in yuan (at most two decimals), returned in fen."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise Invalid(f"{label}应为金额数字", field=field)
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite():
        raise Invalid(f"{label}应为金额数字", field=field)
    if amount > MAX_YUAN:
        raise Invalid(f"{label}不能超过 1 亿元", field=field)
    if amount != amount.quantize(Decimal("0.01")):
        raise Invalid(f"{label}最多精确到分（两位小数）", field=field)
    if amount < 0 or (positive and amount == 0):
        raise Invalid(f"{label}应大于 0" if positive else f"{label}不能为负数", field=field)
    return int(amount * 100)


def check_date(value, field: str, label: str, *, required: bool = True) -> date | None:
    if value in (None, ""):
        if required:
            raise Invalid(f"请填写{label}", field=field)
        return None
    if isinstance(value, date):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            raise Invalid(f"{label}应为 YYYY-MM-DD 格式的日期", field=field) from None
    else:
        raise Invalid(f"{label}应为 YYYY-MM-DD 格式的日期", field=field)
    if not date(2000, 1, 1) <= parsed <= date(2100, 12, 31):
        raise Invalid(f"{label}超出合理范围", field=field)
    return parsed


# A mainland mobile (139 1234 5678, +86 …), a landline with or without its area code
# (0351-1234567, (0351)1234567, with an extension after 转 or -), or a 400/800 number.
PHONE = re.compile(
    r"(?:\+?86)?1[3-9]\d{9}"
    r"|(?:\(?0\d{2,3}\)?-?)?\d{7,8}(?:(?:-|转)\d{1,6})?"
    r"|[48]00-?\d{3}-?\d{4}"
)


def check_phone(value, field: str = "contact_phone", label: str = "联系电话", *, required: bool = False) -> str:
    """A telephone number people can call; spaces are dropped, as the number is stored."""
    text = check_text(value, field, label, max_len=30, required=required)
    number = re.sub(r"[\s\u3000]", "", text)
    if number and (len(number) > 20 or not PHONE.fullmatch(number)):
        raise Invalid(f"{label}应为手机号码或座机号码，例如 13912345678 或 0351-1234567", field=field)
    return number


def check_choice(value, choices, field: str, label: str):
    """One of `choices` (an Enum class or a collection of plain values)."""
    try:
        if isinstance(choices, type):
            return choices(value)
        if value in choices:
            return value
    except (ValueError, TypeError):
        pass
    raise Invalid(f"请选择有效的{label}", field=field)


def int_arg(args, name: str, label: str, default=None, *, low: int = 1, high: int):
    """A whole number from a query string (`?page=2`), or `default` when absent.

    Only ASCII digits (and a minus): int() would also take other scripts' digits and "1_000".
    """
    raw = check_text(args.get(name), name, label, max_len=20, required=False)
    if not raw:
        return default
    digits = raw.removeprefix("-")
    if not (digits.isascii() and digits.isdigit()):
        raise Invalid(f"{label}应为整数", field=name)
    return check_int(int(raw), name, label, low=low, high=high)


MAX_ID = 2**31 - 1  # ids are 32-bit INTEGER columns: a larger number cannot name a record


def check_id(value, field: str, label: str) -> int:
    """A record id from a body: a positive whole number that fits the id columns."""
    return check_int(value, field, label, low=1, high=MAX_ID)
