#!/usr/bin/env python3
"""Sixteenth-round voice development set for Masker, part b: insurance, billing and pharmacy calls.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
160162). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0): en-ZA, it, hu, lv, fr,
en-IN and vi; en-GB holds no name list in 2.7.0, so en-IE stands in for it. Vietnamese lists are
family-name first (first_name holds family names). They are combined at random so no real person
is meant, diacritics dropped as speech-to-text drops them, female and male given names (from hu,
it, fr and the invented lists) kept apart where a pronoun follows, plus invented and
ordinary-word names, streets and towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df16
    python3 masker-domain/src/test/scripts/holdout16_voice_dev_b.py [/tmp/df16]

Every value is invented: phones and faxes only from fiction ranges (NANP 555-01xx, UK 07700
900xxx and 01632 960xxx, AU 0491 570 xxx), e-mails at example.com/.org/.net, NPI and DEA numbers
carry correct check digits, Medicare numbers follow the MBI shape, member, Medicaid, policy,
account and record numbers are random. The script checks what it writes and exits non-zero when
a check fails.
"""
import os
import re
import random
import sys
import unicodedata

SEED = 160162
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev16b.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df16'
TOTAL = 260
PHI_FREE = 65
MIN_TEMPLATES = 60
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}


# ---------------------------------------------------------------- names from Datafaker

def fold(s):
    s = s.replace('Đ', 'D').replace('đ', 'd').replace('ł', 'l').replace('Ł', 'L')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def yml_list(locale, key):
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    m = re.search(r'^\s+' + key + r':\s*\[', text, re.M)
    if not m:
        sys.exit('missing %s in %s' % (key, locale))
    end = text.index(']', m.end())
    items = [x.strip().strip('"\'') for x in text[m.end():end].split(',')]
    out = []
    for x in items:
        x = fold(x)
        if x and re.fullmatch(r"[a-z][a-z' -]*[a-z]", x) and len(x.split()) <= 2:
            out.append(x)
    if len(out) < 10:
        sys.exit('too few names for %s in %s' % (key, locale))
    return out


GIVEN, SUR, FEM, MALE = [], [], [], []
for loc in ('en-ZA', 'it', 'lv', 'fr', 'en-IN', 'en-IE'):
    GIVEN += yml_list(loc, 'first_name')
    SUR += yml_list(loc, 'last_name')
GIVEN += yml_list('hu', 'female_first_name') + yml_list('hu', 'male_first_name')
SUR += yml_list('hu', 'last_name')
FEM += yml_list('hu', 'female_first_name')
MALE += yml_list('hu', 'male_first_name')
_it = yml_list('it', 'first_name')
MALE += _it[:_it.index('umberto') + 1]
FEM += _it[_it.index('artemide'):]
_fr = yml_list('fr', 'first_name')
MALE += _fr[:_fr.index('benjamin') + 1]
FEM += _fr[_fr.index('lea'):]
VI_FAMILY = yml_list('vi', 'first_name')
VI_GIVEN = yml_list('vi', 'last_name')

# invented and ordinary-word names written for this set
INV_FEM = ['marisol', 'tindra', 'oletha', 'brisa', 'kessa', 'junie', 'hope', 'dawn', 'ivy', 'pearl',
           'april', 'faith', 'merle', 'sunny', 'joy']
INV_MALE = ['corwin', 'dace', 'bram', 'tolliver', 'eben', 'grant', 'will', 'bill', 'rusty', 'chase',
            'drew', 'mark', 'wade', 'sterling']
INV_SUR = ['quillen', 'vantreese', 'marchbank', 'oduya', 'feltwell', 'brackenridge', 'pennick',
           'stowbridge', 'kettering', 'baker', 'price', 'bills', 'cash', 'penny', 'banks', 'payne',
           'rich', 'carver', 'fields', 'pharr', 'chemist', 'doyle']
