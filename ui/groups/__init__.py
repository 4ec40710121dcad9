"""Section Grupper: the table plans side by side with drag and drop, locks, figures and printing.

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('groups_view',)
