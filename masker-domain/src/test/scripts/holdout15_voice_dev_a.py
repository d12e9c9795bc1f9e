#!/usr/bin/env python3
"""Fifteenth-round voice development set, part a: where the caller is, and the numbers that file them.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
150151). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0; locales it, pt-BR, fi-FI,
tr, en-AU, nb-NO), combined at random so no real person is meant, diacritics dropped as
speech-to-text drops them, female and male given names (fi-FI, tr, nb-NO, pt-BR) kept apart where a
pronoun follows; plus invented and ordinary-word names, streets and towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df15
    python3 masker-domain/src/test/scripts/holdout15_voice_dev_a.py [/tmp/df15]

Every value is invented: phones only from fiction ranges (NANP 555-01xx, UK 07700 900xxx, AU
0491 570 xxx), e-mails at example.com/.org/.net, house numbers, ZIP codes, record and account
numbers are random. The script checks what it writes and exits non-zero when a check fails.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 150151
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev15a.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df15'
TOTAL = 260
PHI_FREE = 39
PREFIX = 'vd15a-'
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}

# ---------------------------------------------------------------- names from Datafaker


def plain(s):
    s = s.replace('ı', 'i').replace('İ', 'I').replace('ø', 'o').replace('Ø', 'O')
    s = s.replace('æ', 'ae').replace('Æ', 'AE').replace('ß', 'ss')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().strip()


def yml_list(text, key):
    """The first inline list `key: [ ... ]` of a yml file (it may span lines)."""
    m = re.search(r'^\s+' + re.escape(key) + r':\s*\[', text, re.M)
    if not m:
        return []
    end = text.index(']', m.end())
    body = text[m.end():end]
    items = [x.strip().strip('"').strip("'") for x in body.replace('\n', ' ').split(',')]
    return [plain(x) for x in items if x]


def load(locale):
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        t = f.read()
    return {k: yml_list(t, k) for k in ('first_name', 'male_first_name', 'female_first_name', 'last_name')}


LOCALES = ['it', 'pt-BR', 'fi-FI', 'tr', 'en-AU', 'nb-NO']
FEMALE, MALE, ANY, SUR = [], [], [], []
for loc in LOCALES:
    d = load(loc)
    if not d['last_name']:
        sys.exit('no last_name list in ' + loc)
    FEMALE += d['female_first_name']
    MALE += d['male_first_name']
    ANY += d['first_name'] + d['female_first_name'] + d['male_first_name']
    SUR += d['last_name']
ok = re.compile(r"^[a-z][a-z' -]*[a-z]$")
FEMALE = sorted({x for x in FEMALE if ok.match(x)})
MALE = sorted({x for x in MALE if ok.match(x)})
ANY = sorted({x for x in ANY if ok.match(x)})
SUR = sorted({x for x in SUR if ok.match(x)})
if min(len(FEMALE), len(MALE), len(ANY), len(SUR)) < 40:
    sys.exit('name lists too short; unzip the jar first (see docstring)')

# invented and ordinary-word names written for this set
INV_F = ['marisol', 'tavia', 'delphine', 'june', 'hope', 'faith', 'ivy', 'pearl', 'dawn', 'april']
INV_M = ['oren', 'caspian', 'will', 'grant', 'mark', 'bill', 'rusty', 'chance', 'ford', 'dale']
INV_S = ['brookhaven', 'tillery', 'vantongeren', 'marsh', 'fields', 'cotter', 'stone', 'frost', 'baker',
         'hollis', 'winter', 'bishop', 'rivers', 'lake', 'kettleby', 'oakes']


def given_f():
    return R.choice(INV_F) if R.random() < 0.15 else R.choice(FEMALE)


def given_m():
    return R.choice(INV_M) if R.random() < 0.15 else R.choice(MALE)


def surname():
    return R.choice(INV_S) if R.random() < 0.18 else R.choice(SUR)


# ---------------------------------------------------------------- places written for this set

TOWNS_PLAIN = ['harlow', 'bramwell', 'kessington', 'dunmore', 'wexley', 'corvallis ridge', 'ashgrove',
               'tarrow', 'millbeck', 'glenhollow', 'pellston', 'brindle', 'quarrytown', 'larkmoor',
               'oxlade', 'thistlewood', 'halvering', 'cobb hollow', 'renwick', 'sutter creek', 'vallory',
               'emberly', 'pine barrow', 'hadley falls', 'orland', 'kinsale', 'blue hollow', 'marrowby']
TOWNS_WORD = ['liberty', 'hope', 'friendship', 'climax', 'bliss', 'commerce', 'harmony', 'justice',
              'plenty', 'union', 'reliance', 'welcome', 'center', 'eden', 'temperance', 'story']
TOWNS_PERSON = ['marion', 'florence', 'clyde', 'eugene', 'dorothy', 'vernon', 'lucille', 'byron',
                'augusta', 'chester', 'maud', 'elmer', 'alma', 'homer']
TOWNS_PREFIX = ['saint albany', 'saint brennan', 'saint clement', 'fort hollis', 'fort carrow', 'port keller',
                'port amsel', 'mount orrin', 'mount pleasance', 'north kessing', 'north tarrow',
                'new bramford', 'new elsby', 'south wexley', 'east fallow', 'west millbeck']
TOWNS_SUFFIX = ['carrowville', 'dunsville', 'hartsburg', 'elkburg', 'pennington', 'ashton', 'bellsburg',
                'morrisville', 'fallowton', 'kettleton', 'greerville', 'oldenburg', 'braxton', 'linwood']
TOWNS_THREE = ['saint johns bluff', 'point of rocks', 'cedar lake crossing', 'fort dunmore springs',
               'new hope valley', 'port allen heights', 'mount vernon mills', 'north fork junction']
COUNTIES = ['harlow county', 'bexford county', 'tillamook parish', 'ravenna county', 'orrin county',
            'dunmore county', 'pike county', 'greer county']
NEIGHBOURHOODS = ['eastgate', 'the flats', 'cherry hill', 'old town', 'millbrook', 'five points',
                  'riverbend', 'little falls', 'oak park', 'southside', 'brickyard', 'kettle corner']
TOWNSHIPS = ['dover township', 'wexley township', 'marrow township', 'pine township', 'elk township']
STATES = ['ohio', 'oregon', 'georgia', 'new mexico', 'vermont', 'idaho', 'maine', 'kentucky', 'arizona',
          'tennessee', 'iowa', 'nevada']

STREETS = ['maple hollow road', 'ferncliff avenue', 'old quarry lane', 'willow bend drive', 'mill street',
           'harlan court', 'birch way', 'tanager lane', 'copper kettle road', 'east fourth street',
           'spring street', 'orchard terrace', 'kessler boulevard', 'church street', 'sandpiper circle',
           'union avenue', 'north garfield street', 'hickory ridge road', 'brandywine place', 'pike road',
           'westover drive', 'lark street', 'railroad avenue', 'pleasant view lane', 'dogwood trail',
           'ninth avenue', 'bay street', 'greenbriar court', 'elm', 'hawthorn close']

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
         'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']


def two(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])


def pair(s):
    """Two digits as said in pairs: '05' -> 'oh five', '42' -> 'forty two'."""
    if s[0] == '0':
        return 'oh ' + ('oh' if s[1] == '0' else ONES[int(s[1])])
    return two(int(s))


def digits(s, oh=0.7, rep=0.5):
    """Digits one by one, 'oh' for zero most of the time, 'double'/'triple' sometimes."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            out.append(c)
            i += 1
            continue
        w = 'oh' if c == '0' and R.random() < oh else ONES[int(c)]
        if i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < rep:
            out.append('triple ' + w)
            i += 3
        elif i + 1 < len(s) and s[i + 1] == c and R.random() < rep:
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def house_words(n):
    s = str(n)
    if n < 100:
        return two(n)
    if len(s) == 3:
        return ONES[int(s[0])] + ' ' + (pair(s[1:]) if s[1] != '0' or s[2] != '0' else 'hundred')
    if s[2:] == '00':
        return two(int(s[:2])) + ' hundred'
    return two(int(s[:2])) + ' ' + pair(s[2:])


