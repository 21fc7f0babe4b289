"""Compiled line patterns and word lists used by the line classifier.

A rule is (category, max_words, keys, regex). keys are lowercase words (or
symbols such as "©", or DIGIT) of which the line must contain one before the
regex is tried at all: a set lookup is far cheaper than a regex scan, and most
lines then try no regex. Inside the article body a rule only fires on lines of
at most max_words words, so a long sentence that merely mentions a cue word
stays; outside the body every line goes and rules only name the category.
"""
import re

from . import categories as C

_I = re.IGNORECASE

_MONTHS = ("jan january feb february mar march apr april may jun june jul july aug august sep sept "
           "september oct october nov november dec december").split()
_DAYS = "mon monday tue tues tuesday wed wednesday thu thurs thursday fri friday sat saturday sun sunday".split()
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE = (rf"(?:{_DAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})")
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_AGENCIES = ("ap afp reuters getty epa shutterstock istock istockphoto alamy bloomberg upi xinhua pa ansa dpa "
             "kyodo jiji yonhap efe zuma sipa abaca eyevine rex nurphoto anadolu imago wireimage filmmagic sopa").split()
_AGENCY = (r"(?:ap|afp|reuters|getty(?: images)?|epa|shutterstock|istock(?:photo)?|alamy"
           r"|bloomberg|upi|xinhua|pa(?: media| wire)?|ansa|dpa|kyodo|jiji|yonhap|efe|zuma(?: press)?"
           r"|sipa|abaca|eyevine|rex|nurphoto|anadolu|imago|wireimage|filmmagic|sopa images)")
_SEP = r"[|•·»›>/]"

# Key standing for "the line starts with a digit".
DIGIT = "#digit"


def _rule(category, max_words, keys, pattern, flags=_I):
    return (category, max_words, frozenset(keys.split()) if isinstance(keys, str) else frozenset(keys),
            re.compile(pattern, flags))


def top_level_branches(pattern):
    """The alternatives of a regex at its outermost level: "^a|(b|c)|[|]" -> ["^a", "(b|c)", "[|]"]."""
    branches, start, depth, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1  # an escaped character never opens, closes or splits anything
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # "[]...]" and "[^]...]": a leading "]" is a member, not the end
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def split_anchored(rx):
    """(match, search) testing rx in two parts: its "^" alternatives at the start only, the rest anywhere.

    search() on a regex that mixes both tries every "^" alternative at every position; split, the
    anchored part is tried once. rx.search(t) is true exactly when match(t) or search(t) is (None: no part).
    """
    if rx.flags & re.MULTILINE:
        return None, rx.search  # "^" would also match after a line break
    branches = top_level_branches(rx.pattern)
    anchored = [b for b in branches if b.startswith("^")]
    floating = [b for b in branches if not b.startswith("^")]
    return (re.compile("|".join(anchored), rx.flags).match if anchored else None,
            re.compile("|".join(floating), rx.flags).search if floating else None)


