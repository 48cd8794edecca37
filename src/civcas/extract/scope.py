"""Tally cues that need more than a phrase anywhere near the figure (see ``[scope]`` in the lexicon).

* "so far", "thus far", "up to now" mark a running total only when they stand next to the count
  or its verb ("So far, 8 civilians have been killed", "has left some 1,000 dead so far"); far
  away they say something else ("So far police have not said why he killed two people"), and a
  recovery or toll count of one event grows "so far" too ("buried 160 bodies so far", "the toll
  so far", "identified so far": not a tally), as is a sentence that names one event ("12 dead so
  far in the reported bombing of the school");
* a count of separate events: "in 17 shootings across the city", "in those shootings", "in a
  spate of attacks", "in more than 400 clashes" (wire reports of military tolls);
* a stretch of time: "over an eight-hour stretch", "over a 24-hour period", a period between two
  dates ("between October 2016 and July 2017", "from 24 February 2022, when ..., to 15 February");
* counted events as subject or object ("five air strikes killed 14 civilians", "those seven cases
  resulted in 22 deaths"; not strikes on one target: "three airstrikes on the school") and a
  named campaign ("the Russian siege left 20,000 dead");
* a toll counted up to a date: "brought to 140 the number of aid workers killed by 3 March",
  "deaths as of 12 May".

The caller (``sentence_scope.is_tally``) asks only when no incident cue ("in the strike", "the attack")
stands near the figure, so "the toll from the strike so far stands at 12" stays an incident.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.lexicon import Lexicon, all_matches, any_match, lexicon
from civcas.extract.regex_speed import first_char_guard, may_match


@lru_cache(maxsize=1)
def _near_cues() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")["scope"]
    return (tuple(tuple(p.split()) for p in raw.get("tally_near", [])),
            frozenset(raw.get("tally_near_not", [])), frozenset(raw.get("single_event", [])))


_DETS = frozenset({"a", "an", "the", "this", "that"})


def names_one_event(lows: list[str], events: frozenset[str]) -> bool:
    """True when the words name one event: "the alleged bombing", "an Israeli strike", "this attack"."""
    for i, w in enumerate(lows):
        if w in events and any(t in _DETS for t in lows[max(0, i - 3):i]):
            return True
    return False


_NUM = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|"
        r"several|multiple|numerous|separate|those|these|a series of|a spate of|a string of|a wave of|"
        r"a rash of)")
# "in 17 shootings", "in those shootings", "in a spate of attacks", "in separate incidents", "after
# several separate shootings overnight"
_EVENTS = re.compile(r"\b(?:in|from|during|across|after|following)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|"
                     r"nearly\s+|almost\s+|at\s+least\s+)?" + _NUM + r"\s+(?:separate\s+|other\s+|different\s+|"
                     r"unrelated\s+)?(?:shooting\s+)?"  # "following two separate shooting incidents"
                     r"(?:shootings|incidents|attacks|bombings|ambushes|massacres|killings|clashes|"
                     r"confrontations|skirmishes|engagements|battles)\b")
# "over an eight-hour stretch", "in a 24-hour period", "over a 48 - hour span"
_STRETCH = re.compile(r"\b(?:over|in|during|within)\s+(?:an?|the)\s+[a-z0-9]+(?:\s?-\s?[a-z]+)?\s?-\s?"
                      r"(?:hour|day|week)s?\s+(?:stretch|period|span)\b")


_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
_DAY_MONTH = r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}\b|" + _MONTH + r"\s+\d{4})"
# "between october 2016 and july 2017", "from 24 february 2022 , when the war began , to 15 february
# 2023", "between the morning of 3 march and 18 : 00 on 4 march" (a period's count)
_PERIOD = re.compile(r"\b(?:between|from)\s+(?:the\s+\w+\s+of\s+)?" + _DAY_MONTH
                     + r"(?:\s*,?\s+\d{4})?(?:\s+,[^,.;]{0,90},)?\s+(?:and|to|until|through)\s+"
                     r"(?:[\d :]+\s+on\s+)?(?:the\s+\w+\s+of\s+)?(?:\d{1,2}\s+)?" + _MONTH + r"\b")
_BIG = (r"(?:\d[\d,]*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|dozens of|hundreds of)")
# counted events as the subject or object: "three us drone strikes in yemen killed 9", "those seven
# cases resulted in 22 deaths", "two separate shootings", "sixteen reports were found credible"
# (the number counts the events, not their victims: "200 injured in strikes on the road" is no count of strikes)
_COUNTED = re.compile(r"\b(?:" + _BIG + r"|(?:those|these|the)\s+" + _BIG + r")\s+(?:separate\s+)?"
                      r"(?:(?!(?:in|by|from|during|after)\s)[a-z]+\s+){0,2}"
                      r"(?:(?:air\s?strikes|strikes|raids)(?!\s+(?:on|at|against)\s+(?:the|a|an|his|her|their|\"|“)(?:\s|\b))|"
                      r"shootings|attacks|incidents|cases|bombings)\b"
                      r"|\b(?:two|2)\s+(?:separate\s+)(?:shootings|attacks|incidents|bombings)\b"
                      # "a string of shootings at block parties ... killed nine people"
                      r"|\ba\s+(?:string|series|spate|wave|rash)\s+of\s+(?:[a-z]+\s+)?(?:shootings|attacks|bombings|incidents)\b"
                      # "two shootings on Elm Street that left two men dead"
                      r"|\b(?:two|2)\s+shootings\s+(?:[a-z]+\s+){0,3}(?:that|which)\s+(?:left|resulted|killed|claimed)\b"
                      # a belligerent's assessment over many reports: "16 reports were found credible,
                      # resulting in 132 deaths", "after finding nine more reports credible"
                      r"|\b" + _BIG + r"\s+(?:more\s+|additional\s+|further\s+)?(?:civilian\s+casualty\s+)?"
                      r"(?:reports|allegations|claims)\s+(?:were\s+|to\s+be\s+)?(?:found\s+|assessed\s+|judged\s+|"
                      r"deemed\s+)?(?:to\s+be\s+)?credible\b")
# a campaign as the author of the toll (its subject): "their 2 - month-long bitter struggle has left 1,500
# dead", "the army's siege left at least 6,000 civilians dead", "the offensive , which began on
# saturday , has killed 400"; not a campaign merely named ("fled during the offensive", "one of the
# deadliest attacks of the three-year war")
_TOLL_VERB = (r"(?:\s+(?!(?:were|was|been|are|is|be)\b)[^\s.;]+){0,10}?\s+(?:has\s+|have\s+|had\s+|which\s+|that\s+)?(?:so\s+far\s+)?"
              r"(?:left|leaving|claimed|caused|resulted\s+in|yielded|killed|has\s+killed)\b")
_LENGTH = re.compile(r"\b(?:(?:during|throughout|over)\s+(?:the|a|its|this|that|their)\s+)?"
                     r"[a-z0-9]+\s?-\s?(?:day|week|month|year)(?:-long|\s?-\s?long)?\s+(?:[a-z]+\s+)?"
                     r"(?:battle|offensive|campaign|siege|war|insurgency|bombardment)")
_DURING = re.compile(r"\b(?:during|throughout|over)\s+")
_CAMPAIGN_NOUN = re.compile(r"\b(?:the|its|their|this|[a-z]+\s?['’]s)\s+(?:[a-z-]+\s+){0,2}(?:siege|offensive|invasion|insurgency|"
                            r"blockade)" + _TOLL_VERB)


@lru_cache(maxsize=1)
def _one_event_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")["scope"]
    return (frozenset(tuple(p.split()) for p in raw.get("one_event_periods", [])),
            frozenset(raw.get("single_event", [])) | frozenset(raw.get("one_event_nouns", [])),
            frozenset(raw.get("one_event_verbs", [])))


_CLAUSE_END = frozenset({",", ";", ":", ".", "and", "but", "while", "including"})


def one_event_subject(lows: list[str], cues: list[tuple[int, int]], count_start: int) -> bool:
    """True when the sentence's only tally cues (``cues``: token spans) are relative periods ("last
    month") and one event named with "a"/"an" is the subject of the killing verb right before the
    first count: "An air strike on a market last month killed 12" is an earlier incident, not a
    count over the month (see ``one_event_periods`` in the lexicon)."""
    periods, nouns, verbs = _one_event_words()
    if not cues or any(tuple(lows[a:b]) not in periods for a, b in cues):
        return False
    k = count_start - 1
    while k >= 0 and lows[k] in ("at", "least", "more", "than", "about", "some", "nearly", "over", "up", "to"):
        k -= 1  # "killed at least 12"
    if k < 1 or lows[k] not in verbs:
        return False
    for j in range(k - 1, -1, -1):  # back to the subject: "an air strike on a market last month"
        if lows[j] in _CLAUSE_END and not any(a <= j < b for a, b in cues):
            return False
        if lows[j] in nouns and lows[j + 1:j + 2] != ["of"]:
            for d in range(j - 1, max(-1, j - 5), -1):  # "a drone strike", "an Israeli air strike"
                if lows[d] in ("a", "an"):
                    return True
                if lows[d] in _CLAUSE_END:
                    break
            return False
    return False


@lru_cache(maxsize=1)
def _admitted() -> tuple[re.Pattern[str], frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")
    verbs = "|".join(re.escape(v) for v in raw["scope"].get("admitted_verbs", []))
    rx = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|only\s+|since\s+|also\s+)?(?:" + verbs + r")\s+"
                    r"(?:responsibility\s+for\s+|the\s+deaths\s+of\s+|(?:to\s+)?killing\s+)?(?:at\s+least\s+|more\s+than\s+|only\s+)?"
                    r"(?P<n>\S+)\s+(?:(?:of\s+the\s+)?deaths|(?:[a-z-]+\s+){0,2}?(?:deaths|casualties|civilians)\b)"
                    r"(?P<rest>[^,;.]*)")
    return rx, frozenset(raw["rhetoric"]["day_words"]) | frozenset(raw["rhetoric"]["months"])


def admitted_total(lows: list[str]) -> bool:
    """ "The alliance has now acknowledged 37 civilian deaths in the province": an admitted total
    (see ``admitted_verbs`` in the lexicon), unless its own clause dates one event."""
    if "has" not in lows and "have" not in lows:
        return False
    rx, dated = _admitted()
    m = rx.search(" ".join(lows))
    lex = lexicon()
    if m is None or not (m.group("n")[:1].isdigit() or m.group("n") in lex.units or m.group("n") in lex.tens
                         or m.group("n") in ("dozens", "hundreds", "thousands")):
        return False
    return dated.isdisjoint(w.removesuffix("'s").removesuffix("’s") for w in m.group(0).split())



def near_tally(lows: list[str], start: int, end: int, *, reach: int = 6) -> bool:
    """True when a "so far"-type cue stands within ``reach`` tokens of the span [start, end)."""
    cues, spoilers, events = _near_cues()
    if not spoilers.isdisjoint(lows) or names_one_event(lows, events):
        return False  # "rescuers have recovered 40 bodies so far": one event's toll still growing
    a, b = max(0, start - reach), min(len(lows), end + reach)
    for cue in cues:
        k = len(cue)
        for i in range(a, b - k + 1):
            if tuple(lows[i:i + k]) == cue and not any(t in (".", ";") for t in lows[min(i, start):max(i, end)]):
                return True
    return False


_SMALL = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
          r"a few|several)")
# a stretch counted in days to years: "in only 3 months", "during the 2 months of the crackdown",
# "during the first 3 days of june", "over the course of a month"; not "over two days" (one raid may
# last two days) nor "for the second time in six months" (a comparison)
_SPAN = re.compile(r"\b(?:(?:during|throughout)\s+(?:the\s+(?:first\s+|last\s+|past\s+)?)?" + _SMALL
                   + r"\s+(?:days|weeks|months|years)|in\s+(?:only|just|less\s+than)\s+" + _SMALL
                   + r"\s+(?:days|weeks|months|years)"
                   r"|(?:over|in|during)\s+the\s+course\s+of\s+(?:a|one|the\s+(?:past|last))\s+(?:week|month|year)"
                   r"|(?:over|in|during)\s+the\s+course\s+of\s+" + _SMALL + r"\s+(?:weeks|months|years))\b")
# a whole year of plural events: "killed in clashes between troops and rebels in 1988", "political
# violence during 1987"
_YEAR_OF_EVENTS = re.compile(r"\b(?:clashes|fighting|attacks|violence|bombings|massacres|confrontations|"
                             r"skirmishes|combat|killings)\b[^.;]{0,90}?\b(?:in|during|throughout)\s+(?:19|20)\d\d\b"
                             r"(?!\s*(?:,\s*)?(?:when|in which|where)\b)|\b(?:during|throughout)\s+(?:19|20)\d\d\b")
# many bombs: "set off more than 260 bombs, killing 190" (a few bombs of one attack stay one event)
_MANY_BOMBS = re.compile(r"\b(?:\d{2,}[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[a-z]+\s+){0,2}"
                         r"(?:bombs|explosions|bomb\s+attacks|car\s+bombs)\b")
# counted clashes in a results list: "41 clashes, 29 rebels and 8 troops killed"
_COUNTED_CLASHES = re.compile(r"\b" + _BIG + r"\s+(?:armed\s+|separate\s+)?(?:clashes|confrontations|"
                              r"skirmishes|engagements|ambushes)\b")
# the toll of a whole offensive: "1,870 killed in combat during the offensive", "the dead in the
# government offensive" (not "men who fled during the offensive were killed": a time, not the toll's)
_OFFENSIVE_TOLL = re.compile(r"\b(?:killed|dead|died|wounded|injured|casualties|losses|deaths)\s+(?:in\s+action\s+|"
                             r"in\s+combat\s+)?(?:during|in|throughout)\s+the\s+(?:[a-z]+\s+)?offensive\b")
# an organisation's or a regime's whole life: "over its 10 year history", "during their 8-year rule"
_LIFETIME = re.compile(r"\b(?:over|during|throughout|in)\s+(?:its|their|his|the)\s+" + _SMALL
                       + r"\s?-?\s?years?(?:\s?-\s?long)?\s+(?:history|existence|rule|struggle|dictatorship|"
                       r"regime|war|insurgency|campaign)\b")
# a toll counted up to a date: "the 140th aid worker killed by 3 March", "deaths as of 12 May"
_BY_DATE = re.compile(r"\b(?:killed|dead|died|wounded|injured|deaths|fatalities)\s+(?:so\s+far\s+)?(?:by|as\s+of)\s+"
                      r"(?:the\s+end\s+of\s+)?" + _DAY_MONTH)
# a period stressed by "alone": "last july alone , four teens were shot", "in 2015 alone", "this year alone"
_ALONE = re.compile(r"\b(?:(?:last|this|in)\s+(?:week|weekend|month|year|summer|winter|spring|fall|"
                    + _MONTH + r")|(?:in\s+)?(?:19|20)\d\d)\s+alone\b")


# one of a run of separate deaths over a period: "the second of three teens shot dead in the city
# this month", "the first of two people killed over the weekend" (not "the first of two victims
# was found in the kitchen": no period; not one event's dead with its time, "the second of three
# guards killed in the ambush last week", "the first of two riders who died within hours", "in the
# days after the crash": an incident's own dead)
_ORDINAL_OF = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|latest|last)\s+of\s+" + _SMALL
                         + r"\s+(?:[a-z-]+\s+){0,2}?(?:(?:shot|killed|slain|gunned)\b|who\s+(?:were|have|had|died)\b|"
                         r"(?:homicides|killings|shootings|slayings|deaths)\b)(?:(?!\b(?:attack|ambush|blast|explosion|"
                         r"bombing|raid|strike|crash|fire|robbery|shooting|incident|massacre|siege|standoff)\b)"
                         r"[^.;]){0,60}?\b(?:over|during|in|within|this|last)\s+(?:(?:the\s+|a\s+|one\s+|" + _SMALL
                         + r"\s+)?(?:weekend|week|month|year|days|weeks|months)\b(?!\s+(?:after|following|since|"
                         r"before)\b)|" + _SMALL + r"\s+hours\b)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})


def case_tally(lows: list[str], starts_ends: list[tuple[int, int]], case_heads: frozenset[str]) -> bool:
    """A count of cases ("58 homicides", "one homicide") in a sentence that names a year, a month or
    the "same period" of one: a city's count over that time ("The city recorded 58 homicides in 2017",
    "It recorded one homicide in 2016, according to the sheriff"), not one incident's dead."""
    if not any(e > 0 and lows[e - 1] in case_heads for _s, e in starts_ends):
        return False
    # (or a month: "142 MURDERS WERE REPORTED IN SEPTEMBER", a month's count)
    return any(_YEAR.match(w) is not None or (w in _MONTH_NAMES and k > 0 and lows[k - 1] in ("in", "during", "for"))
               for k, w in enumerate(lows))


