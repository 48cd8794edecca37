"""Single victims without a number: "Judge X was murdered", "he was shot dead", "the
assassination of X", "X's murder", "the boy has died", "Anderson, who died at the scene", "the
fatal shooting of 16-year-old X", "she took her own life", "the body of X was found" (one per name:
"the bodies of X and Y were found"), "the watchman of the depot was shot too", and one held: "X, 34,
nephew of the owner of ..., was kidnapped" (a name with its age).

They count one person, and only where the document gives no number for that outcome (see
``assemble``), so that a list of named dead in a multi-victim report does not produce conflicting
"1 killed" tolls.  An age makes the victim a child ("Carl Jones, 14, died", "the death of
16-year-old X").

``raw`` (the tokens as written) lets a capitalised surname that ends in "s" ("Jones died") be a
name in mixed-case text; in all-capitals text (MUC-4 wire copy) such words stay ambiguous with
plural nouns and are not taken.
"""

from __future__ import annotations

from functools import cache

from civcas.extract.counts import AUX, Mention
from civcas.extract.datedof import dated_of_after
from civcas.extract.forms import SUFFER, injury_verb
from civcas.extract.hitcounts import also_at
from civcas.extract.lexicon import Lexicon
from civcas.extract.named_subjects import (
    DEATH_COMPOUNDS,
    DEATH_NOUNS,
    DIED_AUX,
    FATAL,
    FATAL_NOUNS,
    NAMED_BLOCK,
    OF_NOUNS,
    OWN_LIFE,
    PLANNED,
    Subject,
    apposed_age,
    before_place,
    bodies_found,
    caps_name_after,
    clause_subject,
    hit_relative_died,
    is_number_token,
    long_apposition,
    name_after,
    past_relative,
    pronounced_dead,
    reduced_killed,
    relative_subject,
    relative_subject_before,
    role_of_thing,
    victim_after_of,
)
from civcas.extract.numbers import Count, age_span
from civcas.extract.shootdata import single_words, single_words_of

_CUES = frozenset({"died", "passed", "pronounced", "was", "is", "been", "death", "himself", "herself", "slain",
                   "body", "bodies"}) \
    | OWN_LIFE \
    | DEATH_NOUNS \
    | OF_NOUNS | FATAL_NOUNS | SUFFER


@cache
def _cues() -> frozenset[str]:
    """Every token a single-victim clause of :func:`named_victims` turns on (with the data file's
    ``kill_ends`` words); keep it in step with the branches of that loop."""
    return _CUES | single_words("kill_ends") | {"him", "her"}


def _pronoun_object(lows: list[str], p: int) -> str | None:
    """The outcome of "him"/"her" at ``p`` as the object of a killing or wounding verb that ends
    its clause ("..., WOUNDING HER IN THE HEAD", "AND KILLED HIM."; ``pronoun_*`` of ``[single]``),
    or None: a possessive ("killed her son"), a list ("killed him and his wife") or a modal before
    ("would have killed him")."""
    verb = lows[p - 1]
    if verb in single_words("pronoun_killed"):
        outcome = "killed"
    elif verb in single_words("pronoun_wounded"):
        outcome = "injured"
    else:
        return None
    if p + 1 < len(lows) and lows[p + 1] not in single_words("pronoun_after"):
        return None
    if not single_words("pronoun_modals").isdisjoint(lows[max(0, p - 5):p - 1]) \
            or not single_words("pronoun_police").isdisjoint(lows[max(0, p - 4):p - 1]):
        return None  # "would have killed him"; "officers shot and killed him": likely the suspect
    return outcome


