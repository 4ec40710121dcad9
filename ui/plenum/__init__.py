"""Section Plenum: the closing plenum's board (every group's key points as cards, sorted into
themes with undo, with suggested themes to accept) and the plenum view on the projector (one
theme at a time or all at once, stepped through with the presenter keys).

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('plenum_view',)
