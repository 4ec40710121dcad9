"""The projector: the frameless window on the chosen screen, the painter that draws every
state of the day for the back row, and the choice of screen; and what other sections put on
the projector beside the day (``scene_window``: their picture and window; ``scene_surface``:
the text and shapes they draw with).

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('projector_window', 'projector_painter', 'screens', 'scene_window', 'scene_surface')