RULES = [
    _rule(C.ADVERTISEMENT, 6, "advertisement advertisements advertising advertise sponsored ads ad paid promoted partner report",
          r"^[-–—*\s]*(?:advertisement|advertising|advertise with us|sponsored(?: content| post| links?)?"
          r"|ads? by google|paid (?:post|content)|promoted(?: content| stories)?|partner content"
          r"|ad feedback|report (?:this )?ad)[-–—*\s.:]*$"),
    _rule(C.ADVERTISEMENT, 25, "advertisement sponsored", r"^(?:advertisement|sponsored)\s*[:|-]"),
    _rule(C.STORY_CONTINUES, 12, "continues continue scroll keep",
          r"^(?:the )?(?:story|article|text|content) continues(?: below| after| on)"
          r"|^continue reading(?: (?:the )?(?:main )?(?:story|article|below|here))?\W*$"
          r"|^(?:scroll|keep reading) (?:down )?(?:to|for) (?:continue|read|more)"),
    _rule(C.PAYWALL, 8, "subscribe become", r"^(?:subscribe|become a (?:subscriber|member))(?: now| today)?\W*$"),
    _rule(C.PAYWALL, 30, "subscribe sign log register already limit subscriber subscribers members unlimited trial cancel",
          r"(?:subscribe|sign in|log in|register)(?: now)? to (?:continue|keep|read|unlock)"
          r"|already (?:a |an )?(?:subscriber|member|registered)|subscribers? only|for subscribers"
          r"|(?:reached|used) (?:your|the) (?:free |monthly )*(?:article |story )?limit"
          r"|(?:is|are) (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:\w+ )?(?:subscribers|members)"
          r"|unlimited (?:digital )?access|free trial|cancel (?:at )?any ?time"),
    _rule(C.COOKIE_NOTICE, 60, "cookie cookies site website",
          r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies|\bcookie (?:policy|settings|preferences|consent)"
          r"|\baccept (?:all )?cookies|\bby (?:continuing to )?(?:use|using|browse|browsing) (?:this|our) (?:web)?site"),
    _rule(C.NEWSLETTER_PROMO, 45, "newsletter newsletters email mail updates alerts briefing digest inbox sign",
          r"^sign up\b|^(?:get|receive) (?:our|the) (?:free |daily |weekly )*(?:newsletter|e-?mail|briefing)"
          r"|\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|delivered|click here|get (?:it|our|the))"
          r"|\b(?:sign up|subscribe) (?:now |today |here )?(?:for|to) (?:our|the|a|my)\b.*\b(?:newsletter|e-?mail|updates|alerts|briefing|digest)"
          r"|\bdelivered (?:directly |straight |right )?to your inbox|\bsign up for (?:free|our)\b"
          r"|\benter your e-?mail|\byour e-?mail address\b"),
    _rule(C.COPYRIGHT, 45, ["copyright", "c", "terms", "privacy", "reserved", "published", "reproduced",
                            "redistributed", "rewritten", "copied", "reprint", "reprints", "©"],
          r"^(?:copyright|©|\(c\)\s*\d{4})|^terms (?:of (?:use|service)|and conditions)|^privacy (?:policy|notice|statement)"
          r"|\ball rights reserved|©\s*(?:19|20)\d\d|(?:19|20)\d\d\s*©"
          r"|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|may not be (?:published|reproduced|redistributed|rewritten|copied)"
          r"|reprint permission|\breprints?\s*(?:&|and)\s*permissions"),
    _rule(C.COMMENT_POLICY, 30, "comment comments commenting reply conversation discussion logged posting community",
          r"^(?:post|leave|add|write|submit) (?:a|your) (?:comment|reply)|^(?:show|view|hide|load|read) (?:\d+ )?(?:all )?comments"
          r"|^join the (?:conversation|discussion)|^you must be logged in to (?:post|comment)"
          r"|^(?:\d+\s+)?(?:reader )?comments?\s*(?:\(\d+\))?:?$|^(?:conversation|discussion)\s*\(?\d*\)?$"
          r"|comment(?:ing)? polic(?:y|ies)|comments? (?:are|is|have been) (?:now )?(?:moderated|closed|disabled|reviewed)"
          r"|(?:before|when) (?:posting|commenting)|community (?:guidelines|standards|rules)"),
    _rule(C.AUTHOR_CONTACT, 25, ["follow", "email", "mail", "twitter", "contact", "x", "phone", "tel", "reached",
                                 "contacted", "emailed", "followed", "write", "reach", "@"],
          r"^follow (?:him|her|them|me|us|the author|@)|^(?:e-?mail|twitter|contact|x|phone|tel)\s*:|^[\s•·*-]*@\w+\s*$"
          r"|can be (?:reached|contacted|emailed|followed) (?:at|on|via)"
          r"|\b(?:e-?mail|contact|write to|reach) (?:him|her|them|the (?:author|writer|reporter)|me)\b"
          r"|\bon (?:twitter|x|instagram|bluesky|threads)(?: at)? @\w+"),
    _rule(C.AUTHOR_CONTACT, 12, ["@"], r"[\w.+-]+@[\w-]+\.[a-z]{2,}"),
    _rule(C.AUTHOR_BIO, 40, "author authors writer writers reporter reporters written editor articles stories posts",
          r"^(?:about the (?:author|writer|reporter)s?|author|written by|reporter|editor)\s*:"
          r"|^about the (?:author|writer|reporter)s?$|^more (?:articles|stories) by\b|^(?:see|view) (?:all|more) (?:posts|articles|stories) by"),
    _rule(C.READ_TIME, 10, "read reading",
          r"^(?:reading time:?\s*)?\d+\s*(?:-|\s)?\s*min(?:ute)?s?\.?\s*(?:read|reading time)\b|\b\d+ min(?:ute)?s? read$"),
    _rule(C.TAGS, 50, "tag tags topic topics keyword keywords filed category categories related hot label labels",
          r"^(?:tags?|topics?|keywords?|filed (?:under|in)|categor(?:y|ies)|related (?:topics|tags|subjects)|hot tags|labels?)\s*:"),
    _rule(C.MOST_READ, 6, "most trending popular top editor editors miss missed recommended hot latest just case",
          r"^(?:most (?:read|popular|viewed|shared|e-?mailed|commented|recent|watched)|trending(?: now| stories| news| topics)?"
          r"|popular (?:now|stories|articles|posts|right now)|top (?:stories|news|headlines)|editors?'?s?’? (?:picks|choice)"
          r"|don'?’?t miss|you (?:may|might) have missed|recommended(?: for you| stories| articles)?|what(?:'s|’s| is) hot"
          r"|latest (?:news|stories|headlines|articles)|just in|in case you missed it)\b\W*(?:\(\d+\))?$"),
    _rule(C.RELATED_LINKS, 20, "related read see more also recommended further like enjoy interested deeper click tap previous next",
          r"^(?:[-–—•*»]\s*)?(?:related(?: articles?| stories| coverage| content| news| posts| reading| links| video)?"
          r"|read (?:more|also|next|this)|see also|more (?:stories|from|news|coverage|on this|like this|headlines|about)"
          r"|also (?:read|see|on)|recommended reading|further reading|you (?:may|might) (?:also )?(?:like|enjoy|be interested)"
          r"|deeper dive|(?:click|tap) (?:here|to read)|previous (?:article|story|post)|next (?:article|story|post))\b"),
    # A "[more]" link closing a teaser.
    _rule(C.RELATED_LINKS, 25, ["more"], r"\[\s*more\s*\]$|^\[?\s*more\s*\]?$"),
    _rule(C.JOB_AD, 20, "job jobs career careers hiring",
          r"^(?:jobs?|careers?) (?:at|with|opportunities|openings)\b"
          r"|\bjobs? board|\b(?:find|search|browse) (?:your|a|the|our)? ?(?:next |dream )?[\w-]* ?(?:jobs?|careers?)\b"
          r"|\bwe(?:'re|’re| are) hiring\b|\bdreaming of a career"),
    _rule(C.PHOTO_CREDIT, 14, "photo photos photograph photographs image images picture pictures credit credits "
                              "illustration illustrations graphic graphics source courtesy file pic".split() + _AGENCIES,
          rf"^(?:photo(?:graph)?s?|images?|pictures?|credits?|photo credit|illustrations?|graphics?|source|courtesy|file photo|pic)"
          rf"(?: by| courtesy(?: of)?)?\s*[:|/]|^\(?(?:photo|image|picture)s?(?: by| courtesy of|:)\s"
          rf"|^(?:{_AGENCY})(?: photo)?\s*(?:/.*)?$|^(?:photo|image|picture)s? (?:by|courtesy)\b"
          rf"|\(\s*(?:{_AGENCY})(?: photo)?\s*(?:/[^)]*)?\)\s*$|[|/]\s*(?:{_AGENCY})\b[^.]*$|\b(?:{_AGENCY}) photo\b"),
    _rule(C.PHOTO_CAPTION, 40, "caption image images photo photos picture pictures slide enlarge view expand hide toggle "
                               "show see open gallery slideshow credit credits",
          r"^(?:image|photo|picture)? ?caption\b|^(?:image|photo|picture|slide) \d+ (?:of|/) \d+"
          r"|^(?:enlarge|view larger|view full|expand|hide|toggle|show) (?:this )?(?:image|photo|picture|caption|gallery|size)"
          r"|^(?:view|see|open) (?:the )?(?:photo )?gallery|^(?:photos?|gallery|slideshow)\s*\(\d+\)$"
          r"|\((?:photo|image|picture|credit)s?(?: by)?:?[^)]*\)\s*$"),
    _rule(C.PHOTO_CAPTION, 3, [DIGIT], r"^\d+ (?:of|/) \d+$"),
    _rule(C.VIDEO_PLAYER, 10, "watch video now play playing up autoplay replay click tap mute unmute pause fullscreen browser",
          r"^(?:watch|video|now playing|play(?: video)?|watch (?:now|live|more|the video)|up next|autoplay|replay)\b\s*[:|-]?.{0,60}$"
          r"|^(?:click|tap) to (?:play|unmute|watch)|^(?:mute|unmute|pause|fullscreen)$"
          r"|\bvideo (?:player|is loading|unavailable)|your browser does not support"),
    _rule(C.VIDEO_PLAYER, 2, [DIGIT], r"^(?:duration\s*:?\s*)?\d{1,2}:\d\d(?::\d\d)?$"),
    _rule(C.SHARE_BUTTONS, 12, "share tweet email mail print printer copy save bookmark comment send gift",
          r"^(?:share|share (?:this|on|via|the|article|story|page)\b.*|tweet|e-?mail|print|copy link|save|bookmark|comment)\W*$"
          r"|^(?:share|send) (?:this|to a friend)\b|^e-?mail (?:this|to a friend)|^print(?:er)?[- ]friendly|^(?:gift|share) (?:this )?(?:article|story)"),
    _rule(C.BYLINE, 20, "by",
          r"^(?i:by|words by|story by|reporting by|written by)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|and|&))*"
          r"(?:\s*(?:,|\||-|–|—|and|in|for)\s*.{0,80})?$", flags=0),
    _rule(C.BYLINE, 15, "by from", r"^(?:by|from)\s+(?:the\s+)?(?:associated press|reuters|afp|staff|wire (?:reports|services))\b"),
    _rule(C.BYLINE, 40, "by", r"^(?i:additional )?(?i:reporting|writing|editing) by\s+[A-Z]|^\(?(?i:reporting|editing|writing) by\b", flags=0),
    _rule(C.DATELINE_HEADER, 14, _MONTHS + _DAYS + [DIGIT] + "published posted updated modified created date".split(),
          rf"^[-–—•\s]*(?:the\s+)?[\w .&'’]{{2,40}}\s*[-–—|]\s*{_DATE}{_TIME}\s*$"
          rf"|^(?:published|posted|updated|last updated|first published|modified|created|date)\s*(?:on|at)?\s*:?\s*.{{0,60}}$"
          rf"|^{_DATE}{_TIME}(?:\s*[|,-]?\s*(?:updated|published)?.{{0,30}})?$"),
    _rule(C.NAVIGATION, 15, "home menu search skip sign log login logout register back top main close open toggle",
          r"^(?:home|menu|search|skip to(?: main)? content|skip navigation|sign in|log ?in|log ?out|register"
          r"|back to top|top of page|main menu|close|open menu|toggle navigation)\W*$|^home\s*[>›»/]"),
]

