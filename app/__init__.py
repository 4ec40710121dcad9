"""Kvadrant's core: everything a facilitator can do, with no Qt and no screen.

Packages by capability, in layers that import only downward (``tests/test_architecture.py``
keeps it so; a package may also import its own modules):

0. ``common``          words, errors, paths, the clock, roles
1. ``conference_file`` the file itself: storage, schema, migrations, settings, templates
2. ``roster``          the participants and the roster import
3. ``groups``          table plans: the algorithm and the service that stores and repairs them
4. ``run``, ``referent`` the run of the day; the referents' summaries and their server;
   ``evaluation``      the questionnaire, its anonymous responses, results and coding board
   (siblings: none imports another)
5. ``plenum``          the closing plenum: the groups' key points sorted into themes;
   ``arrival``         the participants' phones: find your table, check in, the programme
6. ``minutes``         the minutes and every printed thing, from one gathered model
7. ``cli``             the ``kvadrant`` command
"""

#: Each package's layer, as listed above: a module may import its own package and packages of a
#: lower layer only. ``tests/test_architecture.py`` reads this.
LAYERS: dict[str, int] = {
    "common": 0,
    "conference_file": 1,
    "roster": 2,
    "groups": 3,
    "run": 4,
    "referent": 4,
    "evaluation": 4,
    "series": 4,
    "plenum": 5,
    "arrival": 5,
    "minutes": 6,
    "cli": 7,
}