def named_victims(lows: list[str], lex: Lexicon, taken: set[int], *,
                  raw: list[str] | None = None, hurt_document: bool = False) -> list[Mention]:
    """Single victims without a number (see module doc).  Used only when a document has no
    counted figure for the outcome.  ``hurt_document``: the document tells no death and says
    someone was hurt (``forms.shot_means_injured``), so "Smith suffered a gunshot wound to the leg"
    is one injured (in a story of a death the wounded victim is often the one who died)."""
    out: list[Mention] = []
    n = len(lows)
    subj = Subject(lows, raw, lex)
    cues = _cues()
    for p in [p for p in range(1, n - 1) if lows[p] in cues]:  # the rest cannot start a clause below
        tok = lows[p]
        subject_end = -1
        subject_start = -1
        age = 99.0
        was_outcome = "killed"
        size = 1
        if tok in ("body", "bodies"):
            b = bodies_found(lows, p, subj, lex, taken)  # "the body of X was found"
            if b is None:
                continue
            subject_start, subject_end, age, size = b
        elif tok == "died" or (tok == "passed" and lows[p + 1] == "away") \
                or (tok == "was" and lows[p + 1] in ("pronounced", "found")) or (
                tok in OWN_LIFE and p + 3 < n + 1 and lows[p + 1:p + 4] in (
                    ["his", "own", "life"], ["her", "own", "life"])):
            if tok == "was" and not (p + 2 < n and lows[p + 2] == "dead"):
                continue
            q = p - 1
            while q > 0 and (lows[q] in DIED_AUX or (lows[q].endswith("ly") and (
                    lows[q - 1] in DIED_AUX or lows[q - 1] in NAMED_BLOCK or lows[q - 1] in ("he", "she")))) \
                    and tok != "was":
                q -= 1  # "the boy has died", "Smith later died", "it has officially died"
            if q >= 1 and lows[q] == "who" and lows[q - 1] == ",":
                q -= 2  # "Anderson, who died at the scene"
            elif q >= 1 and lows[q] in ("who", "that") and not subj.upper and (
                    lows[q - 1] in lex.kin or lows[q - 1] in single_words("relative")):
                q -= 1  # "the 5-year-old girl who died Sunday"
            elif lows[q] == "and" and tok in ("died", "passed"):
                q = clause_subject(lows, q, subj, taken)  # "Jones was rushed to a hospital and died"
            else:
                q2 = before_place(lows, q, subj)  # "the boy in Port Richey died": the boy
                if q2 != q and subj.ok(q2, 99.0):
                    q = q2
                if (lows[p - 1] in ("has", "have") or hit_relative_died(lows, p, lex)) and not subj.upper and (
                        q2 != q or not subj.ok(q, 99.0) or lows[q] in single_words("not_names")):
                    # "the teen that shot himself ... has died", "the boy who was shot on Sunday has died"
                    r = relative_subject(lows, q2, lex)
                    q = r if r >= 0 or not subj.ok(q, 99.0) else q
            q, age = apposed_age(lows, q)
            if q >= 1 and lows[q] == "," and (rel := past_relative(lows, q - 1, subj, lex))[0] != q - 1:
                q, age = rel  # "Javon Reed, the 15-year-old nephew of Pastor Ann Lee, died"
            if q < 0 or q in taken:
                continue
            if subj.ok(q, age) or (q >= 2 and lows[q - 2] == "of" and role_of_thing(lows, q - 2, lex) >= 0):
                subject_end = q  # (the thing of "the owner of the bakery died": the owner, below)
        elif tok in ("himself", "herself") and (lows[p - 2:p] == ["fatally", "shot"] or lows[p - 1] == "killed"
                                               or lows[p - 1:p + 3] == ["shot", tok, "to", "death"]):
            q = p - 1  # "Reid Tanner took his uncle's rifle and fatally shot himself", "she killed herself"
            while q > 0 and (lows[q] in ("fatally", "shot", "killed", "then", "later", "also")
                             or (lows[q].endswith("ly") and lows[q] not in lex.trigger_words)):
                q -= 1
            if q >= 1 and lows[q] == "who" and lows[q - 1] == ",":
                q -= 2  # "Mariah Davis, who shot herself to death"
            elif lows[q] == "and":
                q = clause_subject(lows, q, subj, taken)
            q, age = apposed_age(lows, q)
            if q < 0 or q in taken or not subj.ok(q, age):
                continue
            subject_end = q
        elif tok in ("was", "is") or (tok == "been" and lows[p - 1] in ("has", "had")):
            r = p + 1
            while r < n and r < p + 4 and lows[r] in lex.links_after and lows[r] not in AUX \
                    and lex.triggers_after.match_at(lows, r) is None:
                r += 1  # "he was later pronounced dead" ("fatally wounded" is a trigger itself)
            t = lex.triggers_after.match_at(lows, r)
            if t is None and r < n and lows[r] in ("shot", "hit") and also_at(lows, p + 1, r) >= 0 \
                    and lex.triggers_after.match_at(lows, r + 1) is None and "died" not in lows[r:r + 8]:
                t = (r + 1, "injured")  # "the woman was also shot": hit beside the dead, a survivor
            if t is None or t[1] not in ("killed", "injured", "detained") or "not" in lows[p:r] \
                    or (tok == "is" and t[1] != "injured") \
                    or "never" in lows[p:r]:
                continue  # "the father was not injured"
            q = p - 1 if tok in ("was", "is") else p - 2  # ("X is seriously injured": the state now)
            if q >= 0 and lows[q] == "who":
                q -= 1
            if (q2 := before_place(lows, q, subj)) != q and subj.ok(q2, 99.0):
                q = q2  # "the boy in Port Richey was killed"
            q, age = apposed_age(lows, q)
            if q >= 0 and lows[q] == ",":
                q2, age = long_apposition(lows, q, subj)  # "X, 34, son of the owner of ..., was kidnapped"
                if q2 == q:
                    q2, age = relative_subject_before(lows, q, subj)  # "X, 72, WHO WAS WORKING ..., WAS KILLED"
                q, age = (q2, age) if q2 != q else past_relative(lows, q - 1, subj, lex)
            if q < 0 or q in taken or (t[1] == "detained" and age >= 99):
                continue  # (one person held: a name with its age, "X, 41, was abducted")
            w = lows[q]
            if subj.ok(q, age) or w.endswith("'s") or w.endswith("’s") or (
                    q >= 2 and lows[q - 2] == "of" and role_of_thing(lows, q - 2, lex) >= 0):
                subject_end = q
                was_outcome = t[1]
        elif tok == "pronounced" and lows[p - 1] not in AUX and (pd := pronounced_dead(lows, p, subj)) >= 0:
            if pd in taken:
                continue
            subject_end = pd  # "doctors pronounced him dead", "hospital staff pronounced the boy dead"
        elif hurt_document and tok in SUFFER and (inj := injury_verb(lows, p, lex)) is not None:
            q = p - 1
            while q > 0 and lows[q] in DIED_AUX:
                q -= 1  # "Smith also suffered a wound to the arm"
            q, age = apposed_age(lows, q)
            if q < 0 or q in taken or not subj.ok(q, age):
                continue
            subject_end, was_outcome = q, inj[1]
        elif lows[p] in ("killed", "slain") and (v2 := reduced_killed(lows, p, lex)) is not None:
            if v2[0] in taken:
                continue
            subject_end, age = v2  # "relatives identified the 2-year-old killed in the drive-by"
        elif not subj.upper and raw is not None and lows[p] in single_words("kill_ends") \
                and (kt := lex.triggers_before.match_ending_at(lows, p)) is not None and kt[1] == "killed":
            v = name_after(lows, p + 1, subj, lex, taken)  # "shot and killed Regula"
            if v is None:
                continue
            subject_start, subject_end, age = v
        elif subj.upper and lows[p] in single_words("kill_ends") \
                and (kt := lex.triggers_before.match_ending_at(lows, p)) is not None and kt[1] == "killed" \
                and (v3 := caps_name_after(lows, p + 1, lex, taken)) is not None:
            subject_start, subject_end, age = v3  # "GUNMEN KILLED ROSA ELENA MARQUEZ, A TEACHER"
        elif tok in DEATH_NOUNS and (lows[p - 1].endswith("'s") or lows[p - 1].endswith("’s")) \
                and p - 1 not in taken and lows[p - 1][:-2] not in NAMED_BLOCK \
                and lows[p + 1] not in DEATH_COMPOUNDS:  # not "the army's death squads"
            subject_end = p - 1
        elif tok in DEATH_NOUNS and p >= 2 and lows[p - 1] in ("'", "’") and lows[p - 2].endswith("s") \
                and not subj.upper and raw is not None and raw[p - 2][:1].isupper() and p - 2 not in taken \
                and lows[p - 2] not in NAMED_BLOCK and lows[p + 1] not in DEATH_COMPOUNDS:
            subject_end = p - 2  # "the news of Rollins' death" (a name ending in s)
        elif lows[p + 1] == "of" and (tok in OF_NOUNS or (tok in FATAL_NOUNS and lows[p - 1] in FATAL)
                                      or (tok == "death" and lows[p - 1] in FATAL_NOUNS)):
            if lows[p - 1] in ("the", "an") and p > 1 and lows[p - 2] in PLANNED:
                continue  # "calling for the assassination of X": intent, not an event
            v = victim_after_of(lows, p + 2, subj, lex, taken)
            if v is None:
                continue
            subject_start, subject_end, age = v[0], v[1] - 1, v[2]
        elif tok in OF_NOUNS and (q := dated_of_after(lows, p)) >= 0 and lows[p - 1] not in PLANNED \
                and (v := victim_after_of(lows, q + 1, subj, lex, taken)) is not None:
            subject_start, subject_end, age = v[0], v[1] - 1, v[2]  # "the assassination on 22 March of X"
        elif tok in ("him", "her") and (po := _pronoun_object(lows, p)) is not None:
            if p in taken:
                continue
            subject_start = subject_end = p  # "FIRED AT A PEASANT, WOUNDING HIM IN THE LEG"
            was_outcome = po
        if subject_end < 0:
            continue
        if subject_start < 0 and subject_end >= 1 and lows[subject_end - 1] not in ("one", "1") and (
                is_number_token(lows[subject_end - 1]) or lows[subject_end - 1] in lex.units):
            continue  # "a father of two children was shot": a count, not one victim
        if subject_start < 0 and subject_end >= 1 and lows[subject_end - 1] in ("no", "neither"):
            continue  # "no soldier was killed", "neither guard was hurt": nobody
        if subject_start < 0 and subject_end >= 2 \
                and lows[subject_end - 1] in ("the", "a", "an", "his", "her", "their") \
                and lows[subject_end - 2] == "of":
            # "a 16-year-old son of the shopkeeper was killed": the son is the victim, counted by
            # its article; "the night watchman of the depot died as well": one, the watchman
            h = role_of_thing(lows, subject_end - 2, lex)
            if h < 0 or h in taken:
                continue
            subject_end = h
        start = subject_start if subject_start >= 0 else subject_end
        c = Count(size, size, "exact", start, subject_end + 1, "named")
        m = Mention(c, subject_end + 1, head=True, named=True)
        k = max(0, start - 3) if subject_start < 0 else start
        if subject_start < 0 and not subj.upper:
            k = start  # mixed case: the capitalised name chain and the word before it ("Officer")
            while k > 0 and subj.capitalised(k - 1) and lows[k - 1] not in lex.stopwords:
                k -= 1
            k = max(0, k - 1)
            if k > 0 and lows[k] == "." and subj.capitalised(k - 1):
                k -= 1  # "Sgt. Mark Ellis", "Det. Ana Ruiz": the abbreviated title before its dot
        for j in range(k, subject_end + 1):
            pm = lex.persons.match_at(lows, j)
            if pm is None and j == subject_end and lows[j].endswith(("'s", "’s")):
                pm = lex.persons.match_at([lows[j][:-2]], 0)  # "the boy’s death"
            if pm is not None and pm[0] <= subject_end + 1 and lows[j] not in ("others", "other", "more"):
                m.group, m.subgroup = pm[1]
        if subject_start < 0 and age >= 99 and lows[subject_end].endswith(("-old", "-old's", "-old’s")):
            # "the 2-year-old who was shot ... has died", "the 3-year-old's death"
            bare = [*lows[:subject_end], lows[subject_end].removesuffix("'s").removesuffix("’s")]
            age = next((a[1] for j in range(max(0, subject_end - 2), subject_end + 1)
                        if (a := age_span(bare, j, lex)) is not None and a[0] == subject_end + 1), age)
        if subject_start < 0 and age >= 99:  # "whose 3-year-old stepson was shot to death",
            for j in range(max(0, subject_end - 5), subject_end):  # "the 15-year-old boy's death"
                a = age_span(lows, j, lex)
                if a is not None and subject_end - 2 <= a[0] <= subject_end and all(
                        subj.capitalised(x) for x in range(a[0], subject_end)):  # "3-year-old Gavin Stiles"
                    age = a[1]
        if (age < 18 or not single_words_of("young", "modifiers").isdisjoint(lows[k:max(subject_end, p)][:14])) \
                and m.group in ("people", "men", "women"):
            m.group, m.subgroup = "children", None  # "the 2-year-old", "the teenage grandson of ..."
        m.outcome = was_outcome if tok in ("was", "is", "been", "him", "her") or tok in SUFFER else "killed"
        same = next((x for x in out if x.np_end == m.np_end), None)
        if same is not None:  # "the man who was injured last week has died": one person, who died
            same.outcome = "killed" if "killed" in (same.outcome, m.outcome) else same.outcome
            continue
        out.append(m)
    return out