FEM += INV_FEM
MALE += INV_MALE
GIVEN += INV_FEM + INV_MALE
SUR += INV_SUR
BAD_TOKENS = {'dob', 'fax', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mister', 'sir', 'madam'}
for lst in (GIVEN, SUR, FEM, MALE, VI_FAMILY, VI_GIVEN):
    lst[:] = [x for x in dict.fromkeys(lst) if not (set(x.split()) & BAD_TOKENS)]

STREETS = ['quarry lane', 'tallow street', 'ninebark road', 'copperfield avenue', 'pellham court',
           'old mill road', 'hollis way', 'sandrift drive', 'marrow lane', 'kestrel ridge road',
           'bellweather street', 'union street', 'church road', 'orchard hollow lane', 'dunmore place']
TOWNS = ['ferrisburg', 'lake oriel', 'west tamsin', 'cobb mills', 'harlow junction', 'pine hatch',
         'saint aubrey', 'marlow falls', 'new carrick', 'brightwater', 'east fennimore', 'stoneleigh']
STATES = ['ohio', 'new jersey', 'oregon', 'georgia', 'arizona', 'michigan', 'texas']
INSURERS = ['bluecrest health', 'meridale insurance', 'northway mutual', 'carelink', 'unity shield',
            'harbor point health plans', 'summit benefit trust']
PHARMACIES = ['quickrx', 'the corner drug', 'mainstreet pharmacy', 'wellday pharmacy',
              'hillside apothecary', 'the valuemart pharmacy']
DRUGS = ['metformin', 'lisinopril', 'atorvastatin', 'eliquis', 'ozempic', 'amoxicillin',
         'levothyroxine', 'gabapentin', 'sertraline', 'albuterol', 'jardiance', 'omeprazole']
PLANS = ['the gold ppo', 'plan b', 'the silver hmo', 'the bronze saver', 'the platinum choice plan',
         'part d basic', 'the advantage plus plan']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']

# ---------------------------------------------------------------- numbers

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
       8: 'eighth', 9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth',
       14: 'fourteenth', 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth',
       19: 'nineteenth', 20: 'twentieth', 30: 'thirtieth'}


def n2w(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' ' + n2w(n % 100))
    return n2w(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else ' ' + n2w(n % 1000))


