#!/usr/bin/env python3
"""Eighteenth held-out evaluation set for Masker: caller turns of real calls of every kind.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
180183). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0). The brief asked for
en-US, en-ZA, pl, hu, lt, sl-SI, de-AT and es; en-US holds no name lists of its own (it uses the
base `en` lists), and lt and sl-SI are not in 2.7.0, so `en`, `lv` and `hr` stand in for them.
Given names and surnames are combined at random so no real person is meant, diacritics are
dropped as speech-to-text drops them, female and male given names (en, hu, es and invented lists)
are kept apart where a pronoun follows, the ungendered lists (en-ZA, pl, lv, hr, de-AT) are used
only where none does, and invented and ordinary-word names, streets and towns written here are
added.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df18h
    python3 masker-domain/src/test/scripts/holdout18_voice.py [/tmp/df18h]

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

SEED = 180183
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-holdout18.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df18h'
TOTAL = 280
PHI_FREE = 42
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}
TITLES = {'dr', 'mr', 'mrs', 'ms', 'miss', 'mister', 'doctor', 'nurse', 'prof', 'sir', 'madam'}
CUES = ['my number is', 'number is', 'dob', 'fax', 'date of birth', 'born', 'birthday', 'phone',
        'email', 'e-mail', 'social', 'member id', 'account number', 'zip code', 'plate']


def fail(msg):
    sys.stderr.write('check failed: ' + msg + '\n')
    sys.exit(1)


def plain(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('đ', 'd').replace('Đ', 'D')
    return s.lower().strip()


def yml_list(locale, key):
    path = os.path.join(DF, locale + '.yml') if locale != 'en' else os.path.join(DF, 'en', 'name.yml')
    if not os.path.exists(path):
        fail('missing ' + path + ' (unzip the Datafaker jar first, see docstring)')
    text = open(path, encoding='utf-8').read()
    m = re.search(r'^(\s+)' + key + r':\s*\[(.*?)\]\s*$', text, re.M | re.S)
    if m:
        vals = [v.strip().strip('"\'') for v in m.group(2).split(',')]
    else:
        m = re.search(r'^(\s+)' + key + r':\s*\n((?:\s+- .*\n)+)', text, re.M)
        if not m:
            fail('no key ' + key + ' in ' + locale)
        vals = [v.strip()[2:].strip().strip('"\'') for v in m.group(2).splitlines()]
    out = []
    for v in vals:
        p = plain(v)
        if p and '#' not in p and re.fullmatch(r"[a-z][a-z' -]*[a-z]", p) and len(p.split()) <= 2:
            out.append(p)
    if len(out) < 20:
        fail('too few names for ' + locale + ' ' + key)
    return sorted(set(out))


FEM = yml_list('en', 'female_first_name') + yml_list('hu', 'female_first_name') + \
    yml_list('es', 'female_first_name') + ['marvela', 'tresenne', 'ilsabet', 'joralie', 'quenby', 'odalys']
MAL = yml_list('en', 'male_first_name') + yml_list('hu', 'male_first_name') + \
    yml_list('es', 'male_first_name') + ['dorvan', 'castrel', 'emmeth', 'halvard', 'tobin', 'orrin']
ANY = yml_list('en-ZA', 'first_name') + yml_list('pl', 'first_name') + yml_list('lv', 'first_name') + \
    yml_list('hr', 'first_name') + yml_list('de-AT', 'first_name')
SUR = yml_list('en', 'last_name') + yml_list('en-ZA', 'last_name') + yml_list('pl', 'last_name') + \
    yml_list('hu', 'last_name') + yml_list('lv', 'last_name') + yml_list('hr', 'last_name') + \
    yml_list('de-AT', 'last_name') + yml_list('es', 'last_name') + \
    ['quellmark', 'ardenwick', 'tobrisson', 'vellacott', 'marchbanks-oyelaran', "o'dowling",
     'van der steeg', 'de la fuentes', 'halloran-pike', 'szabo-renner']
WORD_F = ['june', 'hope', 'grace', 'rose', 'dawn', 'faith', 'may', 'joy', 'penny', 'summer', 'april', 'ivy']
WORD_M = ['will', 'bill', 'art', 'ray', 'rusty', 'mark', 'august', 'hunter', 'sunny', 'grant', 'cliff']
WORD_SUR = ['stone', 'baker', 'frost', 'fields', 'rivers', 'king', 'cook', 'wood', 'snow', 'bell',
            'church', 'little', 'brown', 'march', 'may', 'hill']
STREETS = ['quillfeather lane', 'marrowbank road', 'tansy hollow drive', 'old kettleworth road',
           'brindlemoor avenue', 'church street', 'hope street', 'mill road', 'second avenue',
           'union street', 'larkspur court', 'ottersby way', 'cinderfield boulevard', 'palisade circle',
           'north fenwick street', 'harrowgate drive', 'liberty lane', 'saint aldric place', 'pine knot trail',
           'gallowbrook road', 'wheelwright street', 'south juniper avenue', 'county road nineteen']
TOWNS = ['ashgrove junction', 'port winnow', 'cedar hollow', 'lower brackenridge', 'fennick', 'saltmarsh',
         'west orrin', 'dunmore springs', 'hollis ferry', 'brightwater', 'liberty', 'harmony', 'friendship',
         'paradise', 'tobbington', 'marrowfield', 'east kettering falls', 'quarry bend', 'pellham cross',
         'stillwick']
FACILITIES = ['lakeview hospice', 'saint brendan nursing home', 'maple court rehab', 'harbor behavioral health',
              'county general', 'the veterans home']
STATES = ['ohio', 'texas', 'oregon', 'georgia', 'new mexico', 'maine', 'iowa', 'florida', 'nevada', 'vermont']
CLINICS = ['riverside family clinic', 'north valley pharmacy', 'sunrise home health', 'lakeview hospice',
           'bright smile dental', 'clearview eye care', 'motion physical therapy', 'harbor behavioral health',
           'tri county transport', 'mercy lab services', 'evergreen medical billing', 'keystone urgent care']

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
        'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
ORD = {1: 'first', 2: 'second', 3: 'third', 5: 'fifth', 8: 'eighth', 9: 'ninth', 12: 'twelfth'}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def words(n, hyphen=False):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (('-' if hyphen else ' ') + ONES[o] if o else '')
    h, rest = divmod(n, 100)
    return ONES[h] + ' hundred' + (' and ' + words(rest) if rest else '')


def ordinal(n):
    if n in ORD:
        return ORD[n]
    if n < 20:
        return ONES[n] + 'th'
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t][:-1] + 'ieth'
    return TENS[t] + ' ' + ordinal(o)


def year_words(y):
    if 2000 <= y < 2010:
        return 'two thousand' + (' ' + ONES[y - 2000] if y > 2000 else '')
    a, b = divmod(y, 100)
    return words(a) + ' ' + (('oh ' + ONES[b]) if 0 < b < 10 else words(b) if b else 'hundred')


DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def say_digits(s, style=None):
    """Digits said one by one; 0 as 'oh' or 'zero', runs as 'double'/'triple' sometimes."""
    style = style if style is not None else R.random()
    zero = 'oh' if style < 0.6 else 'zero'
    use_runs = style < 0.5 or 0.75 < style < 0.9
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            i += 1
            continue
        j = i
        while j < len(s) and s[j] == c:
            j += 1
        run = j - i
        w = zero if c == '0' else DIG[int(c)]
        if use_runs and run == 3:
            out.append('triple ' + w)
        elif use_runs and run >= 2:
            out.append('double ' + w)
            run = 2
        else:
            out.append(w)
            run = 1
        i += run
    return ' '.join(out)


def lab(kind, value):
    return '[[%s|%s]]' % (kind, value)


def rdig(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# --- value makers (all invented) -------------------------------------------------------------

def phone_us(ext=None):
    area = R.choice(['312', '415', '503', '614', '720', '802', '904', '216', '505', '207', '319', '775'])
    line = '01' + rdig(2)
    shape = R.randrange(7)
    if shape == 0:
        v = '(%s) 555-%s' % (area, line)
    elif shape == 1:
        v = '%s-555-%s' % (area, line)
    elif shape == 2:
        v = say_digits(area) + ' five five five ' + say_digits(line)
    elif shape == 3:
        v = 'plus one ' + say_digits(area) + ' triple five ' + say_digits(line)
    elif shape == 4:
        v = '%s %s five five five %s' % (say_digits(area), '', say_digits(line))
        v = re.sub(' +', ' ', v)
    elif shape == 5:
        v = '+1 %s 555 %s' % (area, line)
    else:
        v = say_digits(area, 0.7) + ' five five five zero one ' + words(int(line[2:])) if line[2] != '0' \
            else say_digits(area) + ' five five five ' + say_digits(line)
    if ext or (ext is None and R.random() < 0.2):
        e = R.choice('123456789') + (rdig(2) if R.random() < 0.5 else rdig(3))
        v += R.choice([' ext ' + e, ' extension ' + say_digits(e), ' ext. ' + e, ' extension ' + e])
    return v


def phone_uk():
    if R.random() < 0.5:
        tail = rdig(3)
        return R.choice(['oh seven seven double oh nine double oh ' + say_digits(tail, 0.1),
                         'plus four four seven seven double oh nine oh oh ' + say_digits(tail, 0.9),
                         '07700 900' + tail, '+44 7700 900' + tail])
    tail = rdig(3)
    return R.choice(['oh one six three two nine six oh ' + say_digits(tail, 0.1),
                     '01632 960' + tail, 'plus four four one six three two nine six zero ' + say_digits(tail, 0.9)])


def phone_au():
    tail = rdig(3)
    return R.choice(['oh four nine one five seven oh ' + say_digits(tail, 0.2), '0491 570 ' + tail,
                     '+61 491 570 ' + tail, 'plus six one four nine one five seven zero ' + say_digits(tail, 0.9)])


def phone_any():
    x = R.random()
    return phone_us() if x < 0.65 else phone_uk() if x < 0.85 else phone_au()


def dob_value():
    y = R.randint(1919, 2008)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s = R.randrange(10)
    if s == 0:
        return '%s %s %s' % (MONTHS[m - 1], ordinal(d), year_words(y))
    if s == 1:
        return 'the %s of %s %s' % (ordinal(d), MONTHS[m - 1], year_words(y))
    if s == 2:
        return '%d/%d/%d' % (m, d, y)
    if s == 3:
        return '%02d-%02d-%d' % (m, d, y)
    if s == 4:
        return '%02d.%02d.%d' % (d, m, y)
    if s == 5:
        return '%d-%02d-%02d' % (y, m, d)
    if s == 6:
        return '%s %s %s' % (say_digits('%02d' % m, 0.1), say_digits('%02d' % d, 0.1), year_words(y))
    if s == 7:
        return '%s %d %d' % (MONTHS[m - 1], d, y)
    if s == 8:
        return '%s %s %s' % (ordinal(d), MONTHS[m - 1], year_words(y))
    return '%s %s of %s' % (MONTHS[m - 1], ordinal(d), year_words(y)) if R.random() < 0.5 else \
        '%s %s %s' % (MONTHS[m - 1], words(d), words(y % 100) if y % 100 >= 20 else year_words(y))


def old_dob():
    v = dob_value()
    while not re.search(r'19[123][0-9]|nineteen (twenty|thirty|oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)', v):
        v = dob_value()
    return v


def home_value():
    v = address_value()
    while 'box' in v.lower() and 'rural' not in v:
        v = address_value()
    return v


def date_value():
    y = R.randint(2021, 2026)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s = R.randrange(10)
    if s == 0:
        return '%s %s' % (MONTHS[m - 1], ordinal(d))
    if s == 1:
        return 'the %s of %s' % (ordinal(d), MONTHS[m - 1])
    if s == 2:
        return '%d/%d/%d' % (m, d, y)
    if s == 3:
        return '%s %d' % (MONTHS[m - 1].capitalize() if R.random() < 0.3 else MONTHS[m - 1], y)
    if s == 4:
        return '%s of %s' % (MONTHS[m - 1], year_words(y))
    if s == 5:
        return '%d-%02d-%02d' % (y, m, d)
    if s == 6:
        return '%02d.%02d.%d' % (d, m, y)
    if s == 7:
        return '%s %s %s' % (MONTHS[m - 1], ordinal(d), year_words(y))
    if s == 8:
        return '%d/%d' % (m, d)
    return '%s %d' % (MONTHS[m - 1], d)


def age_value():
    a = R.randint(90, 106)
    s = R.randrange(5)
    if s == 0:
        return words(a)
    if s == 1:
        return words(a, True)
    if s == 2:
        return str(a)
    if a >= 100:
        return R.choice(['a hundred and %s' % words(a - 100) if a > 100 else 'a hundred',
                         'one hundred %s' % words(a - 100) if a > 100 else 'one hundred'])
    return words(a)


def email_value(given=None, sur=None):
    given = given or R.choice(FEM + MAL)
    sur = sur or R.choice(SUR)
    g = re.sub(r"[^a-z]", '', given)
    s = re.sub(r"[^a-z]", '', sur)
    dom = R.choice(['example.com', 'example.org', 'example.net'])
    local = R.choice([g + '.' + s, g[0] + s, g + s[0] + rdig(2), s + '.' + g[0], g + '_' + s])
    shape = R.randrange(4)
    if shape == 0:
        return local + '@' + dom
    spoken_dom = dom.replace('.', ' dot ')
    loc = local.replace('.', ' dot ').replace('_', ' underscore ')
    loc = re.sub(r'(\d+)', lambda m: ' ' + say_digits(m.group(1)) + ' ', loc)
    loc = re.sub(' +', ' ', loc).strip()
    if shape == 1:
        return loc + ' at ' + spoken_dom
    if shape == 2:
        sp = ' '.join(c if c.isalpha() else {'.': 'dot', '_': 'underscore'}.get(c, DIG[int(c)] if c.isdigit() else c)
                      for c in local)
        return sp + ' at ' + spoken_dom
    return loc + ' at ' + dom.split('.')[0] + ' ' + dom.split('.')[1]


def ssn_value():
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    v = '%03d-%02d-%04d' % (area, R.randint(1, 99), R.randint(1, 9999))
    s = R.randrange(3)
    if s == 0:
        return v
    if s == 1:
        return say_digits(v.replace('-', ''))
    return v.replace('-', ' ')


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_N = '0123456789'


def mbi_value():
    c = [R.choice('123456789'), R.choice(MBI_A), R.choice(MBI_A + MBI_N), R.choice(MBI_N),
         R.choice(MBI_A), R.choice(MBI_A + MBI_N), R.choice(MBI_N), R.choice(MBI_A), R.choice(MBI_A),
         R.choice(MBI_N), R.choice(MBI_N)]
    v = ''.join(c)
    s = R.randrange(3)
    if s == 0:
        return v
    if s == 1:
        return v[:4] + '-' + v[4:7] + '-' + v[7:]
    return ' '.join(ch.lower() if ch.isalpha() else DIG[int(ch)] for ch in v)


def medicaid_value():
    return R.choice([R.choice('ABCDEFGHKMNPRTWY') + R.choice('ABCDEFGHKMNPRTWY') + rdig(5) + R.choice('ABCDKPQ'),
                     rdig(10), say_digits(rdig(9)) if R.random() < 0.5 else rdig(12)])


def member_value():
    return R.choice([R.choice(['XJH', 'WQP', 'MNA', 'ZGB', 'KRE']) + rdig(9),
                     R.choice('WHKU') + rdig(8), rdig(3) + ' ' + rdig(3) + ' ' + rdig(3),
                     ' '.join(R.choice('wxkh')) + ' ' + say_digits(rdig(8))])


def mrn_value():
    return R.choice([rdig(7), rdig(8), 'MR-' + rdig(7), say_digits(rdig(7)), rdig(3) + '-' + rdig(4),
                     'C' + rdig(6)])


def acct_value():
    return R.choice([rdig(9), rdig(10), rdig(4) + ' ' + rdig(4) + ' ' + rdig(2), say_digits(rdig(8)),
                     'A-' + rdig(8)])


CARDS = ['4111 1111 1111 1111', '4012 8888 8888 1881', '5555 5555 5555 4444', '5105 1051 0510 5100',
         '3782 822463 10005', '3714 496353 98431', '6011 1111 1111 1117', '6011 0009 9013 9424',
         '4111111111111111', '5555555555554444', '3530 1113 3330 0000', '3056 9309 0259 04']


def card_value():
    v = R.choice(CARDS)
    if R.random() < 0.35:
        groups = v.split()
        if len(groups) == 1:
            groups = [v[i:i + 4] for i in range(0, len(v), 4)]
        return ' '.join(say_digits(g, 0.7) for g in groups)
    return v


IBANS = ['DE89 3704 0044 0532 0130 00', 'GB29 NWBK 6016 1331 9268 19', 'FR14 2004 1010 0505 0001 3M02 606',
         'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332', 'AT61 1904 3002 3457 3201',
         'PL61 1090 1014 0000 0712 1981 2874', 'HU42 1177 3016 1111 1018 0000 0000', 'SI56 2633 0001 2039 086',
         'LT12 1000 0111 0100 1000', 'BE68 5390 0754 7034', 'IE29 AIBK 9311 5212 3456 78',
         'CH93 0076 2011 6238 5295 7', 'GB82 WEST 1234 5698 7654 32', 'LV80 BANK 0000 4351 9500 1',
         'HR12 1001 0051 8630 0016 0']


def iban_value():
    v = R.choice(IBANS)
    s = R.randrange(3)
    if s == 0:
        return v
    if s == 1:
        return v.replace(' ', '')
    return v.lower()


def npi_value():
    base = R.choice('12') + rdig(8)
    return base + luhn_check('80840' + base)


def dea_value(sur=None):
    first = R.choice('ABFGM')
    second = (sur or R.choice(SUR))[0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + ''.join(map(str, d)) + str(chk)


VIN_MAP = {**{str(i): i for i in range(10)}, 'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
           'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6,
           'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin_value():
    c = [R.choice(VIN_CH) for _ in range(17)]
    c[9] = R.choice('ABCDEFGHJKLMNPRSTVWXY123456789')
    for i in range(12, 17):
        c[i] = R.choice('0123456789')
    total = sum(VIN_MAP[ch] * w for ch, w in zip(c, VIN_W))
    c[8] = 'X' if total % 11 == 10 else str(total % 11)
    v = ''.join(c)
    return v if R.random() < 0.8 else v.lower()


def plate_value():
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    v = R.choice([rdig(1) + ''.join(R.choice(L) for _ in range(3)) + rdig(3),
                  ''.join(R.choice(L) for _ in range(3)) + ' ' + rdig(4),
                  ''.join(R.choice(L) for _ in range(3)) + '-' + rdig(3)])
    if R.random() < 0.4:
        return ' '.join(ch.lower() if ch.isalpha() else DIG[int(ch)] for ch in v if ch not in ' -')
    return v


def imei_value():
    base = R.choice(['35', '86', '01', '49']) + rdig(12)
    v = base + luhn_check(base)
    return v if R.random() < 0.6 else say_digits(v, 0.9)


def serial_value():
    L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    return R.choice(['SN' + rdig(8), ''.join(R.choice(L) for _ in range(2)) + rdig(6) + R.choice(L),
                     rdig(4) + '-' + ''.join(R.choice(L + '0123456789') for _ in range(4)) + '-' + rdig(4),
                     ' '.join(R.choice('abcdefgkmpstx') for _ in range(2)) + ' ' + say_digits(rdig(7))])


def dl_value():
    L = 'ABCDEFGHJKLMNPRSTWY'
    return R.choice([R.choice(L) + rdig(7), R.choice(L) + rdig(3) + '-' + rdig(4) + '-' + rdig(4),
                     rdig(9), R.choice(L).lower() + ' ' + say_digits(rdig(7)), R.choice(L) + rdig(12)])


def url_value(given=None, sur=None):
    dom = R.choice(['example.com', 'example.org', 'example.net'])
    g = re.sub('[^a-z]', '', given or R.choice(ANY))
    s = re.sub('[^a-z]', '', sur or R.choice(SUR))
    path = R.choice(['/u/' + g + s, '/portal/' + g + '-' + s, '/p/' + rdig(6), '/~' + s, '/' + g + s + rdig(2)])
    v = R.choice(['https://', 'www.', 'http://www.', ''])[:] + dom + path
    if R.random() < 0.4:
        v = v.replace('https://', '').replace('http://', '')
        v = v.replace('www.', 'w w w dot ').replace('.', ' dot ').replace('/', ' slash ').replace('-', ' dash ')
        v = v.replace('~', 'tilde ')
        v = re.sub(r'(\d+)', lambda m: say_digits(m.group(1)), v)
        v = re.sub(' +', ' ', v).strip()
    return v


def ip_value():
    s = R.randrange(8)
    if s == 0:
        return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if s == 1:
        return '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254))
    if s == 2:
        return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if s == 3:
        return '192.0.2.%d' % R.randint(1, 254)
    if s == 4:
        return '198.51.100.%d' % R.randint(1, 254)
    if s == 5:
        return '203.0.113.%d' % R.randint(1, 254)
    if s == 6:
        return '2001:db8:%x::%x' % (R.randint(1, 0xffff), R.randint(1, 0xffff))
    return 'one nine two dot one six eight dot %s dot %s' % (say_digits(str(R.randint(0, 99)), 0.9),
                                                             say_digits(str(R.randint(1, 254)), 0.9))


def house_number():
    n = R.randint(3, 9899)
    s = R.randrange(3)
    if s == 0 or n < 100:
        return str(n)
    if s == 1:
        a, b = divmod(n, 100)
        if b == 0:
            return words(a) + ' hundred'
        return words(a) + ' ' + (('oh ' + ONES[b]) if b < 10 else words(b))
    return say_digits(str(n), 0.9)


def address_value():
    s = R.randrange(9)
    st = R.choice(STREETS)
    if s == 0:
        return 'po box ' + rdig(4)
    if s == 1:
        return 'P.O. Box ' + rdig(3)
    if s == 2:
        return 'rural route %s box %s' % (words(R.randint(1, 9)), rdig(3))
    if s == 3:
        return '%s %s apartment %s' % (house_number(), st, R.choice([rdig(1) + R.choice('abcd'), words(R.randint(2, 30))]))
    if s == 4:
        return '%s %s unit %s' % (house_number(), st, rdig(2))
    if s == 5:
        return '%d %s #%s' % (R.randint(100, 999), st.title(), R.randint(2, 99))
    if s == 6:
        return '%s %s lot %s' % (house_number(), st, words(R.randint(2, 60)))
    return '%s %s' % (house_number(), st)


def zip_value(plus4=False):
    z = '%05d' % R.randint(1001, 99899)
    if plus4:
        z4 = z + '-' + rdig(4)
        return z4 if R.random() < 0.6 else say_digits(z) + ' dash ' + say_digits(z4[-4:])
    return z if R.random() < 0.5 else say_digits(z)


# --- unlabelled fillers -----------------------------------------------------------------------

def young_age():
    return words(R.randint(19, 89))


FILLERS = ['um', 'uh', 'uh', 'um', 'like', 'you know', 'so', 'okay so', 'yeah']
DRUGS = ['metformin', 'lisinopril', 'atorvastatin', 'levothyroxine', 'amlodipine', 'sertraline', 'gabapentin',
         'omeprazole', 'losartan', 'warfarin', 'prednisone', 'insulin glargine']


def dose():
    return R.choice(['%s milligrams' % words(R.choice([5, 10, 20, 25, 40, 50, 100])), '%d mg' % R.choice([5, 10, 20, 81, 500]),
                     'half a tablet', '%s tablets' % words(R.randint(2, 4))])


def time_value():
    return R.choice(['%s thirty' % words(R.randint(1, 11)), '%d:%02d' % (R.randint(7, 17), R.choice([0, 15, 30, 45])),
                     '%s o\'clock' % words(R.randint(1, 11)), 'quarter past %s' % words(R.randint(1, 11)),
                     '%s a m' % words(R.randint(7, 11))])


def room():
    return R.choice(['room %s' % words(R.randint(101, 499)), 'room %d' % R.randint(101, 699),
                     'bed %s' % words(R.randint(2, 30))])


def vitals():
    return R.choice(['%s over %s' % (words(R.randint(110, 165)).replace(' and', ''), words(R.randint(60, 95))),
                     'sugar was %s' % words(R.randint(90, 280)).replace(' and', ''),
                     'temperature %s point %s' % (words(R.randint(97, 102)).replace(' and', ''), words(R.randint(1, 9))),
                     'oxygen at %s percent' % words(R.randint(88, 99))])


def price():
    return R.choice(['$%d.%02d' % (R.randint(5, 900), R.randint(0, 99)), '%s dollars' % words(R.randint(12, 99)),
                     '%s hundred dollars' % words(R.randint(1, 9))])


def group_no():
    return R.choice(['group number %s' % rdig(5), 'group %s' % say_digits(rdig(6)), 'group number G%s' % rdig(6)])


def claim_no():
    return R.choice(['claim number %s' % rdig(10), 'claim %s' % say_digits(rdig(9)), 'claim number CLM-%s' % rdig(8)])


def last4():
    return R.choice(['the last four of my social %s' % say_digits(rdig(4)), 'the last four %s' % rdig(4),
                     'the card ending in %s' % say_digits(rdig(4))])


# --- templates --------------------------------------------------------------------------------

class Turn:
    def __init__(self):
        self.names = {}

    def person(self, key):
        if key not in self.names:
            g = key[0]
            if g == 'f':
                given = R.choice(FEM)
            elif g == 'm':
                given = R.choice(MAL)
            elif key.startswith('wf'):
                given = R.choice(WORD_F)
            elif key.startswith('wm'):
                given = R.choice(WORD_M)
            elif g == 'w':
                given = R.choice(WORD_F + WORD_M)
            else:
                given = R.choice(ANY + FEM + MAL)
            sur = R.choice(WORD_SUR) if (g == 'w' and R.random() < 0.3) else R.choice(SUR)
            self.names[key] = (given, sur)
        return self.names[key]

    def slot(self, m):
        name, _, key = m.group(1).partition(':')
        key = key or 'x0'
        if name in ('FULL', 'G', 'S', 'SG', 'SCG', 'SP', 'SPD', 'GSP', 'CUT', 'CUTS', 'EMAILN', 'URLN', 'DEA', 'g', 's'):
            given, sur = self.person(key)
            if name == 'FULL':
                return lab('NAME', given + ' ' + sur)
            if name == 'G':
                return lab('NAME', given)
            if name == 'S':
                return lab('NAME', sur)
            if name == 'SG':
                return lab('NAME', sur + ' ' + given)
            if name == 'SCG':
                return lab('NAME', sur + ', ' + given)
            if name == 'SP':
                return lab('NAME', ' '.join(c for c in sur if c.isalpha()))
            if name == 'SPD':
                return lab('NAME', '-'.join(c for c in sur if c.isalpha()))
            if name == 'GSP':
                return lab('NAME', ' '.join(c for c in given if c.isalpha()))
            if name == 'CUT':
                return given[:min(3, len(given) - 1)] + '-'
            if name == 'CUTS':
                return sur[:min(3, len(sur) - 1)]
            if name == 'EMAILN':
                return lab('EMAIL', email_value(given, sur))
            if name == 'URLN':
                return lab('URL', url_value(given, sur))
            if name == 'DEA':
                return lab('LICENSE', dea_value(sur))
            if name == 'g':
                return given
            return sur
        f = SLOTS.get(name)
        if f is None:
            fail('unknown slot ' + name)
        return f()


SLOTS = {
    'DOB': lambda: lab('DOB', dob_value()), 'DATE': lambda: lab('DATE', date_value()),
    'AGE': lambda: lab('AGE', age_value()), 'PHONE': lambda: lab('PHONE', phone_any()),
    'PHONEUS': lambda: lab('PHONE', phone_us()), 'PHONEEXT': lambda: lab('PHONE', phone_us(True)),
    'PHONEUK': lambda: lab('PHONE', phone_uk()), 'PHONEAU': lambda: lab('PHONE', phone_au()),
    'FAX': lambda: lab('FAX', phone_us(False) if R.random() < 0.7 else phone_uk()),
    'EMAIL': lambda: lab('EMAIL', email_value()), 'SSN': lambda: lab('SSN', ssn_value()),
    'MBI': lambda: lab('HEALTH_PLAN_ID', mbi_value()), 'MEDICAID': lambda: lab('HEALTH_PLAN_ID', medicaid_value()),
    'MEMBER': lambda: lab('HEALTH_PLAN_ID', member_value()), 'MRN': lambda: lab('MRN', mrn_value()),
    'ACCT': lambda: lab('ACCOUNT', acct_value()), 'CC': lambda: lab('CREDIT_CARD', card_value()),
    'IBAN': lambda: lab('IBAN', iban_value()), 'DL': lambda: lab('LICENSE', dl_value()),
    'NPI': lambda: lab('LICENSE', npi_value() if R.random() < 0.6 else say_digits(npi_value(), 0.9)),
    'PLATE': lambda: lab('VEHICLE_ID', plate_value()), 'VIN': lambda: lab('VEHICLE_ID', vin_value()),
    'SERIAL': lambda: lab('DEVICE_ID', serial_value()), 'IMEI': lambda: lab('DEVICE_ID', imei_value()),
    'URL': lambda: lab('URL', url_value()), 'IP': lambda: lab('IP_ADDRESS', ip_value()),
    'ADDR': lambda: lab('ADDRESS', address_value()), 'TOWN': lambda: lab('LOCATION', R.choice(TOWNS)),
    'ZIP': lambda: lab('ZIP', zip_value()), 'ZIP4': lambda: lab('ZIP', zip_value(True)),
    'ODOB': lambda: lab('DOB', old_dob()),
    'HOME': lambda: lab('ADDRESS', home_value()),
    'WS': lambda: lab('NAME', R.choice(WORD_SUR)),
    'STREET': lambda: lab('ADDRESS', '%s %s' % (house_number(), R.choice(STREETS))),
    'facility': lambda: R.choice(FACILITIES), 'teen': lambda: words(R.randint(16, 19)),
    'oage': lambda: words(R.randint(60, 89)), 'twothree': lambda: R.choice(['two', 'three']),
    'four': lambda: say_digits(rdig(4)), 'bp': lambda: '%s over %s' % (words(R.randint(110, 165)).replace(' and', ''), words(R.randint(60, 95))),
    'sugar': lambda: 'it was %s' % words(R.randint(140, 290)).replace(' and', ''),
    'um': lambda: R.choice(FILLERS), 'yage': young_age, 'dose': dose, 'time': time_value, 'room': room,
    'weekday': lambda: R.choice(WEEKDAYS), 'month': lambda: R.choice(MONTHS), 'group': group_no,
    'claim': claim_no, 'last4': last4, 'price': price, 'state': lambda: R.choice(STATES),
    'clinic': lambda: R.choice(CLINICS), 'drug': lambda: R.choice(DRUGS), 'vitals': vitals,
    'year': lambda: year_words(R.randint(1930, 1961)), 'n': lambda: words(R.randint(2, 12)),
}

PHI_TEMPLATES = [
    # identity and lookup
    "hi yeah um i'm calling to check on a refill the name is {FULL:f1} and my date of birth is {DOB}",
    "this is {FULL:m1} calling back about the bill uh you can reach me at {PHONE}",
    "okay the patient is {SCG:f1} date of birth {DOB} and she's she's been waiting since {weekday}",
    "my last name is {S:x1} that's {SP:x1} and the first name is {G:x1}",
    "it's {SG:x1} surname first sorry they always flip it",
    "hi this is {CUT:f1} {FULL:f1} sorry my phone cut out i need to move my appointment from {DATE}",
    "name on the account {FULL:x1} um account number {ACCT}",
    "uh yes i'm calling for my mother {FULL:f1} she's {AGE} and she can't get to the phone",
    "my dad {FULL:m1} is {AGE} years old and my uncle is {yage} they both need the flu shot",
    "she turned {AGE} on {DATE} and the home health aide says she's doing fine",
    "i'm the neighbour my name's {FULL:w1} and i'm calling about {FULL:f2} next door she fell",
    "you want me to spell it sure first name {GSP:x1} and the last name {SP:x1}",
    "yeah it's {G:f1} no wait sorry {FULL:f2} i was reading my sister's card",
    "member id is {MEMBER} and the {group} if that helps",
    "my medicare number is {MBI} and i'm {oage} if that matters",
    "the medicaid id for my son is {MEDICAID} he's on the {state} waiver program",
    "i need to update my address it's now {ADDR} in {TOWN} {state} {ZIP}",
    "we moved to {HOME} {TOWN} zip {ZIP4} so please send the statements there",
    "you can mail it to {ADDR} that's in {TOWN} okay",
    "um the ride should pick me up at {HOME} it's the blue house in {TOWN} on {weekday} at {time}",
    "for the transport my address is {ADDR} {TOWN} and my phone is {PHONEUS}",
    "fax the records to {FAX} attention {FULL:x1}",
    "the fax number for doctor {S:x1} is {FAX} and the office line is {PHONEEXT}",
    "our fax is {FAX} please please don't send it to the old one",
    "my email is {EMAILN:x1} and i never got the results",
    "send the receipt to {EMAIL} thanks",
    "can you email it to my daughter {G:f1} she's at {EMAILN:f1}",
    "my email is {EMAIL} no wait that's my old one it's {EMAIL}",
    "my social is {SSN} and i'm calling about the denied {claim}",
    "they asked for my social security number it's {SSN} um is that safe over the phone",
    "no the full social is {SSN} not just the last four {four}",
    "chart number {MRN} for {FULL:x1} she had the scan on {DATE}",
    "medical record number {MRN} uh and the visit was {DATE}",
    "my case number is {MRN} from when i was admitted {DATE}",
    "i want to pay with card number {CC} expiration {n} twenty nine",
    "the card is {CC} and the name on it is {FULL:x1}",
    "uh can you do a bank transfer my iban is {IBAN} i'm calling from abroad",
    "i'm in {state} right now but my bank is overseas the iban {IBAN} under {FULL:x1}",
    "my driver's license number is {DL} for the transport sign up",
    "license number {DL} and the plate on the van is {PLATE}",
    "this is doctor {FULL:x1} npi {NPI} calling in a prescription",
    "prescriber {FULL:x1} dea number {DEA:x1} and my npi is {NPI}",
    "the dea is {DEA:x2} for doctor {S:x2} and the script is for {drug}",
    "the car that will pick her up has plate {PLATE} right",
    "for the parking permit the vin is {VIN} and the plate is {PLATE}",
    "my wheelchair van vin {VIN} it's registered to {FULL:m1}",
    "the oxygen concentrator serial number is {SERIAL} and it keeps beeping",
    "the glucose meter's serial is {SERIAL} and it says error after {time}",
    "the imei on the medical alert phone is {IMEI} he's {AGE} and lives alone",
    "i got the tablet from you guys imei {IMEI} it won't connect",
    "the patient portal link is {URLN:x1} and it says page not found",
    "i uploaded the form to {URL} can you check",
    "the remote monitor shows ip {IP} in the settings is that right",
    "your tech asked for the ip address it's {IP}",
    # relatives, staff, doctors
    "yes hi my husband {FULL:m1} he has his appointment with doctor {S:x2} on {DATE}",
    "i'm calling for {FULL:m1} his {drug} ran out and he's {oage} so he gets confused",
    "the nurse who came out was {G:f1} i think {FULL:f1} and she was lovely",
    "it was {G:w1} at the front desk who told me to call back",
    "uh i talked to {G:wf1} in billing last {weekday} she said the balance was {price}",
    "my carer {FULL:f1} will bring me she drives a small car",
    "this is {FULL:x1} from {clinic} calling on behalf of {FULL:x2}",
    "yeah hi i'm with {clinic} we have a referral for {SCG:x1} born {DOB}",
    "doctor {S:x1} wants her seen before {DATE} can you fit her in",
    "i need to speak with doctor {FULL:x1} about my father's results from {DATE}",
    "my daughter-in-law {G:wf1} handles everything her number is {PHONE}",
    "my grandmother {FULL:f1} she's {AGE} she says {AGE} but she's actually {AGE}",
    "the resident is {AGE} and her roommate is {oage} both need their shots in {room}",
    "hi it's {FULL:w1} yes {G:w1} like the word",
    "last name {WS} like the word and first name {G:x1}",
    "the therapist was {G:m1} um {G:m1} something he said my knee looks better",
    "um my son {G:m1} his birthday is {DOB} and he needs the dental cleaning",
    "she was born on {ODOB} and she's {AGE} now",
    "d o b {DOB} for {FULL:x1}",
    "birth date is {DOB} no sorry {DOB}",
    "date of birth uh {DOB} and the name is {SG:x1}",
    "the patient's date of birth is {DOB} and the mrn is {MRN}",
    "i'm calling from {TOWN} about my brother {FULL:m1} he missed his dialysis on {DATE}",
    "we're in {TOWN} now near {TOWN} so the ride has to come further",
    "the lab draw is at home {HOME} buzz {n} and ask for {G:x1}",
    "i'm calling from the uk my mobile is {PHONEUK} for {FULL:x1}",
    "i'm in australia till {month} my number here is {PHONEAU}",
    "ring me back on {PHONEUK} it's a mobile",
    "it's {PHONEUS} no wait that's the old one {PHONEUS}",
    "call my son at {PHONEEXT} he works days",
    "her home phone is {PHONE} and her cell is {PHONE}",
    # billing and insurers
    "i'm disputing a charge from {DATE} on account {ACCT} i never had that test",
    "the bill says account number {ACCT} and patient {FULL:x1} but that's not me",
    "i paid with the card ending in {four} no actually let me give the whole thing {CC}",
    "can i set up a payment plan for account {ACCT} i can do {price} a month",
    "my policy number is {MEMBER} and my wife {G:f1} is on it too",
    "subscriber id {MEMBER} subscriber {FULL:x1} date of birth {DOB}",
    "i got a letter dated {DATE} saying my medicaid {MEDICAID} was cancelled",
    "the medicare card says {MBI} i'm reading it right off the card",
    "the eob shows service on {DATE} for {FULL:x1} but we were in {TOWN} that week",
    # wrong numbers, complaints, agencies
    "sorry wrong number i was trying to reach {FULL:x1} at {PHONEUS}",
    "i think i got a voicemail for {FULL:m1} but i'm not him my number is {PHONE}",
    "i want to file a complaint the driver {G:m1} left my mother outside for an hour on {DATE}",
    "this is {G:x1} from adult protective services my case number for {FULL:x2} is {MRN}",
    "i'm the social worker {FULL:x1} my email is {EMAIL} and my fax is {FAX}",
    "hospice intake for {SG:f1} she's {AGE} and lives at {HOME} in {TOWN}",
    "the funeral home needs the death certificate for {FULL:x1} who passed on {DATE}",
    "mental health intake um i'm {FULL:x1} i'm {yage} and my email is {EMAILN:x1}",
    "for the eye exam i need a form for my license {DL} it expires {month}",
    "the physical therapy place faxed it to {FAX} but the number was wrong",
    "i brought in my hearing aid serial {SERIAL} on {DATE} and it's still not fixed",
    "the cpap serial number is {SERIAL} it was delivered to {HOME} {TOWN} {ZIP}",
    "we had to reset the router for his monitor the ip changed to {IP} on {DATE}",
    "my mom's tablet is {IMEI} and her name is {FULL:f1} she's {AGE}",
    "his website for the fundraiser is {URLN:m1} can you take it off the bill",
    "um the dentist said to look at {URL} for the forms",
    "it's {SCG:x1} c-- no i'll spell it {SPD:x1}",
    "it's {FULL:f2} no sorry that's my sister it's {FULL:f1} i always mix us up",
    "the name is {FULL:x1} and the last name is spelled {SP:x1}",
    "i'm {FULL:x1} zip code {ZIP} and the last visit was {DATE}",
    "the zip is {ZIP4} not the old one",
    "okay zip code is {ZIP} and street is {ADDR}",
    "please update the address for {FULL:x1} to {ADDR} {TOWN} {ZIP}",
    "she's at her daughter's in {TOWN} now it's {HOME} {ZIP4}",
    "i live out on {HOME} past {TOWN} there's no street sign",
    "send the equipment to {STREET} not the po box",
    "for the record my ssn {SSN} and medicare {MBI}",
    "the claim was for {FULL:x1} medicaid number {MEDICAID} date of service {DATE}",
    "he is {AGE} years old and they still want a ride authorization every month",
    "my aunt is {AGE} uh she's in {room} at {facility} and wants her glasses",
    "uh the nurse {FULL:f1} said she'd call me back at {PHONE} but she never did",
    "hello this is {FULL:m1} calling for my appointment on {DATE} at {time}",
    "i'm calling about lab results for {FULL:x1} drawn on {DATE}",
    "yeah i need to cancel the visit on {DATE} for my wife {G:f1}",
    "the account holder is {SCG:x1} and the iban is {IBAN}",
    "i'm a caregiver for {FULL:x1} and i'm calling from {TOWN} because the pharmacy closed",
    "my mom's name is {FULL:f1} her medicare id is {MBI} and date of birth {ODOB}",
    "this is {FULL:m1} with county transport van plate {PLATE} i'm outside the building",
    "we need the vin for the reimbursement it's {VIN}",
    "i can give you my npi again it's {NPI}",
    "the pharmacist {G:x1} asked for the prescriber's dea which is {DEA:x2}",
    "he was admitted {DATE} and discharged {DATE} and they billed us twice",
    "my portal username is my email {EMAILN:x1} and the link goes to {URL}",
    "she says she's {AGE} but the chart says {oage} can you check record {MRN}",
    "please call my neighbour {G:w2} at {PHONEUS} if you can't reach me",
    "the refund should go to my account abroad um iban {IBAN} the bank is in europe",
    "i'll read the iban slowly {IBAN} and the name is {SG:x1}",
    "my son in poland pays the bill from his iban {IBAN} can you accept that",
    "hi i'm calling from vienna for my father {FULL:m1} the iban for the deposit refund is {IBAN}",
    "okay the card is {CC} and the zip on the card is {ZIP}",
    "uh let me get my glasses the card number is {CC} and it's under {FULL:x1}",
    "can you charge the copay to my card {CC} uh i think that's right",
    "the new card number is {CC} the old one was stolen in {month}",
    "the telehealth app logged my ip as {IP} and then dropped the video",
    "for the device enrollment the gateway ip is {IP} and the serial is {SERIAL}",
    "my husband's social is {SSN} and his name is {FULL:m1}",
    "they need my social {SSN} for the sliding scale form",
    "the guarantor account is {ACCT} and the guarantor is {FULL:x1}",
    "patient account {ACCT} i got a collections letter on {DATE}",
    "could you fax the prior auth to {FAX} that's their fax not the main line",
    "the home health agency fax is {FAX} ask for {G:x1} in intake",
    "i'm calling about {FULL:f1}'s refill she's been out of {drug} since {weekday}",
    "mrs {S:f1} in {room} asked me to call about her hearing aid serial {SERIAL}",
    "dr {S:x1}'s office told me to call you about the visit on {DATE}",
    "it's {G:wf1} again i hope you got my message will you call me back at {PHONE}",
    "i put the whole story up on {URLN:x1} because nobody answers about the bill",
    "mister {FULL:m1} is {AGE} and his wife is {oage} they both need rides to {facility}",
    "okay so um so i'm calling for my mother-in-law {FULL:f1} she's she's {AGE} and she lives alone out at {HOME} in {TOWN} and the aide didn't show up on {weekday} and nobody called us so i just want to know what happened you know",
    "yeah hi sorry it's loud here i'm at the airport um this is {FULL:x1} i'm calling from abroad my number is {PHONEUK} and i need my {drug} sent to the pharmacy near my daughter because i'll be back on {DATE} and i'll have run out",
    "uh hi yes my name is {FULL:m1} and i got a bill for {price} for an ambulance ride on {DATE} and i was never in an ambulance the account number on the letter is {ACCT} can somebody please look at that",
    "so the thing is um the insurance card says {MEMBER} but the pharmacy says it's not active and i called you last week and the week before and i i just need somebody to fix it before {weekday} please",
]

PHI_FREE_TEMPLATES = [
    "um will you be open on {weekday} i need to pick up my {drug} before {time}",
    "may i ask why the copay went up to {price} this month",
    "i hope so because i've been taking {dose} of {drug} since {month}",
    "can you mark it as urgent the {claim} was denied again",
    "my blood pressure this morning was {bp} is that too high",
    "the grace period on the bill ends in {month} right",
    "i was born in {year} do i qualify for the senior discount program yet",
    "he's in {room} at {facility} and they said {time} for visiting",
    "the {group} is on the back of the card do you need that",
    "i only have {last4} and my insurance card is in the car",
    "uh the appointment is {weekday} at {time} with the eye doctor right",
    "we drove up from {state} and need the pharmacy that's open late",
    "i take {dose} of {drug} twice a day and {dose} at night",
    "our dog rusty ate one of my {drug} pills {dose} should i call poison control or the vet",
    "is {clinic} still on grant avenue or did you move",
    "my mom is {oage} and my dad is {oage} can they share one appointment",
    "the bill says {price} but the estimate was {price}",
    "i'd like the sunshine plan brochure sent out please i'm on {group} since {month}",
    "yeah hi just checking what time you close on {weekday} thanks",
    "the physical therapy is {twothree} sessions a week for {n} weeks is that covered",
    "my sugar was high again this morning {sugar} after breakfast",
    "i need a ride to dialysis three days a week it starts in {month}",
    "will the king size bed fit in {room} for the hospice stay",
    "she was born in {year} so she should be on medicare by now right",
    "i was on hold for forty minutes um can somebody call me back {weekday} before noon or after {n}",
    "the dentist said two crowns at {price} each can i pay in {n} parts",
    "my grandson is {teen} and wants to make his own appointments now how does that work",
    "is it normal for the {drug} to make me dizzy i started {dose} last {weekday}",
    "they said the lab would be ready by {time} on {weekday} but it still says pending",
    "can you tell me if {clinic} takes my plan it's {group}",
]


def fill(template):
    t = Turn()
    return re.sub(r'\{([A-Za-z0-9]+(?::[a-z]+[0-9])?)\}', t.slot, template)


LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')


def strip_markup(s):
    return LABEL.sub(lambda m: m.group(2), s)


def check_line(text):
    problems = []
    if text.count('[[') != text.count(']]'):
        problems.append('unbalanced markup')
    if re.search(r'\[\[[^\]]*\[\[', text):
        problems.append('label inside label')
    leftover = LABEL.sub('', text)
    if '[[' in leftover or ']]' in leftover or '|' in leftover:
        problems.append('malformed label')
    for kind, val in LABEL.findall(text):
        if kind not in KINDS:
            problems.append('unknown kind ' + kind)
        if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
            problems.append('bad label edge')
        low = ' ' + val.lower() + ' '
        toks = re.findall(r"[a-z0-9']+", val.lower())
        for cue in CUES:
            if re.search(r'(?<![a-z])' + re.escape(cue) + r'(?![a-z])', low):
                problems.append('cue in label')
        if any(tk in TITLES for tk in toks):
            problems.append('title in label')
        if "'s" in val.lower().split(' ')[-1] and val.lower().endswith("'s"):
            problems.append('possessive in label')
        if kind == 'AGE':
            n = age_number(val)
            if n is None or n <= 89:
                problems.append('AGE not over 89')
    if re.search(r'\[\[NAME\|[^\]]*\]\][ ,]*\[\[NAME\|', text):
        problems.append('two NAME spans side by side')
    if '{' in text or '}' in text or '\t' in text or '\n' in text:
        problems.append('leftover slot')
    n = len(strip_markup(text).split())
    if n < 8 or n > 55:
        problems.append('length %d' % n)
    return problems


def age_number(val):
    v = val.replace('-', ' ')
    if v.isdigit():
        return int(v)
    toks = v.split()
    total = 0
    for tk in toks:
        if tk in ('a', 'and'):
            continue
        if tk == 'hundred':
            total = (total or 1) * 100
        elif tk in ONES:
            total += ONES.index(tk)
        elif tk in TENS:
            total += TENS.index(tk) * 10
        else:
            return None
    return total


def main():
    if len(set(PHI_TEMPLATES)) != len(PHI_TEMPLATES) or len(set(PHI_FREE_TEMPLATES)) != len(PHI_FREE_TEMPLATES):
        fail('duplicate template')
    if len(PHI_TEMPLATES) < 60:
        fail('fewer than 60 templates with PHI')
    n_phi = TOTAL - PHI_FREE
    # every PHI template once, then a second use for a random subset; PHI-free likewise
    phi_order = list(range(len(PHI_TEMPLATES)))
    R.shuffle(phi_order)
    if len(phi_order) < n_phi:
        extra = list(range(len(PHI_TEMPLATES)))
        R.shuffle(extra)
        phi_order += extra[:n_phi - len(phi_order)]
    phi_order = phi_order[:n_phi]
    free_order = list(range(len(PHI_FREE_TEMPLATES)))
    R.shuffle(free_order)
    extra = list(range(len(PHI_FREE_TEMPLATES)))
    R.shuffle(extra)
    free_order = (free_order + extra)[:PHI_FREE]
    plan = [('p', i) for i in phi_order] + [('f', i) for i in free_order]
    R.shuffle(plan)
    lines, seen, uses = [], set(), collections.Counter()
    for kind, i in plan:
        tpl = PHI_TEMPLATES[i] if kind == 'p' else PHI_FREE_TEMPLATES[i]
        for _ in range(200):
            text = fill(tpl)
            if text not in seen and not check_line(text):
                break
        else:
            fail('could not fill template %r: %s' % (tpl, check_line(text)))
        seen.add(text)
        uses[(kind, i)] += 1
        has = bool(LABEL.search(text))
        if has != (kind == 'p'):
            fail('PHI template without label or PHI-free template with one')
        lines.append(text)
    # checks over the whole file
    if len(lines) != TOTAL or len(set(lines)) != TOTAL:
        fail('line count or duplicates')
    if max(uses.values()) > 2:
        fail('template used more than twice')
    used_phi = {i for k, i in uses if k == 'p'}
    if len(used_phi) < 60:
        fail('fewer than 60 PHI templates used')
    free = sum(1 for l in lines if not LABEL.search(l))
    if free != PHI_FREE:
        fail('PHI-free count %d' % free)
    long_ = sum(1 for l in lines if len(strip_markup(l).split()) > 40)
    if long_ > 14:
        fail('too many long turns')
    counts = collections.Counter(k for l in lines for k, _ in LABEL.findall(l))
    for k in KINDS:
        if counts[k] < 6:
            fail('kind %s appears %d times (%s)' % (k, counts[k], dict(counts)))
    header = ('# voice-holdout18.tsv: generated by masker-domain/src/test/scripts/holdout18_voice.py '
              '(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales en, en-ZA, pl, hu, lv, hr, de-AT, es, '
              'diacritics dropped; en stands in for en-US, which holds no name lists of its own, and lv and hr for lt '
              'and sl-SI, which 2.7.0 does not have) and invented names, streets and towns written for Masker; caller '
              'turns of real calls of every kind to clinic, pharmacy, insurer, lab, home-health, transport, hospice, '
              'dental, eye-care, physical-therapy, mental-health and billing voice agents, all PHI kinds labelled; '
              'held out, scored once; every value invented.' % SEED)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(header + '\n')
        for n, l in enumerate(lines, 1):
            f.write('vh18-%03d\t%s\n' % (n, l))
    sys.stderr.write('wrote %d turns (%d PHI-free), %d PHI templates (%d used), %d PHI-free templates, '
                     'labels: %s\n' % (len(lines), free, len(PHI_TEMPLATES), len(used_phi), len(PHI_FREE_TEMPLATES),
                                       ', '.join('%s %d' % kv for kv in sorted(counts.items()))))


if __name__ == '__main__':
    main()
