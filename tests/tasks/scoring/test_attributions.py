import pytest

from tasks.scoring import Attribution, find_attributions, score_text
from tasks.scoring.analysis import distinct_sources
from tasks.scoring.attributions import classify_source, find_quotes
from tasks.scoring.sources import normalise_source


def spans(text, a):
    get = lambda s: text[s[0]:s[1]] if s else None  # noqa: E731
    return get(a.cue), get(a.source), get(a.content)


# text, kind, cue, source, source_type, a phrase the content must contain
CASES = [
    ("“We will win,” Hegseth said.", "direct_quote", "said", "Hegseth", "person", "We will win"),
    ('"We will win," said Hegseth.', "direct_quote", "said", "Hegseth", "person", "We will win"),
    ("Hegseth said, “We will win.”", "direct_quote", "said", "Hegseth", "person", "We will win"),
    ("Mr. Ishiba said: \"The alliance matters.\"", "direct_quote", "said", "Mr. Ishiba", "person", "alliance matters"),
    ("``We will win, '' he said.", "direct_quote", "said", "he", "person", "We will win"),
    ("'' We will win, '' she said.", "direct_quote", "said", "she", "person", "We will win"),
    ("“It was fine,” said Dr. Jane Smith, a spokeswoman.", "direct_quote", "said", "Dr. Jane Smith", "person", "It was fine"),
    ("“It was fine,” the party’s spokeswoman, Jane Smith, said.", "direct_quote", "said", "Jane Smith", "person",
     "It was fine"),
    ("\"By May, Ohio stood out,\" Lee's campaign manager, Jane Smith, said.", "direct_quote", "said", "Jane Smith",
     "person", "By May, Ohio stood out"),
    # a time between a quote and the speaker is no role: the quote is not what was said
    ("Lee put the word “disaster” in a memo on Monday, Tom Hale, the chairman, said.", "indirect",
     "said", "Tom Hale", "person", "in a memo"),
    ("Hegseth said that Japan would pay more.", "indirect", "said", "Hegseth", "person", "Japan would pay more"),
    ("The minister said the talks went well.", "indirect", "said", "The minister", "person", "talks went well"),
    ("Hegseth told reporters that Japan was a model ally.", "indirect", "told reporters", "Hegseth", "person", "model ally"),
    ("Tokyo has repeatedly said that any move would be a crisis.", "indirect", "said", "Tokyo", "organisation", "any move"),
    ("The Defense Ministry said the drill ended.", "indirect", "said", "The Defense Ministry", "organisation", "drill ended"),
    ("Japan will pay more, according to The New York Times.", "according_to", "according to", "The New York Times", "outlet", "Japan will pay more"),
    ("According to Reuters, Japan will pay more.", "according_to", "According to", "Reuters", "outlet", "Japan will pay more"),
    ("According to the ministry, 40 ships took part.", "according_to", "According to", "the ministry", "organisation", "40 ships"),
    ("AP reported that the plan failed.", "indirect", "reported", "AP", "outlet", "the plan failed"),
    ("The Japan Times reported that the plan failed.", "indirect", "reported", "The Japan Times", "outlet", "plan failed"),
    ("Local media reported that the plan failed.", "indirect", "reported", "Local media", "outlet", "plan failed"),
    ("Sources said the deal was close.", "indirect", "said", "Sources", "anonymous", "deal was close"),
    ("An official who asked not to be named said the deal was close.", "indirect", "said",
     "An official who asked not to be named", "anonymous", "deal was close"),
    ("People familiar with the matter said talks stalled.", "indirect", "said", "People familiar with the matter", "anonymous", "talks stalled"),
    ("The official, who spoke on condition of anonymity, said the talks went well.", "indirect", "said", "The official", "anonymous", "talks went well"),
    ("Experts say the plan will fail.", "indirect", "say", "Experts", "vague", "plan will fail"),
    ("Many believe the plan will fail.", "indirect", "believe", "Many", "vague", "plan will fail"),
    ("Critics argue the plan is flawed.", "indirect", "argue", "Critics", "vague", "plan is flawed"),
    ("The U.S. presence has grown, analysts say, amid tensions.", "indirect", "say", "analysts", "vague", "presence has grown"),
    ("Elbridge Colby, Trump’s nominee, said earlier this month that Japan must spend more.", "indirect", "said",
     "Elbridge Colby", "person", "Japan must spend more"),
]


@pytest.mark.parametrize("text, kind, cue, source, source_type, content", CASES)
def test_cases(text, kind, cue, source, source_type, content):
    found = find_attributions(text)
    assert len(found) == 1, found
    a = found[0]
    got_cue, got_source, got_content = spans(text, a)
    assert (a.kind, got_cue, got_source, a.source_type) == (kind, cue, source, source_type)
    assert content in got_content


def test_the_content_stops_before_the_role_a_name_stands_in_apposition_to():
    text = "Lee built the tool for users in Oslo, a spokeswoman, Jane Smith, said on Monday."
    [found] = find_attributions(text)
    assert spans(text, found)[1:] == ("Jane Smith", "Lee built the tool for users in Oslo")


