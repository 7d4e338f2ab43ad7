"""User administration for the office administrator: the users page, its table model and dialogs."""