# key -> indices of the rules it opens, in rule order.
RULES_BY_KEY = {}
for _i, _r in enumerate(RULES):
    for _k in _r[2]:
        RULES_BY_KEY.setdefault(_k, []).append(_i)
RULE_MAX_WORDS = max(r[1] for r in RULES)
# (category, max_words, match, search) of each rule, in rule order: how the classifier tests a line.
RULE_TESTS = [(cat, max_words, *split_anchored(rx)) for cat, max_words, _, rx in RULES]
# Non-word keys ("©", "@", "...") are found by substring, not by word.
SYMBOLS = tuple(k for k in RULES_BY_KEY if not k.isalnum() and k != DIGIT)
SYMBOL_KEY = re.compile("|".join(map(re.escape, SYMBOLS)))
KEYS = frozenset(k for k in RULES_BY_KEY if k not in SYMBOLS and k != DIGIT)

# A line that opens the reader-comments area: the body never extends past it.
COMMENTS_START = re.compile(
    r"^(?:\d+\s+)?(?:reader(?:s'?)?\s+)?(?:comments?|responses?|replies|reactions?)\s*(?:\(\d+\))?\s*:?$"
    r"|^(?:post|leave|add|write) (?:a|your) (?:comment|reply)|^(?:show|view|load|read) (?:\d+ )?(?:all )?(?:\d+ )?comments"
    r"|^join the (?:conversation|discussion)|^what do you think\??$|^have your say|^discuss this",
    _I)

