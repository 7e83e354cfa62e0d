"""The attribution patterns: an ordered registry, one entry per rule that finds a statement.

Every statement records the `pattern` that found it (the contract field and the Statement node
property), so an analyst can see why a SAID edge exists and `python -m loaders evaluate` can count what
each rule earns. The order is the order the statement step tries them: for each token, "according to"
first, then a verb of saying (`contents.py`: its clause; an object + infinitive; "said in a statement
that"; a cue inside what it reports; a colon or a quotation after the cue; a quotation before it; the
clause an aside hangs on; a noun phrase object; what the speech is about), then "called ... '...'";
quotations no statement covers are then given to the subject of the sentence that leads into them, or
else taken as continuations. Each entry carries example sentences
with the speaker and a fragment of the content they must give; one parametrised test
(`tests/extraction/test_patterns.py`) runs them all. The rules' code lives in `statements.py` and
`contents.py`, which name them through the constants below (a name missing from the registry fails at
import).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    text: str
    speaker: str | None      # the resolved speaker (None: an unnamed source)
    content: str             # a fragment of the statement's text
    source_kind: str = "named"


@dataclass(frozen=True)
class Pattern:
    """A named rule with its summary and example sentences: a statement pattern (REGISTRY, `Example`s) or
    an addressee rule (ADDRESSEE_RULES, `Addressed` examples)."""
    name: str
    summary: str
    examples: tuple[Example, ...] | tuple[Addressed, ...]


REGISTRY: tuple[Pattern, ...] = (
    Pattern("according_to", '"according to X": the rest of the sentence is what X says', (
        Example("Prices will rise by ten percent next year, according to Finance Minister Jane Roe.",
                "Jane Roe", "Prices will rise"),
        Example("According to State Department officials, the talks will resume in May.",
                "Department of State", "the talks will resume", "anonymous"),
        Example("Nearly three in four voters say they would pay more for local goods, according to the survey.",
                None, "Nearly three in four", "document"),
    )),
    Pattern("cue_clause", "a verb of saying with its clause: \"X said (that) ...\", \"..., X told Y\"", (
        Example("Senator John Doe said that the bill would pass next week.", "John Doe", "the bill would pass"),
        Example("The report says that unemployment fell in March.", None, "unemployment fell", "document"),
        Example("Officials told reporters the border would stay closed.", None, "the border would stay closed",
                "anonymous"),
        Example("Senator Ada Morrow told a council meeting that the port authority was hiding its accounts.",
                "Ada Morrow", "the port authority was hiding"),
    )),
    Pattern("cue_object_infinitive", '"X urged Y to ...": the object and the infinitive', (
        Example("Mayor Ann Lee urged residents to stay indoors during the storm.", "Ann Lee",
                "residents to stay indoors"),
    )),
    Pattern("cue_medium_that", '"X said in a statement that ...": the clause hung on the medium', (
        Example("The council voted on Monday. The mayor's spokeswoman said in a statement that the vote was "
                "illegal and would be challenged.", None, "the vote was illegal", "description"),
    )),
    Pattern("cue_inside_content", '"The plan, he said, will fail": the clause around the cue', (
        Example("Mary Stone spoke first. The new plan, she said, relies on higher taxes.", "Mary Stone",
                "relies on higher taxes"),
        Example("Mayor Tom Hale spoke first. The army is moving troops, he says, and closing the roads.",
                "Tom Hale", "closing the roads"),
    )),
    Pattern("quote_after_cue", 'a quotation right after the cue: "X said, \\"...\\""', (
        Example('A woman asked for a photo and Jane Roe said, "as long as we are not breaking any rules."',
                "Jane Roe", "as long as we are not"),
        Example('Mayor Ann Lee thanked the rival campaign, adding "to all the volunteers who worked so hard: '
                'thank you."', "Ann Lee", "to all the volunteers"),
    )),
    Pattern("colon", '"X said: ...": the rest of the sentence after the colon', (
        Example("Mayor Ann Lee responded pointedly, with a smile: the state must pay for the damage.", "Ann Lee",
                "the state must pay"),
    )),
    Pattern("quote_before_cue", 'a quotation right before the cue: "\\"...,\\" X said"', (
        Example('"No, never, not under my watch," Senator John Doe told reporters on Monday.', "John Doe",
                "not under my watch"),
        Example("''I am better with my hands than with my head,'' said Robin Hale, half joking.", "Robin Hale",
                "better with my hands"),
        Example('"Go back six months and look at where we were in the polls," Stone said in an interview with '
                'Tom Hale aired Monday on "Morning Desk."', "Stone", "Go back six months"),
    )),
    Pattern("as_cue", '"As X noted, <clause>" / "<clause>, as X reported": the clause the aside hangs on', (
        Example("As Senator Mary Stone noted, the bridge will close for a year.", "Mary Stone",
                "the bridge will close"),
        Example("The plant stopped work in May, as the Daily Courant reported last week.", "Daily Courant",
                "The plant stopped work"),
    )),
    Pattern("cue_after_content", '"<clause>, X told reporters." parsed with the clause as its root', (
        Example("The league effectively disbanded after the 2008 season, Veldpost reported in 2014.",
                "Veldpost", "The league effectively disbanded"),
    )),
    Pattern("noun_object", '"X denied the charges": the noun phrase object of a verb of saying', (
        Example("The defence minister announced a new recruitment drive for the northern army.", None,
                "a new recruitment drive", "description"),
    )),
    Pattern("topic", '"X spoke about the wall", "X warned of an outbreak": what the speech is about', (
        Example("Health Minister Ann Lee warned of a measles outbreak in the northern provinces.", "Ann Lee",
                "a measles outbreak"),
    )),
    Pattern("called", '"X called the plan \\"a disaster\\"", "X described it as a disaster": the object and its name', (
        Example('Governor Tom Hale called the proposal "a disaster for working families."', "Tom Hale",
                "the proposal"),
        Example('Mayor Ann Lee called the new toll "a barrier" to closer ties with the river towns.', "Ann Lee",
                '"a barrier" to closer ties'),
        Example("Envoy Pella Strand called the new border fees a needless provocation.", "Pella Strand",
                "the new border fees a needless provocation"),
        Example("Envoy Pella Strand described the new border fees as a needless provocation.", "Pella Strand",
                "the new border fees as a needless provocation"),
    )),
    Pattern("called_on", '"X called on Y to ...": the listener and the infinitive', (
        Example("Mayor Ann Lee called on the city council to close the bridge before winter.", "Ann Lee",
                "the city council to close the bridge"),
    )),
    Pattern("accused_of", '"X accused Y of ...": Y and what Y is accused of', (
        Example("Senator John Doe accused the governor of hiding the report from voters.", "John Doe",
                "the governor of hiding the report"),
        Example("Mayor Ann Lee accused the city council of wasting public money on the stadium.", "Ann Lee",
                "council of wasting public money"),
    )),
    Pattern("quote_after_clause", "a quotation no cue covers that its sentence leads into: that sentence's subject", (
        Example('"Taxes must go up," Senator John Doe said. Governor Tom Hale resisted: "We will not raise taxes '
                'this year."', "Tom Hale", "We will not raise taxes"),
        Example('"We will win," Senator John Doe said. Mayor Ann Lee delivered a blunt message to him: "Nobody '
                'wins alone in this town."', "Ann Lee", "Nobody wins alone"),
    )),
    Pattern("continuation", "a quotation no cue covers, after a statement within two sentences: its speaker", (
        Example('"We will win," Senator John Doe said. "Nobody can stop this movement now."', "John Doe",
                "Nobody can stop"),
    )),
)

NAMES = tuple(p.name for p in REGISTRY)


def _name(name: str) -> str:
    if name not in NAMES:
        raise KeyError(f"attribution pattern {name!r} is not in the registry")
    return name


ACCORDING_TO = _name("according_to")
CLAUSE = _name("cue_clause")
OBJECT_INFINITIVE = _name("cue_object_infinitive")
MEDIUM_THAT = _name("cue_medium_that")
INSIDE_CONTENT = _name("cue_inside_content")
QUOTE_AFTER_CUE = _name("quote_after_cue")
COLON = _name("colon")
QUOTE_BEFORE_CUE = _name("quote_before_cue")
AS_CUE = _name("as_cue")
CUE_AFTER_CONTENT = _name("cue_after_content")
NOUN_OBJECT = _name("noun_object")
TOPIC = _name("topic")
CALLED = _name("called")
CALLED_ON = _name("called_on")
ACCUSED_OF = _name("accused_of")
QUOTE_AFTER_CLAUSE = _name("quote_after_clause")
CONTINUATION = _name("continuation")


@dataclass(frozen=True)
class Addressed:
    text: str
    content: str             # a fragment of the statement's text
    speaker: str | None
    addressee: str | None    # None: the phrase names nobody ("told reporters")


# The addressee rules (`addressees.py`), in the order they are tried; the same test runs their examples.
ADDRESSEE_RULES: tuple[Pattern, ...] = (
    Pattern("told", '"told X", "urged X to", "assured X": the object of a verb that takes its listener', (
        Addressed("Senator John Doe told Jane Roe that the mine would close.", "the mine would close",
                  "John Doe", "Jane Roe"),
        Addressed("Mayor Ann Lee urged Governor Tom Hale to close the bridge.", "to close the bridge",
                  "Ann Lee", "Tom Hale"),
        Addressed("VELDOR, May 2 (Daily Planet) - The bridge on the Vel river is unsafe, Mayor Ann Lee told the "
                  "newspaper on Friday.", "The bridge on the Vel river", "Ann Lee", "Daily Planet"),
        Addressed("Mayor Ann Lee told reporters the bridge was unsafe.", "the bridge was unsafe", "Ann Lee", None),
    )),
    Pattern("call_on", '"X called on Y to ...", "X called upon Y to ..."', (
        Addressed("Mayor Ann Lee called on Governor Tom Hale to close the bridge.", "to close the bridge",
                  "Ann Lee", "Tom Hale"),
    )),
    Pattern("told_passive", '"X was told / informed by Y that ..."', (
        Addressed("Jane Roe was told by Senator John Doe that the mine would close.", "the mine would close",
                  "John Doe", "Jane Roe"),
    )),
    Pattern("said_to", '"said to X", "wrote to X", "spoke with X"', (
        Addressed("Mayor Ann Lee wrote to Governor Tom Hale that the bridge was unsafe.", "the bridge was unsafe",
                  "Ann Lee", "Tom Hale"),
    )),
    Pattern("in_medium", '"in an interview with X", "in a letter to X"', (
        Addressed('"The bridge is unsafe," Mayor Ann Lee said in an interview with the Daily Planet.',
                  "The bridge is unsafe", "Ann Lee", "Daily Planet"),
        Addressed('"The bridge is unsafe," Mayor Ann Lee said in an interview on Radio Veldor.',
                  "The bridge is unsafe", "Ann Lee", "Radio Veldor"),
        Addressed("In a letter to Governor Tom Hale, Mayor Ann Lee said the bridge was unsafe.",
                  "the bridge was unsafe", "Ann Lee", "Tom Hale"),
    )),
    Pattern("speaking_to", '"Speaking to X, Y said ...", "Y, speaking to X, said ..."', (
        Addressed("Speaking to the Daily Planet, Mayor Ann Lee said the bridge was unsafe.",
                  "the bridge was unsafe", "Ann Lee", "Daily Planet"),
        Addressed("Addressing the Veldor City Council, Mayor Ann Lee said the bridge was unsafe.",
                  "the bridge was unsafe", "Ann Lee", "Veldor City Council"),
        Addressed("Mayor Ann Lee, speaking to reporters in Veldor, said the bridge was unsafe.",
                  "the bridge was unsafe", "Ann Lee", None),
    )),
    Pattern("saying_after", '"Y accused X of ..., saying ...": whom the verb "saying" hangs on addresses', (
        Addressed("Mayor Ann Lee accused Governor Tom Hale of neglect, saying the bridge was unsafe.",
                  "the bridge was unsafe", "Ann Lee", "Tom Hale"),
    )),
    Pattern("reply", "someone's speech the statement answers: \"rebuttal of comments by X\", \"X's claims\"", (
        Addressed("Governor Tom Hale said the bridge was safe, in an apparent rebuttal of comments by Mayor Ann Lee.",
                  "the bridge was safe", "Tom Hale", "Ann Lee"),
        Addressed('"The bridge is safe," Governor Tom Hale told a news conference, referring to remarks by Mayor '
                  'Ann Lee.', "The bridge is safe", "Tom Hale", "Ann Lee"),
        Addressed("Governor Tom Hale said that Mayor Ann Lee's claims about the bridge were false.",
                  "claims about the bridge", "Tom Hale", "Ann Lee"),
        Addressed("Governor Tom Hale said the bridge was safe, in an apparent rebuttal of comments by a local "
                  "analyst.\n\nHe was referring to remarks by political analyst Ann Lee on Friday.",
                  "the bridge was safe", "Tom Hale", "Ann Lee"),
    )),
    Pattern("continued", "a quotation continuing a statement keeps its addressee", (
        Addressed('"The border is calm," Defence Minister Karl Brandt told Jane Roe. "We see no threat at all."',
                  "We see no threat", "Karl Brandt", "Jane Roe"),
    )),
    Pattern("same_address", "a quotation by the same speaker right after they told someone: said to them too", (
        Addressed('Defence Minister Karl Brandt told Jane Roe that the border was calm.\n\n"We see no threat at '
                  'all," Brandt said.', "We see no threat", "Karl Brandt", "Jane Roe"),
    )),
    Pattern("answer", "someone addressed earlier who speaks (for themselves or their organisation) answers", (
        Addressed("Mayor Ann Lee accused Governor Tom Hale of neglect, saying the bridge was unsafe.\n\n"
                  "Hale said on Monday that the bridge had passed every inspection.", "passed every inspection",
                  "Tom Hale", "Ann Lee"),
    )),
)

ADDRESSEE_NAMES = tuple(r.name for r in ADDRESSEE_RULES)


def _rule(name: str) -> str:
    if name not in ADDRESSEE_NAMES:
        raise KeyError(f"addressee rule {name!r} is not in the registry")
    return name


TOLD, TOLD_PASSIVE, SAID_TO, IN_MEDIUM = _rule("told"), _rule("told_passive"), _rule("said_to"), _rule("in_medium")
CALLED_ON_X = _rule("call_on")
SPEAKING_TO, SAYING_AFTER, REPLY = _rule("speaking_to"), _rule("saying_after"), _rule("reply")
CONTINUED, SAME_ADDRESS, ANSWER = _rule("continued"), _rule("same_address"), _rule("answer")
