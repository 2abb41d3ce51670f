// Package notes finds the attributed statements in a monitor's event notes — ACLED's
// notes column — and turns them into claims: who said it, the stance taken, and the
// figures given, so that a dataset read from an ACLED export shows the claimed side
// beside ACLED's own figure.
//
// ACLED's notes report what sources said in a fixed register: "JNIM claimed to have
// killed 6 soldiers", "authorities claimed that eight assailants were killed",
// "according to local sources, 4 civilians were killed", "No other reports
// corroborated the claim". The method is lexical and transparent, and prefers
// leaving a statement out to attributing it to the wrong speaker:
//
//  1. The note is cut into sentences (a full stop, ! or ? before a capital letter
//     or the end; initials and common abbreviations do not end one) and each
//     sentence into clauses (at ';', at a comma before "while", "whereas", "but",
//     "however", "tandis que", "alors que", "mais", and at ", and" before a new
//     speaker and verb: "residents reported 6 dead, and the group claimed 20").
//  2. A clause holds a statement when it has an attribution: a speech verb after
//     its speaker ("claimed", "said", "reported", "denied", "has not commented";
//     "a revendiqué", "a affirmé", "a démenti", "n'a pas commenté"), or a phrase
//     before its speaker ("according to", "reported by"; "selon", "d'après").
//     The first attribution of the clause is the one read.
//  3. The speaker phrase (the words before the verb, back to the clause's start or
//     the last comma; or the words after "according to", up to a comma) must name
//     exactly one known speaker (see Speakers): an armed group or its outlet
//     (militant_statement, side armed_group), the army or government
//     (official_statement, side state), security sources, local sources
//     (residents, local officials, medical staff), a named outlet (media_report),
//     or a UN body or NGO (ngo_un). A phrase that names none, names two different
//     speakers or is negated ("no group claimed") gives no statement; a speaker
//     "quoted by" or "cited by" an outlet is the one quoted. "The group"
//     and "the militants" are resolved to the event's one armed non-state actor
//     when the event has exactly one, and kept as written otherwise.
//  4. The stance: "claimed responsibility" (or an armed group's "claimed")
//     is responsibility; "denied" denial; "has not commented" and a negated
//     verb ("has not claimed", "n'a pas revendiqué") silence, with no figure; any
//     other attribution reports.
//  5. The figures are claims/extract's, read from the words the speaker is
//     credited with: after the verb, or the clause without the speaker phrase for
//     "according to". A verb followed at once by a comma ("the attack, which JNIM
//     claimed, killed 5") credits the speaker with no figure: the 5 is ACLED's.
//  6. Reported speech about another event is left out: a clause or sentence that
//     says "previous", "earlier", "last week", "separate", "another attack",
//     "this follows", "la veille", "précédente" ..., or that names a day and month
//     other than the event's date.
//  7. "No other reports corroborated the claim", "could not be verified" and their
//     French forms are not statements: the clause that says it marks the
//     statement before it as Uncorroborated. "As reported" without a speaker is ACLED's own hedge, not a
//     statement; ACLED's coded fatalities ("5 fatalities", "fatalities coded as
//     unknown") have no speaker and are never read as a claim, nor are they when
//     ACLED names the source of its count ("5 fatalities reported by AFP").
//  8. "citing X" or "citant X" in the statement sets Cites to X when X is a known
//     speaker.
//
// Statements come with the byte offsets of their clause in the note. Augment adds
// them to an event as claims, beside the monitor's own: reported on the event's
// date (ACLED's notes do not date the statements they report, and a statement
// cannot precede its event), with the clause as Wording and a Note that says they
// come from the monitor's notes.
package notes