def rnd(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + ''.join(str(R.randint(0, 9)) for _ in range(n - 1))


def L(kind, v):
    return '[[%s|%s]]' % (kind, v)


# ---------------------------------------------------------------- value makers (surface text only)

def town(kind=None):
    pools = {'plain': TOWNS_PLAIN, 'word': TOWNS_WORD, 'person': TOWNS_PERSON, 'prefix': TOWNS_PREFIX,
             'suffix': TOWNS_SUFFIX, 'three': TOWNS_THREE, 'county': COUNTIES, 'nb': NEIGHBOURHOODS,
             'twp': TOWNSHIPS}
    if kind is None:
        kind = R.choice(['plain', 'plain', 'prefix', 'suffix', 'word', 'person', 'three'])
    return R.choice(pools[kind])


def spell(word):
    return ' '.join(c for c in word if c != ' ')


def unit():
    return R.choice(['apartment %s %s' % (two(R.randint(1, 24)), R.choice('abcd')),
                     'apt %d%s' % (R.randint(1, 30), R.choice('abc')), 'unit %s' % two(R.randint(1, 40)),
                     'number %s' % two(R.randint(1, 12)), 'lot %s' % two(R.randint(1, 60)),
                     'suite %d' % R.randint(100, 450), 'unit %s %s' % (R.choice('bcd'), two(R.randint(1, 9))),
                     'apartment %d' % R.randint(2, 19)])


def address(style=None):
    style = style or R.choice(['words', 'words', 'digits', 'unit', 'unitd'])
    n = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9899)])
    st = R.choice(STREETS)
    if style == 'words':
        return '%s %s' % (house_words(n), st)
    if style == 'digits':
        return '%d %s' % (n, st)
    if style == 'unit':
        return '%s %s %s' % (house_words(n), st, unit())
    return '%d %s %s' % (n, st, unit())


