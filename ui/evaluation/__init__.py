"""Section Evaluering: the questionnaire (made from the template, edited with undo, opened and
closed on the phones, printed and typed in from paper), the live results, and the coding board
that sorts the open answers into categories.

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('evaluation_view',)
