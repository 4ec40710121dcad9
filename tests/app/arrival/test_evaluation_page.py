"""The evaluation on the participant page (/p/TOKEN), driven in headless Chromium against the real
server: the offer while it is open, one question per screen, the draft kept over a reload, the
review, one send (a second replaces it), a lost network, a refused send and a closed questionnaire.

Like test_participant_page.py: Debian's Chromium through Playwright, skipped without them unless
``KVADRANT_REQUIRE_BROWSER=1`` (CI). The phone is 360×740; screenshots go to
``screenshots/evaluation-*.png`` for a person to look at.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.arrival.hall_link import hall_token
from app.arrival.people import find_people
from app.conference_file.schema import EvalResponse
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import Question, questions, remove_question, set_open
from app.evaluation.responses import responses
from app.evaluation.results import results
from app.evaluation.template import create_from_template
from app.roster.demo import create_demo
from tests.app.browser_support import (
    LiveServer,
    Phone,
    no_horizontal_scroll,
    require_browser,
)
from tests.app.browser_support import shot as browser_shot

WIDTH, HEIGHT = 360, 740
NASTY = "<b>&amp;</b> 🎻"
ANON = "Svarene er anonyme: navnet ditt lagres ikke sammen med svarene."

require_browser()

from playwright.sync_api import Locator, Page, Playwright, expect


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "x.kvadrant")
    create_from_template(db, "dialogkonferanse")
    set_open(db, True)
    yield db
    db.close()


@pytest.fixture
def live(demo: ConferenceDb) -> Iterator[LiveServer]:
    server = LiveServer(demo, participants=True)
    server.start()
    yield server
    server.close()


@pytest.fixture
def phone(playwright: Playwright, tmp_path: Path) -> Iterator[Phone]:
    device = Phone(playwright, tmp_path / "chromium-profile", width=WIDTH, height=HEIGHT, clock=None)
    yield device
    device.close()
    assert device.problems == []


@pytest.fixture
def asked(demo: ConferenceDb) -> list[Question]:
    """The template's 12 questions: 7 scales, a single choice, a multiple choice, 3 open."""
    found = questions(demo)
    assert [q.kind.value for q in found] == ["scale"] * 7 + ["choice", "choice", "open", "open", "open"]
    assert not found[7].multiple and found[8].multiple
    return found


def shot(page: Page, name: str, *, full_page: bool = False) -> None:
    browser_shot(page, f"evaluation-{name}", full_page=full_page)


def poke(page: Page) -> None:
    """The phone is unlocked again: the page looks for news at once (not after 15 s)."""
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")


def progress(page: Page) -> Locator:
    return page.locator("#eval-progress")


def touch_targets_are_big(page: Page) -> None:
    small = page.evaluate(
        """() => [...document.querySelectorAll('#eval-offer button, #eval-view button, #eval-view textarea')]
            .filter((b) => b.offsetParent !== null)
            .map((b) => [b.id || b.className, b.getBoundingClientRect()])
            .filter(([, r]) => r.height < 48 || r.width < 48)
            .map(([name, r]) => [name, Math.round(r.width), Math.round(r.height)])"""
    )
    assert small == [], f"touch targets smaller than 48 px: {small}"


def looks_right(page: Page) -> None:
    no_horizontal_scroll(page)
    touch_targets_are_big(page)


def start(page: Page) -> None:
    button = page.locator("#eval-start")
    expect(button).to_have_text("Svar på evalueringen", timeout=15_000)
    button.click()
    expect(progress(page)).to_have_text("1 av 12")


def next_until(page: Page, screen: str) -> None:
    for _ in range(13):
        if progress(page).text_content() == screen:
            return
        page.locator("#eval-next").click()
    expect(progress(page)).to_have_text(screen)


def thanked(page: Page) -> None:
    """The thank-you is on the screen (its heading's text is in the page all along)."""
    expect(page.locator("#eval-thanks")).to_be_visible(timeout=10_000)
    expect(page.locator("#eval-thanks-title")).to_have_text("Takk for svarene!")


def choice(page: Page, text: str) -> Locator:
    return page.locator("#eval-answer .choice").filter(has_text=text)


def draft(page: Page, demo: ConferenceDb) -> Any:
    return json.loads(page.evaluate(f"localStorage.getItem('kvadrant.evaluering.{hall_token(demo)}')") or "null")


