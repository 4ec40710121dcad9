"""The live results: counted against the people present, the facilitator's choice of what the
hall sees, phones' responses picked up while shown, open answers scrolling by the clock, and the
projector's picture at 1920×1080 and 1024×768 for every kind of question (saved to
/tmp/shots/results/ for a person to look at as the back row would)."""
from __future__ import annotations

import datetime as dt
import random
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from app.common.clock import FakeClock
from app.conference_file.schema import QuestionKind
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import (
    QuestionDraft,
    add_question,
    questions,
    set_open,
)
from app.evaluation.responses import submit_response
from app.evaluation.results import Results, results
from app.evaluation.template import create_from_template
from ui.evaluation import results_panel
from ui.evaluation.results_painter import (
    SCROLL_SPEED,
    ResultsPainter,
    ResultsScene,
    Showing,
)
from ui.evaluation.results_panel import ResultsPanel
from ui.projector.projector_painter import MIN_TEXT, inside
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession

SHOTS = Path("/tmp/shots/results")
SIZES = ((1920, 1080), (1024, 768))
MARKUP = "<b>&</b> 🎻"
LONG = ("Veldig nyttig dag, men " + "vi trenger mer tid i kommunegruppene og færre innlegg før lunsj; " * 8)[:500]
SAYINGS = (
    "Bra å møte andre kommuner",
    "Mer tid til samtale i gruppene",
    "Veilederen hjalp oss å se neste steg",
    "Lokalet var for varmt etter lunsj",
    "Fint å høre hvordan Sunnfjord har organisert kulturskolen",
    "Beholde kvadrantene!",
    "Kortere innlegg, flere pauser",
)


def answers_for(number: int, asked: list, rng: random.Random) -> dict[str, object]:
    answers: dict[str, object] = {}
    for question in asked:
        if question.kind is QuestionKind.SCALE:
            answers[str(question.id)] = rng.choice((2, 3, 4, 4, 5, 5, 5, 6, 6))
        elif question.kind is QuestionKind.CHOICE:
            picks = rng.sample(question.choices, rng.randint(1, 3) if question.multiple else 1)
            answers[str(question.id)] = picks
        elif number % 3:
            answers[str(question.id)] = LONG if number == 7 else MARKUP if number == 1 else rng.choice(SAYINGS)
    return answers


def answer_all(session: ConferenceSession, count: int, *, start: int = 0) -> None:
    asked = questions(session.db)
    rng = random.Random(14 + start)
    for number in range(start, start + count):
        submit_response(session.db, f"phone-{number:04d}", answers_for(number, asked, rng))


@pytest.fixture
def evaluated(session: ConferenceSession) -> ConferenceSession:
    """The demo with the template questionnaire, open, and 60 phones' responses."""
    session.clock = FakeClock(dt.datetime(2020, 1, 28, 15, 45))
    create_from_template(session.db, "dialogkonferanse")
    set_open(session.db, True)
    answer_all(session, 60)
    return session


@pytest.fixture
def panel(qtbot, evaluated: ConferenceSession) -> ResultsPanel:
    panel = ResultsPanel(evaluated)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    return panel