# text, cue, the source it must cite (None: no one), for the rules that find a source away
# from the cue: auxiliaries, passives, appositives, relative clauses and coordinated verbs
SOURCE_CASES = [
    ("Donald Trump is demanding that Obama apologize for the remarks.", "demanding", "Donald Trump"),
    ("Clinton is stressing that her plans will create jobs.", "stressing", "Clinton"),
    ("Cruz was endorsed on Friday by Carly Fiorina, his former rival.", "endorsed", "Carly Fiorina"),
    ("The senator was criticized by Democrats for the vote.", "criticized", "Democrats"),
    ("It was revealed in March that she had used a private server.", "revealed", None),
    ("Phil Lovas, the state chairman, said he cannot comment on the letter.", "said", "Phil Lovas"),
    ("“We can’t afford this anymore,” Trump said, adding that NATO is obsolete.", "adding", "Trump"),
    ("Instead, the Vermont senator is sticking to his message, hoping to avoid any missteps.", "hoping",
     "the Vermont senator"),
    ("The speech drew praise from Sanders, who has long opposed the trade deal.", "opposed", "Sanders"),
    ("Trump took to Twitter overnight and accused Clinton of lying about the deal.", "accused", "Trump"),
    ("Party leaders hope that the nominee will unite the base.", "hope", "Party leaders"),
    ("Trump renewed his criticism of the trade deal on Monday.", "criticism", "his"),
    ("And he’s predicting that the race will tighten.", "predicting", "he"),
    ("Speaking at a rally in Iowa on Monday, Trump repeated the charge, saying that the vote was rigged.",
     "saying", "Trump"),
    ("Hours later, the governor changed course, saying that he would sign the bill.", "saying", "the governor"),
    ("At the same time, however, Xi has worked to calm Russian fears, reassuring Putin that Beijing is a partner.",
     "reassuring", "Xi"),
    ("The Ministry of Foreign Affairs said the talks would resume.", "said", "The Ministry of Foreign Affairs"),
    ("“We found no link,” Laszlo Bock, the company’s executive, told The New York Times in 2013.", "told",
     "Laszlo Bock"),
    ("Turnout was high, according to early results of the exit poll.", "according to", "early results of the exit poll"),
    ("While critics say the plan is too costly, the mayor backs it.", "say", "critics"),
    ("After campaign aides said the race was close, donors returned.", "said", "campaign aides"),
    ("AS Roma officials said the club would appeal.", "said", "AS Roma officials"),
    ("The plan stalled until local officials said it was over.", "said", "local officials"),
    ("Donald Trump on Friday endorsed the speaker.", "endorsed", "Donald Trump"),
    ("Clinton last Tuesday claimed victory in the state.", "claimed", "Clinton"),
    # after an interrupting phrase, what follows "said" before a modal is the content's subject
    ("Jones, after the vote, said the council would appeal the ruling.", "said", "Jones"),
    ("Jones, after the vote, said the council is ready.", "said", "Jones"),
    ("“It is over,” said Mary Smith, who led the count.", "said", "Mary Smith"),
    # a dateline is where the story was filed, not who spoke
    ("OSLO — The mayor and two aides toured the site on Monday and said the work was late.", "said",
     "The mayor"),
    ("BEDFORD, N.H. (AP) — Marco Rubio toured a plant on Monday and said the race was close.", "said",
     "Marco Rubio"),
    ("NATO — the alliance — met on Monday and said it would act.", "said", "NATO"),
    # a name in apposition to a role names the person
    ("Smith’s lawyer, Ann Lee, said the claim was false.", "said", "Ann Lee"),
    ("One of the report’s authors, Tom Hale, said the data were sound.", "said", "Tom Hale"),
    ("Ann Lee, a nurse from Dover, New Jersey, said the clinic was full.", "said", "Ann Lee"),
    ("Democratic nominee Ann Lee, campaigning in Ohio, said the plan would pass.", "said",
     "Democratic nominee Ann Lee"),
    ("Even the party’s loudest critics, like Lee and Hale, say the plan will pass.", "say",
     "the party’s loudest critics"),
    # a name in apposition to a role phrase of its own clause, not to an object
    ("Lee won the state, but the state’s junior senator, Ann Hale, had already endorsed Lee.", "endorsed",
     "Ann Hale"),
    ("At a tense meeting, many of them wary, the campaign chief, Tom Hale, bluntly suggested it was an act.",
     "suggested", "Tom Hale"),
    ("The head of the group backing former Ohio Gov. Ann Lee for president, Tom Hale, praised the donor.",
     "praised", "Tom Hale"),
    ("Smith met the governor, Ann Lee, and said it went well.", "said", "Smith"),
    # lower-case role words between name words go on; a source noun after a name ends the phrase
    ("Democratic presidential candidate Ann Lee, speaking in Iowa, said the deal was done.", "said",
     "Democratic presidential candidate Ann Lee"),
    ("OSLO - European Union leaders met on Friday and said the deal was done.", "said", "European Union leaders"),
    ("President Ann Lee released a statement Thursday night, saying she was sad.", "saying", "President Ann Lee"),
    ("Lee’s Ohio chairman, Tom Hale, a former state party chairman who joined last week, said it was over.",
     "said", "Tom Hale"),
    # NYT text opens a quotation with '' too: the speaker comes after it
    ("''We will win,'' the party’s chairman, Tom Hale, told reporters, adding that polls were wrong.", "adding",
     "Tom Hale"),
    # a name between commas after a place goes on naming the place
    ("A nurse from Dover, New Jersey, said the clinic was full.", "said", "A nurse"),
    ("The officials in the state capital, Des Moines, said it was over.", "said", "The officials"),
    ("A nurse from Springfield, Green Valley, said the clinic was full.", "said", "A nurse"),
    # a dateline before a quote, a state after a dateline's comma, and the speaker of an inverted quote
    ("OSLO — “We will win,” Lee said, adding that the polls were wrong.", "adding", "Lee"),
    ("DES MOINES, Iowa (AP) — Ann Lee toured a plant and said the race was close.", "said", "Ann Lee"),
    ("''It is hard to poll,'' said Tom Hale, who chairs the department, citing the caucuses.", "citing",
     "Tom Hale"),
    ("''It will grow,'' the economist Tom Hale, a former adviser, wrote on his blog.", "wrote",
     "the economist Tom Hale"),
    # an adjective in -ing may open a subject; a participle with its object may not
    ("On the right, leading candidate Ann Lee went to Ohio on Monday and said the race was close.", "said",
     "leading candidate Ann Lee"),
    ("The agency released the pages Friday night, shedding light on the crisis and detailing the plan.",
     "detailing", "The agency"),
    ("On Monday, shedding light on the deal and saying it was fine, the aide left.", "saying", None),
    ("Later, standing behind Lee, and saying nothing, the aide left.", "saying", None),
    # a name goes on one person's role, not a group's ("The candidates Lee backed")
    ("The candidates Lee backed lost, and said the vote was rigged.", "said", "The candidates"),
    # a comma inside a number closes no phrase
    ("After 1,500 interviews, the group said support was wide, adding that it grew.", "adding", "the group"),
    # a determiner makes an auxiliary's spelling a noun
    ("The estate was split, according to the will of the late senator.", "according to",
     "the will of the late senator"),
    # after a possessive name the subject runs on to its source noun, if one comes soon
    ("Lee’s campaign manager, who joined in May, said the count was wrong.", "said", "Lee’s campaign manager"),
    ("Lee’s remarks, first aired on Monday, suggested a change of heart.", "suggested", "Lee’s"),
    ("Lee’s long and very public defense of the plan, aired on Monday, suggested a change.", "suggested", "Lee’s"),
    # a phrase opened by a preposition is no subject
    ("But even after Lee, responding to a rival, dropped her objection and agreed to debate, the race went on.",
     "agreed", None),
    # a day after the cue is when, and what follows it was said ("said Thursday his biggest worry")
    ("Rep. Ann Lee of Ohio, an ally of the leader, said Thursday his biggest worry about the plan is the cost.", "said",
     "Rep. Ann Lee"),
    # a participle or second verb after a reporting clause goes on citing its source, not the
    # subject of what it reported
    ("The race is close, Lee said, adding that polls were wrong.", "adding", "Lee"),
    ("There's more to it, Lee said, adding that the race was close.", "adding", "Lee"),
    ("The race is close, the governor told reporters Monday, adding that polls were wrong.", "adding",
     "the governor"),
    ("The race is close, said Lee, and added that polls were wrong.", "added", "Lee"),
    ("That's the plan the aide wrote on Monday, adding that it was over.", "adding", "the aide"),
    ("Voters in Ohio and Iowa, Lee said, are angry, adding that polls were wrong.", "adding", "Lee"),
    ("The aide sat down, and Lee told reporters on Monday and added that it was over.", "added", "Lee"),
    ("The race is close, Lee said in a long statement from Ohio, adding that polls were wrong.", "adding", "Lee"),
    ("It is over, Lee told reporters on Monday, and added that polls were wrong.", "added", "Lee"),
    # not when what it reported comes after it, nor after a participle that is no clause of its own
    ("As the aide hints at what the plans might include, Lee is not having any of it, immediately delivering "
     "a stark message.", "delivering", "Lee"),
    ("Some senators vented about Lee vowing to fight on and said that they had lost patience with her.", "said",
     "Some senators"),
    # only a participle goes on the clause before a parenthetical: a finite verb is its subject's
    ("Bob, they said, ordered them to wait.", "ordered", "Bob"),
    # a clause that is all adverbial has no subject; one that ends in a time word has
    ("On Tuesday, telling reporters it was over, Lee left.", "telling", None),
    ("Meanwhile, telling reporters it was over, Lee left.", "telling", None),
    ("Lee spoke to reporters on Monday, saying it was over.", "saying", "Lee"),
    ("Despite the vote, Lee went to Ohio and said the race was close.", "said", "Lee"),
    ("Initially a Democrat, Lee met reporters and said the race was over.", "said", "Lee"),
    # a clause opened by "though" or "as" has its subject next; a capitalised preposition opens none
    ("Though Lee lost the vote and called for a recount, the race went on.", "called for", "Lee"),
    # a common word capitalised as it opens the sentence starts a described subject, when a
    # source noun ends it
    ("Foreign policy analysts met on Monday and said the deal was done.", "said", "Foreign policy analysts"),
    ("Presidential candidate Ann Lee spoke on Monday, saying she was sad.", "saying", "Presidential candidate Ann Lee"),
    # (and without one it is no subject at all)
    ("Back in Ohio the crowd cheered and said it was over.", "said", None),
    ("Activists staged a brief sit-in along the route, demanding that the flag come down.", "demanding", "Activists"),
    ("Perhaps more telling, the party chose Ohio, citing its voters.", "citing", "the party"),
    # a dash after the subject opens an aside: no part of it
    ("Despite the evidence, birther sites - from one to another - are strewn across the web, actively "
     "promoting a debunked thesis.", "promoting", "birther sites"),
    # a contraction names no one ("What's more,"); a participle before an object pronoun opens no subject
    ("What's more, Lee went to Ohio and said the race was close.", "said", "Lee"),
    ("Here's the thing about the plan: it was over, adding that polls were wrong.", "adding", None),
    ("Despite the strain, there’s a renewed commitment to the alliance, emphasizing a joint approach between the "
     "two nations.", "emphasizing", None),
    ("On Monday, telling him Lee had won, the aide left and said it was over.", "said", None),
    # a possessive runs on to a source noun only a few words on, not past a verb
    ("Lee’s refusal angered several campaign aides, suggesting a change of heart.", "suggesting", "Lee’s"),
    # a "that" that opens a clause is no part of its subject; a demonstrative one is
    ("The transcript shows that Clinton talked about reform.", "talked about", "Clinton"),
    ("It was a gap in border security that homeland security experts say is wide.", "say", "homeland security experts"),
    ("He said that report was wrong, and that report claimed the plan failed.", "claimed", "that report"),
]


