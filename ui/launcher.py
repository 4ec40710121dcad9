"""Entry point of the ``kvadrant`` command: the CLI, which starts Qt only to open the app."""
from __future__ import annotations

import sys
from pathlib import Path


def open_app(path: Path | None) -> int:
    from ui.app_main import run_app

    return run_app(path)


def main() -> None:
    from app.cli import main as cli_main

    sys.exit(cli_main(open_app=open_app))


if __name__ == "__main__":
    main()
