"""Starting the rehearsal: the command line, the app on a qasync loop, and a clean end.

:class:`Rehearsal` runs the day (:func:`.timeline.play`) with the clock ticking, stops it when
``--seconds`` have passed or the person closes the window, then puts the phones away, stops the
referent server, closes the window (and the file) and prints the summary. :func:`main` is what
``scripts/rehearsal.py`` runs.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
import traceback
from typing import Any

from .day import START, at, hm
from .facilitator import Facilitator
from .screenshots import snap_every
from .summary import summary
from .timeline import play


class Rehearsal(Facilitator):
    """The whole rehearsal: the clock ticking, the day played, then a clean end whatever happened."""

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        print(f"Kvadrant rehearsal: the Gardermoen 2020 day at {self.speed:g}× (from {hm(at(START))}, simulated)")
        print(f"  working folder: {self.work}")
        self.window.show()
        helpers = [loop.create_task(self.clock.run(self._tick))]
        if self.shots is not None:
            helpers.append(loop.create_task(snap_every(self, 10)))
        if self.args.seconds:
            loop.call_later(self.args.seconds, self.stop.set)
        scenario = loop.create_task(play(self))
        stopper = loop.create_task(self.stop.wait())
        await asyncio.wait({scenario, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if not scenario.done():
            self.stopped_early = True
            scenario.cancel()
        try:
            await scenario
        except asyncio.CancelledError:
            pass
        except Exception:  # noqa: BLE001 - reported, then the app is closed cleanly all the same
            self.error("the scenario failed:\n" + traceback.format_exc().strip())
        # The end: phones put away, the server stopped, the window (and with it the file) closed.
        self.closing = True
        for task in [*self.phone_tasks, *helpers, stopper]:
            task.cancel()
        await asyncio.gather(*self.phone_tasks, *helpers, stopper, return_exceptions=True)
        if self.http is not None:
            await self.http.close()
        await self.window.referent_service.stop_async()
        self.window.close()  # closes the projector, waits for the export worker, closes the file
        if self.session.is_open:
            self.error("the conference file is still open")
        print(summary(self))
        return 1 if self.errors else 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Run the Gardermoen 2020 day visibly in the app, on an accelerated clock.")
    parser.add_argument("--speed", type=float, default=60.0, help="simulated seconds per real second (default 60)")
    parser.add_argument("--offscreen", action="store_true", help="no windows on screen (QT_QPA_PLATFORM=offscreen), for CI")
    parser.add_argument("--seconds", type=float, default=0.0, help="stop after this many real seconds")
    parser.add_argument("--keep", metavar="FOLDER", help="write the conference file here instead of a temporary folder")
    parser.add_argument("--screenshots", metavar="FOLDER", help="save PNGs of the main window and the projector here")
    args = parser.parse_args(argv)
    if args.speed <= 0:
        parser.error("--speed must be more than 0")
    if args.seconds < 0:
        parser.error("--seconds must not be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print("rehearsal: no display to show the app on; use --offscreen", file=sys.stderr)
        return 2

    import qasync
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Kvadrant")
    app.setApplicationName("Kvadrant")
    app.setQuitOnLastWindowClosed(False)  # closing the window stops the rehearsal, which then ends cleanly
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    rehearsal = Rehearsal(args)

    def excepthook(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        rehearsal.error("".join(traceback.format_exception(kind, error, tb)).strip())

    def loop_exception(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            excepthook(type(error), error, error.__traceback__)
        else:
            rehearsal.error(str(context.get("message")))

    sys.excepthook = excepthook
    loop.set_exception_handler(loop_exception)
    if args.offscreen:
        # Nobody can click a dialog offscreen; the scenario never asks one, so one is a failure.
        from app.common.messages import KvadrantError
        from ui.shell.messages import message_text

        busy = message_text(KvadrantError("file_locked", path=str(rehearsal.path)).message)

        def no_dialog(box: QMessageBox) -> int:
            if box.text() != busy:  # a busy file is counted and tried again by the scenario
                rehearsal.error(f"a dialog would have shown: {box.text()} {box.informativeText()}".strip())
            return int(QMessageBox.StandardButton.Ok.value)

        QMessageBox.exec = no_dialog  # type: ignore[method-assign]

    with loop:
        code = loop.run_until_complete(rehearsal.run())
    asyncio.set_event_loop(None)
    return code
