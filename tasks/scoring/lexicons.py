"""Word lists used by the scorers. Plain data, no logic.

Everything here is lower-case unless the comment says otherwise. Lists were written by hand
from general knowledge of English news style; the reporting-verb tiers were checked against the
PolNeAR *train* split (share of a word's occurrences that annotators marked as an attribution cue),
never against dev.
"""

from __future__ import annotations

# --- sentence splitting -------------------------------------------------------------------------
# Abbreviations whose trailing period never ends a sentence (titles, initials-like forms).
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col maj sgt capt cmdr adm st jr sr rev hon pres supt
    insp det messrs mme mlle fr sec amb atty brig cpl pvt ens""".split()
)
# Abbreviations that usually continue a sentence but may end one (checked against the next word).
SOFT_ABBREVIATIONS = frozenset(
    """inc co corp ltd llc plc bros vs etc no nos vol fig approx dept univ ave blvd rd mt ft est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    a.m p.m e.g i.e u.s u.k u.n u.s.a e.u d.c n.y l.a ph.d""".split()
)
# Words that typically start a sentence; after a soft abbreviation ("... the U.S. The ...") they
# signal a real boundary.
SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there but and
    or so yet however meanwhile still in on at for after before when while if as although though
    because since what who why how where which some many most no not one two three also other
    others mr mrs ms dr president officials asked""".split()
)