@pytest.mark.parametrize("text, cue, source", SOURCE_CASES)
def test_source_away_from_the_cue(text, cue, source):
    by_cue = {spans(text, a)[0]: a for a in find_attributions(text)}
    assert cue in by_cue, by_cue
    assert spans(text, by_cue[cue])[1] == source


@pytest.mark.parametrize(
    "text, source",
    [
        ("“It is over,” said Trump, adding that the race was rigged.", "Trump"),
        ("“We will win,” said the senator from Texas, pointing to the polls.", "the senator"),
    ],
)
def test_participle_after_an_inverted_quote_keeps_both_cues(text, source):
    # the participle cites the inverted speaker, so the speaker's own cue is not nested in its source
    found = [(spans(text, a)[0], spans(text, a)[1]) for a in find_attributions(text)]
    assert [cue for cue, _ in found][0] == "said" and len(found) == 2
    assert [src for _, src in found] == [source, source]


def test_an_opening_word_with_a_verb_after_it_is_a_clause():
    # "now" opens adverbials, but "And now Lee has taken on ..." is a clause with Lee its subject
    text = "And now Lee has taken on a much larger campaign, seeking to turn Hale into a winner."
    (a,) = find_attributions(text)
    assert spans(text, a)[0] == "seeking" and a.source_key == "lee"


@pytest.mark.parametrize(
    "text, cue, source",
    [
        # a gerund that opens the sentence, alone or after a preposition, is the main clause's subject's
        ("In defending himself and his business record, Lee offered insights into a cutthroat approach.", "defending",
         "Lee"),
        ("Saying that the first phase was under way, U.S. Secretary of Defense Ann Lee praised Japan.", "Saying",
         "U.S. Secretary of Defense Ann Lee"),
        # not a list's name, nor an "it" that stands for no one
        ("By looking beyond the contests in Iowa, Nevada and Ohio, the ad cost more.", "looking", None),
        ("Despite sounding like a Brit in the clip, it is unlikely that he will move.", "sounding", None),
        # a contraction names no one
        ("The vote was close. It's unclear whether lawmakers will ever take it up.", "unclear", None),
        # a preposition that opens the sentence is no part of the source after it, nor a source alone
        ("Despite Lee's insistence that he was a journalist, the court went on.", "insistence", "Lee's"),
        ("Despite complaints that he is a crusader, Lee has found ways to press his agenda.", "complaints", None),
        ("Through the next eight weeks the campaign will push hard, emphasizing the threat.", "emphasizing", None),
    ],
)
def test_a_sentence_opening_gerund_and_preposition(text, cue, source):
    by_cue = {spans(text, a)[0]: a for a in find_attributions(text)}
    assert cue in by_cue, by_cue
    assert spans(text, by_cue[cue])[1] == source


def test_a_capitalised_preposition_opens_no_subject():
    text = "With her campaign buffeted by criticism and denying the claims, Lee left the stage."
    assert all(spans(text, a)[1] != "With her campaign" for a in find_attributions(text))


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # what comes before the source is the first cue's: the participle's content follows it
        ("“We will win,” he said, adding that polls were wrong.", "adding", "polls were wrong"),
        ("“We will win,” he said in a long interview with reporters at the White House, adding that polls "
         "were wrong.", "adding", "polls were wrong"),
        ("Perhaps more striking, the aide said nothing and added that it was over.", "added", "it was over"),
        # a reporting clause that a participle follows reports the clause before it, however short
        ("It's over, he said, noting the polls.", "said", "It's over"),
        # a source in a subordinate clause reports what follows its cue, however short
        ("The transcript shows that Clinton talked about reform.", "talked about", "reform"),
        ("The race tightened after Lee attacked the plan.", "attacked", "the plan"),
    ],
)
def test_content_around_a_reporting_clause(text, cue, content):
    by_cue = {spans(text, a)[0]: a for a in find_attributions(text)}
    a = by_cue[cue]
    assert a.kind == "indirect" and spans(text, a)[2] == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        # a content ends at the comma before a later attribution of its sentence ...
        ('Lee claimed victory in a tweet, saying: "We just won Ohio!"', "claimed", "victory in a tweet"),
        ("Asked whether she had practised her speech, she said she had not.", "Asked",
         "whether she had practised her speech"),
        # ... or at the "and" before a second verb of the same subject, not at an earlier comma
        ("Lee claimed victory in Ohio, Iowa and Texas and praised the voters.", "claimed",
         "victory in Ohio, Iowa and Texas"),
        # ... but not where that one may be nested in it
        ("Lee said that Hale claimed the vote was rigged.", "said", "Hale claimed the vote was rigged"),
        ("Lee said that, in Ohio, Hale claimed the vote was rigged.", "said", "in Ohio, Hale claimed the vote was rigged"),
        # a time after the cue is no part of what was said
        ("Lee said Tuesday morning that the vote was close.", "said", "the vote was close"),
        # a speaker's turn goes on through the quotes after it that have no cue of their own
        ("“We live in Ohio,” she said. “We came today because she is good.” The rally ended.", "said",
         "“We live in Ohio,” she said. “We came today because she is good.”"),
        ("“It is over,” Lee said on Monday. “We lost.” “Badly.”", "said",
         "“It is over,” Lee said on Monday. “We lost.” “Badly.”"),
        ("“A,” Lee said. “B,” Hale replied.", "said", "“A,”"),
        ("“It is over,” Lee said, and the crowd cheered. “We lost.”", "said", "“It is over,”"),
    ],
)
def test_where_a_content_ends(text, cue, content):
    by_cue = {spans(text, a)[0]: a for a in find_attributions(text)}
    assert spans(text, by_cue[cue])[2] == content


