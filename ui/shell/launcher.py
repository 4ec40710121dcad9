"""Entry point of the ``kvadrant`` command: the CLI, which starts Qt only to open the app."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _no_display() -> bool:
    """On Linux without X11, Wayland or a chosen Qt platform, Qt would abort with a core dump."""
    return sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def open_app(path: Path | None) -> int:
    if _no_display():
        where = f" ({path} is ready)" if path else ""
        print(f"kvadrant: no display to open the app on{where}; set DISPLAY or QT_QPA_PLATFORM.", file=sys.stderr)
        return 2
    from ui.shell.app_main import run_app

    return run_app(path)


def main() -> None:
    from app.cli.commands import main as cli_main

    sys.exit(cli_main(open_app=open_app))


if __name__ == "__main__":
    main()
