"""Mentoring: visit rules, evaluation templates and grading, and the plain records of
assignments, visits and evaluations — all free of the database."""
