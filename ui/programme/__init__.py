"""Section Program: the control panel that runs the day, the programme editor with its undo,
the run controller that replays the run log on the clock, the presenter keys and the chime.

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('programme_view', 'run_controller', 'run_keys')
