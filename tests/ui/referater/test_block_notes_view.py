"""A talk's or a plenum's notes in the Referater section: chosen like a group block, written in the
same editor (autosaved, versioned), without a board of groups or key points; a phone's save shows."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.conference_file.schema import BlockKind
from app.referent.block_notes import block_note, note_blocks
from app.referent.summaries import PHONE, SummariesChanged, save_summary
from ui.referater.referater_view import ReferaterView
from ui.referater.referent_service import ReferentService
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession


@pytest.fixture
def view(qtbot, session: ConferenceSession) -> Iterator[ReferaterView]:  # type: ignore[no-untyped-def]
    session.make_plan(kvadrant=1, size=6, seed=7)
    service = ReferentService(session)
    widget = ReferaterView(session, service)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    yield widget
    service.shutdown()


def test_a_talks_notes_are_written_like_a_referat(qtbot, view: ReferaterView, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    talk = next(b for b in note_blocks(session.db) if b.kind == BlockKind.KVADRANT2)
    titles = [view.block_combo.itemText(k) for k in range(view.block_combo.count())]
    assert any("Teori" in t for t in titles) and not any(t == "Lunsj" for t in titles)
    view.set_block(talk.id)
    assert view.board_column.isHidden() and view.editor.isEnabled()
    assert view.editor.key == (talk.id, None)
    assert all(edit.isHidden() for edit in view.editor.point_edits)
    assert view.editor.title_label.text() == talk.title
    view.editor.text_edit.setPlainText("Irgens: <læring> & 🎻")
    qtbot.waitUntil(lambda: block_note(session.db, talk.id).text == "Irgens: <læring> & 🎻", timeout=5000)

    # A phone with the block's link saves on top; the editor takes it.
    note = block_note(session.db, talk.id)
    save_summary(session.db, block_id=talk.id, group_id=None, text=note.text + "\nFra telefonen", base_version=note.version, source=PHONE)
    session.announce(Changes(summaries=SummariesChanged(talk.id, None, PHONE)), saved_here=False)  # as the service does
    assert view.editor.text.endswith("Fra telefonen")

    # Back to a group block: the board is there again.
    group_block = next(b for b in view._blocks if b.is_group_block)
    view.set_block(group_block.id)
    assert not view.board_column.isHidden()
    assert not view.editor.point_edits[0].isHidden()
