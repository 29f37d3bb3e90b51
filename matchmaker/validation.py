"""Checks for input from forms and JSON alike. Each returns the clean value or raises Invalid
naming the field, so pages and the API refuse the same things with the same words.

Numbers are written in ASCII digits only, in plain notation: Python's int() and Decimal() also
take "1_000", full-width "１０００", Arabic-Indic "٥٠٠" and "5e-1", which nobody types into
a box on purpose. Every number is bounded before any arithmetic is done on it.
"""

import re
from datetime import date
from decimal import Decimal

from .errors import Invalid

MAX_COUNT = 10_000_000
MAX_YUAN = Decimal(100_000_000)  # 一亿元: far above any single project

# What no text field may hold: lone UTF-16 surrogates (not Unicode; the database cannot store
# them), control characters other than tab and line breaks (NUL ends a C string, PostgreSQL
# refuses it), and the bidirectional overrides that make text read differently from its order.
BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?", re.ASCII)


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
    if BAD_TEXT.search(value):
        raise Invalid(f"{label}含有无效字符", field=field)
    return value


def check_int(value, field: str, label: str, *, low: int = 0, high: int = MAX_COUNT) -> int:
    """A whole number within [low, high]; JSON true/false and 1.5 are not numbers of people."""
    if isinstance(value, float) and value.is_integer() and "e" not in getattr(value, "literal", "").lower():
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


def plain_decimal(value, field: str, label: str, *, high: Decimal, word: str = "数字",
                  too_big: str = "") -> Decimal:
    """A number in plain decimal notation, not above `high` (`too_big` words the bound).

    Takes JSON numbers and text; refuses exponents (1e30, "5e-1"), other scripts' digits and
    separators, NaN and infinities. Whatever it returns is small enough for any rounding.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise Invalid(f"{label}应为{word}", field=field)
    too_big = too_big or f"{label}不能超过 {high:,}"
    if isinstance(value, int) and abs(value) > high:
        raise Invalid(too_big, field=field)
    # A JSON number is read as the body wrote it (its `literal`, see inputs.py), not as repr() would.
    text = (getattr(value, "literal", None) or repr(value)) if isinstance(value, float) else str(value).strip()
    if not PLAIN_DECIMAL.fullmatch(text):
        hint = "（只用 0-9 和小数点书写，如 12.5）" if any(ch.isdigit() for ch in text) else ""
        raise Invalid(f"{label}应为{word}{hint}", field=field)
    amount = Decimal(text)
    if abs(amount) > high:
        raise Invalid(too_big, field=field)
    return amount


def check_yuan(value, field: str, label: str, *, positive: bool = True) -> int:
    """An amount of money in yuan (at most two decimals), returned in fen."""
    amount = plain_decimal(value, field, label, high=MAX_YUAN, word="金额数字", too_big=f"{label}不能超过 1 亿元")
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
    r"|[48]00-?\d{3}-?\d{4}",
    re.ASCII,  # \d is any script's digit otherwise
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


# name@example.com: the HTML form's own rule for an address, with a dot in the domain required.
EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?",
    re.ASCII,
)
EMAIL_MAX = 254  # what SMTP carries in a path (RFC 5321)


def check_email(value, field: str = "email", label: str = "电子邮箱") -> str:
    """A trimmed address, or "" (none); refuses what is not text or not an address."""
    if not isinstance(value, str):
        raise Invalid(f"{label}应为文字", field=field)
    email = value.strip()
    if len(email) > EMAIL_MAX:
        raise Invalid(f"{label}不能超过 {EMAIL_MAX} 个字符", field=field)
    if email and not EMAIL.fullmatch(email):
        raise Invalid(f"请填写有效的{label}，如 name@example.com", field=field)
    return email
