"""Speed shortcuts of the text and counting layer that must not change any output: the ASCII
tokeniser path, the one-token-phrase test of ``lexicon.any_match``, the skip list of
``counts.find_counts`` and the remembered answers of ``actors.find_actors`` and
``perpetrators.perpetrator_score``. Each is checked against the plain reading. All sentences are the
team's own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import actors, counts, perpetrators
from civcas.extract.lexicon import PhraseTable, any_match, lexicon, make_table
from civcas.extract.text import _TOKEN, TOKEN_ASCII, Token, _curled, tokenize

_WORDS = ["Five", "civilians", "were", "killed", "in", "an", "air", "strike", "on", "Tuesday", ",",
          "12", "1,200", "twenty-one", "at", "least", "a", "man", "and", "woman", "another", "others",
          "his", "two", "sons", "the", "Russian", "army", "said", "Hamas", "fighters", "IS", "coalition",
          "Israeli", "-", "led", "by", "of", "them", "children", "no", "one", "was", "hurt", ".",
          "İstanbul", "ſtrike", "١٢", "families", "’s", "'s", "Houthi", "run", "prison"]
_SENTENCES = st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join)


def _plain_tokens(text: str) -> list[Token]:
    # (straight double quotes are then read as the curly quotes they stand for: text._curled)
    plain = [Token(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    return _curled(plain, text, 0) if '"' in text else plain


@settings(max_examples=300, deadline=None)
@given(st.one_of(_SENTENCES, st.text(max_size=80)))
def test_tokenize_is_the_plain_tokenisation(text: str) -> None:
    assert tokenize(text) == _plain_tokens(text)
    assert tokenize(text, 7) == [Token(t.low, t.start + 7, t.end + 7) for t in _plain_tokens(text)]


def test_ascii_token_pattern_reads_every_ascii_character_like_the_plain_one() -> None:
    # the ASCII pattern sees lower-cased ASCII text: each character (and each pair, so that every
    # run boundary is covered) is tokenised as the Unicode pattern tokenises it
    chars = [chr(c).lower() for c in range(128)]
    for a in chars:
        assert TOKEN_ASCII.findall(a) == _TOKEN.findall(a), repr(a)
        for b in chars:
            assert [m.span() for m in TOKEN_ASCII.finditer(a + b)] == [m.span() for m in _TOKEN.finditer(a + b)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_token_pattern_is_the_plain_one_on_ascii_text(text: str) -> None:
    low = text.lower()
    assert [m.span() for m in TOKEN_ASCII.finditer(low)] == [m.span() for m in _TOKEN.finditer(low)]
    assert tokenize(text) == _plain_tokens(text)


def _plain_any(table: PhraseTable, tokens: list[str]) -> bool:
    return any(table.match_at(tokens, i) is not None for i in range(len(tokens)))


@settings(max_examples=300, deadline=None)
@given(_SENTENCES)
def test_any_match_is_the_plain_scan(text: str) -> None:
    lows = [t.low for t in tokenize(text)]
    lex = lexicon()
    for table in (lex.incident, lex.tally, lex.hedged, lex.denied, lex.unverified, lex.events):
        assert any_match(table, lows) == _plain_any(table, lows)
    mixed = make_table([("air strike", 1), ("strike", 2), ("in an air", 3)])
    assert any_match(mixed, lows) == _plain_any(mixed, lows)


def test_skip_list_holds_every_word_the_count_reader_acts_on() -> None:
    lex = lexicon()
    looked = counts._looked(lex)
    assert counts._starters(lex) <= looked and lex.plurals <= looked and "another" in looked
    # "a man and woman were killed": the shared-article noun is read
    found = counts.find_counts(tokenize("A man and woman were killed in the raid."), lex)
    assert [(m.count.low, m.count.start) for m in found] == [(1, 0), (1, 3)]
    assert counts.find_counts([], lex) == []
    assert counts.find_counts(tokenize("The weather was cold."), lex) == []


@settings(max_examples=200, deadline=None)
@given(_SENTENCES)
def test_remembered_actor_answers_are_the_fresh_ones(text: str) -> None:
    for theatre in (None, (), ("IL", "PS")):
        fresh = actors._find_actors(text, None, theatre)
        assert actors.find_actors(text, theatre=theatre) == fresh
        assert actors.find_actors(text, theatre=theatre) == fresh  # (asked again)
        assert actors.find_actors(text, tokens=tokenize(text), theatre=theatre) == fresh
        for m in fresh:
            assert perpetrators.perpetrator_score(text, m) == perpetrators._score(text, m)


def test_remembered_answers_are_bounded_and_unshared() -> None:
    text = "Russian strikes killed five civilians, the Ukrainian army said."
    got = actors.find_actors(text)
    got.append(got[0])  # a caller's change to its list is its own
    assert len(actors.find_actors(text)) == len(got) - 1
    for k in range(actors._MEMO_SIZE + 5):
        actors.find_actors(f"{k} {text}")
    assert len(actors._FOUND) <= actors._MEMO_SIZE


def test_long_token_lists_are_read_afresh() -> None:
    # a token list of 400 may be cut short by the caller: the actors after it are not found
    text = " ".join(["and"] * 400) + " Russian strikes hit the town."
    toks = tokenize(text)[:400]
    assert actors.find_actors(text, tokens=toks) == []
    assert [m.entry.kind for m in actors.find_actors(text)] == ["belligerent"]
