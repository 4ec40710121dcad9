"""The Referater section: the board, autosave, failed saves, phones' saves, conflicts, nasty text
and "Nye lenker" (the server itself is faked here; tests/ui/referater/test_referent_service.py runs it)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from app.referent import summaries as summaries_core
from app.common.clock import FakeClock
from app.common.messages import KvadrantError
from app.referent.links import ensure_links
from app.referent.summaries import (
    PHONE,
    SummariesChanged,
    block_for_kvadrant,
    board,
    get_summary,
    save_summary,
)
from ui.shell.conference_session import ConferenceSession
from ui.referater.board import STATE_ROLE, BoardModel, format_left
from ui.referater.referat_display import STATUS_COLORS
from ui.referater.referater_view import ReferaterView
from ui.referater.referent_service import ReferentService

NASTY = "<script>alert('&amp;')</script> & <b>fet</b> 🎻👩🏽‍🏫 æøå\n\ttab"
#: Kvadrant 1's deadline in the demo is 11.30 on 28 January 2020.
START = dt.datetime(2020, 1, 28, 11, 17, 55)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def service(session: ConferenceSession, clock: FakeClock) -> Iterator[ReferentService]:
    session.clock = clock
    session.make_plan(kvadrant=1, size=6, seed=7)
    service = ReferentService(session)
    yield service
    service.shutdown()


@pytest.fixture
def view(qtbot, session: ConferenceSession, service: ReferentService, clock: FakeClock) -> ReferaterView:  # type: ignore[no-untyped-def]
    view = ReferaterView(session, service)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    return view


def block_id(session: ConferenceSession) -> int:
    block = block_for_kvadrant(session.db, 1)
    assert block is not None
    return block.id


def phone_save(session: ConferenceSession, service: ReferentService, group_id: int, text: str, *, base: int, **kw) -> bool:  # type: ignore[no-untyped-def]
    """What the server does for a phone's PUT: save, then tell the app."""
    result = save_summary(
        session.db, block_id=block_id(session), group_id=group_id, text=text, base_version=base, source=PHONE, **kw
    )
    service.summary_changed.emit(SummariesChanged(block_id(session), group_id, PHONE))
    return result.ok


def group(view: ReferaterView, row: int) -> int:
    state = view.model.state(row)
    assert state is not None
    return state.group_id


# --- the board -------------------------------------------------------------------------------


def test_the_board_model_says_each_status_with_its_colour(qapp, session: ConferenceSession, service) -> None:  # type: ignore[no-untyped-def]
    bid = block_id(session)
    rows = board(session.db, bid).rows
    save_summary(session.db, block_id=bid, group_id=rows[0].group_id, text="Vi snakket om", base_version=0, source=PHONE)
    save_summary(session.db, block_id=bid, group_id=rows[1].group_id, text="Ferdig", base_version=0, source=PHONE, delivered=True)
    save_summary(session.db, block_id=bid, group_id=rows[2].group_id, text="A", base_version=0, source=PHONE)
    save_summary(session.db, block_id=bid, group_id=rows[2].group_id, text="B", base_version=0, source=PHONE)  # stale
    model = BoardModel()
    model.set_board(board(session.db, bid))
    assert model.rowCount() == len(rows) == 18 and model.columnCount() == 5
    statuses = [model.index(r, BoardModel.STATUS).data() for r in range(4)]
    assert statuses == ["Skriver", "Levert", "To versjoner", "Tomt"]
    for r, status in enumerate(("writing", "delivered", "conflict", "empty")):
        index = model.index(r, BoardModel.STATUS)
        assert index.data(Qt.ItemDataRole.BackgroundRole).name() == STATUS_COLORS[status][0]
        assert index.data(STATE_ROLE).status == status
    assert model.index(0, BoardModel.GROUP).data() == "Bord 1"
    assert model.index(0, BoardModel.WORDS).data() == "3"
    assert re.fullmatch(r"\d\d\.\d\d · telefon", model.index(0, BoardModel.SAVED).data())
    assert model.index(3, BoardModel.SAVED).data() == "–"
    assert re.fullmatch(r"\d\d\.\d\d", model.index(1, BoardModel.DELIVERED).data())
    assert model.index(0, BoardModel.DELIVERED).data() == ""
    assert model.delivered == 1
    assert model.counts() == {"empty": 15, "writing": 1, "delivered": 1, "conflict": 1}
    assert model.index(99, 0).data() is None and model.data(model.index(-1, 0)) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Status"

    # one row changes: only that row is announced
    seen = []
    model.dataChanged.connect(lambda a, b: seen.append((a.row(), b.row())))
    save_summary(session.db, block_id=bid, group_id=rows[3].group_id, text="Nå", base_version=0, source=PHONE)
    assert model.update_state(get_summary(session.db, bid, rows[3].group_id))
    assert seen == [(3, 3)] and model.index(3, BoardModel.STATUS).data() == "Skriver"


