"""Document-level pre-tests that must not change any output: literal requirements of alternations,
the sentences a victim-list pattern is tried on, the lazy combatant scan of victimdoc, the date
pre-tests, the word tries of the event cues and the lower-case theatre scan.

All sentences and names are the team's own, in the style of wire and monitor reporting.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.datafiles import load_toml
from civcas.extract import events, theatre, victimitems, when
from civcas.extract.regex_speed import literal_alternation, literal_requirement, may_match
from civcas.extract.sentindex import SentenceIndex
from civcas.extract.text import ASCII_FOLDS, ascii_fold_exact, literal_view, sentences
from civcas.extract.victimdoc import _rules, collect
from civcas.extract.victimitems import tables
from civcas.extract.when import absolute_date, incident_date, tally_period

BRANCHES = [
    r"\b(?:was|has\s+been)\s+(?:also\s+)?killed\b|\b(?:died|perished|lost\s+(?:his|her)\s+life)\b",
    r"\b(?:gunman|sniper|commander)\b(?:\s+|[^.]{0,20}?\bnamed\s+)[A-Z]\w+",
    r"\b(?:(?:killing|killed)\s+(?:him|her)\s+with|killing|(?:the\s+)?(?:deaths?|killings?)\s+of)\s+(?=[A-Z])",
]
WORDS = st.sampled_from(["was", "has", "been", "also", "killed", "died", "perished", "lost", "his", "her",
                         "life", "Gunman", "sniper", "commander", "named", "Omar", "killing", "him", "with",
                         "the", "deaths", "death", "of", "Lina", "KILLED", ".", ",", "ſniper", "\n\n"])


def test_alternations_with_non_literal_heads_have_requirements() -> None:
    assert literal_requirement(re.compile(BRANCHES[0])) == ("died", "killed", "lost", "perished")
    assert literal_requirement(re.compile(BRANCHES[1])) == ("commander", "gunman", "sniper")
    # one alternative without any literal: nothing can be required
    assert literal_requirement(re.compile(r"\b(?:killed|\w+)\b")) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=16).map(" ".join))
def test_branch_requirements_never_hide_a_match(text: str) -> None:
    for pattern in BRANCHES:
        for flags in (0, re.IGNORECASE):
            rx = re.compile(pattern, flags)
            if rx.search(text):
                assert may_match(rx, text, text.lower() if text.isascii() else None), (pattern, text)


SENTENCES = st.sampled_from([
    "Omar Haddad, 34, was killed when the shell hit his car.",
    "The dead were identified as Lina Aziz and her son Karim.",
    "Among the victims were Rami Odeh and his wife Salma.",
    "Residents said the market had reopened.",
    "Sami Nasser succumbed to his wounds on Tuesday.",
    "The strike took the lives of Adel Saleh and his nephew.",
    "Neighbours named Dalia Odeh as among the dead",
    "Café owner Élie Haddad died in hospital.",
    "A commander named Fares Odeh was killed too.",
    "“Omar Haddad was KİLLED,” his brother said.",
    "The names of the dead are: Fadi Odeh and his brother Wael.",
    "Residents named Rami Odeh aſ among the dead.",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(SENTENCES, max_size=8), st.sampled_from([" ", "\n\n", "  "]))
def test_sentence_index_is_the_per_sentence_pretest(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    sents = sentences(text)
    index = SentenceIndex(text, sents)
    r, t = _rules(), tables()
    for rx in (r.single, r.obj, r.companions, r.listed, t.with_rx, t.subject_rx, *(c.rx for c in t.cues),
               re.compile(r"\bin one\b|\. The")):  # a literal across sentence ends
        got = index.matching(rx)
        each = {i for i, s in enumerate(sents) if may_match(rx, s.text, literal_view(s.text))}
        assert set(got) == each or (isinstance(got, range) and len(got) == len(sents)), rx.pattern
        assert {i for i, s in enumerate(sents) if rx.search(s.text)} <= set(got), rx.pattern


def names(text: str) -> list[str]:
    return [" ".join(v.key) for v in collect(text, sentences(text))]


def test_collect_reads_only_sentences_that_can_name_a_victim() -> None:
    # no death word anywhere: nobody is collected, even with a combatant named
    assert names("Omar Haddad, 34, spoke to reporters. The gunman, Fares Odeh, fled.") == []
    # a borderline death predicate in the last sentence is still read
    text = ("Residents said the market had reopened. Omar Haddad, 34, a teacher, "
            "succumbed to his wounds on Tuesday.")
    assert names(text) == ["omar haddad"]
    # the combatant scan still runs when a victim is named: the commander is not counted
    text = ("A strike targeted a field commander named Fares Odeh. Fares Odeh was killed with his "
            "neighbour Lina Aziz.")
    assert names(text) == ["lina aziz"]


DATE_WORDS = st.sampled_from(["on", "Tuesday", "night", "overnight", "last", "week", "yesterday", "in", "March",
                              "2016", "17", "Nov.", "25", ",", "the", "shooting", "updated", "at", "10:39",
                              "a.m.", "earlier", "this", "month", "may", "May", "2023-03-17", "DEC", "89",
                              "killed", "court", "appearance", "Mär", "se", "ptember", "of"])


@settings(max_examples=300, deadline=None)
@given(st.lists(DATE_WORDS, max_size=14).map(" ".join), st.sampled_from([None, date(2016, 11, 11)]))
def test_date_pretests_never_change_a_date(text: str, published: date | None) -> None:
    got = (incident_date(text, published), tally_period(text, published), absolute_date(text, published))
    saved = when._may
    when._may = lambda need, low: True  # type: ignore[assignment]
    try:
        plain = (incident_date(text, published), tally_period(text, published), absolute_date(text, published))
    finally:
        when._may = saved
    assert got == plain


def test_sentences_without_date_words_have_no_date() -> None:
    pub = date(2016, 11, 11)
    assert incident_date("Gunmen killed four people at a market, police said.", pub) is None
    # borderline: a weekday, a month and a relative day are each still read
    assert incident_date("Late on Tuesday night a shell hit the camp.", pub) is not None
    assert incident_date("The raid in early MARCH left 12 dead.", pub) is not None
    assert incident_date("Two men died yesterday.", pub) is not None
    assert incident_date("Two men died in Malmö on 3 March.", pub) is not None  # not ASCII: no pre-test


def _plain_events_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """The speaker, harm and outcome patterns as the plain alternations they replace."""
    data = load_toml("extract", "events.toml")
    name = f"(?P<name>{events._NAME})"
    nouns = events._alt([re.escape(str(w)) for w in data["speaker_nouns"]])
    verbs = events._alt([re.escape(str(w)) for w in data["speech_verbs"]])
    speaker = re.compile(r"\b(?:(?i:" + nouns + r")\s+(?:in|from|of|at)\s+(?:the\s+)?" + name.replace("name", "name1")
                         + r"(?:[^.;:]{0,120}?)\b(?i:" + verbs + r")\b|(?:in|from|at)\s+(?:the\s+)?"
                         + name.replace("name", "name2") + r"\s+(?i:" + verbs + r")\b)")
    harm = re.compile(r"\b" + events._alt([re.escape(str(w)) for w in data["harm_words"]]) + r"\b", re.IGNORECASE)
    outcome = re.compile(r"\b" + events._alt(data["harm_outcomes"]) + r"\b", re.IGNORECASE)
    c = events._cues()
    assert c.speaker.pattern != speaker.pattern  # the tries are in use
    return [(c.speaker, speaker), (c.harm, harm), (c.outcome.rx, outcome)]


SPEAKER_WORDS = st.sampled_from(["officials", "official", "Officials", "in", "from", "at", "the", "Kyiv", "Gaza",
                                 "City", "White", "Helmets", "said", "says", "saying", "told", "reporters",
                                 "hospital", "hospitals", "killed", "killings", "strike", "hit", "dead", "deaths",
                                 ",", ".", "rescuers", "source", "sources", "SAID", "Deir", "al-Balah"])


@settings(max_examples=300, deadline=None)
@given(st.lists(SPEAKER_WORDS, max_size=16).map(" ".join))
def test_word_tries_match_like_the_plain_alternations(text: str) -> None:
    for fast, plain in _plain_events_patterns():
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)]


THEATRE_WORDS = st.sampled_from(["Gaza", "GAZA", "gaza-based", "Kyiv", "kyiv's", "Syria", "syrian", "Yemen",
                                 "Sanaa", "Bogota", "Medellin", "Turkiye", "the", "strike", "in", "-", ",",
                                 "Aleppo", "ALEPPO", "Mosul", "Israel", "Israeli", "Hamas", "Houthi"])


@settings(max_examples=200, deadline=None)
@given(st.lists(THEATRE_WORDS, max_size=20).map(" ".join))
def test_theatre_on_lower_case_ascii_equals_the_case_insensitive_scan(text: str) -> None:
    pattern, lower, by_cue, _d = theatre._cues()
    assert lower is not None
    counts = Counter(cc for m in pattern.finditer(text) if (cc := by_cue.get(m.group(0).lower())))
    assert set(theatre.document_theatre(text)) == set(counts)
    assert theatre.document_theatre(text) == theatre._ranked([(m.group(0).lower(), m.end())
                                                              for m in pattern.finditer(text)], text)


def test_lower_case_theatre_scan_only_for_cues_without_case_folding_oddities() -> None:
    assert ascii_fold_exact(["bogotá", "türkiye", "gaza"])
    assert not ascii_fold_exact(["diyarbakır"])  # "ı" matches "i" case-insensitively
    assert not ascii_fold_exact(["ſaid"])
    assert theatre.document_theatre("Shelling hit GAZA CITY and Khan Younis.") == ("PS",)


def _named(text: str) -> list[tuple[int, str | None]]:
    from civcas.extract.lexicon import lexicon
    from civcas.extract.named import named_victims
    from civcas.extract.text import tokenize

    toks = tokenize(text)
    return [(m.count.start, m.group) for m in named_victims([t.low for t in toks], lexicon(), set(),
                                                            raw=[text[t.start:t.end] for t in toks])]


def test_single_victims_only_at_their_cue_words() -> None:
    assert _named("Officer John Smith fired at the car near the school.") == []
    # borderline cues: a death noun after "of", a possessive death noun, "took his own life"
    assert len(_named("The death of Omar Haddad shocked the town.")) == 1
    assert len(_named("Police are investigating Smith's murder on Friday.")) == 1
    assert len(_named("Carl Jones, 14, took his own life on Sunday.")) == 1


COMBATANT_TEXT = st.sampled_from(["Militant", "militants", "GUNMAN", "gunmen", "commander", "Commanders",
                                  "named", "called", "Fares", "Odeh", "Omar", ",", "a", "the", "local",
                                  "identified", "as", "and", "spokesman", "soldier", ".", "Ali"])


@settings(max_examples=200, deadline=None)
@given(st.lists(COMBATANT_TEXT, max_size=24).map(" ".join))
def test_combatant_noun_trie_matches_like_the_longest_first_alternation(text: str) -> None:
    r = _rules()
    alt = "|".join(sorted((re.escape(w) for w in r.combatant), key=len, reverse=True))
    trie = literal_alternation(r.combatant, flags=re.IGNORECASE).pattern
    assert trie != alt
    for rx in (r.near_combatant, r.combatant_after, r.combatant_as):
        assert trie in rx.pattern
        plain = re.compile(rx.pattern.replace(trie, alt), rx.flags)
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


TARGET_WORDS = st.sampled_from(["the", "The", "THE", "old", "Fish", "market", "MARKET", "marketplace", "bus",
                                "minibus", "Bus-stop", "refugee", "camp", "prison", "-", "hit", "school", ",",
                                "train", "station", "tent", "near", "a", "Mosque"])


@settings(max_examples=200, deadline=None)
@given(st.lists(TARGET_WORDS, max_size=16).map(" ".join))
def test_lower_case_target_scan_equals_the_case_insensitive_one(text: str) -> None:
    c = events._cues()
    assert c.targets_lower is not None
    assert [(m.span(), m.group(1) is not None, m.group(2).lower()) for m in c.targets_lower.finditer(text.lower())] \
        == [(m.span(), m.group(1) is not None, m.group(2).lower()) for m in c.targets.finditer(text)]


def _segments_by_character(text: str) -> list[tuple[str, int, str]]:
    """The character-by-character reading that :func:`victimitems.segments` replaces."""
    out: list[tuple[str, int, str]] = []
    depth = pos = i = 0
    sep = ""
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = victimitems._SEP.match(text, i) if ch in ",;\n&aApP \t" else None
            if m is not None and m.end() > i:
                out.append((text[pos:i], i, sep))
                sep = m.group().strip().lower() or " "
                pos = i = m.end()
                continue
        i += 1
    out.append((text[pos:], len(text), sep))
    return out


LIST_PARTS = st.sampled_from(["Omar Haddad", "34", ",", ", ", ";", " and ", " AND ", "And", "&", " plus ",
                              " as well as ", " - ", " – ", " : ", "(", ")", "(7)", "his wife", "\n", "\t",
                              "  ", "Aya", "panda", "pluses", "Ali\u00a0and Omar", "ſ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(LIST_PARTS, max_size=16).map("".join))
def test_list_segments_equal_the_character_reading(text: str) -> None:
    assert victimitems.segments(text) == _segments_by_character(text)


def test_ascii_folds_are_every_character_matching_ascii_case_insensitively() -> None:
    others = "".join(chr(u) for u in range(128, 0x110000) if not 0xD800 <= u < 0xE000)
    # only cased characters fold; ASCII digits and punctuation match themselves alone
    assert not re.findall(r"[\x00-\x40\x5b-\x60\x7b-\x7f]", others, re.IGNORECASE)
    found = {ch for a in string.ascii_letters for ch in re.findall(a, others, re.IGNORECASE)}
    assert found == set(ASCII_FOLDS)


FOLD_WORDS = st.sampled_from(["was", "KİLLED", "killed", "Killed", "kılled", "the", "dead", "ſaid", "said",
                              "“", "”", "é", "Élie", "named", "\u212aILLED", "as", "among", "–", "were"])


@settings(max_examples=300, deadline=None)
@given(st.lists(FOLD_WORDS, max_size=12).map(" ".join))
def test_literal_view_never_hides_a_match(text: str) -> None:
    view = literal_view(text)
    assert view is None or len(view) == len(text)
    for pattern in [*BRANCHES, r"\bwas\s+killed\b", r"\bsaid\b", r"\bthe\s+dead\s+were\b"]:
        for flags in (0, re.IGNORECASE):
            rx = re.compile(pattern, flags)
            if rx.search(text):
                assert may_match(rx, text, view), (pattern, text)


def _mask_without_pretests(text: str) -> str:
    c = events._cues()
    spans: list[tuple[int, int]] = []
    for g in c.masks:
        spans.extend(m.span("name") for m in g.rx.finditer(text))
    for m in c.speaker.finditer(text):
        if not c.harm.search(text, 0, m.start()):
            spans.extend(events._names(m))
    for g in c.background:
        spans.extend(m.span("name") for m in g.rx.finditer(text) if c.harm.search(text, 0, m.start()))
    chars = list(text)
    for a, b in spans:
        if a >= 0:
            chars[a:b] = " " * (b - a)
    return "".join(chars)


MASK_PARTS = st.sampled_from(["The minister told reporters in Geneva", "officials in Kyiv said", "a strike",
                              "killed 12 people", "after a drone attack on Haifa", "taken to a hospital in Amman",
                              "Kabul-based", "speaking at the summit in Doha", "in Rafah", ",", ".", "“",
                              "were treated at a clinic in Reyhanli", "ſaid", "exiled in London"])


@settings(max_examples=200, deadline=None)
@given(st.lists(MASK_PARTS, max_size=8).map(" ".join))
def test_place_mask_pretests_change_nothing(text: str) -> None:
    assert events.mask_places(text) == _mask_without_pretests(text)
