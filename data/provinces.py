"""Province-level constants of the domain, defined once (ISO 3166-2:KR codes)."""

from __future__ import annotations

NATION = "KR"
CAPITAL_REGION = ("KR-11", "KR-28", "KR-41")  # Seoul, Incheon, Gyeonggi (수도권)
