"""The key points (hovedpunkter) on the referent's phone page, in headless Chromium against the real
server: typed under the text, saved with it (same save, same version), kept on the phone, and
shown on both sides of a conflict with the laptop, the chosen side's points kept.

Screenshots at 390×844 go to ``screenshots/phone-key-points*.png`` for a person to look at.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Iterator

import pytest

from app.conference_file.storage import ConferenceDb
from app.groups.plans import make_plan
from app.referent.links import Link, ensure_links
from app.referent.summaries import LAPTOP, SummaryState, get_summary, save_summary
from app.roster.demo import create_demo
from tests.app.browser_support import LiveServer, Phone, no_horizontal_scroll, require_browser
from tests.app.browser_support import shot as browser_shot

SAVED = re.compile(r"^(Lagret \d\d\.\d\d|Alt er lagret)$")
CONFERENCE_MORNING = dt.datetime(2020, 1, 28, 11, 5)
NASTY_POINT = "<b>Kulturskolen</b> & skolen må snakke sammen 🎻"

require_browser()

from playwright.sync_api import Page, Playwright, expect  # noqa: E402


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "points.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    yield db
    db.close()


@pytest.fixture
def link(demo: ConferenceDb) -> Link:
    return next(l for l in ensure_links(demo) if l.kvadrant == 1 and l.group == 3)


@pytest.fixture
def live(demo: ConferenceDb) -> Iterator[LiveServer]:
    server = LiveServer(demo)
    server.start()
    yield server
    server.close()


@pytest.fixture
def phone(playwright: Playwright, tmp_path: Path) -> Iterator[Phone]:
    device = Phone(playwright, tmp_path / "chromium-profile", width=390, height=844, clock=CONFERENCE_MORNING)
    yield device
    device.close()
    assert device.problems == []


def stored(db: ConferenceDb, link: Link) -> SummaryState:
    return get_summary(db, link.block_id, link.group_id)


def ready(page: Page) -> None:
    expect(page.locator("#text")).to_be_visible(timeout=15_000)


def points(page: Page) -> list[str]:
    return [page.locator(f"#point-{n}").input_value() for n in (1, 2, 3)]


def test_points_are_saved_with_the_text_and_come_back_on_reload(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    expect(page.get_by_text("Tre hovedpunkter fra gruppa")).to_be_visible()
    expect(page.locator("#point-1")).to_have_attribute("placeholder", "Hovedpunkt 1")
    expect(page.locator("#point-3")).to_have_attribute("maxlength", "200")

    page.locator("#text").fill("Vi snakket om samarbeid mellom kulturskolen og grunnskolen.")
    page.locator("#point-1").fill("  Felles planlegging  ")
    page.locator("#point-1").press("Enter")  # goes on to the next point
    assert page.evaluate("document.activeElement.id") == "point-2"
    page.keyboard.type(NASTY_POINT)
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)  # the debounced save

    state = stored(demo, link)
    assert state.text == "Vi snakket om samarbeid mellom kulturskolen og grunnskolen."
    assert state.key_points == ("Felles planlegging", NASTY_POINT)
    before = state.version  # each field left saved what it had (blur saves)
    draft = json.loads(page.evaluate(f"localStorage.getItem('kvadrant.referat.{link.token}')"))
    assert draft["points"] == ["Felles planlegging", NASTY_POINT] and draft["saved"] is True
    page.locator("#point-3").click()  # the third in view, to look at
    no_horizontal_scroll(page)
    browser_shot(page, "phone-key-points")

    page.reload()
    ready(page)
    expect(page.locator("#point-2")).to_have_value(NASTY_POINT)
    assert points(page) == ["Felles planlegging", NASTY_POINT, ""]
    assert page.locator("b").count() == 0  # shown as typed, never as HTML

    # A point changed alone is a new version of its own.
    page.locator("#point-1").fill("Felles planlegging hver høst")
    page.locator("#group-title").click()  # leaving the field saves at once
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    state = stored(demo, link)
    assert (state.key_points, state.version) == (("Felles planlegging hver høst", NASTY_POINT), before + 1)
    assert state.text == "Vi snakket om samarbeid mellom kulturskolen og grunnskolen." and state.conflicts == ()


def test_points_typed_offline_are_kept_on_the_phone_and_saved_later(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    page.route("**/api/r/**", lambda route: route.abort() if route.request.method == "PUT" else route.continue_())
    page.locator("#text").fill("Skrevet uten nett")
    page.locator("#point-1").fill("Et punkt uten nett")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(re.compile("Ikke tilkoblet"), timeout=10_000)
    phone.restart()

    page = phone.open(live.url(link))
    ready(page)
    expect(page.locator("#point-1")).to_have_value("Et punkt uten nett")
    expect(page.locator("#status")).to_have_text(SAVED, timeout=15_000)
    assert stored(demo, link).key_points == ("Et punkt uten nett",)


@pytest.mark.parametrize("choice", ["keep-mine", "use-theirs", "merge"])
def test_a_conflict_with_the_laptop_on_points_shows_both_and_keeps_the_chosen(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone, choice: str
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    page.locator("#text").fill("Felles tekst")
    page.locator("#point-1").fill("Fra telefonen")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    base = stored(demo, link).version

    page.locator("#point-2").fill("Telefonens andre punkt")  # not saved yet when the laptop saves
    laptop = ("Fra laptopen", "Laptopens <andre> & punkt")
    result = save_summary(
        demo, block_id=link.block_id, group_id=link.group_id, text="Felles tekst", base_version=base,
        source=LAPTOP, key_points=laptop,
    )
    assert result.ok and result.version == base + 1
    page.locator("#group-title").click()

    expect(page.locator("#conflict")).to_be_visible(timeout=10_000)
    expect(page.locator("#conflict-mine-points li")).to_have_text(["Fra telefonen", "Telefonens andre punkt"])
    expect(page.locator("#conflict-theirs-points li")).to_have_text(list(laptop))
    assert stored(demo, link).key_points == laptop  # nothing overwritten
    if choice == "keep-mine":
        no_horizontal_scroll(page)
        page.locator("#conflict-mine-points").scroll_into_view_if_needed()
        browser_shot(page, "phone-key-points-conflict")

    page.locator(f"#{choice}").click()
    expect(page.locator("#conflict")).to_be_hidden()
    wanted: tuple[str, ...]
    if choice == "keep-mine":
        wanted = ("Fra telefonen", "Telefonens andre punkt")
    elif choice == "use-theirs":
        wanted = laptop
    else:  # both sides' points, each once, as many as there are fields; the person edits them
        assert points(page) == ["Fra telefonen", "Telefonens andre punkt", "Fra laptopen"]
        page.locator("#point-3").fill("Laptopens punkt, slått sammen")
        page.locator("#group-title").click()
        wanted = ("Fra telefonen", "Telefonens andre punkt", "Laptopens punkt, slått sammen")
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert tuple(p for p in points(page) if p) == wanted
    state = stored(demo, link)
    assert state.key_points == wanted
    assert state.conflicts == ()  # the choice settled this phone's refused version
