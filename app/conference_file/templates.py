"""New conferences: from the Gardermoen 2020 template or blank (the demo, which adds a roster,
is ``app.roster.demo``)."""
from __future__ import annotations

import datetime as dt
import json
import os

from app.conference_file.conference import set_conference
from app.common.messages import KvadrantError
from app.common.paths import resource
from app.conference_file.schema import Block, BlockKind
from app.conference_file.storage import ConferenceDb

TEMPLATES = ("gardermoen-2020", "blank")


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def load_template(name: str) -> dict:
    """A programme template as bundled in ``resources/templates``; "blank" has no blocks."""
    if name not in TEMPLATES:
        raise KvadrantError("unknown_template", value=name)
    if name == "blank":
        return {"title": "", "date": None, "venue": "", "blocks": []}
    with resource("templates", f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def create_conference(
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    date: dt.date | None = None,
    venue: str | None = None,
    template: str = "blank",
) -> ConferenceDb:
    """Create a conference file; what is not given comes from the template."""
    programme = load_template(template)
    db = ConferenceDb.create(path)
    try:
        set_conference(
            db,
            title=programme["title"] if title is None else title,
            date=(dt.date.fromisoformat(programme["date"]) if programme["date"] else None) if date is None else date,
            venue=programme["venue"] if venue is None else venue,
        )
        with db.write() as session:
            for position, block in enumerate(programme["blocks"]):
                session.add(
                    Block(
                        position=position,
                        title=block["title"],
                        kind=BlockKind(block["kind"]),
                        start=_time(block.get("start")),
                        end=_time(block.get("end")),
                        description=block.get("description", ""),
                        presenter=block.get("presenter", ""),
                        task_text=block.get("task_text", ""),
                        summary_deadline=_time(block.get("summary_deadline")),
                        summary_deadline_note=block.get("summary_deadline_note", ""),
                        fixed_time=block.get("fixed_time", block["kind"] == BlockKind.LUNSJ.value),
                        slot_seconds=block.get("slot_seconds", 300),
                        day_presenters=json.dumps(block.get("day_presenters", []), ensure_ascii=False),
                    )
                )
    except BaseException:
        db.close()
        raise
    return db
