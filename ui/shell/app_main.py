"""Starting the app: the QApplication, its language, the asyncio loop on Qt's loop (qasync),
the main window and what it opens first."""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.common.clock import freeze_startup_objects

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow
    from ui.shell.settings import Settings


def run_app(path: Path | None, *, settings: Settings | None = None) -> int:
    """Show the main window and run until it closes; returns the exit code.

    Opens ``path`` if given (a bad file is explained, then the start page shows), else the last
    file if it still opens, else the start page. ``settings`` defaults to this laptop's.
    """
    import qasync

    from ui.shell.i18n import LanguageInstaller
    from ui.shell.main_window import MainWindow
    from ui.shell.messages import make_excepthook

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("Kvadrant")
    app.setApplicationName("Kvadrant")

    if settings is None:
        from ui.shell.settings import Settings

        settings = Settings.for_this_laptop()
    languages = LanguageInstaller(app)
    languages.set_language(settings.language)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    window = MainWindow(settings=settings, languages=languages)
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook(lambda: window if window.isVisible() else None)

    def loop_exception(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            print(f"kvadrant: {context.get('message')}", file=sys.stderr)

    loop.set_exception_handler(loop_exception)
    window.show()
    open_first(window, path)
    freeze_startup_objects()
    if os.environ.get("KVADRANT_SMOKE_TEST"):
        QTimer.singleShot(300, lambda: _smoke_report(window))

    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    try:
        with loop:
            loop.run_until_complete(closed.wait())
    finally:
        sys.excepthook = previous_hook
        asyncio.set_event_loop(None)
    return 0


def open_first(window: MainWindow, path: Path | None) -> None:
    """What the window opens at start: ``path``, else the last file if it still opens."""
    if path is not None:
        window.open_file(Path(path))
        return
    last = window.settings.last_file
    if last is not None and last.is_file():
        window.open_file(last, quiet=True)


def _smoke_report(window: MainWindow) -> None:
    """For the build's smoke test (KVADRANT_SMOKE_TEST=1): say what started and what is bundled,
    then quit. Prints one line per fact so a script can check them."""
    from app.common.paths import resource

    print(f"window: {window.windowTitle()}", flush=True)
    for part in (("i18n", "kvadrant_en.qm"), ("fonts", "DejaVuSans.ttf"), ("sounds", "chime.wav"), ("referent", "app.js")):
        print(f"resource {'/'.join(part)}: {'ok' if resource(*part).is_file() else 'MISSING'}", flush=True)
    window.close()
    QApplication.instance().quit()
