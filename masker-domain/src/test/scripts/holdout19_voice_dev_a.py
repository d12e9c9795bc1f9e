#!/usr/bin/env python3
"""Development set 19a for Masker: e-mails, web addresses and device serials said aloud.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
190191). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0): en-AU, fi-FI, sv, tr,
vi, and en-NZ in place of en-GB, which holds no name lists of its own in 2.7.0. The vi lists are
used the way Vietnamese names are written (its `first_name` list holds family names, its
`last_name` list given and middle names). Given names and surnames are combined at random so no
real person is meant, diacritics are dropped as speech-to-text drops them, female and male given
names (fi-FI, sv, tr and invented lists) are kept apart where a pronoun follows, the ungendered
lists (en-AU, en-NZ, vi) are used only where none does, and invented and ordinary-word names,
streets and towns written here are added.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df19
    python3 masker-domain/src/test/scripts/holdout19_voice_dev_a.py [/tmp/df19]

Every value is invented: phones only from fiction ranges (NANP 555-01xx, UK 07700 900xxx and
01632 960xxx, AU 0491 570 xxx), e-mails and URLs at example.com/.org/.net, VIN and IMEI numbers
carry correct check digits, IPs come from private and documentation ranges, serials, MAC-like ids,
plates, dates and house numbers are random. The script checks what it writes and exits non-zero
when a check fails.
"""
import collections
import os
import random
import re
import sys
import unicodedata

SEED = 190191
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev19a.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df19'
TOTAL = 260
PHI_FREE = 45
PREFIX = 'vd19a'
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}


# ---------------------------------------------------------------- names from Datafaker
def strip(s):
    s = s.replace('ı', 'i').replace('İ', 'I').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def yml_list(locale, key):
    """Reads `key: [a, b, ...]` (possibly over several lines) under the first `name:` block."""
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    m = re.search(r'\n\s+' + key + r':\s*\[(.*?)\]', text, re.S)
    if not m:
        sys.exit('missing list %s in %s' % (key, path))
    out = []
    for item in m.group(1).split(','):
        item = strip(item.strip().strip('"\'').strip())
        if item and re.fullmatch(r"[a-z][a-z' -]*[a-z]", item):
            out.append(item.replace('-', ' ') if ' ' not in item else item)
    return out


FEMALE = (yml_list('fi-FI', 'female_first_name') + yml_list('sv', 'female_first_name')
          + yml_list('tr', 'female_first_name')
          + ['marisol', 'teodora', 'wrenna', 'ottilie', 'jessamy', 'lioba', 'dessa', 'kalinda'])
MALE = (yml_list('fi-FI', 'male_first_name') + yml_list('sv', 'male_first_name')
        + yml_list('tr', 'male_first_name')
        + ['castor', 'odell', 'tiberio', 'rollo', 'anselm', 'brannock', 'ivo', 'lazlo'])
ANY_GIVEN = (yml_list('en-AU', 'first_name') + yml_list('en-NZ', 'first_name')
             + yml_list('vi', 'last_name'))
SURNAMES = (yml_list('en-AU', 'last_name') + yml_list('en-NZ', 'last_name')
            + yml_list('fi-FI', 'last_name') + yml_list('sv', 'last_name')
            + yml_list('tr', 'last_name') + yml_list('vi', 'first_name')
            + ['quillfeather', 'brackwood', 'vantassel', 'ormsby', 'delacroix', 'mabrey',
               'thistlewood', 'okafor', 'penhallow', 'zelinsky'])
SURNAMES = [s.replace("'", '') if R.random() < 0.5 else s for s in SURNAMES]
WORD_GIVEN = ['june', 'hope', 'faith', 'bill', 'rusty', 'grace', 'will', 'dawn', 'art', 'penny']
WORD_SUR = ['frost', 'rivers', 'stone', 'march', 'little', 'king']
STREETS = ['quarry lane', 'bellwether road', 'tamarack court', 'old mill way', 'juniper street',
           'harrowgate drive', 'lantern hill road', 'osprey avenue', 'cobble creek lane',
           'wicklow terrace']
TOWNS = ['marrowfield', 'east tolland', 'briar springs', 'port hadley', 'kessock falls',
         'dunmere', 'hollis junction', 'saltash crossing', 'fernvale', 'lower pelham']
DOMAINS = ['example.com', 'example.org', 'example.net']
for lst in (FEMALE, MALE, ANY_GIVEN, SURNAMES):
    if len(lst) < 20:
        sys.exit('name list too short')

