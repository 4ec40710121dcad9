"""The core (app/) never imports Qt or ui/, and the headless CLI commands never start Qt."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCKER = textwrap.dedent(
    """
    import importlib.abc, sys
    BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qasync", "ui")
    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"the core must not import {name}")
    sys.meta_path.insert(0, Blocker())
    """
)


def _run(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(code)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_every_core_module_imports_without_qt() -> None:
    result = _run(
        """
        import pkgutil, importlib, app
        names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.") if ".migrations.versions" not in m.name and not m.name.endswith("migrations.env")]
        for name in names:
            importlib.import_module(name)
        print(len(names))
        """,
        ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 8


def test_headless_cli_commands_do_not_start_qt(tmp_path: Path) -> None:
    roster = ROOT / "resources" / "demo" / "roster.csv"
    result = _run(
        f"""
        from app.cli.commands import main
        def no_app(path):
            raise SystemExit("the app must not start")
        path = {str(tmp_path / "k.kvadrant")!r}
        assert main(["new", path, "--title", "T"], open_app=no_app) == 0
        assert main(["import", path, {str(roster)!r}], open_app=no_app) == 0
        assert main(["participants", path, "--json"], open_app=no_app) == 0
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
