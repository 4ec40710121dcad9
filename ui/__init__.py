"""Kvadrant's Qt layer, one package per section of the main window (see ``README.md``,
"Code map"). Thin: widgets call the core through ``shell.conference_session`` and refresh on its
one ``changed`` signal.
"""
