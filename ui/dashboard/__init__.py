"""The dashboard page: tiles and charts of where the work stands, each opening its list."""
