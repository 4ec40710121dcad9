"""The evaluation (seed 004): the questionnaire, the anonymous responses from phones and paper,
the live results, and coding the open answers into categories on a board.

Layer 4 (beside ``run`` and ``referent``): it reads the file, the roster's presence and the
summaries' rows; ``minutes`` prints it and ``arrival`` serves it to the phones.
"""
