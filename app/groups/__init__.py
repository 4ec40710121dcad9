"""Table plans. ``table_plan`` is the algorithm (pure: people in, tables out, no file);
``plans`` is the service that stores plans in the file, edits them and repairs them when people
arrive late or do not come.

Layer 3: imports ``app.roster``, ``app.conference_file`` and ``app.common``.
"""
