"""The kind of an unknown claimant from its words (used by :mod:`civcas.extract.claim_resolve` and
:mod:`civcas.extract.claims`): "the ministry" -> government, "a rescue worker" -> local, "the
Committee to Protect Journalists" -> ngo. The first row whose pattern matches wins; "local" is the
default.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["guess_kind"]

_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("media", r"\bstate[-\s]+(?:run\s+)?(?:television|tv|media|radio|news\s+agency|broadcaster)"),
    ("un", r"\bU\.?N\.?\b|united nations"),
    # a state body's own human-rights office, before the ngo row's "human rights office": "the attorney
    # general's human rights unit", "the human rights office of the Interior Ministry" (the UN's stays un)
    ("government", r"^(?=.*\bhuman\s+rights\b)(?=.*\b(?:office|unit|department|directorate|cent(?:er|re))\b).*"
                   r"(?<!non-)(?<!non\s)\b(?:ministry|minister|prosecutors?|prosecutor[-\s]general|attorneys?[-\s]general|government|"
                   r"presidency|police)\b"),
    ("ngo", r"amnesty|watch\b|red cross|red crescent|\bngo\b|charity|human rights group|rights group|"
            r"committee to protect|\brelief\b|save the children|rescue committee|indigenous\s+(?:council|organi[sz]ation)|"
            r"archdiocese|diocese|bishops|trade union|labou?r federation|legal aid|"
            # an association or federation of people ("Judicial Employees' Association", "Coca Growers'
            # Federation", "Journalists Syndicate", "Mutual Support Group")
            r"association\b|federation\b|syndicate\b|support group|foundation\b|(?<!people's\s)party\b|think\s+tank|"
            # a human-rights committee of citizens: "the Permanent Committee for the Defense of Human Rights"
            r"committee\s+(?:for|of)\s+(?:the\s+)?(?:defen[cs]e\s+of\s+)?human\s+rights|"
            # a union of journalists ("the journalists' union"): no medium, their association
            r"journalists['’]?\s+union|"
            # a union of workers, a peasants' or students' body and its leaders ("the banana workers'
            # union", "a union leader", "the National Union of Port Workers"), not a state's union
            r"(?<!soviet\s)(?<!european\s)(?<!african\s)\bunion\s+(?:of\s+(?:[\w'’-]+\s+){0,4}?workers|leaders?|"
            r"officials?|spokes(?:man|woman|person)|members?)\b|workers['’]?\s+union|"
            r"(?:peasants?|farmworkers?|students?|teachers?|workers?)['’]?\s+(?:union|confederation|league|movement)\b|"
            r"\bconfederation\b|"
            # a body that calls itself non-governmental, and a centre or office of human rights that is not
            # a state's national one: "a nongovernmental group", "the Centre for Human Rights of Lesotho",
            # "the human rights office of the diocese" (not "the National Commission for Human Rights")
            r"\bnon-?governmental\b|(?<!national\s)(?:cent(?:er|re)|office|commission|league|institute)\s+"
            r"for\s+human\s+rights|human\s+rights\s+(?:office|cent(?:er|re)|league|institute)\b"),
    # a hospital named as one, whoever runs it: "Brooke Army Medical Center", "the county's trauma center"
    ("medical", r"(?:hospital|medical\s+(?:cent(?:er|re)|branch|complex)|health\s+(?:system|cent(?:er|re))|"
                r"trauma\s+cent(?:er|re)|clinic|infirmary)(?:\s+[A-Z][\w.'’-]*){0,3}\s*$"),
    ("monitor", r"peace studies|conflict studies|body count|casualty (?:recording|tracking)|tracking project"),
    ("monitor", r"monitor|observatory|network for human rights|human rights network|documentation\s+(?:cent|network|office)|"
                r"watchdog"),
    ("belligerent", r"\barmy\b|forces|defen[cs]e\s+force\b|\bair\s+force\b|\bnavy\b|coalition|militia|commander|spokesman for the|pentagon|"
                    r"defen[cs]e ministry|ministry of defen[cs]e|soldier|troops|rebels|brigade|"
                    r"investigators|military sources|^military\b"),
    ("government", r"health\s+(?:officials?|ministry|department|directorate|authorit)|"
                   r"ministry|minister|directorate|department|administration|governor|prosecutor|"
                   r"president|mayor|council|police|sheriff|authorit|governorate|intelligence|railway|"
                   r"emergency service|emergency management|disaster management|interior|embassy|"
                   r"security\s+(?:sources?|officials?)|kremlin|law\s+enforcement|people['’]s\s+republic|"
                   r"deputies|legislators|lawmakers|congressm[ae]n|senators|parliament|\bsenate\b|congressional|"
                   # a state commission: "the Senate commission on violence", "the national human rights commission"
                   r"(?:truth|reconciliation|human\s+rights)\s+commission"),
    ("medical", r"hospital|doctor|medic|health|medical|paramedic|ambulance|nurse|surgeon|clinic|coroner|"
                r"examiner|morgue"),
    ("government", r"official|government|state\b"),
    ("media", r"agency|news|\btv\b|television|radio|newspaper|channel|media|reporter|correspondent|"
              r"(?<!citizen\s)journalist|photographer|cameraman|"  # (citizen journalists are local activists)
              r"(?-i:\b(?:Tribune|Times|Post|Herald|Journal|Gazette|Chronicle|Daily)\b)"),  # a newspaper's name
    ("belligerent", r"military"),
    ("local", r"activist|resident|local|witness|villager|civil defen|rescue|source|relative|"
              r"neighbo"),
)
_KIND_RX = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _KIND_WORDS)


@lru_cache(maxsize=4096)  # pure; the same claimant words recur
def guess_kind(text: str) -> str:
    """Actor kind from the words of an unknown claimant ("the ministry" -> government)."""
    for kind, rx in _KIND_RX:
        if rx.search(text):
            return kind
    return "local"
