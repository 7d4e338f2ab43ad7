"""registry, accounts and audit

Revision ID: 0001
Revises:
Create Date: 2026-11-23 01:48:34.140912
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types
from db.pg_roles import require_extension

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "office",
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("case_prefix", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", db.types.UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_audit_event_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_event_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "person",
        sa.Column(
            "kind",
            sa.Enum(
                "domestic_volunteer",
                "overseas_volunteer",
                "graduate",
                name="person_kind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("national_id", sa.String(length=13), nullable=False),
        sa.Column("title", sa.String(length=40), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column(
            "name_sort_key",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "gender",
            sa.Enum("male", "female", "other", name="gender", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("line_id", sa.String(length=100), nullable=False),
        sa.Column("house_no", sa.String(length=50), nullable=False),
        sa.Column("village_no", sa.String(length=10), nullable=False),
        sa.Column("soi_road", sa.String(length=200), nullable=False),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=False),
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column(
            "district_sort_key",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("postcode", sa.String(length=5), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("occupation", sa.String(length=200), nullable=False),
        sa.Column("education", sa.String(length=200), nullable=False),
        sa.Column("degree", sa.String(length=200), nullable=False),
        sa.Column("contract_start", sa.Date(), nullable=True),
        sa.Column("contract_end", sa.Date(), nullable=True),
        sa.Column("appointed_on", sa.Date(), nullable=True),
        sa.Column("appointment_order", sa.String(length=100), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "suspended",
                "resigned",
                "deceased",
                "removed",
                name="person_status",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_person_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_person_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("national_id", name=op.f("uq_person_national_id")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_district_code"), ["district_code"], unique=False
        )
        batch_op.create_index(
            "ix_person_district_sort", ["district_sort_key", "name_sort_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_first_name"), ["first_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_last_name"), ["last_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_name_sort_key"), ["name_sort_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_phone"), ["phone"], unique=False)
        batch_op.create_index("ix_person_status_sort", ["status", "name_sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_term_end"), ["term_end"], unique=False)

    op.create_table(
        "user_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin", "clerk", "mentor", "supervisor", name="role", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_user_role_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_role")),
        sa.UniqueConstraint("user_id", "role", name=op.f("uq_user_role_user_id")),
    )
    with op.batch_alter_table("user_role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_role_user_id"), ["user_id"], unique=False)

    op.create_table(
        "person_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_area_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_area")),
        sa.UniqueConstraint("person_id", "subdistrict_code", name=op.f("uq_person_area_person_id")),
    )
    with op.batch_alter_table("person_area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_area_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_area_subdistrict_code"), ["subdistrict_code"], unique=False
        )

    op.create_table(
        "status_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "suspended",
                "resigned",
                "deceased",
                "removed",
                name="person_status",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", db.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["app_user.id"],
            name=op.f("fk_status_history_changed_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_status_history_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_history")),
    )
    with op.batch_alter_table("status_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_history_person_id"), ["person_id"], unique=False
        )

    _create_search_structures()
    _make_audit_append_only()


def downgrade() -> None:
    _drop_hand_made()
    with op.batch_alter_table("status_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_history_person_id"))

    op.drop_table("status_history")
    with op.batch_alter_table("person_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_area_subdistrict_code"))
        batch_op.drop_index(batch_op.f("ix_person_area_person_id"))

    op.drop_table("person_area")
    with op.batch_alter_table("user_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_role_user_id"))

    op.drop_table("user_role")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_term_end"))
        batch_op.drop_index("ix_person_status_sort")
        batch_op.drop_index(batch_op.f("ix_person_phone"))
        batch_op.drop_index(batch_op.f("ix_person_name_sort_key"))
        batch_op.drop_index(batch_op.f("ix_person_last_name"))
        batch_op.drop_index(batch_op.f("ix_person_kind"))
        batch_op.drop_index(batch_op.f("ix_person_first_name"))
        batch_op.drop_index("ix_person_district_sort")
        batch_op.drop_index(batch_op.f("ix_person_district_code"))

    op.drop_table("person")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))

    op.drop_table("audit_event")
    op.drop_table("office")
    op.drop_table("app_user")


def _create_search_structures() -> None:
    """Substring search over person.search_text: FTS5 trigram (SQLite) or pg_trgm (PostgreSQL)."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE person_fts USING fts5("
            "search_text, content='person', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN "
            "INSERT INTO person_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
            "INSERT INTO person_fts(person_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER person_fts_au AFTER UPDATE OF search_text ON person BEGIN "
            "INSERT INTO person_fts(person_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); "
            "INSERT INTO person_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
    elif bind.dialect.name == "postgresql":
        # Installed once by the DBA; made here only when this role may (no superuser needed).
        require_extension(bind, "pg_trgm")
        op.execute(
            "CREATE INDEX ix_trgm_person_search ON person USING gin (search_text gin_trgm_ops)"
        )


def _make_audit_append_only() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"
            )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
        )


def _drop_hand_made() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS person_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