def stored_respondents(demo: ConferenceDb) -> list[str]:
    with demo.read() as session:
        return list(session.scalars(select(EvalResponse.respondent)))


# -- tests ------------------------------------------------------------------------------------
def test_answer_review_send_and_change(demo: ConferenceDb, live: LiveServer, phone: Phone, asked: list[Question]) -> None:
    person = find_people(demo, "Bjørg Hofsli")[0]
    page = phone.open(live.url())
    page.locator("#q").press_sequentially("hofsli", delay=30)
    page.locator("#hits .hit").first.click()
    expect(page.locator("#person-name")).to_have_text(person.name)
    offer = page.locator("#eval-offer")
    expect(offer).to_be_visible(timeout=15_000)
    expect(offer).to_contain_text("Hvordan var dagen? 12 spørsmål")
    expect(offer).to_contain_text(ANON)
    looks_right(page)
    shot(page, "offer")

    # A scale: six big buttons, the end labels under 1 and 6.
    start(page)
    expect(page.locator("#page-title")).to_have_text("Evaluering")
    expect(page.locator("#eval-text")).to_have_text(asked[0].text)
    expect(page.locator("#eval-back")).to_be_hidden()
    grades = page.locator("#eval-answer .grade")
    expect(grades).to_have_text(["1", "2", "3", "4", "5", "6"])
    expect(page.locator(".scale-low")).to_have_text(asked[0].low_label)
    expect(page.locator(".scale-high")).to_have_text(asked[0].high_label)
    grades.nth(4).click()
    expect(grades.nth(4)).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#eval-foot")).to_contain_text(ANON)
    looks_right(page)
    page.wait_for_timeout(300)  # the chosen grade's colour settles (0.15 s transition)
    shot(page, "scale")
    page.locator("#eval-next").click()  # back and forward keep the answer
    expect(progress(page)).to_have_text("2 av 12")
    page.locator("#eval-back").click()
    expect(progress(page)).to_have_text("1 av 12")
    expect(grades.nth(4)).to_have_attribute("aria-pressed", "true")
    assert page.locator("#eval-answer [aria-pressed=true]").count() == 1

    # A single choice is radio-like; a multiple choice takes several.
    next_until(page, "8 av 12")
    choice(page, "Kulturskoleleder").click()
    choice(page, "Ressurslærer").click()
    expect(choice(page, "Ressurslærer")).to_have_attribute("aria-pressed", "true")
    expect(choice(page, "Kulturskoleleder")).to_have_attribute("aria-pressed", "false")
    page.locator("#eval-next").click()
    expect(page.locator("#eval-hint")).to_have_text("Velg ett eller flere svar.")
    picked = ["Innlegg og faglig påfyll", "Samtale med veileder"]
    for text in picked:
        choice(page, text).click()
    for text in picked:
        expect(choice(page, text)).to_have_attribute("aria-checked", "true")
    expect(page.locator("#eval-answer [aria-checked=true]")).to_have_count(2)
    looks_right(page)
    shot(page, "choice")

    page.reload()  # the draft and the screen are kept
    expect(progress(page)).to_have_text("9 av 12", timeout=10_000)
    expect(page.locator("#eval-answer [aria-checked=true]")).to_have_count(2)
    expect(choice(page, picked[1])).to_have_attribute("aria-checked", "true")

    # An open question: the text stays as typed.
    page.locator("#eval-next").click()
    area = page.locator("#eval-open")
    area.fill(NASTY)
    looks_right(page)
    area.blur()
    shot(page, "open")
    page.locator("#eval-back").click()
    page.locator("#eval-next").click()
    expect(area).to_have_value(NASTY)

    # The review: skipped questions say so; every answer is shown as text.
    next_until(page, "Se over")
    expect(page.locator("#eval-count")).to_have_text("Du har svart på 4 av 12 spørsmål.")
    answers = page.locator("#eval-summary .summary-answer")
    expect(answers).to_have_count(12)
    expect(answers.nth(0)).to_have_text("5 av 6")
    expect(answers.nth(1)).to_have_text("Ikke besvart")
    expect(answers.nth(7)).to_have_text("Ressurslærer")
    expect(answers.nth(8)).to_have_text(", ".join(picked))
    expect(answers.nth(9)).to_have_text(NASTY)
    expect(page.locator("#eval-replaces")).to_be_hidden()
    expect(page.locator("#eval-review")).to_contain_text(ANON)
    assert page.locator("main b").count() == 0
    looks_right(page)
    shot(page, "review")
    shot(page, "review-full", full_page=True)

    with page.expect_request(lambda r: r.url.endswith("/evaluation") and r.method == "POST") as sent:
        page.locator("#eval-send").click()
    thanked(page)
    expect(page.locator("#eval-thanks-text")).to_have_text("Svarene er sendt. Du kan endre dem så lenge evalueringen er åpen.")
    looks_right(page)
    shot(page, "thanks")

    # Anonymous: the body is the random id and the answers, nothing of the person; the file keeps a hash.
    raw = sent.value.post_data or ""
    body = json.loads(raw)
    assert set(body) == {"respondent", "answers"}
    respondent = body["respondent"]
    assert re.fullmatch(r"[0-9a-f]{32}", respondent)
    assert person.name not in raw
    assert page.evaluate("localStorage.getItem('kvadrant.svarer')") == respondent
    kept_choice = page.evaluate(f"localStorage.getItem('kvadrant.deltaker.{hall_token(demo)}')")
    assert respondent not in kept_choice and person.name not in json.dumps(draft(page, demo), ensure_ascii=False)
    assert stored_respondents(demo) != [respondent] and len(stored_respondents(demo)) == 1

    given = responses(demo)
    assert len(given) == 1 and given[0].source == "phone"
    assert given[0].answers == {asked[0].id: 5, asked[7].id: ("Ressurslærer",), asked[8].id: tuple(picked), asked[9].id: NASTY}

    # Sending again after a change replaces the first response.
    page.locator("#eval-change").click()
    expect(progress(page)).to_have_text("1 av 12")
    expect(grades.nth(4)).to_have_attribute("aria-pressed", "true")
    grades.nth(1).click()
    page.locator("#eval-to-review").click()
    expect(page.locator("#eval-replaces")).to_be_visible()
    expect(page.locator("#eval-replaces")).to_have_text("Du har sendt svar før: disse erstatter dem.")
    expect(answers.nth(0)).to_have_text("2 av 6")
    page.locator("#eval-send").click()
    expect(page.locator("#eval-thanks-text")).to_have_text(
        "Svarene dine er oppdatert. Du kan endre dem så lenge evalueringen er åpen.", timeout=10_000
    )
    given = responses(demo)
    assert len(given) == 1 and given[0].answers[asked[0].id] == 2 and given[0].answers[asked[9].id] == NASTY
    assert results(demo).questions[0].counts == {"1": 0, "2": 1, "3": 0, "4": 0, "5": 0, "6": 0}

    page.locator("#eval-done").click()  # back to the card; the offer says it is sent
    expect(page.locator("#person-name")).to_have_text(person.name)
    expect(page.locator("#eval-offer-text")).to_have_text("Takk! Svarene dine er sendt.")
    expect(page.locator("#eval-start")).to_have_text("Endre svarene")
    looks_right(page)
    shot(page, "offer-sent")


