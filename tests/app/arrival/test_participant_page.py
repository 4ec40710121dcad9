"""The participant page (/p/TOKEN), driven in headless Chromium against the real server.

Debian's Chromium (``apt-get install chromium``) through Playwright for Python (``pip install
playwright``; its own browser download is never used). Without either the tests are skipped,
unless ``KVADRANT_REQUIRE_BROWSER=1`` says they must run (CI), in which case they fail.

The phone is 360×740, the smallest common one. The conference's clock (the laptop's) and the
phone's are both set to the demo's day: the welcome is running at 10.15 (after the coffee) and the
phone reads 10.41. Screenshots go to ``screenshots/participant-*.png`` for a person to look at.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.arrival.hall_link import (
    hall_token,
    hall_url,
    renew_hall_token,
    set_self_checkin,
)
from app.arrival.people import find_people, tables_of
from app.common.clock import FakeClock
from app.conference_file.storage import ConferenceDb
from app.groups.plans import make_plan, mark_used
from app.groups.presence import set_presence
from app.roster.demo import create_demo
from app.roster.participants import (
    add_participant,
    list_participants,
    remove_participants,
)
from app.run.day_runner import DayRunner
from tests.app.browser_support import LiveServer, Phone, no_horizontal_scroll, require_browser
from tests.app.browser_support import shot as browser_shot

ROOT = Path(__file__).resolve().parents[3]
ASSETS = ROOT / "resources" / "participant"
WIDTH, HEIGHT = 360, 740
#: The demo's conference day on the laptop: the coffee (09.30–10.00) is over, the welcome runs.
LAPTOP_START = dt.datetime(2020, 1, 28, 9, 30)
#: The phone's own clock.
PHONE_TIME = dt.datetime(2020, 1, 28, 10, 41)
NASTY = "<b>Ole</b> & 🎻"
FIRST_BLOCK = "1. kvadrant / læringsrom: Erfaringsdeling og møte med andres praksis"
OFFLINE = "Sist oppdatert kl. 10.41 – ikke tilkoblet"


require_browser()

from playwright.sync_api import (
    Locator,
    Page,
    Playwright,
    expect,
)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "x.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    clock = FakeClock(LAPTOP_START)
    db.clock = clock
    runner = DayRunner(db, clock)
    runner.start()  # 09.30: the coffee
    clock.advance(30 * 60)
    runner.next()  # 10.00: the welcome
    clock.advance(15 * 60)  # 10.15 on the laptop: the welcome ends at 10.30
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
    device = Phone(playwright, tmp_path / "chromium-profile", width=WIDTH, height=HEIGHT, clock=PHONE_TIME)
    yield device
    device.close()
    assert device.problems == []


def shot(page: Page, name: str, *, full_page: bool = False) -> None:
    browser_shot(page, f"participant-{name}", full_page=full_page)


def touch_targets_are_big(page: Page) -> None:
    small = page.evaluate(
        """() => [...document.querySelectorAll('button, input')]
            .filter((b) => b.offsetParent !== null)
            .map((b) => [b.id || b.className || b.textContent, b.getBoundingClientRect().height])
            .filter(([, h]) => h < 44)"""
    )
    assert small == [], f"touch targets lower than 44 px: {small}"


def hits(page: Page) -> Locator:
    return page.locator("#hits .hit")


def find(page: Page, letters: str) -> None:
    field = page.locator("#q")
    expect(field).to_be_visible(timeout=15_000)
    field.click()
    field.press_sequentially(letters, delay=40)
    expect(hits(page).first).to_be_visible(timeout=10_000)


def pick(page: Page, name: str, municipality: str) -> None:
    hits(page).filter(has_text=name).filter(has_text=municipality).click()
    expect(page.locator("#card-view")).to_be_visible()
    expect(page.locator("#person-name")).to_have_text(name)


def card_ready(page: Page) -> None:
    expect(page.locator("#updated")).to_have_text(re.compile(r"^Oppdatert kl\. \d\d\.\d\d$"), timeout=15_000)


def poke(page: Page) -> None:
    """The phone is unlocked again: the page looks for news at once (not after 20 s)."""
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")


def chosen(page: Page, db: ConferenceDb) -> Any:
    return json.loads(page.evaluate(f"localStorage.getItem('kvadrant.deltaker.{hall_token(db)}')") or "null")


# -- tests ------------------------------------------------------------------------------------
def test_the_page_follows_the_content_security_policy() -> None:
    html = (ASSETS / "index.html").read_text(encoding="utf-8")
    script = "".join((ASSETS / name).read_text(encoding="utf-8") for name in ("evaluation.js", "app.js"))
    style = (ASSETS / "style.css").read_text(encoding="utf-8")
    gone = (ASSETS / "gone.html").read_text(encoding="utf-8")
    for page in (html, gone):
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), "inline script"
        assert not re.search(r"<style|\sstyle=|\son[a-z]+=", page), "inline style or handler"
    assert "http://" not in html + script + style and "https://" not in html + script + style, "nothing from the internet"
    assert "@import" not in style and "url(" not in style
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink
    assert 'src="./__TOKEN__/evaluation.js"' in html and 'src="./__TOKEN__/app.js"' in html and 'href="./__TOKEN__/style.css"' in html


def test_find_yourself_see_your_table_and_the_programme(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    page = phone.open(live.url())
    expect(page.locator("label[for=q]")).to_have_text("Skriv de første bokstavene i navnet ditt")
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 17
    find(page, "bjø")
    expected = find_people(demo, "bjø")
    expect(hits(page)).to_have_count(len(expected))
    assert [h.locator(".hit-name").text_content() for h in hits(page).all()] == [h.name for h in expected]
    assert [h.locator(".hit-place").text_content() for h in hits(page).all()] == [h.municipality for h in expected]
    assert all("Bjø" in h.name for h in expected) and any(h.name.startswith("Bjørg") for h in expected)
    no_horizontal_scroll(page)
    touch_targets_are_big(page)
    page.locator("#q").blur()
    shot(page, "search")

    person = next(h for h in expected if h.name.startswith("Bjørg"))
    pick(page, person.name, person.municipality)
    card_ready(page)
    expect(page.locator("#person-place")).to_have_text(person.municipality)
    table = tables_of(demo, person.id)[0]
    assert table["kvadrant"] == 1
    expect(page.locator("#table-number")).to_have_text(str(table["group"]))
    expect(page.locator(".table-big")).to_have_text(f"Bord {table['group']}")
    expect(page.locator("#table-kind")).to_contain_text("1. kvadrant")
    assert page.locator("#table-number").evaluate("n => parseFloat(getComputedStyle(n).fontSize)") >= 64
    expect(page.locator("#checked-in")).to_have_text("Sjekket inn ✓")  # the demo's people are all here
    expect(page.locator("#checkin")).to_be_hidden()

    expect(page.locator("#now")).to_have_text("Nå: Velkommen (til kl. 10.30)")
    expect(page.locator("#next")).to_have_text(f"Neste: {FIRST_BLOCK} kl. 10.30")
    day = page.locator("#day li")
    expect(day).to_have_count(10)
    expect(day.nth(0)).to_have_class("done")
    expect(day.nth(0)).to_contain_text("09.30–10.00")
    expect(day.nth(1)).to_have_class("current")
    assert page.locator("#day li.done").count() == 1
    expect(page.locator("#updated")).to_have_text("Oppdatert kl. 10.41")
    assert chosen(page, demo)["id"] == person.id
    no_horizontal_scroll(page)
    touch_targets_are_big(page)
    shot(page, "card")
    shot(page, "card-full", full_page=True)

    page.reload()  # the choice is kept
    card_ready(page)
    expect(page.locator("#person-name")).to_have_text(person.name)
    expect(page.locator("#search-view")).to_be_hidden()
    expect(page.locator("#table-number")).to_have_text(str(table["group"]))

    page.locator("#not-me").click()  # someone else borrows the phone
    expect(page.locator("#q")).to_be_visible()
    expect(page.locator("#q")).to_be_focused()
    assert chosen(page, demo) is None
    page.reload()
    expect(page.locator("#q")).to_be_visible(timeout=10_000)
    expect(page.locator("#card-view")).to_be_hidden()


def test_the_big_table_is_the_one_for_the_next_group_block(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    make_plan(demo, kvadrant=4, seed=1)
    person = find_people(demo, "Bjørg Hofsli")[0]
    by_kvadrant = {t["kvadrant"]: t for t in tables_of(demo, person.id)}
    assert set(by_kvadrant) == {1, 4}
    page = phone.open(live.url())
    find(page, "hofsli")
    pick(page, person.name, person.municipality)
    card_ready(page)
    # The 1. kvadrant block comes next: its table is the big one; both are listed.
    expect(page.locator("#table-number")).to_have_text(str(by_kvadrant[1]["group"]))
    lines = page.locator("#tables li")
    expect(lines).to_have_count(2)
    expect(lines.nth(0)).to_have_text(f"1. kvadrant: bord {by_kvadrant[1]['group']}")
    expect(lines.nth(1)).to_have_text(f"4. kvadrant: bord {by_kvadrant[4]['group']} ({by_kvadrant[4]['label']})")
    no_horizontal_scroll(page)
    shot(page, "two-tables")


def test_jeg_er_her_checks_the_person_in(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    person = find_people(demo, "Bjørn Østby")[0]
    set_presence(demo, person.id, False)
    mark_used(demo, 1)  # the tables are in use: a late arrival gets a seat
    assert tables_of(demo, person.id) == []
    page = phone.open(live.url())
    find(page, "Østby")
    pick(page, person.name, person.municipality)
    card_ready(page)
    expect(page.locator("#no-table")).to_have_text("Du har ikke fått bord ennå. Trykk «Jeg er her» når du har kommet fram.")
    button = page.locator("#checkin")
    expect(button).to_have_text("Jeg er her")
    box = button.bounding_box()
    assert box is not None and box["height"] >= 44
    shot(page, "not-checked-in")

    button.click()
    expect(page.locator("#checked-in")).to_have_text("Sjekket inn ✓", timeout=10_000)
    expect(button).to_be_hidden()
    expect(page.locator("#status")).to_have_text("Du er sjekket inn.")
    assert next(p for p in list_participants(demo) if p.id == person.id).present
    table = tables_of(demo, person.id)
    assert len(table) == 1
    expect(page.locator("#table-number")).to_have_text(str(table[0]["group"]))
    shot(page, "checked-in")


def test_self_check_in_turned_off_sends_the_person_to_the_desk(
    demo: ConferenceDb, live: LiveServer, phone: Phone
) -> None:
    person = find_people(demo, "Kari Tangen")[0]
    set_presence(demo, person.id, False)
    set_self_checkin(demo, False)
    page = phone.open(live.url())
    find(page, "kari t")
    pick(page, person.name, person.municipality)
    card_ready(page)
    expect(page.locator("#no-table")).to_contain_text("Du har ikke fått bord ennå")
    page.locator("#checkin").click()
    expect(page.locator("#checkin-problem")).to_have_text(
        "Innsjekking fra telefonen er slått av – gå til registreringen.", timeout=10_000
    )
    expect(page.locator("#checkin")).to_be_visible()
    assert not next(p for p in list_participants(demo) if p.id == person.id).present


def test_a_lost_network_keeps_the_last_card(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    person = find_people(demo, "Bjørg Bakken")[0]
    table = tables_of(demo, person.id)[0]["group"]
    page = phone.open(live.url())
    find(page, "bjørg b")
    pick(page, person.name, person.municipality)
    card_ready(page)

    live.stop()  # the hotel Wi-Fi drops
    poke(page)
    status = page.locator("#status")
    expect(status).to_have_text(OFFLINE, timeout=15_000)
    expect(status).to_have_attribute("aria-live", "polite")
    expect(page.locator("#person-name")).to_have_text(person.name)
    expect(page.locator("#table-number")).to_have_text(str(table))
    expect(page.locator("#now")).to_have_text("Nå: Velkommen (til kl. 10.30)")
    kept = chosen(page, demo)
    assert kept["card"]["tables"][0]["group"] == table and kept["card"]["name"] == person.name
    no_horizontal_scroll(page)
    shot(page, "offline")

    # The facilitator checks her out meanwhile; once back, the page shows it (without a poke: 20 s).
    set_presence(demo, person.id, False)
    live.start()
    expect(status).to_be_hidden(timeout=30_000)
    expect(page.locator("#checkin")).to_be_visible()
    expect(page.locator("#no-table")).to_be_visible()


def test_a_removed_person_and_a_renewed_link(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    person = find_people(demo, "Bjørn Aasen")[0]
    page = phone.open(live.url())
    find(page, "aasen")
    pick(page, person.name, person.municipality)
    card_ready(page)

    remove_participants(demo, [person.id])
    poke(page)
    expect(page.locator("#q")).to_be_visible(timeout=10_000)
    expect(page.locator("#status")).to_contain_text("Vi fant deg ikke på deltakerlista lenger")
    assert chosen(page, demo) is None

    other = find_people(demo, "Bjørn Gundersen")[0]
    find(page, "gundersen")
    pick(page, other.name, other.municipality)
    card_ready(page)
    renew_hall_token(demo)  # "Ny lenke": the old QR code stops working
    poke(page)
    expect(page.locator("#gone")).to_be_visible(timeout=10_000)
    expect(page.locator("#gone-title")).to_have_text("Denne lenken virker ikke lenger.")
    expect(page.locator("#card-view")).to_be_hidden()
    expect(page.locator("#search-view")).to_be_hidden()


def test_a_wrong_link_gets_the_plain_gone_page(demo: ConferenceDb, live: LiveServer) -> None:
    with pytest.raises(urllib.error.HTTPError) as gone:
        urllib.request.urlopen(hall_url(live.base(), "x" * 32), timeout=10)
    assert gone.value.code == 404
    assert "Denne lenken virker ikke lenger" in gone.value.read().decode()


def test_a_nasty_name_is_shown_as_text(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    add_participant(demo, name=NASTY, municipality="Hamar", role="kulturskoleleder")
    page = phone.open(live.url())
    find(page, "<b>Ole")
    hit = hits(page).first
    expect(hit.locator(".hit-name")).to_have_text(NASTY)
    assert page.locator("#hits b").count() == 0
    hit.click()
    expect(page.locator("#person-name")).to_have_text(NASTY)
    expect(page.locator("#person-place")).to_have_text("Hamar")
    card_ready(page)
    assert page.locator("main b").count() == 0
    sources = page.locator("script").evaluate_all("all => all.map((s) => (s.getAttribute('src') || '').split('/').pop())")
    assert sources == ["evaluation.js", "app.js"]  # only the page's own scripts
    no_horizontal_scroll(page)


def test_english_switch(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    page = phone.open(live.url())
    page.locator(".lang-button[data-lang='en']").click()
    expect(page.locator("label[for=q]")).to_have_text("Type the first letters of your name")
    assert page.evaluate("document.documentElement.lang") == "en"
    person = find_people(demo, "Kari Jensen")[0]
    table = tables_of(demo, person.id)[0]["group"]
    find(page, "kari j")
    pick(page, person.name, person.municipality)
    expect(page.locator("#updated")).to_have_text("Updated at 10:41", timeout=15_000)
    expect(page.locator(".table-big")).to_have_text(f"Table {table}")
    expect(page.locator("#now")).to_have_text("Now: Velkommen (until 10:30)")
    expect(page.locator("#next")).to_have_text(f"Next: {FIRST_BLOCK} at 10:30")
    expect(page.locator("#checked-in")).to_have_text("Checked in ✓")
    expect(page.locator("#day li").nth(0)).to_contain_text("09:30–10:00")
    no_horizontal_scroll(page)
    shot(page, "english")

    page.reload()  # the choice is remembered
    expect(page.locator("#not-me")).to_have_text("Not you? Change person", timeout=10_000)
    live.stop()
    poke(page)
    expect(page.locator("#status")).to_have_text("Last updated at 10:41 – not connected", timeout=15_000)
    page.locator(".lang-button[data-lang='nb']").click()
    expect(page.locator("#status")).to_have_text(OFFLINE)
    expect(page.locator(".table-big")).to_have_text(f"Bord {table}")
