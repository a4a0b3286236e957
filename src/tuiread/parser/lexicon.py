"""Word lists the parser reasons with: reporting verbs, pronouns, titles.

Data, not code: every list here is read by the quotation-mark repair and the
quote attribution rules; extending one is the way to teach the parser a new cue.
"""

from __future__ import annotations

# Reporting verbs in every form copy uses them ("said", "says", "saying"...).
_VERB_FORMS = """
say says said saying
tell tells told telling
add adds added adding
explain explains explained explaining
declare declares declared declaring
insist insists insisted insisting
state states stated stating
note notes noted noting
argue argues argued arguing
claim claims claimed claiming
ask asks asked asking
write writes wrote writing
tweet tweets tweeted tweeting
continue continues continued continuing
reply replies replied replying
respond responds responded responding
warn warns warned warning
recall recalls recalled recalling
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
announce announces announced announcing
answer answers answered answering
observe observes observed observing
remark remarks remarked remarking
suggest suggests suggested suggesting
urge urges urged urging
concede concedes conceded conceding
caution cautions cautioned cautioning
complain complains complained complaining
confirm confirms confirmed confirming
counter counters countered countering
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised
stress stresses stressed stressing
joke jokes joked joking
quip quips quipped quipping
shout shouts shouted shouting
yell yells yelled yelling
testify testifies testified testifying
vow vows vowed vowing
muse muses mused musing
predict predicts predicted predicting
promise promises promised promising
report reports reported reporting
assert asserts asserted asserting
contend contends contended contending
maintain maintains maintained maintaining
repeat repeats repeated repeating
recount recounts recounted recounting
reflect reflects reflected reflecting
declare declares declared
proclaim proclaims proclaimed proclaiming
boast boasts boasted boasting
charge charges charged charging
lament laments lamented lamenting
protest protests protested protesting
scoff scoffs scoffed scoffing
sigh sighs sighed sighing
whisper whispers whispered whispering
exclaim exclaims exclaimed exclaiming
retort retorts retorted retorting
concluded conclude concludes concluding
chimed chime chimes
posted post posts posting
wonder wonders wondered wondering
agree agrees agreed agreeing
describe describes described describing
call calls called calling
"""
REPORTING_VERBS: frozenset[str] = frozenset(_VERB_FORMS.split())

# Verbs that report speech only when an object or quote follows ("called it", "posted"):
# they never start a clause of attribution on their own.
WEAK_VERBS: frozenset[str] = frozenset(
    "call calls called calling post posts posted posting describe describes described describing "
    "agree agrees agreed agreeing wonder wonders wondered wondering report reports reported reporting "
    "continue continues continuing note notes noting charge charges charged charging "
    "promise promises promised promising state states stating protest protests protesting "
    "counter counters maintain maintains maintaining reflect reflects reflecting".split()
)

SUBJECT_PRONOUNS: frozenset[str] = frozenset("he she they i we it who".split())
PERSON_PRONOUNS: frozenset[str] = frozenset("he she they".split())

# Honorifics and short titles that stand before a name.
HONORIFICS: frozenset[str] = frozenset(
    """mr mrs ms miss dr prof sen rep gov lt gen adm col maj sgt capt cmdr rev fr sr jr
    president senator representative congressman congresswoman governor mayor secretary
    minister judge justice chancellor premier ambassador general admiral colonel major
    sergeant captain commander reverend pope king queen prince princess sheikh sir dame
    lord lady chairman chairwoman speaker""".split()
)

# Forms that stand before the speaker in inverted attribution ("…,” said Smith).
INVERTED_CUES: frozenset[str] = frozenset(
    """said says added adds explained explains declared declares insisted insists continued continues
    wrote writes asked asks replied replies noted notes argued argues recalled recalls warned warns
    stated states responded responds acknowledged admitted announced announces answered answers
    observed remarked suggested suggests urged urges conceded concedes cautioned complained complains
    confirmed confirms countered counters emphasized emphasised stressed stresses joked jokes quipped
    quips shouted shouts testified vowed vows mused muses predicted predicts tweeted tweets
    retorted exclaimed whispered sighed scoffed boasted lamented proclaimed maintained contended
    asserted concluded concludes reported reports""".split()
)
