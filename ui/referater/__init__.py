"""Section Referater: the board of every group's summary, the editor and its conflict view,
the referent server on the app's loop, and the QR codes for the phones.

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('referater_view', 'referent_service')