# a roundup over a whole city: "11 people were shot across Chicago from Monday to Tuesday", "were
# wounded across the city over the weekend" (not "shot across the street": a place of one event)
_ACROSS = re.compile(r"\b(?:shot|killed|wounded|injured|hurt|dead|died|slain)\s+(?:\w+\s+){0,2}?across\s+"
                     r"(?:the\s+(?:city|county)\b|(?-i:[A-Z][a-z]+)\b(?!\s+(?:Street|"
                     r"Avenue|Road|Boulevard|Drive|Lane|Park)\b))", re.IGNORECASE)


def across_tally(text: str) -> bool:
    """A count of people harmed "across" a whole city or county (see ``_ACROSS``; the caller asks
    in US stories, where such roundups are a genre)."""
    return " across " in text and _ACROSS.search(text) is not None


def event_tally(window: str) -> bool:
    """True when the words (lower-cased, space-joined) count several events or a stretch of hours."""
    low = window.lower() if window.isascii() else None  # (for the exact literal pre-tests)
    # (speed) each pattern is tried only where its own required words occur: most windows hold
    # the words of one or two of them; the answer is that of the one alternation ``_event_cues``
    return any(may_match(rx, window, low) and guarded.search(window) is not None for rx, guarded in _event_parts()) \
        or (may_match(_LENGTH, window, low) and _length(window))


