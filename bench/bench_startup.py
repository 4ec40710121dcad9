"""Startup time: from process start to the main window shown on the demo conference, offscreen.

Measured from the parent: it spawns a small child that builds the window the way ``run_app``
does (QApplication, translator, qasync loop, MainWindow, open the file, show, process events)
and prints one line once the window is exposed; the time is from ``Popen`` to that line. The
child also reports its own breakdown so we know where the time goes. Prints figures, asserts
nothing. Target: under 1.5 s.

    python bench/bench_startup.py [--runs 5] [--language nb|en]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import time
t_start = time.perf_counter()
import os, sys, json
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
t_qt = time.perf_counter()
import qasync
from ui.shell.i18n import LanguageInstaller
from ui.shell.main_window import MainWindow
from ui.shell.settings import Settings
t_imports = time.perf_counter()
app = QApplication([])
settings = Settings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
settings.language = sys.argv[4]
LanguageInstaller(app).set_language(settings.language)
loop = qasync.QEventLoop(app)
t_app = time.perf_counter()
window = MainWindow(settings=settings)
t_window = time.perf_counter()
window.show()
window.open_file(sys.argv[2])
t_open = time.perf_counter()
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
t_shown = time.perf_counter()
ms = lambda a, b: round((b - a) * 1000, 1)
print("shown " + json.dumps({
    "import Qt": ms(t_start, t_qt),
    "import app/ui (+qasync)": ms(t_qt, t_imports),
    "QApplication+translator+loop": ms(t_imports, t_app),
    "build MainWindow": ms(t_app, t_window),
    "open demo file": ms(t_window, t_open),
    "show+first paint": ms(t_open, t_shown),
    "child total (after interpreter start)": ms(t_start, t_shown),
    "title": window.windowTitle(),
}), flush=True)
"""


def time_child(demo: Path, ini: Path, language: str) -> tuple[float, dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(demo), str(ini), language],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("shown "):
            elapsed = time.perf_counter() - started
            child.kill()
            child.wait()
            return elapsed, json.loads(line[len("shown "):])
    child.wait()
    raise RuntimeError(f"the child never showed the window:\n{child.stderr.read() if child.stderr else ''}")


def bare_python() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--language", default="nb", choices=("nb", "en"))
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from app.roster.demo import create_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.kvadrant"
        create_demo(demo).close()
        ini = Path(folder) / "settings.ini"
        time_child(demo, ini, args.language)  # warm the disk cache; not counted
        times, breakdowns = [], []
        for _ in range(args.runs):
            elapsed, breakdown = time_child(demo, ini, args.language)
            times.append(elapsed)
            breakdowns.append(breakdown)
        baseline = min(bare_python() for _ in range(3))

    print(f"startup to main window shown on the demo ({args.runs} runs, offscreen, {args.language}):")
    print(f"  median {statistics.median(times):.3f} s   min {min(times):.3f} s   max {max(times):.3f} s   (target < 1.5 s)")
    print(f"  bare 'python -c pass': {baseline:.3f} s")
    print("  child's own breakdown, median of runs (ms):")
    for key in breakdowns[0]:
        if key == "title":
            continue
        print(f"    {key:40s} {statistics.median(b[key] for b in breakdowns):8.1f}")
    print(f"  window title: {breakdowns[0]['title']}")


if __name__ == "__main__":
    main()
