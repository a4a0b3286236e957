"""A library: many articles (a folder, several, a glob, or JSONL shards) in one SQLite index,
searched and read across. Pure data: nothing here imports the UI; the CLI (`tuiread index`,
`search`, `quotes`) and a library screen share it.

The parts, in the order a caller meets them:

- `sources`: which files a library's inputs stand for, and where its index lives by default.
- `opening`: `plan_library(inputs, index)` names a library (LibraryError, one line, if none),
  `plan.update(library, progress)` brings it up to date.
- `index`: `Library.open(path)` (FTS5 checked; a damaged file rebuilt, with `notices`),
  `update` / `import_records` (incremental, in batches, resumable), `articles()`.
- `records`: `stored_from_record` — one mapping from an article's JSON record (or a parsed
  `Article`) to the rows the index keeps.
- `search`: `search(library, query)` → `SearchHit` rows with the offset of each hit.
- `people`: `people(library)`, `find_person(library, name)`, `person_quotes(library, person)`,
  and `merge_names`, the rules that join one person's names across articles.
- `export`: `quotes_markdown(quotes, heading)`, quotes grouped by article with source lines.
- `database`, `work`: the SQLite file (schema, WAL, lock) and the per-article work (parsing
  in worker processes, reading shards) that `index` uses.

Modules are imported on their own (``from tuiread.library.search import search``): importing
this package loads none of them.
"""