# ---------------------------------------------------------------- spoken numbers and letters
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
LETTER = {'a': ['a', 'ay'], 'b': ['bee'], 'c': ['see'], 'd': ['dee'], 'e': ['e'], 'f': ['ef'],
          'g': ['gee'], 'h': ['aitch'], 'i': ['i'], 'j': ['jay'], 'k': ['kay'], 'l': ['el'],
          'm': ['em'], 'n': ['en'], 'o': ['o'], 'p': ['pee'], 'q': ['queue'], 'r': ['are'],
          's': ['ess'], 't': ['tee'], 'u': ['you'], 'v': ['vee'], 'w': ['double you'],
          'x': ['ex'], 'y': ['why'], 'z': ['zee', 'zed']}
AS_IN = {'a': 'apple', 'b': 'boy', 'c': 'cat', 'd': 'david', 'e': 'edward', 'f': 'frank',
         'g': 'george', 'h': 'henry', 'i': 'ida', 'j': 'john', 'k': 'king', 'l': 'larry',
         'm': 'mary', 'n': 'nancy', 'o': 'ocean', 'p': 'peter', 'q': 'queen', 'r': 'robert',
         's': 'sam', 't': 'tom', 'u': 'union', 'v': 'victor', 'w': 'william', 'x': 'x-ray',
         'y': 'yellow', 'z': 'zebra'}


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' ' + num_words(n % 100))


def say_digits(ds, doubles=True):
    """Digits one by one, 'oh' or 'zero', with 'double'/'triple' now and then."""
    out, i = [], 0
    zero = R.choice(['oh', 'oh', 'zero'])
    while i < len(ds):
        d = ds[i]
        w = zero if d == '0' else ONES[int(d)]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.7:
            out.append('triple ' + w)
            i += 3
        elif doubles and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.6:
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def say_pairs(ds):
    """Digits in pairs as numbers ('forty seven oh two'), the way people read long numbers."""
    out = []
    for i in range(0, len(ds) - 1, 2):
        p = ds[i:i + 2]
        out.append(('oh ' + ONES[int(p[1])]) if p[0] == '0' else num_words(int(p)))
    if len(ds) % 2:
        out.append(say_digits(ds[-1]))
    return ' '.join(out)


def say_letter(c, bare=False):
    if c.isdigit():
        return say_digits(c)
    return c if bare else R.choice(LETTER[c])


def say_mixed(s, bare_letters=False):
    """Letters as words, digits spoken, runs of digits with double/triple."""
    parts = re.findall(r'[a-z]|[0-9]+', s)
    return ' '.join(say_letter(p, bare_letters) if p.isalpha() else say_digits(p) for p in parts)


