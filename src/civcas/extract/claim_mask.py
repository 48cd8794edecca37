"""Blanking what stands between a speaker and its reporting verb, before the speaker is looked for:
a relative clause ("A district official, who spoke on condition of anonymity, told Reuters"), an
interjection ("The villagers, however, told reporters") and the point of an abbreviated title
("Sgt. Ray Lowe", "St. Lucie County"), which would otherwise end the speaker's phrase. The text keeps
its length, so offsets stay those of the sentence. Used by :mod:`civcas.extract.claims`."""

from __future__ import annotations

import re

from civcas.extract.claim_patterns import SAY_ONLY

# (also "X, which monitors the war through a network of sources, said", "the ministry, which does not
# distinguish between civilians and combatants, said": a verb in the present after "which")
_RELATIVE = re.compile(r",\s+(?:who\s+(?:asked|spoke|requested|declined|was\s+not|is\s+not|were\s+not|are\s+not)\b|"
                       # "One villager, who did not want to be named, said": any clause the verb follows
                       r"who\s+(?=[^,.;:\"“”]{0,80},\s*(?:also\s+)?(?:said|says|told|tells|added)\b)|"
                       # "The civil defence, whose crews dug through the night, said": a clause on its people
                       r"whose\s+(?=[^,.;:\"“”]{0,80},\s*(?:also\s+)?(?:said|says|told|tells|added|reported|put|gave)\b)|"
                       # "The Observatory, which blamed government jets, reported": the blamed is no speaker
                       r"where\s|which\s+(?:has|have|had|is|was|runs|controls|holds|does|did|blamed|attributed|"
                       r"accused|(?!says\b)[a-z]{3,}s|"
                       # "The junta, which flew reporters to the village the next day, said": a past clause
                       r"took|brought|led|sent|flew|drove|gave|kept|held|showed|ran|[a-z]{3,}ed)\b)"
                       r"[^,.;:\"“”]{0,80},(?!\d)")  # (not the comma of "1,200")
# an interjection set off by commas between subject and verb: "The villagers, however, told reporters"
_INTERJECTION = re.compile(r",\s+(?:however|though|meanwhile|in\s+turn|for\s+(?:its|their|his|her)\s+part|too|also),(?=\s)",
                           re.IGNORECASE)
# an abbreviated title or place word before a name ("St. Johns County", "Sgt. Ray Lowe"): its point
# is no end of the speaker's phrase
_TITLE_POINT = re.compile(r"\b(St|Ste|Sgt|Rev|Lt|Capt|Det|Cpl|Col|Gen|Gov|Sen|Rep|Mt|Ft|Supt|Insp|Cmdr|Maj)\.(?=\s[A-Z])"
                          # an initial inside a name: "Harvey County Sheriff T. Walton said"
                          r"|(?<![\w.])([A-Z])\.(?=\s[A-Z][a-z])")



def _blank_relative(m: re.Match[str], sentence: str) -> str:
    """Blank a relative clause; keep its closing comma when a new subject follows ("... Recreation,
    where seven people were killed, police said"), not when the verb does ("A local official, who
    asked not to be named, told AFP")."""
    if SAY_ONLY.match(re.sub(r"^(?:has|have|had|also)\s+", "", sentence[m.end():].lstrip(), flags=re.IGNORECASE)):
        return " " * len(m.group(0))
    return " " * (len(m.group(0)) - 1) + ","


def masked(sentence: str, low: str) -> str:
    """``sentence`` with relative clauses and interjections blanked and abbreviation points replaced by
    a one-dot leader (read back in ``claimant_in``); ``low`` is its lower-cased form, or the sentence
    itself for text not all ASCII."""
    if ", who " in low or ", where " in low or ", which " in low or ", whose " in low:
        # "The head of the health office in Saada, where the rebels have their stronghold, said": skip the clause
        text = sentence
        sentence = _RELATIVE.sub(lambda m: _blank_relative(m, text), low)
        sentence = "".join(b if b == " " and a != " " else a for a, b in zip(text, sentence, strict=True))
    if ". " in sentence:  # "according to the St. Lucie County Sheriff's Office": the title's point kept inside
        sentence = _TITLE_POINT.sub(lambda t: (t.group(1) or t.group(2)) + "\u2024", sentence)
    if ", " in sentence:
        sentence = _INTERJECTION.sub(lambda m: " " * len(m.group(0)), sentence)
    return sentence
