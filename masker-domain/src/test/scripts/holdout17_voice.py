#!/usr/bin/env python3
"""Seventeenth held-out evaluation set for Masker: caller turns of real calls of every kind.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
170173). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0). The brief asked for
en-GB, de, fr-CA, pt, en-SG, nl-BE, es-PY and en-NG; en-GB and nl-BE hold no name lists in 2.7.0,
so en-IE and nl stand in for them. Given names and surnames are combined at random so no real
person is meant, diacritics are dropped as speech-to-text drops them, female and male given names
(de, en-SG and invented lists) are kept apart where a pronoun follows, and invented and
ordinary-word names, streets and towns written here are added.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df17
    python3 masker-domain/src/test/scripts/holdout17_voice.py [/tmp/df17]

Every value is invented: phones only from fiction ranges (NANP 555-01xx, UK 07700 900xxx and
01632 960xxx, AU 0491 570 xxx), e-mails and URLs at example.com/.org/.net, card numbers are the
networks' published test numbers, IBANs the SWIFT registry's examples, NPI, DEA, VIN and IMEI
numbers carry correct check digits, SSN areas are never 000, 666 or 9xx, Medicare numbers follow
the MBI shape, IPs come from private and documentation ranges. The script checks what it writes
and exits non-zero when a check fails.
"""
import collections
import os
import random
import re
import sys
import unicodedata

SEED = 170173
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-holdout17.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df17'
TOTAL = 280
PHI_FREE = 42
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}
TITLES = {'dr', 'mr', 'mrs', 'ms', 'miss', 'mister', 'doctor', 'nurse', 'prof', 'sir'}
CUE_PHRASES = ['my number is', 'number is', 'dob', 'fax', 'born', 'date of birth', 'birthday',
               'phone', 'e-mail', 'email', 'social', 'member id', 'account number', "'s "]
LOCALES = ['en-IE', 'de', 'fr-CA', 'pt', 'en-SG', 'nl', 'es-PY', 'en-NG']


