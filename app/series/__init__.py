"""A series of conferences: the next day made from this one, and the days of a series side by side."""
