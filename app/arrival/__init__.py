"""Layer 5: the participants' own phones at the venue: one link for the hall, finding a name,
the person's tables and the programme now and next, and checking oneself in.

May import ``common``, ``conference_file``, ``roster``, ``groups``, ``run`` and ``referent`` (its
routes are added to the referent server, which is the venue's one server).
"""
