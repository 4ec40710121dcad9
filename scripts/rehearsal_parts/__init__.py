"""The parts of the visible rehearsal (``scripts/rehearsal.py``): the Gardermoen day in the real app.

``day`` holds the day's facts and the words people write; ``clock`` the accelerated clock;
``phone`` a referent's phone speaking the referent API; ``harness`` the app under rehearsal and
what every part needs of it; ``facilitator`` what the facilitator does at the laptop; ``timeline``
when each of those happens; ``screenshots`` and ``summary`` what is shown and told; ``main`` the
command line and a clean start and end.

Importing the package puts the project's root on ``sys.path``, so ``app`` and ``ui`` import
however the script is started.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