def render(painter: ResultsPainter, scene: ResultsScene, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    qp = QPainter(image)
    painter.paint(qp, QRectF(0, 0, width, height), scene)
    qp.end()
    return image


def id_of(session: ConferenceSession, kind: QuestionKind, nth: int = 0) -> int:
    return [q.id for q in questions(session.db) if q.kind is kind][nth]


def test_the_panel_counts_responses_against_the_people_present(panel: ResultsPanel, evaluated: ConferenceSession) -> None:
    present = results(evaluated.db).present
    assert present > 60
    assert panel.count_label.text() == f"60 av {present} har svart"
    panel.preview.grab()
    assert f"60 av {present} har svart" in panel.preview.painter.texts()
    assert panel.list_widget.count() == 1 + 12
    assert panel.list_widget.item(0).text().startswith("Oversikt")


def test_choosing_a_question_changes_what_the_hall_sees(panel: ResultsPanel, evaluated: ConferenceSession) -> None:
    panel.preview.grab()
    overview = panel.preview.painter.texts()
    assert "Oversikt" in overview

    panel.list_widget.setCurrentRow(1)  # the first scale question
    panel.preview.grab()
    scale = panel.preview.painter.texts()
    assert panel.showing == Showing(id_of(evaluated, QuestionKind.SCALE))
    assert "Snitt" in scale and "60 svar" in scale and "Spørsmål 1 av 12" in scale

    panel.show_question(id_of(evaluated, QuestionKind.CHOICE, 1))
    panel.preview.grab()
    assert "Erfaringsdeling på tvers av kommuner" in " ".join(panel.preview.painter.texts())

    panel.show_question(id_of(evaluated, QuestionKind.OPEN))
    panel.preview.grab()
    assert MARKUP in panel.preview.painter.texts()  # painted as typed, not as markup
    assert overview != scale


def test_a_phone_response_in_the_background_is_picked_up(qtbot, panel: ResultsPanel, evaluated: ConferenceSession) -> None:
    present = results(evaluated.db).present
    asked = questions(evaluated.db)
    phone = threading.Thread(
        target=submit_response, args=(evaluated.db, "phone-late-0001", answers_for(1, asked, random.Random(1)))
    )
    phone.start()
    phone.join()
    qtbot.waitUntil(lambda: panel.count_label.text() == f"61 av {present} har svart", timeout=3000)
    panel.preview.grab()
    assert f"61 av {present} har svart" in panel.preview.painter.texts()


def test_writes_elsewhere_in_the_file_are_not_read_again(
    qtbot, panel: ResultsPanel, evaluated: ConferenceSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    real = results_panel.results

    def counted(db: ConferenceDb) -> Results:
        reads.append(1)
        return real(db)

    monkeypatch.setattr(results_panel, "results", counted)
    block = evaluated.blocks()[0]
    evaluated.update_block(block.id, title="Velkommen til dag to")
    qtbot.wait(3 * results_panel.POLL_MS)
    assert reads == []
    evaluated.announce(Changes(evaluation=True))  # a change typed in on the laptop: at once
    assert reads == [1]


def test_show_and_hide_on_the_projector(qtbot, panel: ResultsPanel) -> None:
    assert not panel.hide_button.isEnabled()
    panel.show_button.click()
    assert panel.projector_window.isVisible() and panel.hide_button.isEnabled()
    panel.hide_button.click()
    assert not panel.projector_window.isVisible() and not panel.hide_button.isEnabled()


def test_open_answers_scroll_by_the_clock_and_keep_their_place_when_one_comes_in(evaluated: ConferenceSession) -> None:
    found = results(evaluated.db)
    open_result = next(r for r in found.questions if r.question.kind is QuestionKind.OPEN)
    numbered = [f"Svar {n}: {SAYINGS[n % len(SAYINGS)]}" for n in range(40)]

    def with_answers(answers: list[str]) -> Results:
        return replace(found, questions=(replace(open_result, count=len(answers), answers=tuple(answers)),))

    painter = ResultsPainter()
    showing = Showing(open_result.question.id)

    def tops(shown: Results, elapsed: float) -> dict[str, float]:
        render(painter, ResultsScene(shown, showing, elapsed), 1920, 1080)
        return {d.text: d.rect.top() for d in painter.drawn if d.text.startswith("Svar ")}

    first = tops(with_answers(numbered), 10.0)
    assert painter.scrolling
    later = tops(with_answers(numbered), 12.0)
    moved = [first[t] - later[t] for t in first if t in later]
    assert moved and all(abs(m - 2 * SCROLL_SPEED * 1080) < 1.0 for m in moved)
    again = tops(with_answers(numbered), 12.0)  # a repaint at the same moment: the same picture
    assert again == later
    arrived = tops(with_answers(numbered + ["Svar 40: nytt fra en telefon"]), 12.0)
    assert all(abs(arrived[t] - later[t]) < 1.0 for t in later if t in arrived)
    assert len(set(later) & set(arrived)) >= len(later) - 1


@pytest.mark.parametrize("width,height", SIZES)
def test_the_painter_shows_every_kind_at_every_size(evaluated: ConferenceSession, width: int, height: int) -> None:
    add_question(evaluated.db, QuestionDraft(
        QuestionKind.CHOICE, "Hvilket tilbud <i>&</i> 🎻 " + "ønsker dere mer av neste år? " * 8,
        choices=tuple(f"Valg {n}: " + "et langt alternativ som må brytes eller kortes ned " * 3 for n in range(20)),
        multiple=True))
    painter = ResultsPainter()
    found = results(evaluated.db)
    for showing in [Showing()] + [Showing(r.question.id) for r in found.questions]:
        for elapsed in (0.0, 37.5):
            render(painter, ResultsScene(found, showing, elapsed), width, height)
            assert min(d.pixel_size for d in painter.drawn) >= MIN_TEXT * height - 0.5, showing
            assert inside(painter.drawn, width, height), showing
    render(painter, ResultsScene(None), width, height)
    assert painter.texts() == ["Ingen konferanse er åpen"]


@pytest.mark.parametrize("width,height", SIZES)
def test_the_painter_with_no_responses_and_no_questions(session: ConferenceSession, width: int, height: int) -> None:
    painter = ResultsPainter()
    render(painter, ResultsScene(results(session.db)), width, height)
    assert painter.texts() == ["Ingen spørsmål ennå"]
    create_from_template(session.db, "dialogkonferanse")
    found = results(session.db)
    for showing in [Showing()] + [Showing(r.question.id) for r in found.questions]:
        render(painter, ResultsScene(found, showing), width, height)
        assert inside(painter.drawn, width, height)
        assert f"0 av {found.present} har svart" in painter.texts()
        kind = next((r.question.kind for r in found.questions if r.question.id == showing.question_id), None)
        if kind is QuestionKind.CHOICE:
            assert any(t.startswith("0 svar") for t in painter.texts())
        elif kind is not None:
            assert "Ingen svar ennå" in painter.texts()


def test_screenshots_of_the_projector_window(panel: ResultsPanel, evaluated: ConferenceSession) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    evaluated.clock.advance(14)  # type: ignore[attr-defined]
    shown = {
        "overview": None,
        "scale": id_of(evaluated, QuestionKind.SCALE, 4),
        "choice": id_of(evaluated, QuestionKind.CHOICE, 1),
        "open": id_of(evaluated, QuestionKind.OPEN),
    }
    window = panel.projector_window
    for name, question_id in shown.items():
        panel.show_question(question_id)
        for width, height in SIZES:
            window.resize(width, height)
            window.grab()
            evaluated.clock.advance(9)  # type: ignore[attr-defined]  # open answers have scrolled on
            image = window.grab()
            assert image.width() == width
            assert image.save(str(SHOTS / f"results-{name}-{width}x{height}.png"))
            assert min(d.pixel_size for d in window.painter.drawn) >= MIN_TEXT * height - 0.5
    panel.show_question(shown["scale"])
    panel.resize(1366, 640)
    QApplication.processEvents()  # the list lays its wrapped items out after the resize
    assert panel.grab().save(str(SHOTS / "results-panel-1366x640.png"))