# a whole country's count over a month: "900 civilian deaths across yemen in march 2016", "killed across
# the country in may", "killed nationwide by mid-june" (not one day's wave of strikes "across the country")
_COUNTRY_MONTH = re.compile(r"\b(?:(?:across|throughout)\s+(?:the\s+(?:country|nation)|[a-z]+)|nationwide)\s+"
                            r"(?:in|during|by|through|for)\s+(?:the\s+month\s+of\s+)?(?:(?:early|mid|late)\s*-?\s*)?"
                            + _MONTH + r"\b")

_EVENT_PARTS = (_EVENTS, _STRETCH, _PERIOD, _COUNTED, _CAMPAIGN_NOUN, _SPAN, _YEAR_OF_EVENTS, _MANY_BOMBS,
                _COUNTED_CLASHES, _LIFETIME, _OFFENSIVE_TOLL, _ALONE, _BY_DATE, _COUNTRY_MONTH, _ORDINAL_OF)


@lru_cache(maxsize=1)
def _event_parts() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The event-count and period patterns above, each with its first-character guarded form."""
    return tuple((p, first_char_guard(p)) for p in _EVENT_PARTS)


@lru_cache(maxsize=1)
def _event_cues() -> re.Pattern[str]:
    """The event-count and period patterns above as one alternation (each keeps its own meaning):
    what :func:`event_tally` asks, whether any of them matches (the tests compare the two)."""
    flags = {p.flags for p in _EVENT_PARTS}
    if len(flags) != 1:
        raise ValueError("scope patterns with different flags cannot share one alternation")
    return re.compile("|".join(f"(?:{p.pattern})" for p in _EVENT_PARTS), flags.pop())


def _length(window: str) -> bool:
    """ "during this 10-year-long war" (a campaign's whole length), or such a campaign as the author
    of the toll ("their 1-month-long battle has left 3,000 dead")."""
    for m in _LENGTH.finditer(window):
        if _DURING.match(m.group(0)) or re.match(_TOLL_VERB, window[m.end():]):
            return True
    return False


# a sentence whose subject is a run of events, however long ("A string of shootings at parties and
# cookouts over the long weekend killed at least seven people")
_LEAD_EVENTS = re.compile(r"^a\s+(?:string|series|spate|wave|rash)\s+of\s+(?:[a-z-]+\s+)?(?:shootings|attacks|"
                          r"bombings|killings)\b")


def lead_tally(lows: list[str], lex: Lexicon) -> bool:
    """True when the sentence opens with a tally adverbial set off by a comma, which governs every
    count after it however far: "In the last 24 days, 1,853 rebels and 457 soldiers have been
    killed"; "The report notes that, since January, ..."; a run of events as the subject ("A string of
    shootings over the weekend killed ..."). Also a period between two dates anywhere
    in the sentence, which may close far after the counts ("8,006 civilians killed and 13,287
    injured from 24 February 2022, when the invasion began, to 15 February 2023"). """
    joined = " ".join(lows)
    if _PERIOD.search(joined) or _LEAD_EVENTS.match(joined):
        return True
    head = lows[:12]
    for start, end, _ in all_matches(lex.tally, head):
        if end - start < 2 and not (lows[start] == "since" and end < len(lows)
                                    and (lows[end][:1].isdigit() or lows[end] in _MONTHS)):
            continue  # one word ("daily", "since the weekend") is too weak this far from the count
        if "," in lows[end:end + 6] and not any_match(lex.incident, lows[:end + 6]):
            return True
    return False


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})