def test_participle_after_comma_takes_the_clause_subject():
    # PolNeAR marks both "rebuked" and "saying" as cues; "saying" cites the clause subject
    text = "In response, China rebuked the stance, saying that the U.S. provokes conflict."
    found = {spans(text, a)[0]: a for a in find_attributions(text)}
    a = found["saying"]
    assert (a.kind, spans(text, a)[1], a.source_type) == ("indirect", "China", "organisation")
    assert "provokes conflict" in spans(text, a)[2]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Hegseth said: “We will win.”", "said"),
        ("An official who asked not to be named said the deal was close.", "said"),
        ("Senator Smith has also said the plan was flawed.", "said"),
        ("The group claims the vote was rigged.", "claims"),
        ("“Never,” he said, “would I want to say that.”", "said"),
    ],
)
def test_one_cue_per_attribution(text, cue):
    found = find_attributions(text)
    assert [spans(text, a)[0] for a in found] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "The report was released on Monday.",
        "They plan to build a bridge.",
        "The bridge was built in 1990 and repaired in 2004.",
        "He has a plan to win.",
        "The so-called deal collapsed.",
        "Prices rose 3% in March.",
        "",
    ],
)
def test_no_attribution(text):
    assert find_attributions(text) == []


def test_nested_and_mixed_quotes():
    text = "“He told me ‘never again,’ and I believed him,” Smith said. \"Fine,” Jones said."
    found = find_attributions(text)
    cues = [(text[a.cue[0]:a.cue[1]], text[a.source[0]:a.source[1]] if a.source else None, a.kind) for a in found]
    assert ("said", "Smith", "direct_quote") in cues
    assert ("said", "Jones", "direct_quote") in cues
    smith = next(a for a in found if a.source and text[a.source[0]:a.source[1]] == "Smith")
    assert "never again" in text[smith.content[0]:smith.content[1]]


def test_unbalanced_quote_runs_to_end_of_line():
    text = "“We must be prepared, Hegseth said, and we will be.\nNext paragraph."
    quotes = find_quotes(text)
    assert quotes[0] == (0, text.index("\n"))


@pytest.mark.parametrize(
    "text, n",
    [('"a" "b" "c"', 3), ("“a” and “b”", 2), ("``a'' and ``b''", 2), ("no quotes", 0), ("“open only", 1), ("close only”", 1)],
)
def test_quote_pairing(text, n):
    assert len(find_quotes(text)) == n


def test_pronoun_inherits_previous_source():
    text = "Hegseth said the alliance was strong. He added that Japan was a model ally."
    a, b = find_attributions(text)
    assert a.source_key == b.source_key == "hegseth"
    assert b.source_type == "person"


# distinct-source keys: a sentence's capitalised first determiner is no name
@pytest.mark.parametrize(
    "source, source_type, key",
    [
        ("Mr. Trump", "person", "trump"),
        ("New Jersey Gov. Chris Christie", "person", "christie"),
        ("The president", "person", "president"),
        ("the president", "person", "president"),
        ("A spokesman", "person", "spokesman"),
        ("His spokesman", "person", "his spokesman"),
        ("The other candidate", "person", "other candidate"),
        ("Some Democrats", "person", "democrats"),
        ("The Democratic presidential candidate", "person", "democratic presidential candidate"),
        ("The State Department", "organisation", "state department"),
        ("his campaign", "organisation", "his campaign"),
        ("The New York Times", "outlet", "new york times"),
        ("The New York Times newspaper", "outlet", "new york times"),
        ("the AP", "outlet", "associated press"),
        ("Time magazine", "outlet", "time magazine"),  # "Time" alone names no outlet
        ("that China", "organisation", "china"),
        # suffixes, party tags and a headline's words after the name are no surname
        ("Sen. Robert P. Casey Jr.", "person", "casey"),
        ("Sen. Elizabeth Warren (D-Mass.)", "person", "warren"),
        ("Donald Trump Finally", "person", "trump"),
        # ... but after a first name or an initial a lower-case word is the surname
        ("George Will", "person", "will"),
        ("Douglas J. Band", "person", "band"),
        # a role after a name is someone else's
        ("Mr. Obama's climate advisers", "person", "obama advisers"),
        ("A top Donald Trump adviser", "person", "trump adviser"),
        ("Clinton’s top foreign policy aide Jake Sullivan", "person", "sullivan"),
        # "of" after a name is where the person is from, unless a first name follows
        ("Sen. Ted Cruz of Texas", "person", "cruz"),
        ("Secretary of State John Kerry", "person", "kerry"),
        ("Chief of Staff Reince Priebus", "person", "priebus"),
        ("Sen. Tim Kaine of Virginia", "person", "kaine"),  # "Virginia" is a first name too
        ("Doyle and others", "person", "doyle"),
        # a group of someone's is not that person
        ("Supporters of Bernie Sanders", "person", "sanders supporters"),
        ("friends of Mr. Lee's", "person", "lee friends"),
        ("tax experts I spoke to", "person", "tax experts i spoke to"),  # "I" is no name
    ],
)
def test_source_key(source, source_type, key):
    assert normalise_source(source, source_type) == key


