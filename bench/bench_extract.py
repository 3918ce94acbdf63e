"""Extractor throughput: articles per second on one core for articles of about 5 KB.

Articles are cut from the test-corpus texts read as one stream, at the first line break
after every 5,000 characters (mean just over 5 KB), so the mix of claims, quotes and traps
is the corpus's: about one claim per 250 characters, far denser than real news, which
makes this a conservative figure. Prints a small table with the median of several runs, in
articles/s, in KB/s (the size-free figure) and in articles of exactly 5 KB per second (KB/s
divided by 5: the unit of the target, 200 articles of 5 KB/s). Usage:
python bench/bench_extract.py [--runs N] [--articles N] [--size CHARS]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from bisect import bisect_right
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extract import EXTRACTOR, extract  # noqa: E402
from claims.model import Article  # noqa: E402


def _corpus_loader():
    spec = importlib.util.spec_from_file_location(
        "extract_corpus_loader", ROOT / "tests/corpus/loader.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_corpus_loader"] = module
    spec.loader.exec_module(module)
    return module


def make_articles(count: int, size: int = 5000) -> list[Article]:
    """`count` articles of `size` characters or a little more, cut from the corpus texts.

    The texts are read one after another as one stream, cut at the first line break after
    every `size` characters, so articles average just over `size` whatever the corpus holds;
    each takes the outlet and date of the text it starts in."""
    loader = _corpus_loader()
    pieces = [loader.load(stem)[0] for stem in loader.names()]
    starts, offset = [], 0
    for piece in pieces:
        starts.append(offset)
        offset += len(piece.text) + 1
    stream = "\n".join(p.text for p in pieces)
    articles = []
    cursor = 0
    for _ in range(count):
        if cursor + size >= len(stream):
            cursor = 0  # round again
        cut = stream.find("\n", cursor + size)
        cut = len(stream) if cut < 0 else cut
        first = pieces[bisect_right(starts, cursor) - 1]
        articles.append(
            Article(text=stream[cursor:cut], outlet=first.outlet, published=first.published)
        )
        cursor = cut + 1
    return articles


def run(articles: list[Article]) -> tuple[float, float]:
    """(articles per wall-clock second, articles per CPU second) for one pass.

    CPU time is what one core delivers; wall time also counts waiting for a busy machine.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        extract(article)
    return (
        len(articles) / (time.perf_counter() - wall),
        len(articles) / max(time.process_time() - cpu, 1e-9),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--size", type=int, default=5000, help="characters per article")
    args = parser.parse_args()
    articles = make_articles(args.articles, args.size)
    extract(articles[0])  # warm regex caches and the gazetteer
    results = [run(articles) for _ in range(args.runs)]
    mean_kb = statistics.mean(len(a.text) for a in articles) / 1000  # 1 KB = 1,000 characters
    print(
        f"{'extractor':<16}{'clock':<6}{'articles':>9}{'avg KB':>8}{'runs':>6}"
        f"{'median/s':>10}{'min/s':>9}{'max/s':>9}{'KB/s':>8}{'5 KB/s':>8}"
    )
    for label, index in (("cpu", 1), ("wall", 0)):
        rates = [r[index] for r in results]
        median = statistics.median(rates)
        print(
            f"{EXTRACTOR:<16}{label:<6}{len(articles):>9}{mean_kb:>8.2f}{args.runs:>6}"
            f"{median:>10.1f}{min(rates):>9.1f}{max(rates):>9.1f}"
            f"{median * mean_kb:>8.0f}{median * mean_kb / 5:>8.1f}"
        )


if __name__ == "__main__":
    main()
