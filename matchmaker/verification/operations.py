"""Issuing checkable documents: a number, a code, and the QR code of the page that checks it.

The one mechanism for every document the platform certifies: a kind names its prefix here,
the caller says what the document shows, and `issue` does the rest.
"""

import secrets

from flask import current_app, url_for
from sqlalchemy import select

from ..extensions import db
from ..models_base import utcnow
from .models import Verification

PREFIXES = {"certificate": "ZYFW", "statement": "JZZM"}  # 志愿服务 / 捐赠证明
# No 0/O, 1/I: a code read aloud or typed from paper must not be mistyped into another.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 16  # 32**16 = 2**80: not guessable, and short enough to type


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def number(verification: Verification) -> str:
    """The document's number, e.g. ZYFW-2026-000123: its kind, year of issue and sequence."""
    return f"{PREFIXES[verification.kind]}-{verification.issued_at.year}-{verification.id:06d}"


def issue(kind: str, subject_id: int, title: str, says: list[list[str]]) -> Verification:
    """The verification of a document saying `says`; the same one again while nothing changed."""
    says = [[str(label), str(value)] for label, value in says]
    latest = db.session.scalar(
        select(Verification).where(Verification.kind == kind, Verification.subject_id == subject_id)
        .order_by(Verification.id.desc()).limit(1)
    )
    if latest is not None and latest.says == says and latest.title == title:
        return latest
    verification = Verification(kind=kind, code=new_code(), subject_id=subject_id, title=title, says=says,
                                issued_at=utcnow())
    db.session.add(verification)
    db.session.commit()
    return verification


def find(code: str) -> Verification | None:
    code = code.strip().upper().replace("-", "").replace(" ", "")
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return None
    return db.session.scalar(select(Verification).where(Verification.code == code))


def check_url(verification: Verification) -> str:
    """The public check page's full address (SITE_URL when set, as in emails)."""
    path = url_for("verification.check", code=verification.code)
    site = current_app.config.get("SITE_URL", "").rstrip("/")
    return f"{site}{path}" if site else url_for("verification.check", code=verification.code, _external=True)


def grouped(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def qr_svg(url: str) -> str:
    """The QR code of `url` as inline SVG markup (for the PDF and the page alike)."""
    import segno

    return segno.make(url, error="m").svg_inline(scale=3, border=2)


def printed(verification: Verification) -> dict:
    """What a PDF prints about its verification: number, code, check address and QR code."""
    url = check_url(verification)
    return {"number": number(verification), "code": grouped(verification.code), "url": url, "qr": qr_svg(url)}
