"""Table plans. ``table_plan`` is the algorithm (pure: people in, tables out, no file), made of
``table_dealing``, ``table_repairs``, ``table_repeats`` and ``table_seating``. The service that
keeps plans in the file: ``plans`` makes them (and re-exports the rest), ``reading`` turns a stored
plan into values, ``editing`` moves people, roles, locks and merges, ``presence`` fits the plans
when people arrive late or do not come, ``snapshots`` puts a plan back for undo.

Layer 3: imports ``app.roster``, ``app.conference_file`` and ``app.common``.
"""