def test_the_deadline_counts_down_from_the_clock(view: ReferaterView, clock: FakeClock, session, service) -> None:  # type: ignore[no-untyped-def]
    assert view.header.count_label.text() == "0 av 18 levert"
    assert view.header.deadline_label.text() == "Frist kl. 11.30 · 12:05 igjen"
    clock.advance(64.5)
    view.tick()
    assert view.header.deadline_label.text() == "Frist kl. 11.30 · 11:01 igjen"  # 11:00.5 left, rounded up
    assert view.tick_timer.isActive() and view.tick_timer.remainingTime() <= 1005  # the next whole second
    clock.advance(11 * 60 + 30.5)
    view.tick()
    assert view.header.deadline_label.text() == "Frist kl. 11.30 · gikk ut for 0:30 siden"
    phone_save(session, service, group(view, 0), "Ferdig", base=0, delivered=True)
    assert view.header.count_label.text() == "1 av 18 levert"


def test_time_left_is_written_plainly() -> None:
    assert format_left(725) == "12:05"
    assert format_left(59.9) == "0:59"
    assert format_left(-3) == "0:00"
    assert format_left(3900) == "1 t 05 min"


# --- typing on the laptop --------------------------------------------------------------------


def test_autosave_a_second_after_typing_stops(qtbot, view: ReferaterView, session) -> None:  # type: ignore[no-untyped-def]
    view.select_row(2)
    editor = view.editor
    gid = group(view, 2)
    qtbot.keyClicks(editor.text_edit, "Vi var enige")
    assert editor.save_label.text() == "Lagrer …"
    assert editor.autosave_timer.isActive() and editor.autosave_timer.interval() == 1000
    qtbot.wait(600)
    qtbot.keyClicks(editor.text_edit, " om mye")
    qtbot.wait(600)
    assert get_summary(session.db, block_id(session), gid).text == ""  # typing goes on: not yet
    qtbot.waitUntil(lambda: get_summary(session.db, block_id(session), gid).text == "Vi var enige om mye", timeout=3000)
    state = get_summary(session.db, block_id(session), gid)
    assert state.version == 1  # one save for the whole burst
    assert editor.save_label.text() == f"Lagret {state.updated_at:%H.%M}"
    assert view.model.index(2, BoardModel.STATUS).data() == "Skriver"
    assert view.model.index(2, BoardModel.WORDS).data() == "5"


def test_switching_group_saves_at_once(qtbot, view: ReferaterView, session) -> None:  # type: ignore[no-untyped-def]
    view.select_row(0)
    qtbot.keyClicks(view.editor.text_edit, "Kort")
    view.select_row(1)
    assert get_summary(session.db, block_id(session), group(view, 0)).text == "Kort"
    assert view.editor.text == "" and not view.editor.autosave_timer.isActive()


