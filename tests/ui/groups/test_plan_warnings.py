"""A rule break names a role by its name in the interface's language, not by its stored code."""
from __future__ import annotations

from app.common.messages import Message
from ui.groups.plan_warnings import plan_message_text


def test_a_role_in_a_rule_break_is_named_in_the_interface_language(languages) -> None:  # type: ignore[no-untyped-def]
    message = Message("table_role_count", {"count": 3, "role": "kulturskoleleder", "low": 1, "high": 2})
    assert plan_message_text(message) == "3 kulturskoleleder (ventet 1–2)"
    languages.set_language("en")
    assert plan_message_text(message) == "3 school leader (expected 1–2)"
