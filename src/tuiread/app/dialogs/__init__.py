"""Modal dialogs: the export dialog and the overwrite confirmation."""
