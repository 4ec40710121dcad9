"""Fixtures shared by the core and UI tests: real conference files in a temporary folder."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.conference_file.storage import ConferenceDb  # noqa: E402
from app.conference_file.templates import create_conference  # noqa: E402


@pytest.fixture
def conference_path(tmp_path: Path) -> Path:
    return tmp_path / "konferanse.kvadrant"


@pytest.fixture
def blank_db(conference_path: Path) -> Iterator[ConferenceDb]:
    db = create_conference(conference_path, title="Testkonferanse", template="blank")
    yield db
    db.close()


@pytest.fixture
def gardermoen_db(conference_path: Path) -> Iterator[ConferenceDb]:
    db = create_conference(conference_path, template="gardermoen-2020")
    yield db
    db.close()