def pobox():
    n = rnd(R.choice([3, 4]))
    return R.choice(['p o box ' + digits(n), 'po box ' + n, 'post office box ' + digits(n, rep=0)])


def rural():
    return R.choice(['rural route %s box %s' % (ONES[R.randint(1, 9)], two(R.randint(10, 99))),
                     'r r %s box %s' % (ONES[R.randint(1, 6)], house_words(R.randint(100, 480))),
                     'route %s box %d' % (ONES[R.randint(1, 5)], R.randint(10, 300))])


def zip5():
    return rnd(5, first_nonzero=False) if R.random() < 0.3 else rnd(5)


def zip_say(style=None):
    z = zip5()
    style = style or R.choice(['words', 'words', 'pairs', 'digits', 'plus4', 'plus4w'])
    if style == 'words':
        return digits(z)
    if style == 'pairs':
        return ONES[int(z[0])] + ' ' + pair(z[1:3]) + ' ' + pair(z[3:])
    if style == 'digits':
        return z
    if style == 'plus4':
        return z + '-' + rnd(4, False)
    return digits(z, rep=0) + ' dash ' + digits(rnd(4, False), rep=0)


def mrn(style=None):
    style = style or R.choice(['words', 'words', 'digits', 'groups', 'letters', 'lettersd', 'dashd'])
    if style == 'words':
        return digits(rnd(R.choice([7, 8, 9])))
    if style == 'digits':
        return rnd(R.choice([7, 8, 10]))
    if style == 'groups':
        a, b = rnd(3), rnd(4, False)
        return digits(a, rep=0) + ' ' + R.choice(['dash ', '']) + digits(b, rep=0)
    if style == 'letters':
        ls = ' '.join(R.choice('abcdefghjkmnprstuvwxyz') for _ in range(R.choice([1, 2])))
        return ls + ' ' + digits(rnd(R.choice([6, 7])))
    if style == 'lettersd':
        return ''.join(R.choice('ABCDEFGHJKMNPRSTUVWXYZ') for _ in range(R.choice([1, 2, 3]))) + rnd(R.choice([6, 7]))
    return rnd(3) + '-' + rnd(3, False) + '-' + rnd(3, False)


def account(style=None):
    style = style or R.choice(['words', 'digits', 'groups', 'groupsd', 'letters', 'pairs'])
    if style == 'words':
        return digits(rnd(R.choice([8, 9, 10])))
    if style == 'digits':
        return rnd(R.choice([8, 9, 10, 12]))
    if style == 'groups':
        return ' '.join(digits(rnd(4, False), rep=0.3) for _ in range(R.choice([2, 3])))
    if style == 'groupsd':
        return '-'.join(rnd(4, False) for _ in range(3))
    if style == 'letters':
        return R.choice(['ga', 'b', 'pa', 'st']) + ' ' + digits(rnd(7))
    s = rnd(8)
    return ' '.join(pair(s[i:i + 2]) for i in range(0, 8, 2))