def digits(n, first_nonzero=False):
    s = ''.join(R.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = R.choice('123456789') + s[1:]
    return s


def letters(n, pool='abcdefghjklmnprstuvwxyz'):
    return ''.join(R.choice(pool) for _ in range(n))


def lab(kind, text):
    return '[[%s|%s]]' % (kind, text)


# ---------------------------------------------------------------- value generators
def given(g=None):
    if g == 'f':
        return R.choice(FEMALE)
    if g == 'm':
        return R.choice(MALE)
    return R.choice(ANY_GIVEN + FEMALE + MALE)


def surname():
    return R.choice(SURNAMES)


def local_part(gv, sn):
    gv, sn = gv.replace(' ', ''), sn.replace(' ', '').replace("'", '')
    n = R.randint(1, 99)
    shape = R.randrange(9)
    if shape == 0:
        return gv + '.' + sn
    if shape == 1:
        return gv[0] + '.' + sn
    if shape == 2:
        return gv + '_' + sn
    if shape == 3:
        return gv + sn + str(n)
    if shape == 4:
        return gv + '-' + sn
    if shape == 5:
        return gv[0] + sn + str(n)
    if shape == 6:
        return sn + '.' + gv[0] + str(R.randint(1950, 2009))
    if shape == 7:
        return gv + '.' + sn + str(n)
    return sn + gv[0]


def speak_email(addr, style=None):
    """How a caller says an address, or how speech-to-text writes it."""
    local, dom = addr.split('@')
    style = style or R.choice(['words', 'words', 'words', 'smart', 'half', 'split', 'words'])
    if style == 'smart':
        return addr
    if style == 'half':
        return spoken_local(local) + ' at ' + dom
    if style == 'split':
        return local.replace('.', ' ', 1) + '@' + dom if '.' in local else local + ' @' + dom
    return spoken_local(local) + ' at ' + dom.replace('.', ' dot ')


def spoken_local(local):
    out = []
    for tok in re.findall(r'[a-z]+|[0-9]+|[._-]', local):
        if tok == '.':
            out.append('dot')
        elif tok == '_':
            out.append('underscore')
        elif tok == '-':
            out.append(R.choice(['dash', 'hyphen']))
        elif tok.isdigit():
            if len(tok) == 4:
                out.append(num_words(int(tok[:2])) + ' ' + (num_words(int(tok[2:])) if tok[2] != '0' else 'oh ' + ONES[int(tok[3])]))
            elif len(tok) == 2 and R.random() < 0.6 and tok[0] != '0':
                out.append(num_words(int(tok)))
            else:
                out.append(say_digits(tok))
        elif len(tok) == 1:
            out.append(say_letter(tok))
        else:
            out.append(tok)
    return ' '.join(out)


def email_addr(g=None, gv=None, sn=None):
    return local_part(gv or given(g), sn or surname()) + '@' + R.choice(DOMAINS)


def em(style=None, g=None):
    return lab('EMAIL', speak_email(email_addr(g), style))


def em_spelled():
    sn = surname().replace(' ', '').replace("'", '')[:7]
    dom = R.choice(DOMAINS)
    return lab('EMAIL', ' '.join(sn) + ' at ' + dom.replace('.', ' dot '))


def em_asin():
    gv = given()[0]
    sn = surname().replace(' ', '').replace("'", '')
    dom = R.choice(DOMAINS)
    return lab('EMAIL', '%s as in %s %s at %s' % (gv, AS_IN[gv], sn, dom.replace('.', ' dot ')))


def url_value():
    sn = surname().replace(' ', '').replace("'", '')
    gv = given().replace(' ', '')
    dom = R.choice(DOMAINS)
    shape = R.randrange(5)
    if shape == 0:
        return 'www.%s/%s%s' % (dom, gv, sn)
    if shape == 1:
        return 'https://%s/portal/%s.%s' % (dom, gv[0], sn)
    if shape == 2:
        return '%s/u/%s%d' % (dom, sn, R.randint(1, 99))
    if shape == 3:
        return 'portal.%s/%s-%s' % (dom, gv, sn)
    return '%s.%s' % (sn, dom)


def speak_url(u):
    u = u.replace('https://', 'h t t p s colon slash slash ')
    out = []
    for tok in re.findall(r'[a-z]+|[0-9]+|[./:_-]|h t t p s colon slash slash ', u):
        out.append({'.': 'dot', '/': 'slash', '-': 'dash', '_': 'underscore', ':': 'colon'}.get(tok, tok.strip()))
    return ' '.join(out)


def url(spoken=None):
    u = url_value()
    if spoken is None:
        spoken = R.random() < 0.6
    return lab('URL', speak_url(u) if spoken else u)


def serial_raw():
    shape = R.randrange(6)
    if shape == 0:
        return letters(2) + digits(7)
    if shape == 1:
        return letters(3) + digits(6, True)
    if shape == 2:
        return digits(2, True) + letters(1) + digits(6)
    if shape == 3:
        return letters(1) + digits(4) + letters(2) + digits(3)
    if shape == 4:
        return digits(10, True)
    return letters(2) + digits(2) + letters(1) + digits(5)


def serial(style=None):
    s = serial_raw()
    style = style or R.choice(['words', 'words', 'bare', 'written'])
    if style == 'written':
        return lab('DEVICE_ID', s.upper())
    return lab('DEVICE_ID', say_mixed(s, bare_letters=(style == 'bare')))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei_raw():
    body = R.choice(['35', '86', '01', '49']) + digits(12)
    return body + luhn_digit(body)


def imei(style=None):
    s = imei_raw()
    style = style or R.choice(['words', 'words', 'digits', 'grouped'])
    if style == 'digits':
        return lab('DEVICE_ID', s)
    if style == 'grouped':
        return lab('DEVICE_ID', '%s %s %s %s' % (s[:2], s[2:8], s[8:14], s[14]))
    return lab('DEVICE_ID', say_digits(s))


def mac(spoken=True):
    octs = ['%02x' % R.randrange(256) for _ in range(6)]
    if not spoken:
        return lab('DEVICE_ID', ':'.join(octs))
    return lab('DEVICE_ID', ' colon '.join(say_mixed(o) for o in octs))


def ip_raw():
    shape = R.randrange(6)
    if shape == 0:
        return '192.168.%d.%d' % (R.randint(0, 9), R.randint(2, 254))
    if shape == 1:
        return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    if shape == 2:
        return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    if shape == 3:
        return '192.0.2.%d' % R.randint(2, 254)
    if shape == 4:
        return '198.51.100.%d' % R.randint(2, 254)
    return '203.0.113.%d' % R.randint(2, 254)


def ip(spoken=None):
    s = ip_raw()
    if spoken is None:
        spoken = R.random() < 0.6
    if not spoken:
        return lab('IP_ADDRESS', s)
    parts = s.split('.')
    sp = ' dot '.join(say_digits(p, False) if R.random() < 0.6 else num_words(int(p)) for p in parts)
    return lab('IP_ADDRESS', sp)


VIN_CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
VIN_VAL = {**{str(i): i for i in range(10)}, 'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6,
           'G': 7, 'H': 8, 'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2,
           'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_raw():
    v = [R.choice(VIN_CH) for _ in range(17)]
    v[9] = R.choice('ABCDEFGHJKLMNPRSTVWXY123456789')
    total = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W))
    r = total % 11
    v[8] = 'X' if r == 10 else str(r)
    return ''.join(v)