# ---------------------------------------------------------------- names from Datafaker
def plain(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().strip().strip('"').strip()


def yml_list(text, key):
    m = re.search(r'\n\s+' + key + r':\s*(?:&\w+\s*)?\[(.*?)\]', text, re.S)
    if not m:
        return []
    out = []
    for raw in m.group(1).split(','):
        v = plain(raw)
        if re.fullmatch(r"[a-z][a-z' -]*[a-z]", v) and v not in TITLES and v != 'sname':
            out.append(v)
    return out


def load():
    given, female, male, last = {}, [], [], {}
    for loc in LOCALES:
        path = os.path.join(DF, loc + '.yml')
        if not os.path.exists(path):
            sys.exit('missing ' + path + ' (unzip the Datafaker jar first, see docstring)')
        t = open(path, encoding='utf-8').read()
        g = yml_list(t, 'first_name') + yml_list(t, 'male_first_name') + yml_list(t, 'female_first_name')
        ln = yml_list(t, 'last_name')
        if not g or not ln:
            sys.exit('no name lists in ' + loc)
        given[loc], last[loc] = g, ln
        female += yml_list(t, 'female_first_name') + yml_list(t, 'female_english_name')
        male += yml_list(t, 'male_first_name') + yml_list(t, 'male_english_name')
    return given, female, male, last


GIVEN, FEMALE, MALE, LAST = load()
# invented and ordinary-word names, written for this set
FEMALE += ['brisa', 'ottilie', 'marvella', 'jessamy', 'corliss', 'henna', 'delphine', 'wrenna',
           'idony', 'tamsin', 'oriel', 'sabeth']
MALE += ['corvan', 'ellery', 'thaddeus', 'osric', 'brannock', 'lucan', 'dorrin', 'hollis', 'torben',
         'ambrose', 'quill', 'fenwick']
INV_LAST = ['quarrington', 'belmaine', 'oduya', 'tressider', 'vankirk', 'mallory-fane', 'achterberg',
            'ploufe', 'dunstanville', 'okorafor', 'sethuraman', 'kwarteng', 'fairweather', 'lemaitre',
            'van der stoep', 'de la riva', "o'gorman", 'haverkamp', 'ruddle', 'penhallow']
ORD_F = ['june', 'hope', 'joy', 'summer', 'dawn', 'grace', 'rose', 'faith', 'autumn', 'april', 'ivy',
         'holly', 'may', 'sunny', 'robin']
ORD_M = ['will', 'mark', 'bill', 'chase', 'rusty', 'jack', 'frank', 'pat', 'gene', 'art', 'sonny',
         'grant', 'cliff']
ORD_LAST = ['stone', 'frost', 'fox', 'bell', 'cook', 'baker', 'wood', 'hill', 'king', 'little',
            'short', 'rich', 'strong', 'may', 'summers', 'winter', 'church', 'field']


def surname():
    if R.random() < 0.12:
        return R.choice(INV_LAST)
    if R.random() < 0.08:
        return R.choice(ORD_LAST)
    return R.choice(LAST[R.choice(LOCALES)])


def given(g=None):
    if g == 'f':
        return R.choice(ORD_F) if R.random() < 0.1 else R.choice(FEMALE)
    if g == 'm':
        return R.choice(ORD_M) if R.random() < 0.1 else R.choice(MALE)
    return R.choice(GIVEN[R.choice(LOCALES)])


# ---------------------------------------------------------------- numbers in words
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
        'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORDS = {1: 'first', 2: 'second', 3: 'third', 5: 'fifth', 8: 'eighth', 9: 'ninth', 12: 'twelfth'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
MON_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec']


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + ' hundred' + ('' if rest == 0 else ' ' + R.choice(['', 'and ']) + words(rest))
    rest = n % 1000
    return words(n // 1000) + ' thousand' + ('' if rest == 0 else ' ' + words(rest))


def ordinal(n):
    if n in ORDS:
        return ORDS[n]
    if n < 20:
        return ONES[n] + 'th'
    if n % 10 == 0:
        return TENS[n // 10][:-1] + 'ieth'
    return TENS[n // 10] + ' ' + ordinal(n % 10)


def year_words(y):
    if 2000 <= y < 2010:
        return R.choice(['two thousand ' + ONES[y - 2000], 'two thousand and ' + ONES[y - 2000]])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + ' hundred'
    return words(hi) + ' ' + (('oh ' + ONES[lo]) if lo < 10 else words(lo))


def say_digits(ds, style=None):
    """Digits as a caller says them: plain, with 'oh', 'double'/'triple', or pairs."""
    style = style or R.choice(['plain', 'oh', 'double', 'oh', 'double'])
    zero = 'oh' if style in ('oh', 'double') else 'zero'
    out, i = [], 0
    while i < len(ds):
        c = ds[i]
        if not c.isdigit():
            out.append(c)
            i += 1
            continue
        w = zero if c == '0' else ONES[int(c)]
        if style == 'double' and i + 2 < len(ds) and ds[i + 1] == c and ds[i + 2] == c:
            out.append('triple ' + w)
            i += 3
        elif style == 'double' and i + 1 < len(ds) and ds[i + 1] == c:
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def rdig(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def lab(kind, value):
    return '[[' + kind + '|' + value + ']]'


# ---------------------------------------------------------------- value generators
CTX = {}


def g_name(g=None, order='gs'):
    gn, sn = given(g), surname()
    CTX['given'], CTX['last'] = gn, sn
    if order == 'sc':
        return lab('NAME', sn + ', ' + gn)
    return lab('NAME', gn + ' ' + sn if order == 'gs' else sn + ' ' + gn)


def g_spell(word):
    letters = [c for c in word if c.isalpha()]
    sep = R.choice([' ', ' ', '-'])
    return lab('NAME', sep.join(letters))


def phone_digits(cc=None):
    kind = {'uk': 0.7 if R.random() < .6 else 0.8, 'au': 0.9}.get(cc, R.random())
    if kind < 0.6:
        area = R.choice(['212', '312', '415', '503', '614', '702', '808', '919', '207', '406', '828'])
        return 'us', area, '555', '01' + rdig(2)
    if kind < 0.75:
        return 'uk', '07700', '900' + rdig(3), ''
    if kind < 0.85:
        return 'uk', '01632', '960' + rdig(3), ''
    return 'au', '0491', '570' + rdig(3), ''


def g_phone(kind='PHONE', intl=None, ext=None, cc=None):
    cc, a, b, c = phone_digits(cc)
    form = R.random()
    if cc == 'us':
        if form < 0.55:
            s = say_digits(a) + ' ' + say_digits(b) + ' ' + say_digits(c)
            if intl or R.random() < 0.12:
                s = 'plus one ' + s
        elif form < 0.8:
            s = R.choice(['({}) {}-{}', '{}-{}-{}', '{}.{}.{}', '{} {} {}']).format(a, b, c)
            if intl or R.random() < 0.12:
                s = '+1 ' + s
        else:
            s = say_digits(a) + ' ' + b + ' ' + c
    else:
        if cc == 'uk':
            if intl or R.random() < 0.4:
                s = R.choice(['plus four four ' + say_digits(a[1:]) + ' ' + say_digits(b),
                              '+44 ' + a[1:] + ' ' + b, 'double four ' + say_digits(a[1:] + b)])
            else:
                s = R.choice([say_digits(a) + ' ' + say_digits(b), a + ' ' + b])
        else:
            if intl or R.random() < 0.4:
                s = R.choice(['plus six one ' + say_digits(a[1:]) + ' ' + say_digits(b[:3]) + ' ' + say_digits(b[3:]),
                              '+61 ' + a[1:] + ' ' + b[:3] + ' ' + b[3:]])
            else:
                s = R.choice([say_digits(a) + ' ' + say_digits(b[:3]) + ' ' + say_digits(b[3:]),
                              a + ' ' + b[:3] + ' ' + b[3:]])
    if ext or (ext is None and R.random() < 0.12):
        e = rdig(R.choice([2, 3, 4]))
        s += R.choice([' extension ' + say_digits(e, 'plain'), ' ext ' + e, ' ext. ' + e,
                       ' x' + e])
    return lab(kind, s)


STREETS = ['copperleaf lane', 'tollgate road', 'whitcombe street', 'orchard view drive', 'garnet way',
           'meadowlark court', 'ferris hollow road', 'spruce hill terrace', 'old mill road',
           'kingsley avenue', 'hawthorn circle', 'larkspur place', 'wrenfield close', 'saddleback trail',
           'pewter lane', 'church street', 'main street', 'grant avenue', 'liberty boulevard',
           'quarry bend road', 'ashby crossing', 'tamarack drive', 'bellweather lane', 'dovecote row',
           'fenmore parkway', 'union street', 'hope street', 'cinder path', 'juniper ridge road',
           'alder bank way', 'north fifth street', 'east ninth avenue']
TOWNS = ['millbrook falls', 'harrowgate', 'cedar hollow', 'port alwin', 'dunmore springs',
         'kessler ridge', 'little tarrow', 'west ombury', 'brackenfield', 'saint anselm',
         'lowther junction', 'quarry bend', 'ashby crossing', 'fallow creek', 'new gilmore',
         'pellington', 'oxley green', 'south varden', 'liberty', 'hope', 'union', 'friendship',
         'paradise', 'temple', 'greystone', 'marlow heights', 'birchwood', 'east tillbury']
STATES = ['ohio', 'kentucky', 'oregon', 'new mexico', 'maine', 'iowa', 'georgia', 'vermont',
          'nebraska', 'tennessee', 'arizona', 'michigan', 'texas', 'florida']
UNITS = ['apartment {}', 'apt {}', 'unit {}', 'suite {}', 'number {}', 'lot {}', 'space {}']


def house_no():
    n = R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10, 99)])
    f = R.random()
    if f < 0.4:
        return str(n)
    if n >= 1000 and f < 0.7:
        return words(n // 100) + ' ' + (('oh ' + ONES[n % 100]) if n % 100 < 10 else words(n % 100))
    if f < 0.85:
        return say_digits(str(n), 'plain')
    return words(n)


def g_addr(unit=None):
    s = house_no() + ' ' + R.choice(STREETS)
    if unit or (unit is None and R.random() < 0.4):
        u = R.choice([str(R.randint(1, 40)), R.choice(ONES[1:13]) + ' ' + R.choice('abcd'),
                      R.choice('abcd') + ' ' + R.choice(['one', 'two', 'three']), str(R.randint(100, 450))])
        s += ' ' + R.choice(UNITS).format(u)
    return lab('ADDRESS', s)


def g_po():
    n = rdig(R.choice([3, 4, 5])).lstrip('0') or '7'
    return lab('ADDRESS', R.choice(['po box ' + n, 'p o box ' + say_digits(n), 'PO Box ' + n,
                                    'post office box ' + say_digits(n, 'plain')]))


def g_rr():
    return lab('ADDRESS', R.choice(['rural route ' + ONES[R.randint(1, 9)] + ' box ' + say_digits(rdig(3).lstrip('0') or '4'),
                                    'rr ' + str(R.randint(1, 9)) + ' box ' + str(R.randint(10, 999)),
                                    'county road ' + str(R.randint(10, 900)) + ' ' + R.choice(['north', 'east', 'south', 'west']) + ' ' + str(R.randint(1000, 9999))]))


def g_town():
    return lab('LOCATION', R.choice(TOWNS))


def g_zip(plus4=None):
    z = str(R.randint(1, 9)) + rdig(4)
    p = rdig(4)
    if plus4 or (plus4 is None and R.random() < 0.3):
        return lab('ZIP', R.choice([z + '-' + p, say_digits(z) + ' dash ' + say_digits(p),
                                    say_digits(z + p)]))
    return lab('ZIP', R.choice([z, say_digits(z), say_digits(z, 'plain')]))


def date_shape(y0, y1):
    y, m, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
    f = R.randint(0, 13)
    mn = MONTHS[m - 1]
    if f == 0:
        return mn + ' ' + ordinal(d) + ' ' + year_words(y)
    if f == 1:
        return 'the ' + ordinal(d) + ' of ' + mn + ' ' + year_words(y)
    if f == 2:
        return '{}/{}/{}'.format(m, d, y)
    if f == 3:
        return '{:02d}-{:02d}-{}'.format(m, d, y)
    if f == 4:
        return '{:02d}.{:02d}.{}'.format(d, m, y)
    if f == 5:
        return '{}-{:02d}-{:02d}'.format(y, m, d)
    if f == 6:
        return say_digits('{:02d}{:02d}'.format(m, d), 'oh') + ' ' + year_words(y)
    if f == 7:
        return mn + ' ' + str(d) + ' ' + str(y)
    if f == 8:
        return MON_ABBR[m - 1] + ' ' + str(d) + ', ' + str(y)
    if f == 9:
        return ordinal(d) + ' ' + mn + ' ' + year_words(y)
    if f == 10:
        return mn + ' the ' + ordinal(d) + ' ' + year_words(y)
    if f == 11:
        return words(m) + ' ' + words(d) + ' ' + year_words(y)
    if f == 12:
        return '{}/{}/{:02d}'.format(m, d, y % 100)
    return str(d) + ' ' + mn + ' ' + str(y)


def g_dob():
    return lab('DOB', date_shape(1924, 2012))


def g_date():
    f = R.random()
    if f < 0.35:
        return lab('DATE', date_shape(2019, 2025))
    y, m, d = R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 30 if R.random() < .9 else 28)
    mn = MONTHS[m - 1]
    return lab('DATE', R.choice([mn + ' ' + ordinal(d), 'the ' + ordinal(d) + ' of ' + mn,
                                 mn + ' ' + year_words(y), mn + ' ' + str(y), '{}/{}'.format(m, d),
                                 mn + ' ' + str(d), ordinal(d) + ' of ' + mn]))


def g_age():
    n = R.randint(90, 104)
    return lab('AGE', R.choice([words(n), str(n), words(n)]))


def young_age():
    return words(R.randint(19, 89))


EMAIL_DOM = ['example dot com', 'example dot org', 'example dot net']


def g_email(spelled=False):
    gn, sn = CTX.get('given') or given(), CTX.get('last') or surname()
    gn, sn = gn.split()[0].replace("'", ''), sn.split()[-1].replace("'", '').replace('-', '')
    n = rdig(R.choice([0, 2, 2, 4]))
    dom = R.choice(EMAIL_DOM)
    if spelled:
        user = ' '.join(gn[0] + sn[:R.randint(3, 6)])
        return lab('EMAIL', user + ' ' + (say_digits(n, 'plain') + ' ' if n else '') + 'at ' + dom)
    f = R.random()
    if f < 0.4:
        return lab('EMAIL', gn + ' dot ' + sn + (' ' + say_digits(n) if n else '') + ' at ' + dom)
    if f < 0.65:
        return lab('EMAIL', gn[0] + sn + n + '@' + dom.replace(' dot ', '.'))
    if f < 0.85:
        return lab('EMAIL', gn + ' underscore ' + sn[:4] + ' at ' + dom)
    return lab('EMAIL', sn + '.' + gn + n + '@' + dom.replace(' dot ', '.'))


def g_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = '{:03d}{:02d}{:04d}'.format(a, R.randint(1, 99), R.randint(1, 9999))
    f = R.random()
    if f < 0.5:
        return lab('SSN', say_digits(s[:3]) + ' ' + say_digits(s[3:5]) + ' ' + say_digits(s[5:]))
    if f < 0.75:
        return lab('SSN', s[:3] + '-' + s[3:5] + '-' + s[5:])
    return lab('SSN', say_digits(s))


def alnum_spoken(s):
    out = []
    for c in s:
        out.append(c if c.isalpha() else ('oh' if c == '0' and R.random() < .5 else ONES[int(c)]))
    return ' '.join(out)


def g_mrn():
    f = R.random()
    if f < 0.35:
        return lab('MRN', say_digits(rdig(R.choice([7, 8]))))
    if f < 0.6:
        return lab('MRN', R.choice(['MRN', 'M', 'PT', 'CH']) + rdig(7) if False else R.choice('mhkp') + rdig(7))
    if f < 0.8:
        return lab('MRN', alnum_spoken(R.choice('abcdefghjk') + rdig(6)))
    return lab('MRN', rdig(3) + '-' + rdig(4) + '-' + rdig(2))


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'


def mbi():
    an = MBI_A + '0123456789'
    return (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(an) + R.choice('0123456789') + R.choice(MBI_A)
            + R.choice(an) + R.choice('0123456789') + R.choice(MBI_A) + R.choice(MBI_A)
            + R.choice('0123456789') + R.choice('0123456789'))


def g_mbi():
    m = mbi()
    f = R.random()
    if f < 0.4:
        return lab('HEALTH_PLAN_ID', alnum_spoken(m.lower()))
    if f < 0.7:
        return lab('HEALTH_PLAN_ID', m)
    return lab('HEALTH_PLAN_ID', m[:4] + '-' + m[4:7] + '-' + m[7:])


def g_member():
    f = R.random()
    if f < 0.3:
        return lab('HEALTH_PLAN_ID', alnum_spoken(R.choice(['xq', 'wz', 'jb', 'h', 'mk']) + rdig(8)))
    if f < 0.55:
        return lab('HEALTH_PLAN_ID', R.choice(['XQ', 'WZ', 'JBH', 'U', 'MKA']) + rdig(9))
    if f < 0.8:
        return lab('HEALTH_PLAN_ID', say_digits(rdig(R.choice([9, 10, 11]))))
    return lab('HEALTH_PLAN_ID', rdig(3) + ' ' + rdig(3) + ' ' + rdig(4))


def g_nhs():
    while True:
        body = str(R.randint(4, 6)) + rdig(8)
        c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if c == 11:
            c = 0
        if c != 10:
            break
    n = body + str(c)
    return lab('HEALTH_PLAN_ID', R.choice([n[:3] + ' ' + n[3:6] + ' ' + n[6:],
                                           say_digits(n[:3]) + ' ' + say_digits(n[3:6]) + ' ' + say_digits(n[6:])]))


def g_medicaid():
    return lab('HEALTH_PLAN_ID', R.choice([say_digits(rdig(R.choice([8, 10, 12]))),
                                           R.choice('abcdefghjk') + rdig(8),
                                           alnum_spoken(R.choice('abcdefghjk') + R.choice('abcdefghjk') + rdig(6))]))


def g_acct():
    return lab('ACCOUNT', R.choice([say_digits(rdig(R.choice([8, 9, 10]))), rdig(R.choice([8, 10, 12])),
                                    rdig(4) + '-' + rdig(5), 'a' + rdig(7)]))


CARDS = ['4111 1111 1111 1111', '4012 8888 8888 1881', '5555 5555 5555 4444', '5105 1051 0510 5100',
         '3782 822463 10005', '3714 496353 98431', '6011 1111 1111 1117', '3530 1113 3330 0000',
         '4242 4242 4242 4242', '2223 0031 2200 3222', '6011 0009 9013 9424', '3566 0020 2036 0505']


def g_card():
    c = R.choice(CARDS)
    f = R.random()
    if f < 0.35:
        return lab('CREDIT_CARD', c)
    if f < 0.55:
        return lab('CREDIT_CARD', c.replace(' ', ''))
    if f < 0.75:
        return lab('CREDIT_CARD', c.replace(' ', '-'))
    return lab('CREDIT_CARD', ' '.join(say_digits(p) for p in c.split()))


IBANS = ['DE89 3704 0044 0532 0130 00', 'GB29 NWBK 6016 1331 9268 19', 'FR14 2004 1010 0505 0001 3M02 606',
         'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332', 'BE68 5390 0754 7034',
         'CH93 0076 2011 6238 5295 7', 'AT61 1904 3002 3457 3201', 'PT50 0002 0123 1234 5678 9015 4',
         'IT60 X054 2811 1010 0000 0123 456', 'IE29 AIBK 9311 5212 3456 78']


def g_iban():
    b = R.choice(IBANS)
    f = R.random()
    if f < 0.45:
        return lab('IBAN', b)
    if f < 0.7:
        return lab('IBAN', b.replace(' ', ''))
    return lab('IBAN', alnum_spoken(b.replace(' ', '').lower()))


def npi():
    body = '1' + rdig(8) if R.random() < .5 else '2' + rdig(8)
    return body + luhn_digit('80840' + body)


def g_npi():
    n = npi()
    return lab('LICENSE', R.choice([n, say_digits(n), n[:5] + ' ' + n[5:]]))


def g_dea():
    letters = R.choice('ABFGM') + R.choice('ABCDEFGHJKLMNPRSTWZ')
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    s = letters + ''.join(map(str, d)) + str(chk)
    return lab('LICENSE', R.choice([s, alnum_spoken(s.lower()), s.lower()]))


def g_dl():
    s = R.choice('abcdefghkmnprstw') + rdig(R.choice([7, 8, 12]))
    return lab('LICENSE', R.choice([s.upper(), alnum_spoken(s), s[0] + ' ' + say_digits(s[1:])]))


VIN_MAP = {**{str(i): i for i in range(10)}, 'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7,
           'H': 8, 'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4,
           'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = [R.choice('12345JKLSVWYZ')] + [R.choice(chars) for _ in range(7)] + ['0'] + \
        [R.choice('ABCDEFGHJKLMNPRSTVWXY123456789')] + [R.choice(chars)] + [R.choice('0123456789') for _ in range(6)]
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = 'X' if s == 10 else str(s)
    return ''.join(v)


def g_vin():
    v = vin()
    return lab('VEHICLE_ID', R.choice([v, v.lower(), alnum_spoken(v.lower())]))


def g_plate():
    f = R.random()
    if f < 0.4:
        p = ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + rdig(4)
        return lab('VEHICLE_ID', R.choice([p, p[:3] + ' ' + p[3:], p[:3] + '-' + p[3:]]))
    if f < 0.7:
        p = rdig(1) + ''.join(R.choice('abcdefghjkmnprstwxyz') for _ in range(3)) + rdig(3)
        return lab('VEHICLE_ID', alnum_spoken(p))
    p = ''.join(R.choice('ABCDEFGHJKLMNPRSTVWXY') for _ in range(2)) + rdig(2) + ' ' + \
        ''.join(R.choice('ABCDEFGHJKLMNPRSTVWXY') for _ in range(3))
    return lab('VEHICLE_ID', p)


def g_serial():
    s = R.choice(['sn', 'gx', 'pm', 'cpx', 'hb', 'tx']) + rdig(R.choice([6, 8, 9])) + R.choice(['', 'a', 'k'])
    return lab('DEVICE_ID', R.choice([s.upper(), alnum_spoken(s), s[:2].upper() + '-' + s[2:].upper()]))


def g_imei():
    body = R.choice(['35', '86', '01', '49']) + rdig(12)
    n = body + luhn_digit(body)
    return lab('DEVICE_ID', R.choice([n, say_digits(n), n[:2] + ' ' + n[2:8] + ' ' + n[8:14] + ' ' + n[14]]))


def g_url():
    sn = (CTX.get('last') or surname()).split()[-1].replace("'", '')
    gn = (CTX.get('given') or given()).split()[0].replace("'", '')
    f = R.random()
    if f < 0.3:
        return lab('URL', R.choice(EMAIL_DOM) + ' slash ' + gn + ' ' + sn)
    if f < 0.55:
        return lab('URL', 'www.' + R.choice(['example.com', 'example.org', 'example.net']) + '/' + R.choice(['u', 'p', 'fundraiser', 'family']) + '/' + gn + '-' + sn)
    if f < 0.8:
        return lab('URL', 'https://' + R.choice(['example.com', 'example.org', 'example.net']) + '/' + sn + gn[0] + rdig(2))
    return lab('URL', 'w w w dot ' + sn + R.choice(['family', 'care', 'carepage']) + ' dot example dot ' + R.choice(['com', 'org', 'net']))


def g_ip():
    f = R.random()
    if f < 0.25:
        ip = '192.168.{}.{}'.format(R.randint(0, 20), R.randint(2, 254))
    elif f < 0.45:
        ip = '10.{}.{}.{}'.format(R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    elif f < 0.6:
        ip = '172.{}.{}.{}'.format(R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    elif f < 0.85:
        ip = R.choice(['192.0.2', '198.51.100', '203.0.113']) + '.' + str(R.randint(2, 254))
    else:
        return lab('IP_ADDRESS', '2001:db8:{:x}::{:x}'.format(R.randint(1, 0xffff), R.randint(1, 0xffff)))
    if R.random() < 0.4:
        ip = ' dot '.join(' '.join(ONES[int(c)] for c in part) for part in ip.split('.'))
    return lab('IP_ADDRESS', ip)


# ---------------------------------------------------------------- unlabelled helpers
CLINICS = ['lakeside family practice', 'north valley pharmacy', 'bright path home health', 'clearview eye care',
           'harbor point dental', 'summit physical therapy', 'cedar grove hospice', 'pinewood labs',
           'maple ridge behavioral health', 'keystone medical billing', 'riverbend urgent care',
           'tri county medical transport', 'st brennan hospital', 'oakhurst cardiology']
DRUGS = ['metformin', 'lisinopril', 'atorvastatin', 'levothyroxine', 'amlodipine', 'sertraline',
         'gabapentin', 'warfarin', 'eliquis', 'prednisone', 'omeprazole', 'furosemide']
DOSES = ['five hundred milligrams', 'ten milligrams', '20 mg', 'forty milligrams', 'twenty five mg',
         'fifty micrograms', '2.5 milligrams', 'one hundred milligrams']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
TIMES = ['ten thirty', '2:15', 'quarter to nine', 'eleven forty five', 'three pm', '8 am', 'noon']

def cut_name():
    full = g_name()
    gn = CTX['given']
    return gn[:R.randint(2, 3)] + '- ' + R.choice(['sorry ', 'um ', '', 'i mean ']) + full


def set_ctx(key, value):
    CTX[key] = value
    return value


GEN = {
    'N': lambda: g_name(), 'NF': lambda: g_name('f'), 'NM': lambda: g_name('m'),
    'NR': lambda: g_name(None, 'sg'),
    'NRC': lambda: g_name(None, 'sc'),
    'G': lambda: lab('NAME', set_ctx('given', given())), 'GF': lambda: lab('NAME', given('f')), 'GM': lambda: lab('NAME', given('m')),
    'S': lambda: lab('NAME', set_ctx('last', surname())),
    'OMS': lambda: lab('NAME', set_ctx('ord', R.choice(ORD_M)) + ' ' + surname()),
    'ORD': lambda: lab('NAME', CTX['ord']),
    'PHUK': lambda: g_phone('PHONE', intl=True, cc='uk'), 'PHAU': lambda: g_phone('PHONE', intl=True, cc='au'),
    'OF': lambda: lab('NAME', R.choice(ORD_F)), 'OM': lambda: lab('NAME', R.choice(ORD_M)),
    'SPL': lambda: g_spell(CTX['last']), 'SPG': lambda: g_spell(CTX['given']),
    'PH': lambda: g_phone(), 'PHI': lambda: g_phone('PHONE', intl=True), 'PHX': lambda: g_phone('PHONE', ext=True),
    'FX': lambda: g_phone('FAX'),
    'ADDR': lambda: g_addr(), 'ADDRU': lambda: g_addr(True), 'PO': g_po, 'RR': g_rr, 'TOWN': g_town,
    'ZIP': lambda: g_zip(), 'ZIP4': lambda: g_zip(True), 'DOB': g_dob, 'DATE': g_date, 'AGE': g_age,
    'EM': lambda: g_email(), 'EMS': lambda: g_email(True), 'SSN': g_ssn, 'MRN': g_mrn, 'MBI': g_mbi,
    'MEM': g_member, 'NHS': g_nhs, 'MCD': g_medicaid, 'ACC': g_acct, 'CC': g_card, 'IBAN': g_iban,
    'NPI': g_npi, 'DEA': g_dea, 'DL': g_dl, 'VIN': g_vin, 'PLATE': g_plate, 'SER': g_serial,
    'IMEI': g_imei, 'URL': g_url, 'IP': g_ip,
    # unlabelled
    'STATE': lambda: R.choice(STATES), 'CLINIC': lambda: R.choice(CLINICS), 'DRUG': lambda: R.choice(DRUGS),
    'DOSE': lambda: R.choice(DOSES), 'WD': lambda: R.choice(WEEKDAYS), 'TIME': lambda: R.choice(TIMES),
    'MON': lambda: R.choice(MONTHS), 'YA': young_age, 'L4': lambda: say_digits(rdig(4)),
    'GRP': lambda: R.choice([rdig(6), say_digits(rdig(5)), 'g' + rdig(5)]),
    'CLM': lambda: R.choice([rdig(10), say_digits(rdig(9))]), 'YR': lambda: year_words(R.randint(1930, 1990)),
    'ROOM': lambda: words(R.randint(101, 450)), 'PRICE': lambda: R.choice(['forty two dollars', '$118.50', 'three hundred and twelve dollars', '$65']),
    'CUTN': lambda: cut_name(),
}

# ---------------------------------------------------------------- templates with PHI
T = [
    # refills / pharmacy
    "hi um yeah i'm calling for a refill on my {DRUG} the {DOSE} one it's under {N} date of birth {DOB}",
    "yes this is {NF} she her like i'm the patient and i need my {DRUG} sent to the pharmacy on file my phone is {PH}",
    "refill please last name is {S} first name {G} and uh born {DOB} the prescriber was dr {N}",
    "it's for my husband {NM} he ran out of the {DRUG} yesterday his birthday is {DOB} and he's on {CLINIC} records",
    "okay the prescription number i don't have it but the patient is {N} and the callback is {PH}",
    "the pharmacy needs the prescriber's dea number it's {DEA} and the npi is {NPI} for dr {N}",
    "i'm calling from {CLINIC} on behalf of dr {NF} her npi is {NPI} fax the refill request back to {FX}",
    "so i'm the doctor's nurse {GF} and the dea is {DEA} the patient is {N} date of birth {DOB}",
    # appointments
    "hi i need to reschedule my appointment it was on {DATE} and i can't make it my name is {N}",
    "uh yes this is {NR} like last name first sorry and i was seen on {DATE} for my knee",
    "i'd like to book a cleaning for my daughter {GF} she's in second grade and her date of birth is {DOB}",
    "i had an appointment with dr {S} on {DATE} and nobody called me back my number is {PH}",
    "can i get the first available with dr {N} i'm a new patient my dob is {DOB} and my zip is {ZIP}",
    "yes it's {N} {SPL} and i'm confirming for {WD} at {TIME}",
    "so the name is {N} last name is spelled {SPL} okay and the first name {SPG}",
    "hi this is {CUTN} and i wanted to cancel my eye exam on {DATE}",
    "my name's uh {NF} no sorry {NF} i always give my maiden name and my birthday is {DOB}",
    "hello i'm calling to move my physical therapy session from {DATE} to later that week patient {N}",
    # billing
    "i got a bill for a visit on {DATE} that my insurance should have covered my account number is {ACC}",
    "yeah the account is {ACC} under {N} and i was charged twice for the same x-ray",
    "i want to dispute a charge my card ending in {L4} was charged {PRICE} and i never went in on {DATE}",
    "okay i'll pay it now the card number is {CC} expiring oh nine twenty seven name on the card {N}",
    "can i pay by bank transfer from germany my iban is {IBAN} and the patient account is {ACC}",
    "i'm calling from abroad i live in portugal now the iban for the refund is {IBAN} under {N}",
    "you sent the statement to {ADDR} but i moved to {ADDRU} in {TOWN} {STATE} {ZIP}",
    "the billing address on the card is {ADDR} {TOWN} {ZIP4} and the card is {CC}",
    "i already gave the card {CC} to the lady yesterday her name was {OF} i think",
    "my mother {NF} got a collection notice she is {AGE} years old and the account is {ACC}",
    # insurance
    "my member id is {MEM} and the group number is {GRP} the subscriber is my wife {NF}",
    "i'm on medicare my medicare number is {MBI} and my name is {N} born {DOB}",
    "okay the mbi is {MBI} um for {NM} he's my father and he's {AGE}",
    "we switched to medicaid in {STATE} her medicaid number is {MCD} and her name is {NF}",
    "the claim number is {CLM} but the member id is {MEM} under {N} the policy holder",
    "i'm calling from the uk my nhs number is {NHS} and i need proof of cover for {N}",
    "yes the policy number is {MEM} and my social is {SSN} name {N}",
    "they want my social security number fine it's {SSN} and i was born {DOB}",
    "the last four of my social are {L4} oh you need the whole thing okay {SSN}",
    "medicaid id {MCD} for my son {GM} he's {YA} and he's on my plan",
    # lab results
    "i'm calling about my lab results from {DATE} my medical record number is {MRN}",
    "this is {N} calling about the blood work dr {S} ordered my chart number is {MRN}",
    "hi my mrn is {MRN} and i'm waiting on the biopsy from {DATE} my name is {N}",
    "can you fax the results to my cardiologist at {FX} attention dr {N}",
    "the lab says the case number is {MRN} for {N} date of birth {DOB}",
    "please send the results to my email it's {EM} under the name {N}",
    "my email is {EMS} the letters again {EMS}",
    "the patient portal won't let me in i'm logging in from {IP} and my email is {EM}",
    # rides / transport
    "i need a ride to dialysis on {DATE} pick up at {ADDRU} {TOWN} and my member id is {MEM}",
    "the driver never showed i was waiting at {ADDR} in {TOWN} call me at {PH}",
    "hi it's {N} from {TOWN} i need transport for my mom {NF} she uses a wheelchair and she's {AGE}",
    "the van that picked up my father had plate {PLATE} and he left his cane in it his name is {NM}",
    "i'm the driver for {CLINIC} the vehicle is a white van vin {VIN} plate {PLATE}",
    "my car got towed from your lot the plate is {PLATE} and it's registered to {N}",
    "for the mileage reimbursement the vin is {VIN} and my driver's license is {DL}",
    "uh pickup address is {RR} {TOWN} {STATE} {ZIP} it's the blue trailer past the church",
    # home health / hospice / carers
    "i'm the home health aide for {NF} she's {AGE} and she fell this morning her address is {ADDRU}",
    "i'm calling from cedar grove hospice about {NM} he's {AGE} and his wife {GF} asked us to call",
    "this is {GF} i'm a carer from bright path my client is {N} at {ADDR} in {TOWN}",
    "my neighbour {NF} asked me to call she doesn't hear well she's {AGE} and her phone is {PH}",
    "i'm calling for my aunt {NF} i'm her power of attorney my name is {N} and my number is {PHX}",
    "the hospice nurse {GF} left a number {PH} but it goes to voicemail this is about {N}",
    "the oxygen concentrator serial number is {SER} and it's beeping it belongs to {N}",
    "my dad's glucose monitor serial is {SER} and the app shows his phone imei is {IMEI}",
    "the medical alert pendant for {NF} has device id {SER} and it isn't calling out",
    # dental / eye care / PT
    "hi i'm calling harbor point dental my son {GM} cracked a tooth his birthday is {DOB}",
    "yeah for the contact lens order my name is {N} and ship to {PO} {TOWN} {ZIP}",
    "i'm the physical therapist {N} npi {NPI} calling about the authorization for {N}",
    "the glasses were supposed to go to {ADDRU} {TOWN} {ZIP4} under {N}",
    "my hearing aid right side serial {SER} stopped working i bought it on {DATE}",
    # mental health intake
    "hi i'm calling for an intake appointment my name is {N} i prefer {G} and my number is {PH}",
    "i'm calling for my partner {NF} she gave me permission her date of birth is {DOB}",
    "this is the school counselor {N} calling about a referral for a student {N} born {DOB}",
    "can the therapist call me at {PH} not the home number please my name is {NF}",
    # wrong numbers / complaints
    "oh sorry wrong number i was trying to reach {N} at {PH}",
    "you keep calling me looking for {NM} i don't know him my number is {PH} please take it off",
    "i want to file a complaint about the front desk the lady {OF} was rude to my mother {NF}",
    "the doctor i saw on {DATE} was dr {N} and i want a copy of my records sent to {ADDR} {TOWN}",
    "i'm calling from australia my mobile is {PHAU} and i'm trying to reach my brother {NM}",
    "my uk number is {PHUK} if the line drops this is {N} calling about my mother's bill",
    # agencies / for someone else
    "hello this is {N} with adult protective services calling about {N} at {ADDRU} {TOWN}",
    "i'm a case worker my fax is {FX} and the client is {N} medicaid number {MCD}",
    "this is the county sheriff's office we found a man named {NM} he has your card with member id {MEM}",
    "calling from the funeral home about {NF} who passed on {DATE} she was {AGE}",
    "i'm with the social security office confirming {N} social {SSN}",
    # mixed records
    "my old address was {PO} {TOWN} but the new one is {ADDRU} {TOWN} {STATE} {ZIP4}",
    "the referral says fax to {FX} or call {PHX} ask for {OF} at the front desk",
    "update my email to {EM} and my phone to {PH} everything else is the same",
    "i changed my name after the divorce it used to be {N} now it's {N} same date of birth {DOB}",
    "my grandmother is {AGE} and my grandfather is {YA} they both see dr {S} and their chart numbers are {MRN} and {MRN}",
    "the admission number is {MRN} and she was admitted on {DATE} her name is {NF}",
    "my dob is {DOB} i was born in {STATE} but i'm calling from spain",
    "okay so last name comma first name that's {NRC} and the first name is spelled {SPG}",
    "his name is {NM} {SPL} and his npi is {NPI} he's the hospitalist",
    "the lab requisition says patient id {MRN} and the ordering provider npi {NPI}",
    "my tablet for the telehealth visit has imei {IMEI} and it keeps dropping the ip is {IP}",
    "the kiosk in the lobby showed ip {IP} when it crashed and my check in name was {N}",
    "i set up the fundraiser page for my sister {NF} it's at {URL} for her surgery bills",
    "my son made a care page for me {URL} can you put that in my file my name is {N}",
    "the website you told me to use {URL} doesn't load i'm {N}",
    "you can reach my daughter {GF} at {EM} or at {PH} she handles my bills",
    "yes {N} here um my fax number is {FX} and the office phone is {PH}",
    "it's {S} {SPL} {G} and my date of birth is {DOB}",
    "i'm calling to ask about my dad {NM} he's {AGE} and was admitted {DATE} through the emergency room",
    "can you look me up by phone number it's {PH} the name should be {N}",
    "the mail order pharmacy needs my address {ADDR} {TOWN} {STATE} {ZIP} and my date of birth {DOB}",
    "i'm a nurse at {CLINIC} the patient {N} has a pacemaker serial {SER} and we need the rep",
    "she was born on {DOB} in {TOWN} and she's {AGE} now still sharp as a tack",
    "i'm the landlord at {ADDRU} and the tenant {NM} hasn't answered his door for days",
    "this is {N} from {CLINIC} returning a call to {N} at {PHX}",
    "the driver license number is {DL} issued in {STATE} and the name is {N}",
    "i was in the er on {DATE} and again on {DATE} under {N} and got two different bills",
    "name {N} d o b {DOB} member {MEM} that's all i have on me",
    "the card is {CC} and the zip for the card is {ZIP}",
    "i'm his son {GM} i live at {ADDR} in {TOWN} and my dad lives with me he's {AGE}",
    "we're visiting from canada my health card number is {MEM} and my name is {N}",
    "the patient account {ACC} is for {N} i'm the guarantor {N}",
    "please refund to this account iban {IBAN} the account holder is {N}",
    "my wife's hearing aid serial {SER} and her name {NF} date of birth {DOB}",
    "mailing address is {PO} {TOWN} {STATE} {ZIP4} and the patient is {N}",
    "the vin on the accessible van is {VIN} and the lift is broken i need another ride on {DATE}",
    "i'm calling for {NM} he's my patient at the group home his medicaid is {MCD} and he's {AGE} and moves to the new place on {DATE}",
    "okay it's {OMS} yeah just {ORD} is fine and my number is {PH}",
    "hi this is {OF} from the front desk at {CLINIC} calling for {N} please call back at {PHX}",
    "my social is {SSN} and my driver's license is {DL}",
    "so the mrn ends up being {MRN} and the account is {ACC} for {N}",
    "i'm in the netherlands right now my number here is {PHI} and my mail is {EM}",
    "his device the insulin pump serial {SER} and the phone imei {IMEI} both registered to {N}",
    "the email on file {EM} is old use {EM} instead",
    "the doctor's fax is {FX} it's dr {N} at {CLINIC}",
    "yes i got a letter addressed to {N} at {ADDR} but that person doesn't live here",
    "she's {AGE} and he's {AGE} and both of them see you for eye drops under {N}",
    "my nhs number is {NHS} and my gp is dr {S} in {TOWN}",
    "the refund for {N} can go to my account abroad {IBAN} not the card",
    "it says my login came from {IP} at three in the morning and it wasn't me this is {N}",
    "i work from home so my ip is {IP} and the portal locked me out my username is {EM}",
]

# ---------------------------------------------------------------- PHI-free templates
F = [
    "hi um i wanted to ask if you're open on {WD} and what time the pharmacy closes",
    "will you mark it on my chart that i'm allergic to penicillin and sulfa",
    "the {DRUG} {DOSE} twice a day is making me dizzy should i take it at night instead",
    "my blood pressure this morning was one forty eight over ninety two and my pulse was eighty eight",
    "i was born in {YR} so do i qualify for the senior discount on the copay",
    "my group number is {GRP} does that plan cover physical therapy after a knee replacement",
    "the claim number on the letter is {CLM} and it says denied can you tell me why",
    "she's {YA} and he's {YA} do they both need the shingles shot or just her",
    "can i come in sometime in {MON} for the flu shot or is it too early",
    "may i ask how long the wait is for a new patient with the dermatologist",
    "my dog rusty ate one of my {DRUG} pills do i call you or the vet",
    "i'm in room {ROOM} bed two and the call light isn't working",
    "the parking garage on grant avenue charges {PRICE} is there validation",
    "i hope so because the bill says i owe {PRICE} and i already paid it at the desk",
    "is the lab on the second floor open at {TIME} on {WD} for fasting blood work",
    "um my a1c came back at seven point two and my cholesterol at two ten is that bad",
    "do you take the sunshine plan or just medicare advantage in {STATE}",
    "my temperature is a hundred and one point four and i've had a cough since {WD}",
    "the hospice chaplain visited on {WD} and the family was really grateful thank you all",
    "i need the king size wheelchair cushion not the standard one it's for the hospital bed",
    "grace period for the premium is thirty days right i can pay on the first",
    "can you tell me what icd ten code r zero five point nine means on my bill",
    "i'm calling about the ride on {WD} at {TIME} it was supposed to be a wheelchair van",
    "sorry wrong number i was looking for the dentist not the eye doctor",
    "we'll be out of the country until {MON} can i get a ninety day supply",
]


def fill(tpl):
    CTX.clear()
    CTX['given'], CTX['last'] = given(), surname()

    def rep(m):
        return GEN[m.group(1)]()
    return re.sub(r'\{(\w+)\}', rep, tpl)


FILLERS = ['um ', 'uh ', 'yeah ', 'okay ', 'hi ', 'so ', 'hello yes ', 'sorry ', 'right so ']


def roughen(s):
    if R.random() < 0.3 and not s.startswith(('hi', 'um', 'uh', 'yeah', 'okay', 'so', 'hello', 'sorry')):
        s = R.choice(FILLERS) + s
    if R.random() < 0.2:
        spans = LABEL.findall(s)
        masked = LABEL.sub('\x00', s)
        ws = masked.split(' ')
        i = R.randrange(len(ws))
        if re.fullmatch(r'[a-z]+', ws[i]):
            ws.insert(i, ws[i])
            masked = ' '.join(ws)
        it = iter(spans)
        s = re.sub('\x00', lambda m: lab(*next(it)), masked)
    return s


# ---------------------------------------------------------------- checks
LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')


def check(lines, usage, phi_templates):
    errs = []
    kinds = collections.Counter()
    seen = set()
    phi_free = 0
    long_turns = 0
    for ident, text in lines:
        if text in seen:
            errs.append(ident + ': duplicate line')
        seen.add(text)
        stripped = LABEL.sub('', text)
        if '[[' in stripped or ']]' in stripped or '|' in stripped:
            errs.append(ident + ': malformed or nested markup')
        labs = LABEL.findall(text)
        if not labs:
            phi_free += 1
        for k, v in labs:
            kinds[k] += 1
            if k not in KINDS:
                errs.append(ident + ': unknown kind ' + k)
            if not v or v != v.strip() or v[-1] in ',;:!?' or v[0] in ',;:!?':
                errs.append(ident + ': bad label boundary')
            for c in CUE_PHRASES:
                if re.search(r'(?<![a-z])' + re.escape(c.strip()) + r'(?![a-z])', v.lower()):
                    errs.append(ident + ': cue in label ' + c)
            if re.search(r"'s\b", v.lower()):
                errs.append(ident + ": possessive in label")
            if v.lower().split()[0].strip('.') in TITLES:
                errs.append(ident + ': title in label')
        n = len(LABEL.sub(lambda m: m.group(2), text).split())
        if n < 8 or n > 60:
            errs.append(ident + ': length %d' % n)
        if n > 40:
            long_turns += 1
    if long_turns > 14:
        errs.append('too many long turns %d' % long_turns)
    if phi_free != PHI_FREE:
        errs.append('phi-free %d != %d' % (phi_free, PHI_FREE))
    if phi_templates < 60:
        errs.append('only %d templates with PHI' % phi_templates)
    for t, c in usage.items():
        if c > 2:
            errs.append('template used %d times' % c)
    for k in KINDS:
        if kinds[k] < 6:
            errs.append('kind %s only %d' % (k, kinds[k]))
    return errs, kinds


def main():
    n_phi = TOTAL - PHI_FREE
    pool = list(range(len(T))) * 2
    R.shuffle(pool)
    chosen = pool[:n_phi]
    fpool = list(range(len(F))) * 2
    R.shuffle(fpool)
    fchosen = fpool[:PHI_FREE]
    items = [('T', i) for i in chosen] + [('F', i) for i in fchosen]
    R.shuffle(items)
    usage = collections.Counter(items)
    lines, seen = [], set()
    for k, (src, i) in enumerate(items, 1):
        tpl = T[i] if src == 'T' else F[i]
        for _ in range(50):
            text = roughen(fill(tpl))
            if text not in seen:
                break
        seen.add(text)
        lines.append(('vh17-%03d' % k, text))
    errs, kinds = check(lines, usage, len(set(i for s, i in items if s == 'T')))
    header = ('# voice-holdout17.tsv: generated by masker-domain/src/test/scripts/holdout17_voice.py '
              '(seed 170173) from Datafaker 2.7.0 name lists (Apache-2.0; locales en-IE, de, fr-CA, pt, '
              'en-SG, nl, es-PY, en-NG, diacritics dropped; en-IE and nl stand in for en-GB and nl-BE, '
              'which hold no name lists) and invented names, streets and towns written for Masker; caller '
              'turns of real calls of every kind to clinic, pharmacy, insurer, lab, home-health, transport, '
              'hospice, dental, eye-care, physical-therapy, mental-health and billing voice agents, all PHI '
              'kinds labelled; held out, scored once; every value invented.')
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(header + '\n')
        for ident, text in lines:
            f.write(ident + '\t' + text + '\n')
    sys.stderr.write('templates with PHI used: %d of %d; PHI-free templates %d\n' % (
        len(set(i for s, i in items if s == 'T')), len(T), len(F)))
    sys.stderr.write(' '.join('%s=%d' % kv for kv in sorted(kinds.items())) + '\n')
    if errs:
        sys.stderr.write('\n'.join(errs) + '\n')
        sys.exit(1)


if __name__ == '__main__':
    main()
