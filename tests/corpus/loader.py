"""Read the extractor test corpus and score extractions against it.

Shared by tests/test_extract_*.py and bench/bench_extract.py. The front-matter
split is deliberately tiny; claims/articles.py owns the real ingest parser.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claims.model import Article, Claim

CORPUS_DIR = Path(__file__).resolve().parent


def parse(raw: str) -> Article:
    """Article from a corpus file: optional `---` front matter, then the text."""
    meta: dict[str, str] = {}
    text = raw
    if raw.startswith("---\n"):
        head, sep, body = raw[4:].partition("\n---\n")
        if sep:
            text = body
            for line in head.splitlines():
                key, _, value = line.partition(":")
                meta[key.strip().lower()] = value.strip()
    published = date.fromisoformat(meta["published"]) if meta.get("published") else None
    return Article(
        text=text,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        published=published,
    )


def names(heldout: bool | None = None) -> list[str]:
    """Corpus article stems; heldout=True/False filters on the HELDOUT list."""
    held = set((CORPUS_DIR / "HELDOUT").read_text().split())
    stems = sorted(p.name[: -len(".expected.json")] for p in CORPUS_DIR.glob("*.expected.json"))
    if heldout is None:
        return stems
    return [s for s in stems if (s in held) == heldout]


def load(stem: str) -> tuple[Article, list[dict]]:
    article = parse((CORPUS_DIR / f"{stem}.txt").read_text(encoding="utf-8"))
    expected = json.loads((CORPUS_DIR / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return article, expected


@dataclass
class Score:
    predicted: int = 0
    expected: int = 0
    matched: int = 0
    claimant_ok: int = 0
    qualifier_ok: int = 0
    said_on_checked: int = 0
    said_on_ok: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong_claimant: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def claimant_accuracy(self) -> float:
        return self.claimant_ok / self.matched if self.matched else 1.0

    def line(self, label: str) -> str:
        return (
            f"{label}: P={self.precision:.3f} R={self.recall:.3f} claimant={self.claimant_accuracy:.3f} "
            f"qualifier={self.qualifier_ok}/{self.matched} said_on={self.said_on_ok}/{self.said_on_checked} "
            f"(pred {self.predicted}, exp {self.expected}, matched {self.matched})"
        )


def _key(metric: str, low: int | None, high: int | None) -> tuple:
    return metric, low, high


def score(stem: str, claims: list[Claim], expected: list[dict], into: Score) -> None:
    """Greedy match on (metric, value_low, value_high); then compare claimant, qualifier, date."""
    into.predicted += len(claims)
    into.expected += len(expected)
    pool = list(claims)
    for exp in expected:
        key = _key(exp["metric"], exp.get("value_low"), exp.get("value_high"))
        candidates = [c for c in pool if _key(c.metric, c.value_low, c.value_high) == key]
        if not candidates:
            into.misses.append(f"{stem}: {key} {exp['claimant']}")
            continue
        best = next((c for c in candidates if c.claimant == exp["claimant"]), candidates[0])
        if exp.get("said_on"):
            better = [
                c
                for c in candidates
                if c.claimant == exp["claimant"]
                and c.said_on
                and c.said_on.isoformat() == exp["said_on"]
            ]
            best = better[0] if better else best
        pool.remove(best)
        into.matched += 1
        if best.claimant == exp["claimant"]:
            into.claimant_ok += 1
        else:
            into.wrong_claimant.append(
                f"{stem}: {key} got {best.claimant!r} want {exp['claimant']!r}"
            )
        if best.qualifier == exp["qualifier"]:
            into.qualifier_ok += 1
        if exp.get("said_on"):
            into.said_on_checked += 1
            if best.said_on and best.said_on.isoformat() == exp["said_on"]:
                into.said_on_ok += 1
    for extra in pool:
        into.extras.append(
            f"{stem}: {extra.claimant} {extra.metric} {extra.value_low}-{extra.value_high} "
            f"{extra.value_text!r} | {extra.quote[:90]!r}"
        )


def score_corpus(extract, heldout: bool | None = None) -> Score:
    total = Score()
    for stem in names(heldout):
        article, expected = load(stem)
        score(stem, extract(article).claims, expected, total)
    return total


def score_batch(name: str, extract) -> Score:
    """Score the articles a `<NAME>_BLIND` list names (a blind batch), as its first run did."""
    stems = (CORPUS_DIR / f"{name}_BLIND").read_text(encoding="utf-8").split()
    total = Score()
    for stem in stems:
        article, expected = load(stem)
        score(stem, extract(article).claims, expected, total)
    return total


if __name__ == "__main__":  # PYTHONPATH=. python tests/corpus/loader.py FIFTIETH [...]
    import sys

    from claims.extract import extract as _extract

    for batch in sys.argv[1:]:
        result = score_batch(batch, _extract)
        print(result.line(batch.lower() + "-blind"))
        for label, lines in (("MISS", result.misses), ("EXTRA", result.extras),
                             ("CLAIMANT", result.wrong_claimant)):
            for line in lines:
                print(label, line)
