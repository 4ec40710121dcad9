"""Running part of the Gardermoen day through the UI on a fake clock: the control panel and what
the projector paints, state by state."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.common.clock import FakeClock
from app.run.day_runner import Phase
from app.conference_file.schema import BlockKind
from tests.ui.run_day_support import (  # noqa: F401 - fixtures
    CountingChime,
    advance_to,
    at,
    chime,
    clock,
    day_file,
    day_template,
    day_window,
    render,
    view_of,
)
from ui.shell.main_window import MainWindow
from ui.projector.projector_painter import MIN_TEXT, OVERTIME, TEXT, WARNING, inside


def countdown_of(window: MainWindow) -> tuple[str, str]:
    """The biggest text the projector painted (the countdown) and its colour."""
    drawn = window.programme_view.projector.window.painter.drawn
    biggest = max(drawn, key=lambda d: d.pixel_size)
    return biggest.text, biggest.color


def painted(window: MainWindow, width: int = 1920, height: int = 1080) -> list[str]:
    projector = window.programme_view.projector.window
    render(projector, width, height)
    drawn = projector.painter.drawn
    assert all(d.pixel_size >= MIN_TEXT * height - 0.5 for d in drawn), [(d.text, d.pixel_size) for d in drawn]
    assert inside(drawn, width, height)
    return projector.painter.texts()


def test_a_morning_on_the_projector_and_the_panel(day_window: MainWindow, clock: FakeClock, chime: CountingChime) -> None:
    window = day_window
    controller = window.programme_view.controller
    panel = window.programme_view.panel

    # Before the day: the conference, the time of day and when we start.
    texts = painted(window)
    assert "Dialogkonferanse 2" in texts and "Vi starter kl. 09.30" in texts and "09.20" in texts
    assert panel.play_button.text().endswith("Start")

    # 09.30: Start. Ankomst og kaffe runs for 30 minutes.
    advance_to(clock, "09:30")
    panel.play_button.click()
    assert view_of(window).block.title == "Ankomst og kaffe"
    texts = painted(window)
    assert "Ankomst og kaffe" in texts and "30:00" in texts and "Neste: 10.00 Velkommen" in texts
    assert countdown_of(window) == ("30:00", TEXT.name())
    assert panel.time_label.text() == "30:00" and panel.caption_label.text() == "NÅ"

    # The last five minutes: the countdown turns amber.
    advance_to(clock, "09:56:30")
    controller.refresh()
    painted(window)
    assert countdown_of(window) == ("3:30", WARNING.name())
    assert "snart slutt" in panel.time_caption.text()

    # Past the end: overtime counts up with a "+", in red, and says so.
    advance_to(clock, "10:02:07")
    controller.refresh()
    texts = painted(window)
    assert countdown_of(window) == ("+2:07", OVERTIME.name())
    assert "på overtid" in texts
    assert panel.time_label.text() == "+2:07"

    # → : Velkommen; the day is now two minutes late.
    panel.next_button.click()
    assert view_of(window).block.title == "Velkommen"
    assert panel.late_label.text() == "Dagen ligger 2 min etter planen"

    # Pause and resume: the clock stands still meanwhile.
    clock.advance(600)
    panel.play_button.click()
    clock.advance(120)
    controller.refresh()
    texts = painted(window)
    assert "PAUSE" in texts and countdown_of(window)[0] == "20:00"
    assert panel.play_button.text().endswith("Fortsett")
    panel.play_button.click()

    # Velkommen ends; 1. kvadrant is next: Finn ditt bord and the task, page after page.
    advance_to(clock, "10:34")
    panel.end_button.click()
    view = view_of(window)
    assert view.phase is Phase.BETWEEN and view.block.kind is BlockKind.KVADRANT1 and view.shows_find_your_table
    texts = painted(window)
    assert "Finn ditt bord" in texts and "Side 1 av 5" in texts
    assert "Anders Nielsen" in texts  # names alphabetically, each with a table number
    names = [t for t in texts if t and t[0].isalpha() and t not in ("Finn ditt bord", "Sortert på fornavn")]
    assert names[: names.index("Anders Nielsen") + 1] == ["Aksel Paulsen", "Anders Nielsen"]
    pages = set()
    for _ in range(5):
        clock.advance(12)
        controller.refresh()
        texts = painted(window)
        pages.add(window.programme_view.projector.window.painter.page)
    assert {page for page, _count in pages} == {0, 1, 2, 3, 4}
    assert any(t.startswith("Hvordan skal dere jobbe videre") for t in _every_page(window, clock))

    # 1. kvadrant starts; the rotation: "Taler 1 av 6", a chime, then speaker 3 after ten minutes.
    advance_to(clock, "10:37")
    panel.play_button.click()
    assert panel.rotation_row.isVisibleTo(panel)
    panel.rotation_start_button.click()
    assert chime.plays == 1
    clock.advance(10 * 60 + 18)
    controller.refresh()
    texts = painted(window)
    assert "Taler 3 av 6" in texts and "4:42" in texts
    assert chime.plays == 2  # one chime even though two speakers went by unseen
    assert panel.rotation_label.text().startswith("Taler 3 av 6 · 4:42")

    # Skip a speaker, pause a slot.
    panel.skip_button.click()
    assert view_of(window).rotation.speaker == 4 and chime.plays == 3
    panel.rotation_pause_button.click()
    clock.advance(60)
    controller.refresh()
    assert "PAUSE" in painted(window) and view_of(window).rotation.slot_remaining == 300
    panel.rotation_pause_button.click()

    # Lunch: calm, and when we start again.
    advance_to(clock, "11:31")
    panel.next_button.click()
    texts = painted(window)
    assert view_of(window).block.kind is BlockKind.LUNSJ
    assert "Lunsj" in texts and "Vi starter igjen kl. 12.31" in texts
    # What comes after lunch, its title elided to the line's width.
    assert "Deretter: 2. kvadrant / læringsrom: Teori, begreper og model…" in texts

    # B blanks the screen: pure black; B again brings it back.
    panel.blank_button.click()
    image = render(window.programme_view.projector.window)
    assert {image.pixelColor(x, y).name() for x in (5, 960, 1900) for y in (5, 540, 1070)} == {"#000000"}
    assert window.programme_view.projector.window.painter.drawn == []
    assert panel.blank_button.isChecked()
    panel.blank_button.click()
    assert "Lunsj" in painted(window)

    # The programme table shows planned, expected and actual times, the running block in bold.
    model = window.programme_view.model
    lunch_row = model.row_of(view_of(window).block.id)
    assert model.index(lunch_row, 5).data() == "11.31– (går)"
    assert model.index(lunch_row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 5).data() == "09.30–10.02"


def _every_page(window: MainWindow, clock: FakeClock) -> list[str]:
    texts: list[str] = []
    for _ in range(6):
        clock.advance(12)
        window.programme_view.controller.refresh()
        texts += painted(window)
    return texts


def test_shift_the_rest_of_the_day_keeps_lunch(day_window: MainWindow, clock: FakeClock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.programme.control_panel import ShiftDayDialog

    window = day_window
    controller = window.programme_view.controller
    panel = window.programme_view.panel
    advance_to(clock, "10:30")
    controller.start(next(b.id for b in controller.runner.blocks if b.kind is BlockKind.KVADRANT1))
    advance_to(clock, "11:38")
    controller.refresh()
    assert panel.late_label.text() == "Dagen ligger 8 min etter planen"
    seen: dict[str, str] = {}

    def answer(dialog: ShiftDayDialog) -> int:
        seen["explanation"] = dialog.explanation(controller.view)
        assert dialog.minutes() == 8  # offered: how late the day is
        dialog.minutes_spin.setValue(10)
        return 1

    monkeypatch.setattr(ShiftDayDialog, "exec", answer)
    panel.shift_button.click()
    assert "Lunsj (11.30–12.30)" in seen["explanation"] and "Fast tidspunkt" in seen["explanation"]
    timings = {t.block.title: t for t in view_of(window).timings}
    assert timings["Lunsj"].expected_start == at("11:30") and timings["Lunsj"].expected_end == at("12:30")
    model = window.programme_view.model
    row = model.row_of(timings["Lunsj"].block.id)
    assert model.index(row, 4).data() == "11.30–12.30 (fast)"


def test_warning_colour_is_a_colour_that_reads_on_black() -> None:
    """Amber and red keep a contrast of at least 7:1 on the near-black background (AAA)."""

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    from ui.projector.projector_painter import BACKGROUND, OVERTIME_BACKGROUND

    assert (luminance(WARNING) + 0.05) / (luminance(BACKGROUND) + 0.05) > 7
    assert (luminance(OVERTIME) + 0.05) / (luminance(OVERTIME_BACKGROUND) + 0.05) > 5
