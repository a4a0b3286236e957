"""Word lists the parser reasons with: reporting verbs, pronouns, titles.

Data, not code: every list here is read by the quotation-mark repair and the
quote attribution rules; extending one is the way to teach the parser a new cue.
"""

from __future__ import annotations

from typing import Literal

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
write writes wrote writing written
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
affirm affirms affirmed affirming
deplore deplores deplored deploring
specify specifies specified specifying
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
read reads
recommend recommends recommended
allege alleges alleged
demand demands demanded
plead pleads pleaded
bark barks barked
snap snaps snapped
brag brags bragged
email emails emailed
text texts texted
pointed_out points_out point_out
shot_back shoots_back
fired_back fires_back
chimed_in chimes_in
weighed_in weighs_in
went_on goes_on
spoke speaks
cut_in cuts_in
put_it puts_it
estimate estimates estimated
fume fumes fumed
clarify clarifies clarified clarifying
underline underlines underlined underlining
speculate speculates speculated speculating
hint hints hinted hinting
assure assures assured
exhort exhorts exhorted
reiterate reiterates reiterated
laugh laughs laughed
chuckle chuckles chuckled
mutter mutters muttered
murmur murmurs murmured
grumble grumbles grumbled
chant chants chanted
interject interjects interjected
elaborate elaborates elaborated
mock mocks mocked
surmise surmises surmised
shook_his_head shook_her_head shakes_his_head shakes_her_head
remind reminds reminded
marvel marvels marveled marvelled
crack cracks cracked
deadpan deadpans deadpanned
grouse grouses groused
gush gushes gushed
confide confides confided
huff huffs huffed
"""
# Words that tag a quotation and nothing else: "“…?” Hannity pressed.", gestures with words ("“…,”
# Marie shrugged.", "“…” She shook her head."). Never the start of a clause of attribution, and never
# a cue of reported speech ("pressed lawmakers to act", "she smiled").
QUOTATION_TAGS: frozenset[str] = frozenset(
    "pressed shrugged shrugs smiled smiles grinned grins nodded nods winced".split()
)
# Multi-word cues are written with "_" above and matched with a space.
REPORTING_VERBS: frozenset[str] = frozenset(w.replace("_", " ") for w in _VERB_FORMS.split()) | QUOTATION_TAGS

# Verbs that report speech only when an object or quote follows ("called it", "posted"):
# they never start a clause of attribution on their own.
WEAK_VERBS: frozenset[str] = (
    frozenset(
        "call calls called calling post posts posted posting describe describes described describing "
        "agree agrees agreed agreeing wonder wonders wondered wondering report reports reported reporting "
        "continue continues continuing note notes noting charge charges charged charging "
        "promise promises promised promising state states stating protest protests protesting "
        "counter counters maintain maintains maintaining reflect reflects reflecting read reads spoke speaks "
        "text texts texted email emails emailed demand demands demanded".split()
    )
    | QUOTATION_TAGS
)

SUBJECT_PRONOUNS: frozenset[str] = frozenset("he she they i we it who".split())
PERSON_PRONOUNS: frozenset[str] = frozenset("he she they".split())

# Honorifics and short titles that stand before a name.
HONORIFICS: frozenset[str] = frozenset(
    """mr mrs ms miss dr prof sen rep gov lt gen adm col maj sgt capt cmdr rev fr sr jr
    cpl const cst insp supt det coun ald hon pte brig cllr
    president senator representative congressman congresswoman governor mayor secretary
    minister judge justice chancellor premier ambassador general admiral colonel major
    sergeant captain commander reverend pope king queen prince princess sheikh sir dame
    lord lady chairman chairwoman speaker""".split()
)

# Forms that stand before the speaker in inverted attribution ("…,” said Smith); with the verbs
# machine-translated French copy writes there ("…», affirmed the Liberal critic", "underlined", "specified").
INVERTED_CUES: frozenset[str] = frozenset(
    """said says added adds explained explains declared declares insisted insists continued continues
    wrote writes asked asks replied replies noted notes argued argues recalled recalls warned warns
    stated states responded responds acknowledged admitted announced announces answered answers
    observed remarked suggested suggests urged urges conceded concedes cautioned complained complains
    confirmed confirms countered counters emphasized emphasised stressed stresses joked jokes quipped
    quips shouted shouts testified vowed vows mused muses predicted predicts tweeted tweets
    retorted exclaimed whispered sighed scoffed boasted lamented proclaimed maintained contended
    asserted concluded concludes reported reports estimated
    comments commented recounts recounted observes laments agrees agreed reflects reflected repeated
    pleaded promised claimed claims maintains contends asserts cautions proclaims retorts scoffs sighs
    whispers snapped barked yelled demanded wondered wonders boasts charged protested fumed assured exhorted
    reiterated laughs laughed chuckles chuckled mutters muttered murmurs murmured grumbles grumbled
    chanted chant interjected elaborated mocked mocks remembered remembers
    affirmed affirms indicated indicates underlined underlines specified specifies confided confides
    deplored deplores denounced denounces summarized summarised summarizes summarises hammered""".split()
)

# Words that name a minister's or secretary's portfolio, joined by "and" before the title:
# "Transportation and Infrastructure Minister", "Fisheries and Oceans Minister", "Health and Human
# Services Secretary". Only a run of these is read across "and" ("Sanders and Senate Minority Leader
# Harry Reid" are two people).
PORTFOLIO_WORDS: frozenset[str] = frozenset(
    """fisheries oceans infrastructure transportation transport environment climate change immigration
    refugees citizenship public safety emergency preparedness natural resources energy health wellness
    families children social development finance treasury justice indigenous services relations northern
    affairs veterans defence defense foreign international trade industry innovation science economic
    labour labor employment workforce seniors tourism culture heritage sport agriculture agri-food food
    forestry mines mining municipal housing urban human education training skills women youth diversity
    inclusion intergovernmental digital government revenue fiscal homeland security commerce interior
    communities community""".split()
)

# Words of a title or office that stand before a name ("Russian Deputy Foreign
# Minister Alexander Grouchko", "Rear Admiral Guan Youfei"): they are role, not name.
TITLE_WORDS: frozenset[str] = frozenset(
    """mr mrs ms miss mx dr prof sen sens rep reps gov govs lt gen adm col maj sgt capt cmdr rev fr
    president presidents vice senator senators representative representatives congressman
    congresswoman congressmen governor governors mayor secretary secretaries minister ministers
    deputy assistant under undersecretary judge justice chief chancellor premier prime ambassador
    general admiral rear colonel major sergeant captain commander reverend pope king queen prince
    princess sheikh sir dame lord lady chairman chairwoman chair speaker leader director
    spokesman spokeswoman spokesperson attorney solicitor prosecutor sheriff commissioner
    superintendent treasurer comptroller inspector foreign defense defence interior state
    finance justice home affairs energy trade education health labor labour agriculture
    commerce transportation veterans security homeland national former acting interim
    executive senior managing press communications campaign party house senate republican
    democratic democrat gop conservative liberal tory ndp co-founder founder ceo cfo coo cto chairwoman professor
    vice-president vice-chair vice-chairman vice-chairwoman co-chair co-chairman co-chairwoman vice-principal
    economist analyst strategist adviser advisor counsel officer official officials
    correspondent editor columnist anchor host reporter producer
    general secretary-general councilman councilwoman councillor councilor alderman trustee assemblyman
    assemblywoman mp mpp mla mna
    cpl const cst insp supt det coun ald hon pte brig cllr reeve constable corporal detective warden coach
    goalie goaltender netminder winger defenceman defenseman quarterback linebacker pitcher striker
    midfielder rookie receiver kicker cornerback lineman punter slotback catcher shortstop outfielder
    infielder reliever blueliner goalkeeper defender fullback halfback tailback""".split()
)

WEEKDAYS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Someone's family, by their tie to them ("her husband", "Clinton's son, Eric").
FAMILY_NOUNS: frozenset[str] = frozenset(
    """husband wife son daughter brother sister father mother widow widower cousin aunt uncle niece nephew
    grandmother grandfather granddaughter grandson fiancé fiancée fiance fiancee girlfriend boyfriend partner""".split()
)
# Nouns in "-ly" that head a subject ("The family said", "the assembly voted"): no adverbs.
LY_NOUNS: frozenset[str] = frozenset("family assembly ally".split())
# Someone beside a person by work or life, not family ("her colleague", "his neighbour").
COMPANION_NOUNS: frozenset[str] = frozenset(
    "friend neighbour neighbor colleague roommate classmate boss co-owner teammate linemate coach".split()
)

# Nouns for one member of a party or a political camp ("the Wisconsin Republican", "a Tory", "the
# Vermont independent"), which a role may also hold before its head ("Republican Senator").
PARTY_MEMBERS: frozenset[str] = frozenset(
    "republican democrat independent conservative liberal libertarian progressive tory socialist ndp".split()
)

# Title words that only qualify a title ("Home Secretary", "Former Vice President"), never one alone:
# with no title after them they begin a name ("Home Depot", "National Geographic").
TITLE_MODIFIERS: frozenset[str] = frozenset(
    """foreign defense defence interior state finance home affairs energy trade education health labor
    labour agriculture commerce transportation veterans security homeland national former acting
    interim executive senior managing press communications vice assistant under rear""".split()
)
assert TITLE_MODIFIERS <= TITLE_WORDS

# Surnames written first, as Chinese and Korean names are in English copy ("Xi Jinping", "Liu
# Xiaoming", "Moon Jae-in": later "Xi", "Liu", "Moon"). Not those that are also common English
# first names ("Lee", "Kim") or words ("He"): a Western name starting so keeps its surname last.
SURNAMES_FIRST: frozenset[str] = frozenset(
    """xi li liu wang zhang chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang
    xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei lu ding ren
    yao shen zhong cui tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu hou yin xue
    yan duan lei hao kong shao mao wan gu lai kang moon park choi jung cho yoon jang lim shin seo
    kwon hwang ahn yoo jeon""".split()
)

# Nouns that make a description of a person or body ("the Vermont senator", "a spokeswoman").
ROLE_NOUNS: frozenset[str] = frozenset(
    """senator senators president governor mayor secretary minister spokesman spokeswoman
    spokesperson spokespeople official officials aide aides adviser advisers advisor advisors
    director chairman chairwoman chair leader leaders candidate candidates nominee nominees
    congressman congresswoman representative lawmaker lawmakers legislator strategist analyst
    economist professor expert experts attorney lawyer lawyers judge justice ambassador
    diplomat diplomats general admiral commander officer officers agent agents source sources
    executive ceo cfo founder head chief manager operative consultant pollster researcher researchers
    staff staffers
    author writer columnist reporter correspondent editor anchor host narrator campaign company
    group committee agency department ministry organization organisation party union council
    report statement letter memo ad study survey poll book article piece video email filing
    ruling complaint website network newspaper family friend friends neighbor neighbour
    resident residents voter voters supporter supporters protester protesters critic critics
    activist activists veteran veterans member members worker workers businessman businesswoman
    billionaire owner student students teacher doctor nurse pastor priest bishop witness
    woman man people person couple mother father son daughter wife husband brother sister
    prosecutor prosecutors investigator investigators police sheriff commissioner office
    premier councillor mp mpp mla mna
    aunt uncle niece nephew cousin grandson granddaughter grandfather grandmother stepmother stepfather
    stepson stepdaughter fiancé fiancée girlfriend boyfriend roommate classmate teammate coworker
    colleague colleagues co-worker coworkers partner relative relatives mentor boss employer employee
    employees supervisor landlord tenant tenants customer customers client clients patient patients
    parent parents mom dad mum widow widower
    pope pontiff king queen prince princess monarch sheikh emperor""".split()
)
# Trades and callings, read as a role right before a name or set off by commas ("Tenant organizer
# Kwame Asante", "Kwame Asante, a fisherman,"). Not role nouns: as a description ("the actress") the
# resolver knows them by their endings and ties them to the person in focus.
OCCUPATION_NOUNS: frozenset[str] = frozenset(
    """organizer organiser advocate proprietor fisherman physician surgeon dentist pharmacist therapist
    psychologist psychiatrist paramedic firefighter coach athlete artist musician actor actress chef
    designer engineer scientist historian architect accountant banker broker trader investor
    entrepreneur developer contractor plumber electrician mechanic retiree pensioner homeowner
    shopkeeper merchant vendor librarian counsellor counselor coordinator administrator volunteer
    caregiver midwife farmer fisher miner baker carpenter singer player pilot driver principal
    biologist geologist geographer epidemiologist playwright choreographer novelist poet filmmaker composer
    photographer painter sculptor dancer comedian curator conductor rapper rancher planner auditor ombudsman
    clerk registrar coroner pathologist dispatcher lifeguard janitor custodian cashier bartender waitress waiter
    barber hairdresser realtor archivist translator interpreter lobbyist chemist physicist mathematician
    statistician veterinarian toxicologist
    deckhand crewman farmhand stagehand barista nanny cook chaplain cadet recruit pupil scholar""".split()
)

# The words a newspaper's name ends with ("The New York Times", "The Orlando Sentinel").
NEWSPAPER_WORDS: frozenset[str] = frozenset(
    """times post journal news press tribune herald telegraph guardian chronicle gazette examiner inquirer
    enquirer observer courier dispatch bulletin globe star mail mirror standard sentinel register telegram
    ledger""".split()
)
# Organisation words: a capitalised name that holds one names a body, not a person.
ORG_WORDS: frozenset[str] = (
    NEWSPAPER_WORDS
    | frozenset(
        """network channel
    committee commission council department ministry agency office bureau service services
    campaign party union association institute institution foundation fund center centre
    university college school company corporation corp co cos inc ltd group bank court congress
    senate house parliament assembly administration government alliance league coalition
    organization organisation federation board authority police army navy force forces
    nato eu cnn msnbc nbc abc cbs fox bbc politico reuters afp ap upi white kremlin
    pentagon twitter facebook google apple microsoft amazon
    pac caucus society club forum initiative conference project watch reserve exchange
    chamber legislature tribunal commons""".split()
    )
    | frozenset(
        # The same words in French, which Canadian copy names bodies in ("Université Sainte-Anne",
        # "Société québécoise du cannabis", "Hôpital Sainte-Justine"): no one's name.
        """université collège école société ministère conseil comité fondation institut agence régie caisse
    banque groupe compagnie parti assemblée cour tribunal hôpital commission""".split()
    )
)

# Nouns that say someone is a woman or a man: beside their name ("spokeswoman Hope Hicks", "Ann Lee,
# his wife"), or describing them ("a woman named Ana", "the congressman"). Not "chairman": papers
# give it to women too.
NOUN_GENDER: dict[str, Literal["m", "f"]] = {
    **dict.fromkeys(
        """woman girl lady wife widow mother daughter sister granddaughter grandmother aunt niece girlfriend
        spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman actress""".split(),
        "f",
    ),
    **dict.fromkeys(
        """man boy husband widower father son brother grandson grandfather uncle nephew boyfriend spokesman
        congressman businessman councilman assemblyman actor""".split(),
        "m",
    ),
}
# Of those, the ones that never stand beside a name as its title ("woman Ana Ruiz" is no phrase).
PLAIN_PERSON_NOUNS = frozenset("woman girl lady man boy".split())

# Common first names, so a pronoun can be matched to a person of the right gender.
FEMALE_NAMES: frozenset[str] = frozenset(
    """hillary chelsea michelle melania ivanka nancy elizabeth kellyanne sarah sarah huckabee
    wendy angela theresa marine nicola christine janet loretta susan susana jill carly nikki
    kamala condoleezza madeleine sonia ruth elena samantha valerie donna debbie debra dana
    hope kate katie kathleen katherine catherine jennifer jessica amy amanda anna ann anne
    mary maria marie barbara betsy laura lisa linda karen patricia margaret maggie megyn
    rachel rebecca rosie sandra sharon stephanie tina tulsi tammy maxine claire cathy
    heidi kirsten diane dianne joni lindsey lynn olivia emma emily alice alicia victoria
    julia julie jane joan judith judy gloria grace helen irene jean joyce kelly kim lauren
    leslie lucy megan melissa michele monica nina paula rosa sally shirley sophia teresa
    virginia wanda zoe ayanna alexandria ilhan rashida huma neera jennifer jen brianna
    gina gretchen janice liz beth cindy connie cynthia deborah denise dolores doris
    ellen erin evelyn frances hannah heather holly jacqueline jo kathy keisha kristen
    lori mia nicole pam pamela peggy penny robin rose sheila stacey stacy sue tamara
    tara tracy vanessa yvonne ursula theresa jacinda angela mette sanna
    amelie helene genevieve sylvie chantal danielle isabelle nathalie valerie melanie chrystia
    francoise josee louise martine monique nicole suzanne therese manon marie-claude marie-eve
    annie caroline christiane claudine colette dominique-anne elise eloise emilie gabrielle
    helena ingrid kari greta astrid birgit solveig sigrid ingeborg liv marit siri agnes
    carmen dolores lucia luisa mariana marta paloma pilar raquel rocio silvia beatriz ines
    adriana alejandra carolina catalina daniela fernanda gabriela isabel josefina juana
    lorena lourdes margarita patricia ximena yolanda francesca giulia chiara elisa giorgia
    federica alessandra paola roberta simona ursula annalena renate petra sabine katrin
    priya anita sunita pooja deepa lakshmi indira meera aisha fatima leila yasmin zainab
    mei ling yuko keiko akiko hana aiko rita olga svetlana natalia tatiana irina oksana
    yulia ekaterina anastasia agnieszka katarzyna magdalena
    ashley brittany courtney crystal kayla kimberly kristin melinda meredith michaela
    natalie rachael renee sabrina shannon tiffany whitney abigail amber andrea-lynn
    bethany caitlin chloe elaine esther eva fiona gillian harriet jasmine jenna
    jocelyn kathryn kristina leah madison margo marilyn marsha miriam naomi noelle
    phoebe rhonda rosemary ruby samira sarah-jane sophie susanne sylvia tanya vera
    wilma abby alexis alison allison alyssa angelina angie annette audrey ava becky belinda
    bernadette beverly bonnie brenda bridget brigid camille candace carla carol carole carrie
    cassandra cecilia charlene charlotte cheryl christina christy clara colleen constance dawn
    debby delia edith eileen eleanor ella ellie elsa erica erika ethel faith felicia gail
    geraldine gwen gwendolyn hazel hilary hilda isabella jeanne jeannette jenny joanna joanne
    josephine juanita judi june justine karla kara karin katharine katrina kendra krista kristy
    laurie lena lillian lily lindsay lois lorraine louisa lynda lynne mandy marcia marian
    marianne marjorie marlene martha maureen meghan melody mildred millie molly muriel myra
    nadia nora norma olive pauline priscilla rachelle rosalind roxanne sadie sara selena
    serena shauna sheryl sherry sonya stella tabitha terri tessa thelma tonya trudy veronica
    vicki vivian yvette dorothy marla dena kelli cecile luciana shonda pascale ada jackie zephyr
    andrea tammy kristi kristine jeanine jeanette loretta betty peggy-ann patsy dottie marcy mindy
    shelby stacie tami trish kerry-ann kaitlyn kathrine karyn krysten lucinda marisa maura
    roxane sonja suzy twila valarie wendi ramona nikita nita ayesha benazir huda rania sahar
    billie patty claudia
    gladys darlene arlene verna bev barb francine lise micheline gisele huguette lucie josette
    ginette jocelyne johanne nicole-anne simran anjali neha kavita shreya divya sana amira layla
    hala rana dina olena halyna lesia natasha ewa sofia camila valentina ama ngozi thandiwe amina
    fatuma adaeze aoife niamh siobhan eilidh orla roisin mairead kaylee tegan rhiannon autumn
    nevaeh
    kelsey brooke mackenzie paige meaghan jodi marnie kelsie brittney britney kirsty kristie jillian jolene
    joelle josie katelyn kaitlin kayleigh hailey haley hayley shayla shania trina tricia
    tamsin hollie keira kiara kira leanne leann lianne lacey lacy lainey laney lana lara larissa laurel lauryn
    leona lila lilly lindy liza lorna lucille lydia mabel madeline madelyn maddie makayla mallory marcella
    margot marisol marissa maya meagan melina mercedes mikayla miranda misty moira nadine odette
    pearl penelope piper raelynn rebekah reba rhoda robyn rochelle roseanne rosalie rowena
    scarlett shawna shelly shelley sheri sherri sienna stacia susannah suzette tabatha talia tammie tania
    tawny tayla teagan tia tiana tori tracey violet viola willow zoey addison adrienne agatha aileen alana
    alanna alexa alexandra alina alisha allie alma alyson amelia angelica angelique anika annabelle annemarie
    antoinette ariana arianna ashlee ashleigh ashlyn audra bianca blanche bonita brenna breanna brianne
    bridgette brittani callie cara carina carmela carolyn cassidy cassie celeste celia chanel
    charmaine cherie chrissy christa ciara cierra clarissa claudette cora corinne daisy danica daphne
    darla dayna deanna deanne desiree diana dixie dora edna eliza elsie emilia emmy esme estelle eugenia
    eunice fay faye freya gabriella gianna giselle hadley henrietta imogen isla jaclyn jada jana
    janelle janie jenifer jennie joann jodie johanna jordana juliana julianne juliet juliette karina katy kay
    kenzie kerri kiana kimberley krystal kylie latoya latisha leticia lexi lilian lillie linnea lisette
    lorelei lottie luann luz lyla mae maeve magda margie mari martina matilda mckenna melisa mila minnie mira
    mireille mollie nell nellie nicolette noreen patti paulette phyllis polly rae rebeca renata rhea rosanna
    rosemarie salma samara sandi shana shari sharron shayna sherrie stefanie susie tamika tammi tasha
    thea tonia tracie una valeria vicky vikki wilhelmina winifred yasmine zara zelda marie-josee marie-pier
    marie-helene marie-france maude myriam josiane karine veronique chantale lyne brigitte celine jacinthe
    joanie noemie oceane solange yolande""".split()
)
MALE_NAMES: frozenset[str] = (
    frozenset(
        """donald bernie barack joe mike mitch paul ted marco jeb john chris ben rand bill
    jim james robert bob michael david richard tom thomas george william charles steve
    stephen mark jeff jeffrey kevin eric brian tim timothy scott jason gary larry frank
    peter andrew anthony tony daniel dan matthew matt patrick ryan adam alan alexander
    alex jens vladimir sergei sergey emmanuel francois nicolas boris justin xi shinzo
    benjamin bibi recep narendra kim jong hassan ali mohammed muhammad ahmed omar abdel
    reince rudy newt lindsey harry chuck elijah jerry jesse al rick ron reid jared
    sean corey steven kenneth ken ronald roger walter wayne wesley zach nathan nick
    nicholas noah oliver oscar owen phil philip ralph randy raymond roy russell sam
    samuel shawn simon stanley terry todd travis tyler victor vincent warren wendell
    martin luis carlos jorge jose juan pedro manuel francisco antonio miguel angel
    hugo rafael raul rex mitt dick newt orrin pat karl kurt leon lloyd louis luke
    marcus mario max neil norman paul pete rob rod ross ruben sheldon spencer
    terrence tucker wolf bret chad clay cody colin craig curtis dale dean dennis
    derek don doug douglas drew dwight earl ed edward eugene fred gerald glenn
    gordon greg gregory hank harold henry herbert howard ian jack jacob jay jeremy
    joel johnny jon jonathan joseph josh joshua keith kyle lance lee lou marc
    maurice mel melvin micah morgan ned nelson otis perry preston quentin ray reggie
    rich ricky roberto rodney ruth sergio seth stuart ted terrance theodore trevor
    troy vernon wade will willie xavier
    jagmeet pierre remi andre yves denis luc mathieu olivier benoit guillaume stephane
    jean-francois jean-pierre jean-marc jean-guy jean-yves francois-philippe gilles gaetan
    jacques michel alain bernard claude-andre marcel normand rejean rene rene-paul serge
    sylvain yvon sebastien vincent-luc etienne frederic gabriel hugues julien laurent
    maxime nicolas philippe raphael thierry xavier-luc tomas duarte joao rui paulo
    sergio diego alejandro andres enrique felipe fernando gonzalo ignacio javier
    leonardo lorenzo matteo giuseppe giovanni luca marco-antonio massimo stefano
    klaus jurgen wolfgang olaf heiko horst helmut friedrich dietrich gunther
    lars per sondre erik henrik magnus nils olav sven anders bjorn jonas ola
    rahul amit arvind rajesh sanjay vijay anil sunil manmohan narendra imran nawaz
    hiroshi takeshi yoshihide fumio kenji ichiro wei jian ming hao dmitry vladislav
    andrei alexei mikhail nikolai ivan igor yuri pavel viktor volodymyr petro
    aaron austin blake brandon brent bruce calvin cameron carl clarence clint
    damon darren darryl devin dominic duncan dylan elliot ethan evan felix floyd
    gavin graham grant guy harvey hunter isaac jamal jamie-lee jerome jordan
    julian kirk lamar leonard marshall mason miles mitchell neal nigel norbert
    rafael randall reginald rhett rory rowan rupert sidney solomon sterling
    stewart tobias tristan wallace wilbur winston zachary faisal hamid karim
    khalid mahmoud mustafa nabil rashid tariq yousef yusuf aidan alfred allen alvin andy
    angus archie arnold arthur barry benny bert billy bobby brad bradley brendan brett bryan
    byron caleb cecil cedric charlie chester christian clifford clyde conor connor cory danny
    darius dave desmond dominick eddie edgar edwin eli elliott emmett ernest ernie everett
    francis franklin freddie garrett gilbert herman hugh irving jake jimmy joey jonah kenny
    leroy lester lewis liam lionel luther malcolm marvin mathew milton morris moses murray
    nate nathaniel neville noel percy phillip reed robbie roland ronnie rufus salvatore sammy
    saul shane terence tommy toby vance wes wilfred willard woodrow wyatt christopher antonin
    merrick tad abraham robby geoff trayvon mohamed russ ari rahm trey laquan jeffery darrell
    peyton federico sebastian dino cornell filippo christoph deval hakeem sadiq pascal fidel prescott
    dylann ilya syed reza ty elliott chet clement cyrus dariusz doyle elmer ezra gideon
    hal herschel irwin jared jasper jed jefferson kareem lyndon mack mick mohammad moshe
    rand rodrigo roscoe rush sanford stanford thaddeus tod ulysses vern
    bo gord gerry lorne glen duane brody tanner brayden jaxon ghislain darnell tyrone deepak
    sandeep jagdeep hardeep arjun rohan vikram ravi rami tarek bilal hussein khaled samir walid
    taras bohdan dmitri piotr tomasz oleksandr andriy yaroslav mateo joaquin santiago kwame kofi
    chidi abdi yaw kwabena chinedu seamus padraig fergus declan ciaran
    colton yannick jarrett dustin alec alistair ashton bartholomew beau blaine bradford brock brodie bronson
    bryce cole colby conrad corbin cullen damian damien dane dante darian darin darrin deon derrick
    dexter dillon donovan dorian dwayne eduardo elias emanuel emil emilio enzo esteban ezekiel fabian
    finn finnegan fletcher forrest gage garry garth geoffrey gerard gerardo gregg griffin gustavo heath hector
    holden horace humberto isaiah ismael jace jaden jalen jameson jarrod jarvis jayden jermaine jethro jimmie
    johnathan jonathon josue judd kade kaden kane keegan keenan kelvin kendrick kent kieran kirby konnor
    kristopher landon lawrence leland leo leonel levi logan lonnie lucas luka marlon mathias maximilian mekhi
    micheal mikael milo monty moe myles nash nestor nico niall nolan norris odell orville osvaldo otto pablo
    pasquale ramon randolph reece remy ricardo rocco roman royce russel sal scotty shaun silas stefan
    sylvester thad timmy trent tripp tyson ulrich vaughn vince vinny virgil vito waylon wilbert zane
    zeke zachariah alexandre antoine bruno gaston lucien marc-andre marc-antoine regis roch rodrigue yvan
    zacharie jean-philippe jean-sebastien jean-charles jean-claude jean-luc jean-louis jean-paul pierre-luc
    pierre-olivier louis-philippe marc-olivier emile jeremie ludovic gael""".split()
    )
    - FEMALE_NAMES
)
# First names borne by women and men alike ("Terry Strada", "Lindsey Graham"): they say nothing
# of gender, and a wrong guess rules out the right person for every "she" or "he" after. (Also a
# family name written first, "Kim Jong-un"; and names Italians give men, "Nicola", "Michele",
# that English gives women.)
_EITHER_NAMES = frozenset(
    """terry lindsey morgan pat leslie robin dana lee jean jordan jamie casey marty
    claude dominique camille gurpreet navdeep jaspreet manpreet harpreet amrit rajinder baljit
    sukhwinder harjit nour jin raven dakota kim nicola michele sandy kerry jody frankie kris sasha jessie
    bobbie""".split()
)
FEMALE_NAMES = FEMALE_NAMES - _EITHER_NAMES
EITHER_NAMES = _EITHER_NAMES
MALE_NAMES = MALE_NAMES - _EITHER_NAMES

# Words that make a capitalised run a place, an event or a time, not a person
# ("North Korea", "World War II", "New York", "Late Saturday").
NOT_PERSON_WORDS: frozenset[str] = frozenset(
    """north south east west northern southern eastern western central upper lower new old united san santa
    los las el saint st fort lake mount mt port cape great greater little world war wars ii iii supreme court
    house senate white national federal international american americans european democratic republican
    late early another instead day days week act law plan tax party city county island islands river
    valley street avenue road park square center centre hospital university college school church museum
    hall bridge airport station base camp beach bay coast gulf sea ocean mountains hills desert region
    province state states kingdom republic union empire korea america africa asia europe arabia zealand
    york jersey hampshire mexico carolina dakota virginia orleans angeles vegas francisco diego antonio
    louis washington texas florida ohio iowa nevada california georgia michigan wisconsin pennsylvania
    arizona colorado illinois indiana kentucky tennessee alabama mississippi louisiana arkansas missouri
    kansas nebraska oklahoma minnesota montana wyoming idaho utah oregon alaska hawaii maine vermont
    massachusetts connecticut maryland delaware rhode
    ontario quebec alberta manitoba saskatchewan scotia brunswick newfoundland labrador yukon nunavut columbia
    china russia iran iraq syria israel ukraine france
    germany britain england scotland ireland canada japan india pakistan afghanistan cuba venezuela brazil
    turkey egypt libya yemen saudi qatar jordan lebanon palestine gaza crimea moscow beijing london paris
    berlin brussels tokyo kremlin pentagon capitol broadway hollywood wall twitter facebook google youtube
    instagram internet web times post journal news press television tv radio network show series
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday christmas easter thanksgiving ramadan olympics super bowl
    ebola zika isis al qaeda taliban hamas hezbollah nato congress obamacare medicare medicaid
    studies affairs relations sciences nation nations""".split()
)


def alternation(words: frozenset[str] | set[str]) -> str:
    """A regular-expression alternation of ``words``, factored into a trie.

    Python's ``re`` tries a flat ``said|says|…`` alternation one branch at a
    time at every position; factored by shared prefixes (``sa(?:id|ys)``) it
    rejects a position after a character or two, which keeps the quotation
    rules fast on long articles. Longer words win over their prefixes.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def word_start_alternation(words: frozenset[str] | set[str], not_after: str) -> str:
    """`alternation` of ``words``, each matching only where the character before it does not match
    ``not_after`` (a one-character pattern such as ``\\w``): what ``(?<!not_after)(?:…)`` matches.

    The look back stands after each word's first character (``M(?<!\\w.)(?:r|rs|s)``): ``re``
    searches for a pattern whose branches all start with a character by those characters alone,
    but tries one that starts with a look back at every place of the text. Worth it when the
    first characters are rare, as capitals are (lower-case ones are at most places anyway). No
    word may start with a line break (``.`` would not match it).
    """
    import re

    rests: dict[str, set[str]] = {}
    for word in words:
        rests.setdefault(word[0], set()).add(word[1:])
    return "(?:" + "|".join(f"{re.escape(c)}(?<!{not_after}.){alternation(rests[c])}" for c in sorted(rests)) + ")"


def _trie_pattern(node: dict[str, dict]) -> str:
    import re

    branches = []
    optional = False
    for ch in sorted(node):
        if ch == "":
            optional = True
            continue
        branches.append(re.escape(ch) + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    if optional:
        body = body + "?" if body.startswith("(?:") else f"(?:{body})?"
    return body
