"""Case-insensitive matching without re.IGNORECASE, for speed.

Python's `re` runs several times slower with IGNORECASE on long alternations.
Every case-insensitive pattern is instead written once, lower-cased here (escapes
and group names kept), and run on a lower-cased copy of the article whose
offsets are identical to the original's, so quotes are still cut from the
original text.
"""

from __future__ import annotations

import re
from functools import lru_cache


def lower_pattern(pattern: str) -> str:
    """Lower-case the literal letters of a regex.

    Escapes (\\S, \\W, \\B) and group names are left as they are."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith("(?P<", i):
            close = pattern.index(">", i)
            out.append(pattern[i : close + 1])
            i = close + 1
            continue
        out.append(char.lower())
        i += 1
    return "".join(out)


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile an extractor pattern with ASCII classes (`\\w`, `\\b`, `\\s`, `\\d`).

    Unicode classes cost a table lookup per character tried; ASCII ones are a few per cent
    faster over the whole extractor (measured: 5-7 % on bench_extract). The articles are
    English; the one Unicode class that matters in them, non-ASCII spaces (no-break, thin),
    is made a plain space before matching (`ascii_spaces`), so `\\s` sees them as before."""
    return re.compile(pattern, flags | re.ASCII)


def ci(pattern: str) -> re.Pattern[str]:
    """Compile `pattern` to run case-insensitively on text made by `lowered()`."""
    return rx(lower_pattern(pattern))


# every character Unicode's \s matches and ASCII's does not, made a plain space (same length)
_UNICODE_SPACES = str.maketrans({
    c: " " for c in "\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
})


def ascii_spaces(text: str) -> str:
    """`text` with its non-ASCII spaces made plain spaces, offsets unchanged (the patterns
    are ASCII: see `rx`). Returns `text` itself when it has none."""
    if text.isascii():
        return text
    spaced = text.translate(_UNICODE_SPACES)
    return text if spaced == text else spaced


class Gate:
    """A fast test before a big regex: does low_text[start:end] hold any of `words`?

    Made once per word list at import. For the article being extracted it first asks, once,
    whether the article holds any of the words at all (then most sentences are answered
    without a search). Up to four words are looked for with str.find, which beats a regex
    search there (measured: 2 words 3.5 -> 2.1 ms, 4 words 6.9 -> 4.3 ms on 2,400
    sentences); longer lists go through one trie regex."""

    __slots__ = ("_words", "_regex", "_article", "_anywhere")

    def __init__(self, words: tuple[str, ...]) -> None:
        # (find has no "'" = "’" as the regex does: only lists without apostrophes)
        self._words = tuple(words) if len(words) <= 4 and "'" not in "".join(words) else None
        self._regex = _gate(tuple(words))
        self._article: str | None = None
        self._anywhere = False

    def any_in(self, low_text: str, start: int, end: int) -> bool:
        if low_text is _CURRENT[1]:
            if self._article is not low_text:
                self._article, self._anywhere = low_text, self._regex.search(low_text) is not None
            if not self._anywhere:
                return False
        if self._words is not None:
            for word in self._words:
                if low_text.find(word, start, end) >= 0:
                    return True
            return False
        return self._regex.search(low_text, start, end) is not None


def lowered(text: str) -> str:
    """Lower-cased copy of `text` with the same length (so offsets match).

    Whole articles are cached (many passes reuse them); short strings such as
    sentences are cheap to lower and must not evict an article from the cache,
    or a multi-megabyte text would be lowered again for every sentence.
    """
    if text is _CURRENT[0]:
        return _CURRENT[1]
    if len(text) < 4096:
        return _lower(text)
    return _lowered_cached(text)


_CURRENT: list = [None, ""]  # the article being extracted and its lower-cased copy


def prime(text: str) -> None:
    """Make `text` (the article being extracted) the one `lowered()` answers at once."""
    _CURRENT[0], _CURRENT[1] = text, lowered(text)


@lru_cache(maxsize=4)
def _lowered_cached(text: str) -> str:
    return _lower(text)


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def trie_pattern(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of literal `words`, factorised by common prefixes.

    Python's `re` tries every branch of an alternation at every position; a trie
    ("kursk(?: region| oblast)?") tries one branch per leading character, which makes
    lists of hundreds of names several times faster to search.
    """
    return _trie_to_regex(_trie(words))


def _trie(words) -> dict:
    """Nested dicts of the words' characters; "" marks the end of a word."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def guarded(words, guard: str = r"\w") -> str:
    """An alternation of literal `words` that matches only where the character before is not
    in the class `guard` — `(?<![guard])(?:words)` — written so that `re` can still skip ahead
    to the words' first letters.

    A leading lookbehind (or `\\b`) hides a pattern's first characters from `re`'s prefix scan,
    so every position of the text is tried; here each branch opens with its letter and the
    lookbehind follows it (`n(?<![guard]n)ato`), which tests the same character. `words` may
    be a list (tried in its order, as in a plain alternation) or a set (made a prefix trie).
    """
    if isinstance(words, (set, frozenset)):
        trie = _trie(words)
        branches = [
            f"{_char(c)}(?<![{guard}]{_char(c)}){_trie_to_regex(child)}"
            for c, child in sorted(trie.items())
            if c
        ]
    else:
        branches = [
            f"{re.escape(w[0])}(?<![{guard}]{re.escape(w[0])}){re.escape(w[1:])}" for w in words
        ]
    return "(?:" + "|".join(branches) + ")"


def _char(char: str) -> str:
    """One literal character; a straight apostrophe also matches a curly one."""
    return "['’]" if char == "'" else re.escape(char)


def _trie_to_regex(node: dict) -> str:
    ends = "" in node
    branches = [_char(char) + _trie_to_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


@lru_cache(maxsize=64)
def _gate(words: tuple[str, ...]) -> re.Pattern[str]:
    return rx(trie_pattern(words))


