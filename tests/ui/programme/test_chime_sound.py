"""Regression: PySide6 6.12.0 on Python 3.11 took a reference from None on every void call and
aborted the process after enough of them ("none_dealloc"). pyproject pins a sound version."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Probe(QObject):
    fired = Signal()


def test_void_calls_and_emits_keep_none_and_true_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    probe = _Probe()
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        label.setText("x")
        probe.fired.emit()
    assert abs(sys.getrefcount(None) - none) < 50
    assert abs(sys.getrefcount(True) - true) < 50
