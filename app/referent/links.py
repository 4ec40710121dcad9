"""The referents' links: one unguessable token per group, and the address phones reach us on."""
from __future__ import annotations

import ipaddress
import secrets
import socket
from dataclasses import dataclass

from sqlalchemy import delete, select

from app.conference_file.settings import get_setting, set_setting
from app.conference_file.schema import ReferentToken
from app.conference_file.storage import ConferenceDb
from app.common.messages import KvadrantError
from app.conference_file.conference import BlockRow, list_blocks
from app.groups.plans import Table
from app.referent.summaries import group_blocks, plan_for

DEFAULT_PORT = 8765
#: 32 random bytes: 256 bits, well over the 128 asked for.
TOKEN_BYTES = 32


@dataclass(frozen=True)
class Link:
    kvadrant: int
    group: int
    label: str
    block_id: int
    group_id: int | None  # None: the block's own notes
    token: str

    def url(self, base: str) -> str:
        return f"{base.rstrip('/')}/r/{self.token}"


def ensure_links(db: ConferenceDb) -> list[Link]:
    """A link for every group of every group block's current plan (made once, then kept)."""
    wanted: list[tuple[BlockRow, Table]] = []
    for block in group_blocks(db):
        plan = plan_for(db, block)
        if plan is not None:
            wanted.extend((block, table) for table in plan.tables)
    with db.write() as session:
        existing = {(t.block_id, t.group_id): t.token for t in session.scalars(select(ReferentToken))}
        links = []
        for block, table in wanted:
            token = existing.get((block.id, table.id))
            if token is None:
                token = secrets.token_urlsafe(TOKEN_BYTES)
                session.add(ReferentToken(token=token, block_id=block.id, group_id=table.id, created_at=db.clock.now()))
            links.append(Link(block.kvadrant or 0, table.number, table.label, block.id, table.id, token))
    return links


def renew_links(db: ConferenceDb) -> list[Link]:
    """"Nye lenker": every old link stops working and each group gets a new one (and each block
    whose notes had a link of their own, see :func:`note_link`)."""
    with db.write() as session:
        noted = set(session.scalars(select(ReferentToken.block_id).where(ReferentToken.group_id.is_(None))))
        session.execute(delete(ReferentToken))
    for block_id in sorted(noted):
        note_link(db, block_id)
    return ensure_links(db)


def note_link(db: ConferenceDb, block_id: int) -> Link:
    """The link of a block's own notes (a talk, a plenum): made on the first ask, then kept. The
    phone page is the referent's, without members."""
    block = next((b for b in list_blocks(db) if b.id == block_id), None)
    if block is None:
        raise KvadrantError("block_not_found")
    with db.write() as session:
        token = session.scalars(
            select(ReferentToken.token).where(ReferentToken.block_id == block_id, ReferentToken.group_id.is_(None))
        ).first()
        if token is None:
            token = secrets.token_urlsafe(TOKEN_BYTES)
            session.add(ReferentToken(token=token, block_id=block_id, group_id=None, created_at=db.clock.now()))
    return Link(0, 0, block.title, block_id, None, token)


def resolve_token(db: ConferenceDb, token: str) -> tuple[int, int | None] | None:
    """(block id, group id) for a valid token, else None; group id None for a block's own notes."""
    if not token or len(token) > 128:
        return None
    with db.read() as session:
        row = session.get(ReferentToken, token)
        return (row.block_id, row.group_id) if row is not None else None


def lan_address() -> str:
    """This laptop's address on the venue network (no packet is sent to find it)."""
    candidates: list[str] = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            candidates.append(str(info[4][0]))
    except OSError:
        pass
    for address in candidates:
        ip = ipaddress.ip_address(address)
        if ip.is_private and not ip.is_loopback:
            return address
    return next((a for a in candidates if not ipaddress.ip_address(a).is_loopback), "127.0.0.1")


def server_address(db: ConferenceDb) -> tuple[str, int]:
    """The host and port the referent server listens on (kept in the file)."""
    host = get_setting(db, "referent_host") or lan_address()
    port = int(get_setting(db, "referent_port") or DEFAULT_PORT)
    return host, port


def set_server_address(db: ConferenceDb, host: str, port: int) -> None:
    set_setting(db, "referent_host", host)
    set_setting(db, "referent_port", str(port))


def base_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"
