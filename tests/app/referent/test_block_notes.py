"""A block's own notes (a talk, a plenum): saved, versioned and conflict-checked like a group's
referat, on the laptop or through a link of their own on a phone."""
from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from app.conference_file.conference import list_blocks
from app.conference_file.schema import BlockKind
from app.conference_file.storage import ConferenceDb
from app.referent.block_notes import block_note, block_notes, note_blocks
from app.referent.links import ensure_links, note_link, renew_links, resolve_token
from app.referent.phone_reads import page_of
from app.referent.server import ReferentServer
from app.referent.summaries import LAPTOP, PHONE, get_summary, save_summary
from app.common.messages import KvadrantError
from tests.app.referent.test_server import demo, serve  # noqa: F401 - the fixture and the server


def _talk(db: ConferenceDb) -> int:
    return next(b.id for b in note_blocks(db) if b.kind == BlockKind.KVADRANT2)


def test_breaks_and_group_blocks_take_no_notes(demo: ConferenceDb) -> None:  # noqa: F811
    kinds = {b.kind for b in note_blocks(demo)}
    assert BlockKind.KVADRANT2 in kinds and BlockKind.PLENUM in kinds
    assert not kinds & {BlockKind.PAUSE, BlockKind.LUNSJ, BlockKind.KVADRANT1, BlockKind.KVADRANT4}


def test_notes_are_versioned_and_never_overwritten(demo: ConferenceDb) -> None:  # noqa: F811
    block_id = _talk(demo)
    assert block_note(demo, block_id).version == 0 and block_note(demo, block_id).group_id is None
    first = save_summary(demo, block_id=block_id, group_id=None, text="Irgens: <læring> & 🎻", base_version=0, source=LAPTOP)
    assert first.ok and first.version == 1
    stale = save_summary(demo, block_id=block_id, group_id=None, text="Annet", base_version=0, source=PHONE, device="d1")
    assert not stale.ok
    note = block_note(demo, block_id)
    assert note.text == "Irgens: <læring> & 🎻" and note.conflict is not None and note.conflict.text == "Annet"
    delivered = save_summary(demo, block_id=block_id, group_id=None, text=note.text, base_version=1, source=LAPTOP, delivered=True)
    assert delivered.ok and block_notes(demo)[block_id].delivered


def test_a_note_does_not_touch_the_groups_summaries(demo: ConferenceDb) -> None:  # noqa: F811
    link = ensure_links(demo)[0]
    save_summary(demo, block_id=link.block_id, group_id=link.group_id, text="Gruppe", base_version=0, source=PHONE)
    save_summary(demo, block_id=_talk(demo), group_id=None, text="Innlegg", base_version=0, source=LAPTOP)
    assert get_summary(demo, link.block_id, link.group_id).text == "Gruppe"
    assert set(block_notes(demo)) == {_talk(demo)}


def test_an_unknown_block_is_refused(demo: ConferenceDb) -> None:  # noqa: F811
    with pytest.raises(KvadrantError) as linked:
        note_link(demo, 999_999)
    with pytest.raises(KvadrantError) as saved:
        save_summary(demo, block_id=999_999, group_id=None, text="x", base_version=0, source=LAPTOP)
    assert linked.value.message.code == saved.value.message.code == "block_not_found"


def test_a_note_link_is_kept_and_survives_new_links(demo: ConferenceDb) -> None:  # noqa: F811
    block_id = _talk(demo)
    link = note_link(demo, block_id)
    assert note_link(demo, block_id).token == link.token
    assert resolve_token(demo, link.token) == (block_id, None)
    page = page_of(demo, block_id, None)
    assert page["members"] == [] and page["group"] is None
    assert page["block"] == next(b.title for b in list_blocks(demo) if b.id == block_id)
    renewed = renew_links(demo)
    assert resolve_token(demo, link.token) is None
    fresh = note_link(demo, block_id)
    assert fresh.token != link.token and resolve_token(demo, fresh.token) == (block_id, None)
    assert all(l.group_id is not None for l in renewed)


def test_a_phone_writes_a_blocks_notes_through_its_link(demo: ConferenceDb) -> None:  # noqa: F811
    block_id = _talk(demo)
    url = note_link(demo, block_id).url("").replace("/r/", "/api/r/")

    async def test(client: TestClient, server: ReferentServer) -> None:
        got = await (await client.get(url)).json()
        assert got["version"] == 0 and got["members"] == []
        saved = await client.put(url, json={"text": "Fra telefonen", "base_version": 0})
        assert saved.status == 200

    serve(demo, test)
    assert block_note(demo, block_id).text == "Fra telefonen"