def test_a_lost_network_keeps_the_draft_and_offers_a_retry(
    demo: ConferenceDb, live: LiveServer, phone: Phone, asked: list[Question]
) -> None:
    page = phone.open(live.url())  # no one picked: the offer is above the search
    start(page)
    page.locator("#eval-answer .grade").nth(5).click()
    next_until(page, "Se over")
    live.stop()  # the hotel Wi-Fi drops
    page.locator("#eval-send").click()
    expect(page.locator("#eval-problem")).to_have_text(
        "Fikk ikke kontakt med serveren. Svarene er lagret på telefonen.", timeout=15_000
    )
    expect(page.locator("#eval-send")).to_have_text("Ikke sendt – prøv igjen")
    assert draft(page, demo)["answers"] == {str(asked[0].id): 6}
    looks_right(page)
    shot(page, "not-sent")
    assert responses(demo) == []

    live.start()
    page.locator("#eval-send").click()
    thanked(page)
    assert [r.answers for r in responses(demo)] == [{asked[0].id: 6}]


def test_a_refused_send_shows_why_and_stays(demo: ConferenceDb, live: LiveServer, phone: Phone, asked: list[Question]) -> None:
    page = phone.open(live.url())
    start(page)
    next_until(page, "12 av 12")
    page.locator("#eval-open").fill("Mer tid til kommunegruppene")
    next_until(page, "Se over")
    remove_question(demo, asked[11].id)  # the facilitator removes it before the next poll
    page.locator("#eval-send").click()
    problem = page.locator("#eval-problem")
    expect(problem).to_contain_text("Svarene ble ikke tatt imot", timeout=10_000)
    expect(problem.locator(".problem-detail")).to_contain_text("no question has the id")
    expect(page.locator("#eval-review")).to_be_visible()
    # The page fetched the questionnaire again: the answer to the removed question is not sent.
    expect(page.locator("#eval-count")).to_have_text("Du har svart på 0 av 11 spørsmål.")
    shot(page, "refused")
    page.locator("#eval-send").click()
    expect(problem).to_have_text("Svar på minst ett spørsmål før du sender.")
    assert responses(demo) == []


