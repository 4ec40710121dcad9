"""The frame every section lives in: the main window, the start page, settings and the
language, the conference session (the one object that talks to the core and says what changed),
and what every section shares: style, formatting, messages, dialogs and their buttons.

Other sections import only the modules in ``PUBLIC``; the rest are this section's own widgets
(``tests/test_architecture.py`` keeps it so).
"""

PUBLIC: tuple[str, ...] = ('conference_session', 'changes', 'retranslating', 'undo', 'background', 'style', 'formatting', 'messages', 'dialog_buttons', 'settings', 'i18n', 'conference_dialog', 'app_main', 'card_board')
