"""Quantities as people write them and as we store them: money in yuan outside, fen inside."""

from decimal import Decimal

from ..models_base import NeedKind
from ..validation import check_int, check_yuan


def parse_quantity(kind: NeedKind, value, field: str = "quantity", label: str = "数量") -> int:
    if kind is NeedKind.money:
        return check_yuan(value, field, label)
    return check_int(value, field, label, low=1)


def shown(kind: NeedKind, stored: int | None) -> int | float | None:
    """The quantity as people read it: yuan (with fen as decimals) for money."""
    if stored is None or kind != NeedKind.money:
        return stored
    yuan = Decimal(stored) / 100
    return int(yuan) if yuan == yuan.to_integral() else float(yuan)


def yuan(fen: int) -> int | float:
    return shown(NeedKind.money, fen)


def written(kind: NeedKind, stored: int | None) -> str:
    """A stored quantity as written for people: thousands separated, yuan with fen as decimals."""
    value = shown(kind, stored)
    if value is None:
        return ""
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
