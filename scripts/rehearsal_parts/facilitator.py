"""The facilitator's actions in the rehearsal, each done as a person would in the main window.

Setting up (a conference from the template, the roster, the tables, the referent server and the
projector), check-in at the door, running the blocks and the speaker rotation, starting the
referents' phones, the Referater section (a line added on the laptop, the conflict merged), and
the end of the day (the kommunegrupper, the export).
"""
from __future__ import annotations

import asyncio
import datetime as dt
import random
import socket
import traceback
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING

from .day import LAPTOP_ADDITION, LATE_FROM, TEMPLATE, at, write_roster
from .harness import Harness
from .phone import Phone

if TYPE_CHECKING:
    from app.referent.links import Link


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Facilitator(Harness):
    """What the facilitator does at the laptop, in the real window: set up the conference, check
    people in, run the blocks, watch and mend the referater, make the kommunegrupper, export.
    :mod:`.timeline` says when."""

    # -- setting up -------------------------------------------------------------------------------
    def create_conference(self) -> None:
        from app.conference_file.templates import create_conference

        create_conference(self.path, template=TEMPLATE).close()
        if not self.window.open_file(self.path):
            raise RuntimeError(f"could not open {self.path}")

    def import_roster(self) -> None:
        from app.roster.importer import guess_mapping, parse_roster, read_table

        roster = self.work / "påmeldte.csv"
        write_roster(roster)
        table = read_table(roster)
        result = self.session.apply_roster(parse_roster(table, guess_mapping(table.headers)))
        self.window.show_status(f"Importert: {result.imported} nye, {result.updated} oppdatert.")
        self.say(f"imported {result.imported} people from {roster.name} (semicolons, Windows-1252, a title row)")

    def not_here_yet(self) -> None:
        people = self.people()
        late = [next(p for p in people if p.municipality == town and p.role != "veileder") for town in LATE_FROM]
        self.counts.late = [p.name for p in late]
        self.session.set_present([p.id for p in late], False)

    def make_tables(self) -> None:
        self.window.groups_view.set_kvadrant(1)
        plan = self.session.make_plan(kvadrant=1, size=6, seed=2020)
        sizes = sorted({len(t.members) for t in plan.tables})
        self.say(f"{len(plan.tables)} tables of {'–'.join(map(str, sizes))} for {sum(len(t.members) for t in plan.tables)} people present")
        self.window.show_status(f"Grupper for 1. kvadrant: {len(plan.tables)} bord.")

    async def start_server(self) -> None:
        import aiohttp
        from PySide6.QtGui import QGuiApplication

        from app.referent.links import base_url

        port = free_port()
        if not await self.window.referent_service.start(host="127.0.0.1", port=port):
            raise RuntimeError("the referent server did not start")
        self.base_url = base_url("127.0.0.1", port)
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        self.say(f"referent server at {self.base_url}")
        self.projector.show()
        if not self.projector.window.isFullScreen():  # one screen: a normal window, out of the way
            screen = QGuiApplication.primaryScreen().availableGeometry()
            window = self.projector.window
            window.move(screen.right() - window.width() - 10, screen.bottom() - window.height() - 40)
        self.window.activateWindow()

    # -- check-in ---------------------------------------------------------------------------------
    def open_checkin(self) -> None:
        plan = self.session.plan(1)
        no_shows = [t.members[1].name for t in plan.tables[:3]]
        self.counts.no_shows = no_shows
        self.checkin = [(name, False) for name in no_shows] + [(name, True) for name in self.counts.late]
        self.window.groups_view.show_checkin(True)

    def search(self, k: int) -> None:
        """The facilitator types the name in the check-in list's search box …"""
        self.window.groups_view.checkin_panel.search_edit.setText(self.checkin[k][0])

    def tick(self, k: int) -> str:
        """… and ticks them in (or out): the tables are fitted around it, the bar says who moved."""
        from PySide6.QtCore import Qt

        from ui.participants.participant_model import PARTICIPANT_ID_ROLE

        name, present = self.checkin[k]
        panel = self.window.groups_view.checkin_panel
        pid = self.person(name).id
        for row in range(panel.proxy.rowCount()):
            index = panel.proxy.index(row, 0)
            if index.data(PARTICIPANT_ID_ROLE) == pid:
                state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
                panel.proxy.setData(index, state, Qt.ItemDataRole.CheckStateRole)
                break
        else:
            self.error(f"check-in: {name} is not in the list")
        said = self.window.groups_view.moves_text().strip().splitlines()
        if said:  # the bar says the newest on top: who came or went, and who moved where
            self.counts.moved.append(said[0].strip())
        return f"{name} arrives late" if present else f"{name} has not come (a no-show)"

    def close_checkin(self) -> None:
        self.window.groups_view.checkin_panel.search_edit.clear()

    # -- running the day --------------------------------------------------------------------------
    async def next_block(self) -> None:
        await self.again_if_busy("→", lambda: self.controller.next() is not None)
        view = self.controller.view
        if view is not None and view.phase.value == "running" and view.block is not None:
            self.window.programme_view.select_block(view.block.id)  # its details beside the programme

    def start_kvadrant1(self) -> Awaitable[None]:
        self.clock.speed = max(1.0, self.speed / 10)
        return self.next_block()

    def normal_speed(self) -> None:
        self.clock.speed = self.speed

    async def start_rotation(self) -> None:
        await self.again_if_busy("start the rotation", lambda: self.controller.start_rotation() is not None)
        self.rotation_start = self.clock.now()

    def more_time(self, minutes: int) -> Awaitable[None]:
        return self.again_if_busy(f"+{minutes} min", lambda: self.controller.add_minutes(minutes) is not None)

    # -- the phones -------------------------------------------------------------------------------
    def kvadrant1_links(self) -> list[Link]:
        return [link for link in self.window.referent_service.links() if link.kvadrant == 1]

    def start_phones(self) -> None:
        from app.referent.summaries import block_for_kvadrant

        block = block_for_kvadrant(self.session.db, 1)
        assert block is not None and self.rotation_start is not None
        slot = (block.slot_seconds or 300) / 60
        links = self.kvadrant1_links()
        deliveries = random.Random(28).sample(range(17 * 60, 28 * 60, 10), len(links))
        for k, link in enumerate(links):
            phone = Phone(self, link, self.base_url)
            deliver_at = at("11:00") + dt.timedelta(seconds=deliveries[k])
            task = asyncio.get_running_loop().create_task(phone.run(self.rotation_start, slot, deliver_at, seed=k))
            task.add_done_callback(self._phone_done)
            self.phones.append(phone)
            self.phone_tasks.append(task)
        eighth = next(link for link in links if link.group == 8)
        self.conflict_group_id = eighth.group_id
        self.say(f"{len(links)} phones write to {self.base_url}/r/…")

    def _phone_done(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            self.error("a phone failed: " + "".join(traceback.format_exception(error)).strip())

    def quiet_phones(self) -> list[Phone]:
        return [p for p in self.phones if p.group in (4, 12)]

    def set_online(self, online: bool) -> None:
        loop = asyncio.get_running_loop()
        for phone in self.quiet_phones():
            phone.online = online
            if not online:
                # The referent goes on typing; the page keeps it and says it is not connected.
                # (Typed here, not left to the phone's own schedule, which a slow machine can
                # let slip past the few real milliseconds the network is away at high speed.)
                phone.text += "\nSkrevet mens nettet var borte."
                self.phone_tasks.append(loop.create_task(phone.sync()))
            elif phone.missed:  # the page retries at once when the network is back
                self.phone_tasks.append(loop.create_task(phone.sync()))

    # -- the Referater section --------------------------------------------------------------------
    def watch_referater(self) -> None:
        from app.referent.summaries import block_for_kvadrant

        view = self.window.referater_view
        block = block_for_kvadrant(self.session.db, 1)
        if block is not None:
            view.set_block(block.id)
        view.select_row(0)

    def read_referat(self, row: int) -> None:
        self.window.referater_view.select_row(row)

    def laptop_edit(self) -> Awaitable[None]:
        from PySide6.QtGui import QTextCursor

        view = self.window.referater_view
        assert self.conflict_group_id is not None
        view.select_group(self.conflict_group_id)
        editor = view.editor
        cursor = editor.text_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(("\n" if editor.text else "") + LAPTOP_ADDITION)
        editor.text_edit.setTextCursor(cursor)
        # A phone's save that crosses the laptop's makes «To versjoner» at once (the laptop's text
        # is then the second version); otherwise the phone's next save does.
        return self.again_if_busy("save table 8's referat on the laptop", lambda: editor.save_now() or self._crossed())

    def _crossed(self) -> bool:
        if not self.window.referater_view.editor.in_conflict:
            return False
        self.laptop_conflicts += 1
        self.say("a save from table 8's phone crossed the laptop's: «To versjoner»")
        return True

    def merge_begin(self) -> None:
        view = self.window.referater_view
        assert self.conflict_group_id is not None
        view.select_group(self.conflict_group_id)
        if not view.editor.in_conflict:
            self.say("(table 8 shows no conflict: the phone has not saved since the laptop did)")
            return
        view.editor.conflict_panel.merge_button.click()

    async def merge_save(self) -> None:
        from PySide6.QtGui import QTextCursor

        view = self.window.referater_view
        editor = view.editor
        row = view.model.row_of(self.conflict_group_id) if self.conflict_group_id is not None else None
        state = view.model.state(row) if row is not None else None
        if state is None or state.conflict is None:
            return
        # The person keeps the phone's text and adds the laptop's line once (not both whole texts).
        from app.referent.summaries import PHONE

        phone = state.conflict.text if state.conflict.source == PHONE else state.text
        merged = phone.rstrip() + ("" if LAPTOP_ADDITION in phone else "\n" + LAPTOP_ADDITION)
        cursor = editor.text_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(merged)
        editor.text_edit.setTextCursor(cursor)

        def save() -> bool:
            editor.conflict_panel.save_merge_button.click()
            return not editor.in_conflict

        await self.again_if_busy("save the merge of table 8", save)

    # -- the end of the day -----------------------------------------------------------------------
    def make_kommunegrupper(self) -> None:
        self.window.groups_view.set_kvadrant(4)
        plan = self.session.make_plan(kvadrant=4, seed=1)
        groups = [t for t in plan.tables if t.members]
        self.say(f"{len(groups)} kommunegrupper, each with its veileder")

    async def export(self) -> None:
        from PySide6.QtCore import QTimer

        view = self.window.export_view
        out = self.work / "eksport"
        view.folder_edit.setText(str(out))
        for box in view.format_boxes.values():
            box.setChecked(True)
        done: asyncio.Future[list[Path]] = asyncio.get_running_loop().create_future()

        def finished(paths: list[Path]) -> None:
            if not done.done():
                done.set_result(list(paths))

        view.exported.connect(finished)
        QTimer.singleShot(0, view.export_button.click)  # as the facilitator clicks "Eksporter"
        try:
            self.counts.exported = await asyncio.wait_for(done, timeout=300)
        finally:
            view.exported.disconnect(finished)
        self.say(f"{len(self.counts.exported)} files written to {out}")
