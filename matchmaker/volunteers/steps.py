"""The life of a sign-up (报名), as an explicit table.

applied (volunteer) → admitted (录用) | declined (the unit, a reason required); the volunteer
may withdraw while waiting and after admission (which frees the place).

Parties: "unit" = the units that manage the recruitment's project (its unit and that unit's
lead unit); "volunteer" = the volunteer who signed up.
"""

from ..workflow import Step, table

STATE_LABELS = {
    "applied": "待录用",
    "admitted": "已录用",
    "declined": "未录用",
    "withdrawn": "已撤回",
}

RECRUITMENT_STATE_LABELS = {"open": "招募中", "closed": "已结束"}

SIGNUP_STEPS = table(
    Step("admit", frozenset({"applied"}), "admitted", "unit", label="录用"),
    Step("decline", frozenset({"applied"}), "declined", "unit", needs_reason=True, label="不予录用"),
    Step("withdraw", frozenset({"applied", "admitted"}), "withdrawn", "volunteer", label="撤回报名"),
)

LIVE_STATES = frozenset({"applied", "admitted"})  # one at a time per volunteer and recruitment