# "one of the heaviest attacks of the war", "the worst single massacre in the country's long
# conflict", "the deadliest day of the offensive": a comparison that places one event in a
# campaign, not a count over the campaign (the tally cue inside it is masked).
_SUPERLATIVE = re.compile(r"^(?:[a-z]+iest|worst|biggest|largest|greatest|most)$")
_SUPERLATIVE_WORDS = frozenset({"worst", "biggest", "largest", "greatest", "most"})  # (its words: a pre-test)
_COMPARED = frozenset({"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing",
                       "bombings", "day", "days", "atrocity", "atrocities", "massacre", "massacres",
                       "incident", "incidents", "assault", "assaults", "shelling", "bombardment",
                       "bombardments", "raid", "raids", "blast", "blasts", "shooting", "shootings",
                       "barrage", "barrages", "episode", "episodes", "single"})
_CAMPAIGNS = frozenset({"war", "conflict", "invasion", "offensive", "campaign", "insurgency", "siege",
                        "fighting", "crisis"})


# words in -ing after "since" that name a time, not an act ("since the morning" is written with "the")
_NOT_GERUNDS = frozenset({"morning", "evening", "spring", "beginning", "ceasefire"})


def comparison_mask(lows: list[str]) -> set[int]:
    """Token indices of comparisons that set one event against a campaign or a past event: a
    superlative, an event noun within four words, then the campaign noun within eight more, with
    no clause break or number between ("one of its largest night-time raids of the war"), or
    "since" ("the deadliest assault on the city since a car bomb killed 90 people there in
    2015", "the worst bombing since July 2018, when ..."): that "since" dates a record, not a
    running total; "since 2009, when ..." names the past event whose toll follows. Also "a day earlier/later" (a time reference, not the rate "a day") and the
    adverb of "has since died", "had since been released" (no period follows it), and "since" before
    a gerund ("died since arriving at the hospital")."""
    out: set[int] = set()
    n = len(lows)
    for i, w in enumerate(lows):
        if w == "a" and i + 2 < n and lows[i + 1] in ("day", "week", "month", "year") \
                and lows[i + 2] in _TIME_REFERENCE:
            out.update((i, i + 1))  # "from the 101 given a day earlier"
            continue
        if w == "since" and 0 < i < n - 1 and lows[i - 1] in _PERFECT and lows[i + 1] not in _MONTHS \
                and (lows[i + 1] in _PERFECT_NEXT or lows[i + 1].endswith("ed")):
            out.add(i)  # "one of the victims has since died": the adverb, not a running total
            continue
        if w == "since" and i + 1 < n and lows[i + 1].endswith("ing") and len(lows[i + 1]) > 4 \
                and lows[i + 1] not in _NOT_GERUNDS:
            out.add(i)  # "several had died since arriving", "since being admitted": a time in one event
            continue
        if w == "since" and i + 3 < n and (_YEAR.match(lows[i + 1]) or lows[i + 1] in _MONTHS) \
                and "when" in lows[i + 2:i + 6] and "," in lows[i + 2:i + 5] and _when_counts(lows, i):
            out.add(i)  # "the deadliest since 2009, when a gunman killed 13": that event's toll
            continue
        if not (w in _SUPERLATIVE_WORDS or (w.endswith("iest") and _SUPERLATIVE.match(w))):
            continue
        j = next((k for k in range(i + 1, min(n, i + 5)) if lows[k] in _COMPARED), None)
        if j is None:
            continue
        for k in range(j + 1, min(n, j + 9)):
            if lows[k] in (",", ";", ".", ":") or lows[k][:1].isdigit():
                break
            if lows[k] in _CAMPAIGNS or lows[k] == "since":
                out.update(range(i, k + 1))
                break
    return out


