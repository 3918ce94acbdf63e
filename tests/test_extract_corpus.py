"""Scores over the invented test corpus, the quote invariant, and hostile inputs.

Thresholds sit just under what the extractor achieves, and are raised as it improves.
The held-out articles (tests/corpus/HELDOUT) were written before any rule existed;
their first-run figures are kept in tests/corpus/HELDOUT_FIRST_RUN.txt.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

from claims.extract import extract
from claims.model import Article

_LOADER = Path(__file__).resolve().parent / "corpus" / "loader.py"


def _load_loader():
    if "extract_corpus_loader" in sys.modules:
        return sys.modules["extract_corpus_loader"]
    spec = importlib.util.spec_from_file_location("extract_corpus_loader", _LOADER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_corpus_loader"] = module
    spec.loader.exec_module(module)
    return module


corpus = _load_loader()


def test_corpus_is_big_enough():
    assert len(corpus.names()) >= 30
    assert len(corpus.names(heldout=True)) >= 8


@pytest.mark.parametrize(
    "subset,precision,recall,claimant",
    [
        (None, 0.985, 0.97, 0.955),  # blind batches 29-66 are in, tuned after their first
        (False, 0.985, 0.97, 0.955),  # run (BLIND_SUMMARY.md); the newest may be untuned
        (True, 0.99, 0.99, 0.97),
    ],
)
def test_scores(subset, precision, recall, claimant):
    score = corpus.score_corpus(extract, subset)
    label = {None: "all", False: "dev", True: "heldout"}[subset]
    print(score.line(label))
    for line in score.misses + score.extras + score.wrong_claimant:
        print("  ", line)
    assert score.precision >= precision
    assert score.recall >= recall
    assert score.claimant_accuracy >= claimant


@pytest.mark.parametrize("stem", corpus.names())
def test_quote_invariant(stem):
    article, _ = corpus.load(stem)
    result = extract(article)
    for item in [*result.claims, *result.events]:
        assert article.text[item.char_start : item.char_end] == item.quote
        assert item.quote.strip() == item.quote and item.quote
    for claim in result.claims:
        assert claim.value_text in claim.quote
        assert 0.0 <= claim.confidence <= 1.0


def _corpus_text() -> str:
    return "\n".join(corpus.load(stem)[0].text for stem in corpus.names())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "\x00\x01\x02\xff\ufffd" * 500,
        "<script>var n = 3000; document.write('<img src=x onerror=alert(1)>')</script>" * 200,
        "<html><body><div>North Korean troops: 3,000 killed</div></body></html>",
        "3,000" * 5000,
        "North Korean " * 5000,
        "said " * 20000,
        "'" * 10000 + '"' * 10000,
        "1" * 100000,
        "killed or wounded " * 10000,
    ],
)
def test_hostile_inputs_return_quickly(text):
    started = time.perf_counter()
    result = extract(Article(text=text))
    assert time.perf_counter() - started < 5
    for item in [*result.claims, *result.events]:
        assert text[item.char_start : item.char_end] == item.quote


def test_huge_text_is_linear():
    base = _corpus_text() * 2  # sizes fixed, not a multiple of the growing corpus
    small = base[:120_000]
    big = base[:1_200_000]  # over a megabyte with thousands of claims
    t0 = time.perf_counter()
    extract(Article(text=small))
    t1 = time.perf_counter()
    result = extract(Article(text=big))
    t2 = time.perf_counter()
    assert len(big) > 1_000_000
    assert t2 - t1 < 60
    assert (t2 - t1) < 25 * max(t1 - t0, 0.01)  # ~10x the text, allow slack for noise
    assert result.claims


def test_five_megabytes_of_news():
    text = (_corpus_text() * 400)[:5_000_000]
    started = time.perf_counter()
    result = extract(Article(text=text))
    assert time.perf_counter() - started < 120
    assert len(result.claims) > 1000


def test_five_megabytes_of_junk():
    text = ("lorem ipsum 12 dolor, sit amet 3,000 " * 140_000)[:5_000_000]
    started = time.perf_counter()
    extract(Article(text=text))
    assert time.perf_counter() - started < 60


def test_none_published_and_no_outlet():
    result = extract(Article(text="About 300 North Korean soldiers died, the NIS said."))
    assert result.claims[0].said_on is None


def test_truncated_and_shuffled_texts_keep_the_invariant():
    """Cut every corpus text at many points and shuffle its lines: no crash, quotes exact."""
    import random

    rng = random.Random(7)
    for stem in corpus.names():
        article, _ = corpus.load(stem)
        text = article.text
        lines = text.splitlines()
        variants = [text[:cut] for cut in range(0, len(text), 97)]
        for _ in range(3):
            rng.shuffle(lines)
            variants.append("\n".join(lines))
        for variant in variants:
            result = extract(
                Article(text=variant, published=article.published, outlet=article.outlet)
            )
            for item in [*result.claims, *result.events]:
                assert variant[item.char_start : item.char_end] == item.quote
