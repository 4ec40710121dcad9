"""A series of conferences: the next day made from this one (programme, settings, roster, this
one as history), and the days of a series side by side with who came to which.

Layer 4: it reads and writes conference files (layer 1) and knows no groups, runs or summaries.
"""
