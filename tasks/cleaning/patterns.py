"""Compiled line patterns and word lists used by the line classifier.

Each rule is (category, regex, max_words): the regex is searched in the
stripped line; inside the article body a rule only fires on lines of at most
max_words words, so a long prose sentence that merely mentions a cue word stays.
Outside the body every line is dropped anyway and rules only name the category.
"""
import re

from . import categories as C

_I = re.IGNORECASE

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE = (rf"(?:{_DAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})")
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_AGENCY = (r"(?:ap|afp|reuters|getty(?: images)?|epa|shutterstock|istock(?:photo)?|alamy"
           r"|bloomberg|upi|xinhua|pa(?: media| wire)?|ansa|dpa|kyodo|jiji|yonhap|efe|zuma(?: press)?"
           r"|sipa|abaca|eyevine|rex|nurphoto|anadolu|imago|wireimage|filmmagic|sopa images)")
_SEP = r"[|•·»›>/]"

RULES = [
    (C.ADVERTISEMENT, re.compile(
        r"^[-–—*\s]*(?:advertisement|advertising|advertise with us|sponsored(?: content| post| links?)?"
        r"|ads? by google|paid (?:post|content)|promoted(?: content| stories)?|partner content"
        r"|ad feedback|report (?:this )?ad)[-–—*\s.:]*$", _I), 6),
    (C.ADVERTISEMENT, re.compile(r"^(?:advertisement|sponsored)\s*[:|-]", _I), 25),
    (C.STORY_CONTINUES, re.compile(
        r"^(?:the )?(?:story|article|text|content) continues(?: below| after| on)"
        r"|^continue reading(?: (?:the )?(?:main )?(?:story|article|below|here))?\W*$"
        r"|^(?:scroll|keep reading) (?:down )?(?:to|for) (?:continue|read|more)", _I), 12),
    (C.PAYWALL, re.compile(
        r"(?:subscribe|sign in|log in|register)(?: now)? to (?:continue|keep|read|unlock)"
        r"|already (?:a |an )?(?:subscriber|member|registered)|subscribers? only|for subscribers"
        r"|(?:reached|used) (?:your|the) (?:free |monthly )*(?:article |story )?limit"
        r"|(?:is|are) (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:\w+ )?(?:subscribers|members)"
        r"|^(?:subscribe|become a (?:subscriber|member))(?: now| today)?\W*$"
        r"|unlimited (?:digital )?access|free trial|cancel (?:at )?any ?time", _I), 30),
    (C.COOKIE_NOTICE, re.compile(
        r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies|\bcookie (?:policy|settings|preferences|consent)"
        r"|\baccept (?:all )?cookies|\bby (?:continuing to )?(?:use|using|browse|browsing) (?:this|our) (?:web)?site", _I), 60),
    (C.NEWSLETTER_PROMO, re.compile(
        r"\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|delivered|click here|get (?:it|our|the))"
        r"|\b(?:sign up|subscribe) (?:now |today |here )?(?:for|to) (?:our|the|a|my)\b.*\b(?:newsletter|email|updates|alerts|briefing|digest)"
        r"|\bdelivered (?:directly |straight |right )?to your inbox|^sign up\b|\bsign up for (?:free|our)\b"
        r"|^(?:get|receive) (?:our|the) (?:free |daily |weekly )*(?:newsletter|email|briefing)"
        r"|\benter your e-?mail|\byour e-?mail address\b", _I), 45),
    (C.COPYRIGHT, re.compile(
        r"^(?:copyright|©|\(c\)\s*\d{4})|\ball rights reserved|©\s*(?:19|20)\d\d|(?:19|20)\d\d\s*©"
        r"|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|may not be (?:published|reproduced|redistributed|rewritten|copied)"
        r"|reprint permission|\breprints?\s*(?:&|and)\s*permissions|^terms (?:of (?:use|service)|and conditions)"
        r"|^privacy (?:policy|notice|statement)", _I), 45),
    (C.COMMENT_POLICY, re.compile(
        r"comment(?:ing)? polic(?:y|ies)|comments? (?:are|is|have been) (?:moderated|closed|disabled|reviewed)"
        r"|(?:before|when) (?:posting|commenting)|community (?:guidelines|standards|rules)"
        r"|^(?:post|leave|add|write|submit) (?:a|your) (?:comment|reply)|^(?:show|view|hide|load|read) (?:\d+ )?(?:all )?comments"
        r"|^join the (?:conversation|discussion)|^you must be logged in to (?:post|comment)"
        r"|^(?:\d+\s+)?(?:reader )?comments?\s*(?:\(\d+\))?:?$|^(?:conversation|discussion)\s*\(?\d*\)?$", _I), 30),
    (C.AUTHOR_CONTACT, re.compile(
        r"can be (?:reached|contacted|emailed|followed) (?:at|on|via)|\b(?:e-?mail|contact|write to|reach) (?:him|her|them|the (?:author|writer|reporter)|me)\b"
        r"|^follow (?:him|her|them|me|us|the author|@)|\bon (?:twitter|x|instagram|bluesky|threads)(?: at)? @\w+"
        r"|^(?:e-?mail|twitter|contact|x|phone|tel)\s*:|^[\s•·*-]*@\w+\s*$", _I), 25),
    (C.AUTHOR_CONTACT, re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", _I), 12),
    (C.AUTHOR_BIO, re.compile(
        r"^(?:about the (?:author|writer|reporter)s?|author|written by|reporter|editor)\s*:"
        r"|^about the (?:author|writer|reporter)s?$|^more (?:articles|stories) by\b|^(?:see|view) (?:all|more) (?:posts|articles|stories) by", _I), 40),
    (C.READ_TIME, re.compile(r"^(?:reading time:?\s*)?\d+\s*(?:-|\s)?\s*min(?:ute)?s?\.?\s*(?:read|reading time)\b|\b\d+ min(?:ute)?s? read$", _I), 10),
    (C.TAGS, re.compile(
        r"^(?:tags?|topics?|keywords?|filed (?:under|in)|categor(?:y|ies)|related (?:topics|tags|subjects)|hot tags|labels?)\s*:", _I), 50),
    (C.MOST_READ, re.compile(
        r"^(?:most (?:read|popular|viewed|shared|e-?mailed|commented|recent|watched)|trending(?: now| stories| news| topics)?"
        r"|popular (?:now|stories|articles|posts|right now)|top (?:stories|news|headlines)|editors?'?s?’? (?:picks|choice)"
        r"|don'?’?t miss|you (?:may|might) have missed|recommended(?: for you| stories| articles)?|what(?:'s|’s| is) hot"
        r"|latest (?:news|stories|headlines|articles)|just in|in case you missed it)\b\W*(?:\(\d+\))?$", _I), 6),
    (C.RELATED_LINKS, re.compile(
        r"^(?:[-–—•*»]\s*)?(?:related(?: articles?| stories| coverage| content| news| posts| reading| links| video)?"
        r"|read (?:more|also|next|this)|see also|more (?:stories|from|news|coverage|on this|like this|headlines|about)"
        r"|also (?:read|see|on)|recommended reading|further reading|you (?:may|might) (?:also )?(?:like|enjoy|be interested)"
        r"|deeper dive|(?:click|tap) (?:here|to read)|previous (?:article|story|post)|next (?:article|story|post))\b", _I), 20),
    (C.RELATED_LINKS, re.compile(r"(?:\.\.\.|…)\s*(?:\[?\s*more\s*\]?)?$|\[\s*more\s*\]$|^\[?\s*more\s*\]?$", _I), 25),
    (C.JOB_AD, re.compile(
        r"\bjobs? board|\b(?:find|search|browse) (?:your|a|the|our)? ?(?:next |dream )?[\w-]* ?(?:jobs?|careers?)\b"
        r"|\bwe(?:'re|’re| are) hiring\b|^(?:jobs?|careers?) (?:at|with|opportunities|openings)\b|\bdreaming of a career", _I), 20),
    (C.PHOTO_CREDIT, re.compile(
        rf"^(?:photo(?:graph)?s?|images?|pictures?|credits?|photo credit|illustrations?|graphics?|source|courtesy|file photo|pic)"
        rf"(?: by| courtesy(?: of)?)?\s*[:|/]|^\(?(?:photo|image|picture)s?(?: by| courtesy of|:)\s"
        rf"|\(\s*(?:{_AGENCY})(?: photo)?\s*(?:/[^)]*)?\)\s*$|^(?:{_AGENCY})(?: photo)?\s*(?:/.*)?$"
        rf"|[|/]\s*(?:{_AGENCY})\b[^.]*$|\b(?:{_AGENCY}) photo\b|^(?:photo|image|picture)s? (?:by|courtesy)\b", _I), 14),
    (C.PHOTO_CAPTION, re.compile(
        r"^(?:image|photo|picture)? ?caption\b|^(?:image|photo|picture|slide) \d+ (?:of|/) \d+|^\d+ (?:of|/) \d+$"
        r"|^(?:enlarge|view larger|view full|expand|hide|toggle|show) (?:this )?(?:image|photo|picture|caption|gallery|size)"
        r"|^(?:view|see|open) (?:the )?(?:photo )?gallery|^(?:photos?|gallery|slideshow)\s*\(\d+\)$"
        r"|\((?:photo|image|picture|credit)s?(?: by)?:?[^)]*\)\s*$", _I), 40),
    (C.VIDEO_PLAYER, re.compile(
        r"^(?:watch|video|now playing|play(?: video)?|watch (?:now|live|more|the video)|up next|autoplay|replay)\b\s*[:|-]?.{0,60}$"
        r"|^(?:duration\s*:?\s*)?\d{1,2}:\d\d(?::\d\d)?$|^(?:click|tap) to (?:play|unmute|watch)|^(?:mute|unmute|pause|fullscreen)$"
        r"|\bvideo (?:player|is loading|unavailable)|your browser does not support", _I), 10),
    (C.SHARE_BUTTONS, re.compile(
        r"^(?:share|share (?:this|on|via|the|article|story|page)\b.*|tweet|e-?mail|print|copy link|save|bookmark|comment)\W*$"
        r"|^(?:share|send) (?:this|to a friend)\b|^e-?mail (?:this|to a friend)|^print(?:er)?[- ]friendly|^(?:gift|share) (?:this )?(?:article|story)", _I), 12),
    (C.BYLINE, re.compile(
        r"^(?:by|words by|story by|reporting by|written by)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|and|&))*"
        r"(?:\s*(?:,|\||-|–|—|and|in|for)\s*.{0,80})?$"), 20),
    (C.BYLINE, re.compile(r"^(?:by|from)\s+(?:the\s+)?(?:associated press|reuters|afp|staff|wire (?:reports|services))\b", _I), 15),
    (C.BYLINE, re.compile(r"^(?:additional )?(?:reporting|writing|editing) by\s+[A-Z]|^\(?(?:reporting|editing|writing) by\b"), 40),
    (C.DATELINE_HEADER, re.compile(
        rf"^[-–—•\s]*(?:the\s+)?[\w .&'’]{{2,40}}\s*[-–—|]\s*{_DATE}{_TIME}\s*$"
        rf"|^(?:published|posted|updated|last updated|first published|modified|created|date)\s*(?:on|at)?\s*:?\s*.{{0,60}}$"
        rf"|^{_DATE}{_TIME}(?:\s*[|,-]?\s*(?:updated|published)?.{{0,30}})?$|^(?:updated|published)\b", _I), 14),
    (C.NAVIGATION, re.compile(
        r"^(?:home|menu|search|skip to(?: main)? content|skip navigation|sign in|log ?in|log ?out|register"
        r"|back to top|top of page|main menu|close|open menu|toggle navigation)\W*$|^home\s*[>›»/]", _I), 15),
]

# A line that opens the reader-comments area: the body never extends past it.
COMMENTS_START = re.compile(
    r"^(?:\d+\s+)?(?:reader(?:s'?)?\s+)?(?:comments?|responses?|replies|reactions?)\s*(?:\(\d+\))?\s*:?$"
    r"|^(?:post|leave|add|write) (?:a|your) (?:comment|reply)|^(?:show|view|load|read) (?:\d+ )?(?:all )?(?:\d+ )?comments"
    r"|^join the (?:conversation|discussion)|^what do you think\??$|^have your say|^discuss this",
    _I)

# Photo credit at the end of a caption line ("... on Sunday. | JIJI", "(AP Photo/X Y)").
TRAILING_CREDIT = re.compile(
    rf"(?:\s[|/]\s*[^|/]{{2,60}}|\((?:{_AGENCY}|photo|image|credit)[^)]{{0,60}}\))\s*$", _I)

# Caption-style position words ("Smith, left, and Jones", "(second from right)").
CAPTION_CUE = re.compile(r"\(\s*(?:(?:second |third )?(?:from )?(?:left|right|center|centre|l|r|c)|pictured|above|below|top|bottom|inset)\s*\)"
                         r"|,\s*(?:left|right|center|centre),|\bfrom left\b|\bpictured\b", _I)

# Closing punctuation of a prose sentence, quotes allowed.
TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”]$")
WORD = re.compile(r"\w+")
# Separators typical of menus and link lists.
SEPARATORS = re.compile(_SEP)

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
