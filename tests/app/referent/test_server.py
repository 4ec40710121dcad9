"""The referent server's HTTP API: tokens, saves, conflicts and every bad input."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Awaitable, Callable

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app.groups.plans import make_plan
from app.referent.links import ensure_links, renew_links
from app.referent.phone_reads import page_of
from app.referent.server import MAX_BODY, RateLimiter, ReferentServer
from app.referent.summaries import LAPTOP, board, block_for_kvadrant, get_summary, save_summary
from app.conference_file.storage import ConferenceDb
from app.roster.demo import create_demo

NASTY = "<script>alert('&amp;')</script> & < > \" ' 🎻👩🏽‍🏫 æøå ÆØÅ\n\ttab"


@pytest.fixture
def demo(tmp_path: Path):
    db = create_demo(tmp_path / "ref.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    make_plan(db, kvadrant=4, seed=1)
    yield db
    db.close()


def serve(db: ConferenceDb, test: Callable[[TestClient, ReferentServer], Awaitable[None]], **kwargs: Any) -> None:
    async def main() -> None:
        server = ReferentServer(db, **kwargs)
        async with TestClient(TestServer(server.app)) as client:
            await test(client, server)
        server.close()

    asyncio.run(main())


def test_links_one_per_group_unguessable(demo: ConferenceDb) -> None:
    links = ensure_links(demo)
    kvadrant1 = [l for l in links if l.kvadrant == 1]
    assert [l.group for l in kvadrant1] == list(range(1, 19))
    assert {l.kvadrant for l in links} == {1, 4}
    assert len({l.token for l in links}) == len(links)
    assert all(len(l.token) >= 43 for l in links)  # 32 random bytes, base64: 256 bits
    assert ensure_links(demo) == links  # kept, not remade
    renewed = renew_links(demo)
    assert not {l.token for l in renewed} & {l.token for l in links}


def test_read_save_conflict_and_deliver(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[2]

    async def test(client: TestClient, server: ReferentServer) -> None:
        api = f"/api/r/{link.token}"
        data = await (await client.get(api)).json()
        assert {"kvadrant", "group", "members", "task", "deadline", "text", "version", "delivered"} <= set(data)
        assert (data["kvadrant"], data["group"], data["text"], data["version"], data["delivered"]) == (1, 3, "", 0, False)
        assert data["deadline"] == "2020-01-28T11:30" and "Ordstyrer" in data["task"]
        assert sum(m["referent"] for m in data["members"]) == 1

        answer = await client.put(api, json={"text": NASTY, "base_version": 0})
        assert answer.status == 200 and (await answer.json())["version"] == 1
        assert (await (await client.get(api)).json())["text"] == NASTY

        stale = await client.put(api, json={"text": "from another phone", "base_version": 0})
        assert stale.status == 409
        body = await stale.json()
        assert (body["text"], body["version"]) == (NASTY, 1)

        done = await client.put(api, json={"text": NASTY + " slutt", "base_version": 1, "delivered": True})
        assert done.status == 200 and (await done.json())["delivered"] is True
        reopened = await client.put(api, json={"text": NASTY + " slutt", "base_version": 2, "delivered": False})
        assert (await reopened.json())["delivered"] is False

    serve(demo, test)
    state = get_summary(demo, link.block_id, link.group_id)
    assert state.text == NASTY + " slutt" and state.version == 3
    assert [c.text for c in state.conflicts] == ["from another phone"] and state.status == "conflict"


def test_a_retry_of_a_lost_answer_is_not_a_conflict(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]
    first = save_summary(demo, block_id=link.block_id, group_id=link.group_id, text="a", base_version=0, source="phone")
    again = save_summary(demo, block_id=link.block_id, group_id=link.group_id, text="a", base_version=0, source="phone")
    assert first.ok and again.ok and again.version == first.version == 1
    assert get_summary(demo, link.block_id, link.group_id).conflicts == ()


def test_laptop_and_phone_both_keep_their_text(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]
    save_summary(demo, block_id=link.block_id, group_id=link.group_id, text="laptop", base_version=0, source=LAPTOP)
    result = save_summary(demo, block_id=link.block_id, group_id=link.group_id, text="phone", base_version=0, source="phone")
    assert not result.ok and result.text == "laptop"
    state = get_summary(demo, link.block_id, link.group_id)
    assert state.text == "laptop" and [(c.text, c.source) for c in state.conflicts] == [("phone", "phone")]


def test_a_token_opens_only_its_own_group(demo: ConferenceDb) -> None:
    links = ensure_links(demo)
    a, b = links[0], links[1]

    async def test(client: TestClient, server: ReferentServer) -> None:
        await client.put(f"/api/r/{a.token}", json={"text": "only A", "base_version": 0})
        assert (await (await client.get(f"/api/r/{b.token}")).json())["text"] == ""
        assert (await (await client.get(f"/api/r/{b.token}")).json())["group"] == b.group

    serve(demo, test)
    assert get_summary(demo, b.block_id, b.group_id).text == ""


def test_unknown_tokens_look_the_same_whether_or_not_they_existed(demo: ConferenceDb) -> None:
    old = ensure_links(demo)[0].token
    renew_links(demo)

    async def test(client: TestClient, server: ReferentServer) -> None:
        answers = []
        for token in (old, "never-existed", "x" * 300, "%00", "..%2F..%2Fetc%2Fpasswd"):
            for method, path in (("GET", f"/api/r/{token}"), ("PUT", f"/api/r/{token}")):
                response = await client.request(method, path, json={"text": "x", "base_version": 0})
                answers.append((response.status, await response.text()))
        assert {a for a in answers} == {(404, json.dumps({"error": "not found"}))}

    serve(demo, test)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"[]",
        b'"text"',
        b'{"text": 5, "base_version": 0}',
        b'{"text": "x"}',
        b'{"text": "x", "base_version": "1"}',
        b'{"text": "x", "base_version": -1}',
        b'{"text": "x", "base_version": true}',
        b'{"text": "x", "base_version": 0, "delivered": "yes"}',
        b'\xff\xfe\x00',
    ],
)
def test_malformed_bodies_are_400_and_write_nothing(demo: ConferenceDb, body: bytes) -> None:
    link = ensure_links(demo)[0]

    async def test(client: TestClient, server: ReferentServer) -> None:
        response = await client.put(f"/api/r/{link.token}", data=body, headers={"Content-Type": "application/json"})
        assert response.status == 400
        assert "error" in await response.json()

    serve(demo, test)
    assert get_summary(demo, link.block_id, link.group_id).version == 0


def test_a_body_over_256_kib_is_413(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]

    async def test(client: TestClient, server: ReferentServer) -> None:
        big = json.dumps({"text": "a" * MAX_BODY, "base_version": 0})
        response = await client.put(f"/api/r/{link.token}", data=big, headers={"Content-Type": "application/json"})
        assert response.status == 413

    serve(demo, test)
    assert get_summary(demo, link.block_id, link.group_id).version == 0


def test_twenty_thousand_words_are_stored_exactly(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]
    text = " ".join(f"ord{k}" for k in range(20_000))

    async def test(client: TestClient, server: ReferentServer) -> None:
        assert (await client.put(f"/api/r/{link.token}", json={"text": text, "base_version": 0})).status == 200

    serve(demo, test)
    assert get_summary(demo, link.block_id, link.group_id).text == text


def test_only_the_page_and_its_assets_are_served(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]

    async def test(client: TestClient, server: ReferentServer) -> None:
        page = await client.get(f"/r/{link.token}")
        assert page.status == 200 and page.headers["Content-Type"].startswith("text/html")
        assert "default-src 'self'" in page.headers["Content-Security-Policy"]
        assert (await client.get(f"/r/{link.token}/app.js")).status == 200
        for path in ("/", "/r/", "/r", f"/r/{link.token}/index.html", f"/r/{link.token}/../../app/cli/commands.py",
                     "/resources/referent/app.js", "/static/", f"/r/{link.token}/app.js/..", "/api/", "/api/r/"):
            assert (await client.get(path)).status == 404, path
        assert (await client.get("/r/not-a-token")).status == 404

    serve(demo, test)


def test_guessing_tokens_is_rate_limited(demo: ConferenceDb) -> None:
    async def test(client: TestClient, server: ReferentServer) -> None:
        statuses = [(await client.get(f"/api/r/guess{k}")).status for k in range(40)]
        assert statuses[:5] == [404] * 5 and statuses[-1] == 429

    serve(demo, test, guess_limiter=RateLimiter(rate=0.1, burst=10))


def test_each_link_is_rate_limited_on_its_own(demo: ConferenceDb) -> None:
    a, b = ensure_links(demo)[:2]

    async def test(client: TestClient, server: ReferentServer) -> None:
        statuses = [(await client.get(f"/api/r/{a.token}")).status for _ in range(15)]
        assert statuses[-1] == 429
        assert (await client.get(f"/api/r/{b.token}")).status == 200

    serve(demo, test, limiter=RateLimiter(rate=0.1, burst=10))


def test_board_counts_delivered(demo: ConferenceDb) -> None:
    links = [l for l in ensure_links(demo) if l.kvadrant == 1]
    for link in links[:9]:
        save_summary(demo, block_id=link.block_id, group_id=link.group_id, text="Referat", base_version=0, source="phone", delivered=True)
    save_summary(demo, block_id=links[9].block_id, group_id=links[9].group_id, text="Skriver …", base_version=0, source="phone")
    result = board(demo, block_for_kvadrant(demo, 1).id)
    assert (result.delivered, len(result.rows)) == (9, 18)
    assert [r.status for r in result.rows[8:11]] == ["delivered", "writing", "empty"]
    assert result.deadline.strftime("%H:%M") == "11:30"


def test_change_callback(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]
    seen = []

    async def test(client: TestClient, server: ReferentServer) -> None:
        await client.put(f"/api/r/{link.token}", json={"text": "x", "base_version": 0})

    serve(demo, test, on_change=seen.append)
    assert [(c.block_id, c.group_id) for c in seen] == [(link.block_id, link.group_id)]


def test_a_phone_that_resolves_settles_its_own_conflict_only(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]

    async def test(client: TestClient, server: ReferentServer) -> None:
        api = f"/api/r/{link.token}"
        await client.put(api, json={"text": "telefon 1", "base_version": 0, "device": "en"})
        assert (await client.put(api, json={"text": "telefon 2", "base_version": 0, "device": "to"})).status == 409
        assert (await client.put(api, json={"text": "telefon 3", "base_version": 0, "device": "tre"})).status == 409
        body = {"text": "telefon 1\n\ntelefon 2", "base_version": 1, "resolved": True, "device": "to"}
        assert (await client.put(api, json=body)).status == 200
        assert (await client.put(api, json={"text": "x", "base_version": 2, "resolved": "ja"})).status == 400
        for device in ("", "a" * 65, "no spaces", "ø", 7, None):
            wrong = {"text": "x", "base_version": 2, "device": device}
            answer = await client.put(api, json=wrong)
            assert answer.status == 400 and "device" in (await answer.json())["error"]

    serve(demo, test)
    state = get_summary(demo, link.block_id, link.group_id)
    assert state.text == "telefon 1\n\ntelefon 2" and state.status == "conflict"
    assert [(c.text, c.device) for c in state.conflicts] == [("telefon 3", "tre")]


def test_a_phones_page_is_read_in_one_transaction(demo: ConferenceDb) -> None:
    """Everything a GET shows but the summary comes from one snapshot of the file."""
    from sqlalchemy import event

    block = block_for_kvadrant(demo, 1)
    group_id = board(demo, block.id).rows[0].group_id
    begins: list[object] = []
    count = begins.append
    event.listen(demo.engine, "begin", count)
    try:
        described = page_of(demo, block.id, group_id)
    finally:
        event.remove(demo.engine, "begin", count)
    assert described["group"] == 1 and described["members"]
    assert len(begins) == 1
