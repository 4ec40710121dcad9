"""Section Eksport: the minutes in every format, written in the background.

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('export_view',)
