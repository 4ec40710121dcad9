"""The referent's phone page, driven in headless Chromium against the real referent server.

Debian's Chromium (``apt-get install chromium``) through Playwright for Python (``pip install
playwright``; its own browser download is never used). Without either the tests are skipped,
unless ``KVADRANT_REQUIRE_BROWSER=1`` says they must run (CI), in which case they fail.

Screenshots at 390×844 go to ``screenshots/phone-*.png`` for a person to look at.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

from app.groups.plans import make_plan
from app.referent.links import Link, ensure_links, renew_links
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import get_summary
from app.roster.demo import create_demo
from tests.app.browser_support import LiveServer, Phone, no_horizontal_scroll, require_browser
from tests.app.browser_support import shot as browser_shot

ROOT = Path(__file__).resolve().parents[3]
ASSETS = ROOT / "resources" / "referent"
NASTY = "<script>alert(1)</script> & 🎻 æøå\n<img src=x onerror=alert(2)> &amp; \"quoted\" 'single'"
OFFLINE = "Ikke tilkoblet – teksten er lagret på telefonen"
SAVED = re.compile(r"^Lagret \d\d\.\d\d$")
#: The conference day, 25 minutes before the summaries are due (11.30).
CONFERENCE_MORNING = dt.datetime(2020, 1, 28, 11, 5)


require_browser()

from playwright.sync_api import Page, Playwright, expect  # noqa: E402


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "phone.kvadrant")
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


def stored(db: ConferenceDb, link: Link):  # noqa: ANN201 - SummaryState
    return get_summary(db, link.block_id, link.group_id)


def shot(page: Page, name: str) -> None:
    browser_shot(page, f"phone-{name}")


def ready(page: Page) -> None:
    expect(page.locator("#text")).to_be_visible(timeout=15_000)


# -- tests ------------------------------------------------------------------------------------
def test_the_page_follows_the_content_security_policy() -> None:
    html = (ASSETS / "index.html").read_text(encoding="utf-8")
    script = (ASSETS / "app.js").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script"
    assert not re.search(r"<style|\sstyle=|\son[a-z]+=", html), "inline style or handler"
    assert "http://" not in html + script and "https://" not in html + script, "nothing from the internet"
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink


def test_shows_the_group_and_saves_through_a_lost_network(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    expect(page.locator("#group-title")).to_have_text("Gruppe 3")
    expect(page.locator("#conference")).to_have_text("Dialogkonferanse 2")
    expect(page.locator("#deadline")).to_have_text("Frist: kl. 11.30 (om 25 min)")
    members = page.locator("#members li")
    assert members.count() == len([m for m in members.all()]) >= 4
    assert page.locator("#members .badge.referent").count() == 1
    assert page.locator("#members .badge.ordstyrer").count() == 1
    assert "Ordstyrer" in page.locator("#task").text_content()
    assert page.evaluate("getComputedStyle(document.getElementById('task')).whiteSpace") == "pre-wrap"
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 17

    shot(page, "start")
    text = page.locator("#text")
    status = page.locator("#status")
    text.click()
    text.press_sequentially("Første punkt: vi deler erfaringer.")
    expect(status).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).text == "Første punkt: vi deler erfaringer."
    shot(page, "normal")

    live.stop()  # the hotel Wi-Fi drops
    text.press("End")
    text.press_sequentially("\nAndre punkt: skrevet uten nett.")
    page.locator("#group-title").click()  # the field loses focus: a save is tried at once
    expect(status).to_have_text(OFFLINE, timeout=10_000)
    shot(page, "offline")
    text.press_sequentially("\nTredje punkt: fortsatt uten nett. æøå 🎻")
    page.locator("#group-title").click()
    draft = json.loads(page.evaluate(f"localStorage.getItem('kvadrant.referat.{link.token}')"))
    expected = "Første punkt: vi deler erfaringer.\nAndre punkt: skrevet uten nett.\nTredje punkt: fortsatt uten nett. æøå 🎻"
    assert draft["text"] == expected and draft["saved"] is False
    expect(status).to_have_text(OFFLINE)
    assert stored(demo, link).text == "Første punkt: vi deler erfaringer."

    live.start()  # the network is back: retried with back-off until it gets through
    expect(status).to_have_text(SAVED, timeout=45_000)
    assert stored(demo, link).text == expected == text.input_value()
    assert stored(demo, link).conflicts == ()
    no_horizontal_scroll(page)

    page.set_viewport_size({"width": 1024, "height": 768})  # a tablet or a laptop
    page.evaluate("window.scrollTo(0, 0)")
    no_horizontal_scroll(page)
    shot(page, "tablet")


def test_a_save_whose_answer_was_lost_is_not_a_conflict(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    lost: list[str] = []

    def answer_lost(route: Any) -> None:
        if route.request.method == "PUT" and not lost:
            route.fetch()  # the server gets it and saves ...
            lost.append(route.request.post_data or "")
            route.abort()  # ... but the answer never reaches the phone
        else:
            route.continue_()

    page.route("**/api/r/**", answer_lost)
    text = page.locator("#text")
    text.fill("Lagret, men svaret kom aldri fram")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(OFFLINE, timeout=10_000)
    assert stored(demo, link).version == 1 and lost

    text.press("End")
    text.press_sequentially(" – og mer")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=15_000)
    state = stored(demo, link)
    assert (state.text, state.version) == ("Lagret, men svaret kom aldri fram – og mer", 2)
    assert state.conflicts == ()
    expect(page.locator("#conflict")).to_be_hidden()


def test_a_page_that_cannot_reach_the_server_shows_the_draft_and_goes_on(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    page.locator("#text").fill("Første linje")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    phone.restart()

    # The page itself comes (the browser kept it), but the API cannot be reached yet.
    cut = {"on": True}
    page = phone.open_with_route(
        live.url(link), lambda route: route.abort() if cut["on"] else route.continue_()
    )
    ready(page)
    expect(page.locator("#status")).to_have_text(OFFLINE, timeout=10_000)
    expect(page.locator("#text")).to_have_value("Første linje")
    expect(page.locator("#group-title")).to_have_text("Gruppe 3")  # remembered from last time
    page.locator("#text").press("End")
    page.locator("#text").press_sequentially("\nAndre linje, skrevet før kontakt")
    cut["on"] = False
    expect(page.locator("#status")).to_have_text(SAVED, timeout=45_000)
    assert stored(demo, link).text == "Første linje\nAndre linje, skrevet før kontakt"


def test_nasty_text_round_trips_and_is_never_html(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    page.locator("#text").fill(NASTY)
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).text == NASTY

    page.reload()
    ready(page)
    assert page.locator("#text").input_value() == NASTY
    assert page.locator("script").count() == 1  # only app.js
    assert page.locator("img").count() == 0
    assert page.evaluate("typeof window.alert") == "function" and phone.problems == []


def test_twenty_thousand_words_and_a_very_long_word_fit_the_phone(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    long_text = " ".join(f"ord{k}" for k in range(20_000)) + "\n" + "x" * 5_000 + "\nslutt"
    page = phone.open(live.url(link))
    ready(page)
    page.locator("#text").fill(long_text)
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=15_000)
    assert stored(demo, link).text == long_text
    expect(page.locator("#words")).to_have_text("20002 ord")
    no_horizontal_scroll(page)

    # And shown in the conflict view: another phone saved a long unbroken word meanwhile.
    version = stored(demo, link).version
    assert live.put(link, {"text": "y" * 3_000, "base_version": version})[0] == 200
    page.locator("#text").press("End")
    page.locator("#text").press_sequentially(" mer")
    page.locator("#group-title").click()
    expect(page.locator("#conflict")).to_be_visible(timeout=10_000)
    no_horizontal_scroll(page)


def test_a_reloaded_page_keeps_the_unsaved_draft(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    # The phone reaches the page but its saves never get through (the Wi-Fi drops under way).
    page.route("**/api/r/**", lambda route: route.abort() if route.request.method == "PUT" else route.continue_())
    page.locator("#text").fill("Skrevet rett før telefonen gikk i lås")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(OFFLINE, timeout=10_000)
    assert stored(demo, link).text == ""

    phone.restart()  # the browser is closed and opened again
    page = phone.open(live.url(link))
    ready(page)
    expect(page.locator("#text")).to_have_value("Skrevet rett før telefonen gikk i lås")
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).text == "Skrevet rett før telefonen gikk i lås"


def test_a_draft_that_the_laptop_overtook_becomes_a_conflict_on_opening(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    page.route("**/api/r/**", lambda route: route.abort() if route.request.method == "PUT" else route.continue_())
    page.locator("#text").fill("Telefonens tekst")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(OFFLINE, timeout=10_000)
    phone.restart()

    assert live.put(link, {"text": "Laptopens tekst", "base_version": 0})[0] == 200
    page = phone.open(live.url(link))
    expect(page.locator("#conflict")).to_be_visible(timeout=15_000)
    expect(page.locator("#conflict-mine")).to_have_text("Telefonens tekst")
    expect(page.locator("#conflict-theirs")).to_have_text("Laptopens tekst")
    page.locator("#keep-mine").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).text == "Telefonens tekst"


@pytest.mark.parametrize("choice", ["keep-mine", "use-theirs", "merge"])
def test_a_conflict_shows_both_texts_and_stores_the_chosen_one(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone, choice: str
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    text = page.locator("#text")
    text.fill("Fra telefonen")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)

    text.press("End")
    text.press_sequentially(" og litt til")  # not saved yet (3 s) when the other save lands
    theirs = "Fra laptopen " + NASTY
    assert live.put(link, {"text": theirs, "base_version": 1}) == (200, {"version": 2, "delivered": False, "key_points": []})
    page.locator("#group-title").click()

    expect(page.locator("#conflict")).to_be_visible(timeout=10_000)
    expect(page.locator("#conflict-mine")).to_have_text("Fra telefonen og litt til")
    expect(page.locator("#conflict-theirs")).to_have_text(theirs)
    assert page.locator("#conflict script, #conflict img").count() == 0
    expect(page.locator("#status")).to_have_text("Velg hvilken tekst som skal gjelde")
    expect(page.locator("#deliver")).to_be_disabled()
    assert stored(demo, link).text == theirs  # nothing overwritten
    if choice == "keep-mine":
        shot(page, "conflict")

    page.locator(f"#{choice}").click()
    expect(page.locator("#conflict")).to_be_hidden()
    if choice == "keep-mine":
        wanted = "Fra telefonen og litt til"
    elif choice == "use-theirs":
        wanted = theirs
    else:
        merged = text.input_value()
        assert "Fra telefonen og litt til" in merged and theirs in merged
        text.fill("Begge: Fra telefonen og litt til, og fra laptopen.")
        page.locator("#group-title").click()
        wanted = "Begge: Fra telefonen og litt til, og fra laptopen."
    expect(page.locator("#status")).to_have_text(re.compile(r"^(Lagret \d\d\.\d\d|Alt er lagret)$"), timeout=10_000)
    assert text.input_value() == wanted
    assert stored(demo, link).text == wanted


def test_deliver_and_reopen(demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone) -> None:
    page = phone.open(live.url(link))
    ready(page)
    text = page.locator("#text")
    expect(page.locator("#deliver")).to_be_disabled()  # nothing to deliver yet
    text.fill("Vi ble enige om tre ting.\n\n1. Dele mer\n2. Møtes oftere\n3. Spørre elevene")
    page.locator("#deliver").click()

    expect(page.locator("#status")).to_have_text(re.compile(r"^Levert \d\d\.\d\d$"), timeout=10_000)
    expect(page.locator("#delivered-banner")).to_contain_text(re.compile(r"Levert kl\. \d\d\.\d\d"))
    assert text.evaluate("t => t.readOnly") is True
    expect(page.locator("#reopen")).to_be_visible()
    state = stored(demo, link)
    assert state.delivered and state.text.endswith("3. Spørre elevene")
    page.locator("#editor").scroll_into_view_if_needed()
    shot(page, "delivered")

    page.reload()  # still delivered after a reload, with its time
    expect(page.locator("#delivered-banner")).to_contain_text(re.compile(r"Levert kl\. \d\d\.\d\d"), timeout=10_000)

    page.locator("#reopen").click()
    expect(page.locator("#deliver")).to_be_visible(timeout=10_000)
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert text.evaluate("t => t.readOnly") is False
    assert not stored(demo, link).delivered
    text.press("End")
    text.press_sequentially("\n4. Ny idé")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).text.endswith("4. Ny idé")


def test_an_invalid_link_says_so_and_keeps_the_draft(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    page.locator("#text").fill("Tekst som ikke må forsvinne")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)

    renewed = renew_links(demo)  # "Nye lenker": the old link stops working
    page.locator("#text").press("End")
    page.locator("#text").press_sequentially(" – og litt mer")
    page.locator("#group-title").click()
    expect(page.locator("#gone-message")).to_have_text(
        "Lenken er ikke lenger gyldig. Skann QR-koden på bordet på nytt.", timeout=10_000
    )
    expect(page.locator("#gone-text")).to_have_value("Tekst som ikke må forsvinne – og litt mer")
    expect(page.locator("#text")).to_be_hidden()
    draft = json.loads(page.evaluate(f"localStorage.getItem('kvadrant.referat.{link.token}')"))
    assert draft["text"] == "Tekst som ikke må forsvinne – og litt mer"
    shot(page, "invalid-link")

    # The new QR code on the table: the unsaved words come along and are saved.
    new = next(l for l in renewed if (l.block_id, l.group_id) == (link.block_id, link.group_id))
    page = phone.open(live.url(new))
    ready(page)
    expect(page.locator("#text")).to_have_value("Tekst som ikke må forsvinne – og litt mer")
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).text == "Tekst som ikke må forsvinne – og litt mer"


def test_english_switch(demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone) -> None:
    page = phone.open(live.url(link))
    ready(page)
    page.locator(".lang-button[data-lang='en']").click()
    expect(page.locator("#group-title")).to_have_text("Group 3")
    expect(page.locator("#deliver")).to_have_text("Deliver summary")
    expect(page.locator("#deadline")).to_have_text("Deadline: 11:30 (25 min left)")
    expect(page.locator("#members-box summary")).to_contain_text("Members in speaking order")
    assert page.evaluate("document.documentElement.lang") == "en"
    page.locator("#text").fill("Our group agreed on three things.")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(re.compile(r"^Saved \d\d:\d\d$"), timeout=10_000)
    shot(page, "english")

    page.reload()  # the choice is remembered
    expect(page.locator("#deliver")).to_have_text("Deliver summary", timeout=10_000)
    live.stop()
    page.locator("#text").press_sequentially(" More.")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text("Not connected – the text is kept on this phone", timeout=10_000)
    live.start()
    page.locator(".lang-button[data-lang='nb']").click()
    expect(page.locator("#deliver")).to_have_text("Lever referat")
    expect(page.locator("#status")).to_have_text(SAVED, timeout=45_000)
    assert stored(demo, link).text == "Our group agreed on three things. More."


def test_half_an_emoji_is_saved_as_a_replacement_character(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    # A phone keyboard (or a cut) leaves a lone surrogate: half of an emoji. JSON can carry it,
    # but the file cannot store it, so the page repairs it before it is saved or kept.
    page.locator("#text").evaluate(
        "t => { t.focus(); t.value = 'a\\ud800b \\udfbb🎻'; t.setSelectionRange(2, 2);"
        " t.dispatchEvent(new Event('input', { bubbles: true })); }"
    )
    assert page.locator("#text").evaluate("t => [t.value === 'a\\ufffdb \\ufffd🎻', t.selectionStart]") == [True, 2]
    draft = json.loads(page.evaluate(f"localStorage.getItem('kvadrant.referat.{link.token}')"))
    assert draft["text"] == "a\ufffdb \ufffd🎻"
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).text == "a\ufffdb \ufffd🎻"
    expect(page.locator("#save-problem")).to_be_hidden()


def test_a_text_the_server_refuses_is_kept_and_not_sent_again(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    puts: list[str] = []

    def refuse(route: Any) -> None:
        if route.request.method == "PUT":
            puts.append(json.loads(route.request.post_data or "{}")["text"])
            route.fulfill(status=400, content_type="application/json", body=json.dumps({"error": "text not accepted"}))
        else:
            route.continue_()

    page.route("**/api/r/**", refuse)
    text = page.locator("#text")
    text.fill("Tekst serveren ikke tar imot")
    page.locator("#group-title").click()
    notice = page.locator("#save-problem")
    expect(notice).to_be_visible(timeout=10_000)
    expect(notice).to_contain_text("Serveren tok ikke imot teksten (text not accepted)")
    expect(notice).to_contain_text("Teksten er lagret på denne telefonen.")
    expect(page.locator("#status")).to_have_text("Ikke lagret – serveren tok ikke imot teksten")
    expect(text).to_have_value("Tekst serveren ikke tar imot")
    draft = json.loads(page.evaluate(f"localStorage.getItem('kvadrant.referat.{link.token}')"))
    assert (draft["text"], draft["saved"]) == ("Tekst serveren ikke tar imot", False)
    page.locator("#editor").scroll_into_view_if_needed()
    shot(page, "refused")

    page.wait_for_timeout(4_000)  # no retry with back-off (it would come after 1 s, 2 s ...)
    text.focus()
    page.locator("#group-title").click()  # a blur tries to save, but not the same text again
    page.wait_for_timeout(500)
    assert puts == ["Tekst serveren ikke tar imot"]
    assert stored(demo, link).text == ""

    page.locator(".lang-button[data-lang='en']").click()
    expect(notice).to_contain_text("The server did not accept the text (text not accepted)")
    page.locator(".lang-button[data-lang='nb']").click()

    # A changed text is sent again; once the server takes it, the notice goes.
    page.unroute("**/api/r/**")
    text.press("End")
    text.press_sequentially(" – rettet")
    expect(notice).to_be_hidden()
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).text == "Tekst serveren ikke tar imot – rettet"


def test_a_delivery_decided_on_an_older_state_is_refused_and_the_state_shown(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    page = phone.open(live.url(link))
    ready(page)
    page.locator("#text").fill("Ferdig referat")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    assert stored(demo, link).version == 1

    # The phone does not look in the meantime: the laptop delivers and reopens the referat.
    page.route("**/api/r/**", lambda route: route.abort() if route.request.method == "GET" else route.continue_())
    answers: list[int] = []
    page.on("response", lambda response: answers.append(response.status) if response.request.method == "PUT" else None)
    assert live.put(link, {"text": "Ferdig referat", "base_version": 1, "delivered": True})[0] == 200
    assert live.put(link, {"text": "Ferdig referat", "base_version": 2, "delivered": False})[0] == 200

    page.locator("#deliver").click()  # from version 1: refused, nothing to choose between
    expect(page.locator("#deliver")).to_be_visible(timeout=10_000)
    expect(page.locator("#status")).to_have_text(re.compile(r"^(Lagret \d\d\.\d\d|Alt er lagret)$"), timeout=10_000)
    assert answers == [409]
    expect(page.locator("#conflict")).to_be_hidden()
    state = stored(demo, link)
    assert (state.delivered, state.version, state.conflicts) == (False, 3, ())

    page.locator("#deliver").click()  # decided again, on the state as it is now
    expect(page.locator("#status")).to_have_text(re.compile(r"^Levert \d\d\.\d\d$"), timeout=10_000)
    assert answers == [409, 200]
    assert stored(demo, link).delivered


def test_a_reload_while_offline_opens_the_editor_with_the_draft(
    demo: ConferenceDb, link: Link, live: LiveServer, phone: Phone
) -> None:
    """The service worker keeps the page and its files (Chromium allows it on 127.0.0.1, as on
    https; on a venue's plain http address it is not registered at all)."""
    page = phone.open(live.url(link))
    ready(page)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=15_000)  # it looks after this page
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL") == f"{live.url(link)}/sw.js"
    text = page.locator("#text")
    text.fill("Skrevet før nettet forsvant. æøå 🎻 <&>")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)

    live.stop()  # the hotel Wi-Fi drops ...
    text.press("End")
    text.press_sequentially("\nOg dette uten nett.")
    page.locator("#group-title").click()
    expect(page.locator("#status")).to_have_text(OFFLINE, timeout=10_000)
    page.reload()  # ... and the referent reloads the page
    ready(page)
    expect(page.locator("#text")).to_have_value("Skrevet før nettet forsvant. æøå 🎻 <&>\nOg dette uten nett.")
    expect(page.locator("#group-title")).to_have_text("Gruppe 3")
    expect(page.locator("#status")).to_have_text(OFFLINE, timeout=10_000)
    shot(page, "offline-reload")

    live.start()  # back: the draft goes to the laptop
    expect(page.locator("#status")).to_have_text(SAVED, timeout=45_000)
    assert stored(demo, link).text == "Skrevet før nettet forsvant. æøå 🎻 <&>\nOg dette uten nett."