# --- specificity ----------------------------------------------------------------------------------
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_WORDS = frozenset("yesterday today tonight tomorrow noon midnight a.m p.m am pm".split())
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion trillion dozen half quarter first second third fourth fifth
    sixth seventh eighth ninth tenth once twice""".split()
)
UNIT_WORDS = frozenset(
    """percent percentage cent cents dollar dollars yen euro euros pound pounds yuan rupees won
    kilometers kilometres km miles mile meters metres feet foot tons tonnes acres hectares
    barrels kilograms kg pounds ounces gallons liters litres degrees hours minutes seconds
    days weeks months years points shares votes""".split()
)
# Vague quantifiers, hedges, empty intensifiers and buzzwords: the marks of general statements.
VAGUE_WORDS = frozenset(
    """many some several various few most lots numerous often sometimes usually generally largely
    widely increasingly significant significantly important importantly major key crucial critical
    vital pivotal huge massive unprecedented robust things thing stuff something someone somebody
    everyone everybody anyone anything everything may might could would perhaps possibly probably
    likely seem seems seemed appear appears apparently broadly typically overall enough much very
    really quite rather somewhat certain certainly clearly obviously truly deeply highly extremely
    incredibly notable notably remarkable essential fundamental potential potentially growing
    rising evolving ongoing complex dynamic strategic landscape cornerstone pivotal renewed
    heightened proactive unpredictable""".split()
)
VAGUE_PHRASES = (
    "a number of",
    "a lot of",
    "a variety of",
    "kind of",
    "sort of",
    "game changer",
    "game-changer",
    "significant move",
    "experts say",
    "some say",
    "many believe",
    "it is said",
    "in light of",
    "moving forward",
    "going forward",
    "at a pivotal time",
    "as the world watches",
)
# Evaluative / subjective words: general statements judge, specific ones report.
EVALUATIVE_WORDS = frozenset(
    """good bad great better best worse worst strong weak difficult hard easy serious horrible
    terrible awful wonderful excellent poor uneasy nervous worried confident optimistic
    pessimistic uncertain clear unclear obvious sure enormous tremendous extraordinary unusual
    strange surprising disappointing encouraging healthy troubled tough risky dangerous safe
    successful failure problem problems trouble concern concerns fear fears hope hopes bright dim
    grim gloomy bleak solid sluggish sharp dramatic modest substantial considerable little big
    large small high low simply just even still already always never ever indeed fact course
    mighty urgent urgency necessary""".split()
)
PRONOUNS = frozenset("it they this that these those he she we you i there one".split())

# --- attribution ---------------------------------------------------------------------------------
# Reporting verbs by tier. Tier 1: speech/reporting verbs that almost always mark an attribution.
# Tier 2: verbs that mark one mostly when they have a source and content (checked in context).
REPORTING_VERBS_1 = """
say says said saying tell tells told telling add adds added adding write writes wrote written
writing note noted noting stated stating report reported reporting announce announced
announces announcing explain explains explained explaining argue argues argued arguing claim
claimed claiming insist insists insisted insisting warn warns warned warning acknowledge
acknowledges acknowledged acknowledging admit admits admitted admitting recall recalls recalled
recalling reply replies replied replying respond responds responded responding ask asks asked
asking tweet tweets tweeted tweeting suggest suggests suggested suggesting declare declares
declared declaring deny denies denied denying confirm confirms confirmed confirming predict
predicts predicted predicting promise promises promised promising vow vows vowed vowing urge
urges urged urging emphasize emphasizes emphasized emphasizing emphasise emphasised stress
stresses stressed stressing cite cites cited citing describe describes described describing
criticize criticizes criticized criticizing criticise criticised accuse accuses accused accusing
praise praises praised praising blast blasts blasted slam slams slammed complain complains
complained complaining conclude concludes concluded concede concedes conceded conceding assert
asserts asserted asserting remark remarks remarked reveal reveals revealed revealing question
questioned questioning dismiss dismissed dismissing defend defends defended defending reject
rejects rejected rejecting decline declines declined declining express expresses expressed
expressing indicate indicates indicated indicating reiterate reiterates reiterated reiterating
repeat repeated repeating recount recounted testify testified testifies joke joked jokes mock
mocked mocks lament lamented laments decry decried decries denounce denounced denounces
denouncing condemn condemned condemns condemning boast boasted boasts tout touted touts rail
railed shout shouted yell yelled scream screamed whisper whispered comment commented
commenting observe observed observes estimate estimated estimates explain explained maintain
maintained maintains contend contended contends allege alleged alleges alleging charge charged
charges caution cautioned cautions inform informed informs posted quipped quips quip retorted
retort echoed echoes echo pleaded pleads thanked stressed highlighted highlights highlighting
disclosed discloses confided affirmed affirms assured assures assure conveyed proclaimed
proclaims mentioned mentions mention pointed signaled signalled signals hinted hints hint
reckoned reckons wondered wonders acknowledged agreed agrees agree disputed disputes dispute
objected objects countered counters counter blamed blames blame threatened threatens
""".split()
REPORTING_VERBS_2 = """
believe believes believed think thinks thought feel feels felt fear fears feared hope hopes
hoped expect expects expected want wants wanted know knows knew show shows showed shown find
finds found call calls called calling see sees saw view views viewed consider considers
considered doubt doubts doubted worry worries worried seem seems seemed appear appears appeared
support supports supported endorse endorses endorsed oppose opposes opposed propose proposes
proposed plan plans planned seek seeks sought understand understands understood learned learn
""".split()
# Multi-word cues (matched as phrases). "according to" gets its own kind.
CUE_PHRASES = (
    "according to",
    "told reporters",
    "told a news conference",
    "told a press conference",
    "said in a statement",
    "said in an interview",
    "said in a post",
    "pointed out",
    "went on to say",
    "made it clear",
    "called for",
    "called on",
    "spoke about",
    "talked about",
    "referring to",
    "referred to",
    "in a statement",
    "in an interview",
    "has learned",
    "have learned",
    "first reported",
    "asked about",
)

# Sources -------------------------------------------------------------------------------------------
# Known news organisations and generic outlet phrases (lower-case).
OUTLET_NAMES = (
    "reuters", "ap", "associated press", "afp", "agence france-presse", "bloomberg",
    "bloomberg news", "cnn", "bbc", "npr", "pbs", "abc", "abc news", "nbc", "nbc news", "cbs",
    "cbs news", "fox news", "fox", "msnbc", "cnbc", "politico", "axios", "the hill", "breitbart",
    "breitbart news", "huffpost", "huffington post", "buzzfeed", "buzzfeed news", "vox", "slate",
    "kyodo", "kyodo news", "xinhua", "yonhap", "tass", "ria novosti", "interfax", "al jazeera",
    "nhk", "nikkei", "asahi", "asahi shimbun", "yomiuri", "yomiuri shimbun", "mainichi",
    "economist", "financial times", "wall street journal", "new york times", "washington post",
    "usa today", "guardian", "telegraph", "independent", "le monde", "der spiegel", "spiegel",
    "daily mail", "new yorker", "atlantic", "newsweek", "propublica", "sky news", "euronews",
    "deutsche welle", "dw", "rt", "sputnik", "ansa", "efe", "dpa", "pti", "ians", "jiji",
    "jiji press", "yahoo news", "business insider", "vice", "intercept", "mother jones",
    "national review", "daily beast", "daily caller", "fortune", "forbes", "wired", "cnet",
    "verge", "techcrunch", "los angeles times", "chicago tribune", "boston globe",
    "south china morning post", "global times", "china daily", "korea herald", "korea times",
    "japan times", "straits times", "times of india", "hindustan times", "haaretz",
    "jerusalem post", "arab news", "anadolu", "anadolu agency", "cbc", "ctv", "globe and mail",
    "toronto star", "national post", "diplomat", "foreign policy", "defense news",
    "stars and stripes", "military times", "washington times", "washington examiner",
    "new york post", "daily news", "miami herald", "univision", "telemundo", "el pais", "bild",
    "die zeit", "le figaro", "la repubblica", "wsj", "nyt", "newsmax", "salon", "vanity fair",
    "rolling stone", "new republic", "mediaite", "semafor", "the times", "the post",
    "the journal", "the paper", "the newspaper", "the network", "the broadcaster",
    "the news agency", "the agency's report", "media", "local media", "state media",
    "media reports", "news reports", "press reports", "reports", "the magazine", "the outlet",
    "the website", "the site", "the tabloid", "the daily", "the wire service", "the report",
)
# Last words of capitalised names that mark a news outlet ("The Japan Times", "Kyodo News").
# Outlets' initials and the names they stand for ("AP" is the Associated Press)
OUTLET_INITIALS = {
    "ap": "associated press", "afp": "agence france-presse", "nyt": "new york times",
    "wsj": "wall street journal", "ft": "financial times", "dw": "deutsche welle",
}
OUTLET_HEADS = frozenset(
    """times post news journal press tribune herald gazette chronicle telegraph guardian observer
    independent mirror express standard inquirer courier dispatch register bulletin magazine
    agency broadcasting network radio television tv daily weekly review wire newswire reporter
    record sun star examiner monitor globe mail shimbun ilbo nippo post-gazette""".split()
)
# Lower-case nouns that make an unnamed source an outlet.
OUTLET_NOUNS = frozenset(
    """media newspaper newspapers paper broadcaster broadcasters outlet outlets magazine tabloid
    wire agency's website""".split()
)
# Unnamed-source nouns: no name given, but an identifiable kind of insider.
ANONYMOUS_NOUNS = frozenset(
    """source sources official officials aide aides insider insiders diplomat diplomats person
    persons individual individuals staffer staffers adviser advisers advisor advisors lawmaker
    lawmakers participant participants negotiator negotiators""".split()
)
ANONYMOUS_MARKERS = (
    "not to be named",
    "not be named",
    "not be identified",
    "not to be identified",
    "anonymity",
    "anonymous",
    "not authorized",
    "not authorised",
    "familiar with",
    "declined to be named",
    "close to the",
    "with knowledge of",
    "briefed on",
    "unnamed",
)
# Vague collective sources.
VAGUE_NOUNS = frozenset(
    """experts expert analysts analyst critics observers commentators pundits scholars economists
    researchers scientists studies reports supporters opponents residents people many some others
    most few everyone everybody someone somebody observers insiders voters americans citizens
    skeptics sceptics proponents advocates detractors fans users rumors rumours speculation
    polls surveys""".split()
)
VAGUE_DETERMINERS = frozenset("many some most several few numerous various certain other".split())
# Lower-case nouns naming a single person's role ("the defence minister said").
PERSON_ROLE_NOUNS = frozenset(
    """minister secretary president spokesman spokeswoman spokesperson chief governor senator
    congressman congresswoman representative ambassador mayor director chairman chairwoman chair
    ceo executive founder leader premier chancellor king queen prince judge prosecutor attorney
    lawyer general admiral commander colonel captain sergeant officer professor candidate nominee
    speaker manager owner author analyst economist scientist researcher doctor physician coach
    player pastor bishop pope father mother wife husband son daughter man woman boy girl friend
    witness victim resident neighbor neighbour teacher student worker farmer actor singer host
    anchor reporter correspondent columnist editor writer historian strategist pollster adviser
    advisor counsel envoy delegate diplomat official""".split()
)
# Lower-case nouns naming an organisation.
ORGANISATION_NOUNS = frozenset(
    """ministry department government administration agency company firm group campaign party
    committee council commission office court police army navy military pentagon bank
    university institute association union board bureau service organization organisation
    foundation center centre team club league embassy authority authorities regime cabinet
    parliament congress senate house legislature coalition alliance statement report study
    survey poll document documents data filing memo letter lawsuit complaint indictment""".split()
)
# Capitalised words that make a name an organisation.
ORGANISATION_WORDS = frozenset(
    """ministry department pentagon house congress council agency commission committee party inc
    corp co ltd llc group bank university institute association union government administration
    office court police army navy force forces command campaign foundation center centre bureau
    service organization organisation kremlin senate parliament cabinet nato un eu fbi cia nsa
    dhs doj epa fda cdc who imf opec company corporation board authority coalition alliance
    federation league club embassy school college hospital fund trust partners securities
    capital holdings systems industries motors airlines network institution society reserve""".split()
)
# Countries, capitals, US states (the one-word names) and similar names used metonymically for
# governments ("Tokyo said", "Texas sued").
PLACE_NAMES = frozenset(
    """china japan russia ukraine iran iraq israel syria india pakistan taiwan korea germany
    france britain uk us usa america canada mexico brazil australia italy spain turkey egypt
    saudi arabia philippines vietnam indonesia beijing tokyo moscow kyiv kiev tehran baghdad
    jerusalem damascus delhi islamabad taipei seoul pyongyang berlin paris london washington
    ottawa canberra rome madrid ankara cairo riyadh manila hanoi jakarta brussels europe nato
    palestine gaza lebanon jordan qatar afghanistan venezuela cuba
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia wisconsin wyoming""".split()
)
# First words of two-word places ("New Jersey", "South Carolina", "Rhode Island") and the
# second words that make them so
PLACE_PREFIXES = frozenset("new north south west east rhode".split())
PLACE_SECONDS = PLACE_NAMES | frozenset("jersey york hampshire mexico carolina dakota island korea".split())
TITLE_WORDS = frozenset(
    """mr mrs ms dr prof sen rep gov gen president secretary minister senator governor
    representative ambassador judge chancellor premier mayor general admiral lt col maj sgt
    capt rev sir lord lady dame justice chairman speaker""".split()
)
# Nationality and regional adjectives: capitalised, but not names ("Japanese officials").
NATIONALITIES = frozenset(
    """american americans british chinese japanese russian ukrainian iranian iraqi israeli
    syrian indian pakistani taiwanese korean german french canadian mexican brazilian
    australian italian spanish turkish egyptian saudi filipino vietnamese indonesian european
    african asian arab western eastern northern southern palestinian lebanese afghan
    venezuelan cuban dutch belgian swiss swedish norwegian danish finnish polish greek irish
    scottish welsh english us u.s u.s. federal state democratic republican democrat
    democrats republicans gop communist""".split()
)
