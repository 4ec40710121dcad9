#!/usr/bin/env python3
"""The Gardermoen 2020 day, run visibly in the real app on an accelerated clock, for a person to watch.

    python scripts/rehearsal.py                 # 60×: the 6½-hour day in about 7 minutes
    python scripts/rehearsal.py --speed 120     # twice as fast
    python scripts/rehearsal.py --offscreen --speed 600 --seconds 25   # a quick check (CI)

What happens, in the real main window (with the real session, run controller, projector window,
Referater section and referent server on the app's own qasync loop):

- 09.10 a new conference from the template "Gardermoen 2020"; a roster of 110 people is imported
  (semicolon CSV, Windows-1252, a title row: as Norwegian Excel saves it); two of them are not
  here yet; the tables of 1. kvadrant are made; the referent server starts; the projector shows.
- 09.30 the blocks run one after another, each started by the facilitator (→) a little late.
- 10.21 check-in in Grupper: three no-shows and two late arrivals; the bar says who moved where.
- 10.30 1. kvadrant: "Finn ditt bord" on the projector (in slow motion, so its pages can be read),
  then the speaker rotation with a chime at each change (if this laptop has sound).
- 10.33 every table's referent writes on a (simulated) phone, saving over HTTP to the app's server:
  the Referater board fills up. Two phones lose the network for six minutes and then catch up;
  at 11.00 the facilitator adds a line to table 8's referat on the laptop while its referent types
  on, so the board shows "To versjoner" until the facilitator merges the two at 11.08. Every group
  delivers before the deadline at 11.30.
- Lunch (the facilitator reads referater), the rest of the day (2. kvadrant gets five more
  minutes), the day ends at 16.02; the kommunegrupper of 4. kvadrant are made, and the minutes
  are exported in every format into a temporary folder that is printed.

The main window shows the section that matters: Program during plenum, Grupper at check-in,
Referater while phones write, Eksport at the end. It ends cleanly (phones stopped, server stopped,
file closed) and prints what ran. The person's own settings are not touched (a temporary INI).

Options: --speed N (default 60), --offscreen (QT_QPA_PLATFORM=offscreen, for CI), --seconds S (stop
after S real seconds), --keep FOLDER (the conference file goes there, not in the temporary folder),
--screenshots FOLDER (PNG of the main window and the projector after each step and every ten
simulated minutes).

The rehearsal's parts are in ``scripts/rehearsal_parts/`` (the day, the clock, the phones, the
facilitator's actions, the timeline, screenshots, the summary, starting it); this file runs it.
"""
from __future__ import annotations

import sys

from rehearsal_parts.main import main

if __name__ == "__main__":
    sys.exit(main())
