"""Database layer: SQLAlchemy 2 typed models, engine/session factory, queries, Alembic migrations.

Nothing here imports ``desktop`` or Qt.
"""
