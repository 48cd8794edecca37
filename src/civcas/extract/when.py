"""Dates of incidents and periods of tallies, resolved against the publication date.

``incident_date(text, published)``: "overnight on Tuesday" (article of Fri 11 Nov 2016) -> 8-9 Nov,
precision days; "on Tuesday" -> that day; "yesterday"; "last week" -> that week; "in March" ->
the month (the last March not after publication); "on 17 March", "March 17, 2016", "2016-03-17",
"30 DEC 89"; "earlier this month".

``tally_period(text, published)``: "since 2014" -> 2014-01-01 .. published, precision year;
"so far this year"; "since the start of the offensive in June"; "over the past two years";
"in March" (monthly report) -> that month.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from civcas.datelines import MONTH_NAMES, dateline_date
from civcas.extract.regex_speed import first_char_guard, folded, literal_requirement
from civcas.extract.text import literal_view
from civcas.models import DateSpan

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTH_NUMBERS, WEEKDAYS = _MONTHS, _WEEKDAYS  # (for the other readers of calendar words)
_MON = r"(?P<mon>" + MONTH_NAMES + r")\.?"
_NUMW = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "a": 1, "several": 3, "few": 3}

_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
_DMY = re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MON + r"(?:,?\s+(?P<y>(?:19|20)?\d\d)\b)?",
                  re.IGNORECASE)
_MDY = re.compile(r"\b" + _MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:km|people|civilians))(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
                  re.IGNORECASE)
_MDY = first_char_guard(_MDY)  # (speed: the same matches)
_WEEKDAY = re.compile(r"\b(?P<pre>overnight\s+(?:on\s+|from\s+)?|late\s+(?:on\s+)?|early\s+(?:on\s+)?|on\s+|last\s+)?"
                      r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                      r"(?P<post>\s+(?:night|evening|morning|afternoon)|\s+into\s+(?:the\s+)?(?:early\s+)?"
                      r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|hours)\b)?",
                      re.IGNORECASE)
_WEEKDAY = first_char_guard(_WEEKDAY)  # (speed: the same matches)
_REL = re.compile(r"\b(?P<w>yesterday|today|this\s+morning|this\s+afternoon|this\s+evening|tonight|last\s+night|"
                  r"overnight|last\s+week|earlier\s+this\s+week|this\s+week|earlier\s+this\s+month|"
                  r"last\s+month|this\s+month)\b", re.IGNORECASE)
_REL = first_char_guard(_REL)  # (speed: the same matches)
_IN_MONTH = re.compile(r"\b(?:in|during|since|throughout|of|for)\s+(?:early\s+|late\s+|mid-?)?" + _MON
                       + r"(?:\s+(?P<y>(?:19|20)\d\d))?\b(?!\s*\d)", re.IGNORECASE)
_IN_MONTH = first_char_guard(_IN_MONTH)  # (speed: the same matches)
_IN_YEAR = re.compile(r"\b(?:in|during|since|throughout|for)\s+(?P<y>(?:19|20)\d\d)\b(?![-/]\d)", re.IGNORECASE)
_IN_YEAR = first_char_guard(_IN_YEAR)  # (speed: the same matches)
# a long-past event dated by its month and year or its year alone: "the March 1980 massacre",
# "killed in 1984", "the 1985 bombing" (used for an incident only when before the year of publication)
_MONTH_YEAR = re.compile(r"\b" + _MON + r",?\s+(?P<y>(?:19|20)\d\d)\b(?![-/]\d)", re.IGNORECASE)
_MONTH_YEAR = first_char_guard(_MONTH_YEAR)  # (speed: the same matches)
_EVENT_YEAR = re.compile(r"\b(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b(?![-/]\d)(?!\s*(?:and|to|-)\s*(?:19|20)?\d\d)"
                         r"|\b(?P<y2>(?:19|20)\d\d)\s+(?=(?:fatal\s+|deadly\s+|double\s+|mass\s+)?(?:massacres?|"
                         r"killings?|murders?|assassinations?|attacks?|bombings?|ambush|slayings?|shootings?)\b)",
                         re.IGNORECASE)
_EVENT_YEAR = first_char_guard(_EVENT_YEAR)  # (speed: the same matches)
_PAST = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<n>\d+|one|two|three|four|five|six|seven|"
                   r"eight|nine|ten|several|few)?\s*(?P<u>days?|weeks?|months?|years?)\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(?:so\s+far\s+this\s+year|this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year|"
                        r"since\s+january)\b", re.IGNORECASE)
_THIS_YEAR = first_char_guard(_THIS_YEAR)  # (speed: the same matches)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)
_LAST_YEAR = first_char_guard(_LAST_YEAR)  # (speed: the same matches)
_SINCE = re.compile(r"\bsince\b(?P<rest>[^.;]{0,60})", re.IGNORECASE)
# "Last updated at 8:14 p.m. on Saturday, Nov. 26", "Posted: Mon, Jan 18": a stamp of the page,
# not a date of the event
_STAMP_GATE = re.compile(r"\b(?:update[ds]?|posted|published)\b", re.IGNORECASE)
_STAMP = re.compile(r"\b(?:last\s+)?(?:update[ds]?|posted|published)\b[:,]?\s*\(?\s*(?:at\s+|on\s+)?"
                    r"(?:[0-9:.]+\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}T?\b)?,?\s*(?:on\s+)?)?"
                    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
                    r"(?:" + _MON.replace("?P<mon>", "?:") + r"\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?)?"
                    r"(?:,?\s*(?:at\s+)?[0-9:.]+\s*(?:[ap]\.?m\.?)?)?", re.IGNORECASE)
# "the Feb. 1 shooting": a date naming an event that has happened
_EVENT_AFTER = re.compile(r",?\s*(?:fatal\s+|deadly\s+|double\s+|triple\s+|mass\s+)?(?:shootings?|killings?|"
                          r"murders?|slayings?|homicides?|attacks?|(?:air)?strikes?|bombings?|massacre|"
                          r"shootout|stabbing|raid|ambush|explosion|blast)\b", re.IGNORECASE)
# "made her first court appearance Thursday", "was arraigned Monday", "a vigil Thursday", "was
# identified Wednesday": the day of a later step of the story (court, arrest, funeral, inquiry,
# release of names), not of the event; a follow-up's figures must not take it
# (unless the event itself comes between: "a man was detained over a stabbing on Monday night")
_PROCEEDING = re.compile(r"\b(?:court(?!-)|appearance|appeared|hearings?|trial|pleaded|plea|arraign\w*|sentenc\w*|"
                         r"indicted|jury|judge|verdict|convicted|probation|testif\w*|arrested|charged|funeral|vigil|"
                         r"memorial|identified|released|autops\w+|underway|will|scheduled)\b"
                         r"(?![^.;:]*\b(?:shooting|killing|attack|stabbing|bombing|ambush|"
                         r"raid|explosion|blast|crash)s?\b|[^.;:]*\b(?:shot|killed|wounded|injured|died|dead|found|stabbed|bod(?:y|ies))\b)[^.;:]*$",
                         re.IGNORECASE)
_PROCEEDING = first_char_guard(_PROCEEDING)  # (speed: the same matches)
_POSSESSIVE = re.compile(r"['’]s\b")
# the day of the inquiry or of a release about the event, told right after the day: "Police on
# Friday were investigating the death of ...", "Detectives Monday were still searching for ...",
# "the sheriff wrote in a Monday evening email", "in a Tuesday news release"
_STEP_AFTER = re.compile(r"\s*(?:(?:were|was|are|is|had\s+been)\s+(?:still\s+)?(?:investigating|searching|looking|"
                         r"seeking|trying|working|continuing|interviewing|asking)\b|(?:(?:morning|afternoon|evening)\s+)?"
                         r"(?:e-?mail|statement|(?:news|press)\s+release|news\s+conference|press\s+conference|briefing)\b)",
                         re.IGNORECASE)
# a death told after the wound ("died Saturday", "died of his injuries Sunday", "was pronounced dead
# Monday", "succumbed to his wounds Friday") and the wound itself ("injured in a shooting last week")
_DIED_BEFORE = re.compile(r"\b(?:died|succumbed|pronounced\s+dead)\b(?:\s+(?:of|from|to)\s+(?:his|her|their|the)?\s*"
                          r"(?:[a-z-]+\s+)?(?:injuries|wounds?))?[^.;:]{0,12}$", re.IGNORECASE)
_HURT_BEFORE = re.compile(r"\b(?:injured|wounded|shot|hurt)\s+(?:in\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?"
                          r"(?:shooting|attack|incident)\s+)?$", re.IGNORECASE)
# the day a statement was made, not the day of the event it tells: "the ministry said on Tuesday
# that ...", "police said Thursday", "told reporters on Monday", "said in a statement late on
# Sunday", "In August, a spokesman told reporters ...". A possessive is the event's day ("said
# Friday's strike killed ...") and stays; so do words that also describe the event or a victim
# ("a declared strike", "admitted to hospital on Monday", "confirmed dead").
_SAID = (r"(?:said|says|told\s+(?:reporters|journalists|the\s+[A-Za-z]+(?:\s+[A-Z][a-z]+)*|[A-Z][A-Za-z]+)|"
         r"announced|stated|acknowledged|disclosed|conceded|denied|insisted|wrote|tweeted)")
_SAID_IN = (r"(?:\s+in\s+an?\s+(?:[a-z]+\s+)?(?:statement|interview|report|briefing|conference|post|"
            r"message|communiqu[eé]|release))?")
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WHEN_SAID = (r"(?:(?:late\s+|early\s+|later\s+|earlier\s+)?(?:on\s+)?" + _WD + r"(?:\s+(?:night|evening|morning|afternoon))?|"
              r"yesterday|today|this\s+(?:morning|afternoon|evening)|last\s+night|"
              r"(?:on\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+" + _MON.replace("?P<mon>", "?:") + r"(?:,?\s+(?:19|20)\d\d)?|"
              r"(?:on\s+)?" + _MON.replace("?P<mon>", "?:") + r"\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|"
              r"in\s+(?:early\s+|late\s+|mid-?)?" + _MON.replace("?P<mon>", "?:") + r"(?:\s+(?:19|20)\d\d)?)")
_STATED_ON = re.compile(r"\b(?:" + _SAID + r"|confirmed|revealed)" + _SAID_IN + r",?\s+(?P<d>" + _WHEN_SAID + r")\b"
                        r"(?!(?:\s+(?:night|evening|morning|afternoon))?['’]s\b|\s*\d)",
                        re.IGNORECASE)
_STATED_FIRST = re.compile(r"^\W*(?:(?:in|at|during)\s+(?:a|an|his|her|its|their|the)\s+(?:[a-z]+\s+)?"
                           r"(?:briefing|statement|interview|conference|speech|address)\s+)?"
                           r"(?:(?:late|early|earlier|later)\s+)?(?P<d>" + _WHEN_SAID + r")\s*,\s+"
                           r"(?=[^,.;:]{0,80}?\b" + _SAID + r"\b)", re.IGNORECASE)
_FUTURE_DAYS = 62  # an undated day-month up to this far after publication is a future date


def _year(y: str | None, published: date | None, month: int) -> int | None:
    if y:
        v = int(y)
        if v < 100:
            v += 1900 if v >= 50 else 2000
        return v
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_span(y: int, m: int, text: str) -> DateSpan:
    last = calendar.monthrange(y, m)[1]
    return DateSpan(date(y, m, 1), date(y, m, last), "month", text)


def _past_day(mon: int, day: int, published: date | None, *, event: bool = False) -> date | None:
    """A day and month without a year: the most recent such date not after ``published``, or
    None when the date lies in the near future (a scheduled hearing, "meals through July 23", an
    "updated Nov. 27" stamp) unless it names a past ``event`` ("the Feb. 1 shooting")."""
    if published is None:
        return None
    for y in range(published.year, published.year - 5, -1):  # 29 Feb: back to a leap year
        d = _safe(y, mon, day)
        if d is None:
            continue
        if d <= published:
            return d
        if (d - published).days <= _FUTURE_DAYS and not event:
            return None
    return None


def _day_of(m: re.Match[str], rx: re.Pattern[str], published: date | None) -> date | None:
    if rx is _ISO:
        return _safe(int(m["y"]), int(m["m"]), int(m["d"]))
    mon = _MONTHS.get(m["mon"].lower().rstrip("."))
    if mon is None:
        return None
    if m["mon"].lower() == "may" and rx is _MDY and not m["y"]:
        return None  # "may 12" is usually the verb
    if not m["y"]:
        return _past_day(mon, int(m["d"]), published, event=_EVENT_AFTER.match(m.string, m.end()) is not None)
    y = _year(m["y"], published, mon)
    return _safe(y, mon, int(m["d"])) if y else None


@lru_cache(maxsize=1)
def _needs() -> dict[str, tuple[str, ...] | None]:
    """The lower-case literals one of which every match of a pattern holds (None: none known),
    by pattern name (:func:`civcas.extract.regex_speed.literal_requirement`)."""
    needs = {name: literal_requirement(rx) for name, rx in (
        ("stamp", _STAMP_GATE), ("iso", _ISO), ("dmy", _DMY), ("mdy", _MDY), ("weekday", _WEEKDAY),
        ("rel", _REL), ("in_month", _IN_MONTH), ("month_year", _MONTH_YEAR), ("event_year", _EVENT_YEAR))}
    dates = [needs[k] for k in ("iso", "dmy", "mdy", "weekday", "rel", "in_month", "month_year", "event_year")]
    # "any": one of the date patterns of incident_date
    needs["any"] = None if None in dates else tuple(sorted({w for n in dates if n for w in n}))
    return needs


def _may(need: str, low: str | None) -> bool:
    """False when the pattern ``need`` names certainly has no match in a text whose
    :func:`~civcas.extract.text.literal_view` is ``low`` (None: nothing is known)."""
    req = _needs()[need]
    return low is None or req is None or any(map(low.__contains__, req))


def _unstamped(text: str, low: str | None) -> tuple[str, str | None]:
    """``text`` (and ``low``) without page stamps ("Last updated at 8:14 p.m. on Saturday")."""
    if _may("stamp", low) and _STAMP_GATE.search(text):
        text = _STAMP.sub(" ", text)
        return text, literal_view(text)
    return text, low


def absolute_date(text: str, published: date | None) -> DateSpan | None:
    """The first absolute day date in ``text`` (ISO, "17 March 2016", "March 17", "30 DEC 89").

    A date without a year is the most recent such date not after ``published`` ("the Nov. 25
    shooting" in a report of 3 Feb is last November's); one in the near future is skipped."""
    return _absolute(text, literal_view(text), published)


def _absolute(text: str, low: str | None, published: date | None) -> DateSpan | None:
    best: tuple[int, DateSpan] | None = None
    text, low = _unstamped(text, low)
    for need, rx in (("iso", _ISO), ("dmy", _DMY), ("mdy", _MDY)):
        if not _may(need, low):
            continue
        for m in rx.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            d = _day_of(m, rx, published)
            if d is not None:
                best = (m.start(), DateSpan(d, d, "day", m.group().strip()))
                break
    return best[1] if best else None


def _statements(text: str) -> list[re.Match[str]]:
    """The dates of statements in ``text`` ("said on Tuesday", "In August, a spokesman told") and
    of a dateline ("SANTIAGO, 24 AUG 89 (EFE) -- [TEXT]": the day of the report)."""
    dated = dateline_date(text)
    stated = [m for rx in (_STATED_FIRST, _STATED_ON) for m in rx.finditer(text)]
    return [dated, *stated] if dated is not None else stated


def statement_date(text: str, published: date | None) -> DateSpan | None:
    """The day (or month) a statement in ``text`` was made: "the ministry said on Tuesday that
    nine people were killed" -> that Tuesday. :func:`incident_date` leaves such dates out."""
    text = text[:2000]
    for m in sorted(_statements(text), key=lambda m: m.start("d")):
        d = incident_date(m["d"], published)
        if d is not None:
            return d
    return None


def incident_date(text: str, published: date | None) -> DateSpan | None:
    """The date an incident sentence gives, resolved against ``published`` (see module doc); the
    date of a statement ("police said on Thursday that ...") is not the incident's."""
    text = text[:2000]
    text, low = _unstamped(text, literal_view(text))
    if not _may("any", low):
        return None  # no date pattern can match
    stated = _statements(text)
    if stated:
        for st in stated:
            text = text[:st.start("d")] + " " * (st.end("d") - st.start("d")) + text[st.end("d"):]
        low = literal_view(text)
    ab = _absolute(text, low, published)
    if ab is not None:
        return ab
    if published is None:
        m = _IN_MONTH.search(text) if _may("in_month", low) else None
        if m and m["y"]:
            mon = _MONTHS.get(m["mon"].lower().rstrip("."))
            if mon:
                return _month_span(int(m["y"]), mon, m.group().strip())
        return None
    days = [w for w in _WEEKDAY.finditer(text) if not _later_step(text, w)] if _may("weekday", low) else []
    m = days[0] if days else None
    if m is not None and _DIED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        # "died Saturday of a wound suffered on Friday", "hurt in a shooting last week, died Sunday":
        # the day of the wound, where the sentence gives one, is the incident's
        hurt = next((w for w in days[1:] if not _DIED_BEFORE.search(text, max(0, w.start() - 40), w.start())), None)
        if hurt is not None:
            m = hurt
        elif (r0 := _REL.search(text, 0, m.start()) if _may("rel", low) else None) is not None \
                and _HURT_BEFORE.search(text, max(0, r0.start() - 40), r0.start()):
            m = None
    if m is not None:
        wd = _WEEKDAYS[m["wd"].lower()]
        back = (published.weekday() - wd) % 7
        if (m["pre"] or "").lower().startswith("last") and back == 0:
            back = 7
        day = published - timedelta(days=back)
        pre, post = (m["pre"] or "").lower(), (m["post"] or "").lower()
        if "overnight" in pre or "night" in post or "into" in post:
            return DateSpan(day, day + timedelta(days=1), "days", m.group().strip())
        return DateSpan(day, day, "day", m.group().strip())
    r = next((x for x in _REL.finditer(text) if not _later_step(text, x)), None) if _may("rel", low) else None
    if r is not None:
        w = re.sub(r"\s+", " ", r["w"].lower())
        if w == "yesterday":
            d = published - timedelta(days=1)
            return DateSpan(d, d, "day", r.group())
        if w in ("today", "this morning", "this afternoon", "this evening", "tonight"):
            return DateSpan(published, published, "day", r.group())
        if w in ("last night", "overnight"):
            return DateSpan(published - timedelta(days=1), published, "days", r.group())
        if w == "last week":  # the week before; in a weekend paper also the week now ending
            monday = published - timedelta(days=published.weekday() + 7)
            end = monday + timedelta(days=6) if published.weekday() < 5 else published - timedelta(days=1)
            return DateSpan(monday, end, "week", r.group())
        if w in ("this week", "earlier this week"):
            monday = published - timedelta(days=published.weekday())
            return DateSpan(monday, published, "week", r.group())
        if w in ("earlier this month", "this month"):
            return DateSpan(published.replace(day=1), published, "month", r.group())
        if w == "last month":
            prev = published.replace(day=1) - timedelta(days=1)
            return _month_span(prev.year, prev.month, r.group())
    m2 = _IN_MONTH.search(text) if _may("in_month", low) else None
    if m2 is not None:
        mon = _MONTHS.get(m2["mon"].lower().rstrip("."))
        if mon and not (m2["mon"].lower() == "may" and not m2["y"]):
            y = _year(m2["y"], published, mon)
            if y:
                return _month_span(y, mon, m2.group().strip())
    return _past_year(text, published)


def _later_step(text: str, m: re.Match[str]) -> bool:
    """The day ``m`` names is that of a later step of the story (:data:`_PROCEEDING`: "was
    arraigned Monday", "funeral services are tonight", "the victim was identified Sunday"), unless
    it is the event's own day in the possessive ("charged in last Saturday's shooting")."""
    if _POSSESSIVE.match(text, m.end()):
        return False
    # (speed: the case-insensitive patterns on the lower-cased copy of an ASCII text, regex_speed.folded)
    proceeding, low = folded(_PROCEEDING, text)
    if proceeding.search(low, max(0, m.start() - 40), m.start()) is not None:
        return True
    step_after, low = folded(_STEP_AFTER, text)
    return step_after.match(low, m.end()) is not None


def _past_year(text: str, published: date) -> DateSpan | None:
    """ "the March 1980 massacre" (that month), "killed in 1984", "the 1985 bombing" (that year): a
    month or year before the year of publication, else None (a year of the story's own is no cue)."""
    for m in _MONTH_YEAR.finditer(text):
        mon = _MONTHS.get(m["mon"].lower().rstrip("."))
        y = int(m["y"])
        if mon and y < published.year and not (m["mon"].lower() == "may" and m.group()[:1].islower()):
            return _month_span(y, mon, m.group().strip())
    for m in _EVENT_YEAR.finditer(text):
        y = int(m["y"] or m["y2"])
        if 1900 < y < published.year:
            return DateSpan(date(y, 1, 1), date(y, 12, 31), "year", m.group().strip())
    return None


def tally_period(text: str, published: date | None) -> DateSpan | None:
    """The period a cumulative tally covers (see module doc), or None."""
    text = text[:2000]
    end = published
    s = _SINCE.search(text)
    if s is not None:
        rest = s["rest"]
        ab = absolute_date(rest, published)
        if ab is not None:
            return DateSpan(ab.start, end or ab.start, "day", "since" + rest[: rest.find(ab.text or "") + len(ab.text or "")])
        m = re.search(_MON + r"(?:\s+(?P<y>(?:19|20)\d\d))?", rest, re.IGNORECASE)
        y_only = re.search(r"\b(?P<y>(?:19|20)\d\d)\b", rest)
        if m is not None and not (m["mon"].lower() == "may" and not m["y"]):
            mon = _MONTHS.get(m["mon"].lower().rstrip("."))
            y = _year(m["y"], published, mon) if mon else None
            if mon and y:
                start = date(y, mon, 1)
                return DateSpan(start, end or start, "month", ("since" + rest[: m.end()]).strip())
        if y_only is not None:
            y = int(y_only["y"])
            return DateSpan(date(y, 1, 1), end or date(y, 12, 31), "year",
                            ("since" + rest[: y_only.end()]).strip())
    if published is None:
        return None
    if _THIS_YEAR.search(text):
        return DateSpan(date(published.year, 1, 1), published, "year", _THIS_YEAR.search(text).group())  # type: ignore[union-attr]
    if _LAST_YEAR.search(text):
        y = published.year - 1
        return DateSpan(date(y, 1, 1), date(y, 12, 31), "year", "last year")
    p = _PAST.search(text)
    if p is not None:
        n = p["n"] or "1"
        k = int(n) if n.isdigit() else _NUMW.get(n.lower(), 1)
        unit = p["u"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * k
        prec = {"day": "days", "week": "week", "month": "month", "year": "year"}[unit]
        return DateSpan(published - timedelta(days=days), published, prec, p.group())  # type: ignore[arg-type]
    m3 = _IN_MONTH.search(text)
    if m3 is not None:
        mon = _MONTHS.get(m3["mon"].lower().rstrip("."))
        if mon and not (m3["mon"].lower() == "may" and not m3["y"]):
            y = _year(m3["y"], published, mon)
            if y:
                return _month_span(y, mon, m3.group().strip())
    y4 = _IN_YEAR.search(text)
    if y4 is not None:
        y = int(y4["y"])
        return DateSpan(date(y, 1, 1), date(y, 12, 31), "year", y4.group())
    r = _REL.search(text)
    if r is not None and "month" in r["w"].lower():
        return incident_date(r.group(), published)
    return None
