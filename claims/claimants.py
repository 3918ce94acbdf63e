"""Who makes claims: one canonical name per person or body, with its country.

Both the extractor and the loader of curated reference claims normalise names
through `normalise_claimant`, so that "Zelenskyy", "Zelensky" and "Volodymyr
Zelensky" are one claimant, one colour and one statement key everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Claimant:
    name: str
    country: str  # ISO 3166-1 alpha-2, or "other"
    role: str | None
    aliases: tuple[str, ...]  # lower-case exact forms, including curated CSV names
    kind: str = "org"  # "person": every alias names the person (so "he" can refer back)
    # people who speak for a body, filed under it ("budanov" -> HUR, "pat ryder" -> Pentagon)
    people: tuple[str, ...] = ()


REGISTRY: tuple[Claimant, ...] = (
    Claimant(
        "Volodymyr Zelensky",
        "UA",
        "President of Ukraine",
        (
            "zelensky",
            "zelenskyy",
            "zelenskiy",
            "zelenskyi",
            "volodymyr zelensky",
            "volodymyr zelenskyy",
            "volodymyr zelenskiy",
            "vladimir zelensky",  # the Russian-style spelling, as Russian state media write it
            "vladimir zelenskyy",
            "ukrainian president",
            "ukraine's president",
            "president zelensky",
            "president zelenskyy",
            "president volodymyr zelensky",
            "president volodymyr zelenskyy",
            "zelenskyy's office",
            "ukrainian president volodymyr zelensky",
            "ukrainian president volodymyr zelenskyy",
            "volodymyr zelenskyi",
            "president zelenskiy",
            "ukrainian leader",
            "vladimir zelensky",
            "vladimir zelenskyy",
        ),
        kind="person",
    ),
    Claimant(
        "John Kirby",
        "US",
        "White House National Security Council spokesperson",
        ("kirby", "john kirby", "john kirby (us national security council)"),
        kind="person",
    ),
    Claimant(
        "South Korea's National Intelligence Service (NIS)",
        "KR",
        "South Korean spy agency",
        (
            "nis",
            "national intelligence service",
            "south korea's national intelligence service",
            "south korea's national intelligence service (nis)",
            "south korea's spy agency",
            "south korean spy agency",
            "seoul's spy agency",
            "south korean intelligence",
            "south korea's intelligence agency",
            "the spy agency",
            "seoul's national intelligence service",
            "south korean intelligence service",
            "south korea's spy service",
            "seoul's intelligence agency",
            "seoul's intelligence service",
            "south korea's intelligence service",
            "national intelligence service (nis)",
            "south korean spy service",
            "spy agency",
            "seoul's spy service",
            "seoul's spies",
            "south korea's spies",
            "south korean spies",
            "seoul's intelligence",
        ),
        people=(
            "cho tae-yong",
        ),
    ),
    Claimant(
        "Ukraine's Defence Intelligence (HUR)",
        "UA",
        "Main Intelligence Directorate of Ukraine's Defence Ministry",
        (
            "hur",
            "gur",
            "ukraine's defence intelligence (hur)",
            "ukraine's military intelligence",
            "ukrainian military intelligence",
            "ukraine's defence intelligence",
            "ukraine's defense intelligence",
            "ukrainian defence intelligence",
            "ukrainian defense intelligence",
            "main intelligence directorate",
            "ukraine's military intelligence agency",
            "ukraine's main intelligence directorate",
            "ukrainian military intelligence agency",
            "defence intelligence of ukraine",
            "defense intelligence of ukraine",
            "ukrainian intelligence",
            "ukraine's intelligence",
            "ukrainian intelligence services",
            "kyiv's military intelligence",
            "kyiv's defence intelligence",
            "kyiv's defense intelligence",
            "ukraine's defense intelligence agency",
            "ukraine's defence intelligence agency",
            "ukrainian defense intelligence agency",
        ),
        people=(
            "kyrylo budanov",
            "budanov",
            "andriy yusov",
            "yusov",
            "andrii yusov",
        ),
    ),
    Claimant(
        "Pentagon (US Department of Defense)",
        "US",
        "US Department of Defense",
        (
            "pentagon",
            "the pentagon",
            "pentagon (us department of defense)",
            "us department of defense",
            "u.s. department of defense",
            "department of defense",
            "us defense department",
            "u.s. defense department",
            "us defence department",
            "defense department",
            "us department of defence",
        ),
        people=(
            "pat ryder",
            "patrick ryder",
            "ryder",
            "sabrina singh",
            "lloyd austin",
            "pete hegseth",
        ),
    ),
    Claimant(
        "Ukrainian Special Operations Forces",
        "UA",
        "Special Operations Forces of the Armed Forces of Ukraine",
        (
            "sso",
            "sof",
            "special operations forces",
            "special operations forces of the armed forces of ukraine",
            "ukrainian special operations forces",
            "ukraine's special operations forces",
            "ukrainian special forces",
            "ukraine's special forces",
            "ukraine's special operations forces (sso)",
            "ukrainian special operations forces (sso)",
            "special operations forces (sso)",
            "ukraine's special operations forces (sof)",
            "ukrainian special operations",
        ),
    ),
    Claimant(
        "South Korea's Joint Chiefs of Staff",
        "KR",
        "South Korean military",
        (
            "jcs",
            "joint chiefs of staff",
            "south korea's joint chiefs of staff",
            "south korean military",
            "seoul's joint chiefs of staff",
            "south korea's military",
            "seoul's military",
            "south korea's joint chiefs of staff (jcs)",
            "south korea's joint chiefs",
            "seoul's joint chiefs",
        ),
    ),
    Claimant(
        "UK Ministry of Defence",
        "GB",
        "British defence ministry",
        (
            "uk ministry of defence",
            "british ministry of defence",
            "uk mod",
            "mod",
            "britain's ministry of defence",
            "british defence ministry",
            "uk defence intelligence",
            "british intelligence",
            "uk's defence ministry",
            "uk defence ministry",
            "britain's defence ministry",
            "britain's defence intelligence",
            "uk's ministry of defence",
            "british defence intelligence",
        ),
        # UK Defence Secretary and Armed Forces Minister since July 2024
        people=("john healey", "healey", "luke pollard"),
    ),
    Claimant(
        "Antony Blinken",
        "US",
        "US Secretary of State",
        ("blinken", "antony blinken", "antony blinken (us secretary of state)"),
        kind="person",
    ),
    Claimant(
        "Dorothy Shea",
        "US",
        "US Mission to the UN",
        ("dorothy shea", "shea", "dorothy shea (us mission to the un)"),
        kind="person",
    ),
    Claimant(
        "Sergei Shoigu",
        "RU",
        "Secretary of Russia's Security Council",
        ("shoigu", "sergei shoigu", "sergei shoigu (russian security council)"),
        kind="person",
    ),
    Claimant(
        "North Korean state media (KCNA)",
        "KP",
        "North Korean state media",
        (
            "kcna",
            "korean central news agency",
            "north korean state media",
            "north korean state media (kcna)",
            "pyongyang's state media",
        ),
    ),
    Claimant(
        "Western officials (anonymous, via BBC)",
        "other",
        "Anonymous Western officials speaking to the BBC",
        ("western officials (anonymous, via bbc)",),
        kind="person",
    ),
    Claimant(
        "Ukraine's Center for Countering Disinformation",
        "UA",
        "Andrii Kovalenko, head of the centre",
        (
            "ukraine's center for countering disinformation (andrii kovalenko)",
            "center for countering disinformation",
            "centre for countering disinformation",
        ),
        people=(
            "andrii kovalenko",
            "kovalenko",
        ),
    ),
    Claimant(
        "Oleksandr Syrskyi",
        "UA",
        "Commander-in-Chief of the Armed Forces of Ukraine",
        ("syrskyi", "syrsky", "oleksandr syrskyi", "oleksandr syrsky", "olexandr syrsky"),
        kind="person",
    ),
    Claimant(
        "Ukraine's General Staff",
        "UA",
        "General Staff of the Armed Forces of Ukraine",
        (
            "general staff",
            "ukraine's general staff",
            "ukrainian general staff",
            "general staff of the armed forces of ukraine",
            "ukraine's armed forces general staff",
        ),
    ),
    Claimant(
        "Russian Ministry of Defence",
        "RU",
        "Russian defence ministry",
        (
            "russian ministry of defence",
            "russia's defence ministry",
            "russian defence ministry",
            "russia's defense ministry",
            "russian defense ministry",
            "russian ministry of defense",
        ),
    ),
    Claimant(
        "Kremlin",
        "RU",
        "Russian presidential administration",
        ("kremlin",),
        people=(
            "dmitry peskov",
            "peskov",
            "kremlin spokesman dmitry peskov",
        ),
    ),
    Claimant(
        "South Korea's Ministry of National Defense",
        "KR",
        "South Korean defence ministry",
        (
            "south korea's defence ministry",
            "south korea's defense ministry",
            "south korean defence ministry",
            "south korean defense ministry",
            "seoul's defence ministry",
            "seoul's defense ministry",
            "ministry of national defense",
        ),
        people=(
            "kim yong-hyun",
        ),
    ),
    Claimant(
        "US State Department",
        "US",
        "US Department of State",
        (
            "state department",
            "us state department",
            "u.s. state department",
            "department of state",
        ),
        people=(
            "matthew miller",
            "vedant patel",
        ),
    ),
    Claimant(
        "NATO",
        "other",
        "North Atlantic Treaty Organization",
        ("nato",),
        people=(
            "mark rutte",
            "rutte",
            "nato secretary general mark rutte",
        ),
    ),
    Claimant(
        "Security Service of Ukraine (SBU)",
        "UA",
        "Ukraine's security service",
        (
            "sbu",
            "security service of ukraine",
            "ukraine's security service",
            "ukrainian security service",
        ),
        people=(
            "vasyl maliuk",  # head of the SBU 2023-2025
            "maliuk",
        ),
    ),
    Claimant(
        "Institute for the Study of War",
        "US",
        "US-based think tank",
        ("isw", "institute for the study of war"),
    ),
    Claimant(
        "White House",
        "US",
        "US presidential administration",
        ("white house", "the white house", "biden administration", "trump administration"),
        people=("karine jean-pierre",),  # White House press secretary, 2022 to January 2025
    ),
    Claimant(
        "Ukrainian government",
        "UA",
        "Government of Ukraine",
        (
            "ukrainian government",
            "ukraine's government",
            "kyiv",
            "kiev",  # the Russian-style spelling, as Russian state media write it
            "the kiev regime",
            "ukraine",
            "ukrainian authorities",
            "ukrainian officials (government)",
            "the ukrainian side",
        ),
    ),
    Claimant(
        "South Korean government",
        "KR",
        "Government of South Korea",
        (
            "south korean government",
            "south korea's government",
            "seoul",
            "south korea",
            "south korean authorities",
        ),
    ),
    Claimant(
        "Vladimir Putin",
        "RU",
        "President of Russia",
        ("putin", "vladimir putin", "russian president vladimir putin", "president putin"),
        kind="person",
    ),
    Claimant(
        "Kim Jong Un",
        "KP",
        "Leader of North Korea",
        ("kim jong un", "kim jong-un", "north korean leader kim jong un"),
        kind="person",
    ),
    Claimant(
        "International Committee of the Red Cross",
        "other",
        "Humanitarian organisation",
        ("icrc", "red cross", "international committee of the red cross"),
    ),
    Claimant(
        "US estimates",
        "US",
        "US government estimates",
        (
            "us estimates",
            "the us",
            "us",
            "u.s.",
            "united states",
            "us intelligence",
            "u.s. intelligence",
            "washington",
        ),
    ),
    # think tanks and foreign services that publish their own estimates
    Claimant(
        "Royal United Services Institute",
        "GB",
        "British defence think tank",
        ("royal united services institute", "rusi", "royal united services institute (rusi)"),
    ),
    Claimant(
        "Korea Institute for Defense Analyses",
        "KR",
        "South Korean state-funded defence think tank",
        (
            "korea institute for defense analyses",
            "korea institute for defence analyses",
            "kida",
            "korea institute for defense analyses (kida)",
        ),
    ),
    Claimant(
        "Institute for National Security Strategy",
        "KR",
        "think tank affiliated with South Korea's NIS",
        ("institute for national security strategy", "inss"),
    ),
    Claimant(
        "Center for Strategic and International Studies",
        "US",
        "Washington think tank",
        ("center for strategic and international studies", "csis"),
    ),
    Claimant(
        "Japanese defence ministry",
        "JP",
        "Ministry of Defense of Japan",
        (
            "japan's defense ministry",
            "japan's defence ministry",
            "japanese defense ministry",
            "japan's ministry of defense",
            "japanese ministry of defense",
            "tokyo's defense ministry",
            "ministry of defense of japan",
        ),
        people=(
            "gen nakatani",
            "nakatani",
            "defense minister gen nakatani",
            "japanese defense minister gen nakatani",
        ),
    ),
    Claimant(
        "South Korea's Unification Ministry",
        "KR",
        "South Korean ministry for inter-Korean affairs",
        (
            "ministry of unification",
            "unification ministry",
            "south korea's unification ministry",
            "south korean unification ministry",
            "seoul's unification ministry",
        ),
    ),
)

# Aliases that name a person (so "he" can refer back to them), even when the claimant
# is the body they speak for (Budanov -> HUR, Sabrina Singh -> Pentagon). Forms with a
# bracketed gloss or an office ("zelenskyy's office") name no one.
PERSON_ALIASES: frozenset[str] = frozenset(
    alias
    for claimant in REGISTRY
    for alias in (
        (claimant.name.lower(), *claimant.aliases) if claimant.kind == "person" else ()
    ) + claimant.people
    if "(" not in alias and "office" not in alias
)

_BY_ALIAS: dict[str, Claimant] = {}
for _c in REGISTRY:
    _BY_ALIAS[_c.name.lower()] = _c
    for _alias in (*_c.aliases, *_c.people):
        _BY_ALIAS[_alias] = _c


_SPACES = re.compile(r"\s+")


def _key(name: str) -> str:
    """Fold case, curly apostrophes, a leading 'the' and spacing for lookup."""
    folded = name.replace("\u2019", "'").strip().lower()
    folded = _SPACES.sub(" ", folded)
    return folded[4:] if folded.startswith("the ") else folded


def lookup(name: str) -> Claimant | None:
    """The registered claimant a name refers to, or None when unknown."""
    key = _key(name)
    return _BY_ALIAS.get(key) or _BY_ALIAS.get("the " + key)


def normalise_claimant(name: str, country: str | None = None) -> tuple[str, str, str | None]:
    """(canonical name, country, role) for any spelling of a claimant.

    Unknown claimants keep their own words (stripped) and the country given.
    """
    known = lookup(name)
    if known:
        return known.name, known.country, known.role
    return name.strip(), (country or "other"), None