# (text, source text and (type, key) of its last attribution): whom a pronoun cites
@pytest.mark.parametrize(
    "text, source, expected",
    [
        # "she" skips the organisation named in between and takes the last named person
        ("Clinton said the plan would work. The State Department said it was reviewing the plan. "
         "She added that the review would be quick.", "She", ("person", "clinton")),
        # a sentence opened by "she" goes on about the person the sentence before was about
        ("Trump said the polls were rigged. Clinton arrived in Ohio on Monday. She said the count was fair.",
         "She", ("person", "clinton")),
        # "the Times" is the outlet the text named in full before
        ("The New York Times reported that the talks failed. The Times said later that they "
         "resumed.", "The Times", ("outlet", "new york times")),
        # ... but a longer phrase that ends in such a word names no outlet to stand for
        ("Atlantic City Mayor Don Guardian said the casino would close. The Guardian reported "
         "that it would not.", "The Guardian", ("outlet", "guardian")),
        # "the newspaper" is the outlet named latest; without one it is a role; a capital makes a name
        ("The Washington Post reported that the talks failed. The newspaper said later that they "
         "resumed.", "The newspaper", ("outlet", "washington post")),
        ("The newspaper said that the talks failed.", "The newspaper", ("outlet", "newspaper")),
        ("The Associated Press reported that the talks failed. The newspaper said that they resumed.",
         "The newspaper", ("outlet", "newspaper")),  # a news agency is no newspaper
        ("The Washington Post reported that the talks failed. The Paper said that they resumed.",
         "The Paper", ("outlet", "paper")),
        # "the poll", "the campaign": the one named latest with that last word; an unnamed one names none
        ("A Quinnipiac University poll found that Clinton leads. The poll showed that Trump trails.",
         "The poll", ("organisation", "quinnipiac university poll")),
        ("A new poll found that Clinton leads. The poll showed that Trump trails.", "The poll",
         ("organisation", "poll")),
        ("New poll finds that Clinton leads. The poll showed that Trump trails.", "The poll",
         ("organisation", "poll")),  # a capital that only opens the sentence is no name
        ("The Clinton campaign said the emails were stolen. A campaign said later that they were not.",
         "A campaign", ("organisation", "campaign")),
        # outlets in general name none
        ("The Washington Post reported that the talks failed. The media said that they resumed.",
         "The media", ("outlet", "")),
        ("The talks failed, according to press reports.", "press reports", ("outlet", "")),
        # "it" is the last named organisation, not a person
        ("The Pentagon said the talks would resume. It added that no date was set.", "It",
         ("organisation", "pentagon")),
        ("Trump said the talks would resume. It added that no date was set.", "It", ("organisation", "")),
        # "they" are seldom one person
        ("Trump said the polls were rigged. They said the count was fair.", "They", ("vague", "")),
        # the writer's own "I" outside quotes cites no one
        ("Trump said the wall would be built. I wrote last year that it would not.", "I", ("person", "")),
        # "they" are the last group cited, named or not
        ("The company announced the cuts. Critics said the plan was cruel. They said more would come.",
         "They", ("vague", "")),
        # "she" skips a man cited after the woman she is
        ("Hillary Clinton said the plan would work. Donald Trump said it would fail. "
         "Later, she said the numbers were clear.", "she", ("person", "clinton")),
        # ... and the sentence before's subject too, when he is a man
        ("Hillary Clinton said the plan would work. Mr. Trump spoke in Ohio. She said the numbers were clear.",
         "She", ("person", "clinton")),
        # a bare surname takes the gender the article gives it elsewhere
        ("Mr. Pence arrived first. Clinton said the plan would work. Pence said it would fail. "
         "Later, she added that the numbers were clear.", "she", ("person", "clinton")),
        # with only men cited, "she" is someone not cited: no one is named
        ("Donald Trump said the plan would fail. Later, she said the numbers were clear.", "she",
         ("person", "")),
        # a subject's owner is the one named when it owns a thing or a group, not a person
        ("Hale said the plan was dead. Lee's statement on the deal was short. She said it was fine.", "She",
         ("person", "lee")),
        ("Hale spoke. Ann Lee's aides arrived late. She said it was fine.", "She", ("person", "lee")),
        ("Mike Hale said the plan was dead. NBC's Tom Lee then joined him. He said it was fine.", "He",
         ("person", "lee")),
        # a name in apposition to the subject is who it is
        ("The campaign chief, Tom Lee, said it was fine. He said it would pass.", "He", ("person", "lee")),
        # "he" cites the subject of its sentence or of one just before, though no one cited him
        ("Clinton said the plan would work. Sen. Bob Smith toured the new plant in Ohio, and "
         "he said the count was fair.", "he", ("person", "smith")),
        # ... two sentences back at most
        ("Clinton said the plan would work. Sen. Bob Smith toured the plant. The weather was fine. "
         "Later, he said the count was fair.", "he", ("person", "smith")),
        ("Clinton said the plan would work. Sen. Bob Smith toured the plant. The weather was fine. "
         "The roads were clear. Later, he said the count was fair.", "he", ("person", "clinton")),
        # ... not a subject inside what the pronoun's attribution reports, nor inside a quote
        ("Mr. Obama said the deal was done. Sen. Ted Cruz is wrong about the deal, he said.", "he",
         ("person", "obama")),
        ("Mr. Obama said the deal was done. Sean Hannity is “not a journalist,” he said.", "he",
         ("person", "obama")),
        ('Mr. Obama spoke first. Mary Jones said: "It was fine. Sen. Bob Smith toured the plant. '
         'The count was fair." Later, he said the vote was close.', "he", ("person", "")),
        # ... and once found, the next "he" cites him too
        ("Sen. Bob Smith toured the plant in Ohio. Mary Jones said it was nice. He said the count "
         "was fair. The vote was close. He added that it was late.", "He", ("person", "smith")),
        # what the phrase says of a surname two untold people share comes first ("Mrs. Clinton")
        ("Mr. Clinton spoke on Monday. Mr. Podesta said it would work. Mrs. Clinton will face "
         "the fire. He noted that the vote was close.", "He", ("person", "podesta")),
        # ... unless someone was cited after that subject was named
        ("Sen. Bob Smith arrived in Ohio. The plan would work, Jim Brown said. Later, he said the "
         "count was fair.", "he", ("person", "brown")),
        # ... and a subject that names no one is skipped ("Crops")
        ("Mr. Obama said the deal was done. Crops are withering in the islands, he noted.", "he",
         ("person", "obama")),
        # a group named after a person is no "she"
        ("Mary Smith said the plan would work. Obama aides said it would fail. Later, she said "
         "the numbers were clear.", "she", ("person", "smith")),
        # an unnamed role is the one person the text titles so
        ("President Barack Obama arrived on Monday. The president said the deal was done.",
         "The president", ("person", "obama")),
        ("Former President Bill Clinton and President Obama arrived. The former president said the deal was done.",
         "The former president", ("person", "clinton")),
        # ... and "he" after it cites that person
        ("President Barack Obama arrived on Monday. The president said the deal was done. "
         "Later, he added that it would hold.", "he", ("person", "obama")),
        # an indefinite role is not the titled one
        ("President Barack Obama arrived on Monday. A president said the deal was done.",
         "A president", ("person", "president")),
        # a gendered role is not a person of the other gender titled so
        ("Rep. John Lewis arrived on Monday. The congresswoman said the deal was done.",
         "The congresswoman", ("person", "congresswoman")),
        # a two-word place is no name: "the New Jersey governor" is the one titled so
        ("New Jersey Gov. Chris Christie arrived on Monday. The New Jersey governor said the deal "
         "was done.", "The New Jersey governor", ("person", "christie")),
        # the titled person's first name keys a surname two people share
        ("Former President Bill Clinton and Hillary Clinton arrived. The former president said "
         "the deal was done.", "The former president", ("person", "bill clinton")),
        # ... or the one named with the role after the name
        ("Chris Christie, the New Jersey governor, arrived on Monday. The governor said the deal "
         "was done.", "The governor", ("person", "christie")),
        # a compound title is its own role
        ("Attorney General Loretta Lynch arrived on Monday. The general said the war went well.",
         "The general", ("person", "general")),
        # a named person whose surname is a role word stays named
        ("King Abdullah arrived. Mr. King said the deal was done.", "Mr. King", ("person", "king")),
        # a man's title before a possessive does not make the spokeswoman a man
        ("Hillary Clinton said the plan would fail. Mr. Trump's spokeswoman Kellyanne Conway said it "
         "would work. Later, she said the numbers were clear.", "she", ("person", "conway")),
        # a maiden name between first name and surname
        ("Donald Trump said the plan would fail. Hillary Rodham Clinton said it would work. "
         "Later, he said the numbers were clear.", "he", ("person", "trump")),
        # two people of one surname are two people, and "she" is the woman
        ("Donald Trump said the plan would fail. Melania Trump said it would work. "
         "Later, she said the numbers were clear.", "she", ("person", "melania trump")),
        ("Melania Trump said the plan would work. Donald Trump said it would fail. "
         "Later, she said the numbers were clear.", "she", ("person", "melania trump")),
        ("Melania Trump said the plan would work. Donald Trump said it would fail. "
         "Later, he said the numbers were clear.", "he", ("person", "donald trump")),
        # a surname whose people the text does not tell apart: either pronoun may cite it
        ("Pat Trump said the plan would fail. Later, she said the numbers were clear.", "she",
         ("person", "trump")),
        # each person of a coordinated source keeps the gender of the words that name them
        ("Ms. Kim and Mr. Hegseth said the talks went well. She added that more would come.", "She",
         ("person", "kim")),
        ("Mr. Hegseth and Ms. Kim said the talks went well. She added that more would come.", "She",
         ("person", "kim")),
        # the phrase's own title tells before the surname's other people
        ("Bill Clinton and Hillary Clinton arrived. Mr. Podesta said it would work. But Mrs. "
         "Clinton will face the fire. He noted that, like him, she had lost votes in coal country.",
         "He", ("person", "podesta")),
    ],
)
def test_pronoun_sources(text, source, expected):
    last = find_attributions(text)[-1]
    assert last.source_text == source
    assert (last.source_type, last.source_key) == expected


