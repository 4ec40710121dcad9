"""The participant API over HTTP: the one hall link, its own token, the same 404 for everything
unknown, 409 when self check-in is off, and nothing but names, municipalities and tables."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app.arrival.api import ParticipantApi
from app.arrival.hall_link import hall_token, renew_hall_token, set_self_checkin
from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, make_plan
from app.groups.presence import set_presence
from app.referent.links import ensure_links
from app.referent.server import RateLimiter, ReferentServer
from app.referent.summaries import get_summary
from app.roster.demo import create_demo
from app.roster.participants import list_participants


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "hall.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    yield db
    db.close()


def serve(db: ConferenceDb, test: Callable[[TestClient], Awaitable[None]], **kwargs: Any) -> None:
    async def main() -> None:
        server = ReferentServer(db, **kwargs)
        ParticipantApi(server)
        async with TestClient(TestServer(server.app)) as client:
            await test(client)
        server.close()

    asyncio.run(main())


def test_search_card_and_check_in(demo: ConferenceDb) -> None:
    token = hall_token(demo)
    assert len(token) >= 22  # ≥ 128 bits
    plan = current_plan(demo, 1)
    assert plan is not None
    person = plan.tables[2].members[0]
    set_presence(demo, person.participant_id, False)

    async def test(client: TestClient) -> None:
        page = await client.get(f"/p/{token}")
        assert page.status == 200 and token in await page.text()
        assert (await client.get(f"/p/{token}/app.js")).status == 200
        found = await (await client.get(f"/api/p/{token}/people", params={"q": person.name[:3].upper()})).json()
        assert {"id": person.participant_id, "name": person.name, "municipality": person.municipality} in found["people"]
        assert all(set(p) == {"id", "name", "municipality"} for p in found["people"]) and len(found["people"]) <= 20
        card = await (await client.get(f"/api/p/{token}/people/{person.participant_id}")).json()
        assert card["present"] is False and set(card) >= {"id", "name", "municipality", "present", "tables", "now", "next"}
        answer = await client.post(f"/api/p/{token}/people/{person.participant_id}/checkin")
        assert answer.status == 200
        body = await answer.json()
        assert body["present"] is True and set(body) == {"present", "tables", "moved"}
        assert (await client.get(f"/api/p/{token}/people", params={"q": "x" * 61})).status == 400

    serve(demo, test)
    assert next(p for p in list_participants(demo) if p.id == person.participant_id).present


def test_tokens_are_separate_and_unknown_is_one_404(demo: ConferenceDb) -> None:
    token = hall_token(demo)
    link = ensure_links(demo)[0]
    pid = list_participants(demo)[0].id

    async def test(client: TestClient) -> None:
        answers = [
            await client.get(f"/api/r/{token}"),  # the hall link cannot read a summary ...
            await client.put(f"/api/r/{token}", json={"text": "x", "base_version": 0}),  # ... or write one
            await client.get(f"/api/p/{link.token}/people/{pid}"),  # a referent link cannot see people ...
            await client.post(f"/api/p/{link.token}/people/{pid}/checkin"),  # ... or check anyone in
            await client.get(f"/api/p/{token}/people/999999"),
            await client.post(f"/api/p/{token}/people/999999/checkin"),
            await client.get(f"/api/p/{token}/people/abc"),
            await client.get(f"/api/p/{'x' * 32}/people", params={"q": "a"}),
        ]
        assert [a.status for a in answers] == [404] * len(answers)
        assert len({await a.text() for a in answers}) == 1  # the same body whether or not it existed
        old = token
        renew_hall_token(demo)
        assert (await client.get(f"/api/p/{old}/people", params={"q": "a"})).status == 404

    serve(demo, test, guess_limiter=RateLimiter(rate=100, burst=100))
    assert get_summary(demo, link.block_id, link.group_id).version == 0


def test_self_checkin_off_is_409_and_changes_nothing(demo: ConferenceDb) -> None:
    token = hall_token(demo)
    pid = list_participants(demo)[0].id
    set_presence(demo, pid, False)
    set_self_checkin(demo, False)

    async def test(client: TestClient) -> None:
        answer = await client.post(f"/api/p/{token}/people/{pid}/checkin")
        assert answer.status == 409 and "error" in await answer.json()

    serve(demo, test)
    assert not next(p for p in list_participants(demo) if p.id == pid).present


def test_guessing_the_hall_link_is_limited_like_a_referent_link(demo: ConferenceDb) -> None:
    hall_token(demo)

    async def test(client: TestClient) -> None:
        statuses = [(await client.get(f"/api/p/guess{k:03d}/people?q=a")).status for k in range(20)]
        assert statuses[:12] == [404] * 12 and set(statuses[12:]) == {429}

    serve(demo, test)
