"""Bringing an office's existing sheets into the database (people now; cases later)."""
