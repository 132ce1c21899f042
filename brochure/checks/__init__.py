"""Checks that look at a whole edition before it is printed; each returns a list of problems."""
