"""What autogenerate and the schema-equality test leave alone: search structures the
migrations create by hand (SQLite FTS5 tables and their shadow tables, PostgreSQL trigram
indexes) that are not part of the models."""

HAND_MADE_PREFIXES = ("person_fts", "case_fts", "ix_trgm_")


def include_object(obj, name, type_, reflected, compare_to):
    return not (name and name.startswith(HAND_MADE_PREFIXES))
