"""Municipalities renamed or merged since an earlier conference ("Førde" → "Sunnfjord"), given
once by the facilitator, so that a person is matched across the files of a series."""
from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from app.common.messages import KvadrantError
from app.common.text import clean, fold
from app.conference_file.schema import MunicipalityAlias
from app.conference_file.storage import ConferenceDb


def aliases(db: ConferenceDb) -> dict[str, str]:
    """Old name → new name, as typed."""
    with db.read() as session:
        return {row.old: row.new for row in session.scalars(select(MunicipalityAlias).order_by(MunicipalityAlias.old))}


def set_alias(db: ConferenceDb, old: str, new: str) -> None:
    """From now on ``old`` means ``new`` when people are matched across files."""
    old, new = clean(old), clean(new)
    if not old or not new or fold(old) == fold(new):
        raise KvadrantError("alias_bad")
    with db.write() as session:
        for row in session.scalars(select(MunicipalityAlias)):
            if fold(row.old) == fold(old):
                session.delete(row)
        session.flush()
        session.add(MunicipalityAlias(old=old, new=new))


def remove_alias(db: ConferenceDb, old: str) -> None:
    with db.write() as session:
        for row in session.scalars(select(MunicipalityAlias)):
            if fold(row.old) == fold(old):
                session.delete(row)


def canonical(municipality: str, mapping: Mapping[str, str]) -> str:
    """The municipality's name today: the alias followed (through several renamings, never round
    in a ring)."""
    folded = {fold(old): new for old, new in mapping.items()}
    name, seen = municipality, set()
    while fold(name) in folded and fold(name) not in seen:
        seen.add(fold(name))
        name = folded[fold(name)]
    return name
