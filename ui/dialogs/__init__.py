"""Dialogs shown before the main window: first-run set-up and sign-in."""
