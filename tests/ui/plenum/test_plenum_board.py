"""The plenum board and the plenum on the projector (issue 15): 17 tables × 3 key points = 51
cards; dragging, merging, splitting and accepting a suggestion are undo steps that restore
exactly; the projector's theme view and overview at 1920×1080 and 1024×768; the presenter keys;
and screenshots saved to /tmp/shots/plenum/ for a person to look at."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, make_plan
from app.plenum.themes import plenum
from app.referent.summaries import PHONE, block_for_kvadrant, save_summary
from ui.plenum.plenum_painter import PlenumPainter, PlenumScene
from ui.plenum.plenum_view import PlenumView
from ui.plenum.point_model import encode_points
from ui.plenum.theme_column import THEME_MIME_TYPE
from ui.projector.projector_painter import MIN_TEXT
from ui.shell.conference_session import ConferenceSession

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes

SHOTS = Path("/tmp/shots/plenum")
SIZES = ((1920, 1080), (1024, 768))
MARKUP = "<b>Rektor & eier</b> 🎻"
_POINTS = (
    "Mer tid til samtale i gruppene",
    "Forankring hos eier og politisk ledelse",
    "Kulturskolen som ressurssenter for grunnskolen",
    "For lite tid mellom øktene",
    "Eier må delta i utviklingsarbeidet",
    "Samarbeid med grunnskolen om timeplanen",
    "Lærerne trenger tid til å planlegge sammen",
    "Planverket må forankres i kommunestyret",
    "Dele lærere på tvers av kommuner",
    "Rammeplanen gir et felles språk",
    "Digitale verktøy for påmelding og venteliste",
    "Rekruttering av lærere i små kommuner",
    "Tilbud til barn som ikke har råd",
    "Fritidsklubben kan låne lokaler",
    "Veilederen hjalp oss å se neste steg",
    "Kommunegruppa vil møtes igjen til høsten",
    "Synlighet i lokalavisa og på nett",
    "Korps og kor trenger dirigenter",
    "Breddetilbud og fordypning i samme skole",
    "Foreldre må informeres bedre",
    "Ledere trenger et nettverk",
    "Kulturskoletimen i SFO fungerer",
    "Lokalene er for små",
    "Mangfold i tilbudet: dans, teater og visuell kunst",
    "Ventelistene må ned",
    "Eierskap til planen hos rektorene",
)


def key_points_for(number: int) -> tuple[str, str, str]:
    if number == 1:
        return (MARKUP, _POINTS[0], _POINTS[1])
    if number == 2:
        return ("Vi vil ha " + "en lang og grundig beskrivelse av hva gruppa mente om tid og rom " * 2, _POINTS[3], _POINTS[4])
    return tuple(_POINTS[(number * 5 + k * 7) % len(_POINTS)] for k in range(3))  # type: ignore[return-value]


@pytest.fixture(scope="module")
def plenum_template(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo conference with 17 tables in 1. kvadrant, each with three key points."""
    path = tmp_path_factory.mktemp("plenum") / "plenum.kvadrant"
    shutil.copyfile(demo_template, path)
    db = ConferenceDb.open(path)
    make_plan(db, kvadrant=1, tables=17, seed=1)
    block, plan = block_for_kvadrant(db, 1), current_plan(db, 1)
    assert block is not None and plan is not None and len(plan.tables) == 17
    for table in plan.tables:
        save_summary(db, block_id=block.id, group_id=table.id, text="Referat", base_version=0, source=PHONE, key_points=key_points_for(table.number))
    db.close()
    return path


@pytest.fixture
def session(qapp: QApplication, tmp_path: Path, plenum_template: Path) -> Iterator[ConferenceSession]:
    path = tmp_path / "plenum.kvadrant"
    shutil.copyfile(plenum_template, path)
    session = ConferenceSession()
    session.open(path)
    yield session
    session.close()


@pytest.fixture
def view(qtbot: QtBot, session: ConferenceSession) -> PlenumView:
    widget = PlenumView(session)
    qtbot.addWidget(widget)
    widget.board.set_kvadrant(1)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def state(session: ConferenceSession) -> tuple[object, ...]:
    """The themes (ids, names, points) and the unsorted points as the core reads them."""
    now = plenum(session.db, 1)
    return tuple((t.id, t.name, tuple(p.key for p in t.points)) for t in now.themes), tuple(p.key for p in now.unsorted)


