"""Blocking work (writing PDFs, Word and Excel files) off the GUI thread, one job at a time.

The work runs on a single worker thread of its own and reads the file through its own
connection (``ConferenceDb`` serialises writes); its progress, result or failure come back to the
GUI thread as queued signals, so no widget is touched from the worker.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

#: The work: given a callback for its progress (0..1), it returns its result.
Work = Callable[[Callable[[float], None]], Any]


class Background(QObject):
    progress = Signal(float)
    finished = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised

    def __init__(self, parent: QObject | None = None, *, executor: ThreadPoolExecutor | None = None, name: str = "kvadrant-work") -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def run(self, work: Work) -> None:
        def job() -> None:
            try:
                result = work(self.progress.emit)
            except Exception as error:  # noqa: BLE001 - reported in the window, never a traceback
                self.failed.emit(error)
                return
            self.finished.emit(result)

        self._executor.submit(job)

    def shutdown(self) -> None:
        """Let running work finish (the window is closing)."""
        self._executor.shutdown(wait=True)
