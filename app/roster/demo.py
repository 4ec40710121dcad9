"""The bundled demo conference: the Gardermoen 2020 programme with about 100 participants.

It lives here, not beside the templates, because it imports a roster (a layer above the file).
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from app.common.paths import resource, user_data_dir
from app.conference_file.storage import ConferenceDb
from app.conference_file.templates import create_conference
from app.roster.importer import import_roster

DEMO_TEMPLATE = "gardermoen-2020"


def default_demo_path(now: dt.datetime) -> Path:
    """A fresh demo file in the user's data folder, named by ``now``, never overwriting one."""
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y-%m-%d-%H%M%S")
    path = folder / f"demo-{stamp}.kvadrant"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"demo-{stamp}-{counter}.kvadrant"
    return path


def create_demo(path: str | os.PathLike[str]) -> ConferenceDb:
    """The Gardermoen 2020 demo at ``path``: the real programme and about 100 participants."""
    db = create_conference(path, template=DEMO_TEMPLATE)
    try:
        import_roster(db, resource("demo", "roster.csv"))
    except BaseException:
        db.close()
        raise
    return db