def test_a_closed_evaluation_says_so(demo: ConferenceDb, live: LiveServer, phone: Phone, asked: list[Question]) -> None:
    page = phone.open(live.url())
    start(page)
    page.locator("#eval-answer .grade").nth(2).click()
    next_until(page, "Se over")
    set_open(demo, False)  # closed before the phone's next poll: the send gets 409
    page.locator("#eval-send").click()
    expect(page.locator("#eval-closed-title")).to_be_visible(timeout=10_000)
    expect(page.locator("#eval-closed-title")).to_have_text("Evalueringen er stengt.")
    expect(page.locator("#eval-closed-text")).to_have_text(
        "Svarene dine ble ikke sendt. De ligger på telefonen hvis evalueringen åpnes igjen."
    )
    expect(page.locator("#eval-nav")).to_be_hidden()
    looks_right(page)
    shot(page, "closed")
    assert responses(demo) == []

    page.locator("#eval-done").click()
    expect(page.locator("#q")).to_be_visible()
    expect(page.locator("#eval-offer")).to_be_hidden()

    set_open(demo, True)  # opened again: the poll brings the offer back, with the draft
    poke(page)
    expect(page.locator("#eval-offer-text")).to_have_text("Du har svart på 1 av 12. Svarene er ikke sendt ennå.", timeout=10_000)
    page.locator("#eval-start").click()
    expect(page.locator("#eval-review")).to_be_visible()
    next_until(page, "Se over")

    page.locator("#eval-back").click()  # closed while a question is on the screen: the poll says so
    expect(progress(page)).to_have_text("12 av 12")
    set_open(demo, False)
    poke(page)
    expect(page.locator("#eval-closed-title")).to_be_visible(timeout=10_000)
    expect(page.locator("#eval-question")).to_be_hidden()


def test_the_offer_comes_with_the_next_poll(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    set_open(demo, False)
    page = phone.open("about:blank")
    page.clock.install()  # the page's 15 s poll, run by hand
    page.goto(live.url())
    expect(page.locator("#q")).to_be_visible(timeout=10_000)
    page.wait_for_load_state("networkidle")
    expect(page.locator("#eval-offer")).to_be_hidden()

    set_open(demo, True)  # the facilitator opens it at 15.45: the phones learn it within 15 s
    page.clock.run_for(14_000)
    page.wait_for_load_state("networkidle")
    expect(page.locator("#eval-offer")).to_be_hidden()
    page.clock.run_for(1_500)
    expect(page.locator("#eval-offer")).to_be_visible(timeout=10_000)
    expect(page.locator("#eval-start")).to_have_text("Svar på evalueringen")

    set_open(demo, False)
    page.clock.run_for(15_500)
    expect(page.locator("#eval-offer")).to_be_hidden(timeout=10_000)


def test_the_table_shows_without_evaluation_js(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    """A hotel network that loses evaluation.js must not cost a participant their table."""
    person = find_people(demo, "Bjørg Hofsli")[0]
    page = phone.open("about:blank")
    page.route("**/evaluation.js", lambda route: route.abort())
    page.goto(live.url())
    page.locator("#q").press_sequentially("hofsli", delay=30)
    page.locator("#hits .hit").first.click()
    expect(page.locator("#person-name")).to_have_text(person.name)
    expect(page.locator("#eval-offer")).to_be_hidden()
    phone.problems.clear()  # the aborted script is the point here, not a fault of the page