def render(painter: PlenumPainter, scene: PlenumScene, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    qpainter = QPainter(image)
    painter.paint(qpainter, QRectF(0, 0, width, height), scene)
    qpainter.end()
    return image


def test_51_cards_all_unsorted_with_their_tables(view: PlenumView) -> None:
    board = view.board
    assert board.points_model.rowCount() == 51 and board.unsorted_model.rowCount() == 51
    assert board.plenum.groups == 17 and board.columns == []
    assert "51 hovedpunkter fra 17 grupper" == board.count_label.text()
    first = board.unsorted_model.index(0, 0)
    assert first.data() == MARKUP  # shown as typed (the delegate draws plain text)


def test_dragging_a_card_into_a_theme_and_back_with_undo(view: PlenumView, session: ConferenceSession) -> None:
    board = view.board
    theme_id = board.editor.add_theme("Tid")
    column = board.column(theme_id)
    assert column is not None and column.name == "Tid"
    before = state(session)
    points = [board.unsorted_model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) for row in (0, 3)]
    dropped = column.model.dropMimeData(encode_points(points, from_theme=None), Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert dropped and column.model.rowCount() == 2 and board.unsorted_model.rowCount() == 49
    after = state(session)
    assert session.undo_stack.undoText() == "Legg hovedpunkt i «Tid»"
    # back: dropped on the unsorted list
    assert board.unsorted_model.dropMimeData(encode_points(points[:1], from_theme=theme_id), Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert column.model.rowCount() == 1
    session.undo_stack.undo()
    assert state(session) == after and column.model.rowCount() == 2
    session.undo_stack.undo()
    assert state(session) == before and board.unsorted_model.rowCount() == 51
    session.undo_stack.redo()
    assert state(session) == after
    # a drop where the cards already are changes nothing and is no undo step
    count = session.undo_stack.count()
    assert not column.drop(encode_points(points, from_theme=theme_id))
    assert session.undo_stack.count() == count


def test_merge_and_split_with_undo(view: PlenumView, session: ConferenceSession) -> None:
    board = view.board
    rows = [board.unsorted_model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(6)]
    first = board.editor.add_theme("Tid", [p.key for p in rows[:3]])
    second = board.editor.add_theme("Eierskap", [p.key for p in rows[3:]])
    before = state(session)
    source_column = board.column(second)
    target_column = board.column(first)
    assert source_column is not None and target_column is not None
    # the handle of "Eierskap" dropped on "Tid"
    from PySide6.QtCore import QMimeData

    data = QMimeData()
    data.setData(THEME_MIME_TYPE, b'{"theme": %d}' % second)
    assert target_column.drop(data)
    assert [t.name for t in board.themes] == ["Tid"] and target_column.model.rowCount() == 6
    merged = state(session)
    session.undo_stack.undo()
    assert state(session) == before and [c.name for c in board.columns] == ["Tid", "Eierskap"]
    session.undo_stack.redo()
    assert state(session) == merged
    # split: two chosen cards of "Tid" become a theme of their own
    column = board.column(first)
    assert column is not None
    for row in (1, 4):
        column.view.selectionModel().select(column.model.index(row, 0), column.view.selectionModel().SelectionFlag.Select)
    made = board.split_theme(first)
    assert made is not None and column.model.rowCount() == 4
    new_column = board.column(made)
    assert new_column is not None and new_column.model.rowCount() == 2 and new_column.name == "Nytt tema"
    split = state(session)
    session.undo_stack.undo()
    assert state(session) == merged and board.column(made) is None
    session.undo_stack.redo()
    assert state(session) == split
    # the menu's merge, rename and remove
    board.rename_theme(made, "Forankring & <eier>")
    assert board.column(made).name == "Forankring & <eier>"  # type: ignore[union-attr]
    board.remove_theme(made)
    assert board.unsorted_model.rowCount() == 47
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert state(session) == split


def test_an_empty_name_is_refused_with_a_message(view: PlenumView, message_boxes: MessageBoxes) -> None:
    theme_id = view.board.editor.add_theme("Tid")
    view.board.rename_theme(theme_id, "   ")
    assert message_boxes.texts == ["Gi temaet et navn."]
    assert view.board.column(theme_id).name_edit.text() == "Tid"  # type: ignore[union-attr]


def test_accepting_a_suggestion_makes_a_theme_and_undo_takes_it_away(view: PlenumView, session: ConferenceSession) -> None:
    board = view.board
    assert board.suggestions and board.suggestion_buttons
    suggestion = board.suggestions[0]
    assert f"{suggestion.name} ({len(suggestion.points)} punkter) · Bruk" == board.suggestion_buttons[0].text().replace("&&", "&")
    before = state(session)
    assert state(session)[0] == ()  # shown only: nothing applied
    board.suggestion_buttons[0].click()
    assert [t.name for t in board.themes] == [suggestion.name]
    assert {p.key for p in board.themes[0].points} == {p.key for p in suggestion.points}
    session.undo_stack.undo()
    assert state(session) == before and board.columns == []


def test_new_cards_from_a_phone_appear(view: PlenumView, session: ConferenceSession) -> None:
    from app.referent.summaries import SummariesChanged, get_summary
    from ui.shell.changes import Changes

    block, plan = block_for_kvadrant(session.db, 1), current_plan(session.db, 1)
    assert block is not None and plan is not None
    table = plan.tables[0]
    version = get_summary(session.db, block.id, table.id).version
    save_summary(session.db, block_id=block.id, group_id=table.id, text="Referat", base_version=version, source=PHONE, key_points=("Ett nytt punkt",))
    session.announce(Changes(summaries=SummariesChanged(block.id, table.id, PHONE)), saved_here=False)
    assert view.board.points_model.rowCount() == 49


@pytest.mark.parametrize("width,height", SIZES)
def test_the_projector_painter_shows_themes_and_the_overview(view: PlenumView, session: ConferenceSession, width: int, height: int) -> None:
    board = view.board
    long = board.editor.add_theme("Et tema med et svært langt navn som må brytes over to linjer på projektoren", [p.key for p in board.plenum.unsorted[:14]])
    for suggestion in list(board.suggestions):
        board.accept_suggestion(suggestion)
    current = board.plenum
    assert len(current.themes) >= 3
    painter = PlenumPainter()
    for theme in current.themes:
        render(painter, PlenumScene(current, theme.id), width, height)
        assert f"{len(theme.groups)} av 17 grupper" in painter.texts()
        assert theme.name in " ".join(painter.texts()) or len(theme.name) > 40
        assert min(d.pixel_size for d in painter.drawn) >= MIN_TEXT * height - 0.5
        assert all(0 <= d.rect.left() and d.rect.right() <= width + 1 and 0 <= d.rect.top() and d.rect.bottom() <= height + 1 for d in painter.drawn)
    render(painter, PlenumScene(current, long), width, height)
    assert painter.pages > 1 and f"Side 1 av {painter.pages}" in painter.texts()
    render(painter, PlenumScene(current, long, page=painter.pages - 1), width, height)
    assert f"Side {painter.pages} av {painter.pages}" in painter.texts()
    render(painter, PlenumScene(current), width, height)
    assert "17 grupper" in painter.texts() and all(f"{len(t.groups)} av 17 grupper" in painter.texts() for t in current.themes[:5])
    render(painter, PlenumScene(None), width, height)
    assert painter.texts() == ["Ingen konferanse er åpen"]


def test_presenter_keys_step_through_themes_while_shown(qtbot: QtBot, view: PlenumView) -> None:
    board = view.board
    for name in ("Tid", "Eierskap", "Samarbeid"):
        board.editor.add_theme(name, [p.key for p in board.plenum.unsorted[:2]])
    ids = [t.id for t in board.plenum.themes]
    assert len(ids) == 3 and view.theme_id is None
    view.next_button.click()
    assert view.theme_id == ids[0]
    window = view.projector_window
    view.show_button.click()
    assert window.isVisible() and view.hide_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert view.theme_id == ids[1]
    board.unsorted_view.setFocus()
    qtbot.keyClick(board.unsorted_view, Qt.Key.Key_PageDown)  # on the laptop's window too
    assert view.theme_id == ids[2]
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert view.theme_id == ids[0]
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert view.theme_id is None
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible() and not view.hide_button.isEnabled()
    # a long theme is stepped through page by page
    long = board.editor.add_theme("Lang", [p.key for p in board.plenum.unsorted[:20]])
    view.show_theme(long)
    view.step(1)
    assert (view.theme_id, view.page) == (long, 1) and "side 2 av" in view.showing_label.text()
    view.step(-1)
    view.step(-1)
    assert (view.theme_id, view.page) == (ids[2], 0)
    board.unsorted_view.setFocus()
    qtbot.keyClick(board.unsorted_view, Qt.Key.Key_PageDown)  # hidden: the keys are not taken
    assert view.theme_id == ids[2]


def test_screenshots(qtbot: QtBot, view: PlenumView) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    board = view.board
    for size in ((1366, 768), (1920, 1080)):
        view.resize(*size)
        QApplication.processEvents()
        assert view.grab().save(str(SHOTS / f"board-unsorted-{size[0]}x{size[1]}.png"))
    for suggestion in list(board.suggestions)[:3]:
        board.accept_suggestion(suggestion)
    unsorted = board.plenum.unsorted
    board.editor.add_theme("Samarbeid med skolen", [unsorted[k].key for k in (0, 2, 5) if k < len(unsorted)])
    for size in ((1366, 768), (1920, 1080)):
        view.resize(*size)
        QApplication.processEvents()
        assert view.grab().save(str(SHOTS / f"board-{size[0]}x{size[1]}.png"))
    window = view.projector_window
    view.show_theme(board.plenum.themes[0].id)
    for width, height in SIZES:
        window.resize(width, height)
        assert window.grab().save(str(SHOTS / f"projector-theme-{width}x{height}.png"))
    view.show_overview()
    for width, height in SIZES:
        window.resize(width, height)
        assert window.grab().save(str(SHOTS / f"projector-overview-{width}x{height}.png"))
