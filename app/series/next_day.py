"""The next conference of a series, made from this one ("Ny konferanse fra denne").

The new file gets the programme with its task texts, the settings that hold for the next day,
the municipality aliases and (unless left out) the roster; no plans, summaries, run log or
evaluation. It belongs to the old one's series, remembers the old one as history (and everything
the old one remembered), and a block with day-by-day presenters gets the next day's presenter.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.conference_file.aliases import aliases, set_alias
from app.conference_file.conference import day_presenters_of, get_conference, set_conference
from app.conference_file.history import add_history, history
from app.conference_file.schema import AdvisedMunicipality, Block, Conference, Participant, Setting
from app.conference_file.storage import ConferenceDb

#: Settings that belong to one day (state, secrets, the day's own texts), not carried over.
_DAY_ONLY = frozenset({
    "participant_token", "evaluation.key", "evaluation.open", "evaluation.opened_at",
    "minutes.opening", "minutes.kommune_deadline",
})


def next_presenter(presenter: str, day_presenters: list[str]) -> str:
    """The presenter after ``presenter`` in the day-by-day list ("Porsanger" → "Ålesund"); the
    first one if today's is not in it; the last one stays."""
    if not day_presenters:
        return presenter
    folded = [p.casefold() for p in day_presenters]
    if presenter.casefold() not in folded:
        return day_presenters[0]
    return day_presenters[min(folded.index(presenter.casefold()) + 1, len(day_presenters) - 1)]


def new_from(old_path: str | Path, new_path: str | Path, *, date: dt.date | None = None, roster: bool = True) -> ConferenceDb:
    """Make the next conference at ``new_path`` from the one at ``old_path``; the new file, open.

    ``date`` None keeps the old date (to be changed). An existing ``new_path`` is refused, and so
    is any file the old one cannot be read from (see :class:`ConferenceDb`).
    """
    old = ConferenceDb.open(old_path)
    try:
        new = ConferenceDb.create(new_path)
        try:
            _copy(old, new, date=date, roster=roster)
            for entry in history(old):  # what the old day remembered, as far as it is found
                if entry.found:
                    add_history(new, entry.path)
            add_history(new, old.path)
        except BaseException:
            new.close()
            Path(new_path).unlink(missing_ok=True)
            raise
    finally:
        old.close()
    return new


def _copy(old: ConferenceDb, new: ConferenceDb, *, date: dt.date | None, roster: bool) -> None:
    info = get_conference(old)
    set_conference(new, title=info.title, date=date if date is not None else info.date, venue=info.venue)
    with old.read() as source:
        blocks = list(source.scalars(select(Block).order_by(Block.position, Block.id)))
        settings = [(s.key, s.value) for s in source.scalars(select(Setting)) if s.key not in _DAY_ONLY]
        people = list(source.scalars(select(Participant).options(selectinload(Participant.advises)))) if roster else []
        with new.write() as target:
            conference = target.scalars(select(Conference)).one()
            conference.series_uid = info.series_uid or info.uid
            conference.source_uid = info.uid
            for block in blocks:
                days = list(day_presenters_of(block.day_presenters))
                target.add(Block(
                    position=block.position, title=block.title, kind=block.kind, start=block.start, end=block.end,
                    description=block.description, presenter=next_presenter(block.presenter, days),
                    task_text=block.task_text, summary_deadline=block.summary_deadline,
                    summary_deadline_note=block.summary_deadline_note, fixed_time=block.fixed_time,
                    slot_seconds=block.slot_seconds, day_presenters=block.day_presenters,
                ))
            for key, value in settings:
                target.add(Setting(key=key, value=value))
            for p in people:
                target.add(Participant(
                    name=p.name, municipality=p.municipality, match_key=p.match_key, role=p.role,
                    kommunegruppe=p.kommunegruppe, email=p.email, present=True,
                    advises=[AdvisedMunicipality(municipality=a.municipality) for a in p.advises],
                ))
    for old_name, new_name in aliases(old).items():
        set_alias(new, old_name, new_name)
