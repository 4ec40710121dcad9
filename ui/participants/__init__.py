"""Section Deltakere: the participants table (model, delegates, dialog), the roster import
preview, and the check-in panel the Grupper section shows beside its tables.

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('participants_view', 'import_dialog', 'checkin_panel')