# after a comma only a verb of saying puts its speaker after it; a day is never the speaker
@pytest.mark.parametrize(
    "text, source",
    [
        ("The plan will fail, said Hegseth.", "Hegseth"),
        ("“The plan will fail,” wrote the senator.", "the senator"),
        ("Proponents, including the mayors' group, have urged Congress to act.", "Proponents"),
        ("Christie, who has campaigned for Trump, blasted Clinton over the emails.", "Christie"),
        ("Mitch McConnell, R-Ky., said Tuesday that the vote would wait.", "Mitch McConnell"),
        ("The economy is strong, confirmed a spokesman.", "a spokesman"),
    ],
)
def test_source_after_a_comma(text, source):
    (a,) = find_attributions(text)
    assert a.source_text == source


@pytest.mark.parametrize(
    "text, source",
    [
        ("Gov. Pat McCrory (R) said the law would stand.", "Gov. Pat McCrory"),
        ("Sen. Robert Menendez (D-N.J.) suggested the deal was weak.", "Sen. Robert Menendez"),
    ],
)
def test_a_parenthesis_between_source_and_cue_is_skipped(text, source):
    (a,) = find_attributions(text)
    assert a.source_text == source


@pytest.mark.parametrize(
    "text, source",
    [("The ruling said the law was void.", "The ruling"), ("Another slide shows the deficit growing.", "Another slide")],
)
def test_a_record_speaks_for_its_authors(text, source):
    (a,) = find_attributions(text)
    assert (a.source_text, a.source_type) == (source, "organisation")


@pytest.mark.parametrize(
    "text, source",
    [
        ("Clinton leads, according to a New York Times/CBS News poll.", "a New York Times/CBS News poll"),
        ("The latest NBC/WSJ poll shows Clinton ahead.", "The latest NBC/WSJ poll"),
    ],
)
def test_a_slash_between_names_joins_them(text, source):
    (a,) = find_attributions(text)
    assert (a.source_text, a.source_type) == (source, "organisation")


# a source phrase that names several people cites each of them, by the keys in text order
@pytest.mark.parametrize(
    "text, keys",
    [
        ("Mr. Hegseth and Mr. Nakatani said they did not discuss figures.", ("hegseth", "nakatani")),
        ("Sen. Ted Cruz met voters. Donald Trump and Cruz said the debate was rigged.", ("trump", "cruz")),
        ("Sen. Ted Cruz and Sen. Marco Rubio spoke. Cruz and Rubio said the vote was rigged.", ("cruz", "rubio")),
        ("Both Mr. Cruz and Ms. Fiorina said the plan would fail.", ("cruz", "fiorina")),
        ("Hillary Clinton spoke. Bill Clinton and Hillary Clinton said the plan would work.",
         ("bill clinton", "hillary clinton")),
        # a person and others, a role, or a word the text never gives a first name or title: one key
        ("Mr. Doyle and others said the plan would fail.", ("doyle",)),
        ("Mr. Trump and Trump aides said the talks went well.", ("trump aides",)),
        ("Popular Christian and corporate speaker Lance Wallnau believes he has a word.", ("wallnau",)),
        ("Mr. Hegseth met Defense Minister Gen Nakatani. Hegseth and Nakatani agreed on the need to act.",
         ("hegseth", "nakatani")),  # a title is enough, as "Gen" is no first name the lists know
        # someone's thing is no person
        ("President Barack Obama spoke. Obama’s refugee program and Donald Trump said the plan would fail.",
         ("trump",)),
        # the same person twice is one
        ("Mr. Lee and Lee said the vote was fair.", ("lee",)),
    ],
)
def test_coordinated_people_are_each_cited(text, keys):
    (a,) = find_attributions(text)
    assert a.source_type == "person" and a.source_keys == keys


# ... and one that names several organisations or outlets cites each, when each is a proper name
@pytest.mark.parametrize(
    "text, keys",
    [
        ("The Washington Post and ABC News reported that the race was close.", ("washington post", "abc news")),
        ("The FBI and Justice Department declined to comment.", ("fbi", "justice department")),
        ("The U.S. and Japan said that their ties remain robust.", ("u.s", "japan")),
        ("The Clinton campaign and DNC said that the emails were stolen.", ("clinton campaign", "dnc")),
        # a name with "and" or "of" in it is one body
        ("The Parks and Recreation Department said that the pool would close.",
         ("parks and recreation department",)),
        ("The Department of Health and Human Services said that fares would rise.",
         ("department of health and human services",)),
        ("The Senate and House of Representatives said that fares would rise.",
         ("senate", "house of representatives")),
        # a lower-case phrase names no body
        ("The White House and congressional leaders said that the gates would close.",
         ("white house and congressional leaders",)),
    ],
)
def test_coordinated_bodies_are_each_cited(text, keys):
    (a,) = find_attributions(text)
    assert a.source_type in ("organisation", "outlet") and a.source_keys == keys


def test_distinct_sources_count_each_coordinated_person():
    text = "Mr. Hegseth and Mr. Nakatani said the talks went well. Mr. Nakatani added that more would come."
    assert distinct_sources(find_attributions(text)) == [("person", "hegseth"), ("person", "nakatani")]
    assert score_text(text)["distinct_sources"] == 2


@pytest.mark.parametrize(
    "text",
    ["The FBI is reportedly reviewing the emails.", "Mr. Lee reportedly told aides to stay home."],
)
def test_hearsay_adverbs_cite_no_one(text):
    # the subject is whom the hearsay is about: the reporter goes unnamed
    hearsay = [a for a in find_attributions(text) if text[a.cue[0]:a.cue[1]].endswith("edly")]
    assert hearsay and all(a.source is None and a.source_type == "vague" for a in hearsay)


