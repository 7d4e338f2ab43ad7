"""Mentoring in the window: the mentor's workspace, visits, evaluations, templates, awards."""
