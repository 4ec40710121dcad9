"""A phone's GET from memory: the same answer as the file gives, forgotten when the file changes
(in this process or another), and the summary always read fresh."""
from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import event

from app.conference_file.conference import get_conference, set_conference
from app.conference_file.storage import ConferenceDb
from app.groups.plans import make_plan
from app.groups.presence import set_presence
from app.referent.links import Link, ensure_links, renew_links
from app.referent.server import ReferentServer
from app.referent.summaries import LAPTOP, save_summary
from app.roster.demo import create_demo
from app.roster.participants import list_participants

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "les.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    yield db
    db.close()


def run(db: ConferenceDb, steps: Any) -> None:
    async def main() -> None:
        server = ReferentServer(db)
        async with TestClient(TestServer(server.app)) as client:

            async def get(link: Link) -> tuple[int, dict[str, Any]]:
                answer = await client.get(f"/api/r/{link.token}")
                return answer.status, await answer.json()

            await steps(get)
        server.close()

    asyncio.run(main())


def test_a_second_read_of_a_page_does_not_touch_the_file_but_its_summary(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]
    begins: list[object] = []

    async def steps(get: Any) -> None:
        status, first = await get(link)
        assert status == 200 and first["text"] == ""
        save_summary(demo, block_id=link.block_id, group_id=link.group_id, text="Ny tekst", base_version=0, source=LAPTOP)
        count = begins.append
        event.listen(demo.engine, "begin", count)
        try:
            status, second = await get(link)
        finally:
            event.remove(demo.engine, "begin", count)
        assert status == 200 and (second["text"], second["version"]) == ("Ny tekst", 1)
        assert {k: v for k, v in second.items() if k not in ("text", "version")} == {
            k: v for k, v in first.items() if k not in ("text", "version")
        }

    run(demo, steps)
    assert begins == []  # the token and the page came from memory; the summary from its own connection


def test_a_change_in_this_process_is_seen_at_the_next_read(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]

    async def steps(get: Any) -> None:
        _, before = await get(link)
        gone = before["members"][0]["name"]
        pid = next(p.id for p in list_participants(demo) if p.name == gone)
        set_presence(demo, pid, False)
        _, after = await get(link)
        assert gone not in [m["name"] for m in after["members"]]
        set_conference(demo, title="Nytt navn 🎻", date=get_conference(demo).date, venue="")
        assert (await get(link))[1]["conference"] == "Nytt navn 🎻"
        renewed = renew_links(demo)
        assert (await get(link))[0] == 404  # the old link is gone at once
        assert (await get(renewed[0]))[0] == 200

    run(demo, steps)


def test_a_change_by_another_process_is_seen_at_the_next_read(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]
    change = (
        "import sys, datetime as dt; sys.path.insert(0, sys.argv[2]);"
        "from app.conference_file.storage import ConferenceDb;"
        "from app.conference_file.conference import set_conference;"
        "db = ConferenceDb.open(sys.argv[1]); set_conference(db, title='Fra kommandolinjen', date=None, venue=''); db.close()"
    )

    async def steps(get: Any) -> None:
        assert (await get(link))[1]["conference"] != "Fra kommandolinjen"
        subprocess.run([sys.executable, "-c", change, str(demo.path), str(ROOT)], check=True)
        assert (await get(link))[1]["conference"] == "Fra kommandolinjen"

    run(demo, steps)