def vin(spoken=None):
    s = vin_raw()
    if spoken is None:
        spoken = R.random() < 0.5
    return lab('VEHICLE_ID', say_mixed(s.lower()) if spoken else s)


def plate(spoken=None):
    s = letters(3, 'abcdefghjklmnprstuvwxyz') + digits(R.choice([3, 4]))
    if spoken is None:
        spoken = R.random() < 0.6
    return lab('VEHICLE_ID', say_mixed(s) if spoken else s.upper()[:3] + ' ' + s[3:])


def phone():
    shape = R.randrange(5)
    if shape == 0:
        return lab('PHONE', '%s-555-01%02d' % (digits(3, True), R.randint(0, 99)))
    if shape == 1:
        return lab('PHONE', say_digits(digits(3, True)) + ' five five five oh one ' + say_digits('%02d' % R.randint(0, 99), False))
    if shape == 2:
        return lab('PHONE', 'oh seven seven double oh ' + say_digits('900' + '%03d' % R.randint(0, 999)))
    if shape == 3:
        return lab('PHONE', 'oh four nine one five seven oh ' + say_digits('%03d' % R.randint(0, 999)))
    return lab('PHONE', '01632 960' + '%03d' % R.randint(0, 999))


MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
       'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
       'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second', 'twenty third',
       'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth']


