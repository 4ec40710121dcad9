from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import Question, questions, set_open
from app.evaluation.template import create_from_template
from app.roster.demo import create_demo


@pytest.fixture
def evaluation_db(tmp_path: Path) -> Iterator[ConferenceDb]:
    """The demo conference with the dialogkonferanse questionnaire, open on the phones."""
    db = create_demo(tmp_path / "evaluering.kvadrant")
    create_from_template(db, "dialogkonferanse")
    set_open(db, True)
    yield db
    db.close()


def by_kind(db: ConferenceDb, kind: str) -> list[Question]:
    return [q for q in questions(db) if q.kind.value == kind]
