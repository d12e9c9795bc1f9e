#!/usr/bin/env python3
"""Fourteenth-round voice development set, part b, for Masker: identifiers said aloud, and where
the caller is.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
140142). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0; nl, sv, ro-MD (no `ro`
name list in 2.7.0), vi, en-ZA, fr), combined at random so no real person is meant, plus invented
and ordinary-word names, streets and towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df14
    python3 masker-domain/src/test/scripts/holdout14_voice_dev_b.py [/tmp/df14]

Every value is invented: phones only from fiction ranges (NANP 555-01xx, UK 07700 900xxx and
01632 960xxx, AU 0491 570 xxx), e-mails at example.com/.org/.net, NPI, DEA, VIN and IMEI numbers
carry correct check digits, Medicare numbers follow the MBI shape, everything else is random.
The script checks what it writes and exits non-zero when a check fails.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 140142
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev14b.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df14'
TOTAL = 260
PHI_FREE = 39
PREFIX = 'vd14b-'
R = random.Random(SEED)


def plain(s):
    s = s.replace('ı', 'i').replace('ł', 'l').replace('đ', 'd').replace('Đ', 'd').replace('ø', 'o')
    s = s.replace('ș', 's').replace('ț', 't').replace('ß', 'ss')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.strip().lower()


def yml_list(locale, key):
    """The flow list under `key:` in a Datafaker locale file (may span lines)."""
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    m = re.search(r'^\s+' + key + r':\s*\[(.*?)\]', text, re.S | re.M)
    if not m:
        sys.exit('missing list %s in %s' % (key, path))
    items = [plain(x.strip().strip('"').strip("'")) for x in m.group(1).split(',')]
    return [x for x in items if re.fullmatch(r"[a-z][a-z '\-]*[a-z]", x) and len(x) > 1]


GIVEN, SURN, FEM, MAS = [], [], [], []
for loc in ('nl', 'en-ZA', 'fr'):
    GIVEN += yml_list(loc, 'first_name')
    SURN += yml_list(loc, 'last_name')
FEM += yml_list('sv', 'female_first_name') + yml_list('ro-MD', 'female_first_name')
MAS += yml_list('sv', 'male_first_name') + yml_list('ro-MD', 'male_first_name')
SURN += yml_list('sv', 'last_name') + yml_list('ro-MD', 'last_name')
SURN += yml_list('vi', 'first_name')          # vi keeps family names under first_name
VI_GIVEN = yml_list('vi', 'last_name')
GIVEN += VI_GIVEN
# invented and ordinary-word names, written here
FEM += ['marisol', 'tindra', 'oriel', 'brisa', 'june', 'hope', 'faith', 'ivy', 'dell']
MAS += ['corwin', 'tobiah', 'raff', 'will', 'grant', 'art', 'drew', 'heath']
SURN += ['quellwater', 'brannock', 'tessaly', 'ovenden', 'marchbank', 'stone', 'frost', 'wells',
         'finch', 'baker', 'rook', 'hollis', 'vandermoot', 'kelderman', 'oyelaran']
GIVEN = [g for g in GIVEN if ' ' not in g]

TOWNS = ['brackenridge', 'elm falls', 'port haldane', 'cedar bluff', 'wexmoor', 'linden hollow',
         'marrowby', 'saltcreek', 'north ashby', 'kettleton', 'fairhaven', 'quarry hill', 'dunmore',
         'rosalind springs', 'tallow point', 'oakhurst', 'little bracken', 'hopewell', 'liberty',
         'millbrook', 'varna ridge', 'east corliss', 'pennock', 'greywater', 'stillwell', 'amberton']
COUNTIES = ['harlow county', 'bexley county', 'marrow county', 'tamsin county', 'ossery county',
            'clearwater county', 'dunlin county', 'kestrel county']
HOODS = ['the flats', 'south end', 'riverside', 'old mill', 'ashgrove', 'the heights',
         'lower quarry', 'briar park', 'west haven', 'canal side']
STREETS = ['maple avenue', 'quillon road', 'tanager lane', 'orchard street', 'bellweather drive',
           'hobbs court', 'juniper way', 'saltmarsh road', 'mill lane', 'church street',
           'kestrel avenue', 'dovecote road', 'ferris boulevard', 'larkspur circle', 'pike street',
           'old county road', 'vantage terrace', 'weir road', 'ash grove', 'cobbler lane']
STATES = ['ohio', 'texas', 'florida', 'new york', 'california', 'illinois', 'georgia', 'oregon',
          'michigan', 'arizona', 'pennsylvania', 'washington', 'new jersey', 'colorado']
FACILITIES = ['the springfield clinic', 'saint brigid medical center', 'the lakeside dialysis unit',
              'north valley urgent care', 'the riverside infusion center', 'mercy east pharmacy',
              'the summit building', 'westgate imaging']

ONES = 'zero one two three four five six seven eight nine'.split()
TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ASIN = {'a': ['adam', 'apple'], 'b': ['boy', 'bravo'], 'c': ['charlie', 'cat'], 'd': ['david', 'dog'],
        'e': ['edward', 'echo'], 'f': ['frank', 'fox'], 'g': ['george', 'golf'], 'h': ['henry', 'house'],
        'j': ['john', 'juliet'], 'k': ['kilo', 'king'], 'm': ['mary', 'mike'], 'n': ['nancy', 'november'],
        'p': ['peter', 'papa'], 'r': ['robert', 'romeo'], 's': ['sam', 'sugar'], 't': ['tom', 'tango'],
        'u': ['uniform', 'umbrella'], 'v': ['victor', 'violet'], 'w': ['william', 'whiskey'],
        'x': ['x-ray', 'xray'], 'y': ['yellow', 'yankee'], 'z': ['zebra', 'zulu'], 'l': ['larry', 'lima'],
        'q': ['queen', 'quebec'], 'o': ['oscar', 'ocean'], 'i': ['india', 'ida']}
NATO = {k: v[1] if k in 'bdefgjknpruvwxyzlqoi' else v[0] for k, v in ASIN.items()}
NATO.update({'a': 'alpha', 'c': 'charlie', 'h': 'hotel', 'm': 'mike', 's': 'sierra', 't': 'tango'})
LET = 'abcdefghjkmnprstuvwxyz'


def d(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def L(n, pool=LET):
    return ''.join(R.choice(pool) for _ in range(n))


def two(n):
    n = int(n)
    if n < 10:
        return 'oh ' + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])


def digits_words(s, oh=True, doubles=True):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        w = 'oh' if c == '0' and oh and R.random() < 0.7 else ONES[int(c)]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c:
            out.append('triple ' + w); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.8:
            out.append('double ' + w); i += 2; continue
        out.append(w); i += 1
    return ' '.join(out)


def letter(c, style):
    if style == 'asin':
        return c + ' as in ' + R.choice(ASIN[c])
    if style == 'nato':
        return NATO[c]
    return c


def speak(s, style=None, groups=None):
    """An alphanumeric id as a caller reads it."""
    style = style or R.choice(['plain', 'plain', 'asin', 'nato', 'pairs'])
    if style == 'raw':
        return s.lower()
    parts = groups if groups else [s]
    said = []
    for p in parts:
        toks, buf = [], ''
        for c in p.lower():
            if c.isdigit():
                buf += c
                continue
            if buf:
                toks.append(num_run(buf, style)); buf = ''
            toks.append(letter(c, 'plain' if style == 'pairs' else style))
        if buf:
            toks.append(num_run(buf, style))
        said.append(' '.join(toks))
    return (' dash ' if groups and R.random() < 0.6 else ' ').join(said)


def num_run(buf, style):
    if style == 'pairs' and len(buf) % 2 == 0:
        return ' '.join(two(buf[i:i + 2]) for i in range(0, len(buf), 2))
    return digits_words(buf)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def npi():
    body = R.choice('12') + d(8)
    return body + luhn_digit('80840' + body)


def dea():
    first = R.choice('abfgm')
    ds = d(6)
    c = (int(ds[0]) + int(ds[2]) + int(ds[4]) + 2 * (int(ds[1]) + int(ds[3]) + int(ds[5]))) % 10
    return first + R.choice('bcdhklmnprstw') + ds + str(c)


def imei():
    body = R.choice(['35', '86', '01', '49']) + d(12)
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)}, 'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7,
           'h': 8, 'j': 1, 'k': 2, 'l': 3, 'm': 4, 'n': 5, 'p': 7, 'r': 9, 's': 2, 't': 3, 'u': 4,
           'v': 5, 'w': 6, 'x': 7, 'y': 8, 'z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    pool = '0123456789abcdefghjklmnprstuvwxyz'
    v = list(R.choice(['1', '2', '3', '5', 'j', 'w']) + ''.join(R.choice(pool) for _ in range(16)))
    v[9] = R.choice('lmnprst')
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = 'x' if s == 10 else str(s)
    return ''.join(v)


def mbi():
    no = 'acdefghjkmnpqrtuvwxy'
    an = no + '0123456789'
    return (R.choice('123456789') + R.choice(no) + R.choice(an) + d(1) + R.choice(no) + R.choice(an)
            + d(1) + R.choice(no) + R.choice(no) + d(2))


# ---------------------------------------------------------------- labelled values

def g_full():
    return R.choice(GIVEN + FEM + MAS) + ' ' + R.choice(SURN)


def g_ffull():
    return R.choice(FEM) + ' ' + R.choice(SURN)


def g_mfull():
    return R.choice(MAS) + ' ' + R.choice(SURN)


def g_spelled():
    s = R.choice([x for x in SURN if ' ' not in x and '-' not in x and "'" not in x and 4 <= len(x) <= 9])
    if R.random() < 0.4:
        i = R.randrange(len(s))
        return ' '.join(s[:i]) + (' ' if i else '') + ' '.join(
            (c + ' as in ' + R.choice(ASIN[c])) if j == 0 else c for j, c in enumerate(s[i:]))
    return ' '.join(s)


def g_town():
    return R.choice(TOWNS)


def g_townsp():
    t = R.choice([x for x in TOWNS if ' ' not in x])
    return ' '.join(t)


def g_county():
    return R.choice(COUNTIES)


def g_hood():
    return R.choice(HOODS)


def housenum():
    n = R.randint(2, 9899)
    if R.random() < 0.35:
        return str(n)
    if n >= 1000 and R.random() < 0.6:
        return two(n // 100).replace('oh ', 'oh ') + ' ' + (two(n % 100) if n % 100 else 'hundred')
    return digits_words(str(n), doubles=False)


def g_addr():
    a = housenum() + ' ' + R.choice(STREETS)
    if R.random() < 0.25:
        a += R.choice([' apartment ', ' unit ', ' apt ']) + R.choice([digits_words(d(1)), d(2), digits_words(d(1)) + ' ' + R.choice('abcd')])
    return a


def g_street():
    return R.choice(STREETS)


def g_zip():
    z = R.choice('0123456789') + d(4)
    return z if R.random() < 0.35 else digits_words(z)


def g_zip4():
    z = d(5) + '-' + d(4)
    return z if R.random() < 0.5 else digits_words(z[:5]) + ' dash ' + digits_words(z[6:])


def g_dl():
    fmt = R.choice(['ca', 'fl', 'ny', 'tx', 'il', 'wa', 'on', 'uk', 'nl', 'za', 'mi', 'pa'])
    if fmt == 'ca':
        return speak(L(1) + d(7))
    if fmt == 'fl':
        s = L(1) + d(12)
        return speak(s, groups=[s[:4], s[4:7], s[7:9], s[9:12], s[12:]])
    if fmt == 'ny':
        s = d(9)
        return speak(s, groups=[s[:3], s[3:6], s[6:]])
    if fmt == 'tx':
        return speak(d(8), 'plain')
    if fmt == 'il':
        s = L(1) + d(11)
        return speak(s, groups=[s[:4], s[4:8], s[8:]])
    if fmt == 'wa':
        return speak('wdl' + L(2) + d(4) + L(2) + d(1) if False else 'wdl' + L(6, LET + '0123456789'))
    if fmt == 'on':
        s = L(1) + d(14)
        return speak(s, groups=[s[:5], s[5:10], s[10:]])
    if fmt == 'uk':
        return speak(L(5) + d(6) + L(2) + d(1) + L(2))
    if fmt == 'nl':
        return speak(d(10), 'plain')
    if fmt == 'za':
        return speak(d(10) + L(2))
    if fmt == 'mi':
        s = L(1) + d(12)
        return speak(s, groups=[s[:1] + s[1:4], s[4:7], s[7:10], s[10:]])
    return speak(d(8), 'pairs')


def g_lic():
    return speak(R.choice(['md', 'rn', 'rph', 'np', 'pa', 'do']) + d(R.choice([5, 6, 7])), R.choice(['plain', 'pairs', 'asin']))


def g_npi():
    s = npi()
    return s if R.random() < 0.3 else speak(s, R.choice(['plain', 'pairs']))


def g_dea():
    s = dea()
    return s if R.random() < 0.25 else speak(s, R.choice(['plain', 'asin', 'nato']))


def g_plate():
    s = R.choice([d(1) + L(3) + d(3), L(3) + d(4), L(3) + d(3), d(3) + L(3), L(2) + d(2) + L(3)])
    return speak(s, R.choice(['plain', 'plain', 'nato', 'asin', 'raw']))


def g_vin():
    s = vin()
    return s if R.random() < 0.3 else speak(s, R.choice(['plain', 'nato']))


def g_serial():
    s = R.choice([L(2) + d(7), d(3) + L(1) + d(6), L(3) + d(2) + L(1) + d(5), L(1) + d(9), d(11), L(4) + d(8)])
    return speak(s, R.choice(['plain', 'plain', 'raw', 'asin', 'nato', 'pairs']))


def g_imei():
    s = imei()
    return s if R.random() < 0.3 else speak(s, 'plain', groups=[s[:2], s[2:8], s[8:14], s[14:]] if R.random() < 0.5 else None)


def g_member():
    s = R.choice([L(3) + d(9), d(9) + L(2), L(1) + d(8), L(2) + d(6) + d(2), 'x' + L(2) + d(9)])
    return speak(s)


def g_medicaid():
    s = R.choice([d(8) + L(1), L(2) + d(5) + L(1), d(12), L(1) + d(10)])
    return speak(s)


def g_mbi():
    s = mbi()
    if R.random() < 0.25:
        return s[:4] + '-' + s[4:7] + '-' + s[7:]
    return speak(s, groups=[s[:4], s[4:7], s[7:]] if R.random() < 0.5 else None)


def g_mrn():
    s = R.choice([d(7), d(8), 'mr' + d(6), d(2) + '-' + d(6), L(1) + d(7)])
    if '-' in s:
        return s if R.random() < 0.5 else speak(s.replace('-', ''), 'plain', groups=s.split('-'))
    return s if R.random() < 0.3 else speak(s)


def g_acct():
    s = R.choice([d(8), d(10), d(6) + d(3), 'pa' + d(7)])
    return s if R.random() < 0.3 else speak(s, R.choice(['plain', 'pairs']))


def g_phone():
    kind = R.random()
    if kind < 0.6:
        area = str(R.randint(201, 989))
        last = '01' + d(2)
        if R.random() < 0.4:
            return '(%s) 555-%s' % (area, last)
        return digits_words(area) + ' five five five ' + digits_words(last)
    if kind < 0.8:
        return 'oh seven seven double oh nine double oh ' + digits_words(d(3))
    return 'oh four nine one five seven oh ' + digits_words(d(3))


def g_email():
    user = R.choice(SURN).replace(' ', '').replace("'", '').replace('-', '')
    user = R.choice([user, R.choice(FEM + MAS)[:1] + ' dot ' + user, user + ' ' + two(d(2))])
    return user + ' at example dot ' + R.choice(['com', 'org', 'net'])


MONTHS = 'january february march april may june july august september october november december'.split()
ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
       'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
       'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second', 'twenty third',
       'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth']


def g_date():
    return R.choice(MONTHS) + ' ' + R.choice(ORD)


def g_dob():
    y = R.randint(1931, 2004)
    return R.choice(MONTHS) + ' ' + R.choice(ORD) + ' ' + two(str(y)[:2]) + ' ' + two(str(y)[2:])


LAB = {'NAME': {'full': g_full, 'ffull': g_ffull, 'mfull': g_mfull, 'spelled': g_spelled,
                'ffirst': lambda: R.choice(FEM), 'mfirst': lambda: R.choice(MAS),
                'first': lambda: R.choice(GIVEN), 'sur': lambda: R.choice(SURN)},
       'LOCATION': {'town': g_town, 'townsp': g_townsp, 'county': g_county, 'hood': g_hood},
       'ADDRESS': {'addr': g_addr, 'street': g_street},
       'ZIP': {'zip': g_zip, 'zip4': g_zip4},
       'LICENSE': {'dl': g_dl, 'lic': g_lic, 'npi': g_npi, 'dea': g_dea,
                   'dld': lambda: speak('d' + d(7), R.choice(['plain', 'asin']))},
       'VEHICLE_ID': {'plate': g_plate, 'vin': g_vin},
       'DEVICE_ID': {'serial': g_serial, 'imei': g_imei},
       'HEALTH_PLAN_ID': {'member': g_member, 'medicaid': g_medicaid, 'mbi': g_mbi},
       'MRN': {'mrn': g_mrn}, 'ACCOUNT': {'acct': g_acct}, 'PHONE': {'phone': g_phone},
       'EMAIL': {'email': g_email}, 'DATE': {'date': g_date}, 'DOB': {'dob': g_dob},
       'AGE': {'age': lambda: R.choice(['ninety', 'ninety one', 'ninety three', '94', 'ninety six'])}}

# ---------------------------------------------------------------- unlabelled values

PLAIN = {
    'state': lambda: R.choice(STATES),
    'facility': lambda: R.choice(FACILITIES),
    'model': lambda: R.choice(['s ten', 'air sense eleven', 'g seven', 'x two', 'series nine', 'seven eighty g', 'mini five']),
    'lot': lambda: speak(L(2) + d(4), 'plain'),
    'ndc': lambda: digits_words(d(5)) + ' dash ' + digits_words(d(3)) + ' dash ' + digits_words(d(2)),
    'grp': lambda: speak(d(R.choice([5, 6])), 'plain'),
    'claim': lambda: speak(d(R.choice([9, 11])), 'plain'),
    'room': lambda: R.choice(['four twelve', 'two oh six', '318', 'three nineteen', 'five fourteen b']),
    'bed': lambda: R.choice(['bed two', 'bed b', 'bed four']),
    'dose': lambda: R.choice(['twenty milligrams', 'five hundred milligrams', 'ten units', 'two puffs', '0.5 mg']),
    'price': lambda: R.choice(['forty two dollars', '$18.50', 'a hundred and twelve dollars', 'nine ninety nine']),
    'last4': lambda: digits_words(d(4)),
    'month': lambda: R.choice(MONTHS),
    'day': lambda: R.choice(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']),
    'time': lambda: R.choice(['nine thirty', 'two fifteen', '10:45', 'quarter past eight']),
    'fill': lambda: R.choice(['um', 'uh', 'uh', 'um', 'so', 'okay so', 'yeah']),
    'year': lambda: R.choice(['nineteen fifty two', 'nineteen sixty eight', 'nineteen seventy four', '1983']),
    'exp': lambda: R.choice(MONTHS) + ' ' + R.choice(['twenty twenty six', 'twenty twenty seven', '2026']),
    'mins': lambda: R.choice(['ten', 'fifteen', 'twenty', 'forty five']),
}

SLOT = re.compile(r'\{([A-Z_]+:)?([a-z0-9]+)\}')


def render(tpl):
    last = {}

    def sub(m):
        if m.group(1):
            kind = m.group(1)[:-1]
            if m.group(2) == 'again':          # the caller repeats the value just said
                return '[[%s|%s]]' % (kind, last[kind])
            last[kind] = LAB[kind][m.group(2)]()
            return '[[%s|%s]]' % (kind, last[kind])
        return PLAIN[m.group(2)]()
    return SLOT.sub(sub, tpl)


# ---------------------------------------------------------------- templates
PHI_T = [
    # driver's licences
    "{fill} my driver's license number is {LICENSE:dl} and it's a {state} license",
    "okay the license number uh {LICENSE:dl} that's from {state} it expires in {month}",
    "it starts with a b as in boy no sorry d as in david so the whole thing is {LICENSE:dld}",
    "hang on let me get my wallet um okay driver's license {LICENSE:dl}",
    "the dl number is {LICENSE:dl} i'll say that again {LICENSE:again}",
    "{fill} for the id they wanted my license so it's {LICENSE:dl} issued in {state}",
    "my licence is from overseas {LICENSE:dl} does that work for you",
    "it's an out of state licence the number is {LICENSE:dl} is that okay",
    "yes the license is {LICENSE:dl} and my name on it is {NAME:full}",
    "uh license number {LICENSE:dl} no wait i read that wrong it's {LICENSE:dl}",
    "{fill} my husband {NAME:mfull} his license is {LICENSE:dl} he's the one driving me",
    "the driving licence number is {LICENSE:dl} it's a long one sorry",
    # licence plates, vins
    "the car is a grey sedan plate {VEHICLE_ID:plate} i'll be in the parking lot at {facility}",
    "my plate number is {VEHICLE_ID:plate} for the parking validation",
    "{fill} the tag on the van is {VEHICLE_ID:plate} it's a {state} plate",
    "the vin is on the insurance card it says {VEHICLE_ID:vin}",
    "the plate is {VEHICLE_ID:plate} no wait that's my old car it's {VEHICLE_ID:plate}",
    "my daughter {NAME:ffirst} is picking me up her plate is {VEHICLE_ID:plate} she'll wait out front",
    # devices
    "the serial number on the cpap is {DEVICE_ID:serial} it's the {model} model",
    "okay on the back of the insulin pump it says sn {DEVICE_ID:serial}",
    "{fill} the glucose meter serial is {DEVICE_ID:serial} and it keeps giving me an error",
    "the hearing aid serial number the left one is {DEVICE_ID:serial}",
    "they asked for the pacemaker serial it's on my card {DEVICE_ID:serial}",
    "the oxygen concentrator the serial is {DEVICE_ID:serial} and it's beeping every {mins} minutes",
    "the wheelchair has a sticker serial {DEVICE_ID:serial} the left wheel is broken",
    "my phone's imei is {DEVICE_ID:imei} for the app registration",
    "{fill} the imei number it's {DEVICE_ID:imei} i got it from the settings",
    "serial number {DEVICE_ID:serial} the last part is hard to read it might be smudged",
    "the cgm transmitter id is {DEVICE_ID:serial} and i changed it on {day}",
    "okay the serial is {DEVICE_ID:serial} wait that's the model no the serial is {DEVICE_ID:serial}",
    "the pump belongs to my son {NAME:mfirst} and the serial is {DEVICE_ID:serial}",
    "the nebulizer they sent has serial {DEVICE_ID:serial} but the box says a different one",
    # health plan ids
    "my member id is {HEALTH_PLAN_ID:member} group number {grp}",
    "subscriber id {HEALTH_PLAN_ID:member} and the subscriber is my wife {NAME:ffull}",
    "the medicaid number is {HEALTH_PLAN_ID:medicaid} she's on {state} medicaid",
    "{fill} my medicare number is {HEALTH_PLAN_ID:mbi} the new one not the old one",
    "the medicare card says {HEALTH_PLAN_ID:mbi} and the name is {NAME:full}",
    "the member id um {HEALTH_PLAN_ID:member} sorry i'll repeat that {HEALTH_PLAN_ID:again}",
    "okay it's {HEALTH_PLAN_ID:mbi} that's my medicare beneficiary id on the red white and blue card",
    "policy number {HEALTH_PLAN_ID:member} and the claim number is {claim}",
    "my mom's medicaid id is {HEALTH_PLAN_ID:medicaid} she lives over in {LOCATION:town}",
    "the id on the card is {HEALTH_PLAN_ID:member} the group is {grp} and the plan is a ppo",
    "member number {HEALTH_PLAN_ID:member} i think the first letter is an m or an n it's worn off",
    "for medicare it's {HEALTH_PLAN_ID:mbi} and the secondary is medicaid {HEALTH_PLAN_ID:medicaid}",
    # mrn and accounts
    "my medical record number is {MRN:mrn} from when i was at {facility}",
    "the chart number on the bracelet says {MRN:mrn} if that helps",
    "{fill} the patient id on the letter is {MRN:mrn} for {NAME:full}",
    "the account number on the bill is {ACCOUNT:acct} and it says i owe {price}",
    "i'm calling about account {ACCOUNT:acct} i already paid that in {month}",
    "mrn {MRN:mrn} no sorry that's an old one let me check",
    "the billing account is {ACCOUNT:acct} the guarantor is {NAME:full}",
    "my hospital number is {MRN:mrn} and i'm in {room} {bed}",
    # prescribers
    "the npi on the label is {LICENSE:npi} for {NAME:full}",
    "the prescriber's dea number is {LICENSE:dea} it's printed at the bottom",
    "her license number is {LICENSE:lic} she's a nurse practitioner",
    "{fill} the doctor's npi is {LICENSE:npi} and the dea is {LICENSE:dea}",
    "the prescription says dr {NAME:full} npi {LICENSE:npi}",
    "the dea on the bottle {LICENSE:dea} i can read it back if you need",
    "his medical license is {LICENSE:lic} in {state}",
    "the npi is {LICENSE:npi} wait the last part is smudged it could be a three",
    # where people are
    "i'm out in {LOCATION:town} about forty minutes from you",
    "{fill} we live over in {LOCATION:hood} near the old water tower",
    "{fill} i'm just outside {LOCATION:town} on {ADDRESS:street} by the feed store",
    "we're somewhere between {LOCATION:town} and {LOCATION:town} on the highway",
    "{LOCATION:town} {fill} yes that's the town i'm in right now",
    "uh {LOCATION:town} that's where i am right now at my cousin's",
    "the town is spelled {LOCATION:townsp} that's it that's the whole thing",
    "i'm in {LOCATION:county} not the city the county",
    "my address is {ADDRESS:addr} in {LOCATION:town} zip {ZIP:zip}",
    "it's {ADDRESS:addr} {LOCATION:town} {state} {ZIP:zip}",
    "send it to {ADDRESS:addr} the zip is {ZIP:zip4}",
    "i moved i'm at {ADDRESS:addr} now over in {LOCATION:hood}",
    "the zip code is {ZIP:zip} i'm pretty sure yeah {ZIP:again}",
    "near {LOCATION:town} {fill} by the grain elevator you can't miss it",
    "{fill} we're on {ADDRESS:street} in {LOCATION:town} the blue house",
    "the house number is {ADDRESS:addr} and it's the back door",
    "she lives in {LOCATION:town} over by {LOCATION:hood} with her daughter {NAME:ffull}",
    "we just moved from {LOCATION:town} to {LOCATION:town} in {month}",
    "my zip is {ZIP:zip} and the street is {ADDRESS:street}",
    "out near {LOCATION:county} line on {ADDRESS:addr}",
    "i'm staying at my son's place {ADDRESS:addr} {LOCATION:town} till {day}",
    "it's {LOCATION:townsp} {LOCATION:town} in {state}",
    "i'm in {LOCATION:town} {fill} no sorry {LOCATION:town} that's the next town over",
    "we're over in {LOCATION:town} the zip there is {ZIP:zip}",
    "the pharmacy near me is in {LOCATION:town} i live on {ADDRESS:street}",
    "my mother {NAME:ffull} she's {AGE:age} but she lives alone in {LOCATION:town}",
    "deliver to {ADDRESS:addr} gate code is {last4}",
    "{fill} the old address was {ADDRESS:addr} but now it's {ADDRESS:addr}",
    # names with ids and places
    "this is {NAME:full} calling from {LOCATION:town} about my cpap",
    "hi it's {NAME:mfull} my member id is {HEALTH_PLAN_ID:member}",
    "the last name is {NAME:spelled} and i'm in {LOCATION:town}",
    "{NAME:full} that's the patient she's in {room} at {facility}",
    "yeah my name's {NAME:ffirst} {fill} she told me to call she said her plate was {VEHICLE_ID:plate}",
    "i'm calling for my neighbour {NAME:mfull} he lives at {ADDRESS:addr}",
    "the account's under {NAME:full} account number {ACCOUNT:acct}",
    "spell the surname for you it's {NAME:spelled} first name {NAME:first}",
    "it's {NAME:sur} {NAME:spelled} and the member id is {HEALTH_PLAN_ID:member}",
    "{NAME:ffull} her phone is {PHONE:phone} she's out in {LOCATION:hood}",
    "call me back at {PHONE:phone} i'm over in {LOCATION:town}",
    "my email is {EMAIL:email} and the zip is {ZIP:zip}",
    "i had the fitting on {DATE:date} and the hearing aid serial is {DEVICE_ID:serial}",
    "date of birth {DOB:dob} and the medicare number is {HEALTH_PLAN_ID:mbi}",
    "the pump was replaced on {DATE:date} new serial is {DEVICE_ID:serial}",
    "i was born {DOB:dob} and my license is {LICENSE:dl}",
    "{fill} the driver is {NAME:mfull} the plate {VEHICLE_ID:plate} he's outside {facility}",
    "{NAME:full} from {LOCATION:town} yeah that's me i called yesterday",
    "it's under {NAME:ffull} she's my wife and she'll pick it up in {LOCATION:town}",
    "my caseworker is {NAME:full} and my medicaid is {HEALTH_PLAN_ID:medicaid}",
    "the technician {NAME:mfirst} came out to {ADDRESS:addr} and took the old concentrator serial {DEVICE_ID:serial}",
    "he's at his sister's in {LOCATION:town} her name is {NAME:ffull}",
    "the record number for {NAME:full} is {MRN:mrn} and she was admitted {DATE:date}",
    "{fill} the meter serial {DEVICE_ID:serial} and my chart number is {MRN:mrn}",
    "the npi {LICENSE:npi} that's for the clinic in {LOCATION:town} right",
    "i'm in {LOCATION:town} at {ADDRESS:addr} and the plate on my car is {VEHICLE_ID:plate}",
    "the imei is {DEVICE_ID:imei} and the email on the account is {EMAIL:email}",
    "we're just past {LOCATION:town} heading to {LOCATION:county} my husband {NAME:mfirst} is driving",
    "the wheelchair is registered to {NAME:full} at {ADDRESS:addr} {ZIP:zip}",
    "yes that's right and the town i'll spell it {LOCATION:townsp} it's a small place",
    "my son {NAME:mfull} his license {LICENSE:dl} he's on the policy too",
    "the hearing aid is my dad's {NAME:mfirst} and he's in {LOCATION:hood}",
    "so the medicaid id {HEALTH_PLAN_ID:medicaid} the first part is letters i think",
    "my landlord {NAME:full} says the address is {ADDRESS:addr} not {ADDRESS:street}",
]

FREE_T = [
    "the model is a {model} i don't know where the serial is",
    "the lot number on the box is {lot} and it expires {exp}",
    "the ndc on the bottle is {ndc} is that the right one",
    "my group number is {grp} do you need anything else",
    "the claim number they gave me is {claim} it was denied",
    "she's in room {room} {bed} on the third floor",
    "he takes {dose} twice a day with food",
    "the copay was {price} and i paid it already",
    "the last four of my social are {last4}",
    "i'm calling from {state} does that matter for the plan",
    "i'm at {facility} now the main street entrance is closed",
    "{fill} can you send the new pump to the pharmacy i don't want it at home",
    "park by the main street entrance and take the elevator to the second floor",
    "will you be able to check if the sensor was shipped yet",
    "may i ask what time the technician will show up on {day}",
    "i hope so because the concentrator is beeping again every {mins} minutes",
    "grant me a minute i have to find the card in my purse",
    "mark it as urgent please the meter is broken since {month}",
    "the bill came on {day} and it says {price}",
    "i was born in {year} if that helps with anything",
    "the appointment is at {time} on {day} at {facility}",
    "the pacemaker check is due in {month} they said",
    "my blood sugar was one eighty this morning and the meter said error",
    "i need the part number for the tubing it's the {model} mask",
    "we're on the west side of the building by the loading dock",
    "the expiry date on the test strips is {exp} are they still okay",
    "it's a {state} medicaid plan but i don't have the card with me",
    "i'm not sure of the serial the sticker came off",
    "the springfield office said to call you about the replacement",
    "he's eighty four and he uses the oxygen at night only",
    "turn left at the church and it's the third door on the right",
    "the wheelchair needs a new battery it only lasts {mins} minutes",
    "i can't read the numbers my eyes aren't good can you just look it up",
    "the pharmacy on main street has the insulin in stock",
    "i drive a white pickup and i'll park near the front entrance",
    "the hearing aid needs size three one two batteries",
    "we got {dose} in the box and the lot is {lot}",
    "rose from the pharmacy said to call back on {day}",
    "the code on the box is {ndc} and the price was {price}",
    "i called on {day} and nobody called me back about the cpap",
    "the summit building is where the sleep lab is right",
    "sterling says the tubing goes on the left side not the right",
    "room {room} is where my mother is staying until {day}",
    "the license plate light is out but that's not why i'm calling",
    "is the clinic in the county building or the new one on the hill",
]


# ---------------------------------------------------------------- checks

LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')
KINDS = set(LAB)
CUES = re.compile(r"\b(my number is|dob|fax|date of birth|born|dr|mr|mrs|ms|miss|doctor|prof)\b|'s\b")


def check(lines):
    errors = []
    seen = set()
    free = 0
    for line in lines[1:]:
        ident, text = line.split('\t')
        if text in seen:
            errors.append('duplicate text ' + ident)
        seen.add(text)
        rest = LABEL.sub('', text)
        if '[[' in rest or ']]' in rest or '|' in rest:
            errors.append('bad markup ' + ident)
        labels = LABEL.findall(text)
        if not labels:
            free += 1
        for kind, val in labels:
            if kind not in KINDS:
                errors.append('unknown kind ' + ident)
            if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
                errors.append('label edge ' + ident)
            if CUES.search(val):
                errors.append('cue in label ' + ident)
        words = LABEL.sub(lambda m: m.group(2), text).split()
        if not 8 <= len(words) <= 48:
            errors.append('length %d %s %s' % (len(words), ident, text))
    if free != PHI_FREE:
        errors.append('phi-free %d' % free)
    return errors


def main():
    if len(PHI_T) < 60 or len(PHI_T) * 2 < TOTAL - PHI_FREE:
        sys.exit('not enough templates')
    if len(set(PHI_T)) != len(PHI_T) or len(set(FREE_T)) != len(FREE_T) or len(FREE_T) < PHI_FREE:
        sys.exit('template lists wrong')
    n_phi = TOTAL - PHI_FREE
    order = R.sample(PHI_T, len(PHI_T)) + R.sample(PHI_T, n_phi - len(PHI_T))
    rows, seen = [], set()
    for tpl in order:
        for _ in range(50):
            t = render(tpl)
            if t not in seen:
                break
        seen.add(t)
        rows.append(t)
    for tpl in R.sample(FREE_T, PHI_FREE):
        t = render(tpl)
        seen.add(t)
        rows.append(t)
    R.shuffle(rows)
    uses = {}
    for t in order:
        uses[t] = uses.get(t, 0) + 1
    if max(uses.values()) > 2:
        sys.exit('template used more than twice')
    head = ('# voice-dev14b.tsv: generated by masker-domain/src/test/scripts/holdout14_voice_dev_b.py '
            '(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales nl, sv, ro-MD, vi, en-ZA, fr, '
            'diacritics dropped) and invented names, streets and towns written for Masker; caller turns '
            'reading identifiers aloud (driver\'s licences, plates, device serials, IMEIs, member, Medicaid '
            'and Medicare ids, record and account numbers, NPI, DEA and prescriber licences) and saying '
            'where they are; a development set; every value invented.' % SEED)
    lines = [head] + ['%s%03d\t%s' % (PREFIX, i + 1, t) for i, t in enumerate(rows)]
    errors = check(lines)
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        sys.exit(1)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    counts = {}
    for line in lines[1:]:
        for kind, _ in LABEL.findall(line):
            counts[kind] = counts.get(kind, 0) + 1
    print('turns %d, phi-free %d, phi templates %d, free templates %d' % (
        len(lines) - 1, PHI_FREE, len(PHI_T), len(FREE_T)))
    print(' '.join('%s=%d' % kv for kv in sorted(counts.items())))


if __name__ == '__main__':
    main()