def date(kind='DATE'):
    m, d = R.randrange(12), R.randint(1, 28)
    if kind == 'DOB':
        y = R.randint(1931, 2004)
        yw = num_words(y // 100) + ' ' + (num_words(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 10])
        return lab('DOB', R.choice(['%s %s %s' % (MONTHS[m], ORD[d - 1], yw),
                                    '%d/%d/%d' % (m + 1, d, y),
                                    'the %s of %s %s' % (ORD[d - 1], MONTHS[m], yw)]))
    return lab('DATE', R.choice(['%s %s' % (MONTHS[m], ORD[d - 1]), 'the %s of %s' % (ORD[d - 1], MONTHS[m]),
                                 '%s %d' % (MONTHS[m], R.randint(2021, 2026))]))


def name(g=None):
    return lab('NAME', given(g) + ' ' + surname())


def addr():
    return lab('ADDRESS', '%s %s' % (num_words(R.randint(11, 999)) if R.random() < 0.6 else str(R.randint(11, 9999)),
                                     R.choice(STREETS)))


def town():
    return lab('LOCATION', R.choice(TOWNS))


def zipc():
    z = digits(5, True)
    return lab('ZIP', say_digits(z) if R.random() < 0.5 else z)


FILL = ['um', 'uh', 'so', 'okay so', 'yeah', 'hi', 'hello', 'right', 'ok um', 'hang on']


def fill():
    return R.choice(FILL)


def nfill():
    return R.choice(['um', 'uh', 'er', 'like', 'hang on'])


SLOTS = {
    'f': fill, 'uh': nfill,
    'em': em, 'emw': lambda: em('words'), 'ems': lambda: em('smart'), 'emh': lambda: em('half'),
    'emx': lambda: em('split'), 'emsp': em_spelled, 'emai': em_asin,
    'url': url, 'urlw': lambda: url(True), 'urls': lambda: url(False),
    'ser': serial, 'serw': lambda: serial('words'), 'serb': lambda: serial('bare'),
    'serx': lambda: serial('written'),
    'imei': imei, 'mac': mac, 'macx': lambda: mac(False), 'ip': ip, 'ipx': lambda: ip(False),
    'vin': vin, 'plate': plate, 'phone': phone, 'date': date, 'dob': lambda: date('DOB'),
    'name': name, 'fname': lambda: name('f'), 'mname': lambda: name('m'),
    'fg': lambda: lab('NAME', given('f')), 'mg': lambda: lab('NAME', given('m')),
    'gv': lambda: lab('NAME', given()), 'sur': lambda: lab('NAME', surname()),
    'wg': lambda: lab('NAME', R.choice(WORD_GIVEN)),
    'wname': lambda: lab('NAME', R.choice(WORD_GIVEN) + ' ' + R.choice(WORD_SUR + SURNAMES[:5])),
    'addr': addr, 'town': town, 'zip': zipc,
    'model': lambda: R.choice(['a ten', 'x two hundred', 'g seven', 'pro four', 'model eleven s',
                               'c three hundred', 'the mini two', 'series nine']),
    'dev': lambda: R.choice(['cpap', 'cpap machine', 'insulin pump', 'glucose monitor', 'cgm',
                             'hearing aid', 'oxygen concentrator', 'home monitor', 'bipap',
                             'pulse oximeter', 'power wheelchair', 'nebulizer']),
    'prod': lambda: R.choice(['breezeline', 'sonata air', 'glucotrack', 'hearwell', 'airlyn',
                              'steadybeat', 'novapump', 'oxyhaven']),
}


def spelled_name(nm):
    return lab('NAME', ' '.join(nm.replace(' ', '').replace("'", '')))


def email_fixed(gv, sn, dom=None, style='words'):
    return lab('EMAIL', speak_email(gv + '.' + sn + '@' + (dom or R.choice(DOMAINS)), style))


# ---------------------------------------------------------------- special templates (functions)
def t_two_ns():
    g = R.choice(['anna', 'hanna', 'janne', 'annika', 'linnea', 'tanner'])
    sn = surname().replace(' ', '').replace("'", '')
    dom = R.choice(DOMAINS)
    return ('%s the email is %s no it\'s two n\'s in %s two n\'s so %s' %
            (fill(), lab('EMAIL', g.replace('nn', 'n') + ' dot ' + sn + ' at ' + dom.replace('.', ' dot ')),
             g, lab('EMAIL', g + ' dot ' + sn + ' at ' + dom.replace('.', ' dot '))))


def t_correct_domain():
    gv, sn = given(), surname().replace(' ', '').replace("'", '')
    return ('%s my email is %s no sorry not dot com it\'s %s' %
            (fill(), email_fixed(gv, sn, 'example.com'), email_fixed(gv, sn, 'example.org')))


def t_repeat_back():
    a = email_addr()
    return ('so you have %s yes that\'s right %s all lower case' %
            (lab('EMAIL', speak_email(a, 'smart')), lab('EMAIL', speak_email(a, 'words'))))


def t_spell_surname():
    g, s = given('f'), surname()
    return ('it\'s %s and the last name is spelled %s she set it up herself' %
            (lab('EMAIL', g.replace(' ', '') + ' dot ' + s.replace(' ', '').replace("'", '')
                 + ' at example dot net'), spelled_name(s)))


def t_pieces_serial():
    s = serial_raw()
    cut = R.randint(3, len(s) - 3)
    return ('%s the serial starts with %s %s then %s i think that\'s all of it' %
            (fill(), lab('DEVICE_ID', say_mixed(s[:cut])), nfill(), lab('DEVICE_ID', say_mixed(s[cut:]))))


def t_serial_correct():
    s = serial_raw()
    s2 = s[:-1] + R.choice([d for d in '0123456789' if d != s[-1]])
    return ('serial number %s no wait it ends in %s so %s' %
            (lab('DEVICE_ID', say_mixed(s)), say_digits(s2[-1]) if s2[-1].isdigit() else s2[-1],
             lab('DEVICE_ID', say_mixed(s2))))


def t_username_name():
    g, s = given('m'), surname()
    return ('my husband %s does the portal his login is his email %s he forgot the password again' %
            (lab('NAME', g + ' ' + s), lab('EMAIL', speak_email(local_part(g, s) + '@' + R.choice(DOMAINS), 'words'))))


def t_as_in_surname():
    s = surname().replace(' ', '').replace("'", '')
    spelled = ' '.join('%s as in %s' % (c, AS_IN[c]) for c in s[:4] if c in AS_IN)
    return ('last name %s that\'s %s and the rest is like it sounds' %
            (lab('NAME', s), spelled))


def t_spelled_full():
    g, s = given(), surname()
    return ('hi my name is %s %s spelled %s' % (lab('NAME', g + ' ' + s), nfill(), spelled_name(s)))


def t_tr_email_wife():
    g, s = given('f'), surname()
    return ('my wife %s her email is %s she wants the results sent there not to me' %
            (lab('NAME', g), lab('EMAIL', speak_email(local_part(g, s) + '@' + R.choice(DOMAINS)))))


PHI_TEMPLATES = [
    # e-mails said as words
    '{f} my email is {emw}',
    '{f} yeah the email address is {emw} all lower case',
    'you can send it to {emw} thats all one word before the at',
    'its {emw} no spaces',
    '{f} email {emw} and my name is {name}',
    'this is {fname} and i need the receipt emailed to {em} please',
    'can you send the sleep report to {emw} thats my daughter {fg}',
    'my son {mname} set up the account with {em} so it probably goes there',
    'the address on file should be {ems} can you check',
    'yeah {emh} is the one i use for the portal',
    'i think it says {emx} on my screen',
    '{f} {uh} it is {emw} {uh} or maybe they put {emw}',
    'please update my email it used to be {emw} now its {emw}',
    'the email is {emsp} my last name then at and the domain',
    'spell it {emsp} yeah',
    'its {emai} sorry the line is bad',
    'okay email {emai} did you get that',
    'hi its {gv} again i gave you the wrong email its {emw}',
    'send the pump download to {emw} thats the nurse {fname} who follows me',
    'the caregiver is {fname} and her email is {emw} she handles all my supplies',
    '{f} could you put {emh} as the backup contact email',
    'okay the email for the invoices {uh} {emw} and the phone is {phone}',
    '{f} email address {ems} i just typed it in the chat too',
    'i typed {ems} on the form but i think i made a typo',
    'mine is the underscore one {emw} the dot one was my old job',
    'you want my email okay {emw} and thats lower case',
    'my mom {fname} doesnt have email so use mine {emw}',
    'its under my husbands email {emw} his name is {mg}',
    'dash not underscore so {emw}',
    'the confirmation went to {emx} but thats not mine',
    'we share an email {emw} me and {gv}',
    'email is {emw} and the best number is {phone}',
    # spelled / corrections / repeats (functions added below)
    # web addresses
    'my portal page is {urlw} if that helps',
    'the link they sent me was {urls} and it just spins',
    'i put the sleep data on {urlw} for my doctor to look at',
    '{f} my blog where i log my sugars is {urlw}',
    'the page is {urls} can you see it on your end',
    'she shared her profile link {urlw} with the care team',
    'go to {urlw} thats my page with the pump reports',
    'my user page is at {url} and the email is {em}',
    # device serials
    'the serial on the back says {serw}',
    '{f} the serial on the back of the {dev} says {ser}',
    'model {model} serial {serw}',
    'its a {prod} {model} and the serial is {serb}',
    's n {ser} thats whats on the sticker',
    'the sticker says s n {serx} and then a barcode',
    'serial {serb} on the {dev} that stopped working',
    '{f} {uh} the serial number its {serw} sorry the print is tiny',
    'my {dev} serial is {ser} it started beeping last night',
    'for the recall they asked for the serial thats {serw}',
    'the new {dev} came with serial {serx} but the old one was {serx}',
    'can you register the {dev} serial {serw} to my account',
    'my husband {mname} his {dev} serial is {ser}',
    'the hearing aids the left one is {serb} and the right one is {serb}',
    'pump serial {serw} and i am on the {prod} {model}',
    'the transmitter id is {serb} for the glucose monitor',
    'sensor serial {serw} it fell off after two days',
    'the {dev} on the box it says serial number {serx} lot {uh} i dont see a lot',
    'the wheelchair has a plate under the seat serial {serw}',
    'the oxygen concentrator serial is {serb} and the hours say four thousand',
    'the pacemaker card in my wallet says serial {serx} model {model}',
    '{f} device id {serw} for the home monitor',
    'the technician {name} took the old {dev} serial {ser}',
    'its for my dad {mname} the {dev} serial {serw}',
    'the serial is {serw} double checked it',
    # IMEI, MAC, IP
    'the phone imei is {imei} the app wont pair',
    '{f} my imei is {imei}',
    'imei {imei} thats what it says under settings about',
    'the hub mac address is {mac}',
    'the mac on the bottom of the hub says {macx}',
    'the home hub is on {ip} i can see it in the router',
    'the monitor got the address {ipx} from my router',
    'the bridge is at {ip} and its mac is {mac}',
    'my son {mg} set the gateway to {ip} and now nothing uploads',
    '{f} the tablet shows ip {ipx} and device id {serb}',
    'imei of the old phone was {imei} and the new one is {imei}',
    # vehicles
    'its for the disabled parking permit the plate is {plate}',
    'the van that picks me up my plate is {plate} for the visitor lot',
    'my car vin is {vin} for the mobility adapter quote',
    'the wheelchair van vin is {vin} and plate {plate}',
    'my daughter {fname} drives me the plate is {plate}',
    # names, addresses, dates around devices
    'ship the replacement {dev} to {addr} in {town} {zip}',
    'the supplies go to {addr} {town} and the serial on the old one is {serw}',
    '{f} i moved to {addr} in {town} please update it for the {dev}',
    'i got the {dev} on {date} and the serial is {ser}',
    'the pump was replaced on {date} new serial {serw}',
    'my date of birth is {dob} and the {dev} serial is {ser}',
    'born {dob} email {emw}',
    'its {name} date of birth {dob} i am calling about the {dev}',
    'this is {fname} calling for {mname} his {dev} is broken',
    'the rep {wg} from the supply company told me to call',
    'i spoke with {wgf} on the phone and she said email {emw}',
    'my neighbour {wname} helps me read the serial its {serb}',
    'the install was on {date} the tech was {gv}',
    
    'my last name is {sur} and the email is {emw}',
    'it should be under {sur} first name {gv} and the imei is {imei}',
    'okay so {mname} his email is {emw} and his phone is {phone}',
    'the account is under {fname} the {dev} serial {ser} and email {ems}',
    'call me back at {phone} or email {em}',
    'yes hi {gv} here from {town} my {dev} serial is {serw}',
    'the delivery for {name} at {addr} {town} never came',
    'my new email after the move is {emw} and the address is {addr}',
    'for the hearing aid warranty i need serial {serb} registered to {name}',
    'the glucose monitor reader serial {serw} belongs to my son {mg}',
    'she uses {em} and the monitor on her wrist has serial {serb}',
    'ok so the cpap serial {ser} and the humidifier serial {ser}',
    'the replacement was sent on {date} to {town}',
    'my grandma {fname} she is {age} and she cant read the serial herself its {serw}',
    'im {age} years old dear i cant do the email thing my grandson {mg} does it {emw}',
]

PHI_FUNCS = [t_two_ns, t_correct_domain, t_repeat_back, t_spell_surname, t_pieces_serial,
             t_serial_correct, t_username_name, t_as_in_surname, t_tr_email_wife,
             t_spelled_full]

SLOTS['sugar'] = lambda: R.choice(['one forty', 'ninety eight', 'two ten', 'one twenty six', '155'])
SLOTS['wgf'] = lambda: lab('NAME', R.choice(['june', 'hope', 'faith', 'grace', 'dawn', 'penny']))
SLOTS['cntm'] = lambda: R.choice(['three', 'six', 'twelve'])
SLOTS['pres'] = lambda: num_words(R.randint(5, 18))
SLOTS['cnt'] = lambda: num_words(R.randint(2, 30))
SLOTS['ticket'] = lambda: say_digits(digits(R.choice([5, 6, 7]), True)) if R.random() < 0.6 else digits(6, True)
SLOTS['wd'] = lambda: R.choice(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
SLOTS['mon'] = lambda: R.choice(MONTHS)
SLOTS['time'] = lambda: R.choice(['two pm', 'ten thirty', '9:15', 'noon', 'four fifteen', 'eight in the morning'])
SLOTS['sp_s'] = lambda: spelled_name(surname())
SLOTS['age'] = lambda: lab('AGE', R.choice(['ninety', 'ninety one', 'ninety three', 'ninety six', '92', '94']))

FREE_TEMPLATES = [
    'the cpap is set to pressure {pres} with a ramp of {cnt} minutes is that right',
    '{f} the {prod} {model} is the model i have does it take size three one two batteries',
    'i updated the app to version {cnt} point {cnt} and now the {dev} wont sync',
    'go to the pharmacys website and click refills they told me',
    'my ticket number is {ticket} from {wd} can you check on it',
    '{f} the order number is {ticket} for the sensors they were due {wd}',
    '{f} the reference on the box says model {model} and the lot expired in march',
    'the hearing aid batteries are size thirteen i need a pack of sixty',
    'i take {cnt} units at night and the monitor says {sugar} in the morning',
    'the humidifier is on setting four and the tube temperature is auto',
    'the support line said to reset the {dev} and wait {cnt} seconds it didnt work',
    'can i get the software update on {wd} at {time}',
    'the oxygen is at two liters and the concentrator runs about sixteen hours a day',
    'do you have the new {prod} in stock i saw it on the website dot com something',
    'the wheelchair battery is twelve volt and it lasts maybe six miles',
    'i was told the warranty is two years from january',
    '{f} the {prod} app shows error code e {cnt} and a red light since {wd}',
    'my sugar was ninety eight fasting and two ten after lunch',
    'may i ask if the mask cushion is a medium or a large',
    'will you email the form or do i pick it up',
    'the portal says version three point one point two is that the newest',
    'room four twelve the nurse said the pump alarm went off twice',
    'the filter on the cpap gets changed every {cnt} days i do it on {wd}s',
    'it costs forty nine ninety nine for the replacement charger right',
    'the website is just the company name dot com they said on the box',
    'ok so the group number on the card is eight eight two one but i dont have an email',
    'the chip in the hearing aid is a g seven and the dome size is eight millimeters',
    'the router light blinks green then amber every {cnt} minutes and the {dev} drops off',
    'i was born in nineteen fifty two so i dont really do computers',
    'can you mark it as urgent the pump is my only one',
    'the sensor lasts {cnt} days and i have {cnt} left until {mon}',
    'the pulse ox says ninety four percent and heart rate seventy two',
    'the pacemaker check is every {cntm} months and the last was in {mon}',
    'my grace period on the rental ends next week is that right',
    'the bluetooth name shows up as pump dash one but wont connect',
]


def fill_template(t):
    return re.sub(r'\{(\w+)\}', lambda m: SLOTS[m.group(1)](), t)


# ---------------------------------------------------------------- checks
LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')
CUES = re.compile(r"\b(my number is|dob|fax|email|e-mail|serial|s n|imei|mac|plate|vin|date of birth|"
                  r"born|my name is|spelled|address|user name|login)\b")
TITLES = re.compile(r'\b(dr|doctor|mr|mrs|ms|miss|nurse|sir)\b')


def check_line(text):
    errs = []
    stripped = LABEL.sub('', text)
    if '[[' in stripped or ']]' in stripped:
        errs.append('unbalanced or nested markup')
    for kind, val in LABEL.findall(text):
        if kind not in KINDS:
            errs.append('unknown kind ' + kind)
        if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
            errs.append('bad label edge')
        if '|' in val:
            errs.append('pipe in label')
        if CUES.search(val):
            errs.append('cue in label')
        if "'s" in val:
            errs.append("possessive in label")
        if kind == 'NAME' and TITLES.search(val):
            errs.append('title in name')
    plain = LABEL.sub(lambda m: m.group(2), text)
    n = len(plain.split())
    if n < 8 or n > 60:
        errs.append('length %d' % n)
    if '\t' in text or '\n' in text:
        errs.append('tab/newline')
    return errs, plain


def main():
    for lst in (FEMALE, MALE):
        pass
    templates = [('s%03d' % i, t) for i, t in enumerate(PHI_TEMPLATES)] + \
                [('f%s' % f.__name__, f) for f in PHI_FUNCS]
    n_phi = TOTAL - PHI_FREE
    if len(templates) < 60 or 2 * len(templates) < n_phi:
        sys.exit('not enough PHI templates: %d' % len(templates))
    order = list(templates)
    R.shuffle(order)
    extra = R.sample(templates, n_phi - len(templates)) if n_phi > len(templates) else []
    phi_plan = (order + extra)[:n_phi]
    if 2 * len(FREE_TEMPLATES) < PHI_FREE:
        sys.exit('not enough PHI-free templates')
    varying = [t for t in FREE_TEMPLATES if '{' in t]
    free_plan = list(FREE_TEMPLATES) + R.sample(varying, PHI_FREE - len(FREE_TEMPLATES))
    plan = [('p', k, t) for k, t in phi_plan] + [('f', 'free%02d' % FREE_TEMPLATES.index(t), t) for t in free_plan]
    R.shuffle(plan)
    lines, seen, uses, errors = [], set(), collections.Counter(), []
    counts = collections.Counter()
    free = 0
    for typ, key, t in plan:
        for _ in range(50):
            text = t() if callable(t) else fill_template(t)
            text = re.sub(r'\s+', ' ', text).strip()
            errs, plain = check_line(text)
            if not errs and plain not in seen:
                break
        errs, plain = check_line(text)
        if plain in seen:
            errs.append('duplicate line')
        labels = LABEL.findall(text)
        if typ == 'p' and not labels:
            errs.append('PHI template without label')
        if typ == 'f' and labels:
            errs.append('PHI-free template with label')
        if errs:
            errors.append('%s: %s' % (key, ', '.join(errs)))
        seen.add(plain)
        uses[key] += 1
        free += typ == 'f'
        for kind, _ in labels:
            counts[kind] += 1
        lines.append(text)
    if any(v > 2 for v in uses.values()):
        errors.append('template used more than twice')
    if free != PHI_FREE or len(lines) != TOTAL:
        errors.append('counts %d/%d' % (free, len(lines)))
    long_lines = sum(1 for l in lines if len(LABEL.sub(lambda m: m.group(2), l).split()) > 40)
    if long_lines > TOTAL // 20:
        errors.append('too many long turns: %d' % long_lines)
    if errors:
        for e in errors:
            print('CHECK FAILED', e, file=sys.stderr)
        sys.exit(1)
    header = ('# voice-dev19a.tsv: development set 19a, e-mails, web addresses and device serials said '
              'aloud by callers and written by a tired speech-to-text engine; generated by '
              'masker-domain/src/test/scripts/holdout19_voice_dev_a.py (seed %d) from Datafaker 2.7.0 '
              'name lists (Apache-2.0; locales en-AU, fi-FI, sv, tr, vi, and en-NZ in place of en-GB, '
              'which holds no name lists; diacritics dropped) and invented names, streets and towns '
              'written by an outside author; %d turns, %d PHI-free; every value invented.' %
              (SEED, TOTAL, PHI_FREE))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(header + '\n')
        for i, l in enumerate(lines, 1):
            f.write('%s-%03d\t%s\n' % (PREFIX, i, l))
    print('wrote %d turns (%d PHI-free), %d PHI templates (%d used), %d PHI-free templates; labels: %s'
          % (len(lines), free, len(templates), len([k for k in uses if not k.startswith('free')]),
             len(FREE_TEMPLATES), dict(sorted(counts.items()))))


if __name__ == '__main__':
    main()