def ordw(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + ' ' + ORD[d % 10]


def spoken(digits, oh=True, groups=True):
    """digits -> words with 'oh', 'double', 'triple' now and then."""
    out = []
    i = 0
    while i < len(digits):
        c = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == c and run < 3:
            run += 1
        w = 'oh' if (c == '0' and oh and R.random() < 0.6) else ONES[int(c)]
        if run == 3 and groups and R.random() < 0.5:
            out.append('triple ' + w)
            i += 3
        elif run >= 2 and groups and R.random() < 0.5:
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def rdig(n, first_nonzero=False):
    s = ''.join(R.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = R.choice('123456789') + s[1:]
    return s


def letters_spoken(s):
    return ' '.join(s)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi():
    base = R.choice('12') + rdig(8)
    for c in '0123456789':
        if luhn_ok('80840' + base + c):
            return base + c
    raise AssertionError


def dea(surname):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice('ABFGM') + surname[0].upper() + ''.join(map(str, d)) + str(chk)


MBI_L = 'ACDEFGHJKMNPQRTUVWXY'


def mbi():
    an = MBI_L + '0123456789'
    return (R.choice('123456789') + R.choice(MBI_L) + R.choice(an) + R.choice('0123456789') +
            R.choice(MBI_L) + R.choice(an) + R.choice('0123456789') + R.choice(MBI_L) +
            R.choice(MBI_L) + R.choice('0123456789') + R.choice('0123456789'))


AS_IN = {'a': 'apple', 'b': 'boy', 'c': 'cat', 'd': 'david', 'e': 'edward', 'f': 'frank',
         'g': 'george', 'h': 'henry', 'j': 'john', 'k': 'king', 'm': 'mary', 'n': 'nancy',
         'p': 'peter', 'q': 'queen', 'r': 'robert', 't': 'tom', 'u': 'umbrella', 'v': 'victor',
         'w': 'william', 'x': 'xray', 'y': 'yellow', 'z': 'zebra'}


def say_alnum(s, as_in=False):
    out = []
    for c in s.lower():
        if c.isdigit():
            out.append('oh' if c == '0' and R.random() < 0.5 else ONES[int(c)])
        elif as_in and c in AS_IN and R.random() < 0.6:
            out.append('%s as in %s' % (c, AS_IN[c]))
        else:
            out.append(c)
    return ' '.join(out)


# ---------------------------------------------------------------- value makers (return markup)

LAST = {}


def lab(kind, text):
    return '[[%s|%s]]' % (kind, text)


def full_name(given_pool=None):
    if R.random() < 0.12:
        return R.choice(VI_FAMILY) + ' ' + R.choice(VI_GIVEN)
    g = R.choice(given_pool or GIVEN)
    s = R.choice(SUR)
    return g + ' ' + s


def mk_name():
    v = full_name()
    LAST['name'] = v
    return lab('NAME', v)


def mk_fem():
    v = full_name(FEM)
    LAST['name'] = v
    return lab('NAME', v)


def mk_male():
    v = full_name(MALE)
    LAST['name'] = v
    return lab('NAME', v)


def mk_sur():
    v = R.choice(SUR)
    LAST['sur'] = v
    return lab('NAME', v)


def mk_given():
    return lab('NAME', R.choice(GIVEN))


def mk_spell():
    s = LAST.get('sur') or LAST.get('name', R.choice(SUR)).split()[-1]
    s = s.replace(' ', '').replace("'", '')[:9]
    return lab('NAME', ' '.join(s))


def phone_digits():
    r = R.random()
    if r < 0.7:
        area = R.choice('23456789') + rdig(1) + R.choice('23456789')
        return 'us', area, '555', '01' + rdig(2)
    if r < 0.85:
        return 'uk', R.choice(['07700', '01632']), None, None
    return 'au', '0491', '570', rdig(3)


def fmt_phone():
    kind, a, b, c = phone_digits()
    if kind == 'us':
        r = R.random()
        if r < 0.55:
            return spoken(a) + ' ' + spoken(b) + ' ' + spoken(c)
        if r < 0.75:
            return '(%s) %s-%s' % (a, b, c)
        if r < 0.9:
            return '%s-%s-%s' % (a, b, c)
        return 'one ' + spoken(a) + ' ' + spoken(b) + ' ' + spoken(c)
    if kind == 'uk':
        tail = ('900' if a == '07700' else '960') + rdig(3)
        if R.random() < 0.6:
            return spoken(a) + ' ' + spoken(tail)
        return a + ' ' + tail
    if R.random() < 0.6:
        return spoken(a) + ' ' + spoken(b) + ' ' + spoken(c)
    return '%s %s %s' % (a, b, c)


def mk_phone():
    v = fmt_phone()
    LAST['phone'] = v
    return lab('PHONE', v)


def mk_fax():
    v = fmt_phone()
    LAST['fax'] = v
    return lab('FAX', v)


def mk_member():
    r = R.random()
    if r < 0.35:
        raw = ''.join(R.choice('ABCDEFGHJKMNPRTWXYZ') for _ in range(3)) + rdig(9)
        v = say_alnum(raw[:3], as_in=R.random() < 0.5) + ' ' + spoken(raw[3:6]) + ' ' + \
            spoken(raw[6:9]) + ' ' + spoken(raw[9:])
    elif r < 0.55:
        raw = R.choice(['W', 'H', 'M', 'U']) + rdig(10)
        v = raw.lower()
    elif r < 0.8:
        raw = R.choice('ABCDEFGHJKMNPRTWXYZ') + R.choice('ABCDEFGHJKMNPRTWXYZ') + rdig(8)
        v = say_alnum(raw, as_in=True)
    else:
        raw = rdig(3, True) + '-' + rdig(3) + '-' + rdig(3)
        v = raw
    LAST['member'] = v
    return lab('HEALTH_PLAN_ID', v)


def mk_mbi():
    m = mbi()
    if R.random() < 0.4:
        v = ('%s-%s-%s' % (m[:4], m[4:7], m[7:])).lower()
    else:
        v = say_alnum(m, as_in=R.random() < 0.4)
    LAST['mbi'] = v
    return lab('HEALTH_PLAN_ID', v)


def mk_medicaid():
    raw = R.choice(['', 'MC', 'AB', 'TX']) + rdig(R.choice([8, 9, 10]), True)
    v = say_alnum(raw) if R.random() < 0.6 else raw.lower()
    LAST['medicaid'] = v
    return lab('HEALTH_PLAN_ID', v)


def mk_policy():
    raw = R.choice(['P', 'POL', 'C', 'HX']) + rdig(R.choice([7, 8, 9]), True)
    v = say_alnum(raw) if R.random() < 0.5 else raw.lower()
    return lab('HEALTH_PLAN_ID', v)


def mk_rev():
    g, s = R.choice(GIVEN), R.choice(SUR)
    LAST['name'] = s + ' ' + g
    return lab('NAME', s + ' ' + g)


def mk_phoneext():
    return lab('PHONE', fmt_phone() + ' extension ' + spoken(rdig(R.choice([3, 4]))))


def mk_acct():
    d = rdig(R.choice([7, 8, 10]), True)
    r = R.random()
    if r < 0.5:
        v = spoken(d)
    elif r < 0.8:
        v = d
    else:
        v = 'ba-' + d
    return lab('ACCOUNT', v)


def mk_mrn():
    d = rdig(R.choice([6, 7, 8]), True)
    v = spoken(d) if R.random() < 0.55 else (R.choice(['', 'k', 'e']) + d)
    return lab('MRN', v)


def mk_npi():
    d = npi()
    v = spoken(d, groups=R.random() < 0.5) if R.random() < 0.6 else d
    LAST['npi'] = v
    return lab('LICENSE', v)


def mk_dea():
    s = LAST.get('name', R.choice(SUR)).split()[-1]
    d = dea(s)
    v = say_alnum(d, as_in=R.random() < 0.3) if R.random() < 0.6 else d.lower()
    return lab('LICENSE', v)


def spoken_date(year=True, birth=False):
    m = R.randrange(12)
    d = R.randint(1, 28)
    y = R.randint(1931, 2004) if birth else R.choice([2024, 2025, 2026])
    r = R.random()
    yy = y % 100
    if y >= 2000:
        yw = 'two thousand ' + ONES[yy] if yy < 10 else 'twenty ' + n2w(yy)
    else:
        yw = 'nineteen ' + ('oh ' + ONES[yy] if yy < 10 else n2w(yy))
    if r < 0.4:
        return '%s %s %s' % (MONTHS[m], ordw(d), yw) if year else '%s %s' % (MONTHS[m], ordw(d))
    if r < 0.6:
        return '%d/%d/%d' % (m + 1, d, y)
    if r < 0.8:
        return '%s %s %s' % (spoken('%02d' % (m + 1)) if R.random() < 0.5 else n2w(m + 1),
                             n2w(d), yw)
    return 'the %s of %s %s' % (ordw(d), MONTHS[m], yw)


def mk_dob():
    return lab('DOB', spoken_date(birth=True))


def mk_date():
    return lab('DATE', spoken_date(year=R.random() < 0.6))


def mk_email():
    n = full_name().split()
    user = R.choice(['%s.%s' % (n[0], n[-1]), '%s%s%s' % (n[0][0], n[-1], rdig(2)), n[-1] + rdig(3)])
    dom = R.choice(['example.com', 'example.org', 'example.net'])
    if R.random() < 0.6:
        v = user.replace('.', ' dot ') + ' at ' + dom.replace('.', ' dot ')
    else:
        v = user + '@' + dom
    return lab('EMAIL', v)


def mk_addr():
    n = R.randint(12, 9899)
    v = (n2w(n) if n < 1000 and R.random() < 0.5 else str(n)) + ' ' + R.choice(STREETS)
    if R.random() < 0.3:
        v += ' apartment ' + R.choice(['two b', 'four', '11c', 'three a'])
    return lab('ADDRESS', v)


def mk_town():
    return lab('LOCATION', R.choice(TOWNS))


def mk_zip():
    d = rdig(5, True)
    return lab('ZIP', spoken(d) if R.random() < 0.6 else d)


def mk_age():
    return lab('AGE', n2w(R.randint(90, 103)))


# ---- non-PHI fillers (never labelled)

def f_group():
    return R.choice([spoken(rdig(6)), rdig(5), 'g' + rdig(6), say_alnum('GRP' + rdig(4))])


def f_claim():
    return R.choice([spoken(rdig(10)), rdig(12), 'c l ' + spoken(rdig(7))])


def f_amount():
    r = R.random()
    if r < 0.5:
        return n2w(R.randint(12, 950)) + ' dollars' + (' and ' + n2w(R.randint(1, 99)) + ' cents' if R.random() < 0.4 else '')
    return '$%d.%02d' % (R.randint(5, 2400), R.randint(0, 99))


ACTIONS = {
    'name': mk_name, 'fem': mk_fem, 'male': mk_male, 'sur': mk_sur, 'given': mk_given,
    'spell': mk_spell, 'phone': mk_phone, 'fax': mk_fax, 'member': mk_member, 'mbi': mk_mbi,
    'medicaid': mk_medicaid, 'policy': mk_policy, 'acct': mk_acct, 'mrn': mk_mrn, 'npi': mk_npi,
    'dea': mk_dea, 'dob': mk_dob, 'date': mk_date, 'email': mk_email, 'addr': mk_addr,
    'gfem': lambda: lab('NAME', R.choice(FEM)), 'gmale': lambda: lab('NAME', R.choice(MALE)),
    'town': mk_town, 'rev': mk_rev, 'phoneext': mk_phoneext, 'zip': mk_zip, 'age': mk_age,
    # plain fillers
    'group': f_group, 'claim': f_claim, 'amount': f_amount,
    'bin': lambda: spoken(rdig(6)) if R.random() < 0.5 else rdig(6),
    'pcn': lambda: R.choice(['adv', 'rxcl', 'pdmi', 'mcaidadv', 'a4']),
    'ndc': lambda: '%s-%s-%s' % (rdig(5), rdig(4), rdig(2)),
    'lot': lambda: say_alnum(R.choice('ABCDEFGHJKLMNPRT') + rdig(5)),
    'last4': lambda: spoken(rdig(4)),
    'store': lambda: n2w(R.randint(100, 9999)) if R.random() < 0.5 else str(R.randint(100, 9999)),
    'ext': lambda: spoken(rdig(R.choice([3, 4]))),
    'ref': lambda: say_alnum(R.choice(['', 'R', 'RF', 'Q']) + rdig(R.choice([6, 8, 9]))),
    'auth': lambda: say_alnum(R.choice(['PA', 'A', '']) + rdig(R.choice([7, 8]))),
    'tin': lambda: '%s-%s' % (rdig(2, True), rdig(7)),
    'count': lambda: n2w(R.choice([28, 30, 60, 84, 90, 100, 120])),
    'dose': lambda: R.choice(['five hundred milligrams', '10 mg', 'twenty milligrams', '0.5 mg',
                              'forty units', 'two puffs', '2.5 milligrams', 'one fifty mcg']),
    'insurer': lambda: R.choice(INSURERS), 'pharmacy': lambda: R.choice(PHARMACIES),
    'drug': lambda: R.choice(DRUGS), 'plan': lambda: R.choice(PLANS),
    'month': lambda: R.choice(MONTHS), 'weekday': lambda: R.choice(WEEKDAYS),
    'state': lambda: R.choice(STATES),
    'time': lambda: R.choice(['ten thirty', '2:15', 'noon', 'four fifteen', 'eight a m', '9:40']),
    'year': lambda: R.choice(['nineteen fifty two', 'nineteen sixty eight', '1947', 'nineteen seventy']),
    'tollfree': lambda: R.choice(['one eight hundred', '1-800', 'eight eight eight', '1-877']) + ' ' +
    R.choice(['number on the back of the card', 'line', 'member line']),
    'age_low': lambda: n2w(R.randint(20, 89)),
    'opt': lambda: R.choice(ONES[1:]),
    'room': lambda: n2w(R.randint(101, 499)),
}


def again(key):
    v = LAST[key]
    kind = {'phone': 'PHONE', 'fax': 'FAX', 'member': 'HEALTH_PLAN_ID', 'mbi': 'HEALTH_PLAN_ID',
            'medicaid': 'HEALTH_PLAN_ID', 'npi': 'LICENSE', 'name': 'NAME', 'sur': 'NAME'}[key]
    return lab(kind, v)


def render(t):
    LAST.clear()

    def sub(m):
        key = m.group(1)
        if key.endswith('@'):
            return again(key[:-1])
        return ACTIONS[key]()
    out = re.sub(r'\{([a-z0-9_]+@?)\}', sub, t)
    return out.replace('the the ', 'the ').replace('at the the ', 'at the ')


# ---------------------------------------------------------------- templates

LONG_T = [
    "okay so um i'm calling for my dad {male} he's {age} and he's got medicare {mbi} and then the "
    "supplement through {insurer} and the pharmacy keeps saying the supplement is primary which it "
    "isn't and his doctor {name} already faxed everything to {fax}",
    "yeah so the thing is the account number on the first bill was {acct} and then a second bill "
    "came with a different account {acct} for the same visit on {date} and i don't know which one "
    "to pay so i haven't paid either",
    "alright let me give you the whole thing the subscriber is my wife {fem} her birthday is {dob} "
    "the member id is {member} and the group is {group} and i'm on it as a dependent",
]
PHI_T = LONG_T + [
    "yeah hi um i'm calling about a claim my member id is {member} and the group is {group}",
    "the member id um it's {member} sorry let me read it again {member@}",
    "it's under my husband he's the subscriber {male} and my date of birth is {dob}",
    "subscriber name is {name} uh date of birth {dob} and the id on the card is {member}",
    "okay so the medicare number is {mbi} that's the new card not the old one",
    "my medicare number uh {mbi} and i was born {dob}",
    "it's {medicaid} that's my medicaid number and my daughter's is different",
    "medicaid id {medicaid} no wait that's the old one the new one is {medicaid}",
    "can you fax it to the doctor's office the fax over there is {fax}",
    "send it to {fax} that's the fax at the pharmacy not the phone",
    "their phone is {phone} and the fax is {fax} attention {name}",
    "the prescriber is doctor {name} npi {npi}",
    "his npi number is {npi} and the dea is {dea}",
    "dr {sur} uh the dea number should be {dea} if you need it for the controlled one",
    "the pharmacist {fem} said she needs the prior auth faxed to {fax}",
    "my account number with you guys is {acct} and the balance they're saying is {amount}",
    "billing account {acct} it's for my son {name} he's a dependent on my plan",
    "yeah the guarantor is {name} that's my mother and the account is {acct}",
    "the mrn on the paperwork is {mrn} um for {name}",
    "medical record number {mrn} patient is {name} date of birth {dob}",
    "uh yeah the name on it is {name} that's right",
    "it's {sur} {spell}",
    "last name {sur} spelled {spell} first name {given}",
    "policy number {policy} and the certificate number is {policy}",
    "the policy is in my wife's name {fem} and the policy number is {policy}",
    "uh okay hold on it's um {member} yeah",
    "oh sorry the birth date it's {dob} for me",
    "date of birth is uh {dob} no sorry {dob}",
    "i'm calling for my father {male} he's {age} and he can't really hear on the phone",
    "my mother is {age} years old and her medicare number is {mbi}",
    "hi this is {name} from doctor {sur}'s office we faxed the form over to {fax}",
    "this is {fem} at {pharmacy} calling about a rejected claim for member {member}",
    "yes {name} date of birth {dob} member id {member}",
    "you can reach me at {phone} or my cell {phone}",
    "call me back at {phoneext} ask for {given}",
    "the card says member {member} group {group} rx bin {bin} pcn {pcn}",
    "so the subscriber is {name} and i'm the dependent {name}",
    "my ex husband {male} carries the insurance the member id is {member}",
    "i need the eob sent to {email} please",
    "my email is {email} and the account is {acct}",
    "the bill went to {addr} in {town} but i moved",
    "new address is {addr} {town} {state} {zip}",
    "it's {addr} {town} zip code {zip}",
    "um the statement says patient account {acct} date of service {date}",
    "i was seen on {date} and they billed me twice for it",
    "my surgery was {date} and the claim was denied",
    "the fax number for doctor {name} is {fax} i just called them",
    "fax {fax} attention billing department",
    "and the fax is {fax} uh that's at the {town} location",
    "the dentist's fax hmm {fax} no {fax}",
    "the npi is {npi} i'll read it again {npi@}",
    "it says dea {dea} and npi {npi} on the script",
    "for my daughter {fem} date of birth {dob} she's on my plan under {member}",
    "my son {male} he was born {dob} and his member id is {member}",
    "the subscriber id is {member} and the subscriber's birthday is {dob}",
    "she goes by {given} but the name on the policy is {fem} so look under that",
    "the doctor is {sur} {spell} and she's at {phone}",
    "pharmacist's name was {name} and their fax is {fax}",
    "i spoke to {gfem} in billing on {date} and she said it was fixed",
    "the rep {given} gave me a reference number {ref} but i never heard back about account {acct}",
    "medicare {mbi} medicaid {medicaid} i have both",
    "his medicare card number is {mbi} and he lives at {addr}",
    "ok my id is {member} and i'm calling because the copay was {amount}",
    "chart number {mrn} and he was admitted {date}",
    "the mrn is {mrn} and the account number is {acct} they're different right",
    "my name is {name} and my date of birth is {dob} and i need a refill of {drug}",
    "name on the account is {name} phone number {phone}",
    "last name first {rev} and date of birth {dob}",
    "it's {member} i'm reading it off the card um {member@} yeah",
    "id number {member} and my zip is {zip}",
    "please send the records to doctor {name} fax {fax} phone {phone}",
    "my grandmother {fem} she's {age} she needs her {drug} refilled",
    "this is {name} the guarantor on account {acct} i want to set up a payment plan",
    "i'm the power of attorney for {male} his medicaid number is {medicaid}",
    "you have the wrong birthday it's {dob} not the one you have",
    "oh the number the fax number is {fax} but they close at {time}",
    "so {fem} she's the subscriber and her birthday is {dob}",
    "the member id uh starts with {member} i think that's all of it",
    "my policy number is {policy} with {insurer}",
    "the certificate number is {policy} and the group is {group} for the dental",
    "i'm at {phone} if the pharmacist {given} needs to call back",
    "send the prior auth to doctor {sur} at fax {fax}",
    "yes the prescribing doctor is {name} npi {npi} fax {fax}",
    "billing address {addr} {town} {zip}",
    "it was mailed to {addr} which is my old place",
    "my account is {acct} and the mrn on the letter is {mrn}",
    "we got a bill for {fem} for the visit on {date} and she's {age}",
    "my name's {name} and it's {spell} for the last name",
    "the dependent is {male} born {dob} and the relationship is stepson",
    "i think the subscriber is listed as {male} but everyone calls him {gmale}",
    "can you confirm the medicaid id {medicaid} is active",
    "the fax there is {fax} i mean {fax} sorry",
    "tell {given} at the front desk to fax the referral to {fax}",
    "okay the mbi off his red white and blue card is {mbi}",
    "he got the new card the number is {mbi} and it starts in {month}",
    "the guarantor's phone is {phone} and email {email}",
    "i'm calling from {pharmacy} store {store} the fax here is {fax}",
    "hi yes this is {given} calling on behalf of {name} the subscriber",
    "member number {member} date of birth {dob} name {name}",
    "patient account {acct} the amount due is {amount}",
    "the previous pharmacy had a fax of {fax} and their phone was {phone}",
    "my doctor doctor {male} uh his npi i have it here {npi}",
    "the dea on the script looks like {dea} can you verify",
    "her date of birth is {dob} and her medicaid is {medicaid}",
    "okay um my birthday {dob} and the member id is {member}",
    "i have two accounts {acct} and {acct} can you combine them",
    "the record number they gave me at the er was {mrn}",
    "we live at {addr} in {town} and the zip is {zip}",
    "the letter was for {name} at {email}",
]

FREE_T = [
    "the group number is {group} and the plan is {plan}",
    "rx bin {bin} pcn {pcn} that's what's on the back of the card",
    "the claim number is {claim} can you look that up",
    "my copay was {amount} last time and now it's {amount}",
    "the deductible is {amount} and i've met about half",
    "i got a confirmation number {ref} when i paid online",
    "the authorization number they gave me is {auth} for the mri",
    "invoice number {claim} for {amount}",
    "the tracking number on the mail order is {claim} and it still says pending",
    "i sent a check number {store} for {amount} on {weekday}",
    "the ndc on the bottle is {ndc} and the lot is {lot}",
    "it's {drug} {dose} take one twice a day quantity {count}",
    "they only gave me {count} pills instead of ninety",
    "the last four of my social is {last4}",
    "i'm at the {pharmacy} store number {store}",
    "the clinic's tax id is {tin} they said you need that for the claim",
    "press {opt} for pharmacy press {opt} for billing that's what it kept saying",
    "i called the {tollfree} and they transferred me here",
    "just give me extension {ext} please",
    "the claim from last year was denied and i never found out why it was {amount}",
    "is {plan} cheaper than {plan} for {drug}",
    "does {insurer} cover {drug} or do i need a prior authorization",
    "will you mark it as paid i paid {amount} on {weekday}",
    "may i ask why the bill went up to {amount} this {month}",
    "i hope so because the pharmacy said it would be {amount} without insurance",
    "the reference number is {ref} and i called on {weekday} at {time}",
    "the dose went from {dose} to {dose} so the quantity changed",
    "it's the {plan} through my job the group is {group}",
    "so the grace period ends in {month} right and then they cancel it",
    "my blood sugar was one forty this morning and the {drug} copay is {amount}",
    "i was born in {year} if that matters for the medicare part",
    "the room number was {room} and they charged me for a private room",
    "my mother is {age_low} and she's on {plan}",
    "we switched from {insurer} to {insurer} in {month}",
    "can i get a ninety day supply of {drug} at {pharmacy}",
    "the bill says {amount} but the estimate was {amount}",
    "i'll pay the {amount} today with the card ending in {last4}",
    "the eob shows allowed amount {amount} and patient responsibility {amount}",
    "no no it's plan b not plan d and the {plan} was the one we had before",
    "i need the customer service number for {insurer} the one on the website",
    "the appointment is {weekday} at {time} and i want to know the copay",
    "the pharmacy says the claim rejected with code {opt} {opt} prior auth required for the {drug}",
    "the check number was {store} and it cleared on {weekday}",
    "the out of pocket max is {amount} for the family",
    "chase bank is where the payment came from it was {amount}",
    "we need the lot number {lot} for the recall",
    "they said the prior auth {auth} is good for twelve months",
    "um sorry say that again the option for billing was what press {opt}",
    "the brown bag program at {pharmacy} is on {weekday}",
    "i pay {amount} a month for {plan} is that right",
    "he takes {drug} {dose} and {drug} {dose} both at night",
    "it's the mail order one they ship every {count} days",
    "do you take {insurer} at the {pharmacy} on the corner",
    "my dentist bill was {amount} and dental is a separate group {group}",
    "it was a {month} date of service but i don't remember the day",
    "hold on let me get my card out okay it says {plan}",
    "the coinsurance is twenty percent after the deductible of {amount}",
    "i only have the claim number {claim} and the amount {amount}",
    "the pharmacy is open till {time} on {weekday} right",
    "how many refills are left on the {drug} i think it was three",
    "they charged {amount} for the ambulance and {amount} for the er",
]


# ---------------------------------------------------------------- build and check

LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')
CUES = ['my number is', 'date of birth', 'birthday']


def plain(line):
    return LABEL.sub(lambda m: m.group(2), line)


def check(lines, n_templates_phi):
    errors = []
    seen = set()
    free = 0
    over40 = 0
    for i, (lid, text) in enumerate(lines):
        if text in seen:
            errors.append('%s duplicate line' % lid)
        seen.add(text)
        # well-formed markup
        rest = LABEL.sub('', text)
        if '[[' in rest or ']]' in rest or '|' in rest:
            errors.append('%s malformed or nested markup' % lid)
        labels = LABEL.findall(text)
        if not labels:
            free += 1
        for kind, val in labels:
            if kind not in KINDS:
                errors.append('%s unknown kind' % lid)
            if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
                errors.append('%s bad label edge' % lid)
            toks = set(re.findall(r"[a-z']+", val.lower()))
            if toks & BAD_TOKENS:
                errors.append('%s label holds cue or title' % lid)
            if any(c in val.lower() for c in CUES) or "'s" in val.lower():
                errors.append('%s label holds cue or possessive' % lid)
        words = len(plain(text).split())
        if words < 8 or words > 55:
            errors.append('%s length %d' % (lid, words))
        if words > 40:
            over40 += 1
        if plain(text) != plain(text).lower():
            errors.append('%s upper case' % lid)
    if free != PHI_FREE:
        errors.append('phi-free %d != %d' % (free, PHI_FREE))
    if over40 > len(lines) // 10:
        errors.append('too many long turns %d' % over40)
    if n_templates_phi < MIN_TEMPLATES:
        errors.append('too few templates')
    return errors


def main():
    phi_needed = TOTAL - PHI_FREE
    assert len(PHI_T) * 2 >= phi_needed and len(FREE_T) * 2 >= PHI_FREE
    phi_order = PHI_T[:] + R.sample(PHI_T, phi_needed - len(PHI_T))
    free_order = FREE_T[:] + R.sample(FREE_T, PHI_FREE - len(FREE_T))
    assert max(phi_order.count(t) for t in PHI_T) <= 2
    assert max(free_order.count(t) for t in FREE_T) <= 2
    items = [(t, True) for t in phi_order] + [(t, False) for t in free_order]
    R.shuffle(items)
    texts = []
    seen = set()
    for t, _ in items:
        for _ in range(200):
            s = render(t)
            n = len(plain(s).split())
            if s not in seen and 8 <= n <= (55 if t in LONG_T else 40):
                break
        seen.add(s)
        texts.append(s)
    lines = [('vd16b-%03d' % (i + 1), s) for i, s in enumerate(texts)]
    errors = check(lines, len(PHI_T))
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)
    header = ('# voice-dev16b.tsv: generated by masker-domain/src/test/scripts/holdout16_voice_dev_b.py '
              '(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales en-ZA, it, hu, lv, fr, '
              'en-IN, vi and en-IE in place of en-GB, diacritics dropped) and invented names, streets '
              'and towns written for Masker; caller turns of insurance, billing and pharmacy calls '
              '(member, subscriber, Medicaid, Medicare MBI, policy, account and record numbers, '
              'fax and phone numbers, NPI and DEA numbers, subscribers, dependants, guarantors, '
              'doctors and pharmacists, birth dates); %d turns, %d PHI-free; development set; '
              'every value invented.' % (SEED, TOTAL, PHI_FREE))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(header + '\n')
        for lid, s in lines:
            f.write('%s\t%s\n' % (lid, s))
    counts = {}
    for _, s in lines:
        for k, _ in LABEL.findall(s):
            counts[k] = counts.get(k, 0) + 1
    print('wrote %d turns (%d phi-free), %d phi templates, %d phi-free templates' %
          (len(lines), PHI_FREE, len(PHI_T), len(FREE_T)))
    print(' '.join('%s=%d' % kv for kv in sorted(counts.items())))


if __name__ == '__main__':
    main()
