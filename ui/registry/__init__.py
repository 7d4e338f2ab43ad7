"""The registry of volunteers and graduates: list, record dialog, status changes, printing."""
