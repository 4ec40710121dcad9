"""The projector: the frameless window on the chosen screen, the painter that draws every
state of the day for the back row, and the choice of screen.

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('projector_window', 'projector_painter', 'screens')
