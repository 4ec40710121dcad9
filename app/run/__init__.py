"""The run of the day: editing the programme's blocks, and the run log replayed into what is on
now (block, countdown, speaker slot), always from timestamps of the injected clock.

Layer 4: imports ``app.groups`` and below; never ``app.referent`` (its sibling).
"""
