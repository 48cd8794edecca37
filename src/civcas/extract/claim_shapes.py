"""The shapes of claimant phrases that :mod:`civcas.extract.claim_resolve` reads (moved out of
it unchanged): anaphora and role nouns that name no speaker of their own, sentence adverbs before a
subject, descriptors of a document's known claimants ("a monitoring group"), words that make a
phrase no claimant (numbers, casualty words, times), wings and bodies of a group ("a spokesman for
the X"), documents and outlets ("a communique read over the radio", "the X-run TV"), and the
named-office patterns of the end of a resolution.
"""

from __future__ import annotations

import re

from civcas.extract.regex_speed import first_char_guard

ANAPHORA = frozenset({
    "he", "she", "they", "it", "the monitor", "the group", "the watchdog", "the spokesman",
    "the spokeswoman", "the spokesperson", "the official", "the organisation",
    "the organization", "the agency", "the ministry", "the source", "the sources", "the observatory",
    "the network", "the statement", "the report", "a spokesman", "a spokeswoman", "the war monitor",
    "the britain-based monitor", "the uk-based monitor", "the rights group", "the body", "the office",
    "its spokesman", "its spokeswoman", "the group's spokesman", "the charity", "the command",
    "the committee", "the panel", "the communique", "the communiqué", "the release", "the document",
})

# what is no speaker alone: a bare document ("the communique", "a report") or place ("the city", "church")
NO_SPEAKER = frozenset({"communique", "communiqué", "statement", "report", "release", "document", "letter",
                         "city", "town", "village", "area", "church", "country", "house", "building"})

# the time of unnamed reports, left after their noun: "Initial reports noted", "Early reports said"
REPORT_TIME = frozenset({"initial", "early", "earlier", "later", "first", "preliminary", "subsequent",
                          "latest", "unconfirmed"})

# a sentence adverb before the subject: "HOWEVER, THE ARMY SAID", "Meanwhile the ministry said"
ADVERB_LEAD = re.compile(r"^(?:however|meanwhile|moreover|furthermore|nevertheless|nonetheless|additionally|"
                          r"also|still|instead|indeed|then|thus|therefore|likewise|similarly|besides)\b[\s,]*",
                          re.IGNORECASE)

# a role noun with no name: the document's known claimant of this kind ("a monitoring group said")
DESCRIPTORS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(rx, re.IGNORECASE), kinds) for rx, kinds in (
        (r"^(?:the\s+|a\s+|an\s+)?(?:\w+-based\s+|britain-based\s+|uk-based\s+|war\s+|syrian\s+)?"
         r"(?:monitoring\s+group|monitor|watchdog|monitoring\s+network|observatory)$", ("monitor",)),
        (r"^(?:the\s+|a\s+)?(?:international\s+|medical\s+|humanitarian\s+)?(?:medical\s+charity|"
         r"medical\s+aid\s+(?:group|organi[sz]ation)|aid\s+group|charity|humanitarian\s+group)$", ("medical", "ngo")),
        (r"^(?:the\s+|a\s+)?(?:\w+\s+)?(?:rights\s+group|human\s+rights\s+group|rights\s+organi[sz]ation)$",
         ("ngo", "monitor")),
        (r"^(?:the\s+)?(?:world\s+body|un\s+agency|u\.n\.\s+agency|un\s+body|un\s+mission|mission)$", ("un",)),
        (r"^(?:the\s+)?(?:news\s+agency|state\s+news\s+agency|state\s+media|broadcaster|state\s+television)$",
         ("media",)),
        (r"^(?:the\s+)?(?:command|military\s+command)$", ("belligerent",)),
        # an armed group by its description: the non-state belligerent of the story ("the Islamist group")
        (r"^(?:the\s+)?(?:(?:islamist|jihadist|militant|armed|rebel|insurgent|extremist|separatist|[\w]+-linked|"
         r"[\w]+-aligned|[\w]+-allied|somali|nigerian|sunni|shiite|shi'ite)\s+)+(?:group|movement|militia|organi[sz]ation|"
         r"faction|insurgents|rebels|militants)$", ("group",)),
    ))

# a state's offices, no armed group: "the group said" never names them (nor a country's forces, _is_state)
STATE_WORDS = re.compile(r"\b(?:government|ministry|police|command|coalition|navy|air\s+force|amisom|mission|"
                          r"military)\b|^(?:US|U\.S\.|American|NATO)\b", re.IGNORECASE)

BARE_INSTITUTIONS = frozenset({"police", "the police", "prosecutors", "the prosecutors"})

LEAD_WORDS = frozenset({"earlier", "later", "in", "on", "at", "by", "after", "meanwhile", "separately",
                         "yesterday", "today", "overnight", "before", "during", "since"})

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds?|"
                 r"thousands?|dozens?|scores")

