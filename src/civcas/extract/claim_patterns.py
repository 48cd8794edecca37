"""The reporting patterns :func:`civcas.extract.claims.claimant_in` tries in turn, and what they read.

* A reporting verb after its subject (:data:`SUBJECT`: "the ministry said", "police put the toll
  at"), or before it (:data:`INVERTED`: '"...," said the spokesman'); :data:`SAY_ONLY` finds the
  verb alone.
* A source named in a phrase: "citing X", "quoted X as saying" (:data:`CITING`), "according to X",
  "in what X described as" (:data:`ACCORDING`), figures credited to their compiler ("data from X
  showed", "X data show": :data:`DATA`).
* What the readers skip or cut: a source passing its count on (:data:`PASSED_ON`), a document with
  no owner (:data:`OWNERLESS`), what a speaker's count rests on (:data:`SECONDHAND`), "figures
  from X" (:data:`FIGURES_OF`), a participle of revising after a comma.
"""

from __future__ import annotations

import re

from civcas.extract.regex_speed import first_char_guard

__all__ = [
    "ACCORDING",
    "CITING",
    "DATA",
    "DATA_BY",
    "DATA_WORDS",
    "FIGURES_OF",
    "INVERTED",
    "OWNERLESS",
    "PARTICIPLE_AFTER_COMMA",
    "PASSED_ON",
    "RELEASED_AND",
    "SAY_ONLY",
    "SECONDHAND",
    "SUBJECT",
]

_SAY = (r"(?:said|says|say|told|tells|reported|reports|stated|states|announced|announces|added|adds|"
        r"confirmed|confirms|insisted|insists|maintained|estimated|estimates|documented|documents|recorded|records|counted|"
        r"assessed|assesses|assess|grades|graded|grade|claimed|claims|noted|wrote|tweeted|posted|published|(?:gave|given)\s+an?\s+(?:[\w-]+\s+){0,5}?(?:toll|count|tally)|"
        # wire copy: "THE POLICE TODAY RAISED TO 16 THE NUMBER OF DEAD", "GAVE ITS LATEST FIGURES ..., STATING THAT"
        r"(?:raised|lowered|revised|increased|put)\s+to\s+(?:about\s+|some\s+)?\d[\d,]*\s+the\s+(?:\w+\s+)?(?:number|toll|figure)|"
        r"(?:gave|give|gives)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:figures|toll|count|tally)|stating|denounced|charged(?=\s+that\b)|"
        r"(?:raised|revised|updated|lowered|raising|revising)\s+(?:the|its|their)\s+(?:death\s+|casualty\s+)?"
        r"(?:toll|number|count|figure)|"
        r"denied|denies|rejected|acknowledged|acknowledges|admitted|admits|conceded|concedes|concluded|found|accused|blamed|"
        # "the armed forces issued a communique rejecting any insinuation ...": the issuer speaks
        r"(?:issued|released|published|sent)\s+an?\s+(?:\w+\s+){0,2}(?:communiqu[eé]|statement|bulletin)"
        r"(?=\s+(?:rejecting|denying|saying|stating|claiming)\b)|"
        # a hospital's own intake (its subject must be a hospital: claim_subjects.not_a_speaker): "Mercy Hospital took in
        # five victims", "St. Luke's was treating four patients"
        r"(?:took|has\s+taken|had\s+taken|takes)\s+in|(?:was|is|were|are)\s+treating|received|treated|"
        # "federal officials had spoken of four dead", "Police released the names of the five people killed"
        r"spoke\s+of|spoken\s+of|(?:released|published|issued)\s+the\s+names\s+of|identified(?=\s+(?:the\s+)?(?:an?|\d+|"
        r"one|two|three|four|five|"
        r"six|seven|eight|nine|ten|bodies|victims|dead)\b)|"
        r"put\s+the\s+(?:(?:likely|death|civilian|overall|total|final)\s+){0,2}toll|put\s+the\s+number|"
        # "put the cumulative death toll", "put its count of civilians killed", "put their overall tally"
        r"puts?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:toll|number|count|tally|total|figure)\b|"
        # an assessment's range: "Its assessment offers a range of 7 to 9 deaths"
        r"(?:gives|gave|puts|put)\s+(?:a|the)\s+(?:\w+\s+)?(?:range|toll|estimate)|quoted|cited|announcing|saying|reporting(?=\s+that\b)|"
        # "Residents described between 70 and 80 people killed", "the mission has verified 900 deaths"
        r"(?:has|have)\s+learned(?=\s+that\b)|"  # a medium's own report: "RADIO CARACOL HAS LEARNED THAT"
        r"(?:described|verified|listed)(?=\s+(?:between|at\s+least|more\s+than|about|some|around|nearly|up\s+to|over|\d)))")
# verbs that may stand before their subject: '"...," said the spokesman'
_SAY_INVERTED = (r"(?:said|says|reported|reports|stated|added|adds|wrote|tweeted|posted|"
                 r"confirmed|announced|noted|estimated)")
CITING = re.compile(r"\b(?:citing|quoting)\s+(?P<x>[^,.;:()\"“”]{2,90})|\bquoted\s+(?P<y>[^,.;:()]{2,90}?)\s+as\s+saying",
                    re.IGNORECASE)
