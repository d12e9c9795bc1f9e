#!/usr/bin/env python3
"""Seventeenth-round voice development set, part a, for Masker: where the caller lives, stays, was
and wants to go.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
170171). Given names and surnames come from Datafaker 2.7.0's locale yml files (Apache-2.0):
pt-BR, sv, fi-FI, tr and nb-NO; en-CA holds no name lists in 2.7.0, so da-DK stands in for it.
They are combined at random so no real person is meant, diacritics dropped as speech-to-text
drops them, female and male given names kept apart where a pronoun follows, plus invented and
ordinary-word names, streets and towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df17
    python3 masker-domain/src/test/scripts/holdout17_voice_dev_a.py [/tmp/df17]

Every value is invented: house numbers and ZIP codes are random digits, streets and towns are
invented or ordinary words, phone numbers come only from the North American range kept for fiction
(555-0100 to 555-0199). The script checks what it writes and exits non-zero when a check fails.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 170171
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev17a.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df17'
TOTAL = 260
PHI_FREE = 45
PREFIX = 'vd17a'
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}
LOCALES = ['pt-BR', 'sv', 'fi-FI', 'tr', 'nb-NO', 'da-DK']
TITLES = {'dr', 'mr', 'mrs', 'ms', 'miss', 'mister', 'doctor', 'nurse'}
CUES = {'fax', 'dob', 'born', 'birth', 'birthday', 'phone', 'zip', 'zipcode', 'address', 'my',
        'is', 'lives', 'live', 'in'}
CUE_PHRASES = ['my number is', 'number is', 'zip code', 'date of birth', 'the address']

# ---------------------------------------------------------------- names from Datafaker
TRANS = str.maketrans({'ı': 'i', 'İ': 'I', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'ß': 'ss',
                       'đ': 'd', 'ł': 'l', 'ð': 'd', 'þ': 'th'})


def plain(s):
    s = unicodedata.normalize('NFKD', s.translate(TRANS))
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('-', ' ').lower()
    return re.sub(r'\s+', ' ', s).strip()


def yml_list(path, key):
    text = open(path, encoding='utf-8').read()
    m = re.search(r'^\s+' + key + r':\s*\[', text, re.M)
    if not m:
        return []
    end = text.index(']', m.end())
    body = text[m.end():end]
    items = re.findall(r'"([^"]*)"|([^,\s"][^,]*[^,\s"]|[^,\s"])', body)
    return [plain(a or b) for a, b in items if (a or b).strip()]


FEMALE, MALE, SUR = [], [], []
for loc in LOCALES:
    p = os.path.join(DF, loc + '.yml')
    if not os.path.exists(p):
        sys.exit('missing ' + p + ' (unzip Datafaker first, see the docstring)')
    f, m, s = yml_list(p, 'female_first_name'), yml_list(p, 'male_first_name'), yml_list(p, 'last_name')
    if not (f and m and s):
        sys.exit('name lists missing in ' + p)
    FEMALE += f
    MALE += m
    SUR += s
OK = re.compile(r'^[a-z][a-z \']*[a-z]$')
FEMALE = sorted({x for x in FEMALE if OK.match(x) and x not in set(MALE)})
MALE = sorted({x for x in MALE if OK.match(x)} - set(FEMALE))
SUR = sorted({x for x in SUR if OK.match(x) and len(x) > 2})

# invented and ordinary-word names, written for this set
FEMALE_INV = ['hope', 'june', 'dawn', 'ivy', 'joy', 'summer', 'faith', 'tamsin', 'orla', 'maridel',
              'kessa', 'liora', 'bettina', 'wren']
MALE_INV = ['will', 'mark', 'grant', 'chase', 'rusty', 'dale', 'cliff', 'bud', 'torvin', 'ansel',
            'jory', 'dashiell', 'lem']
SUR_INV = ['stone', 'wells', 'fields', 'brooks', 'frost', 'hill', 'moss', 'bell', 'marsh', 'king',
           'brannock', 'tessaly', 'marwick', 'pellow', 'vantreese', 'cordry', 'hallock', 'dunmire',
           'kettleby', 'larrabee', 'fenwright', 'oyelaran', 'quintard', 'sorrell', 'mcateer']

# invented streets and towns, some ordinary words, written for this set
STREET_CORE = ['hollis creek', 'tamarack bend', 'quarry hollow', 'pellman', 'windle', 'saddlebrook',
               'kessling', 'old fenner', 'blue heron', 'larkspur', 'cobble ridge', 'amberly',
               'dunmore', 'thistledown', 'ravenwood', 'marrow hill', 'gannet', 'brisbee', 'coulter',
               'lantern hill', 'sawmill', 'foxglove', 'orrin', 'wick hollow', 'stillwell',
               'church', 'mill', 'union', 'spring', 'water', 'schoolhouse', 'orchard', 'railroad',
               'liberty', 'market', 'meadow', 'pleasant', 'center', 'pine', 'high', 'bridge', 'depot',
               'ingrid', 'walter', 'martha', 'sullivan', 'anders', 'rosalind', 'pauline', 'hector',
               'north ninth', 'west fourth', 'east twenty second', 'south third']
STREET_TYPE = ['street', 'road', 'avenue', 'lane', 'drive', 'court', 'way', 'boulevard', 'place',
               'circle', 'trail', 'terrace', 'pike', 'road', 'street', 'drive', 'avenue']
TOWN1 = ['ashvale', 'corbinton', 'tessford', 'dunmoor', 'kelloway', 'varnum', 'orrick', 'pembry',
         'halsworth', 'quenby', 'marlow', 'brackton', 'wendlow', 'ostrava', 'fairhaven',
         'hope', 'liberty', 'harmony', 'friendship', 'unity', 'eden', 'welcome', 'comfort', 'hazard',
         'independence', 'mercy', 'energy', 'bliss']
TOWN2 = ['plain city', 'cedar bluff', 'north tillery', 'port haddon', 'saint aldric', 'mason springs',
         'fox hollow', 'river bend', 'glen ardie', 'west pembry', 'rising sun', 'big prairie',
         'lower marrow', 'east quenby', 'new tessford', 'sulphur well', 'bell buckle']
TOWN3 = ['little elk crossing', 'north fork junction', 'saint aldric landing', 'lake of pines',
         'west plain city', 'port haddon heights', 'mount vernon springs', 'cedar bluff mills']
COUNTY = ['tillman', 'orrick', 'vasquez', 'greer', 'hallam', 'ponder', 'barlow', 'keel']
NEIGHBOURHOOD = ['briar glen', 'millers crossing', 'east hollow', 'the pines addition', 'kessler park',
                 'oak terrace', 'tanner flats', 'river ward']
STATES = ['ohio', 'kentucky', 'texas', 'oregon', 'georgia', 'maine', 'iowa', 'montana', 'arkansas',
          'vermont', 'north carolina', 'new mexico', 'wisconsin', 'tennessee', 'idaho', 'indiana',
          'virginia', 'missouri', 'nebraska', 'alabama']
FILL = ['um', 'uh', 'so', 'like', 'okay', 'yeah', 'uh huh', 'you know', 'i mean', 'well', 'um so',
        'uh yeah', 'hmm', 'let me see', 'okay um']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']

# ---------------------------------------------------------------- numbers in words
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
        'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {'one': 'first', 'two': 'second', 'three': 'third', 'five': 'fifth', 'eight': 'eighth',
       'nine': 'ninth', 'twelve': 'twelfth'}


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' ' + words(n % 100))
    return words(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else ' ' + words(n % 1000))


def ordinal(n):
    w = words(n).split()
    last = w[-1]
    if last in ORD:
        w[-1] = ORD[last]
    elif last.endswith('y'):
        w[-1] = last[:-1] + 'ieth'
    else:
        w[-1] = last + 'th'
    return ' '.join(w)


def pair(n):
    """House numbers as callers say them: 2205 twenty two oh five, 1840 eighteen forty."""
    if n < 100:
        return words(n)
    hi, lo = divmod(n, 100)
    if lo == 0:
        return words(hi) + ' hundred' if hi < 10 or R.random() < 0.5 else words(hi) + ' hundred'
    lo_w = 'oh ' + ONES[lo] if lo < 10 else words(lo)
    return words(hi) + ' ' + lo_w


def digit_words(s, doubles=True):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        w = 'oh' if d == '0' and R.random() < 0.8 else ONES[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
            out.append('triple ' + w)
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append('double ' + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return ' '.join(out)


def lab(kind, text):
    return '[[%s|%s]]' % (kind, text)


# ---------------------------------------------------------------- value generators
def g_female():
    return R.choice(FEMALE_INV) if R.random() < 0.15 else R.choice(FEMALE)


def g_male():
    return R.choice(MALE_INV) if R.random() < 0.15 else R.choice(MALE)


def g_sur():
    return R.choice(SUR_INV) if R.random() < 0.15 else R.choice(SUR)


def house_number_value():
    k = R.random()
    if k < 0.55:
        return R.randint(1000, 9899)
    if k < 0.85:
        return R.randint(100, 999)
    return R.randint(2, 99)


def say_house(n):
    k = R.random()
    s = str(n)
    if k < 0.3:
        return s
    if k < 0.75 or n < 100:
        return pair(n)
    if k < 0.9:
        return digit_words(s, doubles=False)
    return words(n)


def street():
    core = R.choice(STREET_CORE)
    if R.random() < 0.12:
        core = R.choice(SUR) if R.random() < 0.5 else R.choice(MALE + FEMALE)
    return core + ' ' + R.choice(STREET_TYPE)


def unit():
    k = R.randrange(9)
    n = R.randint(1, 40)
    letter = R.choice('abcdef')
    return [
        'apartment %s' % words(n),
        'apartment %s %s' % (words(R.randint(1, 9)), letter),
        'apt %d%s' % (n, letter),
        'unit %s' % (str(n * 3) if R.random() < 0.5 else words(n * 3)),
        'number %s' % words(R.randint(1, 12)),
        'lot %s' % words(R.randint(1, 99)),
        'space %s' % words(R.randint(1, 60)),
        'building %s' % R.choice('abcdefg'),
        'trailer %s' % words(R.randint(1, 30)),
    ][k]


def address(with_unit=None):
    s = say_house(house_number_value()) + ' ' + street()
    if with_unit is None:
        with_unit = R.random() < 0.35
    if with_unit:
        s += ' ' + unit()
    return s


def po_box():
    n = str(R.randint(10, 9999))
    k = R.randrange(5)
    return ['p o box ' + digit_words(n), 'po box ' + n, 'post office box ' + pair(int(n)),
            'p.o. box ' + n, 'box ' + digit_words(n)][k] if k < 4 else 'p o box ' + n


def rural_route():
    r = R.randint(1, 9)
    b = R.randint(10, 499)
    return R.choice(['rural route %s box %s' % (words(r), words(b)), 'r r %d box %d' % (r, b),
                     'route %s box %s' % (words(r), pair(b))])


def county_road():
    return say_house(house_number_value()) + ' ' + R.choice(
        ['county road %s' % words(R.randint(1, 400)), 'county road %s' % R.choice('abcdkmz') * 1,
         'c r %d' % R.randint(1, 900), 'county road %s' % R.choice(['double a', 'h h', 'j'])])


def highway():
    return say_house(house_number_value()) + ' ' + R.choice(
        ['state highway %s' % words(R.randint(1, 99)), 'highway %s' % words(R.randint(1, 99)),
         'highway %d north' % R.randint(1, 299), 'us highway %s' % words(R.randint(1, 99)),
         'state route %s' % words(R.randint(1, 99)), 'farm to market road %s' % words(R.randint(100, 999))])


def town(words_n=None):
    k = words_n or R.choice([1, 1, 1, 2, 2, 3])
    return R.choice({1: TOWN1, 2: TOWN2, 3: TOWN3}[k])


def zip5():
    while True:
        z = ''.join(R.choice('0123456789') for _ in range(5))
        if z != '00000' and z[0] != '0' or R.random() < 0.15:
            return z


def say_zip(z, mode=None):
    mode = mode or R.choice(['w', 'w', 'w', 'd', 'd', 'pair'])
    if mode == 'd':
        return z
    if mode == 'pair' and z[1] != '0' and z[3] != '0':
        return ONES[int(z[0])] + ' ' + words(int(z[1:3])) + ' ' + words(int(z[3:5]))
    return digit_words(z)


def zip4():
    z, f = zip5(), '%04d' % R.randint(1, 9999)
    k = R.randrange(4)
    if k == 0:
        return z + '-' + f
    if k == 1:
        return digit_words(z) + ' dash ' + digit_words(f)
    if k == 2:
        return digit_words(z) + ' ' + digit_words(f)
    return z + ' ' + f


def phone():
    area = R.choice(['216', '502', '614', '405', '207', '319', '406', '501', '802', '919', '505'])
    line = '01%02d' % R.randint(0, 99)
    k = R.randrange(3)
    if k == 0:
        return '%s-555-%s' % (area, line)
    if k == 1:
        return '(%s) 555-%s' % (area, line)
    return digit_words(area) + ' five five five ' + digit_words(line)


def a_date():
    m = R.choice(MONTHS)
    d = R.randint(1, 28)
    return R.choice(['%s %s' % (m, ordinal(d)), 'the %s of %s' % (ordinal(d), m), '%s %d' % (m, d),
                     '%s twenty %s' % (m, words(R.randint(15, 24))), '%d/%d/%d' % (MONTHS.index(m) + 1, d, R.randint(2019, 2024))])


def a_dob():
    m = R.choice(MONTHS)
    d = R.randint(1, 28)
    y = R.randint(1928, 1990)
    return R.choice(['%s %s nineteen %s' % (m, ordinal(d), words(y % 100)), '%d/%d/%d' % (MONTHS.index(m) + 1, d, y),
                     'the %s of %s %s' % (ordinal(d), m, 'nineteen ' + words(y % 100))])


def spell(name):
    w = name.split()[-1]
    return (' ' if R.random() < 0.7 else ' - ').join(w)


def corr_house():
    """an address with a swapped house number corrected: both numbers are labelled."""
    a = R.randint(1, 2)
    b, c = R.sample(range(1, 10), 2)
    wrong, right = pair(a * 1000 + c * 100 + b * 10), pair(a * 1000 + b * 100 + c * 10)
    st = street()
    return '%s %s no wait %s not %s' % (lab('ADDRESS', wrong + ' ' + st), R.choice(['sorry', 'hang on', 'it is']),
                                         lab('ADDRESS', right), lab('ADDRESS', wrong))


def renumber():
    """a house renumbered: the old and the new address are both labelled."""
    st = street()
    return 'it used to be %s but they renumbered it so now it\'s %s %s same house' % (
        lab('ADDRESS', say_house(house_number_value()) + ' ' + st), lab('ADDRESS', say_house(house_number_value()) + ' ' + st),
        R.choice(FILL))


def spell_town():
    t = R.choice([x for x in TOWN1 if len(x) <= 8])
    return '%s %s %s' % (lab('LOCATION', t), R.choice(['that\'s', 'like', 'spelled']), lab('LOCATION', ' '.join(t)))


def corr_zip():
    z = zip5()
    w = list(z)
    i = R.randrange(4)
    w[i], w[i + 1] = w[i + 1], w[i]
    w = ''.join(w)
    if w == z:
        w = z[:4] + str((int(z[4]) + 1) % 10)
    return '%s no %s %s' % (lab('ZIP', say_zip(w, 'w')), R.choice(['sorry', 'wait', 'i mean', 'scratch that']),
                            lab('ZIP', say_zip(z, 'w')))


GEN = {
    'F': lambda: R.choice(FILL),
    'NF': lambda: lab('NAME', g_female() + ' ' + g_sur()),
    'NM': lambda: lab('NAME', g_male() + ' ' + g_sur()),
    'N': lambda: lab('NAME', (g_female() if R.random() < 0.5 else g_male()) + ' ' + g_sur()),
    'GF': lambda: lab('NAME', g_female()),
    'GM': lambda: lab('NAME', g_male()),
    'S': lambda: lab('NAME', g_sur()),
    'A': lambda: lab('ADDRESS', address()),
    'A0': lambda: lab('ADDRESS', address(False)),
    'AU': lambda: lab('ADDRESS', address(True)),
    'H': lambda: lab('ADDRESS', say_house(house_number_value())),
    'ST': lambda: lab('ADDRESS', street()),
    'U': lambda: lab('ADDRESS', unit()),
    'PO': lambda: lab('ADDRESS', po_box()),
    'RR': lambda: lab('ADDRESS', rural_route()),
    'CR': lambda: lab('ADDRESS', county_road()),
    'HW': lambda: lab('ADDRESS', highway()),
    'T': lambda: lab('LOCATION', town()),
    'T1': lambda: lab('LOCATION', town(1)),
    'T2': lambda: lab('LOCATION', town(2)),
    'T3': lambda: lab('LOCATION', town(3)),
    'TO': lambda: lab('LOCATION', R.choice(['hope', 'liberty', 'harmony', 'friendship', 'unity', 'eden',
                                            'welcome', 'comfort', 'hazard', 'mercy', 'plain city',
                                            'rising sun', 'bell buckle', 'energy', 'bliss'])),
    'CTY': lambda: lab('LOCATION', R.choice(COUNTY) + ' county'),
    'NB': lambda: lab('LOCATION', R.choice(NEIGHBOURHOOD)),
    'STATE': lambda: R.choice(STATES),
    'Z': lambda: lab('ZIP', say_zip(zip5())),
    'ZW': lambda: lab('ZIP', say_zip(zip5(), 'w')),
    'ZD': lambda: lab('ZIP', zip5()),
    'Z4': lambda: lab('ZIP', zip4()),
    'CROSS': lambda: lab('ADDRESS', R.choice(STREET_CORE) + ' and ' + R.choice(STREET_CORE)),
    'PH': lambda: lab('PHONE', phone()),
    'DATE': lambda: lab('DATE', a_date()),
    'DOB': lambda: lab('DOB', a_dob()),
    'AGE': lambda: lab('AGE', words(R.randint(90, 103))),
    'CORRH': corr_house,
    'CORRZ': corr_zip,
    'RENUM': renumber,
    'LOT': lambda: lab('ADDRESS', 'lot ' + R.choice([words(R.randint(1, 99)), str(R.randint(1, 99))])),
    'BLD': lambda: lab('ADDRESS', 'building ' + R.choice('abcdefgh')),
    'CORRN': lambda: corr_house().split(' no wait ')[1],
    'SPT': spell_town,
    'MILES': lambda: R.choice(['twelve', 'about six', 'maybe forty', 'eight or nine', 'twenty five']),
    'TIME': lambda: R.choice(['nine thirty', '10:15', 'two oh five', 'noon', 'eight in the morning',
                              'quarter to four', '3 pm']),
    'DAY': lambda: R.choice(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']),
}

# ---------------------------------------------------------------- templates with PHI
# {KEY} draws a fresh value; {KEY:x} draws once per turn and repeats it; {SP:x} spells the surname
# of the name drawn under tag x.
PHI = [
    "{F} yeah it's {A} in {T} {STATE} {Z}",
    "the address is {A0:x} {F} there's no apartment or anything just {A0:x}",
    "i live at {AU} that's in {T} and the zip is {Z}",
    "{F} so my mailing address is different it's {PO} {T} {STATE} {Z4}",
    "she gets her mail at {PO} but she lives out on {RR} near {T}",
    "it's {CORRH} in {T2}",
    "zip code {F} {CORRZ}",
    "{F} {ZW:z} {F} {ZW:z}",
    "{ZW} {F} is that what you needed",
    "it's uh {ZD:z} {F} {ZD:z} yeah {ZD:z} for the new place",
    "{Z4} that's the whole thing with the plus four",
    "{F} for the pickup i'm at {A} and i need to go to the dialysis place on route nine",
    "this is {NF:a} {SP:a} and i moved to {T} last month so i need my address changed",
    "hi my name is {NM} and i'm calling to update the address on my chart it's {AU} {T2} {Z}",
    "{F} we're out in {T1} the house is {CR} it's the one with the green barn",
    "he's staying with my son {GM} in {T} for a couple weeks so send the nurse there {F} {A}",
    "she's staying with her daughter {NF} over in {T2} till the end of the month",
    "i'm up by {T1} now {F} not in town anymore the street is {ST}",
    "the house number is {H} and the street is {ST} {F} in {T1}",
    "{F} the number's {H} and it's on {ST} and then {U} upstairs",
    "you can deliver to {A0} {U} {F} just leave it by the side door",
    "it's {A} {F} right at the corner of {CROSS}",
    "we're just outside {T} on {HW} about a mile past the feed store",
    "my mom {NF} lives in {T3} {STATE} and she needs the oxygen delivered there",
    "my dad {NM} is {AGE} and he lives alone at {A} so the aide has to come to him",
    "uh his address {F} {A0} {F} {T1} {STATE} {ZW}",
    "{F} i'm from {T} originally but i'm down in {T2} now",
    "i'm over in {T} by the water tower {F} the house is {A0}",
    "the ride should pick me up at {A} and take me back home after",
    "could you mail it to {PO} in {TO} {STATE} {Z}",
    "{TO:t} it's called {TO:t} like the word {F} {TO:t} {STATE}",
    "no it's {T1:s} {F} {T1:s} {F} yeah that's the town",
    "the town is {T} and the zip is {ZW} {F} i think",
    "{F} {ZD} {F} and the town is {T1} {STATE}",
    "the town is {SPT} {F} in {STATE}",
    "{F} we're in {SPT} {F} it's tiny you won't find it on most maps",
    "{Z} and that's {T} {STATE}",
    "it's {T2} not {T2} {F} people mix them up all the time",
    "we live on {RR} {F} there's no street number out here just the box",
    "{F} it's {HW} {U} in the trailer park off the exit",
    "so i'm in the {NB} part of {T1} {F} {A0}",
    "i was born in {T} but i live in {T2} now my date of birth is {DOB}",
    "{F} patient name {N} date of birth {DOB} address {A} {T}",
    "i moved on {DATE} from {T1} to {A} in {T2}",
    "we were at my sister's place in {T} from {DATE} until the twentieth",
    "{F} i'm calling for {NM:a} {SP:a} he's in hospice at home {A} {T}",
    "this is {GF} from the home health agency i'm trying to find {AU} in {T1}",
    "the driver couldn't find {A0} {F} it's behind the church off {ST}",
    "yeah you turn on {ST} and it's the third house {F} {H} on the mailbox",
    "can the pharmacy deliver to {T2} {F} my zip is {Z}",
    "is {ZW} in your delivery area",
    "{F} my mother in law {NF} lives in {CTY} out on {CR}",
    "put down {A} {F} and the city is {T3}",
    "the apartment is {U} {F} at {A0} in {T1}",
    "i'm at {A0} {F} {U} {F} the gate code is four four one two",
    "hello {F} yes this is {N} {F} i'm at {A}",
    "my wife {GF} and i are moving to {T1} {STATE} on {DATE}",
    "uh the new address is {A} {T} {ZW} can you read it back",
    "{F} it's {H:h} {F} {H:h} and it's on {ST} in {T1}",
    "the old address {A0} in {T} should come off {F} that's from before",
    "send the hospice bed to her son's house {A} in {T2} {F} not her place",
    "i'm staying with my son {NM} in {T} while my hip heals",
    "we're down in {T2} {F} just south of the state line",
    "near {T1} {F} like ten minutes out on {HW}",
    "{F} okay so first line {A0} second line {U} then {T} {STATE} {Z4}",
    "my name is {N:a} {F} {SP:a} and the zip is {Z}",
    "it's {T1} {STATE} {ZD:z} {F} the {ZD:z} one",
    "the box is {PO} and the zip for the box is different it's {Z}",
    "{F} the lot number is {LOT} at {A0} {F} the mobile home park",
    "i live in {T3} the address is {A}",
    "she moved to {T} to be near {GF} {F} so her new address is {A}",
    "my neighbor {NM} can let the nurse in he's at {A0} right next door",
    "{F} {A} {F} that's {T} {F} {STATE}",
    "{RENUM} {F} in {T}",
    "i'm at my daughter's in {T1} {F} {A} {F} till sunday",
    "for the wheelchair van it's {A} and there's a ramp on the {ST} side",
    "uh can you send it to my work instead {A} {T} {F} i'm there till five",
    "we're out past {T} on {CR} {F} the gravel one",
    "{F} i'm at {A0} {F} by the elementary school in {T2}",
    "my husband {GM} is the one there he's {AGE} and can't get to the door fast",
    "the card says {T1} but we actually live in {T2} {F} on {ST}",
    "it's {T1} {F} spelled {F} like it sounds {F} {ZW}",
    "{F} {T3} {STATE} {F} that's where the house is",
    "{ST:s} {F} yeah no number just {ST:s} {F} the last place on the left",
    "i'm not at home i'm at {A} in {T} with my cousin {N}",
    "i'll be in {T2} from {DATE} so send the refill there",
    "{F} my son {GM} lives at {AU} in {T1} and that's where i'll be",
    "no it's {CORRN} {F} on {ST} in {T1}",
    "hi this is {N} from {T1} and i'm calling because the van never showed at {A0}",
    "the zip is {ZW:z} {F} wait let me check {F} yeah {ZW:z}",
    "i get my mail at {PO} in {T1} and the street address is {A0}",
    "we're in {CTY} {F} near {T1} but the mail comes through {T2}",
    "they dropped me off at {A0} and that's not my house i'm at {A0}",
    "{F} the building is {BLD} at {A0} in {T} {F} ring the buzzer",
    "put {NF} as the contact she's at {A} {T} {Z}",
    "yes it's the same as before {A0} {F} but the zip changed to {Z}",
    "uh my mailing is {PO} {T2} {STATE} {Z} and physical is {A0}",
    "{F} she's in {T1} over by the lake {F} {A0}",
    "hi i'm trying to get a ride from {A0} in {T1} to my appointment on {DAY}",
    "i'm in {T:t} {F} {T:t} {STATE} {F} not the other one",
    "{F} the address is {A0} {F} {T} and my phone there is {PH}",
    "yeah my name is {NF} and i moved out to {TO} {STATE}",
    "he used to live at {A0} in {T} but he's in the nursing home now",
    "{F} out in {T1} {F} it's {RR}",
    "can you change my pharmacy delivery address to {AU} {T2} {ZD}",
    "{F} i live near {T} but technically the address says {T} {ZW}",
    "the cross street is {CROSS} {F} and the house is {H}",
    "{F} so {H} {F} that's the number {F} {ST} {F} and the zip {Z}",
    "my grandmother {NF} {AGE} years old lives on {ST} in {T}",
    "we're in {NB} {F} {A0} {F} the blue house",
    "deliver it to {A} {F} no actually to {PO}",
    "i'm calling about my brother {NM} he was discharged to {A} {T}",
    "the nurse visit on {DATE} should go to {A0} not the old place in {T}",
    "{F} it's {A0} {T} {Z} {F} {PH} is the best number",
]

# ---------------------------------------------------------------- PHI-free templates (tempting)
FREE = [
    "is that the walgreens on main or the one by the highway",
    "{F} i'll just pick it up at your office downtown on {DAY}",
    "turn left at the light and it's the second building {F} suite two hundred right",
    "how far is it {F} like {MILES} miles from the hospital",
    "i'm in room four twelve bed b {F} can someone bring the forms up",
    "the bus is the number nine route {F} it stops right at gate three",
    "{F} i live on the north side so the east clinic is closer",
    "i'm back home now {F} the trip to ohio went fine",
    "we're out of state until {DAY} {F} in florida visiting",
    "is store number two eighteen the one that delivers",
    "{F} the pickup is at {TIME} on {DAY} right",
    "it's about {MILES} miles each way and the van charges twelve fifty",
    "i'm in texas {F} does my plan work in texas",
    "{F} the clinic said second floor but the elevator was out",
    "the dock is bay four {F} that's where the oxygen truck comes",
    "i take the lisinopril ten milligrams once a day",
    "my blood pressure was one forty over ninety this morning",
    "i was born in nineteen fifty two if that helps",
    "{F} can i come in on the fourth of july or are you closed",
    "my son will drive me {F} will you still need the van",
    "may i ask where the parking garage is",
    "i hope so {F} the last driver got lost twice",
    "{F} the pharmacy on grant avenue closed so where do i go now",
    "i moved back home in march {F} everything's the same",
    "we're in georgia for the winter {F} usually till april",
    "my group number is four four seven one two {F} for the plan",
    "the wait was like forty five minutes at the front desk",
    "it's the third exit {F} then left at the gas station {F} you can't miss it",
    "i'm on the fifth floor of your building {F} room five oh six",
    "the copay was twenty five dollars last time {F} is it still that",
    "{F} i'll be at the lab on {DAY} around {TIME}",
    "is the office on church street still open or did you move",
    "the shuttle leaves from gate b at {TIME}",
    "i need three refills {F} ninety tablets each",
    "{F} can the driver wait ten minutes i use a walker",
    "i'm calling from canada {F} does the card work up there",
    "she's eighty six and doesn't drive anymore {F} so the van is a must",
    "it says route forty two on the map but the sign says business loop",
    "do you deliver on {DAY} or only weekdays",
    "{F} i'm in the parking lot by entrance c {F} where do i go",
    "the clinic downtown or the one by the mall {F} which one has the x ray",
    "{F} mark it as urgent please the bandages ran out",
    "last year we were in maine for the summer {F} now we're back",
    "i'm in bed twelve on the east wing {F} the tv doesn't work",
    "how many miles is the ride allowed {F} is it twenty five",
    "the north entrance {F} by the flag pole {F} at {TIME}",
    "is the pharmacy in the grocery store or next to it",
    "it's a two story house so the bed has to go downstairs",
    "we drove six hours from the coast {F} in one day",
    "{F} the room number is two thirty one {F} the patient isn't in it",
]


def fill(t):
    ctx = {}

    def rep(m):
        key, tag = m.group(1), m.group(2)
        if key == 'SP':
            raw = re.sub(r'^\[\[\w+\|(.*)\]\]$', r'\1', ctx[tag])
            return lab('NAME', spell(raw))
        if tag:
            k = key + ':' + tag
            if k not in ctx:
                ctx[k] = GEN[key]()
                ctx[tag] = ctx[k]
            return ctx[k]
        return GEN[key]()
    text = re.sub(r'\{([A-Z0-9]+)(?::(\w))?\}', rep, t)
    return re.sub(r'\s+', ' ', text).strip()


# ---------------------------------------------------------------- checks
LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')


def strip(line):
    return LABEL.sub(lambda m: m.group(2), line)


def check(line):
    errs = []
    if '[[' in LABEL.sub('', line) or ']]' in LABEL.sub('', line):
        errs.append('malformed or nested markup')
    for kind, val in LABEL.findall(line):
        if kind not in KINDS:
            errs.append('unknown kind ' + kind)
        if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
            errs.append('bad label edges')
        toks = val.split()
        if any(t in TITLES for t in toks) or "'s" in val:
            errs.append('title or possessive in label')
        if any(t in CUES for t in toks) or any(p in val for p in CUE_PHRASES):
            errs.append('cue in label: ' + kind)
        if kind != 'ADDRESS' and 'number' in toks:
            errs.append('number in non-address label')
    n = len(strip(line).split())
    return errs, n


def main():
    free = FREE[:]
    R.shuffle(free)
    if len(free) < PHI_FREE:
        sys.exit('not enough PHI-free templates')
    rows = [(None, t) for t in free[:PHI_FREE]]
    phi_n = TOTAL - PHI_FREE
    order = PHI[:] + R.sample(PHI, phi_n - len(PHI))
    if len(PHI) < 60 or len(order) != phi_n:
        sys.exit('template count')
    rows += [(i, t) for i, t in enumerate(order)]
    R.shuffle(rows)
    out, seen, fails, long_n = [], set(), [], 0
    for idx, t in rows:
        for attempt in range(60):
            line = fill(t)
            errs, n = check(line)
            if errs or line in seen or n > 55 or n < 8:
                continue
            if n > 40 and long_n >= 6:
                continue
            break
        else:
            fails.append((t, errs))
            continue
        long_n += n > 40
        seen.add(line)
        out.append(line)
    if fails:
        for t, e in fails:
            print('FAIL', e, t, file=sys.stderr)
        sys.exit(1)
    # final checks
    uses = {}
    for t in order:
        uses[t] = uses.get(t, 0) + 1
    free_n = sum(1 for l in out if not LABEL.search(l))
    if max(uses.values()) > 2 or free_n != PHI_FREE or len(out) != TOTAL or len(set(out)) != TOTAL:
        sys.exit('counts wrong: free %d total %d' % (free_n, len(out)))
    if any(LABEL.search(fill(t)) for t in FREE):
        sys.exit('a PHI-free template drew a label')
    header = ('# voice-dev17a.tsv: generated by masker-domain/src/test/scripts/holdout17_voice_dev_a.py '
              '(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales pt-BR, sv, fi-FI, tr, nb-NO, '
              'and da-DK in place of en-CA, which holds no name lists; diacritics dropped) and invented '
              'names, streets and towns written for Masker by an outside author; caller turns about where '
              'the caller lives, stays, was and wants to go (ride services, home health, delivering '
              'pharmacies, clinics, hospice, insurers): addresses, PO boxes, rural routes, county roads, '
              'highways, towns and ZIP codes, all PHI labelled; %d turns, %d PHI-free; development set; '
              'every value invented.' % (SEED, TOTAL, PHI_FREE))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(header + '\n')
        for i, l in enumerate(out, 1):
            f.write('%s-%03d\t%s\n' % (PREFIX, i, l))
    kinds = {}
    for l in out:
        for k, _ in LABEL.findall(l):
            kinds[k] = kinds.get(k, 0) + 1
    lens = [len(strip(l).split()) for l in out]
    print('wrote %d turns (%d PHI-free), %d PHI templates, %d PHI-free templates, words %d..%d, labels %s'
          % (len(out), free_n, len(PHI), len(FREE), min(lens), max(lens), dict(sorted(kinds.items()))))


if __name__ == '__main__':
    main()
