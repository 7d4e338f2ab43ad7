"""Bringing an office's existing sheets into the database: people and referral cases."""
