"""The life of a collaboration request (交叉合作), as an explicit table.

requested → accepted | declined (the asked unit, a reason to decline) → done (the asking
side, once the work together is over).

Choices made here, so nobody has to guess them from the code:
- The asking side may withdraw while the request waits *and* after it was accepted: plans
  change, and an accepted partner is better told than left waiting. The partner is notified.
- The office steps in on a request nobody answers with `close` (requested → withdrawn, a
  reason required). It needs no other power: it cannot accept or decline for a unit.
- Reminding (催办) is not a step: it changes no state, it only notifies the asked unit and
  writes an audit row (operations.remind).

Parties: "asker" = the units that manage the project (its unit and that unit's lead unit);
"asked" = the asked unit and, for a branch, its lead unit; "office" = 市文明办.
"""

from ..workflow import Step, table

STATE_LABELS = {
    "requested": "待对方答复",
    "accepted": "已接受",
    "declined": "已婉拒",
    "withdrawn": "已撤回",
    "done": "已完成",
}

ASK_LABELS = {
    "people": "人员支持",
    "venue": "场地支持",
    "expertise": "专业支持",
    "co_organising": "联合主办",
}

COLLABORATION_STEPS = table(
    Step("accept", frozenset({"requested"}), "accepted", "asked", label="接受"),
    Step("decline", frozenset({"requested"}), "declined", "asked", needs_reason=True, label="婉拒"),
    Step("withdraw", frozenset({"requested", "accepted"}), "withdrawn", "asker", label="撤回"),
    Step("done", frozenset({"accepted"}), "done", "asker", label="确认完成"),
    Step("close", frozenset({"requested"}), "withdrawn", "office", needs_reason=True, label="文明办关闭"),
)

OPEN_STATES = frozenset({"requested", "accepted"})  # a unit may not be asked twice meanwhile
PARTNER_STATES = frozenset({"accepted", "done"})  # shown as partners on the project's page