# The signature line of a reader comment: "Posted by: Dan | Jan 10, 2008 6:02 PM", "BY ZOMBO AT 01/08/08 06:07 PM",
# "Dan says:". One is an article's byline; several in a page mark a comment thread.
SIGNATURE = re.compile(
    rf"^(?:posted|submitted|written|comment(?:ed)?|reply|added)?\s*(?:by|from)?\s*:?\s*\S.{{0,80}}?"
    rf"(?:\d{{1,2}}:\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\b{_MONTH}\s+\d{{1,2}}\b|\d+\s+(?:minutes?|hours?|days?)\s+ago)"
    r"|^\S.{0,40}\s(?:says|said|wrote|writes)\s*:?$", _I)
SIGNATURE_WORDS = frozenset("by posted submitted says said wrote writes ago am pm".split())

# Photo credit at the end of a caption line ("... on Sunday. | JIJI", "(AP Photo/X Y)").
TRAILING_CREDIT = re.compile(
    rf"(?:\s[|/]\s*[^|/]{{2,60}}|\((?:{_AGENCY}|photo|image|credit)[^)]{{0,60}}\))\s*$", _I)

# Reported speech: paragraphs quote and attribute, captions describe a picture.
REPORTED = re.compile(r"[\"“”]|\b(?:said|says|told|according to)\b")

