#!/usr/bin/env python3
"""Development set 18a for Masker: numbers and codes as a tired speech-to-text engine writes them.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
180181). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0): en-NZ, en-UG (surnames
only), fr-CH, sq, id-ID and en-PK. Given names and surnames are combined at random so no real
person is meant, diacritics are dropped as speech-to-text drops them, female and male given names
(sq lists, and the en-NZ and fr-CH lists split where they turn from boys to girls, en-PK male) are
kept apart where a pronoun follows, and invented and ordinary-word names, streets and towns
written here are added.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df18a
    python3 masker-domain/src/test/scripts/holdout18_voice_dev_a.py [/tmp/df18a]

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

SEED = 180181
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev18a.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df18a'
TOTAL = 260
PHI_FREE = 45
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}
TITLES = {'dr', 'mr', 'mrs', 'ms', 'miss', 'mister', 'doctor', 'nurse', 'prof', 'sir'}
CUES = ['my number is', 'dob', 'fax', 'date of birth', 'born', 'member id', 'phone number', 'is']


# ---------------------------------------------------------------- names from Datafaker
def strip(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower().replace("''", "'")


def yml_list(locale, key):
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    m = re.search(r'\n\s+' + key + r':\s*\[(.*?)\]', text, re.S)
    if not m:
        sys.exit('missing %s in %s' % (key, locale))
    out = []
    for part in re.split(r'[,\n]', m.group(1)):
        part = strip(part.strip())
        if part and re.fullmatch(r"[a-z][a-z' -]*[a-z]", part):
            out.append(part)
    return out


NZ_FIRST = yml_list('en-NZ', 'first_name')
NZ_M, NZ_F = NZ_FIRST[:NZ_FIRST.index('maia')], NZ_FIRST[NZ_FIRST.index('maia'):]
CH_FIRST = yml_list('fr-CH', 'first_name')
CH_M, CH_F = CH_FIRST[:CH_FIRST.index('lea')], CH_FIRST[CH_FIRST.index('lea'):]
SQ_M, SQ_F = yml_list('sq', 'male_first_name'), yml_list('sq', 'female_first_name')
PK_M = [n for n in yml_list('en-PK', 'first_name') if ' ' not in n]
ID_FIRST = yml_list('id-ID', 'first_name')
SURNAMES = (yml_list('en-NZ', 'last_name') + yml_list('en-UG', 'last_name') + yml_list('fr-CH', 'last_name')
            + yml_list('sq', 'last_name') + yml_list('id-ID', 'last_name') + yml_list('en-PK', 'last_name'))
SURNAMES = [s for s in SURNAMES if len(s) > 2 and not re.search(r'\b[a-z]\b', s)]
INV_F = ['marelka', 'tovah', 'jessamine', 'odalie', 'brisa', 'corliss', 'wenna', 'ilsabet']
INV_M = ['tobiah', 'fennick', 'orrin', 'dashiel', 'kestor', 'alaric', 'bram', 'lazlo']
INV_SUR = ['pellworth', 'quarrendon', 'ashgrove', 'tillinghast', 'marrowby', 'okonkwo-bell', 'vance-ridley',
           'de la torre', 'van kessel', 'halloran']
WORD_F = ['june', 'hope', 'faith', 'april', 'summer', 'joy']
WORD_M = ['will', 'mark', 'bill', 'rocky', 'grant', 'chase']
WORD_SUR = ['baker', 'stone', 'frost', 'bell', 'little', 'church']
FEMALE = NZ_F + CH_F + SQ_F + INV_F
MALE = NZ_M + CH_M + SQ_M + PK_M + INV_M
ANYG = FEMALE + MALE + ID_FIRST
SUR_ALL = SURNAMES + INV_SUR

STREETS = ['kowhai crescent', 'tallowmere road', 'brindle lane', 'copperbeech drive', 'ridgeline avenue',
           'old quarry road', 'mill street', 'orchard way', 'heron point drive', 'sandpiper court',
           'larkspur terrace', 'ninth street', 'church street', 'liberty avenue', 'fernhollow road']
TOWNS = ['bramwick', 'eastfold', 'port carrow', 'millbury springs', 'ashcombe', 'kettering falls',
         'new haldane', 'westmere', 'dunmore heights', 'pine hollow', 'salter bay', 'grangeville']

# ---------------------------------------------------------------- number words
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
         'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth',
       9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth', 14: 'fourteenth',
       15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth', 19: 'nineteenth',
       20: 'twentieth', 30: 'thirtieth'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
          'november', 'december']
LETTER_WORD = {'a': 'a', 'b': 'bee', 'c': 'see', 'd': 'dee', 'e': 'e', 'f': 'f', 'g': 'gee', 'h': 'h',
               'i': 'i', 'j': 'jay', 'k': 'kay', 'l': 'el', 'm': 'em', 'n': 'en', 'o': 'o', 'p': 'pee',
               'q': 'queue', 'r': 'are', 's': 'ess', 't': 'tee', 'u': 'you', 'v': 'vee', 'w': 'double you',
               'x': 'ex', 'y': 'why', 'z': 'zee'}
AS_IN = {'a': 'apple', 'b': 'boy', 'c': 'charlie', 'd': 'david', 'e': 'edward', 'f': 'frank', 'g': 'george',
         'h': 'henry', 'j': 'john', 'k': 'king', 'l': 'larry', 'm': 'mary', 'n': 'nancy', 'p': 'peter',
         'q': 'queen', 'r': 'robert', 's': 'sam', 't': 'tom', 'u': 'umbrella', 'v': 'victor', 'w': 'william',
         'x': 'x-ray', 'y': 'yellow', 'z': 'zebra'}


def n2w(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    h, r = divmod(n, 100)
    return ONES[h] + ' hundred' + ('' if r == 0 else R.choice([' and ', ' ']) + n2w(r))


def ordw(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + ' ' + ORD[n % 10]


def dig(s, zero=None, doubles=True):
    """digits read one by one, with oh/zero and double/triple"""
    z = zero or R.choice(['oh', 'zero', 'oh'])
    out, i = [], 0
    while i < len(s):
        c = s[i]
        w = z if c == '0' else ONES[int(c)]
        if doubles and i + 2 < len(s) and s[i + 1] == c == s[i + 2] and R.random() < 0.6:
            out.append('triple ' + w)
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.6:
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def pairs(s):
    """a group read in twos or as hundreds: 4142 -> forty one forty two, 412 -> four hundred and twelve"""
    if len(s) == 3 and s[0] != '0' and R.random() < 0.6:
        return n2w(int(s))
    out = []
    for i in range(0, len(s) - 1, 2):
        p = s[i:i + 2]
        out.append(dig(p) if p[0] == '0' else n2w(int(p)))
    if len(s) % 2:
        out.append(dig(s[-1]))
    return ' '.join(out)


def group(s):
    return R.choice([dig, dig, pairs])(s)


def lw(c):
    if c == 'z' and R.random() < 0.5:
        return 'zed'
    return LETTER_WORD[c] if R.random() < 0.7 else c


def alnum(s, letters='word'):
    out = []
    buf = ''
    for c in s:
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(group(buf))
            buf = ''
        if letters == 'asin' and R.random() < 0.5 and c in AS_IN:
            out.append('%s as in %s' % (c, AS_IN[c]))
        else:
            out.append(lw(c))
    if buf:
        out.append(group(buf))
    return ' '.join(out)


def rd(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def L(kind, v):
    return '[[%s|%s]]' % (kind, v)


# ---------------------------------------------------------------- values
def name_pair(g=None):
    pool = {'f': FEMALE, 'm': MALE}.get(g, ANYG)
    given = R.choice(pool) if R.random() < 0.85 else R.choice({'f': WORD_F, 'm': WORD_M}.get(g, WORD_F + WORD_M))
    sur = R.choice(SUR_ALL) if R.random() < 0.9 else R.choice(WORD_SUR)
    return given, sur


def s_name(g=None):
    a, b = name_pair(g)
    return L('NAME', a + ' ' + b)


def nanp():
    area = str(R.randint(2, 9)) + rd(2)
    return area, '555', '01' + rd(2)


def s_phone(kind='PHONE'):
    f = R.random()
    if f < 0.55:
        a, b, c = nanp()
        st = R.randrange(7)
        if st == 0:
            v = '%s-%s-%s' % (a, b, c)
        elif st == 1:
            v = '(%s) %s-%s' % (a, b, c)
        elif st == 2:
            v = '%s %s %s %s' % (dig(a), dig(b), dig(c[:2]), c[2:])
        elif st == 3:
            v = '%s %s %s' % (group(a), dig(b), pairs(c))
        elif st == 4:
            v = '%s um %s %s' % (dig(a), dig(b), dig(c))
        elif st == 5:
            v = 'one %s %s %s' % (dig(a), dig(b), dig(c))
        else:
            v = '%s %s %s' % (dig(a), dig(b), dig(c))
    elif f < 0.75:
        tail = rd(3)
        v = R.choice(['%s %s %s' % (dig('07700'), dig('900'), group(tail)), '07700 900' + tail,
                      'plus four four %s %s %s' % (dig('7700'), dig('900'), dig(tail))])
    elif f < 0.88:
        tail = rd(3)
        v = R.choice(['%s %s %s' % (dig('01632'), dig('960'), dig(tail)), '01632 960' + tail])
    else:
        tail = rd(3)
        v = R.choice(['%s %s %s' % (dig('0491'), pairs('570'), dig(tail)), '0491 570 ' + tail,
                      'plus six one %s %s %s' % (dig('491'), dig('570'), group(tail))])
    if kind == 'PHONE' and R.random() < 0.1:
        v += ' extension ' + n2w(R.randint(100, 499))
    return L(kind, v)


def s_fax():
    return s_phone('FAX')


MBI_A = 'acdefghjkmnpqrtuvwxy'


def mbi():
    A = lambda: R.choice(MBI_A)
    AN = lambda: R.choice(MBI_A + '0123456789')
    N = lambda: R.choice('0123456789')
    return (R.choice('123456789') + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N())


def s_mbi():
    v = mbi()
    st = R.randrange(3)
    if st == 0:
        return L('HEALTH_PLAN_ID', v[:4] + '-' + v[4:7] + '-' + v[7:])
    if st == 1:
        return L('HEALTH_PLAN_ID', alnum(v))
    return L('HEALTH_PLAN_ID', alnum(v, 'asin'))


def s_member():
    v = ''.join(R.choice('abcdefghjkmnprstwxyz') for _ in range(R.randint(1, 3))) + rd(R.randint(7, 9))
    return L('HEALTH_PLAN_ID', R.choice([alnum(v), alnum(v, 'asin'), v]))


def s_medicaid():
    v = ''.join(R.choice('abcdefghjkmnprstwxyz') for _ in range(2)) + rd(6) + R.choice('abcdefghjkmnprstwxyz')
    return L('HEALTH_PLAN_ID', R.choice([alnum(v), v, alnum(v, 'asin')]))


def s_num(kind, lo=6, hi=9, prefix=''):
    v = rd(R.randint(lo, hi))
    if v[0] == '0':
        v = '4' + v[1:]
    st = R.randrange(4)
    if st == 0:
        s = v
    elif st == 1:
        s = dig(v)
    elif st == 2:
        s = ' '.join(group(v[i:i + 3]) for i in range(0, len(v), 3))
    else:
        s = dig(v[:3]) + ' ' + v[3:]
    if prefix:
        s = alnum(prefix) + ' ' + s
    return L(kind, s)


def s_ssn():
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    a, g, s = '%03d' % area, '%02d' % R.randint(1, 99), '%04d' % R.randint(1, 9999)
    return L('SSN', R.choice(['%s-%s-%s' % (a, g, s), '%s %s %s' % (dig(a), dig(g), dig(s)),
                              '%s %s %s' % (group(a), pairs(g), pairs(s))]))


def s_dl():
    v = R.choice('abcdefghjklmnprstwy') + rd(R.randint(7, 8))
    return L('LICENSE', R.choice([v, alnum(v), alnum(v, 'asin')]))


def s_plate():
    v = R.choice([rd(1) + ''.join(R.choice('bcdfghjklmnprstvwxyz') for _ in range(3)) + rd(3),
                  ''.join(R.choice('bcdfghjklmnprstvwxyz') for _ in range(3)) + rd(4)])
    return L('VEHICLE_ID', R.choice([v, alnum(v)]))


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def s_npi():
    base = R.choice('12') + rd(8)
    v = base + luhn_digit('80840' + base)
    return L('LICENSE', R.choice([v, dig(v), ' '.join(group(v[i:i + 3]) for i in (0, 3, 6)) + ' ' + dig(v[9])]))


def s_dea():
    d = [int(c) for c in rd(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    v = R.choice('abfgm') + R.choice('abcdefghjklmnprstwz') + ''.join(map(str, d)) + str(chk)
    return L('LICENSE', R.choice([v, alnum(v), alnum(v, 'asin')]))


VIN_T = {c: v for c, v in zip('abcdefghjklmnprstuvwxyz', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def s_vin():
    chars = 'abcdefghjklmnprstuvwxyz0123456789'
    v = [R.choice(chars) for _ in range(17)]
    v[8] = '0'
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = 'x' if r == 10 else str(r)
    v = ''.join(v)
    return L('VEHICLE_ID', R.choice([v, alnum(v)]))


def s_imei():
    base = R.choice(['35', '86', '49']) + rd(12)
    v = base + luhn_digit(base)
    return L('DEVICE_ID', R.choice([v, dig(v), ' '.join(group(v[i:i + 5]) for i in (0, 5, 10))]))


def s_serial():
    v = ''.join(R.choice('abcdefghjkmnprstwxyz') for _ in range(2)) + rd(R.randint(6, 8))
    return L('DEVICE_ID', R.choice([v, alnum(v)]))


CARDS = ['4111111111111111', '5555555555554444', '4012888888881881', '378282246310005', '6011111111111117',
         '5105105105105100', '371449635398431', '4242424242424242']


def s_card():
    v = R.choice(CARDS)
    gs = [v[i:i + 4] for i in range(0, len(v), 4)] if len(v) == 16 else [v[:4], v[4:10], v[10:]]
    return L('CREDIT_CARD', R.choice([' '.join(gs), ' '.join(dig(g) for g in gs), ' '.join(group(g) for g in gs)]))


IBANS = ['GB29 NWBK 6016 1331 9268 19', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606',
         'NL91 ABNA 0417 1643 00', 'CH93 0076 2011 6238 5295 7', 'AL47 2121 1009 0000 0002 3569 8741']


def s_iban():
    v = R.choice(IBANS)
    if R.random() < 0.5:
        return L('IBAN', v.lower())
    return L('IBAN', alnum(v.replace(' ', '').lower()))


def s_zip():
    v = '%05d' % R.randint(1010, 99899)
    st = R.randrange(4)
    if st == 0:
        return L('ZIP', v)
    if st == 1:
        return L('ZIP', dig(v))
    if st == 2:
        return L('ZIP', '%s-%s' % (v, rd(4)))
    return L('ZIP', pairs(v[:3]) + ' ' + pairs(v[3:]))


def year_words(y, short=False):
    if short or R.random() < 0.2:
        return n2w(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 100]
    if y >= 2000:
        if y % 100 >= 10:
            return 'twenty ' + n2w(y % 100) if R.random() < 0.7 else 'two thousand ' + n2w(y % 100)
        return R.choice(['two thousand ', 'two thousand and ', 'twenty oh ']) + ONES[y % 100]
    return n2w(y // 100) + ' ' + (n2w(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 100])


def spoken_date(y, m, d, withyear=True):
    st = R.randrange(9)
    mo = MONTHS[m - 1]
    if st == 8 and d in (1, 2, 3, 21, 22, 23, 31):
        od = (TENS[d // 10] + ' ' if d > 20 else '') + ONES[d % 10] + 'th'
    else:
        od = ordw(d)
    yw = year_words(y)
    if st == 0:
        s = '%s %s' % (mo, od)
    elif st == 1:
        s = 'the %s of %s' % (od, mo)
    elif st == 2:
        s = '%s the %s' % (mo, od)
    elif st == 3:
        return '%d/%d/%s' % (m, d, str(y) if R.random() < 0.5 else '%02d' % (y % 100))
    elif st == 4:
        return '%s %s %s' % (dig('%02d' % m), dig('%02d' % d), dig(str(y)[2:]) if R.random() < .5 else year_words(y))
    elif st == 5:
        return '%s %d, %d' % (mo, d, y)
    elif st == 6:
        s = '%s %s' % (n2w(m), n2w(d))
        return s + ' ' + year_words(y, short=True) if withyear else '%s %s' % (mo, n2w(d))
    else:
        s = '%s %s' % (mo, od) if st == 8 else '%s %s' % (mo, n2w(d))
    return s + (' ' + yw if withyear else '')


def s_dob():
    y, m, d = R.randint(1931, 2008), R.randint(1, 12), R.randint(1, 28)
    return L('DOB', spoken_date(y, m, d))


def s_date():
    y, m, d = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)
    if R.random() < 0.2:
        return L('DATE', '%s %s' % (MONTHS[m - 1], year_words(y)))
    return L('DATE', spoken_date(y, m, d, withyear=R.random() < 0.6))


def s_addr():
    n = R.randint(3, 9899)
    st = R.choice(STREETS)
    num = R.choice([str(n), n2w(n) if n < 1000 else pairs(str(n)), dig(str(n))])
    unit = R.choice(['', '', ' apartment ' + n2w(R.randint(1, 30)) + ' ' + R.choice('abcd'), ' unit ' + str(R.randint(1, 40))])
    return L('ADDRESS', '%s %s%s' % (num, st, unit))


def s_town():
    return L('LOCATION', R.choice(TOWNS))


def s_email():
    a, b = name_pair()
    user = R.choice(['%s dot %s' % (a, b), '%s %s' % (a[0], b), '%s %s' % (a, n2w(R.randint(11, 99))),
                     '%s underscore %s' % (b, dig(rd(2)))])
    dom = R.choice(['example dot com', 'example dot org', 'example dot net'])
    if R.random() < 0.3:
        return L('EMAIL', '%s@example.%s' % (a + '.' + b.replace(' ', ''), R.choice(['com', 'org', 'net'])))
    return L('EMAIL', '%s at %s' % (user, dom))


def s_url():
    return L('URL', R.choice(['example dot com slash pay slash %s' % dig(rd(5)),
                              'www dot example dot org slash %s' % R.choice(['portal', 'claims', 'myrecords']),
                              'https://example.net/p/' + rd(6)]))


def s_ip():
    v = R.choice(['192.168.%d.%d' % (R.randint(0, 254), R.randint(2, 254)),
                  '10.%d.%d.%d' % (R.randint(0, 254), R.randint(0, 254), R.randint(2, 254)),
                  '192.0.2.%d' % R.randint(2, 254), '198.51.100.%d' % R.randint(2, 254)])
    if R.random() < 0.5:
        return L('IP_ADDRESS', v)
    return L('IP_ADDRESS', ' dot '.join(n2w(int(p)) if R.random() < .5 else dig(p) for p in v.split('.')))


def s_age():
    return L('AGE', n2w(R.randint(90, 104)) if R.random() < 0.8 else str(R.randint(90, 103)))


# unlabelled tempters
def u_group():
    return R.choice([alnum('g' + rd(5)), dig(rd(6)), rd(5)])


def u_price():
    return R.choice(['%s dollars' % n2w(R.randint(12, 480)), '$%d.%02d' % (R.randint(5, 300), R.randint(0, 99)),
                     '%s %s' % (n2w(R.randint(2, 9) * 10 + R.randint(0, 9)), n2w(R.randint(10, 99)))])


def u_dose():
    return R.choice(['two fifty milligrams', 'five hundred milligrams', 'twenty five micrograms', 'ten milligrams',
                     'one point five milligrams', 'seventy five mg', 'forty units', '0.5 ml'])


def u_time():
    return R.choice(['ten forty five', 'two thirty', 'eleven fifteen', 'quarter to nine', '3:40', 'eight oh five'])


def u_ref():
    return R.choice([dig(rd(6)), alnum(R.choice('abcdefghjk') + rd(5)), pairs(rd(6))])


def u_wifephone():
    a, b, c = nanp()
    end = n2w(int(c[2:])) if c[2] != '0' else dig(c[2:])
    v = R.choice(['%s %s %s' % (dig(a), dig(b), dig(c)), '%s-%s-%s' % (a, b, c), '%s %s %s' % (group(a), dig(b), pairs(c))])
    return R.choice(['my wife says it ends in %s and the whole number is %s',
                     'hold on my husband says it ends in %s um yeah okay it is %s']) % (end, L('PHONE', v))


def u_corrphone():
    a, b, c = nanp()
    wrong = '01' + rd(2)
    while wrong == c:
        wrong = '01' + rd(2)
    head = '%s %s %s' % (dig(a), dig(b), dig('01'))
    return ('%s no sorry %s %s so it is %s' % (L('PHONE', head + ' ' + dig(wrong[2:])),
            R.choice(['the last two are', 'it ends in', 'i mean']), dig(c[2:]), L('PHONE', '%s-%s-%s' % (a, b, c))))


def u_spellgiven():
    g = R.choice(ANYG).replace(' ', '')
    sp = ' '.join('%s as in %s' % (c, AS_IN[c]) if c in AS_IN and R.random() < 0.5 else lw(c) for c in g)
    return '%s %s' % (L('NAME', g), L('NAME', sp))


def u_odd(y):
    d = R.choice([1, 2, 3, 21, 22, 23, 31])
    od = (TENS[d // 10] + ' ' if d > 20 else '') + ONES[d % 10] + 'th'
    mo = R.choice(MONTHS)
    if R.random() < 0.5:
        return 'the %s of %s %s' % (od, mo, year_words(y))
    return '%s the %s %s' % (mo, od, year_words(y))


SLOTS = {
    'name': s_name, 'namef': lambda: s_name('f'), 'namem': lambda: s_name('m'),
    'givenf': lambda: L('NAME', name_pair('f')[0]), 'givenm': lambda: L('NAME', name_pair('m')[0]),
    'given': lambda: L('NAME', name_pair()[0]), 'sur': lambda: L('NAME', name_pair()[1]),
    'phone': s_phone, 'phone2': s_phone, 'fax': s_fax, 'mbi': s_mbi, 'member': s_member, 'member2': s_member,
    'medicaid': s_medicaid,
    'mrn': lambda: s_num('MRN', 6, 9), 'mrnp': lambda: s_num('MRN', 6, 7, R.choice(['mr', 'ch', 'pt'])),
    'case': lambda: s_num('MRN', 7, 9), 'acct': lambda: s_num('ACCOUNT', 7, 10),
    'ssn': s_ssn, 'dl': s_dl, 'plate': s_plate, 'vin': s_vin, 'npi': s_npi, 'dea': s_dea, 'imei': s_imei,
    'serial': s_serial, 'card': s_card, 'iban': s_iban, 'zip': s_zip, 'dob': s_dob, 'date': s_date,
    'date2': s_date, 'addr': s_addr, 'town': s_town, 'email': s_email, 'url': s_url, 'ip': s_ip, 'age': s_age,
    'dob2': s_dob, 'oddob': lambda: L('DOB', u_odd(R.randint(1931, 1990))), 'oddate': lambda: L('DATE', u_odd(R.randint(2021, 2026))), 'zip2': s_zip, 'spellgiven': u_spellgiven, 'olddob': lambda: L('DOB', spoken_date(R.randint(1921, 1934), R.randint(1, 12), R.randint(1, 28))),
    'wifephone': u_wifephone, 'price2': u_price,
    'phoneau': lambda: L('PHONE', R.choice(['%s %s %s' % (dig('0491'), pairs('570'), dig(rd(3))), '0491 570 ' + rd(3)])),
    'phoneuk': lambda: L('PHONE', R.choice(['%s %s %s' % (dig('07700'), dig('900'), group(rd(3))), '07700 900' + rd(3)])),
    'corrphone': u_corrphone,
    'group': u_group, 'price': u_price, 'dose': u_dose, 'time': u_time, 'ref': u_ref,
    'last4': lambda: R.choice([dig(rd(4)), pairs(rd(4)), rd(4)]),
    'claim': lambda: R.choice([dig(rd(9)), rd(10), alnum('c' + rd(8))]),
    'room': lambda: n2w(R.randint(101, 650)), 'ext': lambda: dig(str(R.randint(200, 499))),
    'count': lambda: n2w(R.randint(2, 90)), 'year': lambda: year_words(R.randint(1938, 2012)),
    'wd': lambda: R.choice(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']),
    'month': lambda: R.choice(MONTHS), 'digit': lambda: ONES[R.randint(1, 9)],
    'pair': lambda: n2w(R.randint(10, 99)),
}

# ---------------------------------------------------------------- templates
PHI_T = [
    "her date of birth is {oddob} that's what the bracelet says anyway",
    "i came in for the scan on {oddate} and the account is {acct}",
    "the number is {corrphone} yeah that one sorry i'm half asleep",
    "okay the member id is um {member} my wife says the letters are right yeah",
    "zip is um {zip} no hang on that's the old house the new one is {zip2}",
    "the first name is {spellgiven} i'll spell it again if you want and the dob is {dob}",
    "yeah hi um my call back number is {phone} that's the cell",
    "okay so the number um hold on let me find it okay it's {phone} sorry it's been a long day",
    "it's {phone} no wait sorry i said it wrong it's {phone2}",
    "you can reach me at {phone} and if i don't pick up try my daughter {givenf} at {phone2}",
    "the doctor's office said to fax it over to {fax} attention {name}",
    "fax is {fax} and the phone is {phone} for the front desk",
    "can you send the prior auth to fax number {fax} uh that's the pharmacy on the second floor",
    "my member id is {member} and the group is {group} if you need that too",
    "member id uh {member} i'll say it again {member}",
    "the subscriber is my husband {namem} and his subscriber id is {member}",
    "it's on the card the id is {member} um the other number there is the group {group}",
    "so the medicaid number is {medicaid} she just got it renewed in {month}",
    "okay medicaid id {medicaid} for {namef} she's my mother",
    "my medicare number is {mbi} the new one not the old social one",
    "the medicare card says {mbi} hold on my glasses yeah {mbi}",
    "medicare number let me see {mbi} and it's part a and b",
    "he's got medicare his number is {mbi} and his name on there is {namem}",
    "her record number is {mrn} i think they call it the mrn",
    "the chart number on the paper is {mrnp} at the top right",
    "medical record number {mrn} for my son {givenm}",
    "they gave me a case number um {case} when i called last {wd}",
    "the patient id on the wristband is {mrn} and the room was {room} but that doesn't matter",
    "my account number on the bill is {acct} and the amount is {price}",
    "the billing account is {acct} uh the statement is from {month} i think",
    "account {acct} that's the patient account not the claim",
    "i want to pay with a card the number is {card}",
    "card number {card} and the expiration is oh nine twenty eight",
    "okay it's a visa {card} the name on the card is {name}",
    "it's {card} sorry the last group again um yeah that's right",
    "my social is {ssn} and that's for {name}",
    "social security number {ssn} uh do you need the whole thing yeah okay",
    "the ssn they have on file is wrong it should be {ssn}",
    "her social is {ssn} my wife's i mean she's right here",
    "driver's license number is {dl} it's from out of state",
    "the license is {dl} and it expires next year i think",
    "for the transport they wanted the plate it's {plate} a gray minivan",
    "my plate number is {plate} i'm parked in the back lot by the lab",
    "the vin on the registration is {vin} for the wheelchair van",
    "the prescriber npi is {npi} doctor {sur} signed it",
    "his npi number um {npi} and the dea is {dea}",
    "dea number {dea} it's on the script at the bottom",
    "the pump has a serial number on the back {serial}",
    "the imei of the phone they gave me for the monitoring is {imei}",
    "the monitor serial number is {serial} and it's been beeping since {wd}",
    "um yeah the date of birth is {dob} for the patient",
    "her birthday is {dob} and the name is {namef}",
    "born {olddob} um she's {age} so please be patient with her",
    "my dob is {dob} and my zip is {zip}",
    "dob uh {dob} sorry i'm tired {dob}",
    "date of birth {dob} no wait that's my husband's mine is {dob2}",
    "he was born on {dob} the name is {namem} and he's got the same address",
    "the visit was on {date} and i got billed twice",
    "i was seen {date} at the lab they drew blood and then again {date2}",
    "the surgery was {date} and the follow up never got scheduled",
    "she was admitted {date} and discharged {wd}",
    "my zip code is {zip} and the street is {addr}",
    "okay the zip is {zip} that's in {town} where we live now",
    "the address is {addr} in {town} zip {zip}",
    "send the cards to {addr} {town} um the zip is {zip}",
    "can you mail it to {addr} not the old one",
    "and for the receipts my email is {email} please",
    "you can email the receipt to {email} or just text me at {phone}",
    "the portal link they sent was {url} and it doesn't open",
    "the ip address on the error is {ip} if that helps your it people",
    "for the refund they asked for the iban it's {iban}",
    "my bank account for the direct deposit is {acct} and the routing is {group}",
    "this is {name} calling about my prescription my date of birth is {dob}",
    "hi it's {namef} i'm calling for my dad his member number is {member}",
    "um yes hi this is {namem} sorry the connection is bad my number is {phone}",
    "my name is {spell}",
    "last name {sur} like it sounds and the first name is {given}",
    "the patient is {namef} and her dob is {dob} she is my aunt",
    "{wifephone}",
    "my son is reading it off the card it's {member} he says there's also a group {group}",
    "hold on my husband has the card {givenm} what's the number he says {member}",
    "she's {age} years old and the medicare number is {mbi}",
    "mom is {age} and she can't hear well so call me at {phone}",
    "the nurse {givenf} said to leave a message at {phone}",
    "i talked to {namef} in billing and she gave me reference um no the account is {acct}",
    "the lab order says {mrn} at the top and the collection date is {date}",
    "can you verify {mrn} for the record and the date of birth {dob}",
    "the policy number is {member} and the policy holder is {name}",
    "um the case number they gave me is {case} and the adjuster is {name}",
    "i'm calling from the pharmacy the prescriber's fax bounced it's {fax} right",
    "my number um it's five five five no wait let me start over {phone}",
    "the phone on my file is old the new one is {phone} and my email changed to {email}",
    "i'll read it slowly {member} did you get that",
    "so that's {mbi} yes that's what the card says",
    "the claim is for {date} the account number {acct} and the charge was {price}",
    "he was born {dob} in {town} if that matters for the records",
    "my license number {dl} and the plate {plate} they asked both for the parking permit",
    "the device id on the glucose reader is {serial} and the lot number doesn't matter right",
    "the hearing aid serial is {serial} and i bought it in {month}",
    "i moved to {addr} in {town} so update the zip to {zip}",
    "the old zip was {zip} but we're not there anymore",
    "text the code to {phone} that's my mobile",
    "call my neighbor {name} at {phone} if you can't reach me",
    "the pharmacy called me from {phone} about the refill for {givenf}",
    "yes my daughter {namef} she's on my plan her id is {member}",
    "the appointment was {date} at {time} with doctor {sur}",
    "i need the records from {date} sent to {email}",
    "um the number is {phoneau} and it's an australian mobile i'm visiting",
    "call me on {phoneuk} i'm in the uk this month",
    "the member id starts with the letters and then {member} sorry that's the whole thing",
    "my ssn is {ssn} and my date of birth is {dob}",
    "can you confirm the dob {dob} and the zip {zip}",
    "his mrn is {mrn} and he's in room {room}",
    "the account holder is {name} and the account is {acct}",
    "the card is {card} and the zip for billing is {zip}",
    "this is {givenf} from doctor {sur}'s office our fax is {fax}",
    "my date of birth is {dob} and the medicaid is {medicaid}",
    "the bill was mailed to {addr} but i live in {town} now",
    "okay the iban is {iban} and the name on the account is {name}",
    "i was in the er on {date} and the case number is {case}",
]

FREE_T = [
    "the group number is {group} and the claim number is {claim} if you need it",
    "it's the last four of my social {last4} is that enough",
    "my confirmation number from you guys was {ref} i wrote it down",
    "the reference number you gave me yesterday was {ref} can you check that",
    "i was told to take {dose} twice a day but the bottle says once",
    "my blood pressure this morning was one thirty two over eighty four and pulse {pair}",
    "the appointment is at {time} on {wd} right not {month}",
    "the store number is {count} and the order number is {ref}",
    "it cost {price} last month and now they want {price2} which is crazy",
    "i'm in room {room} and the extension for the nurse is {ext}",
    "press two for pharmacy press three for billing that's what it said",
    "i was born in {year} if that helps but i don't remember the rest right now",
    "my claim number is {claim} and i'm still waiting since {month}",
    "i think it was back in the nineties that i had the surgery",
    "the doctor said {count} units at night and check sugar at {time}",
    "will you call me back on {wd} may i ask who's calling",
    "yeah it's the same card as last year group {group} nothing changed",
    "the copay was {price} and the deductible is two thousand five hundred",
    "i take {dose} and the pharmacy gave me a {count} day supply",
    "the last four on the card are {last4} and it expires in {month}",
    "her temperature was ninety nine point four and oxygen ninety six",
    "the extension you gave me was {ext} but nobody picks up after {time}",
    "it says lot number {ref} on the box should i throw it out",
    "i'll be there {wd} at {time} and bring the forms in {month}",
    "the rx number on the bottle is {ref} is that what you need",
    "option four press four and then pound is what the menu said",
    "we've had the plan since {year} and never had a problem until {month}",
    "the nurse said a hundred and twenty over eighty is fine and to drink water",
    "sorry hold on the dog my ticket number is {ref} from the chat",
    "i'm eighty seven and my husband is eighty nine we share the same plan",
    "can you mark it urgent i hope so because the bill is due {wd}",
]

GENDER_LIKE = {'spell'}


def spell_slot(cache):
    a, b = name_pair()
    sp = R.choice([' '.join(c for c in b if c != ' '), '-'.join(c for c in b if c != ' '),
                   ' '.join(lw(c) for c in b if c != ' ')])
    cache['spell'] = '%s the last name is spelled %s' % (L('NAME', a + ' ' + b), L('NAME', sp))
    return cache['spell']


def fill(t):
    cache = {}

    def rep(m):
        k = m.group(1)
        if k == 'spell':
            return spell_slot(cache)
        if k not in cache:
            cache[k] = SLOTS[k]()
        return cache[k]
    return re.sub(r'\{(\w+)\}', rep, t)


# ---------------------------------------------------------------- checks
LAB = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')


def plain(line):
    return LAB.sub(lambda m: m.group(2), line)


def check(text, errors, where):
    rest = LAB.sub('', text)
    if '[[' in rest or ']]' in rest or '|' in rest:
        errors.append('%s: malformed or nested markup' % where)
    for k, v in LAB.findall(text):
        if k not in KINDS:
            errors.append('%s: unknown kind %s' % (where, k))
        if not v or v != v.strip() or v[-1] in ',;:!?' or v[0] in ',;:!?':
            errors.append('%s: bad label edge' % where)
        lv = ' %s ' % v.lower()
        for cue in ('my number is', ' dob ', ' fax ', ' date of birth', ' born '):
            if cue in lv:
                errors.append('%s: cue in label' % where)
        if "'s " in lv or lv.split()[0] in TITLES:
            errors.append('%s: title or possessive in label' % where)
        if k == 'AGE' and re.fullmatch(r'\d+', v) and int(v) <= 89:
            errors.append('%s: age' % where)
    n = len(plain(text).split())
    if n < 8 or n > 55:
        errors.append('%s: %d words' % (where, n))
    return n


def main():
    lines, seen, uses, errors = [], set(), collections.Counter(), []
    free_pool = list(range(len(FREE_T))) * 2
    phi_pool = list(range(len(PHI_T))) * 2
    R.shuffle(free_pool)
    R.shuffle(phi_pool)
    kinds = ['phi'] * (TOTAL - PHI_FREE) + ['free'] * PHI_FREE
    R.shuffle(kinds)
    long_ = 0
    for i, kind in enumerate(kinds):
        pool, tpl = (phi_pool, PHI_T) if kind == 'phi' else (free_pool, FREE_T)
        for _ in range(50):
            ti = pool.pop()
            text = fill(tpl[ti])
            if text not in seen:
                break
            pool.insert(0, ti)
        else:
            sys.exit('could not make a unique line')
        seen.add(text)
        uses[(kind, ti)] += 1
        lid = 'vd18a-%03d' % (i + 1)
        n = check(text, errors, lid)
        long_ += n > 40
        if kind == 'phi' and not LAB.search(text):
            errors.append('%s: phi template without label' % lid)
        if kind == 'free' and LAB.search(text):
            errors.append('%s: free template with label' % lid)
        lines.append('%s\t%s' % (lid, text))
    if long_ > 13:
        errors.append('too many long turns: %d' % long_)
    if max(uses.values()) > 2:
        errors.append('template used more than twice')
    if len(PHI_T) < 60:
        errors.append('fewer than 60 phi templates')
    if sum(1 for l in lines if not LAB.search(l)) != PHI_FREE:
        errors.append('phi-free count')
    if len(set(PHI_T)) != len(PHI_T) or len(set(FREE_T)) != len(FREE_T):
        errors.append('duplicate template')
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)
    head = ('# voice-dev18a.tsv: generated by masker-domain/src/test/scripts/holdout18_voice_dev_a.py (seed %d) '
            'from Datafaker 2.7.0 name lists (Apache-2.0; locales en-NZ, en-UG, fr-CH, sq, id-ID, en-PK, '
            'diacritics dropped) and invented names, streets and towns written for Masker; caller turns to '
            'pharmacies, insurers, labs, billing and clinics reading out numbers and codes as a tired '
            'speech-to-text engine writes them; development set; every value invented.' % SEED)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(head + '\n' + '\n'.join(lines) + '\n')
    c = collections.Counter(k for l in lines for k, _ in LAB.findall(l))
    print('turns %d, phi-free %d, phi templates %d (used %d), free templates %d, long %d' % (
        len(lines), PHI_FREE, len(PHI_T), len({t for k, t in uses if k == 'phi'}), len(FREE_T), long_))
    for k, v in sorted(c.items()):
        print(k, v)


if __name__ == '__main__':
    main()
