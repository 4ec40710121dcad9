"""Key points (hovedpunkter): up to three lines per referat, saved, versioned and conflict-checked
with its text, through the core and the referent API; a client that sends none keeps them."""
from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from app.conference_file.storage import ConferenceDb
from app.referent.links import ensure_links
from app.referent.server import ReferentServer
from app.referent.summaries import LAPTOP, PHONE, get_summary, resolve_conflict, save_summary
from tests.app.referent.test_server import demo, serve  # noqa: F401 - the fixture and the server


def test_points_are_versioned_with_the_text(demo: ConferenceDb) -> None:  # noqa: F811
    link = ensure_links(demo)[0]
    where = {"block_id": link.block_id, "group_id": link.group_id}
    first = save_summary(demo, **where, text="Tekst", base_version=0, source=PHONE, key_points=("Tid", "Rom"))
    assert first.ok and first.version == 1 and first.key_points == ("Tid", "Rom")
    same = save_summary(demo, **where, text="Tekst", base_version=1, source=PHONE)  # an old client: points kept
    assert same.ok and same.version == 1 and same.key_points == ("Tid", "Rom")
    points_only = save_summary(demo, **where, text="Tekst", base_version=1, source=PHONE, key_points=("Tid", "Rom", "Eierskap <&> 🎻"))
    assert points_only.ok and points_only.version == 2
    stale = save_summary(demo, **where, text="Tekst", base_version=1, source=LAPTOP, key_points=("Annet",))
    assert not stale.ok and stale.key_points == ("Tid", "Rom", "Eierskap <&> 🎻")
    state = get_summary(demo, link.block_id, link.group_id)
    assert state.key_points == ("Tid", "Rom", "Eierskap <&> 🎻") and state.conflict is not None
    assert state.conflict.key_points == ("Annet",) and state.conflict.text == "Tekst"
    merged = resolve_conflict(demo, **where, conflict_id=state.conflict.id, text="Tekst", base_version=2, key_points=("Tid", "Annet"))
    assert merged.ok and merged.version == 3
    after = get_summary(demo, link.block_id, link.group_id)
    assert after.key_points == ("Tid", "Annet") and after.conflicts == ()


def test_points_through_the_api(demo: ConferenceDb) -> None:  # noqa: F811
    link = ensure_links(demo)[0]
    url = link.url("").replace("/r/", "/api/r/")

    async def test(client: TestClient, server: ReferentServer) -> None:
        got = await (await client.get(url)).json()
        assert got["key_points"] == [] and got["version"] == 0
        saved = await client.put(url, json={"text": "A", "base_version": 0, "key_points": ["Én", "To"]})
        assert saved.status == 200 and (await saved.json())["key_points"] == ["Én", "To"]
        assert (await (await client.get(url)).json())["key_points"] == ["Én", "To"]
        old_client = await client.put(url, json={"text": "AB", "base_version": 1})
        assert old_client.status == 200 and (await old_client.json())["key_points"] == ["Én", "To"]
        conflict = await client.put(url, json={"text": "AB", "base_version": 1, "key_points": ["Annet"]})
        assert conflict.status == 409 and (await conflict.json())["key_points"] == ["Én", "To"]
        for bad in (["1", "2", "3", "4"], ["x" * 201], "én", [1], ["to\nlinjer"], ["nul\x00"]):
            refused = await client.put(url, json={"text": "AB", "base_version": 2, "key_points": bad})
            assert refused.status == 400, bad
        assert (await (await client.get(url)).json())["key_points"] == ["Én", "To"]

    serve(demo, test)
    assert get_summary(demo, link.block_id, link.group_id).conflict is not None


@pytest.mark.parametrize("points", [(), ("Bare ett",)])
def test_fewer_points_replace_more(demo: ConferenceDb, points: tuple[str, ...]) -> None:  # noqa: F811
    link = ensure_links(demo)[0]
    where = {"block_id": link.block_id, "group_id": link.group_id}
    save_summary(demo, **where, text="T", base_version=0, source=PHONE, key_points=("a", "b", "c"))
    assert save_summary(demo, **where, text="T", base_version=1, source=PHONE, key_points=points).version == 2
    assert get_summary(demo, link.block_id, link.group_id).key_points == points