NOT_CLAIMANT = re.compile(
    r"\d|\b(?:killed|wounded|injured|died|dead|strikes?|struck|attack|people(?!['’]s)|civilians|i|we|you|"
    r"which|who|what|there|this|that|when|where|while|if|as|" + _NUMBER_WORDS + r")\b"
    r"|^(?:using|carrying|firing|targeting|hitting|striking|shelling|bombing|having|being|any|all|not|no|nor|"
    r"than|because|after|before|since|until|unless|although|denied|denies|said|says|told|reported|citing|quoting|"
    r"claimed|accused|blamed|rejected|added|confirmed|saying|adding)\b",
    re.IGNORECASE)

NOT_CLAIMANT = first_char_guard(NOT_CLAIMANT)  # (speed: the same matches)

TIME_ONLY = re.compile(r"^(?:(?:the\s+)?(?:next|following|previous|same)\s+(?:day|morning|evening|night|week)|"
                        r"(?:on|in|at|late|early|last|this|that)?\s*(?:monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday|yesterday|today|tonight|night|morning|evening|week|month|"
                        r"january|february|march|april|may|june|july|august|september|october|november|"
                        r"december)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
                        # a part of the day after it: "On Sunday morning a spokesman had put the toll at"
                        r"(?:\s+(?:morning|afternoon|evening|night))?)\b", re.IGNORECASE)

# a person of an armed wing of the group just named: "a commander of the movement's military wing"
WING = re.compile(r"^(?:(?:the|a|an)\s+)?(?:spokes(?:man|woman|person)|commander|official|member|leader)s?\s+"
                   r"(?:for|of|from)\s+(?:the\s+(?:group|movement|organi[sz]ation)['’]s|its|their)\s+"
                   r"(?:armed|military)\s+wing$")

# a person of the armed wing of a named organisation: "an official of the PLF's armed wing"
NAMED_WING = re.compile(r"^(?:(?:the|a|an)\s+)?(?i:spokes(?:man|woman|person)|commander|official|member|leader)s?\s+"
                         r"(?i:for|of|from)\s+(?:the\s+)?(?P<o>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})['’]s?\s+"
                         r"(?i:armed|military)\s+wing$")

# a civil body of an armed movement's administration, after its name: "(Houthi) civil defence official",
# "(Houthi) prisoners' committee" (its health ministry is found by name below)
OWN_BODY = re.compile(r"^(?:-run|-controlled|-led)?\s+((?:civil\s+defen[cs]e|prisoners['’]?\s+(?:affairs\s+)?committee|"
                       r"(?:[a-z]+\s+)?(?:emergency|rescue)\s+service))(?:\s+(?:officials?|spokes(?:man|woman|person)|"
                       r"directorate|department|teams?|workers|crews))?$", re.IGNORECASE)

# a bare plural subject after a time phrase: "On Sunday officials had said ..."
BARE_PLURAL = re.compile(r"(?:(?:local|health|medical|security|government|hospital|police|rescue)\s+)?"
                          r"(?:officials|authorities|police|residents|witnesses|medics|doctors|activists|relatives|"
                          r"rescuers|survivors|villagers)", re.IGNORECASE)

# an earlier or later document of a source: "A previous ministry statement put the toll at",
# "a previous statement by the ministry", "A COMMUNIQUE ISSUED TODAY BY THE ARMY"
EARLIER_DOC = re.compile(r"^(?:an?|the|its)\s+(?:(?:earlier|previous|initial|first|latest|later|new|separate|updated)\s+)+"
                          r"(?:(?P<o>[a-z][\w'’\- ]{1,30}?)\s+)?(?:statement|report|toll|count|tally|communiqu[eé]|bulletin)"
                          r"(?:\s+(?:issued\s+)?(?:by|from|of)\s+(?P<o2>[^,;]{2,60}))?$", re.IGNORECASE)

# a regional command of the state's army: "the political-military command of the emergency zone"
# (or named by its region first: "the Huanta political-military command", "the Junin political-military command")
ARMY_COMMAND = re.compile(r"^(?:the\s+)?(?:political[- ]military|military|army)\s+command\s+(?:of|for|in)\s+(?:the\s+)?\S"
                           r"|^(?:the\s+)?(?:[\w'’-]+\s+){1,3}?political[- ]military\s+command$", re.IGNORECASE)

# the outlet of the dateline speaking of itself: "a bulletin broadcast on this station", "this radio learned"
THIS_STATION = re.compile(r"(?:^|\b(?:read|broadcast|aired|heard|carried)\s+(?:on|over|by)\s+)(?:this|our)\s+"
                           r"(?:station|radio(?:\s+station)?|network|channel|newspaper)\b", re.IGNORECASE)