def _when_counts(lows: list[str], since: int) -> bool:
    """The "when" clause after "since <year>," holds a number before its clause ends ("since 2009,
    when a gunman killed 13 people"; not "Since 2015, when the count began, 300 people ...")."""
    w = lows.index("when", since)
    for t in lows[w + 1:]:
        if t in (",", ".", ";", ":"):
            return False
        if t[:1].isdigit() or t in _NUMBER_WORDS:
            return True
    return False


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "dozens", "hundreds", "scores"})
_TIME_REFERENCE = frozenset({"earlier", "later", "before", "after", "ago"})
_PERFECT = frozenset({"has", "have", "had"})
_PERFECT_NEXT = frozenset({"died", "been", "succumbed", "passed", "become", "gone", "left"})


_RELATIVE = frozenset({"that", "which", "who"})
_SPEECH = frozenset({"said", "says", "told", "stated", "added"})


def speaker_clause(lows: list[str], end: int) -> set[int]:
    """Token indices of a relative clause that describes the speaker of a figure standing after
    the speech verb: "a local network *that has reported from the city since the siege began*
    said it had counted 40 dead" (the "since" dates the network's work, not the count). Only a
    clause opened by that/which/who and closed by the last speech verb before ``end`` (the
    figure's first token) counts; "Since 2014, the coalition said, 1,300 ..." has none."""
    v = next((k for k in range(min(end, len(lows)) - 1, -1, -1) if lows[k] in _SPEECH), None)
    if v is None:
        return set()
    r = next((k for k in range(v - 1, max(-1, v - 25), -1) if lows[k] in _RELATIVE), None)
    if r is None or any(w in _SPEECH for w in lows[r:v]):
        return set()
    return set(range(r, v + 1))
