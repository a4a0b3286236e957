"""Save ``docs/tuiread.svg``: the app on the founding sample, wide, a paragraph selected and a quote shown.

python docs/make_screenshot.py
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tuiread.app.app import ArticleSource, TuireadApp

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "samples" / "nato-russia-dialogue.txt"


async def main() -> None:
    app = TuireadApp(
        ArticleSource(SAMPLE), settings_path=Path("no-such-folder/settings.json"), export_dir=Path("."), remember=False
    )
    app.animation_level = "none"
    async with app.run_test(size=(150, 44)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("space", "n", "n", "n")
        await pilot.pause()
        app.save_screenshot("tuiread.svg", path=str(HERE))


if __name__ == "__main__":
    asyncio.run(main())
