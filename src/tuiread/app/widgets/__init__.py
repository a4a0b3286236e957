"""One module per pane: outline, article text, quotes, speakers, status line, search bar."""