# Caption-style position words ("Smith, left, and Jones", "(second from right)").
CAPTION_CUE = re.compile(r"\(\s*(?:(?:second |third )?(?:from )?(?:left|right|center|centre|l|r|c)|pictured|above|below|top|bottom|inset)\s*\)"
                         r"|,\s*(?:left|right|center|centre),|\bfrom left\b|\bpictured\b", _I)

# Closing punctuation of a prose sentence; closing quotes and brackets may follow it.
TERMINAL_CHARS = ".!?…"
CLOSERS = "\"'”’»)]"
WORD = re.compile(r"\w+")
# Scripts written without spaces between words (Chinese, Japanese kana and kanji).
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CAPITALISED = re.compile(r"(?<!\S)[\"'“‘(]?[A-Z]")
# Separators typical of menus and link lists.
SEPARATORS = re.compile(_SEP)
SEPARATOR_CHARS = "|•·»›>/"
# Menu items are split by bars and bullets; "/" and ">" only count with spaces around (URLs, dates, fractions).
MENU_SPLIT = re.compile(r"\s*[|•·»›]\s*|\s[/>]\s")

# A short list of English function words: their density tells prose from link lists.
STOPWORDS = frozenset("""
a about above after again against all also although am an and any are as at be because been before
being below between both but by can could did do does doing down during each even ever few for from
further had has have having he her here hers herself him himself his how however i if in into is it
its itself just last like many may me might more most much must my myself never no nor not now of off
on once only or other our ours ourselves out over own said same says she should since so some still
such than that the their theirs them themselves then there these they this those though through to
too under until up upon very was we were what when where whether which while who whom whose why will
with within without would yet you your yours yourself yourselves
""".split())
