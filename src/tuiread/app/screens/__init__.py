"""Screens own coordination: the main screen holds the article and the selection; the help screen lists keys."""