# the medium a document was read on, after the document: "AN ARMY COMMUNIQUE READ OVER THE RADIO",
# "a police statement broadcast on national television": the document's author speaks, not the medium
AIRED = re.compile(r"\s+(?:read|broadcast|aired|carried)\s+(?:over|on|by)\s+(?:the\s+|a\s+)?(?:(?:national|local|state|"
                    r"official|government|clandestine)\s+)?(?:radio|television|tv|airwaves)(?:\s+(?:station|network))?$",
                    re.IGNORECASE)

# a dateline's credit: "TEGUCIGALPA, 2 FEB 90 (RADIO AMERICA) --"
CREDIT = re.compile(r"\((?P<src>[A-Z][A-Za-z .'’-]{2,40})\)\s*(?:--|-|—|–)")

# a document with no owner: "a communique issued today", "a statement released on Sunday"
BARE_DOC = re.compile(r"^(?:an?)\s+(?:communiqu[eé]|statement|bulletin)(?:\s+(?:issued|released|published|read)\b[^,;]*)?$",
                       re.IGNORECASE)

# a post or video by its author or on its author's channel: "a post on the family's Telegram channel"
DOC_BY = re.compile(r"^(?:an?|the)\s+(?:(?:social\s+media|facebook|telegram|x)\s+)?(?:post|tweet|video|message)\s+"
                     r"(?:(?:published|shared|posted)\s+)?(?:by|from|on)\s+(?P<o>(?:the\s+)?[\w\- ]{2,40}?)"
                     r"(?:['’]s\s+(?:(?:official\s+)?(?:facebook|telegram|x|twitter|instagram|youtube)\s+)?"
                     r"(?:channel|page|account|feed))?$", re.IGNORECASE)

# a kind of outlet before its name: "Palestinian outlet Shehab News Agency", "the local news site Gaza Now"
OUTLET = re.compile(r"^(?:[Tt]he\s+|[Aa]\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:local|independent|state|pro-[\w-]+)\s+)?"
                     r"(?:outlet|news\s+(?:site|outlet|network|agency)|broadcaster|newspaper|daily|channel|"
                     r"media\s+outlet)\s+(?P<n>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4})$")

# bracketed wire-copy tags before a subject: "[REPORT] [JOHN DOE] [TEXT]"
WIRE_TAGS = re.compile(r"^(?:\[[^\]]{1,40}\]\s*)+(?=\S)")

# a document named by its owner: "the monitor's assessment", "Airwars' own assessment"
OWNED_DOC = re.compile(r"^(?P<o>(?:the\s+)?[\w\- ]{2,40}?)(?:['’]s|(?<=s)['’])\s+(?:own\s+|latest\s+|final\s+)?"
                        r"(?:assessment|report|statement|figures|data|tally|count|estimate)s?$", re.IGNORECASE)

# a subject with a restrictive relative clause: "A UN team that visited the hospital the next day"
REL_HEAD = re.compile(r"^((?:the|a|an)\s+[^,]{1,50}?)\s+(?:that|who|which)\s+\w+", re.IGNORECASE)

# (patterns of _resolve, compiled once)
SPACES = re.compile(r"\s+")

BUT_AND = re.compile(r"^(?:but|and)\s+")

ARTICLE_WORD = re.compile(r"(?:the|a|an)\s+\w", re.IGNORECASE)

DOUBLE_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=the\s)")

NOT_LEAD = re.compile(r"(?:not|nor|as|than)\b")

LATIN = re.compile(r"[A-Za-z]")

ONE_NAME = re.compile(r"[A-Z][a-z][\w'’-]+")

ONE_WORD = re.compile(r"[A-Z][a-z][\w'’-]+")

DEPARTMENT = re.compile(r"(?:the\s+)?department(?:['’]s)?(?:\s+(?:figures|data|statistics|records|numbers))?")

# a body named by its head noun alone ("the party", "the commission"): the one the document named in full
BODY_NOUN = re.compile(r"the\s+(party|commission|committee|council|union|federation|association|league|syndicate|"
                        r"movement|front)")

# the first ministry or minister a document names as a speaker
MINISTRY_NAMED = re.compile(r"(?:\b[A-Z][\w'’\-]*\s+){0,3}(?:[Hh]ealth\s+|[Ii]nterior\s+)?[Mm]inist(?:er|ry)"
                             r"(?:\s+of\s+[A-Z][\w]*)?(?=,?\s+(?:[A-Z][\w'’\-]*\s+){0,3}(?:said|says|told|reported))")

# the officials of an unnamed hospital speak for the hospital the story names
HOSPITAL_ROLE = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?:hospital|hospital's)\s+(?:officials?|spokes(?:man|woman|person)|"
                            r"director|administrators?|authorities|management|staff)$|^the\s+hospital$")

PLACELESS = frozenset({"sheriff's office", "coroner", "medical examiner"})

# the nouns of a described body: "(X,) a nongovernmental group", "A herders' association, (X)"
BODY_NOUNS = r"(?:group|organi[sz]ation|association|charity|body|network)"
