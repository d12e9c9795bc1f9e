#!/usr/bin/env python3
"""Thirteenth held-out evaluation set for Masker: caller turns of real calls to voice agents.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
130133). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0), combined at random so
no real person is meant, plus invented and ordinary-word names, streets and towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout13_voice.py [/tmp/df]

Every value is invented: phones only from fiction ranges (NANP 555-01xx, UK 07700 900xxx and
01632 960xxx, AU 0491 570 xxx), e-mails and URLs at example.com/.org/.net, card numbers are the
networks' published test numbers, IBANs the SWIFT registry's examples, NPI, DEA, VIN and IMEI
numbers carry correct check digits, SSN areas are never 000, 666 or 9xx, IPs come from private
and documentation ranges.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 130133
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-holdout13.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df'
TOTAL = 280
PHI_FREE = 42
R = random.Random(SEED)

# ---------------------------------------------------------------- names from Datafaker

def plain(s):
    s = s.replace('ı', 'i').replace('İ', 'i').replace('ł', 'l').replace('đ', 'd').replace('Đ', 'd')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u200b', '').strip().lower()
    return s


def yml_list(locale, key):
    with open(os.path.join(DF, locale + '.yml'), encoding='utf-8') as f:
        text = f.read()
    m = re.search(r'^\s+' + key + r':\s*\[', text, re.M)
    if not m:
        raise SystemExit('no %s in %s' % (key, locale))
    end = text.index(']', m.end())
    out = []
    for item in text[m.end():end].split(','):
        v = plain(item.strip().strip('"').strip("'"))
        if v and re.fullmatch(r"[a-z]+( [a-z]+)?", v):
            out.append(v)
    return sorted(set(out))


FEMALE, MALE, LAST = [], [], []
for loc in ('fi-FI', 'tr', 'pt-BR', 'et'):
    FEMALE += [n for n in yml_list(loc, 'female_first_name') if ' ' not in n]
    MALE += [n for n in yml_list(loc, 'male_first_name') if ' ' not in n]
    LAST += yml_list(loc, 'last_name')
ANY_FIRST = []
for loc in ('it', 'hr', 'en-AU'):
    ANY_FIRST += [n for n in yml_list(loc, 'first_name') if ' ' not in n]
    LAST += [n for n in yml_list(loc, 'last_name') if ' ' not in n]
FEMALE, MALE, ANY_FIRST, LAST = (sorted(set(x)) for x in (FEMALE, MALE, ANY_FIRST, LAST))

# invented and ordinary-word names written for this set
INV_FIRST = ['tovah', 'orlen', 'mavis', 'brennick', 'saoirse', 'dace', 'ilaria', 'kemble', 'rosalind',
             'quill', 'zevi', 'anouk', 'lisbet', 'odran', 'yaretzi', 'thandie']
INV_LAST = ['okonkwo-reyes', 'vandersloot', 'quenneville', 'marchetti-lowe', 'abernathy', 'szczepanik',
            'delacroix', 'hollinrake', 'brautigam', 'oyelaran', 'nakashima', 'ferreira-dunn',
            'pelletier', 'mcgarrity', 'thistlewood', 'kowalczuk', 'lindqvist', 'achterberg']
ORD_LAST = ['finch', 'baker', 'rook', 'marsh', 'frost', 'wells', 'hale', 'pike', 'bishop', 'fields',
            'booth', 'page', 'stone', 'lane', 'glass', 'sparrow', 'hunter', 'bell', 'cross', 'moody']
ORD_FIRST_F = ['june', 'hope', 'faith', 'rose', 'may', 'dawn', 'joy', 'april', 'grace', 'summer']
ORD_FIRST_M = ['will', 'grant', 'mark', 'bill', 'art', 'rusty', 'chase', 'miles', 'gene', 'buck']


def first(g=None):
    if g is None:
        g = R.choice('fmx')
    if g == 'f':
        return R.choice(FEMALE + INV_FIRST[:8]) if R.random() < 0.9 else R.choice(ORD_FIRST_F)
    if g == 'm':
        return R.choice(MALE + INV_FIRST[8:]) if R.random() < 0.9 else R.choice(ORD_FIRST_M)
    return R.choice(ANY_FIRST)


def last():
    x = R.random()
    if x < 0.12:
        return R.choice(ORD_LAST)
    if x < 0.25:
        return R.choice(INV_LAST)
    return R.choice(LAST)


def full(g=None):
    return first(g) + ' ' + last()


AS_IN = {'b': 'boy', 'd': 'david', 'f': 'frank', 'm': 'mary', 'n': 'nancy', 'p': 'peter', 's': 'sam',
         't': 'tom', 'v': 'victor', 'c': 'charlie', 'g': 'george', 'k': 'king', 'r': 'robert'}


def spell(word):
    return ' '.join(c for c in word if c.isalpha())


def L(kind, v):
    if kind in ('DATE', 'DOB') and v.startswith('the '):
        return 'the [[%s|%s]]' % (kind, v[4:])
    return '[[%s|%s]]' % (kind, v)


def N(v):
    return L('NAME', v)

# ---------------------------------------------------------------- numbers said aloud

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
        'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth',
       9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth', 14: 'fourteenth',
       15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth', 19: 'nineteenth', 20: 'twentieth',
       30: 'thirtieth'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
          'november', 'december']


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' ' + R.choice(['', 'and ']) + words(n % 100))
    return words(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else ' ' + words(n % 1000))


def ordinal(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + ' ' + ORD[d % 10]


def digit(c, zero=None):
    if c == '0':
        return zero or R.choice(['oh', 'zero', 'oh'])
    return ONES[int(c)]


def say_digits(s, doubles=True):
    """Digits one by one, sometimes 'double'/'triple'."""
    out, i = [], 0
    zero = R.choice(['oh', 'zero'])
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            out.append(c)
            i += 1
            continue
        run = 1
        while i + run < len(s) and s[i + run] == c:
            run += 1
        if doubles and run == 3 and R.random() < 0.5:
            out.append('triple ' + digit(c, zero))
            i += 3
        elif doubles and run >= 2 and R.random() < 0.5:
            out.append('double ' + digit(c, zero))
            i += 2
        else:
            out.append(digit(c, zero))
            i += 1
    return ' '.join(out)


def say_pairs(s):
    """'4471' -> 'forty four seventy one', '07' -> 'oh seven'."""
    out = []
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if len(p) == 1:
            out.append(digit(p))
        elif p[0] == '0':
            out.append('oh ' + digit(p[1]))
        else:
            out.append(words(int(p)))
    return ' '.join(out)


def say_alnum(s, as_in=0.0):
    nato = {'b': 'boy', 'd': 'david', 'f': 'frank', 'm': 'mary', 'n': 'nancy', 'p': 'peter', 's': 'sam',
            't': 'tom', 'v': 'victor', 'c': 'charlie', 'g': 'george', 'k': 'king', 'r': 'robert'}
    out = []
    zero = R.choice(['oh', 'zero'])
    for c in s.lower():
        if c.isdigit():
            out.append(digit(c, zero))
        elif c.isalpha():
            if c in nato and R.random() < as_in:
                out.append('%s as in %s' % (c, nato[c]))
            else:
                out.append(c)
        elif c == '-':
            out.append(R.choice(['dash', '']))
    return ' '.join(w for w in out if w)


def rdig(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def rdig_nz(n):
    return R.choice('123456789') + rdig(n - 1)

# ---------------------------------------------------------------- values

AREAS = ['312', '617', '415', '503', '614', '919', '406', '208', '702', '860', '413', '574', '319', '757']


def nanp():
    return R.choice(AREAS), '555', '01' + rdig(2)


def phone():
    a, b, c = nanp()
    k = R.randrange(9)
    if k == 0:
        return say_digits(a + b + c)
    if k == 1:
        return '%s %s %s' % (a, b, c)
    if k == 2:
        return '(%s) %s-%s' % (a, b, c)
    if k == 3:
        return '%s, %s, %s' % (say_digits(a, False), say_digits(b), say_digits(c, False))
    if k == 4:
        return '%s %s %s' % (say_digits(a, False), say_digits(b), say_pairs(c))
    if k == 5:
        return '%s-%s-%s' % (a, b, c)
    if k == 6:
        return 'one %s %s %s' % (say_digits(a, False), say_digits(b), say_digits(c, False))
    if k == 7:
        x = '0491 570 ' + R.choice(['156', '157', '158', '159', '110']) if R.random() < 0.5 else None
        if x:
            return say_digits(x.replace(' ', ''))
        return say_digits('07700900' + rdig(3))
    return '%s %s %s' % (a, say_digits(b), c)


def ext():
    return R.choice(['extension ', 'ext ', 'x ']) + R.choice([words(R.randrange(200, 480)), rdig_nz(3)])


def year(lo=1926, hi=2004):
    return R.randrange(lo, hi)


def say_year(y):
    if y < 2000:
        return words(y // 100) + ' ' + (words(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 100])
    return R.choice(['two thousand ' + words(y - 2000) if y > 2000 else 'two thousand',
                     'twenty ' + ('oh ' + ONES[y % 100] if y % 100 < 10 else words(y % 100))])


def date(with_year=None, lo=1926, hi=2004):
    m, d, y = R.randrange(1, 13), R.randrange(1, 29), year(lo, hi)
    mon = MONTHS[m - 1]
    if with_year is None:
        with_year = R.random() < 0.6
    if not with_year:
        return R.choice(['%s %s' % (mon, ordinal(d)), 'the %s of %s' % (ordinal(d), mon),
                         '%s %d' % (mon, d), '%s %s' % (mon, ORD.get(d, ordinal(d))),
                         '%d%s of %s' % (d, {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}.get(d, 'th'), mon)])
    k = R.randrange(9)
    if k == 0:
        return '%s %s %s' % (mon, ordinal(d), say_year(y))
    if k == 1:
        return '%d/%d/%d' % (m, d, y)
    if k == 2:
        return '%s %s %s' % (words(m), words(d), words(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 100])
    if k == 3:
        return '%s %d %d' % (mon, d, y)
    if k == 4:
        return 'the %s of %s %s' % (ordinal(d), mon, say_year(y))
    if k == 5:
        return '%02d %02d %d' % (m, d, y)
    if k == 6:
        return '%s, %s, %s' % (say_digits('%02d' % m, False), say_digits('%02d' % d, False), say_year(y))
    if k == 7:
        return '%s %s, %d' % (mon, ordinal(d), y)
    return '%d-%d-%02d' % (m, d, y % 100)


def visit_date():
    k = R.randrange(5)
    if k == 0:
        return '%s %s' % (R.choice(MONTHS), say_year(year(2019, 2027)))
    return date(with_year=R.random() < 0.4, lo=2021, hi=2027)


STREETS = ['maple', 'larkspur', 'quarry hill', 'ostrander', 'birchwood', 'fennimore', 'old mill', 'kettle creek',
           'saddleback', 'wrenfield', 'tamarind', 'cobbler', 'hollis', 'pinecrest', 'calloway', 'juniper ridge',
           'marlow', 'ashgrove', 'bellhaven', 'sycamore', 'pell', 'duncombe', 'greyfriars', 'ridgeline',
           'mill', 'may', 'church', 'hope', 'orchard', 'station', 'chapel', 'liberty']
SUFFIX = ['street', 'avenue', 'road', 'lane', 'drive', 'court', 'way', 'boulevard', 'terrace', 'place', 'circle',
          'st', 'ave', 'rd', 'dr']
TOWNS = ['brackenridge', 'millbrook falls', 'oxley', 'dunmore', 'port ellery', 'cedar bluff', 'wexcombe',
         'harlan springs', 'north tamsin', 'bellweather', 'saint odile', 'greenfield', 'fayetteville',
         'ashby', 'kessler grove', 'lake orrin', 'piedmont', 'marigold', 'east quarry', 'halvorsen',
         'hope', 'liberty', 'unity', 'plainview', 'energy', 'paradise', 'sterling', 'bath', 'crystal',
         'west linden', 'caldwell', 'boone', 'redfield', 'amherst', 'canton', 'moab']


def house():
    n = R.randrange(4, 9899)
    k = R.randrange(4)
    if k == 0:
        return str(n)
    if k == 1 and n >= 1000 and n % 100 >= 10:
        return words(n // 100) + ' ' + words(n % 100)
    if k == 2:
        return say_digits(str(n), False)
    return words(n) if n < 1000 else str(n)


def street(unit=None):
    s = '%s %s %s' % (house(), R.choice(STREETS), R.choice(SUFFIX))
    if unit is None:
        unit = R.random() < 0.3
    if unit:
        s += ' ' + R.choice(['apartment', 'apt', 'unit', 'suite', 'number']) + ' ' + R.choice(
            [words(R.randrange(1, 40)), rdig_nz(3), say_alnum(str(R.randrange(1, 9)) + R.choice('abcd'))])
    return s


def town():
    return R.choice(TOWNS)


def zipc():
    z = R.choice('1234689') + rdig(4)
    k = R.randrange(4)
    if k == 0:
        return z
    if k == 1:
        return say_digits(z)
    if k == 2:
        return z + '-' + rdig(4)
    return say_digits(z, False)


def email():
    f, l = first(), last().replace(' ', '').replace('-', '')
    dom = R.choice(['example dot com', 'example dot org', 'example dot net'])
    k = R.randrange(6)
    if k == 0:
        return '%s dot %s at %s' % (f, l, dom)
    if k == 1:
        return '%s %s %s at %s' % (f[0], l, words(R.randrange(11, 99)), dom)
    if k == 2:
        return '%s underscore %s at %s' % (f, l[:4], dom)
    if k == 3:
        return '%s at %s' % (spell(l[:6]), dom)
    if k == 4:
        return '%s.%s%s@example.%s' % (f, l, rdig(2), R.choice(['com', 'org', 'net']))
    return '%s%s at %s' % (f[0], l, dom)


LAST_SSN = ['']


def ssn():
    a = R.randrange(1, 900)
    while a == 666:
        a = R.randrange(1, 900)
    s = '%03d%02d%04d' % (a, R.randrange(1, 100), R.randrange(1, 10000))
    LAST_SSN[:] = [s]
    k = R.randrange(4)
    if k == 0:
        return '%s-%s-%s' % (s[:3], s[3:5], s[5:])
    if k == 1:
        return '%s, %s, %s' % (say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:]))
    if k == 2:
        return say_digits(s)
    return '%s %s %s' % (s[:3], s[3:5], s[5:])


MBI_L = 'acdefghjkmnpqrtuvwxy'


def mbi():
    an = MBI_L + '0123456789'
    c = [R.choice('123456789'), R.choice(MBI_L), R.choice(an), R.choice('0123456789'), R.choice(MBI_L),
         R.choice(an), R.choice('0123456789'), R.choice(MBI_L), R.choice(MBI_L), R.choice('0123456789'),
         R.choice('0123456789')]
    s = ''.join(c)
    k = R.randrange(3)
    if k == 0:
        return say_alnum(s, 0.3)
    if k == 1:
        return '%s-%s-%s' % (s[:4], s[4:7], s[7:]).upper()
    return s.upper()


def member_id():
    p = ''.join(R.choice('abcdefghjkmnprstuvwxyz') for _ in range(R.choice([2, 3])))
    d = rdig(R.choice([7, 8, 9]))
    k = R.randrange(4)
    if k == 0:
        return say_alnum(p + d, 0.4)
    if k == 1:
        return (p + d).upper()
    if k == 2:
        return ' '.join(p) + ' ' + say_pairs(d)
    return p + ' ' + d


def mrn():
    k = R.randrange(4)
    d = rdig_nz(R.choice([6, 7, 8]))
    if k == 0:
        return say_digits(d)
    if k == 1:
        return d
    if k == 2:
        return say_alnum('m' + d)
    return say_pairs(d) if len(d) % 2 == 0 else d


def account():
    d = rdig_nz(R.choice([8, 9, 10]))
    k = R.randrange(3)
    if k == 0:
        return say_digits(d)
    if k == 1:
        return d
    return '%s %s' % (d[:4], d[4:])


def luhn_check(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


def npi():
    body = '1' + rdig(8)
    return body + luhn_check('80840' + body)


def dea(surname):
    d = rdig(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return R.choice('abfm') + surname[0] + d + str(s % 10)


def imei():
    body = '35' + rdig(12)
    return body + luhn_check(body)


VIN_MAP = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = [R.choice(chars) for _ in range(17)]
    v[0] = R.choice('12345JKW')
    for i in range(12, 17):
        v[i] = R.choice('0123456789')
    s = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    v[8] = 'X' if s % 11 == 10 else str(s % 11)
    return ''.join(v)


def plate():
    p = ''.join(R.choice('abcdefghjklmnprstuvwxyz') for _ in range(3)) + rdig(R.choice([3, 4]))
    return say_alnum(p, 0.3) if R.random() < 0.6 else p.upper()


def dl():
    p = R.choice('abcdefghjklmnprstw') + rdig(R.choice([7, 8, 12]))
    return say_alnum(p, 0.5) if R.random() < 0.5 else p.upper()


CARDS = ['4111 1111 1111 1111', '5555 5555 5555 4444', '4012 8888 8888 1881', '3782 822463 10005',
         '6011 1111 1111 1117', '5105 1051 0510 5100', '4242 4242 4242 4242']
IBANS = ['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606',
         'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332']


def card():
    c = R.choice(CARDS)
    return c if R.random() < 0.5 else ' '.join(say_digits(g, False) for g in c.split())


def age_old():
    a = R.randrange(90, 106)
    k = R.randrange(3)
    if k == 0:
        return str(a)
    if k == 1 and a >= 100:
        return 'a hundred and ' + words(a - 100) if a > 100 else 'a hundred'
    return words(a)


def age_young():
    return words(R.randrange(19, 90))


def ip():
    return R.choice(['192.168.%d.%d' % (R.randrange(256), R.randrange(2, 255)),
                     '10.%d.%d.%d' % (R.randrange(256), R.randrange(256), R.randrange(2, 255)),
                     '198.51.100.%d' % R.randrange(2, 255)])


def serial():
    s = ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2)) + rdig(R.choice([6, 8, 9]))
    return say_alnum(s) if R.random() < 0.5 else s


FILL = ['um', 'uh', 'like', 'you know', 'so', 'yeah', 'okay so', 'hi', 'hello', 'hey']


def f():
    return R.choice(FILL)

# ---------------------------------------------------------------- templates with PHI

T = []


def t(fn):
    T.append(fn)
    return fn


t(lambda: f'{f()} hi this is {N(full("f"))} calling about my refill, the lisinopril, my date of birth is {L("DOB", date(True))}')
t(lambda: f'yeah {N(first("m"))} picked it up yesterday but they gave him the wrong strength i think')
t(lambda: f'tell doctor {N(last())} i said thanks, the new inhaler is working way better')
t(lambda: (lambda a, b: f'{N(a)} and {N(b)} both need their refills, they\'re on the same plan')(first(), first()))
t(lambda: (lambda n: f"it's {n[:max(2, len(n) - 2)]}- {N(n)}, {N(n + ' ' + last())}, sorry i'm driving")(first('f')))
t(lambda: (lambda s: f'the last name is {N(s)}, that\'s {N(spell(s))}')(last()))
t(lambda: (lambda s: f'the surname is {N(s)}, {N(s[0] + " as in " + AS_IN[s[0]] + " " + spell(s[1:]))}')(R.choice([x for x in LAST if x[0] in AS_IN and ' ' not in x])))
t(lambda: f'{f()} can you call me back at {L("PHONE", phone())} after five, i\'m at work till then')
t(lambda: f'my cell is {L("PHONE", phone())} and the house phone is {L("PHONE", phone())} but nobody answers that one')
t(lambda: f'the best number for me is {L("PHONE", phone() + ", " + ext())}, that goes straight to my desk')
t(lambda: f'you can reach my daughter {N(first("f"))} at {L("PHONE", phone())}, she handles all my appointments')
t(lambda: f'her date of birth is {L("DOB", date(True))}, and she goes by {N(first("f"))}, not the full name')
t(lambda: f'born {L("DOB", date(True))} if you need to look me up, last name {N(last())}')
t(lambda: f'{f()} d o b is {L("DOB", date(True))}')
t(lambda: f'my birthday is {L("DOB", date(False))} and i\'ll be {age_young()} this year, if that matters for the shingles shot')
t(lambda: f'i had the colonoscopy on {L("DATE", visit_date())} and still haven\'t got the results back')
t(lambda: f'we came in on {L("DATE", visit_date())} for the x ray and they said someone would call, nobody called')
t(lambda: f'can i move my appointment from {L("DATE", visit_date())} to {L("DATE", visit_date())}, i have a funeral out of state')
t(lambda: f'{f()} she was admitted {L("DATE", visit_date())} and discharged the same week, i need the records for her employer')
t(lambda: f'the surgery was scheduled for {L("DATE", visit_date())} but the surgeon\'s office moved it without telling us')
t(lambda: f'i live at {L("ADDRESS", street())}, {L("LOCATION", town())}, {L("ZIP", zipc())}')
t(lambda: f'send it to {L("ADDRESS", street())} in {L("LOCATION", town())}, not the old address')
t(lambda: f'we moved, the new address is {L("ADDRESS", street(True))}, zip {L("ZIP", zipc())}')
t(lambda: f'{f()} the driver went to the wrong house, we\'re at {L("ADDRESS", street(False))}, it\'s the blue one on the corner')
t(lambda: f'i\'m out in {L("LOCATION", town())} so the {R.choice(["main", "downtown", "north"])} clinic is like forty minutes for me')
t(lambda: f'my mom lives in {L("LOCATION", town())} now, can the home health nurse still go out there')
t(lambda: f'we just moved from {L("LOCATION", town())} to {L("LOCATION", town())} and i need a new primary')
t(lambda: f'{L("LOCATION", town())} is too far for the van, is there a pickup from {L("LOCATION", town())} instead')
t(lambda: f'yeah so my email is {L("EMAIL", email())}, that\'s the one i actually check')
t(lambda: f'can you send the receipt to {L("EMAIL", email())}, all lower case')
t(lambda: (lambda n: f'{f()} the email on file is wrong, it should be {L("EMAIL", n)}, not the old one')(email()))
t(lambda: f'for the financial assistance form, my social is {L("SSN", ssn())}')
t(lambda: f'they asked for his social security number, it\'s {L("SSN", ssn())}, i have his card right here')
t(lambda: f'{f()} the member id is {L("HEALTH_PLAN_ID", member_id())} and the group number is {say_digits(rdig(5))}')
t(lambda: f'okay my medicare number is {L("HEALTH_PLAN_ID", mbi())}, from the red white and blue card')
t(lambda: f'the policy number on the card is {L("HEALTH_PLAN_ID", member_id())}, it\'s under my husband {N(full("m"))}')
t(lambda: f'i\'m reading off the card, subscriber id {L("HEALTH_PLAN_ID", member_id())}')
t(lambda: f'medicaid number {L("HEALTH_PLAN_ID", member_id())}, she just got approved last month')
t(lambda: f'my medical record number is {L("MRN", mrn())}, it\'s on the bracelet from the hospital')
t(lambda: f'{f()} the chart number they gave me at check in was {L("MRN", mrn())}')
t(lambda: f'the patient id on the lab slip is {L("MRN", mrn())}, and the test was on {L("DATE", visit_date())}')
t(lambda: f'i\'m calling about the bill, account number {L("ACCOUNT", account())}, i already paid this')
t(lambda: f'the statement says patient account {L("ACCOUNT", account())} but that\'s not even my kid\'s name on it')
t(lambda: f'can i pay with a card, it\'s {L("CREDIT_CARD", card())}, expiration oh nine twenty eight')
t(lambda: f'ok the card number is {L("CREDIT_CARD", card())} and the zip for it is {L("ZIP", zipc())}')
t(lambda: f'for the refund you can send it to my account, the iban is {L("IBAN", R.choice(IBANS))}')
t(lambda: f'i\'m a nurse with the agency, my license number is {L("LICENSE", dl())}')
t(lambda: (lambda s: f'the prescriber is doctor {N(s)}, npi {L("LICENSE", say_digits(npi()) if R.random() < 0.5 else npi())}')(last()))
t(lambda: (lambda s: f'this is the pharmacy calling for doctor {N(s)}, the dea on the script is {L("LICENSE", dea(s).upper())} and it doesn\'t match')(last()))
t(lambda: f'my driver\'s license is {L("LICENSE", dl())} if you need an id for the pickup')
t(lambda: f'the van that comes for dialysis, plate {L("VEHICLE_ID", plate())}, it left without her')
t(lambda: f'i\'ll be in a gray honda, the plate is {L("VEHICLE_ID", plate())}, for the curbside pickup')
t(lambda: f'for the accident claim they need the vin, it\'s {L("VEHICLE_ID", vin())}')
t(lambda: f'the glucose monitor serial is {L("DEVICE_ID", serial())}, it keeps saying sensor error')
t(lambda: f'{f()} the cpap machine, serial number {L("DEVICE_ID", serial())}, the motor makes a grinding noise')
t(lambda: f'the imei on the tablet they gave us is {L("DEVICE_ID", imei())}')
t(lambda: f'the portal blocked me, it says my ip {L("IP_ADDRESS", ip())} is not allowed, i\'m just at home')
t(lambda: f'my dad is {L("AGE", age_old())} and he can\'t do the stairs at the lab anymore')
t(lambda: f'she\'s {L("AGE", age_old())} years old, does she still need the fasting thing')
t(lambda: (lambda n: f'my grandmother {N(n)} turns {L("AGE", age_old())} next month and she wants the covid booster before then')(first('f')))
t(lambda: f'i\'m calling for my uncle, he\'s {L("AGE", age_old())}, lives alone, and my aunt is {words(R.randrange(70, 89))}')
t(lambda: f'this is {N(full())}, i\'m the caregiver for {N(full())}, i have power of attorney')
t(lambda: f'{N(first("f"))} from your billing office told me to call back and ask for {N(first())}')
t(lambda: f'i spoke with {N(first())} on monday and then {N(first())} yesterday and they told me two different things')
t(lambda: f'{f()} is {N(first("f"))} there, she was the nurse who did my infusion')
t(lambda: f'can i talk to doctor {N(R.choice(ORD_LAST))}\'s nurse, it\'s about my stitches')
t(lambda: f'mrs {N(R.choice(ORD_LAST))} next door drove me last time but she can\'t do it this week')
t(lambda: f'my wife {N(R.choice(ORD_FIRST_F))} takes the same medicine, can you check if hers is ready too')
t(lambda: f'{N(R.choice(ORD_FIRST_M) + " " + last())} is my son, he\'ll come get my prescription friday')
t(lambda: f'i need a copy of the referral doctor {N(full())} wrote to the cardiologist')
t(lambda: f'yeah no, wrong person, i\'m {N(first("m"))}, {N(first("m"))} is my brother, he\'s the patient')
t(lambda: f'um the appointment is under {N(last() + ", " + first("f"))}, and {N(last())} is my married name if it\'s not there')
t(lambda: (lambda a, s: f'it\'s under {N(s + ", " + a)}, last name first')(first(), last()))
t(lambda: f'{N(full("f"))}, date of birth {L("DOB", date(True))}, calling about my lab results')
t(lambda: f'yes my name is {N(full("m"))}, birthday {L("DOB", date(True))}, member id {L("HEALTH_PLAN_ID", member_id())}')
t(lambda: f'{f()} i\'m calling for {N(full())}, born {L("DOB", date(True))}, i\'m his daughter')
t(lambda: f'the home health aide {N(first("f"))} didn\'t show up today and my mom is {L("AGE", age_old())}')
t(lambda: f'{f()} so the appointment is for {N(full())}, wait no, that\'s me, sorry, i\'m calling for myself today')
t(lambda: f'could the nurse call {N(first("f"))} at {L("PHONE", phone())}, she\'s my sister and she knows my meds')
t(lambda: f'{f()} fax it over to {L("FAX", phone())}, that\'s the fax at the nursing home')
t(lambda: f'their fax number is {L("FAX", phone())}, and the attention line should say {N(full())}')
t(lambda: f'my son\'s pediatrician is doctor {N(last())} at the clinic on {L("ADDRESS", street(False))}')
t(lambda: f'mail the card to {L("ADDRESS", "p o box " + say_digits(rdig_nz(4), False))} in {L("LOCATION", town())}, {L("ZIP", zipc())}')
t(lambda: f'the pharmacy on {L("ADDRESS", street(False))} said they never got the script')
t(lambda: f'i\'m at {L("ADDRESS", street(True))}, the buzzer is broken so just call when you\'re outside')
t(lambda: f'it\'s {L("ADDRESS", street(False))}, {L("LOCATION", town())}, and the gate code is four four one nine')
t(lambda: f'{f()} the lab in {L("LOCATION", town())} lost my sample and now they want me to come back')
t(lambda: f'do you have a location near {L("LOCATION", town())} or is it just the one downtown')
t(lambda: f'uh the zip code out there is {L("ZIP", zipc())}')
t(lambda: f'we\'re in {L("ZIP", zipc())}, does that count as in network for the home health')
t(lambda: f'yeah my email, it\'s {L("EMAIL", email())}, the portal keeps saying it doesn\'t exist')
t(lambda: (lambda fi, la: f'the email is {L("EMAIL", spell(fi) + " dot " + la + " at example dot org")}, all lower case, no spaces')(first('f'), last().replace(' ', '')))
t(lambda: f'{N(first("m"))}\'s doctor wants a copy of the mri from {L("DATE", visit_date())}')
t(lambda: f'i think {N(first("f"))} already faxed the form on {L("DATE", visit_date())}')
t(lambda: f'the nurse {N(first("f"))} told me to call if the fever came back and it did, a hundred and one')
t(lambda: f'{f()} doctor {N(last())} retired so who took over her patients, i need a new doctor for my mom {N(first("f"))}')
t(lambda: f'hi it\'s {N(first("m"))} again, i called earlier about the wheelchair, the serial is {L("DEVICE_ID", serial())}')
t(lambda: f'can you look it up by phone number, {L("PHONE", phone())}, i don\'t have the card with me')
t(lambda: f'no the number changed, it\'s {L("PHONE", phone())} now, the old one got disconnected')
t(lambda: (lambda p: f'my number is {L("PHONE", p)}, i\'ll say that again, {L("PHONE", p)}')(phone()))
t(lambda: (lambda n: f'this is {N(n)}\'s mom, she had the ear tubes put in on {L("DATE", visit_date())}')(first('f')))
t(lambda: f'i need to cancel for my husband, {N(first("m"))}, he has the cataract thing on {L("DATE", visit_date())}')
t(lambda: f'the transport lady, {N(first("f"))}, said to give you my address, {L("ADDRESS", street())}')
t(lambda: f'{f()} i\'m a patient of doctor {N(full())}, and the billing office keeps calling me about an account {L("ACCOUNT", account())}')
t(lambda: f'the lab result for {N(full())}, specimen collected {L("DATE", visit_date())}, it just says pending')
t(lambda: f'the hospital papers have the wrong birthday, it should be {L("DOB", date(True))}')
t(lambda: f'my mother in law, {N(full("f"))}, she\'s {L("AGE", age_old())}, and she fell in the bathroom last night')
t(lambda: f'um {N(first())} {"from the pharmacy" if R.random() < 0.5 else "at the front desk"} said the insurance rejected it again')
t(lambda: f'{N(last())}, that\'s the last name, first name {N(first("m"))}, date of birth {L("DOB", date(True))}')
t(lambda: f'the caseworker is {N(full("f"))}, her number is {L("PHONE", phone())}')
t(lambda: f'so i asked {N(first("m"))} and {N(first("f"))} at the desk and they both said call this number')
t(lambda: (lambda v: f'my social ends in {say_digits(LAST_SSN[0][-4:])}, oh you need the whole thing, ok, {L("SSN", v)}')(ssn()))
t(lambda: f'he\'s on my plan, his member number is {L("HEALTH_PLAN_ID", member_id())}, his name is {N(first("m"))}')
t(lambda: f'{f()} the nhs number is {L("HEALTH_PLAN_ID", " ".join(say_digits(g, False) for g in (rdig_nz(3), rdig(3), rdig(4))))}, we\'re visiting from the uk')
t(lambda: f'for the telehealth link just send it to {L("EMAIL", email())} or text {L("PHONE", phone())}')
t(lambda: f'my profile page is {L("URL", "www dot example dot com slash " + first())}, the clinic asked me to send it')
t(lambda: f'i set up the page for donations, it\'s {L("URL", "example.org/" + last().replace(" ", "") + "-recovery")}, so you can see the bills')
t(lambda: f'my daughter {N(first("f"))} is taking me, she drives a van, plate {L("VEHICLE_ID", plate())}')
t(lambda: f'i was in the er over in {L("LOCATION", town())} on {L("DATE", visit_date())}, can you get those records')
t(lambda: f'the visiting nurse {N(full("f"))} came on {L("DATE", visit_date())} and changed the dressing, she hasn\'t been back')
t(lambda: f'oh my gosh sorry, wrong number, i was trying to reach {N(full())}')
t(lambda: f'{f()} i got a call from {L("PHONE", phone())} about a lab result, was that you guys')
t(lambda: (lambda n: f'the second caregiver is {N(n)}, spelled {N(spell(n))}')(first()))
t(lambda: f'last name is {N(R.choice(ORD_LAST))}, like the regular word, and the first name is {N(first("f"))}')
t(lambda: f'we need to update his address, {L("ADDRESS", street())}, {L("LOCATION", town())}, {R.choice(["ohio", "oregon", "maine", "iowa", "texas"])} {L("ZIP", zipc())}')
t(lambda: f'she was born in {L("LOCATION", town())} on {L("DOB", date(True))}, if that\'s what the form is asking')
t(lambda: f'no no, {L("DOB", date(True))}, you wrote it backwards, that\'s my birthday')
t(lambda: f'my date of birth is, uh, {L("DOB", date(True))}, and the last name is {N(last())}')
t(lambda: f'i\'m {L("AGE", age_old())}, honey, i don\'t do the computer, just mail it')
t(lambda: f'my license number, the nursing one, is {L("LICENSE", dl())}, and my supervisor is {N(full())}')
t(lambda: f'the physical therapist {N(first())} wants the order faxed to {L("FAX", phone())}')
t(lambda: f'{N(full("m"))} here, account {L("ACCOUNT", account())}, calling about a double charge')
t(lambda: f'we\'re at the {L("LOCATION", town())} address now, {L("ADDRESS", street(False))}, since {L("DATE", visit_date())}')
t(lambda: f'{f()} my caregiver {N(first())} has a key, and {N(first())} comes on weekends')
t(lambda: f'i\'m calling on behalf of {N(full("m"))}, he\'s {L("AGE", age_old())} and hard of hearing')
t(lambda: f'the lab order says {N(full())} but the date of birth is {L("DOB", date(True))}, which is wrong, that\'s my dad\'s')
t(lambda: f'you had me as {N(first())} but it\'s {N(first())}, the spelling on the insurance is different')
t(lambda: f'the surgeon was doctor {N(last())} and the anesthesia was doctor {N(last())}, i got bills from both')
t(lambda: f'okay yes, ssn {L("SSN", ssn())}, birthdate {L("DOB", date(True))}, and my zip {L("ZIP", zipc())}')
t(lambda: f'the pharmacy in {L("LOCATION", town())} transferred it to the one on {L("ADDRESS", street(False))}')
t(lambda: f'{f()} i\'m the neighbor, {N(first())}, {N(first("f"))} asked me to call because her phone is dead')
t(lambda: f'could you text the code to {L("PHONE", phone())} instead of email')
t(lambda: f'he\'s {L("AGE", age_old())} and still insists on driving to the clinic in {L("LOCATION", town())}')
t(lambda: f'we had the sleep study on {L("DATE", visit_date())}, the machine serial is {L("DEVICE_ID", serial())}')

t(lambda: f'i\'m calling from the transport company, we\'re outside {L("ADDRESS", street(False))} for {N(full())} and nobody\'s answering')
t(lambda: f'{f()} i want to file a complaint, the front desk girl, {N(first("f"))}, was really rude to my father on {L("DATE", visit_date())}')
t(lambda: f'my dad {N(full("m"))} is in room two twelve and nobody has told us anything since {L("DATE", visit_date())}')
t(lambda: f'the results came back for {N(first())} and i don\'t understand what a ldl of one sixty means')
t(lambda: f'my stepdaughter {N(first("f"))} is on my policy, {L("HEALTH_PLAN_ID", member_id())}, but the card has her old last name')
t(lambda: f'hi i\'m {N(first("f"))}, {N(full("f"))}\'s home health aide, she needs the wound care supplies sent to {L("ADDRESS", street())}')
t(lambda: f'yeah this is doctor {N(last())}\'s office returning a call to this number about {N(first())}')
t(lambda: f'i think you have the wrong person, there\'s no {N(first())} here, this is a business line')
t(lambda: f'{f()} my husband\'s name is {(lambda n: N(n) + ", " + N(spell(n)))(first("m"))}, and his date of birth is {L("DOB", date(True))}')
t(lambda: f'i got a letter addressed to {N(full())} at my address, {L("ADDRESS", street(False))}, and i don\'t know who that is')
t(lambda: f'the telehealth call dropped, doctor {N(last())} said she\'d call back on {L("PHONE", phone())} but she hasn\'t')
t(lambda: f'{f()} my grandson {N(first("m"))} set up the app for me, the login email is {L("EMAIL", email())}')
t(lambda: f'this is {N(first("m"))} with the fire department in {L("LOCATION", town())}, we brought in a {L("AGE", age_old())} year old female about an hour ago')
t(lambda: f'they drew blood on {L("DATE", visit_date())} under the wrong name, it says {N(full())} and i\'m {N(full())}')
t(lambda: f'{N(first("f"))} at the lab said to read you the requisition number, it\'s {L("MRN", mrn())}')
t(lambda: f'i\'m the power of attorney for my aunt {N(full("f"))}, she lives at {L("ADDRESS", street())} in {L("LOCATION", town())}')
t(lambda: f'{f()} is this still doctor {N(full())}\'s line, i used to call {L("PHONE", phone())} but it\'s disconnected')
t(lambda: f'the hearing aid, serial {L("DEVICE_ID", serial())}, she lost it at your clinic in {L("LOCATION", town())} on {L("DATE", visit_date())}')
t(lambda: f'it\'s for my mother, {N(first("f"))}, she turned {L("AGE", age_old())} on {L("DATE", date(False))} and she\'s still sharp as a tack')
t(lambda: f'we\'re calling from the senior center in {L("LOCATION", town())} about {N(full())}, her ride never came')
t(lambda: f'{N(first("m"))} {R.choice(["has", "had"])} the knee replacement with doctor {N(R.choice(ORD_LAST))} on {L("DATE", visit_date())}')
t(lambda: f'my name is {N(first("f"))}, i\'m the night nurse at the group home on {L("ADDRESS", street(False))}')
t(lambda: f'the pharmacy has me as {N(full())} but i changed it, it\'s {N(full())} now, since the divorce')
t(lambda: f'so i\'m paying for my son {N(first("m"))}\'s visit, the account is {L("ACCOUNT", account())}, and the card is {L("CREDIT_CARD", card())}')
t(lambda: f'hi yeah, {L("PHONE", phone())}, that\'s the number you had on file for {N(first())}, right')
t(lambda: f'{f()} the supervisor, um, {N(full("f"))}, said she\'d escalate it and that was {L("DATE", visit_date())}')
t(lambda: f'the ambulance took him from {L("ADDRESS", street(False))} to the er, he\'s {L("AGE", age_old())}, and we just need to know where he is')
t(lambda: f'my daughter in law {N(full("f"))} will call from {L("PHONE", phone())}, please give her the results too')
t(lambda: f'i\'m not the patient, my neighbor {N(first("f"))} is, she lives at {L("ADDRESS", street(True))} and she can\'t hear on the phone')
t(lambda: f'can the lab send the results to doctor {N(last())} in {L("LOCATION", town())} instead of my primary')
t(lambda: f'the wire came from my account back home, {L("IBAN", R.choice(IBANS))}, to pay for {N(first("m"))}\'s surgery')
t(lambda: f'{f()} he was born {L("DOB", date(True))} and the insurance has {L("DOB", date(True))}, which one do you have')
t(lambda: f'my wife\'s name is {N(first("f"))}, no, {N(first("f"))}, you\'ll see both on the chart')
t(lambda: f'my brother {N(first("m"))} drives me, his license plate is {L("VEHICLE_ID", plate())}, if security asks')
t(lambda: f'{N(first("f"))} {R.choice(["said", "told me"])} the refill for {N(first("m"))} would be ready by noon and it\'s three')
t(lambda: f'the case manager, {N(full())}, gave me case number {L("MRN", mrn())} for the appeal')
t(lambda: f'okay my address, it\'s {L("ADDRESS", street(False))}, {L("LOCATION", town())}, {L("ZIP", zipc())}, and the phone is {L("PHONE", phone())}')
t(lambda: f'you know what, just send it to my work email, {L("EMAIL", email())}, i can\'t get into the portal from home')

t(lambda: f'the tech for the heart monitor hub asked for the address on my wifi, it says {L("IP_ADDRESS", ip())}')
t(lambda: f'{f()} my wife\'s social is {L("SSN", ssn())} and mine is {L("SSN", ssn())}, we\'re both on the application')
t(lambda: f'put the copay on the card ending, no, the whole number, {L("CREDIT_CARD", card())}, the name on it is {N(full())}')
t(lambda: f'for the remote visit the it guy said my address shows {L("IP_ADDRESS", ip())} and that\'s why the video won\'t load')

PHI_TEMPLATES = list(T)

# ---------------------------------------------------------------- PHI-free templates
FREE = [
    'will the pharmacy be open on monday or should i just wait till tuesday',
    'can you bill my insurance instead, i already paid the copay back in may',
    'i hope the results are back by friday, i\'m kind of losing my mind here',
    'is rose hip tea okay with warfarin or should i stop drinking it',
    'can you mark it as urgent, the pain is like an eight out of ten',
    'does my plan cover faith based counseling or is that out of network',
    'i was born in nineteen sixty one if that helps you find the right form',
    'my blood pressure was one forty two over ninety this morning, is that too high',
    'i take lisinopril ten milligrams and metformin five hundred twice a day',
    'i bought a sterling silver bracelet and now my wrist is all green, is that an allergy',
    'we\'re meeting at the summit trail head so can the nurse call before nine',
    'am i allowed brown rice the day before the procedure or just clear liquids',
    'the last four of my social are four four one two, is that enough',
    'the group number is eight eight two one zero, the rest is rubbed off the card',
    'room four twelve, the call button doesn\'t work and nobody\'s come in an hour',
    'the claim number on the letter is three three nine oh two one, what does denied mean',
    'it costs forty two dollars and ninety cents, is there a generic that\'s cheaper',
    'my sugar was two hundred and twelve after breakfast, should i take more insulin',
    'the doctor said to take it with food but will it still work if i take it at night',
    'i got a bill that says i owe a hundred eighty dollars for a lab i never had',
    'can i get the covid booster and the flu shot on the same day or is that too much',
    'sorry wrong number, i was trying to reach the pet grooming place',
    'my knee gives out going down the stairs, the right one, not the left',
    'how long do i fast before the cholesterol test, like twelve hours?',
    'the code on the letter is e eleven point nine, what does that mean',
    'can you grant me an extension on the payment plan till the end of the month',
    'my mother is eighty seven and she can\'t do the stairs anymore, is there an elevator',
    'will you be sending the reminder by text or by email',
    'i got a voicemail from this number but nobody said who it was or what it was about',
    'the nurse told me to hold the aspirin for five days before the colonoscopy',
    'uh yeah i need to reschedule, something came up at work, is next wednesday open',
    'the inhaler, the albuterol one, the little counter on it says zero',
    'do i need a referral for physical therapy or can i just book it',
    'my left ear has been ringing since sunday and the drops aren\'t doing anything',
    'it\'s the june appointment i need to move, not the july one',
    'press one for english? i already pressed one twice, can i just talk to a person',
    'is the mark on the x ray something to worry about or is it just the machine',
    'the pill is white and oval with an m on one side, is that the right one',
    'my temperature is ninety nine point eight, is that a fever for a toddler',
    'we tried the may flowers allergy spray from the store and it didn\'t help at all',
    'i\'m ninety percent sure i took my dose already but i can\'t remember',
    'is the clinic doing walk ins on saturday or only by appointment',
    'the bill says paid in full but then i got another one for the same visit in march',
    'i hope you guys can help because the last three people transferred me',
    'it\'s a three month supply, ninety tablets, and the insurance only paid for thirty',
    'can i bring my own grant paperwork for the charity care or do you have the form',
    'the rash is on my chest and the back of my neck, it started thursday',
    'the pharmacy in the grocery store closes at six on sundays right',
    'i need my bill itemized, not just the total, for the tax thing',
    'my mom keeps calling her pills her candy and i\'m worried she\'s doubling up',
    'yes i\'ll hold, but not for forty minutes like last time',
    'does the generic of the blood thinner have the same side effects as the brand one',
    'my heart rate was a hundred and four sitting down, should i go to urgent care',
    'we use the summit urgent care usually, is that in network for my plan',
    'the sunday shift nurse was wonderful, can i leave a compliment somewhere',
    'i\'m ninety days past due? i set up autopay in january',
    'can you tell me if amoxicillin and ibuprofen are okay together for a sore throat',
    'it was a wrong number, someone named the clinic but it was a car warranty thing',
    'i\'ll be seventy two in april and i still haven\'t had the pneumonia shot',
]


def free_line():
    s = FREE.pop(0)
    if R.random() < 0.3:
        s = R.choice(['um ', 'uh ', 'yeah ', 'okay so ', 'hi, ']) + s
    return s

# ---------------------------------------------------------------- validation

KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DATE', 'DOB', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN',
         'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID', 'DEVICE_ID', 'URL',
         'IP_ADDRESS'}
CUES = {'doctor', 'dr', 'mrs', 'mr', 'ms', 'miss', 'nurse', 'my', 'is', 'number', 'dob', 'born', 'the', 'zip',
        'email', 'phone', 'fax', 'ssn', 'id', 'plate', 'serial', 'npi', 'dea', 'account', 'medicare', 'birthday'}
LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')


def check(line):
    assert line.count('\t') == 1, line
    _id, text = line.split('\t')
    assert '\n' not in text
    rest = LABEL.sub('', text)
    assert '[[' not in rest and ']]' not in rest and '|' not in rest, line
    for kind, v in LABEL.findall(text):
        assert kind in KINDS, line
        assert v and v == v.strip() and v[-1] not in ',;:!?' and v[0] not in ',;:!?', line
        assert '  ' not in v, line
        assert v.split()[0] not in CUES, line
        assert not v.endswith("'s"), line
    plain_text = LABEL.sub(lambda m: m.group(2), text)
    assert '  ' not in plain_text, line
    n = len(plain_text.split())
    assert 5 <= n <= 60, line
    return plain_text


def main():
    lines, seen, used = [], set(), {}
    phi_n = TOTAL - PHI_FREE
    order = []
    while len(order) < phi_n * 3:
        idx = list(range(len(PHI_TEMPLATES)))
        R.shuffle(idx)
        order += idx
    phi = []
    for i in order:
        if len(phi) == phi_n:
            break
        if used.get(i, 0) >= 2:
            continue
        for _ in range(5):
            s = PHI_TEMPLATES[i]()
            if s not in seen:
                break
        if s in seen:
            continue
        seen.add(s)
        used[i] = used.get(i, 0) + 1
        phi.append(s)
    assert len(phi) == phi_n, len(phi)
    assert len(FREE) >= PHI_FREE
    R.shuffle(FREE)
    free = [free_line() for _ in range(PHI_FREE)]
    body = phi + free
    R.shuffle(body)
    for s in free:
        assert not LABEL.search(s)
    out = []
    plains = set()
    for k, s in enumerate(body, 1):
        line = 'vh13-%03d\t%s' % (k, s)
        p = check(line)
        assert p not in plains, line
        plains.add(p)
        out.append(line)
    ids = [l.split('\t')[0] for l in out]
    assert len(set(ids)) == len(ids) == TOTAL
    assert len(used) >= 60 and len(PHI_TEMPLATES) + len(set(free)) >= 60
    header = ('# voice-holdout13.tsv: generated by masker-domain/src/test/scripts/holdout13_voice.py (seed %d) '
              'from Datafaker 2.7.0 name lists (Apache-2.0; locales fi-FI, tr, pt-BR, et, it, hr, en-AU, diacritics '
              'dropped) and invented names, streets and towns written for Masker; caller turns to clinic, pharmacy, '
              'insurer, lab, home-health and telehealth voice agents, all PHI kinds labelled; held out, scored once; '
              'every value invented.' % SEED)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(header + '\n')
        for l in out:
            fh.write(l + '\n')
    counts = {}
    for l in out:
        for kind, _ in LABEL.findall(l):
            counts[kind] = counts.get(kind, 0) + 1
    print('lines', len(out), 'phi-free', PHI_FREE, 'templates', len(PHI_TEMPLATES), '+', len(set(free)),
          'used', len(used))
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == '__main__':
    main()
