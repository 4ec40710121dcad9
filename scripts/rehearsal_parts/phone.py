"""A referent's phone in the rehearsal: writes the table's summary as the speakers talk, over HTTP.

Each phone speaks the referent API to the app's own referent server as the phone page does, so
the Referater board fills up as it would at the venue: saves while typing, lost network, a conflict
with the laptop, and the summary delivered before the deadline.
"""
from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING, Any

from .day import IDEAS, TALK, WRAP_UP

if TYPE_CHECKING:
    from app.referent.links import Link

    from .harness import Harness


class Phone:
    """A referent's phone on the venue Wi-Fi, speaking the referent API as the phone page does:
    keeps the text itself, saves when the referent pauses typing, keeps typing while the network
    is gone and catches up when it is back. A 409 (someone saved in between) shows both texts on
    the phone; see :meth:`_settle_conflict`."""

    def __init__(self, rehearsal: Harness, link: Link, base: str) -> None:
        self.rehearsal = rehearsal
        self.link = link
        self.page = link.url(base)
        self.api = self.page.replace("/r/", "/api/r/")
        self.text = ""
        self.saved = ""
        self.version = 0
        self.online = True
        self.missed = False  # a save is waiting to be sent again
        self.offline_before = False  # ... because the network was gone
        #: At a 409: the version the server had, our text, and when; both texts are on the phone.
        self.conflict: tuple[int, str, dt.datetime] | None = None
        self.resolving = False  # the next save is the referent's merge of the two
        self.delivered = False
        self.saves = 0
        self.caught_up = 0
        self.conflicts = 0
        self.refused = 0

    @property
    def group(self) -> int:
        return self.link.group

    async def _call(self, method: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        async with self.rehearsal.http.request(method, self.api, json=body) as response:
            return response.status, await response.json()

    async def open(self) -> list[dict[str, Any]]:
        """The referent scans the table card's QR code: the page, then the group and its text."""
        async with self.rehearsal.http.get(self.page) as response:
            await response.read()
        status, data = await self._call("GET")
        if status != 200:
            raise RuntimeError(f"phone of group {self.group}: GET answered {status}")
        self.text = self.saved = data["text"]
        self.version = data["version"]
        return list(data["members"])

    async def sync(self, *, delivered: bool | None = None) -> None:
        import aiohttp

        if not self.online:
            self.missed = self.offline_before = True
            return
        try:
            if self.conflict is not None and not await self._settle_conflict():
                return
            if self.text == self.saved and delivered is None:
                return
            body: dict[str, Any] = {"text": self.text, "base_version": self.version}
            if self.resolving:
                body["resolved"] = True
            if delivered is not None:
                body["delivered"] = delivered
            # Catching up is what is sent after the network was gone, not an answer that was
            # already on its way when it went.
            catching_up = self.missed and self.offline_before
            status, data = await self._call("PUT", body)
        except (TimeoutError, aiohttp.ClientError):
            self.missed = True  # no answer: the text stays here, and goes at the next try
            return
        if status == 200:
            self.version, self.saved, self.delivered = data["version"], body["text"], data["delivered"]
            self.saves += 1
            self.resolving = False
            if catching_up and self.offline_before:  # counted once, by the first answer
                self.offline_before = False
                self.caught_up += 1
                self.rehearsal.say(f"the phone of table {self.group} is back on the network and caught up")
            if self.online and self.text == body["text"]:
                self.missed = self.offline_before = False
        elif status == 409:
            self.conflict = (data["version"], body["text"], self.rehearsal.clock.now())
            self.conflicts += 1
            self.rehearsal.say(f"table {self.group}'s phone and the laptop saved different texts: «To versjoner»")
        else:  # 429 (too fast), 500 (the file was busy): the text stays here and goes at the next try
            self.missed = True
            self.refused += 1

    async def _settle_conflict(self) -> bool:
        """While both texts are shown on the phone, the referent leaves the choice to the
        facilitator (the laptop shows «To versjoner»): once the laptop has saved a merge, go on
        from it. After ten minutes without one, the referent merges on the phone: the stored text,
        then what they wrote that was refused, then what they typed since."""
        assert self.conflict is not None
        status, data = await self._call("GET")
        version, ours, since = self.conflict
        if status != 200:
            return False
        typed_since = self.text[len(ours):] if self.text.startswith(ours) else ""
        if data["version"] != version:
            merged = data["text"]
            if merged.startswith(ours):  # the sentence being typed is finished where it was
                self.text = ours + typed_since + merged[len(ours):]
            else:
                self.text = merged + typed_since
            self.saved, self.version, self.conflict = merged, data["version"], None
            return True
        if self.rehearsal.clock.now() - since < dt.timedelta(minutes=10):
            return False
        refused = ours[len(self.saved):] if ours.startswith(self.saved) else "\n" + ours
        self.text = data["text"] + refused + typed_since
        self.saved, self.version, self.conflict, self.resolving = data["text"], data["version"], None, True
        self.rehearsal.say(f"the referent of table {self.group} merged the two texts on the phone")
        return True

    async def wait_until(self, when: dt.datetime) -> None:
        """Wait, trying every simulated minute to send what could not be sent."""
        clock = self.rehearsal.clock
        while clock.now() < when:
            await clock.until(min(when, clock.now() + dt.timedelta(minutes=1)))
            if self.online and (self.missed or self.conflict is not None):
                await self.sync()

    async def run(self, rotation_start: dt.datetime, slot_minutes: float, deliver_at: dt.datetime, seed: int) -> None:
        rng = random.Random(seed)
        members = await self.open()
        typing: list[tuple[dt.datetime, str]] = []  # (when, what is typed then)

        def line(when: dt.datetime, text: str) -> None:
            """A line typed in two goes, each saved when the referent pauses."""
            words = text.split(" ")
            half = max(1, len(words) // 2)
            typing.append((when, "\n" + " ".join(words[:half])))
            typing.append((when + dt.timedelta(minutes=rng.uniform(0.4, 1.2)), " " + " ".join(words[half:])))

        for k, (member, idea) in enumerate(zip(members, rng.sample(IDEAS, len(members))), start=1):
            when = rotation_start + dt.timedelta(minutes=(k - 1) * slot_minutes + rng.uniform(1.5, 3.2))
            line(when, f"{member['name']} ({member['municipality']}) {idea}.")
        open_talk = rotation_start + dt.timedelta(minutes=len(members) * slot_minutes)
        for j, talk in enumerate(rng.sample(TALK, 3)):
            line(open_talk + dt.timedelta(minutes=1 + 5 * j + rng.uniform(0, 1.5)), talk)
        line(deliver_at - dt.timedelta(minutes=2.5), rng.choice(WRAP_UP))
        for when, typed in sorted(typing):
            await self.wait_until(when)
            self.text = (self.text + typed).lstrip("\n")
            await self.sync()
        await self.wait_until(deliver_at)
        while not self.delivered:
            await self.sync(delivered=True)
            if not self.delivered:
                await self.rehearsal.clock.sleep(1)