@pytest.mark.parametrize(
    "text, source",
    [
        # an empty "it" is no one, whatever organisation was cited last
        ("The Pentagon said the talks went well. It seems the vote was close.", None),
        ("The Pentagon said the talks went well. It is not clear whether the vote was close.", None),
        # ... and who makes it clear is the source
        ("The Pentagon said the talks went well. Mr. Lee has made it clear that he would run.", "Mr. Lee"),
    ],
)
def test_an_impersonal_it_is_no_source(text, source):
    last = find_attributions(text)[-1]
    assert (text[last.source[0]:last.source[1]] if last.source else None) == source
    assert last.source_type == ("vague" if source is None else "person")


def test_unnamed_roles_count_apart():
    text = "The senator said the bill would pass. The governor said it would fail."
    assert [a.source_key for a in find_attributions(text)] == ["senator", "governor"]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("The Washington Post", "outlet"),
        ("Kyodo News", "outlet"),
        ("Bloomberg", "outlet"),
        ("the newspaper", "outlet"),
        ("the paper", "outlet"),
        # a paper that is a document speaks for its authors, as a report does
        ("The 2024 Defense White Paper", "organisation"),
        ("a position paper", "organisation"),
        ("the Smithsonian Institution", "organisation"),
        ("the Federal Reserve", "organisation"),
        ("Pentagon officials", "anonymous"),
        ("a senior administration official", "anonymous"),
        # an unnamed official of a named body is anonymous, not the body
        ("A Japanese Defense Ministry official", "anonymous"),
        ("White House officials", "anonymous"),
        ("A Clinton campaign official", "anonymous"),
        ("some analysts", "vague"),
        ("observers", "vague"),
        ("the State Department", "organisation"),
        ("NATO", "organisation"),
        ("Prime Minister Shigeru Ishiba", "person"),
        ("the spokeswoman", "person"),
        ("The Department of Justice", "organisation"),
        ("the Justice Department", "organisation"),
        ("Justice Ginsburg", "person"),
        ("Secretary of State John Kerry", "person"),
        ("State Department spokesman John Kirby", "person"),
        ("Senate Majority Leader Mitch McConnell", "person"),
        ("the Senate Judiciary Committee", "organisation"),
        ("a recent poll of Indiana voters", "organisation"),
        ("early results of the exit poll", "organisation"),
        ("the results", "organisation"),
        ("the RealClearPolitics polling average", "organisation"),
        ("No major polls", "organisation"),
        ("a national Gallup Poll taken last week", "organisation"),
        ("Sanders advisers", "person"),
        ("Senior officials", "anonymous"),
        ("Crime experts", "vague"),
        ("Law enforcement officials", "anonymous"),
        ("Trump aides", "person"),
        ("Iowa voters", "vague"),
        ("New York voters", "vague"),  # a two-word place is no name either
        ("one West Virginia official", "anonymous"),
        ("Texas", "organisation"),
        ("Ohio Gov. John Kasich", "person"),
        # one holder of a role in an organisation is a person; its staff, or a title-case name, are not
        ("the Clinton campaign spokesman", "person"),
        ("Lee’s campaign manager", "person"),
        ("An FBI spokesman", "person"),
        ("FBI agents", "organisation"),
        ("The Dover Union Leader", "organisation"),
        # a titled name that ends in an outlet's word is a person
        ("Dover Mayor Ann Guardian", "person"),
        ("reporter Ann Lee of Vice News", "person"),
        ("The Guardian", "outlet"),
        # a party or a people is a group, not a person; one of them is an unnamed source
        ("Democrats", "vague"),
        ("Some Republicans", "vague"),
        ("The Germans", "vague"),
        ("One Republican", "anonymous"),
        ("Senate Republicans", "organisation"),
        ("Clinton Democrats", "person"),
        ("The Chinese", "vague"),
        ("The Swiss", "vague"),
        ("The Democrat", "person"),
        ("the Democrats", "vague"),
        # one word opening the sentence: a name only if news text capitalises it mid-sentence
        ("Investors", "vague"),
        ("Despite", "vague"),
        ("Trump", "person"),
    ],
)
def test_classify_source(source, expected):
    assert classify_source(source) == expected


@pytest.mark.parametrize(
    "modifier", ["senior", "legal", "crime", "political", "outside", "foreign policy"]
)
@pytest.mark.parametrize(
    "head", ["experts", "officials", "analysts", "sources", "groups", "advisers"]
)
def test_a_source_opening_a_sentence_is_typed_as_it_is_mid_sentence(modifier, head):
    phrase = f"{modifier} {head}"
    assert classify_source(phrase.capitalize()) == classify_source(phrase)


@pytest.mark.parametrize(
    "text, source_type",
    [
        ("Senior officials said the plan failed.", "anonymous"),
        ("“It failed,” Senior officials said.", "person"),
        ("The bill will pass, Price aides said.", "person"),
        ("Nobody knows whether the count is right.", "vague"),
    ],
)
def test_only_a_capital_that_opens_the_sentence_may_be_the_sentences(text, source_type):
    assert [a.source_type for a in find_attributions(text)] == [source_type]


def test_attribution_is_frozen():
    a = find_attributions("Hegseth said Japan would pay.")[0]
    assert isinstance(a, Attribution)
    with pytest.raises(Exception):
        a.kind = "x"  # type: ignore[misc]


# --- the fast cue path must give the model's own scores ---------------------------------------------
def _cue_texts():
    from pathlib import Path

    texts = [c[0] for c in CASES]
    dev = Path(__file__).resolve().parents[3].parent / "shared" / "bench" / "sourcing" / "polnear" / "dev" / "text"
    texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))[:20]]
    return texts


def test_fast_cue_score_equals_model_score():
    from tasks.scoring.cues import CANDIDATES, cue_keys, cue_score, fast_cue_score, is_candidate
    from tasks.scoring.sentences import split_sentences
    from tasks.scoring.sources import tokens

    checked = 0
    for text in _cue_texts():
        for a, b in split_sentences(text):
            strs = [t[0] for t in tokens(text, a, b)]
            for i, t in enumerate(strs):
                info = CANDIDATES[t]
                assert (info is not None) == is_candidate(t.lower())
                if info is None:
                    continue
                for in_quote in (False, True):
                    for sq in (False, True):
                        z = cue_score(cue_keys(strs, i, 0, len(strs), in_quote, sq))
                        assert abs(fast_cue_score(strs, i, 0, len(strs), info, in_quote, sq) - z) < 1e-9
                        checked += 1
    assert checked > 20


def test_given_sentences_from_elsewhere_still_work():
    text = "Hegseth said that Japan would pay more.  Nakatani said the drills ended."
    assert find_attributions(text, [(0, 39), (41, len(text))]) == find_attributions(text)
    # spans that cut tokens are tokenised on their own
    assert find_attributions(text, [(2, 30)]) is not None


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9_ .,'’&-`\"“”\n\tU.S.3.5İ;:?!)")), max_size=60) | st.text(max_size=60))
def test_whole_text_tokens_equal_sentence_tokens(text):
    from tasks.scoring.attributions import _tokenise
    from tasks.scoring.sources import tokens

    strs, starts, ends = _tokenise(text)
    assert list(zip(strs, starts, ends)) == tokens(text, 0, len(text))


