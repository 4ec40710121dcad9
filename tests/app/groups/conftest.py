"""The demo conference (105 participants, every role, kommunegrupper) for the groups tests."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from app.conference_file.storage import ConferenceDb
from app.roster.demo import create_demo


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "demo.kvadrant")
    yield db
    db.close()
