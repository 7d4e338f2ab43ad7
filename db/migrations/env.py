"""Alembic environment: runs on the engine the application hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from db.migrations.env_filters import include_object
from db.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
            compare_type=True,
            # Every revision of one upgrade in one transaction, also on SQLite (whose engine
            # emits a real BEGIN; see db.migrate): a killed upgrade leaves the schema it found.
            transactional_ddl=True,
            transaction_per_migration=False,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
