"""The read-only programme: times the Norwegian way, kinds in bokmål, the block's details."""
from __future__ import annotations

from ui.shell.conference_session import ConferenceSession
from ui.programme.programme_view import ProgrammeColumn, ProgrammeView


def test_table_and_details(qtbot, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    view = ProgrammeView(session)
    qtbot.addWidget(view)
    model = view.model
    rows = [
        [model.index(r, c).data() for c in ProgrammeColumn] for r in range(model.rowCount())
    ]
    assert rows[2][:3] == ["10.30–11.30", rows[2][1], "1. kvadrant"]
    assert rows[2][1].startswith("1. kvadrant / læringsrom")
    assert rows[3][0] == "11.30–12.30" and rows[3][2] == "Lunsj"
    assert rows[4][3] == "Eirik Irgens"
    assert rows[-1][0] == "Etter konferansen" and rows[-1][2] == "4. kvadrant"

    view.table.selectRow(2)
    text = view.detail.toPlainText()
    assert "Frist for referat: 11.30" in text
    assert "aste.domaas@kulturskoleradet.no" in text
    assert "Oppgave" in text


def test_follows_the_session(qtbot, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    view = ProgrammeView(session)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 11
    session.close()
    assert view.model.rowCount() == 0
    assert view.detail.toPlainText() == "Programmet er tomt."
