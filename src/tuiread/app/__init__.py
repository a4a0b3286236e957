"""The Textual app. Imported only when the app runs: the parser never loads it."""