# --- whole-text behaviour ---------------------------------------------------------------------------
def test_sentence_order_does_not_change_what_is_found():
    # cues are scored per sentence: swapping two sentences swaps their attributions
    a = "Hegseth said that Japan would pay more."
    b = "“We will win,” Nakatani said."
    one, two = find_attributions(a + " " + b), find_attributions(b + " " + a)
    assert len(one) == len(two) == 2
    assert sorted(x.kind for x in one) == sorted(x.kind for x in two)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Hegseth", "said", "that", "“", "”", '"', "``", "''", "‘", "’", ",", ".",
                                 "according", "to", "officials", "\n", "told", "reporters", "The", "—"]),
                max_size=40))
def test_never_raises_and_cues_are_ordered(words):
    text = " ".join(words)
    found = find_attributions(text)
    starts = [a.cue[0] for a in found]
    assert starts == sorted(starts)
    for a in found:
        assert a.kind in ("direct_quote", "indirect", "according_to")
        assert a.source_type in ("person", "organisation", "outlet", "anonymous", "vague")
        assert 0 <= a.cue[0] < a.cue[1] <= len(text)
        assert a.source is None or 0 <= a.source[0] < a.source[1] <= len(text)


# --- sources: a bare article names no one --------------------------------------------------------
@pytest.mark.parametrize(
    "text, source",
    [
        ("The so-called deal", None),
        ("A so-called deal", None),
        ("The minister said", "The minister"),
        ("Some said", "Some"),
    ],
)
def test_left_np_needs_more_than_an_article(text, source):
    from tasks.scoring.sources import left_np, tokens

    toks = tokens(text, 0, len(text))
    np_ = left_np(toks, len(toks) - 1 if text.endswith("said") else 1)
    got = None if np_ is None else text[toks[np_[0]][1]:toks[np_[1] - 1][2]]
    assert got == source


# --- the sentence rescoring: each candidate is judged against the others of its sentence ----------
@pytest.mark.parametrize(
    "zs, expected",
    [
        ([], []),
        ([1.0], [(1.0, 1.0, 0.0, 1.0, 0.0)]),  # alone: no rival, the best by default
        ([2.0, -1.0], [(2.0, 0.0, -1.0, 1.0, 0.0), (-1.0, 0.0, 2.0, 0.0, 1.0)]),  # one rival passes -0.8
        ([0.5, 0.5], [(0.5, 0.0, 0.5, 0.0, 1.0), (0.5, 0.0, 0.5, 0.0, 1.0)]),  # a tie: neither beats the other
        ([-3.0, -2.0, 1.0], [(-3.0, 0.0, 1.0, 0.0, 1.0), (-2.0, 0.0, 1.0, 0.0, 1.0), (1.0, 0.0, -2.0, 1.0, 0.0)]),
    ],
)
def test_sentence_features(zs, expected):
    from tasks.scoring.cues import sentence_features

    assert sentence_features(zs, -0.8) == expected


@pytest.mark.parametrize("z", [-2.0, -0.5, 1.0, 3.0])
def test_a_rival_in_the_sentence_lowers_a_score(z):
    from tasks.scoring.cues import sentence_scores

    assert sentence_scores([3.0, z])[1] < sentence_scores([z])[0]


@pytest.mark.parametrize("zs", [[], [1.0], [2.0, -1.0], [0.5, 0.5], [-3.0, -2.0, 1.0], [-0.8, -0.7, -0.9, 4.0]])
def test_sentence_scores_weigh_the_sentence_features(zs):
    from tasks.scoring.cue_model import SENTENCE_WEIGHTS, THRESHOLD
    from tasks.scoring.cues import sentence_features, sentence_scores

    b, *w = SENTENCE_WEIGHTS
    expected = [b + sum(wi * fi for wi, fi in zip(w, f)) for f in sentence_features(zs, THRESHOLD)]
    assert sentence_scores(zs) == pytest.approx(expected, abs=1e-12)


def test_a_given_sentence_without_candidates_of_its_own():
    # "s" cuts the candidate "said": the span's own tokens hold no candidate to rescore
    assert find_attributions("Officials said.", sentences=[(9, 11)]) == []


@pytest.mark.parametrize(
    "text, kept",
    [("that said", "that"), ("that Clinton said", "Clinton"), ("that report said", "that report"),
     ("that voters outside Ohio said", "voters outside Ohio")],
)
def test_a_source_opened_by_that(text, kept):
    from tasks.scoring.attributions import _after_that

    end = len(text) - len(" said")
    a, b = _after_that(text, (0, end))
    assert text[a:b] == kept


@pytest.mark.parametrize(
    "text, source, source_type, key",
    [
        # the speaker of a body or place is the source, and tells its type and key
        ("A spokeswoman for YouTube said the video was removed.", "A spokeswoman for YouTube", "person",
         "youtube spokeswoman"),
        ("Aides to Clinton said she was tired.", "Aides to Clinton", "anonymous", ""),
        ("The aides of Hillary said she was tired.", "The aides of Hillary", "anonymous", ""),
        ("Officials at the Pentagon said the drill ended.", "Officials at the Pentagon", "anonymous", ""),
        ("Experts from Harvard University said the plan failed.", "Experts from Harvard University", "vague", ""),
        ("Many of his supporters believe the race was stolen.", "Many of his supporters", "vague", ""),
        ("George Zornick of The Nation wrote that the bill failed.", "George Zornick of The Nation", "person", "zornick"),
        ("Mr. Morgan of the Sierra Club said the ruling was bad.", "Mr. Morgan of the Sierra Club", "person", "morgan"),
        # a title of the person named, a record, a capital that names no one: as before
        ("Speaker of the House Rep. Paul Ryan said the bill failed.", "the House Rep. Paul Ryan", "person", "ryan"),
        ("A statement from Ryan’s office said the plan failed.", "Ryan’s office", "organisation", "ryan office"),
        ("In the Second Amendment of Mr. Lee the plan was called a failure.", None, None, None),
        # a time after the speaker is when it spoke; "with" a record is how
        ("A judge in October sentenced her to prison.", "A judge", "person", "judge"),
        ("They mobilize candidates with an email blast urging them to vote.", "an email", "organisation", "email"),
        # a share of a group; a body of a body or a record is no speaker, nor a noun that names none
        ("Six in 10 voters say the race is close.", "Six in 10 voters", "vague", ""),
        ("Hundreds of voters said the race was close.", "Hundreds of voters", "vague", ""),
        ("The government in Beijing denied the report.", "Beijing", "organisation", "beijing"),
        ("Other recent polls from Monmouth University show Clinton ahead.", "Monmouth University", "organisation",
         "monmouth university"),
        ("Enthusiasm for Clinton appears to be low.", "Clinton", "person", "clinton"),
        ("Federal Tax Policy at the Tax Foundation said the cost was high.", "the Tax Foundation", "organisation",
         "tax foundation"),
        # the phrase must stand right before the preposition
        ("The campaign of Hillary Clinton did not reply to numerous emails asking about its plans.",
         "numerous emails", "vague", ""),
        # an unnamed speaker may be the one person the text titles so
        ("Sen. Bernie Sanders spoke on Monday. The senator from Vermont said the plan failed.",
         "The senator from Vermont", "person", "sanders"),
    ],
)
def test_the_speaker_of_a_body_or_place(text, source, source_type, key):
    found = [a for a in find_attributions(text) if a.source is not None]
    if source is None:
        assert all(not spans(text, a)[1].startswith("the Second") for a in found)
        return
    a = found[-1]
    assert (spans(text, a)[1], a.source_type, a.source_key) == (source, source_type, key)

