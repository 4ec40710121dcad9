"""Kvadrant's core: the conference file, its domain and services. Knows nothing of Qt."""