def test_a_failed_save_keeps_the_text_and_says_so(qtbot, view: ReferaterView, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view.select_row(0)
    gid = group(view, 0)
    editor = view.editor
    real = summaries_core.save_summary

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KvadrantError("file_disk_full", path=str(session.path))

    monkeypatch.setattr(summaries_core, "save_summary", disk_full)
    qtbot.keyClicks(editor.text_edit, "Viktig tekst")
    assert editor.save_now() is False
    assert editor.text == "Viktig tekst"
    assert "Disken er full" in editor.save_label.text() and "Teksten står fortsatt her" in editor.save_label.text()
    assert editor.retry_button.isVisible()

    # another group and back: the text is still there, kept in memory
    view.select_row(1)
    view.select_row(0)
    assert editor.text == "Viktig tekst" and editor.failed is not None

    # the disk has room again: the next edit saves it
    monkeypatch.setattr(summaries_core, "save_summary", real)
    qtbot.keyClicks(editor.text_edit, "!")
    qtbot.waitUntil(lambda: get_summary(session.db, block_id(session), gid).text == "Viktig tekst!", timeout=3000)
    assert editor.failed is None and not editor.retry_button.isVisible()
    assert editor.save_label.text().startswith("Lagret ")


def test_retry_button_saves(qtbot, view: ReferaterView, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view.select_row(0)
    real = summaries_core.save_summary
    monkeypatch.setattr(summaries_core, "save_summary", lambda *a, **k: (_ for _ in ()).throw(KvadrantError("file_locked", path="x")))
    qtbot.keyClicks(view.editor.text_edit, "Tekst")
    view.editor.save_now()
    monkeypatch.setattr(summaries_core, "save_summary", real)
    qtbot.mouseClick(view.editor.retry_button, Qt.MouseButton.LeftButton)
    assert get_summary(session.db, block_id(session), group(view, 0)).text == "Tekst"


def test_delivered_and_reopened(qtbot, view: ReferaterView, session) -> None:  # type: ignore[no-untyped-def]
    view.select_row(4)
    qtbot.keyClicks(view.editor.text_edit, "Alt er med")
    qtbot.mouseClick(view.editor.deliver_button, Qt.MouseButton.LeftButton)
    state = get_summary(session.db, block_id(session), group(view, 4))
    assert state.delivered and state.text == "Alt er med"
    assert view.model.index(4, BoardModel.STATUS).data() == "Levert"
    assert view.editor.delivered_label.text() == f"Levert kl. {state.delivered_at:%H.%M}"
    assert not view.editor.deliver_button.isEnabled() and view.editor.reopen_button.isEnabled()
    assert view.header.count_label.text() == "1 av 18 levert"
    qtbot.mouseClick(view.editor.reopen_button, Qt.MouseButton.LeftButton)
    assert not get_summary(session.db, block_id(session), group(view, 4)).delivered
    assert view.header.count_label.text() == "0 av 18 levert"


# --- phones ----------------------------------------------------------------------------------


def test_a_phone_save_updates_the_board_and_the_open_editor(view: ReferaterView, session, service) -> None:  # type: ignore[no-untyped-def]
    view.select_row(5)
    gid = group(view, 5)
    assert phone_save(session, service, gid, "Fra telefonen", base=0)
    assert view.editor.text == "Fra telefonen"
    assert view.editor.save_label.text().endswith("fra telefonen")
    assert view.model.index(5, BoardModel.STATUS).data() == "Skriver"
    # another group's save changes its row only
    assert phone_save(session, service, group(view, 6), "Bord 7 skriver", base=0)
    assert view.editor.text == "Fra telefonen"
    assert view.model.index(6, BoardModel.WORDS).data() == "3"


def test_typing_while_a_phone_saves_keeps_both_and_behold_min(qtbot, view: ReferaterView, session, service) -> None:  # type: ignore[no-untyped-def]
    view.select_row(3)
    gid = group(view, 3)
    editor = view.editor
    qtbot.keyClicks(editor.text_edit, "Laptopens tekst")
    assert editor.is_dirty
    assert phone_save(session, service, gid, "Telefonens tekst", base=0)
    # our save went in on top of the phone's version: a conflict, both kept
    state = get_summary(session.db, block_id(session), gid)
    assert state.text == "Telefonens tekst"
    assert [(c.text, c.source) for c in state.conflicts] == [("Laptopens tekst", "laptop")]
    panel = editor.conflict_panel
    assert panel.isVisible() and editor.in_conflict
    assert panel.stored_side.text == "Telefonens tekst" and panel.other_side.text == "Laptopens tekst"
    assert panel.stored_side.choose_button.text() == "Bruk telefonens"
    assert panel.other_side.choose_button.text() == "Behold min"
    assert editor.text == "Laptopens tekst"  # nothing typed vanished from the editor
    assert view.model.index(3, BoardModel.STATUS).data() == "To versjoner"
    assert not editor.autosave_timer.isActive() and not editor.deliver_button.isEnabled()

    qtbot.mouseClick(panel.other_side.choose_button, Qt.MouseButton.LeftButton)
    state = get_summary(session.db, block_id(session), gid)
    assert (state.text, state.conflicts) == ("Laptopens tekst", ())
    assert not panel.isVisible() and not editor.in_conflict and editor.text == "Laptopens tekst"
    assert view.model.index(3, BoardModel.STATUS).data() == "Skriver"


def test_bruk_telefonens_and_a_merge(qtbot, view: ReferaterView, session, service) -> None:  # type: ignore[no-untyped-def]
    view.select_row(3)
    gid = group(view, 3)
    editor = view.editor
    qtbot.keyClicks(editor.text_edit, "Min")
    phone_save(session, service, gid, "Telefon", base=0)
    qtbot.mouseClick(editor.conflict_panel.stored_side.choose_button, Qt.MouseButton.LeftButton)
    assert get_summary(session.db, block_id(session), gid).text == "Telefon" and editor.text == "Telefon"

    qtbot.keyClicks(editor.text_edit, " og min")
    phone_save(session, service, gid, "Telefon 2", base=get_summary(session.db, block_id(session), gid).version)
    assert editor.in_conflict
    qtbot.mouseClick(editor.conflict_panel.merge_button, Qt.MouseButton.LeftButton)
    assert editor.text == "Telefon 2\n\nTelefon og min"
    qtbot.keyClicks(editor.text_edit, " (samlet)")
    qtbot.mouseClick(editor.conflict_panel.save_merge_button, Qt.MouseButton.LeftButton)
    state = get_summary(session.db, block_id(session), gid)
    assert (state.text, state.conflicts) == ("Telefon 2\n\nTelefon og min (samlet)", ())


def test_a_conflict_between_two_phones_is_shown_from_the_file(qtbot, view: ReferaterView, session, service) -> None:  # type: ignore[no-untyped-def]
    gid = group(view, 8)
    phone_save(session, service, gid, "Første telefon", base=0)
    assert not phone_save(session, service, gid, "Andre telefon", base=0)
    assert view.model.index(8, BoardModel.STATUS).data() == "To versjoner"
    view.select_row(8)
    panel = view.editor.conflict_panel
    assert panel.isVisible()
    assert [panel.stored_side.choose_button.text(), panel.other_side.choose_button.text()] == ["Bruk denne", "Bruk denne"]
    assert panel.stored_side.title_label.text().startswith("Telefonen · lagret")
    qtbot.mouseClick(panel.other_side.choose_button, Qt.MouseButton.LeftButton)
    assert get_summary(session.db, block_id(session), gid).text == "Andre telefon"
    assert view.model.index(8, BoardModel.STATUS).data() == "Skriver"


def test_three_refused_texts_are_shown_in_turn_until_each_is_chosen(qtbot, view: ReferaterView, session, service) -> None:  # type: ignore[no-untyped-def]
    gid = group(view, 5)
    phone_save(session, service, gid, "Lagret", base=0, device="a")
    for device in ("b", "c", "d"):
        assert not phone_save(session, service, gid, f"Fra telefon {device}", base=0, device=device)
    view.select_row(5)
    panel = view.editor.conflict_panel
    seen = []
    while panel.isVisible():
        seen.append((panel.other_side.text, panel.heading.text().endswith("venter)")))
        qtbot.mouseClick(panel.stored_side.choose_button, Qt.MouseButton.LeftButton)  # keep the stored one
    assert seen == [("Fra telefon b", True), ("Fra telefon c", True), ("Fra telefon d", False)]
    state = get_summary(session.db, block_id(session), gid)
    assert (state.text, state.conflicts) == ("Lagret", ())


# --- nasty text ------------------------------------------------------------------------------


def test_nasty_text_is_stored_exactly_and_shown_as_typed(qtbot, view: ReferaterView, session, service) -> None:  # type: ignore[no-untyped-def]
    long_text = NASTY + "\n" + " ".join(f"ord{k}" for k in range(20_000))
    view.select_row(0)
    gid = group(view, 0)
    view.editor.text_edit.setPlainText(long_text)
    assert view.editor.save_now()
    assert get_summary(session.db, block_id(session), gid).text == long_text
    assert view.model.index(0, BoardModel.WORDS).data() == str(len(long_text.split()))
    assert view.editor.words_label.text() == f"{len(long_text.split())} ord"

    # a participant with markup in their name, and a conflict with markup: all plain text
    table = view._tables[gid]
    member = table.members[0]
    session.update_participant(member.participant_id, name="<b>Kari</b> & <i>co</i>")
    view.select_row(0)
    assert "<b>Kari</b> & <i>co</i>" in view.editor.members_label.text()
    phone_save(session, service, gid, NASTY, base=0)  # stale: kept as the conflict
    panel = view.editor.conflict_panel
    assert panel.other_side.text == NASTY and panel.stored_side.text == long_text
    for label in view.editor.findChildren(QLabel):
        if label.text() and ("<" in label.text() or "&" in label.text()):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


# --- links -----------------------------------------------------------------------------------


def test_nye_lenker_replaces_every_token_after_asking(view: ReferaterView, session, message_boxes) -> None:  # type: ignore[no-untyped-def]
    before = {l.token for l in ensure_links(session.db)}
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    view.renew_links()
    assert {l.token for l in ensure_links(session.db)} == before
    message_boxes.answer = QMessageBox.StandardButton.Yes
    view.server_panel.renew_button.click()
    after = {l.token for l in ensure_links(session.db)}
    assert len(after) == len(before) and not after & before
    assert "slutter å virke" in message_boxes.shown[-1]["informative"]


def test_no_groups_yet_says_where_to_make_them(qtbot, qapp, demo_file) -> None:  # type: ignore[no-untyped-def]
    session = ConferenceSession()
    session.open(demo_file)
    service = ReferentService(session)
    view = ReferaterView(session, service)
    qtbot.addWidget(view)
    assert view.pages.currentWidget() is view.empty_label
    assert "Grupper" in view.empty_label.text()
    session.make_plan(kvadrant=4, seed=1)
    assert view.pages.currentWidget() is view.splitter
    assert view.block is not None and view.block.kvadrant == 4
    assert view.model.index(0, BoardModel.GROUP).data().startswith("Gruppe 1 · ")
    session.close()
    assert view.model.rowCount() == 0 and view.pages.currentWidget() is view.empty_label


def test_typing_goes_on_at_the_end_after_emoji(qtbot, view: ReferaterView, session, service) -> None:  # type: ignore[no-untyped-def]
    phone_save(session, service, group(view, 1), NASTY, base=0)
    view.select_row(1)
    qtbot.keyClicks(view.editor.text_edit, "!")
    assert view.editor.text == NASTY + "!"  # an emoji is two UTF-16 units; the cursor still ends up last


def test_printed_table_cards_carry_the_links_once_the_server_is_set_up(
    qtbot, session: ConferenceSession, tmp_path, monkeypatch, message_boxes  # type: ignore[no-untyped-def]
) -> None:
    import pypdf
    from PySide6.QtWidgets import QFileDialog

    from app.referent.links import set_server_address
    from ui.groups.groups_view import GroupsView

    view = GroupsView(session)
    qtbot.addWidget(view)
    view.make_groups()
    targets = iter([tmp_path / "uten.pdf", tmp_path / "med.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(next(targets)), ""))
    message_boxes.answer = QMessageBox.StandardButton.Cancel  # do not open the PDF
    view.print_table_cards()
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 1)  # laid out off the GUI thread
    set_server_address(session.db, "192.168.10.23", 8765)
    view.print_table_cards()
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 2)
    without = [page.extract_text() for page in pypdf.PdfReader(str(tmp_path / "uten.pdf")).pages]
    with_links = [page.extract_text() for page in pypdf.PdfReader(str(tmp_path / "med.pdf")).pages]
    assert len(without) == len(with_links) == 18
    assert not any("Skriv referatet her" in page for page in without)
    assert all("Skriv referatet her" in page for page in with_links)
