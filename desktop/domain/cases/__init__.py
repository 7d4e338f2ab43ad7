"""Referral cases (เรื่อง): the workflow table, categories, case numbers, intake and step rules,
service levels, and the plain records that cross into the UI — all free of the database."""