def phone():
    area = str(R.randint(2, 9)) + rnd(2, False)
    last = '01' + '%02d' % R.randint(0, 99)
    style = R.choice(['words', 'digits', 'mixed'])
    if style == 'digits':
        return '(%s) 555-%s' % (area, last) if R.random() < 0.5 else '%s-555-%s' % (area, last)
    if style == 'mixed':
        return digits(area) + ' five five five ' + last
    return digits(area) + ' ' + digits('555') + ' ' + digits(last)


MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
          'november', 'december']
ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
       'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
       'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second', 'twenty third',
       'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth']


def dob():
    y = R.randint(1930, 1999)
    m, d = R.randint(0, 11), R.randint(0, 27)
    return R.choice(['%s %s %s' % (MONTHS[m], ORD[d], two(y // 100) + ' ' + pair(str(y)[2:])),
                     '%d/%d/%d' % (m + 1, d + 1, y), 'the %s of %s %s' % (ORD[d], MONTHS[m], pair(str(y)[2:]))])


def visit_date():
    m, d = R.randint(0, 11), R.randint(0, 27)
    return R.choice(['%s %s' % (MONTHS[m], ORD[d]), 'the %s of %s' % (ORD[d], MONTHS[m])])


# ---------------------------------------------------------------- slots

def slot(key):
    k = key
    if k == 'T':
        return L('LOCATION', town())
    if k == 'TW':
        return L('LOCATION', town('word'))
    if k == 'TPN':
        return L('LOCATION', town('person'))
    if k == 'TPX':
        return L('LOCATION', town('prefix'))
    if k == 'TSX':
        return L('LOCATION', town('suffix'))
    if k == 'T3':
        return L('LOCATION', town('three'))
    if k == 'TP':
        return L('LOCATION', town('plain'))
    if k == 'CO':
        return L('LOCATION', town('county'))
    if k == 'NB':
        nb = town('nb')
        if nb.startswith('the '):
            return 'the ' + L('LOCATION', nb[4:])
        return L('LOCATION', nb)
    if k == 'TWP':
        return L('LOCATION', town('twp'))
    if k == 'TSP':   # a town then spelled
        t = R.choice([x for x in TOWNS_PLAIN + TOWNS_SUFFIX if ' ' not in x])
        return '%s %s %s' % (L('LOCATION', t), R.choice(['that is', "that's", 'spelled', 'uh']), L('LOCATION', spell(t)))
    if k == 'TSPD':  # spelled with dashes
        t = R.choice([x for x in TOWNS_PLAIN + TOWNS_SUFFIX if ' ' not in x])
        return L('LOCATION', '-'.join(t))
    if k == 'ST':
        return R.choice(STATES)
    if k == 'A':
        return L('ADDRESS', address())
    if k == 'AW':
        return L('ADDRESS', address('words'))
    if k == 'AD':
        return L('ADDRESS', address('digits'))
    if k == 'AU':
        return L('ADDRESS', address(R.choice(['unit', 'unitd'])))
    if k == 'PO':
        return L('ADDRESS', pobox())
    if k == 'RR':
        return L('ADDRESS', rural())
    if k == 'Z':
        return L('ZIP', zip_say())
    if k == 'ZW':
        return L('ZIP', zip_say('words'))
    if k == 'ZP':
        return L('ZIP', zip_say('pairs'))
    if k == 'ZD':
        return L('ZIP', zip_say('digits'))
    if k == 'Z4':
        return L('ZIP', zip_say(R.choice(['plus4', 'plus4w'])))
    if k == 'M':
        return L('MRN', mrn())
    if k == 'MW':
        return L('MRN', mrn('words'))
    if k == 'MD':
        return L('MRN', mrn(R.choice(['digits', 'dashd'])))
    if k == 'ML':
        return L('MRN', mrn(R.choice(['letters', 'lettersd'])))
    if k == 'C':
        return L('ACCOUNT', account())
    if k == 'CW':
        return L('ACCOUNT', account(R.choice(['words', 'pairs'])))
    if k == 'CD':
        return L('ACCOUNT', account(R.choice(['digits', 'groupsd'])))
    if k == 'CL':
        return L('ACCOUNT', account('letters'))
    if k == 'N':
        return L('NAME', '%s %s' % (R.choice([given_f, given_m])(), surname()))
    if k == 'F':
        return L('NAME', '%s %s' % (given_f(), surname()))
    if k == 'MA':
        return L('NAME', '%s %s' % (given_m(), surname()))
    if k == 'GF':
        return L('NAME', given_f())
    if k == 'GM':
        return L('NAME', given_m())
    if k == 'S':
        return L('NAME', surname())
    if k == 'SSP':   # surname then spelled
        s = R.choice([x for x in SUR if ' ' not in x and "'" not in x and len(x) <= 9])
        return '%s %s' % (L('NAME', s), L('NAME', spell(s)))
    if k == 'PH':
        return L('PHONE', phone())
    if k == 'DOB':
        return L('DOB', dob())
    if k == 'DT':
        return L('DATE', visit_date())
    if k == 'AGE':
        return L('AGE', two(R.randint(90, 99)))
    if k == 'EM':
        u = R.choice(SUR).replace(' ', '').replace("'", '')
        return L('EMAIL', '%s %s at example dot %s' % (R.choice(ANY)[0], u + str(R.randint(1, 99)),
                                                       R.choice(['com', 'org', 'net'])))
    # non-PHI fillers
    if k == 'ROOM':
        return R.choice(['room %s' % house_words(R.randint(101, 460)), 'suite %d' % R.randint(100, 420),
                         'the %s floor' % R.choice(['second', 'third', 'fourth'])])
    if k == 'TIME':
        return R.choice(['nine thirty', 'ten fifteen', 'two o clock', '3:45', 'quarter to eleven', 'one forty five'])
    if k == 'GRP':
        return digits(rnd(R.choice([5, 6])), rep=0)
    if k == 'L4':
        return digits(rnd(4, False), rep=0)
    if k == 'FILL':
        return R.choice(['um', 'uh', 'uh', 'um so', 'yeah', 'okay so'])
    raise KeyError(key)


def render(tpl):
    cache = {}

    def sub(m):
        key = m.group(0)
        if key not in cache:
            cache[key] = slot(m.group(1))
        return cache[key]
    return re.sub(r'\{([A-Z0-9]+?)(?:_\d)?\}', sub, tpl)


# ---------------------------------------------------------------- templates with PHI

TPL = [
    # towns in every position
    "{FILL} i'm out in {T} so the ride would have to pick me up there",
    "yeah she lives up in {TP} now not down here anymore",
    "we're down by {T} right near the old water tower",
    "i'm near {TPX} about twenty minutes off the highway",
    "we're right outside {TSX} on the county line",
    "it's the other side of {T} past the feed store",
    "i'm between {TP_1} and {TSX_1} so whichever driver is closer",
    "we moved from {T} back in like two thousand nineteen and i never updated it",
    "i'm from {TPN} originally but i live in {TP} now",
    "originally {TW} but uh we've been in {TPX} about six years",
    "oh {TPX} {FILL} yeah that's the one we're in",
    "{TSX} that's the city we're right in the middle of town",
    "uh {TW} the town is called {TW} like the word",
    "the town is {TSP} in {ST}",
    "the town it's {TSPD} {FILL} that's how you spell it on the envelope",
    "i said {TP} no sorry {TSX} i always mix those up",
    "it's in {TPN} not the person the town {TPN} yeah",
    "we're out past {T3} off route nine",
    "my mother is in {T3} and i'm in {TP}",
    "she's over in {NB} the part of {TP} by the rail yard",
    "i live in {NB} on the east side of {TSX}",
    "we're in {TWP} it's not really a town it's more like farms",
    "{CO} we're in unincorporated {CO} technically so not the city",
    "it's {CO} not the city the county part",
    "the nurse comes out to {TW} on tuesdays and thursdays",
    "can the driver get me from {TPX} to the clinic in {TSX} on the fourteenth",
    "we're moving to {TP} next month so the deliveries need to go there",
    "i'm staying with my daughter in {TPN} for the summer",
    "the pharmacy in {TW} said they'd deliver but not out to {T}",
    "uh my uncle is up in {T3} and he needs a home health visit",
    "we're in {TSX} {ST} {FILL} not the other {TSX} the one by the river",
    "up near {TP} uh the {TP} past the reservoir",
    "the ride last time went to {TPX} by mistake i'm in {TPX_1}",
    "{FILL} is there anybody who covers {CO} because nobody comes to {TW}",
    # addresses
    "my address is {AW} in {T}",
    "it's {AU} {TP} {ST} {ZW}",
    "okay the address is {AD} {TSX} {ZD} for the delivery",
    "send it to {PO} {TW} {ST} {Z}",
    "i get my mail at {PO} because they don't deliver out on the road",
    "we're on {RR} outside {TP}",
    "the physical address is {RR} but mail goes to {PO}",
    "uh {AW} no wait that's the old one it's {AU}",
    "the delivery goes to {AU} the side door",
    "{FILL} that would be {AW} the house on the left",
    "it's {A} the green house with the ramp",
    "we're at {AD} it's a duplex so knock on the left side",
    "the billing address is still {A} in {TPX} but we moved to {A_1} in {TSX}",
    "{AW} {T} {ZP}",
    "my mom lives at {AU} in {NB}",
    "house number is {AW} yeah like it sounds",
    "okay the street is {AD} and the town {TW}",
    "please don't send the driver to {AW} that's the neighbour",
    # zips
    "the zip is {ZW} for the delivery address",
    "the zip is {ZW} no {ZW_1}",
    "yeah it's {ZP} that's the one",
    "{ZD} that's the zip code for the house not the po box",
    "oh the zip it's {Z4} with the extra four on the end",
    "{TP} {ZW} {FILL} that's where the statement should go",
    "zip code {ZP} i think the last digit is right yeah",
    "the zip is {ZD} dash {FILL} i don't know the last four",
    "is {ZW} in your service area for home health",
    "um {ZW} {ZW_1} was the old one",
    "with the plus four i think it's {Z4} but check the letter",
    # MRN
    "my medical record number is {MW}",
    "the chart number is {MD} it's printed on the discharge papers",
    "record number {ML} the letters are capital on the form i have",
    "patient id {M} {FILL} do you need the name too",
    "hospital number {MW} from when i was at saint luke's",
    "oh okay yeah it's {MW}",
    "yeah it's {ML} that's what the hospital gave me",
    "the mrn is {MW} sorry {MW_1} i read the wrong line",
    "{M} that's the number on the wristband from the er",
    "the number on my card is {MD} it says patient id on top",
    "chart number {MW} and again that's {MW}",
    "{FILL} my husband {MA} his record number is {M}",
    "the hospital number for {F} is {MD}",
    "it's medical record {ML} for my mother {F}",
    "the patient is {F} record number {MW} she was admitted {DT}",
    "i have two record numbers one is {MD} and the other is {MW}",
    "my record number uh {MW} and i'm in {TP}",
    "it starts with {ML} yeah that's the whole thing",
    # accounts
    "my billing account number is {CW}",
    "the account number is {CD} from the paper bill we got",
    "statement account {C} for {N} the one that says past due",
    "guarantor account {CW} the guarantor is my son {MA}",
    "it's the account ending in {L4} no the whole number is {CW}",
    "{CD} that's the account it's under my name not my wife's",
    "sure it's {CW} i have it right here",
    "account {CL} no wait {CL_1}",
    "the statement says account number {C} and the balance is one forty two fifty",
    "i'm calling about account {CW} the bill went to {PO}",
    "the guarantor account is {CD} under {F}",
    "it's {CW} it's on the top right of the statement",
    "my account number is {C} and my zip is {ZW}",
    # names with places and numbers
    "this is {F} calling from {TW} about my ride tomorrow",
    "hi it's {MA} out in {TPX} my chart number is {MW}",
    "yeah my name is {N} and i'm in {NB}",
    "{SSP} i live in {TSX}",
    "the patient is {F} she's at {AU}",
    "this is {GM} with the home health agency calling for {F} in {CO}",
    "my neighbour {GM} drives me but he moved to {TP}",
    "{F} the record number is {M} and she lives in {T3}",
    "it's for my dad {MA} he's {AGE} and lives alone out in {TW}",
    "my grandmother {F} is {AGE} she's in {TPN} and she needs the deliveries moved",
    "last name {SSP} first name {GF}",
    "{MA} date of birth {DOB} record number {MW}",
    "she was born {DOB} and her account is {CW}",
    "you can call me back at {PH} i'm in {TSX}",
    "the best number is {PH} that's my cell out here in {TW}",
    "my email is {EM} and the address is {AD}",
    "we had the visit {DT} at the place in {TP} and the bill came to {A}",
    "uh {F} that's me and i'm at {AW} {TW}",
    "the driver asked for {GF} but she lives in {TPN} and i'm in {TPX}",
    "my wife {F} her patient id is {ML}",
    "okay {N} {A} {T} {Z} that's everything",
    "i'm calling for {MA} account {C} he's in {NB} now",
    "{FILL} {MA} from {T3} account {CD}",
    "her chart number is {MD} and she moved to {AU} in {TSX}",
    "he's at {RR} near {TW} and his record number is {ML}",
    "pick up at {AD} in {TP} and drop off at the clinic",
    "my son {GM} goes to the clinic in {TSX} but we live in {CO}",
    "ask for {GF} at the front desk she knows i'm from {TW}",
    "i was seen {DT} and the chart number they gave me was {MW}",
    "we moved from {AW} to {PO} in {TPN}",
    # a few long turns
    "so we moved from {TSX} to {TP} in the spring and the statement still goes to {A} my account number is {CW} can you change it to {PO} {TP} {Z}",
    "yes hi so my mother {F} is in {CO} way out past {TW} and the home health nurse keeps going to the wrong house it's {AU} not the one on the corner her record number is {MW}",
    "uh the driver needs to pick up my husband {MA} at {AD} in {NB} that's on the south end of {TSX} and bring him to the clinic in {TPX} and he's in a wheelchair so the van please",
    "i called last week and the lady said my chart number was {MD} but my card says {ML} and i live in {TPN} now not {TP} so i don't know which one you have",
]

# ---------------------------------------------------------------- PHI-free turns (tempting)

FREE = [
    "i'm in ohio so does that count as out of state for the plan",
    "it's the riverside clinic the one on the main street entrance not the back",
    "take a left on the highway then the second right after the gas station",
    "they told me to go to saint mary's for the scan is that right",
    "the clinic is in suite two ten on the third floor",
    "my group number is {GRP} and i don't have the card with me",
    "the claim number is {GRP} {GRP_1} it's for the ambulance ride",
    "confirmation number uh {GRP} they read it to me last time",
    "the invoice says one hundred forty two dollars and fifty cents",
    "the routing number on the check is {GRP} {GRP_1} i think",
    "last four of my social is four four one nine",
    "i was born in nineteen fifty two if that helps",
    "i take ten milligrams of lisinopril in the morning and five at night",
    "can the driver come at {TIME} instead of the afternoon",
    "we moved in march so the address on file might be wrong",
    "may i ask will the nurse come on monday or wednesday",
    "will you mark it as urgent please the bill is overdue",
    "she is eighty seven and still drives herself to the summit building",
    "the pharmacy on the corner of main and fifth closed in june",
    "my blood pressure was one forty over ninety this morning",
    "i'm in {ROOM} at the rehab place and the tv doesn't work",
    "it's the north entrance by the parking garage level two",
    "i'm calling from canada is there an international line",
    "the van has room for two wheelchairs and one walker",
    "the copay was twenty five dollars and the deductible is fifteen hundred",
    "i'd like to change the delivery to friday between {TIME} and noon",
    "is the clinic open on saturday or just weekdays",
    "i was told to ask for the billing department on the second floor",
    "florida texas georgia we've lived everywhere but now we're settled",
    "i hope so because the last ride was forty minutes late",
    "the highway was closed at exit fourteen so we turned back",
    "the bill says three items totaling two hundred eighteen dollars",
    "he's seventy nine and takes two puffs of albuterol when needed",
    "can you send the statement by email instead of paper mail",
    "the account is paid up i made a payment on tuesday for sixty dollars",
    "grace period ends on the fifteenth is that right",
    "the clinic in the mall moved to the medical park by the hospital",
    "the record office is open nine to four monday through friday",
    "turn right on church street the clinic is the brick building by the bank",
    "we're in the blue house no the yellow one the blue one is the neighbours",
    "my temperature was ninety nine point four and the pulse was eighty eight",
    "the rehab center on the hill said they don't do home visits past the bridge",
]

CUES = ['my number is', 'number is', 'dob', 'date of birth', 'born', 'fax', 'zip code', 'the zip', 'mrn',
        'chart number', 'record number', 'account number', 'patient id', 'hospital number', 'account ending',
        'guarantor', 'statement', 'the town', 'the city']
TITLES = ('dr ', 'dr. ', 'mr ', 'mrs ', 'ms ', 'miss ', 'doctor ', 'nurse ')
LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')


def fail(msg):
    sys.exit('check failed: ' + msg)


def check_line(lid, text):
    for m in LABEL.finditer(text):
        kind, val = m.group(1), m.group(2)
        if kind not in KINDS:
            fail('%s unknown kind' % lid)
        if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
            fail('%s label edge' % lid)
        low = ' ' + val.lower() + ' '
        for c in CUES:
            if ' ' + c + ' ' in low:
                fail('%s cue in label' % lid)
        if kind == 'NAME' and val.lower().startswith(TITLES):
            fail('%s title in name' % lid)
        if re.search(r"'s\b", val):
            fail('%s possessive in label' % lid)
    rest = LABEL.sub('X', text)
    if '[[' in rest or ']]' in rest or '|' in rest:
        fail('%s markup not well formed or nested' % lid)
    plain_text = LABEL.sub(lambda m: m.group(2), text)
    n = len(plain_text.split())
    if n < 8 or n > 60:
        fail('%s length %d' % (lid, n))
    return n


def main():
    if len(TPL) < 60:
        fail('fewer than 60 templates')
    if len(set(TPL)) != len(TPL) or len(set(FREE)) != len(FREE):
        fail('duplicate template')
    need = TOTAL - PHI_FREE
    order = list(range(len(TPL))) * 2
    first = list(range(len(TPL)))
    R.shuffle(first)
    second = list(range(len(TPL)))
    R.shuffle(second)
    picks = (first + second)[:need]
    uses = {}
    turns, seen = [], set()
    for i in picks:
        for _ in range(50):
            t = render(TPL[i])
            if t not in seen:
                break
        else:
            fail('cannot make a new line from template %d' % i)
        seen.add(t)
        uses[i] = uses.get(i, 0) + 1
        turns.append(t)
    free = list(FREE)
    R.shuffle(free)
    for f in free[:PHI_FREE]:
        t = render(f)
        if '[[' in t:
            fail('label in a PHI-free template')
        if t in seen:
            fail('duplicate PHI-free line')
        seen.add(t)
        turns.append(t)
    R.shuffle(turns)
    if max(uses.values()) > 2 or len(uses) < 60:
        fail('template use')
    del order
    lines, counts, long_ = [], {}, 0
    for k, t in enumerate(turns, 1):
        lid = '%s%03d' % (PREFIX, k)
        n = check_line(lid, t)
        if n > 40:
            long_ += 1
        for m in LABEL.finditer(t):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        lines.append('%s\t%s' % (lid, t))
    short = sum(1 for t in turns if len(LABEL.sub(lambda m: m.group(2), t).split()) < 8)
    free_n = sum(1 for t in turns if '[[' not in t)
    if free_n != PHI_FREE or len(lines) != TOTAL:
        fail('counts %d %d' % (free_n, len(lines)))
    if len(set(turns)) != len(turns):
        fail('duplicate line')
    header = ('# voice-dev15a.tsv: generated by masker-domain/src/test/scripts/holdout15_voice_dev_a.py '
              '(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales it, pt-BR, fi-FI, tr, en-AU, '
              'nb-NO, diacritics dropped) and invented names, streets and towns written for Masker; caller '
              'turns to clinic schedulers, ride and home-health dispatch, delivering pharmacies, insurers and '
              'billing offices about where the caller is (towns, counties, neighbourhoods, addresses, ZIPs) '
              'and the record and account numbers that file them; fifteenth-round development set, part a; '
              'every value invented.' % SEED)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(header + '\n' + '\n'.join(lines) + '\n')
    print('%d turns, %d PHI-free, %d PHI templates (%d used), %d over 40 words, %d under 8 words'
          % (len(lines), free_n, len(TPL), len(uses), long_, short))
    print(' '.join('%s=%d' % kv for kv in sorted(counts.items())))


if __name__ == '__main__':
    main()