CITING = first_char_guard(CITING)  # (speed: the same matches)
ACCORDING = re.compile(r"\baccording\s+to\s+(?P<x>[^,.;:()\"“”]{2,90})"
                       # "in what Chicago police described as a targeted attack": the describer speaks
                       r"|\bin\s+what\s+(?P<w>[^,.;:()\"“”]{2,60}?)\s+(?:described|called|termed|characterized|"
                       r"characterised|labeled|labelled)\s+as\b", re.IGNORECASE)
# (not "..., the governor, Oleh X, wrote on Telegram": a place or time after the verb is no speaker)
INVERTED = re.compile(r"[,\"”’']\s*(?:" + _SAY_INVERTED + r")\s+(?!(?:on|in|at|via|from|to|that|late|early|"
                      r"last|this|yesterday|today|overnight)\b)(?P<x>[^,.;:()\"“”]{2,90})", re.IGNORECASE)
SUBJECT = re.compile(r"(?:^|[,;:\"“”(]\s*|\s[-–—]\s+|\s--\s+(?:\[\w+\]\s+)?|\bthat\s+|\bbut\s+|\band\s+)(?P<x>[^,.;:()\"“”]{2,90}?)"
                     r"(?:\s+\([A-Z][A-Za-z.\-]{1,12}\))?,?\s+"
                     r"(?:(?:also|later|earlier|previously|separately|initially|(?-i:now|NOW)|has|have|had)\s+){0,2}"
                     + _SAY + r"\b", re.IGNORECASE)
SAY_ONLY = re.compile(r"\b" + _SAY + r"\b", re.IGNORECASE)
SAY_ONLY = first_char_guard(SAY_ONLY)  # (speed: the same matches)
# figures credited to their compiler: "Data from the UN human rights office showed", "according to a
# tally kept by the monitor", "ACLED data show"
DATA = re.compile(r"(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)\b(?:(?:data|figures|statistics|numbers|records|tall(?:y|ies)|counts?|lists?)\s+"
                  r"(?:compiled|released|published|collected|gathered|provided|issued|kept|verified)\s+by|"
                  r"(?:data|figures|statistics)\s+from)\s+(?P<x>[^,.;:()\"“”]{2,90}?)"
                  r"(?=\s+(?:showed|show|shows|suggest|suggests|suggested|indicate|indicates|indicated|put|puts|"
                  r"revealed|reveal|reveals)\b|\s*[,.;:]|\s*$)"
                  r"|(?:^|[,;:]\s*|\bthat\s+)(?P<y>[^,.;:()\"“”]{2,60}?)(?:['’]s)?\s+(?:data|figures|statistics|tally)\s+"
                  r"(?:showed|show|shows|suggest|suggests|suggested|indicate|indicates|indicated)\b", re.IGNORECASE)
# a participle of revising after a comma ends a clause that tells an event, not a speaker
PARTICIPLE_AFTER_COMMA = re.compile(r"\s*,\s*(?:raising|revising|bringing|pushing)\b", re.IGNORECASE)
# a police force's own figures: "police data show", "Chicago police figures show"
# a source passing its count on to another: the first is the source
PASSED_ON = re.compile(r"\s+and\s+(?:later\s+)?(?:shared|sent|passed|given|provided|forwarded|supplied)\s+(?:with|to)\b.*$",
                       re.IGNORECASE)
# a document with no owner after "according to": the sentence's speaker stands behind it
OWNERLESS = re.compile(r"\s*(?:an?|the|its|their)\s+(?:(?:initial|preliminary|internal|first|early)\s+)?(?:review|"
                       r"investigation|inquiry|probe|assessment|examination|findings)\s*$", re.IGNORECASE)
# "according to figures released by X": the compiler (read by DATA)
DATA_BY = re.compile(r"\s*(?:(?:an?|the)\s+)?(?:data|figures|statistics|numbers|records|tall(?:y|ies)|counts?|lists?)\s+(?:compiled|released|"
                     r"published|collected|gathered|provided|issued|kept|verified)\s+by\b", re.IGNORECASE)
# "Police on Tuesday released the names of the six victims and said that 11 others were injured"
RELEASED_AND = re.compile(r"^(?:[^\n]{0,60}?\s[-–—]\s+)?(?P<x>[^,.;:()\"“”]{2,60}?)\s+(?:on\s+\w+\s+)?(?:released|issued|published|gave|provided|"
                          r"identified)\b[^.;:\"“”]{0,200}?,?\s+and\s+(?:also\s+)?(?:said|says|added|reported)\b")
# what a named speaker's count rests on: "(X said ...,) according to reports from relatives"
SECONDHAND = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:(?:initial|preliminary|first|unconfirmed)\s+)?(?:reports?|information|"
                        r"accounts?|calls|testimon(?:y|ies))\s+(?:from|by|of|received\s+from)\b", re.IGNORECASE)
# "according to figures from X", "according to the latest data of X": X
FIGURES_OF = re.compile(r"\s*(?:the\s+)?(?:(?:latest|official|new|final|updated)\s+)?(?:data|figures|statistics|numbers|"
                        r"records)\s+(?:from|of)\s+(?=\S)", re.IGNORECASE)
DATA_WORDS = ("data", "figures", "statistics", "numbers", "records", "tall", "count", "list")
