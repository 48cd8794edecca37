"""Speed shortcuts of the document passes that must not change any output: the two-token index
of ``PhraseTable.match_at``, the remembered readings of ``victimread.read_list``, the
first-character guards of the victim-list, victimdoc, described-attacker and shot-document
patterns, the accused cue pre-test, the early exits of ``titled_figures`` and
``disputed_authors``, the sentence words and the sentences of one event. Each is checked against
the plain reading. All sentences are the team's own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import (
    accused,
    described,
    docstate,
    forms,
    regex_speed,
    titled,
    victimdoc,
    victimitems,
    victimread,
)
from civcas.extract.lexicon import PhraseTable, lexicon
from civcas.extract.text import sentences
from civcas.models import Document

_TEXTS = [
    "Gunmen on motorbikes shot dead the mayor of a northern town on Sunday, officials said.",
    "Two masked men opened fire on the crowd, killing Maria Lopez, 34, and her son Daniel, 9.",
    "The bodies of Ahmed Saleh and his brother Karim were pulled out of the rubble together with "
    "their cousin, the civil defence said.",
    "POLICE SAID THE JOURNALIST WAS SHOT IN THE LEG AND TAKEN TO A HOSPITAL IN STABLE CONDITION.",
    "Relatives identified the dead as Omar Haddad, his wife Lina and their daughter Sara.",
    "A man dressed as a delivery driver stabbed two guards before fleeing, witnesses said.",
    "Prosecutors charged three former officers with the murder of the union leader.",
    "He was killed alongside his two nephews when the shell hit their car near the bridge.",
    "Among the victims were a nurse, Huda Nasser, and a teacher who had been sheltering there.",
    "Investigators blamed an armed group for the ambush; the group denied any involvement.",
    "The Kelvin sign \u212a and a long s \u017f in \u201cquoted\u201d text, 45 years old.",
    "",
]
_GUARD = re.compile(r"^\(\?=\[.*?\]\)\(\?:(.*)\)$", re.DOTALL)


def _unguarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    m = _GUARD.match(rx.pattern)
    assert m is not None, rx.pattern[:60]  # the pattern carries its first-character guard
    return re.compile(m.group(1), rx.flags)


def _guarded_patterns() -> list[re.Pattern[str]]:
    agent, subject, _victim, heads = described._patterns()
    r = victimdoc._rules()
    t = victimitems.tables()
    return [agent, subject, heads, forms._shot_words()[1], r.single, r.obj,
            *(c.rx for c in t.cues), t.subject_rx]


def test_guarded_patterns_find_what_the_plain_ones_find() -> None:
    texts = _TEXTS + [s.text for text in _TEXTS for s in sentences(text)]
    for rx in _guarded_patterns():
        plain = _unguarded(rx)
        assert plain.groupindex == rx.groupindex
        for text in texts:
            assert [(m.span(), m.groups()) for m in rx.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (rx.pattern[:60], text)


def test_accused_cue_pretest_keeps_every_cue() -> None:
    for text in _TEXTS:
        plain = accused.accused_in.__wrapped__(text)  # (the lru_cache'd function, read afresh)
        assert plain == accused.accused_in(text)
    # a cue in capitals or behind a fold character is still seen
    assert accused._CUES.search("THEY WERE CHARGED WITH THE KILLING") is not None
    assert regex_speed.may_match(accused._CUES, "ARRE\u017fTED", None)  # no lower-case view: no pre-test
    assert regex_speed.has_match(accused._CUES, "THEY WERE CHARGED WITH THE KILLING", "they were charged with the killing")


def _plain_match_at(table: PhraseTable, tokens: list[str], i: int) -> tuple[int, object] | None:
    if i >= len(tokens):
        return None
    for phrase, payload in table.by_first.get(tokens[i], ()):
        n = len(phrase)
        if n == 1 or tuple(tokens[i:i + n]) == phrase:
            return i + n, payload
    return None


def _tables() -> list[PhraseTable]:
    lex = lexicon()
    return [v for v in (getattr(lex, f) for f in lex.__dataclass_fields__) if isinstance(v, PhraseTable)]


_VOCAB = sorted({w for tb in _tables() for rows in tb.by_first.values() for ph, _p in rows for w in ph})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_VOCAB[:400], "in", "the", "of", "war", "since", "x"]), max_size=12))
def test_match_at_is_the_plain_longest_first_loop(tokens: list[str]) -> None:
    for table in _tables():
        for i in range(-len(tokens), len(tokens) + 1):
            assert table.match_at(tokens, i) == _plain_match_at(table, tokens, i)


def test_match_at_prefers_the_longest_phrase() -> None:
    table = lexicon().tally
    for rows in table.by_first.values():
        for phrase, _payload in rows:
            tokens = [*phrase, "x"]
            assert table.match_at(tokens, 0) == _plain_match_at(table, tokens, 0)


def test_remembered_lists_are_the_fresh_readings_and_unshared() -> None:
    text = ("Relatives named the dead as Omar Haddad, 40, his wife Lina, 35, and their sons Adam and "
            "Yusuf. Neighbours said Samir Odeh was killed with his daughter Rana, 6.")
    t = victimitems.tables()
    for start in (text.index("as ") + 3, text.index("with ") + 5, 0):
        for named_only in (True, False):
            fresh = victimread._read_list(text, start, t=t, named_only=named_only)
            first = victimread.read_list(text, start, t=t, named_only=named_only)
            assert first == fresh
            first[0].clear()  # a caller's own list: the next caller still gets every person
            assert victimread.read_list(text, start, t=t, named_only=named_only) == fresh
    other = text.replace("Omar", "Ziad")
    assert victimread.read_list(other, text.index("as ") + 3, t=t, named_only=True) == \
        victimread._read_list(other, text.index("as ") + 3, t=t, named_only=True)


def test_titled_outcomes_cover_every_titled_find() -> None:
    # the early exit of titled_figures drops a document whose every possible outcome is numbered
    # already; each outcome sentence_titled gives must be one of those outcomes
    found = [t for text in (
        "Judge Ramon Ortiz was shot dead outside his home on Friday.",
        "Gunmen wounded Mayor Ana Silva as she left the town hall.",
        "THE KILLING OF BISHOP LUIS MORA SHOCKED THE REGION.",
        "Journalist Karim Nasser, a reporter for a local radio, was killed in the blast.",
    ) for t in titled.sentence_titled(text, upper=text.isupper())]
    assert {t.outcome for t in found} == {"killed", "injured"}
    assert {t.outcome for t in found} <= titled._outcomes()


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127), max_size=60), st.text(max_size=40)))
def test_sentence_words_are_the_letter_runs(text: str) -> None:
    assert docstate.sentence_words(text) == set(re.findall(r"[a-z]+", text.lower()))


def test_sentences_of_an_event_are_those_the_segmenter_gave_it() -> None:
    text = ("A drone struck a market in Kharkiv on Monday, killing four people. Two more died in "
            "hospital. In a separate attack, shelling hit a school in Kherson on Tuesday. Three "
            "teachers were wounded there. Back in Kharkiv, rescuers searched the market.")
    st_ = docstate.Doc(Document(id="d", text=text), None)
    n = len(st_.sents)
    events = [st_.segment(k) for k in range(n)]
    assert st_._segments is not None
    for event in set(events):
        for upto in range(n + 1):
            assert st_._segments.of_event(event, upto) == [k for k in range(upto) if events[k] == event]
