"""The life of a match, as an explicit table (brief: "The life of a match").

submitted (sponsor) → accepted | declined (owning unit) → approved | rejected (office)
→ fulfilled (unit confirms receipt). The sponsor may withdraw before approval; the office
may cancel an approved match, which frees its quantity.
"""

from ..workflow import Step, table

STATE_LABELS = {
    "submitted": "待单位确认",
    "accepted": "待文明办审批",
    "declined": "单位已婉拒",
    "approved": "已批准",
    "rejected": "文明办未批准",
    "fulfilled": "已到位",
    "withdrawn": "已撤回",
    "cancelled": "已取消",
}

# Who may take a step: "unit" = the owning unit or its lead unit, "office", "sponsor" = the
# sponsor who made the match.
MATCH_STEPS = table(
    Step("accept", frozenset({"submitted"}), "accepted", "unit", label="接受"),
    Step("decline", frozenset({"submitted"}), "declined", "unit", needs_reason=True, label="婉拒"),
    Step("approve", frozenset({"accepted"}), "approved", "office", label="批准"),
    Step("reject", frozenset({"accepted"}), "rejected", "office", needs_reason=True, label="不予批准"),
    Step("withdraw", frozenset({"submitted", "accepted"}), "withdrawn", "sponsor", label="撤回"),
    Step("fulfil", frozenset({"approved"}), "fulfilled", "unit", label="确认到位"),
    Step("cancel", frozenset({"approved"}), "cancelled", "office", needs_reason=True, label="取消"),
)

OPEN_STATES = frozenset({"submitted", "accepted"})
LIVE_STATES = frozenset({"approved", "fulfilled"})  # count against the need
