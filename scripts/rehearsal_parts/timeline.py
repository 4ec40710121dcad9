"""The rehearsed day as a timeline: what the facilitator does when, from 09.10 to the export at 16.06.

Each :class:`Step` is a simulated moment, what is said then, the action (a method of
:class:`.facilitator.Facilitator`) and the section of the main window to show first; :func:`play`
waits for each moment on the accelerated clock and does it.
"""
from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .day import at
from .screenshots import snap_step

if TYPE_CHECKING:
    from .facilitator import Facilitator


@dataclass
class Step:
    when: str  # "10:25" or "10:25:20"
    what: str  # printed as it happens ("" for a silent step)
    action: Callable[[], Any]  # may return an awaitable (waited for) or a text (printed instead of what)
    section: str | None = None  # the main window's section to show first


def scenario(r: Facilitator) -> list[Step]:
    """The day, step by step: when each of the facilitator's actions happens."""
    steps = [
        Step("09:10", "a new conference from the template «Gardermoen 2020»", r.create_conference, "programme"),
        Step("09:11", "the roster is imported", r.import_roster, "participants"),
        Step("09:13", "two are still travelling (flights from the north are late)", r.not_here_yet),
        Step("09:14", "the tables of 1. kvadrant are made", r.make_tables, "groups"),
        Step("09:18", "the referent server starts; the projector window shows", r.start_server),
        Step("09:30", "→", r.next_block, "programme"),
        Step("10:00", "→", r.next_block),
        Step("10:21", "check-in at the door (Grupper → Innsjekking)", r.open_checkin, "groups"),
    ]
    for k in range(5):  # three no-shows, then two late arrivals
        steps.append(Step(f"10:{22 + k}", "", lambda k=k: r.search(k)))
        steps.append(Step(f"10:{22 + k}:20", "", lambda k=k: r.tick(k)))
    steps += [
        Step("10:27", "", r.close_checkin),
        Step("10:30", "→ (Finn ditt bord on the projector, in slow motion)", r.start_kvadrant1, "programme"),
        Step("10:31:30", "", r.normal_speed),
        Step("10:32", "the speaker rotation starts: 5 minutes each, a chime at each change", r.start_rotation),
        Step("10:33", "the referents open their links on their phones and start writing", r.start_phones),
        Step("10:45", "Referater: the board fills up as the phones save", r.watch_referater, "minutes"),
        Step("10:48", "the phones of two tables lose the network", lambda: r.set_online(False)),
        Step("10:54", "their network is back", lambda: r.set_online(True)),
        Step("11:00", "the facilitator adds a line to table 8's referat on the laptop", r.laptop_edit, "minutes"),
        Step("11:08", "the facilitator puts both versions in the field …", r.merge_begin, "minutes"),
        Step("11:08:40", "… tidies the merge and saves it", r.merge_save),
        Step("11:16", "", r.watch_referater),
        Step("11:31", "→", r.next_block, "programme"),
        Step("11:40", "over lunch the facilitator reads the referater", lambda: r.read_referat(2), "minutes"),
        Step("11:44", "", lambda: r.read_referat(3)),
        Step("11:48", "", lambda: r.read_referat(11)),
        Step("11:52", "", lambda: r.read_referat(7)),
        Step("12:28", "", lambda: None, "programme"),
        Step("12:32", "→", r.next_block),
        Step("13:55", "2. kvadrant gets five more minutes", lambda: r.more_time(5)),
        Step("14:03", "→", r.next_block),
        Step("14:16", "→", r.next_block),
        Step("14:52", "→", r.next_block),
        Step("15:01", "→", r.next_block),
        Step("15:47", "→", r.next_block),
        Step("16:02", "→ the day is over", r.next_block),
        Step("16:03", "the kommunegrupper of 4. kvadrant are made", r.make_kommunegrupper, "groups"),
        Step("16:06", "the minutes are exported in every format", r.export, "export"),
    ]
    return steps


async def play(r: Facilitator) -> None:
    """Each step at its simulated moment, in the section it belongs to; what happens is told."""
    for step in scenario(r):
        await r.clock.until(at(step.when))
        if step.section:
            r.window.show_section(step.section)
        result = step.action()
        if inspect.isawaitable(result):
            result = await result
        what = result if isinstance(result, str) else step.what  # an action may say what it did
        if what:
            r.say(_describe(r, what))
            snap_step(r, what)
    if not r.args.offscreen:
        await asyncio.sleep(4)  # a last look at the Eksport section


def _describe(r: Facilitator, what: str) -> str:
    if not what.startswith("→"):
        return what
    view = r.controller.view
    if view is not None and view.block is not None and view.phase.value == "running":
        return f"→ {view.block.title}{what[1:]}"
    return what
