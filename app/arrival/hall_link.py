"""The one participant link of a conference (``/p/{token}``) and whether people may check
themselves in. Both are kept in the conference file, so the QR code on a printed poster stays right.

The token is separate from the referents' tokens (a participant link cannot read or write a
summary, a referent link cannot check anyone in) and has 128 random bits or more.
"""
from __future__ import annotations

import secrets

from app.conference_file.schema import Setting
from app.conference_file.settings import get_setting, set_setting
from app.conference_file.storage import ConferenceDb
from app.referent.links import base_url, server_address
from app.referent.qr import server_is_set_up

TOKEN_KEY = "participant_token"
SELF_CHECKIN_KEY = "self_checkin"


def hall_token(db: ConferenceDb) -> str:
    """The participant link's token, made the first time it is asked for (in one transaction)."""
    token = get_setting(db, TOKEN_KEY)
    if token:
        return token
    with db.write() as session:
        row = session.get(Setting, TOKEN_KEY)
        if row is None:
            row = Setting(key=TOKEN_KEY, value=secrets.token_urlsafe(24))  # 192 bits
            session.add(row)
        return row.value


def renew_hall_token(db: ConferenceDb) -> str:
    """A new participant link; the old one stops working at once (pages that had it say so)."""
    token = secrets.token_urlsafe(24)
    set_setting(db, TOKEN_KEY, token)
    return token


def matches(stored: str, token: str) -> bool:
    """Whether ``token`` is the stored hall token (in constant time; never for an empty one)."""
    return bool(stored) and 0 < len(token) <= 128 and secrets.compare_digest(stored.encode(), token.encode())


def hall_url(base: str, token: str) -> str:
    return f"{base}/p/{token}"


def self_checkin_allowed(db: ConferenceDb) -> bool:
    """Whether "Jeg er her" on a phone checks the person in (on unless the facilitator turned it off)."""
    return get_setting(db, SELF_CHECKIN_KEY) != "off"


def set_self_checkin(db: ConferenceDb, allowed: bool) -> None:
    set_setting(db, SELF_CHECKIN_KEY, "on" if allowed else "off")


def door_link(db: ConferenceDb) -> str | None:
    """The hall link to print on the "Finn ditt bord" list by the door: None until the server
    has been set up (a code that leads nowhere is worse than none)."""
    if not server_is_set_up(db):
        return None
    return hall_url(base_url(*server_address(db)), hall_token(db))
