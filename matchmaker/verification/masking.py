"""Masking personal data for pages anyone may see."""


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***: the family name's first character, the rest hidden."""
    name = (name or "").strip()
    return f"{name[0]}{'*' * max(1, len(name) - 1)}" if name else "*"