def test_the_service_worker_is_served_only_for_a_valid_link(demo: ConferenceDb, link: Link, live: LiveServer) -> None:
    url = f"{live.url(link)}/sw.js"
    with urllib.request.urlopen(url, timeout=10) as answer:
        assert answer.headers["Service-Worker-Allowed"] == f"/r/{link.token}"
        assert answer.headers["Content-Type"].startswith("application/javascript")
    with pytest.raises(urllib.error.HTTPError) as gone:
        urllib.request.urlopen(url.replace(link.token, "x" * 43), timeout=10)
    assert gone.value.code == 404


def test_a_talks_notes_on_a_phone_have_no_members_and_no_key_points(demo: ConferenceDb, live: LiveServer, phone: Phone) -> None:
    from app.referent.block_notes import block_note, note_blocks
    from app.referent.links import note_link

    talk = next(b for b in note_blocks(demo) if b.presenter == "Eirik Irgens")
    page = phone.open(live.url(note_link(demo, talk.id)))
    ready(page)
    expect(page.locator("#group-title")).to_have_text("Referat")
    expect(page.locator("#block-title")).to_contain_text("Teori, begreper og modeller")
    expect(page.locator("#members-box")).to_be_hidden()
    expect(page.locator("fieldset.points")).to_be_hidden()
    page.locator("#text").click()
    page.locator("#text").press_sequentially("Irgens: tre modeller for utviklingsarbeid.")
    expect(page.locator("#status")).to_have_text(SAVED, timeout=10_000)
    shot(page, "talk-notes")
    assert block_note(demo, talk.id).text == "Irgens: tre modeller for utviklingsarbeid."
