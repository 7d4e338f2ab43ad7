"""desktop/documents."""
