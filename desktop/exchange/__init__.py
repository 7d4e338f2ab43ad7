"""desktop/exchange."""
