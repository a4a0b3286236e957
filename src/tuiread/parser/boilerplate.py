"""What is not article text: related-link lines, credits, ads and prompts.

Each pattern must match a whole unit (a line standing alone); a sentence that
merely mentions "read more" or "Reuters" is article text and stays. A link line
without a colon is recognised only in capitals (``READ MORE Bridge closes``):
in any case it would take sentences like "Related lawsuits were filed…".
"""

from __future__ import annotations

import re

_ARROWS = r"[►▶▸→»>•*\-–—]*"

RELATED = re.compile(
    rf"""^{_ARROWS}\s*\[?\s*(?:
        to\ read\ also | read\ also | also\ read | read\ more | more\ reading | further\ reading
      | related(?:\ (?:articles?|stories|story|coverage|content|links?|reading))?
      | see\ also | also\ see | also\ on\ \w+ | more\ on\ this(?:\ story)? | more | recommended(?:\ for\ you)?
      | you\ may\ also\ like | you\ might\ also\ like | don'?t\ miss | must\ read | watch | listen
      | lire\ aussi | à\ lire\ aussi | leer\ más | lesen\ sie\ auch
    )\s*\]?\s*(?::|-|–|—|\|)\s*\S.*$
    | ^{_ARROWS}\s*(?-i:READ\ MORE|RELATED|SEE\ ALSO)\b.*$
    | ^\s*(?:►|▶)\s*\S.*$
    """,
    re.IGNORECASE | re.VERBOSE,
)

_AGENCIES = (
    r"AFP|AP|Reuters|UPI|dpa|DPA|Bloomberg|ANSA|EFE|Kyodo|Xinhua|TASS|Interfax|PA|CNN|BBC"
    r"|Agence\ France[- ]Presse|Associated\ Press|The\ Associated\ Press|AFP\ and\ Reuters|Reuters\ and\ AFP"
)
CREDIT = re.compile(
    rf"""^\s*(?:
        \(\s*(?:with|avec|mit|con)\s+[^()]{{1,60}}\)\.?
      | \(\s*(?:{_AGENCIES})(?:\s*(?:,|/|and|&)\s*(?:{_AGENCIES}))*\s*\)\.?
      | [—–-]\s*(?:with\ )?(?:{_AGENCIES})\.?
      | \(?(?:additional\ )?reporting\ by\s[^\n]{{1,200}}\)?\.?
      | \(?(?:writing|editing|compiled)\ by\s[^\n]{{1,200}}\)?\.?
      | (?:copyright|©)\s[^\n]{{0,120}}(?:all\ rights\ reserved|associated\ press|reuters|afp)[^\n]{{0,40}}
      | (?:source|sources|credit|photo\ credit)\s*:\s*(?:{_AGENCIES})\.?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

BOILERPLATE = re.compile(
    r"""^\s*\[?\s*(?:
        advertisement | advertising | sponsored(?:\ content)? | ad | paid\ content | skip\ advertisement
      | share(?:\ this)?(?:\ (?:article|story|post|page))?(?:\ on\ \w+(?:\ and\ \w+)?)?
      | share\ (?:on|via)\ [\w ,/]+ | tweet(?:\ this)? | email(?:\ this)? | print(?:\ this)? | pin\ it
      | (?:click|tap)\ (?:here|to)\b[^\n]{0,80}
      | (?:sign\ up|subscribe|register)\b[^\n]{0,100}(?:newsletter|updates|inbox|alerts|free|today|now|here)[^\n]{0,40}
      | (?:get|receive)\ (?:our|the)\b[^\n]{0,60}newsletter[^\n]{0,40}
      | follow\ us\ on\b[^\n]{0,80}
      | like\ us\ on\ facebook[^\n]{0,40}
      | story\ continues\ below | continue\ reading(?:\ the\ main\ story)?(?:\ below)? | article\ continues\ below
      | supported\ by | loading\.{0,3} | comments? | \d+\ comments? | show\ comments | view\ comments
      | (?:image|photo|video|graphic)(?:\ credit)?\s*:[^\n]{0,120}
      | (?:getty\ images|afp\ via\ getty\ images|ap\ photo[^\n]{0,60})
      | scroll\ (?:down|to\ continue)[^\n]{0,40}
      | this\ article\ (?:was|has\ been)\ (?:updated|amended)[^\n]{0,100}
      | [*#=_~\-–—·•]{3,}
    )\s*\]?\s*[.!]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def classify_line(unit: str) -> str | None:
    """``"related"``, ``"credit"``, ``"boilerplate"``, or None for article text."""
    if len(unit) > 300:
        return None
    if CREDIT.match(unit):
        return "credit"
    if RELATED.match(unit):
        return "related"
    if BOILERPLATE.match(unit):
        return "boilerplate"
    return None
