#!/usr/bin/env python3
"""Ninth-round voice development set (part two) for Masker: phone calls as speech-to-text writes them.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
90923). A development set: the lead tunes the engine on it.

Usage:
    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout9_voice_dev2.py /tmp/df \
        masker-domain/src/test/resources/dev/masker/domain/masking/eval

Callers of every age and background phone clinics, insurers, pharmacies, home-care agencies and
hospital switchboards; turns are lower case and run on, numbers come as words, digits or both,
with fillers, self-corrections, spelled letters, homophones ("four" for "for"), misheard words
and accents rendered oddly. Every PHI kind is labelled. Names come from Datafaker 2.7.0 locale
files (Apache-2.0) combined at random, and from romanised names written for Masker; phones only
from the fiction ranges (555-01xx, UK 07700 900xxx, AU 0491 570 xxx).
"""
import os
import random
import re
import sys
import unicodedata

SEED = 90923
FILE = 'voice-dev9b.tsv'
PREFIX = 'vdb-'
R = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------
FOLD = str.maketrans({'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ı': 'i', 'ß': 'ss',
                      'æ': 'ae', 'œ': 'oe', "'": ' ', '’': ' ', '-': ' '})


def fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ' '.join(s.lower().split())


def load_yml(path):
    out = {'first': [], 'last': []}
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        m = re.match(r'\s*(male_|female_|man_|woman_)?(first_name|last_name):\s*(.*)$', lines[i])
        if m:
            kind = 'first' if m.group(2) == 'first_name' else 'last'
            rest = m.group(3)
            if rest.startswith('['):
                buf, j = rest, i
                while ']' not in buf:
                    j += 1
                    buf += ' ' + lines[j]
                out[kind] += [x.strip().strip('"\'') for x in buf[1:buf.index(']')].split(',')]
                i = j
            elif rest == '':
                j = i + 1
                while j < len(lines) and re.match(r'\s*- ', lines[j]):
                    out[kind].append(lines[j].strip()[2:].strip().strip('"\''))
                    j += 1
        i += 1
    for k in out:
        out[k] = sorted({fold(x) for x in out[k] if x and '#{' not in x and re.search('[A-Za-z]', fold(x))})
        out[k] = [x for x in out[k] if re.fullmatch(r'[a-z]+( [a-z]+)?', x)]
    return out


# romanised and hand-written names (written for Masker)
HAND = {
    'west_african': (
        'kwame kofi ama akosua yaw abena kwabena efua fatou mamadou aminata ousmane chidi ngozi '
        'oluwaseun folake yetunde babatunde ikechukwu adaeze nnamdi awa moussa binta'.split(),
        'mensah owusu asante boateng appiah diallo ndiaye sow toure okafor okonkwo eze adebayo '
        'nwosu obi adeyemi danso ofori kamara sesay bangura traore'.split()),
    'south_asian': (
        'priyanka lakshmi venkatesh karthik meenakshi arjun deepa sanjay farhan ayesha '
        'gurpreet harjit navdeep thilini ruwan'.split(),
        'subramanian ramaswamy krishnan iyer chaudhry siddiqui sandhu dhillon gill '
        'jayasuriya perera ranganathan natarajan'.split()),
    'east_asian': (
        'haruto yui sakura kenji hiroshi minjun jiwoo seoyeon hyun_woo wei xiaoling jun '
        'mei lin ying'.split(),
        'takahashi watanabe kobayashi yamamoto sato park choi kang lim jeong zhang liu huang '
        'chen zhou nakamura'.split()),
    'arabic': (
        'mohammed fatima youssef layla omar khadija karim noor samira tariq hala rania ibrahim '
        'amina bilal'.split(),
        'haddad mansour nasser hamdan khoury saleh abdelrahman al_rashid el_amin qasim '
        'darwish farouk'.split()),
    'pacific': (
        'sione malia tavita mele keoni leilani kalani aroha wiremu tama losa viliami '
        'pua kainoa'.split(),
        'faleolo tuilagi leota taufa havili fifita kahananui akana kealoha ngata tupou '
        'fonoti kamakau'.split()),
    'indigenous': (
        'nizhoni ahiga aiyana winona takoda shilah kiona hosteen dakota cheyenne tallulah '
        'sequoyah'.split(),
        'begay yazzie tsosie benally nez harjo locklear chee etsitty two_bulls '
        'running_horse whitehorse deschenie'.split()),
    'irish': (
        'siobhan niamh aoife padraig cathal eoin oisin ciara grainne saoirse dervla '
        'fionnuala'.split(),
        'o_sullivan kavanagh donoghue mac_giolla o_riordan ni_bhriain mcgrath'.split()),
}
HAND = {g: ([x.replace('_', ' ') for x in f], [x.replace('_', ' ') for x in l]) for g, (f, l) in HAND.items()}
ORD_FIRST = ('hope faith grace will bill grant rose mark june may april summer dawn penny rusty '
             'sterling chase hunter wade lane drew pat sunny destiny joy autumn cliff dale glen '
             'ivy holly robin sky').split()
ORD_LAST = ('brown rice baker cook hill wood king bishop mason price long small little strong '
            'church banks moody fox stone lamb swift black rivers frost winter love short '
            'golden summers').split()
NICK = 'bubba nana jo tito chuy big mike lizzie deb sunny junior pops kiki tata boo'.split()
NICKS = ['bubba', 'tito', 'chuy', 'lizzie', 'deb', 'kiki', 'boo', 'nana jo', 'big mike',
         'peaches', 'mimi', 'sonny', 'lulu', 'bitsy', 'duke']

LOCALES = {
    'west_african': ['en-NG', 'en-UG'],
    'south_asian': ['en-IN', 'en-PK', 'en-NEP'],
    'east_asian': [],
    'slavic': ['pl', 'sk', 'hr', 'cs-CZ'],
    'arabic': [],
    'pacific': [],
    'indigenous': [],
    'irish': ['en-IE'],
    'hungarian': ['hu'],
    'latin': ['es-MX', 'pt-BR'],
    'other': ['de', 'it', 'tr', 'en', 'id-ID'],
    'vietnamese': ['vi'],
}
GROUPS = {}
USED_LOCALES = []


def build_names(dfdir):
    for g, locs in LOCALES.items():
        first, last = [], []
        for loc in locs:
            d = load_yml(os.path.join(dfdir, loc + '.yml'))
            if loc == 'vi':  # the vi file lists family names under first_name
                d = {'first': d['last'], 'last': d['first']}
            first += d['first']
            last += d['last']
            USED_LOCALES.append(loc)
        if g in HAND:
            first += HAND[g][0]
            last += HAND[g][1]
        GROUPS[g] = (sorted(set(first)), sorted(set(last)))
    for g in GROUPS:
        assert len(GROUPS[g][0]) >= 8 and len(GROUPS[g][1]) >= 8, g


WEIGHTS = {'west_african': 3, 'south_asian': 3, 'east_asian': 3, 'slavic': 3, 'arabic': 3,
           'pacific': 2, 'indigenous': 2, 'irish': 2, 'hungarian': 2, 'latin': 2, 'other': 2,
           'vietnamese': 1}


def grp():
    gs = sorted(WEIGHTS)
    return R.choices(gs, [WEIGHTS[g] for g in gs])[0]


def first(g=None):
    if g is None and R.random() < 0.12:
        return R.choice(ORD_FIRST)
    return R.choice(GROUPS[g or grp()][0])


def last(g=None):
    if g is None and R.random() < 0.10:
        return R.choice(ORD_LAST)
    return R.choice(GROUPS[g or grp()][1])


def full(g=None):
    g = g or grp()
    return first(g) + ' ' + last(g)


def spell(name, sep=' '):
    return sep.join(c for c in name if c != ' ')


# ---------------------------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------------------------
ONES = ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen '
        'fifteen sixteen seventeen eighteen nineteen').split()
TENS = '_ _ twenty thirty forty fifty sixty seventy eighty ninety'.split()
ORDS = ('zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth '
        'thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth').split()
TORD = {20: 'twentieth', 30: 'thirtieth'}
MONTHS = ('january february march april may june july august september october november '
          'december').split()
SUFFIX = {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd', 31: 'st'}


def w(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    h = ONES[n // 100] + ' hundred'
    return h if n % 100 == 0 else h + ' ' + w(n % 100)


def ordw(n):
    if n < 20:
        return ORDS[n]
    if n % 10 == 0:
        return TORD[n]
    return TENS[n // 10] + ' ' + ORDS[n % 10]


def ordd(n):
    return '%d%s' % (n, SUFFIX.get(n, 'th'))


def dw(s, zero='oh'):
    out = []
    for c in s:
        if c.isdigit():
            out.append((zero if zero != 'mix' else R.choice(['oh', 'zero'])) if c == '0' else ONES[int(c)])
        else:
            out.append(c.lower())
    return ' '.join(out)


def mixed(s):
    """digits and words mixed, as some engines write them: '41 five 5 5 5'."""
    out, i = [], 0
    while i < len(s):
        r = R.random()
        if r < 0.25 and i + 1 < len(s):
            out.append(s[i:i + 2])
            i += 2
            continue
        out.append(s[i] if r < 0.55 else dw(s[i], 'mix'))
        i += 1
    return ' '.join(out)


def yy(y):
    r = y % 100
    return 'oh ' + ONES[r] if r < 10 else w(r)


def yw(y):
    if y == 2000:
        return 'two thousand'
    if 2000 < y < 2010:
        return R.choice(['two thousand ', 'two thousand and ']) + ONES[y - 2000]
    if y >= 2010:
        return R.choice(['twenty ' + w(y - 2000), 'two thousand ' + w(y - 2000)])
    r = y % 100
    return w(y // 100) + ' ' + ('hundred' if r == 0 else yy(y))


def say_date(y, m, d, style=None):
    mo = MONTHS[m - 1]
    styles = ['the_of_yy', 'num_words', 'm_of_yy', 'm_ord_yyyy', 'm_digits', 'slash', 'oh',
              'brit', 'm_the', 'mix', 'yyyy_first', 'commas', 'yy_only_num', 'dash_digits']
    s = style or R.choice(styles)
    if s == 'the_of_yy':
        return 'the %s of %s %s' % (ordw(d), mo, yy(y))
    if s == 'num_words':
        return '%s %s %s' % (w(m), w(d), yy(y))
    if s == 'm_of_yy':
        return '%s %s of %s' % (mo, ordw(d), yy(y))
    if s == 'm_ord_yyyy':
        return '%s %s %s' % (mo, ordw(d), yw(y))
    if s == 'm_digits':
        return '%s %s %d' % (mo, ordd(d), y)
    if s == 'slash':
        return R.choice(['%d/%d/%02d' % (m, d, y % 100), '%02d/%02d/%d' % (m, d, y)])
    if s == 'oh':
        return '%s %s %s' % (dw('%02d' % m), dw('%02d' % d), yw(y))
    if s == 'brit':
        return '%s %s %s' % (ordw(d), mo, yw(y))
    if s == 'm_the':
        return '%s the %s %s' % (mo, ordw(d), yw(y))
    if s == 'mix':
        return R.choice(['%s %d %s' % (mo, d, yw(y)), '%d %s %d' % (d, mo, y % 100 if y < 2000 else y)])
    if s == 'yyyy_first':
        return '%s %s %s' % (yw(y), mo, ordw(d))
    if s == 'commas':
        return '%s, %s, %s' % (w(m), w(d), yw(y))
    if s == 'yy_only_num':
        return '%s %s %s' % (dw(str(m)), dw(str(d)), dw('%02d' % (y % 100)))
    if s == 'dash_digits':
        return '%d-%d-%d' % (m, d, y)
    raise ValueError(s)


def say_day_month(m, d, y=None):
    mo = MONTHS[m - 1]
    forms = ['%s %s' % (mo, ordw(d)), 'the %s of %s' % (ordw(d), mo), '%s %s' % (mo, ordd(d)),
             '%d/%d' % (m, d), 'the %s of %s' % (ordd(d), mo), '%s the %s' % (mo, ordw(d))]
    s = R.choice(forms)
    if y is not None:
        s += ' ' + R.choice([yw(y), str(y)])
    return s


def birth():
    y = R.randint(1928, 2012)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def recent():
    return R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28)


# phones: fiction ranges only
AREAS = ['415', '312', '206', '718', '503', '919', '505', '928', '808', '313', '210', '602', '651',
         '907', '978', '401', '559', '405', '605', '616', '201', '704', '541']


def phone_digits():
    return R.choice(AREAS), '555', '01' + '%02d' % R.randint(0, 99)


def say_phone(style=None):
    a, e, l = phone_digits()
    s = style or R.choice(['words', 'commas', 'teen', 'double', 'mixed', 'smart', 'dashes', 'triple',
                           'plus', 'zero'])
    if s == 'words':
        return '%s %s %s' % (dw(a), dw(e), dw(l))
    if s == 'zero':
        return '%s %s %s' % (dw(a, 'zero'), dw(e), dw(l, 'zero'))
    if s == 'commas':
        return '%s, %s, %s' % (dw(a), dw(e), dw(l))
    if s == 'teen':
        return '%s %s %s %s %s' % (ONES[int(a[0])], w(int(a[1:])) if a[1] != '0' else dw(a[1:]),
                                  dw(e), dw(l[:2]), w(int(l[2:])) if l[2] != '0' else dw(l[2:]))
    if s == 'double':
        return '%s double five five %s' % (dw(a), dw(l))
    if s == 'triple':
        return '%s triple five %s' % (dw(a), dw(l))
    if s == 'mixed':
        return mixed(a + e + l)
    if s == 'smart':
        return R.choice(['(%s) %s-%s', '%s-%s-%s', '%s %s %s', '%s.%s.%s']) % (a, e, l)
    if s == 'dashes':
        return '%s-%s-%s' % (dw(a), dw(e), dw(l))
    if s == 'plus':
        return 'plus one %s %s %s' % (dw(a), dw(e), dw(l))
    raise ValueError(s)


def phone_parts():
    a, e, l = phone_digits()
    return dw(a), dw(e), dw(l)


def uk_mobile():
    x = '%03d' % R.randint(0, 999)
    return R.choice(['oh seven seven oh oh nine oh oh %s' % dw(x), 'oh double seven double oh nine double oh %s' % dw(x),
                     '07700 900%s' % x, 'oh seven seven zero zero, nine zero zero, %s' % dw(x, 'zero')])


def au_mobile():
    x = '1%02d' % R.randint(0, 59)
    return R.choice(['oh four nine one five seven oh %s' % dw(x), '0491 570 %s' % x,
                     'zero four nine one, five seven zero, %s' % dw(x, 'zero')])


def ssn():
    a = R.choice([n for n in range(1, 900) if n != 666])
    return '%03d' % a, '%02d' % R.randint(1, 99), '%04d' % R.randint(1, 9999)


def say_ssn():
    a, g, s = ssn()
    return R.choice(['%s %s %s' % (dw(a), dw(g), dw(s)), '%s, %s, %s' % (dw(a), dw(g), dw(s)),
                     '%s-%s-%s' % (a, g, s), mixed(a + g + s), '%s %s %s' % (dw(a), dw(g), ' '.join([w(int(s[:2])) if s[0] != '0' else dw(s[:2]), w(int(s[2:])) if s[2] != '0' else dw(s[2:])]))])


CARDS = ['4111111111111111', '5555555555554444', '4012888888881881', '378282246310005',
         '6011111111111117', '5105105105105100', '4242424242424242', '371449635398431',
         '3566002020360505', '6011000990139424']


def say_card():
    c = R.choice(CARDS)
    groups = [c[i:i + 4] for i in range(0, len(c), 4)] if len(c) == 16 else [c[:4], c[4:10], c[10:]]
    st = R.choice(['words', 'digits', 'mixed', 'commas'])
    if st == 'words':
        return ' '.join(dw(g) for g in groups)
    if st == 'digits':
        return ' '.join(groups)
    if st == 'commas':
        return ', '.join(dw(g, 'zero') for g in groups)
    return ' '.join(mixed(g) for g in groups)


def luhn_ok(num):
    t = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def npi():
    base = R.choice('12') + ''.join(R.choice('0123456789') for _ in range(8))
    for c in '0123456789':
        if luhn_ok('80840' + base + c):
            return base + c


def dea(surname):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice('ABFGM') + surname[0].upper() + ''.join(map(str, d)) + str(chk)


VIN_T = {**{str(i): i for i in range(10)}, 'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
         'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6,
         'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = [R.choice('12345JKW'), R.choice('FGHNT'), R.choice('ABCDMT')] + [R.choice(chars) for _ in range(14)]
    v[9] = R.choice('LMNPRS')
    v[8] = '0'
    s = sum(VIN_T[c] * wt for c, wt in zip(v, VIN_W)) % 11
    v[8] = 'X' if s == 10 else str(s)
    return ''.join(v)


def mbi():
    L = 'ACDEFGHJKMNPQRTUVWXY'
    AN = L + '0123456789'
    return (R.choice('123456789') + R.choice(L) + R.choice(AN) + R.choice('0123456789') + R.choice(L) +
            R.choice(AN) + R.choice('0123456789') + R.choice(L) + R.choice(L) + R.choice('0123456789') +
            R.choice('0123456789'))


def say_alnum(s, style=None):
    st = style or R.choice(['words', 'words', 'raw', 'nato'])
    if st == 'raw':
        return s.lower()
    if st == 'nato':
        nato = {'A': 'a as in apple', 'B': 'b as in boy', 'C': 'c as in cat', 'D': 'd as in david',
                'E': 'e as in echo', 'F': 'f as in frank', 'G': 'g as in george', 'H': 'h as in henry',
                'J': 'j as in john', 'K': 'k as in kilo', 'M': 'm as in mary', 'N': 'n as in nancy',
                'P': 'p as in peter', 'Q': 'q as in queen', 'R': 'r as in robert', 'T': 't as in tom',
                'U': 'u as in uniform', 'V': 'v as in victor', 'W': 'w as in william', 'X': 'x as in x ray',
                'Y': 'y as in yellow', 'L': 'l as in lima', 'S': 's as in sam', 'Z': 'z as in zebra'}
        return ' '.join(nato.get(c, dw(c)) for c in s)
    return ' '.join(dw(c) if c.isdigit() else c.lower() for c in s)


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def nz_digits(n):
    return R.choice('123456789') + digits(n - 1)


def zip5(prefix):
    return prefix + digits(2)


def say_zip(z):
    return R.choice([dw(z), dw(z, 'zero'), z, mixed(z), dw(z[:3]) + ' ' + (w(int(z[3:])) if z[3] != '0' else dw(z[3:]))])


def say_house():
    n = R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 48999)])
    s = str(n)
    if n < 100:
        return R.choice([w(n), s])
    if n < 1000:
        return R.choice([dw(s), ONES[int(s[0])] + ' ' + (w(int(s[1:])) if s[1] != '0' else dw(s[1:])), s])
    if n < 10000:
        a, b = int(s[:2]), int(s[2:])
        return R.choice([w(a) + ' ' + (w(b) if b >= 10 else ('hundred' if b == 0 else 'oh ' + ONES[b])), s, dw(s)])
    return R.choice([dw(s), s, w(int(s[:2])) + ' ' + dw(s[2:])])


STREETS = ['maple avenue', 'willow creek road', 'old mill lane', 'kamehameha highway', 'cesar chavez boulevard',
           'martin luther king junior drive', 'frontage road', 'county road twelve', 'n e forty second street',
           'south fourth street', 'cherry blossom court', 'pinon drive', 'jefferson davis highway',
           'sunset loop', 'elm street', 'tallgrass trail', 'orchard way', 'mission street',
           'grand river avenue', 'beacon hill road', 'third avenue north', 'kalanianaole highway',
           'eastern parkway', 'route nine', 'rosewood circle', 'bluebonnet lane', 'prospect place',
           'mesa verde drive', 'church street', 'fremont way', 'polk street', 'st clair avenue']
UNITS = ['apartment {}', 'apt {}', 'unit {}', 'number {}', 'lot {}', 'space {}', 'suite {}']


def say_address(unit_p=0.5):
    s = say_house() + ' ' + R.choice(STREETS)
    if R.random() < unit_p:
        u = R.choice([w(R.randint(1, 30)), str(R.randint(1, 400)), ONES[R.randint(1, 9)] + ' ' + R.choice('abcd'),
                      '%d%s' % (R.randint(1, 9), R.choice('abcd'))])
        s += ' ' + R.choice(UNITS).format(u)
    return s


TOWNS = [('gallup', 'new mexico', '873'), ('window rock', 'arizona', '865'), ('flagstaff', 'arizona', '860'),
         ('hilo', 'hawaii', '967'), ('waianae', 'hawaii', '967'), ('dearborn', 'michigan', '481'),
         ('hamtramck', 'michigan', '482'), ('lowell', 'massachusetts', '018'), ('fall river', 'massachusetts', '027'),
         ('pawtucket', 'rhode island', '028'), ('yakima', 'washington', '989'), ('fresno', 'california', '937'),
         ('stockton', 'california', '952'), ('laredo', 'texas', '780'), ('brownsville', 'texas', '785'),
         ('tulsa', 'oklahoma', '741'), ('rapid city', 'south dakota', '577'), ('minot', 'north dakota', '587'),
         ('duluth', 'minnesota', '558'), ('des moines', 'iowa', '503'), ('toledo', 'ohio', '436'),
         ('paterson', 'new jersey', '075'), ('elizabeth', 'new jersey', '072'), ('jackson', 'mississippi', '392'),
         ('tyler', 'texas', '757'), ('florence', 'alabama', '356'), ('marion', 'ohio', '433'),
         ('augusta', 'georgia', '309'), ('charlotte', 'north carolina', '282'), ('eugene', 'oregon', '974'),
         ('flushing', 'new york', '113'), ('pembroke', 'north carolina', '283'), ('shiprock', 'new mexico', '874'),
         ('bethel', 'alaska', '995'), ('tahlequah', 'oklahoma', '744'), ('lewiston', 'maine', '042'),
         ('sugar land', 'texas', '774'), ('normal', 'illinois', '617'), ('hope', 'arkansas', '718'),
         ('mobile', 'alabama', '366'), ('hazard', 'kentucky', '417'), ('independence', 'missouri', '640'),
         ('warren', 'michigan', '480'), ('sterling heights', 'michigan', '483'), ('orange', 'california', '928'),
         ('chula vista', 'california', '919'), ('paradise', 'nevada', '891'), ('eureka', 'california', '955'),
         ('holland', 'michigan', '494'), ('liberty', 'missouri', '640'), ('chinle', 'arizona', '865'),
         ('kotzebue', 'alaska', '997'), ('lawton', 'oklahoma', '735'), ('st cloud', 'minnesota', '563')]
NEIGHBOURHOODS = ['jackson heights', 'kalihi', 'little saigon', 'the ironbound', 'pilsen', 'little haiti',
                  'south philly', 'the tenderloin', 'east boston', 'highland park', 'koreatown', 'washington heights']
COUNTIES = ['cook county', 'navajo county', 'robeson county', 'hidalgo county', 'maricopa county',
            'king county', 'wayne county', 'hennepin county', 'apache county', 'lake county']


def town():
    return R.choice(TOWNS)


# ---------------------------------------------------------------------------------------------
# markup
# ---------------------------------------------------------------------------------------------
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DATE', 'DOB', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN',
         'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID', 'DEVICE_ID', 'URL',
         'IP_ADDRESS'}
CUES = re.compile(r'\b(my number|date of birth|dob|born|birthday|fax|phone|doctor|dr|mrs|mr|ms|nurse|'
                  r'member id|policy|account number|social|zip|email|extension is)\b')


def L(kind, text):
    assert kind in KINDS, kind
    assert text and text == text.strip(), repr(text)
    assert text[-1] not in ',;:!?' and text[0] not in ',;:!?', repr(text)
    assert '[[' not in text and ']]' not in text and '|' not in text and '\t' not in text, text
    return '[[%s|%s]]' % (kind, text)


def N(text):
    return L('NAME', text)


LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\]]*)\]\]')


def validate(lines):
    ids = set()
    for line in lines:
        assert line.count('\t') == 1, line
        i, text = line.split('\t')
        assert re.fullmatch(re.escape(PREFIX) + r'\d{3}', i), i
        assert i not in ids, i
        ids.add(i)
        stripped = LABEL.sub('', text)
        assert '[[' not in stripped and ']]' not in stripped, line
        for kind, val in LABEL.findall(text):
            assert kind in KINDS, line
            assert val and val == val.strip() and val[-1] not in ',;:!?' and val[0] not in ',;:!?', line
            assert not CUES.search(val) or kind in ('ADDRESS',), (line, val)
            if kind == 'NAME':
                assert not re.match(r"(dr|mrs|mr|ms|doctor|nurse)\b", val), line
                assert not val.endswith("'s"), line
        for m in LABEL.finditer(text):
            after = text[m.end():m.end() + 2]
            assert not (m.group(1) == 'NAME' and after == "'s" and m.group(2).endswith("'")), line


# ---------------------------------------------------------------------------------------------
# turn templates (each used at most three times)
# ---------------------------------------------------------------------------------------------
TEMPLATES = []


def tpl(f):
    TEMPLATES.append(f)
    return f


def dob_any():
    return say_date(*birth())


def age90():
    n = R.randint(90, 106)
    if n < 100:
        return R.choice([w(n), w(n).replace(' ', '-'), str(n)])
    return R.choice(['a hundred and ' + w(n - 100) if n > 100 else 'a hundred', 'one hundred ' + w(n - 100) if n > 100 else 'one hundred', str(n)])


@tpl
def t_hold_front_desk():
    return ("yeah so i've been on hold like forty minutes and honestly i just need somebody to tell me if the "
            "referral went through because %s up front said it would go out tuesday and nobody called me back" % N(full()))


@tpl
def t_put_under_surname():
    return "can you put it under %s that's the last name on the account my husband handles all that stuff" % N(last())


@tpl
def t_phone_pieces_glasses():
    a, e, l = phone_parts()
    return ("best number to reach me um it's %s" % L('PHONE', '%s... hang on... %s %s' % (a, e, l)) +
            " sorry i had to find my glasses")


@tpl
def t_dob_self_correct():
    y, m, d = birth()
    wrong = say_date(y, m, d + 1, 'm_ord_yyyy')
    right = say_date(y, m, d, R.choice(['m_ord_yyyy', 'the_of_yy', 'm_of_yy']))
    return "date of birth is %s no no sorry %s i always do that" % (L('DOB', wrong), L('DOB', right))


@tpl
def t_two_people_grandkids():
    g = grp()
    return ("i'm calling for my grandmother she don't speak much english, me and my cousin %s we take turns "
            "taking her, her name is %s and she's got the eye appointment" % (N(first(g)), N(full(g))))


@tpl
def t_mixed_member_id():
    mid = R.choice('WXYHJ') + nz_digits(8)
    return ("okay the member number on the card is %s and then there's a group number too but i don't know "
            "if you need that one it's like eleven something" % L('HEALTH_PLAN_ID', mixed(mid)))


@tpl
def t_address_town_zip():
    t, st, zp = town()
    return ("we moved so the new address is %s %s %s %s can you update that before they mail the bill" %
            (L('ADDRESS', say_address()), L('LOCATION', t), st, L('ZIP', say_zip(zip5(zp)))))


@tpl
def t_email_spelled():
    f, l = first(), last()
    local = R.choice(['%s dot %s' % (spell(f), spell(l)), '%s %s' % (spell(f), l.replace(' ', '')),
                      '%s underscore %s %s' % (f[0], spell(l), w(R.randint(10, 99)))])
    dom = R.choice(['example dot com', 'example dot net', 'example dot org'])
    return "send the forms to my email it's %s ok" % L('EMAIL', '%s at %s' % (local, dom))


@tpl
def t_age_over_89_mother():
    g = grp()
    return ("my neighbor %s is %s years old and fell last night in the bathroom, says it's nothing but it's "
            "not nothing" % (N(first(g)), L('AGE', age90())))


@tpl
def t_caregiver_two_names():
    g1, g2 = grp(), grp()
    return ("this is %s from sunrise home care i'm the aide for %s over on the west side and she's out of her "
            "water pill since saturday" % (N(first(g1)), N(full(g2))))


@tpl
def t_staff_doctor_surname():
    return ("i saw doctor %s last month for my knee and she wanted me to follow up with the physical therapy, "
            "i think the therapist was %s or something like that" % (N(last()), N(first())))


@tpl
def t_pharmacy_homophones():
    y, m, d = birth()
    return ("hi i'm calling two see if my prescription is ready four pickup, its under %s date of birth %s" %
            (N(full()), L('DOB', say_date(y, m, d))))


@tpl
def t_mbi_spelled():
    return ("okay my medicare number, it's the new one with the letters, %s" % L('HEALTH_PLAN_ID', say_alnum(mbi(), 'words')) +
            " did you get all that")


@tpl
def t_ssn_pause():
    a, g, s = ssn()
    return ("social security, um, %s" % L('SSN', '%s... %s... %s' % (dw(a), dw(g), dw(s))) + " is that what you needed")


@tpl
def t_card_payment():
    return "i want to pay the copay with my visa the card number is %s expires oh nine twenty seven" % L('CREDIT_CARD', say_card())


@tpl
def t_mrn_chart():
    return ("the lady gave me a chart number on the paper, m r n %s, does that help you find me" %
            L('MRN', R.choice([dw(nz_digits(8)), mixed(nz_digits(7)), nz_digits(8)])))


@tpl
def t_switchboard_patient_room():
    return ("hi yes i'm trying to reach a patient she was admitted last night her name is %s, i'm her daughter in "
            "law, they said room four twelve but the phone just rings" % N(full()))


@tpl
def t_dob_variety_three_three():
    y, m, d = birth()
    return "born %s" % L('DOB', say_date(y, m, d, R.choice(['num_words', 'yy_only_num', 'commas']))) + \
        " and the last four of the social is seven seven one two"


@tpl
def t_callback_uk():
    return ("i'm visiting from manchester so my mobile is the english one, %s, they'll have to dial the whole thing"
            % L('PHONE', uk_mobile()))


@tpl
def t_callback_au():
    return ("it's %s from the brisbane office my number over there is %s but i'm in the states till the end of the month"
            % (N(full()), L('PHONE', au_mobile())))


@tpl
def t_fax_number():
    return ("can you have them fax the records to my lawyer, the fax is %s attention %s" %
            (L('FAX', say_phone()), N(full())))


@tpl
def t_appt_date_reschedule():
    y, m, d = recent()
    return "i had an appointment on %s and i missed it because of the snow can i get a new one" % L('DATE', say_day_month(m, d))


@tpl
def t_nickname_son():
    nick = R.choice(NICKS)
    return ("it's for my son we call him %s his real name is %s, he's the one that needs the sports physical" %
            (N(nick), N(full())))


@tpl
def t_spelled_surname_hyphen():
    g = grp()
    f, l = first(g), last(g)
    return ("first name %s last name %s that's %s" % (N(f), N(l), N(spell(l, '-'))))


@tpl
def t_spelled_nato():
    l = R.choice(HAND['indigenous'][1] + HAND['west_african'][1])
    l1 = l.replace(' ', '')
    nato = {'a': 'apple', 'b': 'boy', 'c': 'cat', 'd': 'dog', 'e': 'edward', 'f': 'frank', 'g': 'george', 'h': 'henry',
            'i': 'ida', 'j': 'john', 'k': 'king', 'l': 'larry', 'm': 'mary', 'n': 'nancy', 'o': 'ocean', 'p': 'paul',
            'q': 'queen', 'r': 'robert', 's': 'sam', 't': 'tom', 'u': 'uncle', 'v': 'victor', 'w': 'william',
            'x': 'xray', 'y': 'yellow', 'z': 'zebra'}
    sp = ' '.join('%s as in %s' % (c, nato[c]) if i == 0 else c for i, c in enumerate(l1))
    return "last name is %s, %s, i know nobody ever gets it right" % (N(l), N(sp))


@tpl
def t_misheard_name_split():
    name = R.choice(['oh conk woe', 'mc gilla cuddy', 'van der meer', 'de la cruz', 'two bulls', 'al rashid',
                     'o sullivan', 'ni bree in', 'ben ally', 'yaz e', 'sue bra money an', 'fa lay olo'])
    return "the patient is %s, he's a he's a new patient as of this year" % N(first() + ' ' + name)


@tpl
def t_insurance_policy_dob():
    y, m, d = birth()
    return ("policy holder is my wife %s, policy number %s, and her birthday is %s" %
            (N(full()), L('HEALTH_PLAN_ID', say_alnum(R.choice('ABCDEFGHJKMN') + R.choice('ABCDEFGHJKMN') + nz_digits(7))),
             L('DOB', say_date(y, m, d))))


@tpl
def t_medicaid_cin():
    cin = ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2)) + digits(5) + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
    return "her medicaid is uh %s i think, it's on the back of the blue card" % L('HEALTH_PLAN_ID', say_alnum(cin, 'words'))


@tpl
def t_account_billing():
    return ("i'm looking at the statement and the account number at the top is %s and it says i owe two hundred and "
            "twelve dollars which i already paid" % L('ACCOUNT', R.choice([dw(nz_digits(9)), mixed(nz_digits(10)), nz_digits(10)])))


@tpl
def t_driver_license():
    dl = R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(7)
    return ("for the i d they wanted my driver's license, it's %s, california" % L('LICENSE', say_alnum(dl)))


@tpl
def t_npi_prescriber():
    n = npi()
    return ("this is %s calling from the office of doctor %s, the prescriber n p i is %s if the pharmacy needs it" %
            (N(first()), N(last()), L('LICENSE', R.choice([dw(n), n, mixed(n)]))))


@tpl
def t_dea_number():
    l = last()
    d = dea(l.replace(' ', ''))
    return ("doctor %s's d e a number is %s, sorry, i'm reading it off a sticky note" % (N(l), L('LICENSE', say_alnum(d, 'words'))))


@tpl
def t_plate_transport():
    plate = R.choice(['%d%s%d' % (R.randint(1, 9), ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)), R.randint(100, 999)),
                      ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + str(R.randint(1000, 9999))])
    return ("the van that's supposed to pick up my dad for dialysis, the plate on it was %s, the driver was rude to him"
            % L('VEHICLE_ID', say_alnum(plate, R.choice(['words', 'raw']))))


@tpl
def t_vin_accident():
    return ("the claim's for the car accident, the v i n is %s if you need it for the auto insurance side" %
            L('VEHICLE_ID', say_alnum(vin(), R.choice(['words', 'raw']))))


@tpl
def t_device_cpap():
    sn = R.choice(['%d%s' % (R.randint(20, 23), digits(9)), 'SN' + digits(8), ''.join(R.choice('ABCDEFGH') for _ in range(2)) + digits(7)])
    return ("my cpap stopped blowing air, the serial number on the bottom says %s, it's the resmed one" %
            L('DEVICE_ID', say_alnum(sn, R.choice(['words', 'raw']))))


@tpl
def t_device_pump():
    sn = 'PU' + digits(7)
    return "insulin pump serial is %s and it keeps giving me the occlusion alarm" % L('DEVICE_ID', say_alnum(sn, 'words'))


@tpl
def t_url_fundraiser():
    f, l = first(), last()
    slug = (f + l).replace(' ', '')
    return ("you can see all his updates on the page we made, it's %s, the nurses can look at it too" %
            L('URL', R.choice(['www dot example dot org slash %s' % slug, 'example dot com slash care slash %s' % slug,
                               'https://example.org/%s-%s' % (f.replace(' ', ''), l.replace(' ', ''))])))


@tpl
def t_url_text_link():
    code = ''.join(R.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(6))
    return ("i got a text with a link for my intake forms, %s, but it says the page expired, can you send a new one" %
            L('URL', R.choice(['h t t p s colon slash slash example dot com slash r slash %s' % ' '.join(code),
                               'https://example.net/intake/%s' % code, 'example dot net slash intake slash %s' % code])))


@tpl
def t_ip_portal():
    ip = R.choice(['192.168.%d.%d' % (R.randint(0, 9), R.randint(2, 250)), '10.0.%d.%d' % (R.randint(0, 9), R.randint(2, 250)),
                   '203.0.113.%d' % R.randint(2, 250), '198.51.100.%d' % R.randint(2, 250)])
    sp = R.choice([ip, ' dot '.join(w(int(x)) for x in ip.split('.')), ' dot '.join(dw(x) for x in ip.split('.'))])
    return "the portal keeps locking me out, it says my i p %s was blocked, whatever that means" % L('IP_ADDRESS', sp)


@tpl
def t_iban_refund():
    ib = R.choice(['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'NL91 ABNA 0417 1643 00',
                   'FR14 2004 1010 0505 0001 3M02 606'])
    sp = R.choice([ib.lower(), say_alnum(ib.replace(' ', ''), 'words')])
    return ("for the refund i don't have an american bank, my iban is %s, is that gonna work" % L('IBAN', sp))


@tpl
def t_age_dad_hundred():
    return ("he's a veteran he's %s this year and still drives if you can believe it, i'm just calling to set up the "
            "flu shot for him" % L('AGE', age90()))


@tpl
def t_two_names_no_cue():
    g = grp()
    return ("so %s and %s both need the school forms signed can you do both kids in the same visit" %
            (N(first(g)), N(first(g))))


@tpl
def t_caller_name_end():
    return "ok thank you so much for your help i really appreciate it, bye, oh this was %s" % N(full())


@tpl
def t_phone_correct():
    a, e, l = phone_digits()
    wrong = dw(l[:2]) + ' ' + dw(str((int(l[2]) + 3) % 10))
    return ("you can call me back at %s" % L('PHONE', '%s %s %s, no sorry, %s' % (dw(a), dw(e), wrong, dw(l))) +
            " i got a new phone and i still mix it up")


@tpl
def t_phone_mixed_digits():
    a, e, l = phone_digits()
    return "my cell %s" % L('PHONE', '%s %s %s' % (a[:2] + ' ' + dw(a[2]), ' '.join(R.choice([c, dw(c)]) for c in e), mixed(l)))


@tpl
def t_accent_phone():
    a, e, l = phone_digits()
    acc = {'3': 'tree', '5': 'fife', '0': 'zero', '8': 'eight', '9': 'nine', '1': 'one', '2': 'two', '4': 'four',
           '6': 'six', '7': 'seven'}
    return ("yes de number is %s, you call me dere, i am home all de day" %
            L('PHONE', ' '.join(acc[c] for c in a + e + l)))


@tpl
def t_accent_dob():
    y, m, d = birth()
    dd = ordw(d).replace('third', 'tird').replace('thirt', 'tirt').replace('three', 'tree')
    yr = yw(y).replace('thousand', 'tousand').replace('thirty', 'tirty').replace('three', 'tree')
    return "me birt day is %s, yes, %s" % (L('DOB', 'de %s of %s %s' % (dd, MONTHS[m - 1], yr)),
                                          R.choice(['okay', 'you have it', 'dat is correct']))


@tpl
def t_dob_fragments():
    y, m, d = birth()
    return ("uh date of birth %s" % L('DOB', '%s... %s... %s' % (MONTHS[m - 1], ordw(d), yw(y))) +
            " sorry my mouth is numb i just came from the dentist")


@tpl
def t_date_procedure_misheard():
    y, m, d = recent()
    return ("i had the colonoscopy on %s with the met for men i was supposed two stop it the day before and nobody told me"
            % L('DATE', say_day_month(m, d, R.choice([None, y]))))


@tpl
def t_date_discharge():
    y, m, d = recent()
    return ("he got discharged %s from the rehab and the home health was supposed to start that week, it never did" %
            L('DATE', say_date(y, m, d, R.choice(['m_ord_yyyy', 'slash', 'brit', 'm_the']))))


@tpl
def t_relative_staff_long():
    g = grp()
    return ("my brother %s is the one with power of attorney but he's in %s right now so i'm calling, i'm %s, the "
            "younger sister" % (N(first(g)), L('LOCATION', town()[0]), N(first(g))))


@tpl
def t_neighbourhood():
    return ("we live over in %s near the bakery and the clinic on our side closed so where do we go now" %
            L('LOCATION', R.choice(NEIGHBOURHOODS)))


@tpl
def t_county():
    return ("is the mobile mammogram bus still coming to %s, my aunt %s keeps asking me" % (L('LOCATION', R.choice(COUNTIES)), N(first())))


@tpl
def t_po_box():
    t, st, zp = town()
    return ("mail goes to a p o box not the house, %s %s %s" % (L('ADDRESS', 'p o box %s' % dw(digits(R.randint(3, 4)))), L('LOCATION', t),
                                                              L('ZIP', say_zip(zip5(zp)))))


@tpl
def t_rural_address():
    t, st, zp = town()
    return ("we're out on %s past the chapter house, %s, %s, the gps never finds us so tell the nurse to call first" %
            (L('ADDRESS', 'county road %s mile marker %s' % (w(R.randint(2, 99)), w(R.randint(1, 40)))),
             L('LOCATION', t), L('ZIP', say_zip(zip5(zp)))))


@tpl
def t_address_pieces():
    t, st, zp = town()
    return ("the address is %s in %s and the zip is %s i think yeah" %
            (L('ADDRESS', '%s uh %s' % (say_house(), R.choice(STREETS))), L('LOCATION', t), L('ZIP', say_zip(zip5(zp)))))


@tpl
def t_email_at_sign():
    g = grp()
    f, l = first(g), last(g)
    return ("my email address is %s, all lowercase" % L('EMAIL', '%s.%s%d@example.%s' % (f.replace(' ', ''), l.replace(' ', ''), R.randint(1, 99), R.choice(['com', 'net', 'org']))))


@tpl
def t_email_correction():
    f = spell(first())
    return ("email is %s, no sorry, %s, the dot com one is my old one" %
            (L('EMAIL', f + ' at example dot com'), L('EMAIL', f + ' at example dot net')))


@tpl
def t_nurse_first_only():
    return "nurse %s told me to call back if the swelling got worse and it's worse" % N(first())


@tpl
def t_ordinary_first_name():
    f = R.choice(ORD_FIRST)
    return "can i talk to %s again she was helping me with the prior authorization yesterday" % N(f)


@tpl
def t_ordinary_surname_title():
    return "i have a question four doctor %s about the biopsy results" % N(R.choice(ORD_LAST))


@tpl
def t_ordinary_full():
    return "the patient's name is %s and she's my foster daughter" % N(R.choice(ORD_FIRST) + ' ' + R.choice(ORD_LAST))


@tpl
def t_hungarian_order():
    g = GROUPS['hungarian']
    l, f = R.choice(g[1]), R.choice(g[0])
    return ("in hungary we say the family name first so it's %s, %s is the family name, the doctor's office always "
            "switches them" % (N(l + ' ' + f), N(l)))


@tpl
def t_east_asian_name_order():
    g = GROUPS['east_asian']
    l, f = R.choice(g[1]), R.choice(g[0])
    return "my mother's name is %s and the card might say %s because they flip it" % (N(l + ' ' + f), N(f + ' ' + l))


@tpl
def t_arabic_bin():
    g = GROUPS['arabic']
    return "the name is %s, bin with a b, he's my father in law" % N(R.choice(g[0]) + ' bin ' + R.choice(g[0]) + ' ' + R.choice(g[1]))


@tpl
def t_pacific_long():
    g = GROUPS['pacific']
    return ("aloha yeah i'm calling for my tutu %s she has the sugar and her feet are bad, my cousin %s usually brings her "
            "but he's working" % (N(R.choice(g[0]) + ' ' + R.choice(g[1])), N(R.choice(g[0]))))


@tpl
def t_indigenous_ihs():
    g = GROUPS['indigenous']
    return ("ya'at'eeh, um, this is for my grandpa %s, he goes to the i h s clinic but they said to call you for the eye "
            "doctor" % N(R.choice(g[0]) + ' ' + R.choice(g[1])))


@tpl
def t_irish_misheard():
    f = R.choice(['shiv on', 'neve', 'ee fa', 'pod rig', 'ka hal', 'owen', 'osheen', 'keera', 'grawn ya', 'sear sha'])
    return "my name's %s, that's how you say it but it's spelled %s" % (N(f + ' ' + R.choice(HAND['irish'][1])), N(spell(R.choice(HAND['irish'][0]))))


@tpl
def t_west_african_surname_alone():
    l = R.choice(GROUPS['west_african'][1])
    return "is this the right line for the lab results for %s, the first name's long i'll spell it if you need" % N(l)


@tpl
def t_south_asian_two():
    g = GROUPS['south_asian']
    return ("appointment is for my father in law %s and i'm his son in law %s, he doesn't hear well on the phone" %
            (N(R.choice(g[0]) + ' ' + R.choice(g[1])), N(R.choice(g[0]))))


@tpl
def t_slavic_caretaker():
    g = GROUPS['slavic']
    return ("i am calling from the group home, resident is %s, i am night staff, %s, we need the refill authorized tonight"
            % (N(R.choice(g[0]) + ' ' + R.choice(g[1])), N(R.choice(g[0]))))


@tpl
def t_verify_three():
    y, m, d = birth()
    t, st, zp = town()
    return ("to verify, full name %s, birthday %s, and zip code %s" %
            (N(full()), L('DOB', say_date(y, m, d)), L('ZIP', say_zip(zip5(zp)))))


@tpl
def t_everything_run_on():
    y, m, d = birth()
    a, e, l = phone_parts()
    return ("ok so it's %s %s and my phone is %s" % (N(full()), L('DOB', say_date(y, m, d)), L('PHONE', '%s %s %s' % (a, e, l))) +
            " and i need to cancel thursday")


@tpl
def t_phone_extension():
    return ("call the case manager %s at %s she's the one who knows" %
            (N(full()), L('PHONE', '%s extension %s' % (say_phone(R.choice(['words', 'smart', 'teen'])), dw(digits(R.choice([3, 4])))))))


@tpl
def t_phone_one_eight_hundred():
    l = '01%02d' % R.randint(0, 99)
    return ("i called the number on the back of the card, %s, and it hung up on me twice" %
            L('PHONE', R.choice(['one eight hundred five five five %s' % dw(l), '1-800-555-%s' % l, 'one eight hundred five five five %s' % mixed(l)])))


@tpl
def t_ssn_correct():
    a, g, s = ssn()
    return ("my social is %s" % L('SSN', '%s %s %s' % (dw(a), dw(g), dw(s))) + ", wait, let me read it again from the card, yeah that's right")


@tpl
def t_ssn_spouse():
    return "the subscriber's my husband %s and his social is %s" % (N(full()), L('SSN', say_ssn()))


@tpl
def t_card_amex_expire():
    return ("put it on the american express please %s, security code is on the back hold on" % L('CREDIT_CARD', say_card()))


@tpl
def t_account_patient():
    return ("my patient account number is %s, the hospital bill, not the doctor bill" %
            L('ACCOUNT', R.choice(['h a r ' + dw(nz_digits(8)), dw(nz_digits(10)), nz_digits(9)])))


@tpl
def t_mrn_wristband():
    return ("on the wristband it says %s and then a barcode, is that the patient number you want" %
            L('MRN', R.choice([nz_digits(8), 'e ' + dw(nz_digits(7)), mixed(nz_digits(9))])))


@tpl
def t_date_surgery_two():
    y, m, d = recent()
    y2, m2, d2 = recent()
    return ("the first surgery was %s and the second one was %s and the bill has them mixed up" %
            (L('DATE', say_day_month(m, d, y)), L('DATE', say_day_month(m2, d2))))


@tpl
def t_age_teen_and_old():
    return ("so i have my %s she's %s and my %s who is %s living with us and both need the shots" %
            (R.choice(['daughter', 'niece', 'granddaughter']), w(R.randint(6, 17)), R.choice(['grandma', 'great aunt', 'nana']),
             L('AGE', age90())))


@tpl
def t_age_turns():
    return ("she turns %s on sunday and the family wants to know if she can have cake with the diabetes" %
            L('AGE', R.choice(['ninety', 'ninety one', 'ninety-eight', 'a hundred', 'a hundred and one', '99'])))


@tpl
def t_dob_month_first_of():
    y, m, d = birth()
    return "birthday's %s" % L('DOB', '%s %s of %s' % (MONTHS[m - 1], ordw(d), yy(y))) + " and i'm calling about the mole on my back"


@tpl
def t_dob_ordinal_digits():
    y, m, d = birth()
    return "d o b %s" % L('DOB', '%s %s, %d' % (MONTHS[m - 1], ordd(d), y))


@tpl
def t_pharmacy_tech_callback():
    return ("hi this is %s at the pharmacy returning a call to %s about the prior auth, give us a ring at %s" %
            (N(first()), N(full()), L('PHONE', say_phone())))


@tpl
def t_switchboard_transfer():
    return ("could you transfer me to the fourth floor, the nurse is %s, my mom is %s, she's in the step down unit" %
            (N(first()), N(full())))


@tpl
def t_hospice_two_relatives():
    g = grp()
    return ("the hospice nurse %s said to call you, my father %s passed this morning and my sister %s is on her way" %
            (N(full()), N(first(g) + ' ' + last(g)), N(first(g))))


@tpl
def t_lab_misheard_name():
    return ("yeah the lab called and asked for %s but i think they meant me, it's %s, they always mishear it" %
            (N(R.choice(['ann marie', 'fat ma', 'joe see', 'pre anka', 'key on a', 'shy anne'])), N(full())))


@tpl
def t_work_note_employer():
    return ("i need a work note for my boss %s, she wants it emailed to %s" %
            (N(full()), L('EMAIL', '%s at example dot com' % spell(last().replace(' ', '')[:8]))))


@tpl
def t_interpreter():
    g = grp()
    return ("hello i am interpreter for the family, patient is %s, mother is %s, she says the baby has fever since "
            "yesterday" % (N(full(g)), N(first(g))))


@tpl
def t_teen_caller():
    y, m, d = birth()
    return ("um hi so like my mom told me to call, i'm %s and my birthday's %s, i need like a copy of my shot record for camp" %
            (N(first()), L('DOB', say_date(2008 + R.randint(0, 4), m, d, R.choice(['m_digits', 'm_ord_yyyy', 'slash'])))))


@tpl
def t_elderly_rambling():
    y, m, d = birth()
    return ("well now let me see, i was born %s, back when my daddy had the farm, and the young man %s said you'd need "
            "that, is that right dear" % (L('DOB', say_date(R.randint(1928, 1940), m, d, R.choice(['the_of_yy', 'm_ord_yyyy', 'brit']))), N(first())))


@tpl
def t_group_vs_member():
    return ("group number is seven four two two, and member id is %s, and the plan is the gold one" %
            L('HEALTH_PLAN_ID', say_alnum(R.choice(['XQ', 'MV', 'ZH', 'K']) + nz_digits(9), R.choice(['words', 'raw']))))


@tpl
def t_subscriber_pieces():
    sid = nz_digits(9)
    return ("subscriber id, %s" % L('HEALTH_PLAN_ID', '%s, %s... %s' % (dw(sid[:3]), dw(sid[3:6]), dw(sid[6:]))) +
            " and then it says zero one after that for me")


@tpl
def t_home_health_visit_date():
    y, m, d = recent()
    return ("%s from the agency is coming %s to check the wound, can you send the orders before then" %
            (N(first()), L('DATE', say_day_month(m, d))))


@tpl
def t_two_doctors():
    return "i'm switching from doctor %s to doctor %s because she's closer to my house" % (N(last()), N(full()))


@tpl
def t_surname_only_answer():
    return "%s, like it sounds, and the first name is on the form already" % N(R.choice(ORD_LAST + GROUPS['slavic'][1][:200]))


@tpl
def t_nickname_staff():
    return "is %s working today, the tall guy, he knows my case, i don't remember his real name" % N(R.choice(['big mike', 'tiny', 'red', 'doc j', 'mister t']))


@tpl
def t_correction_name():
    g = grp()
    f1, f2 = first(g), first(g)
    return "this is %s, sorry, %s, my phone autocorrects, i'm calling for %s" % (N(f1), N(f2), N(full()))


@tpl
def t_fax_doctor_office():
    return ("the fax at doctor %s's office is %s, she never got the last one" % (N(last()), L('FAX', say_phone())))


@tpl
def t_fax_pieces():
    a, e, l = phone_parts()
    return "fax it to %s" % L('FAX', '%s um %s %s' % (a, e, l)) + ", the machine's in the back"


@tpl
def t_address_after_name():
    t, st, zp = town()
    return ("ship the supplies to %s %s %s %s %s" % (N(full()), L('ADDRESS', say_address()), L('LOCATION', t), st, L('ZIP', say_zip(zip5(zp)))))


@tpl
def t_address_correction():
    t, st, zp = town()
    h = say_house()
    return ("my address %s, no wait, %s in %s, i get those mixed up i used to live on the other one" %
            (L('ADDRESS', '%s %s' % (h, R.choice(STREETS))), L('ADDRESS', '%s %s' % (h, R.choice(STREETS))), L('LOCATION', t)))


@tpl
def t_zip_only():
    zp = zip5(town()[2])
    return "is there a covered provider near %s, that's my zip" % L('ZIP', say_zip(zp))


@tpl
def t_zip_plus4():
    zp = zip5(town()[2])
    return "zip is %s" % L('ZIP', '%s dash %s' % (dw(zp), dw(digits(4)))) + " the post office told me to always put the extra four"


@tpl
def t_town_name_like():
    t = R.choice([x for x in TOWNS if x[0] in ('hope', 'normal', 'mobile', 'hazard', 'independence', 'liberty',
                                                 'paradise', 'sugar land', 'orange', 'elizabeth', 'florence', 'charlotte',
                                                 'marion', 'augusta', 'tyler', 'eugene', 'warren', 'jackson')])
    return "we just moved from %s %s, do you take the insurance from over there" % (L('LOCATION', t[0]), t[1])


@tpl
def t_email_digits_words():
    f, l = first(), last()
    return ("you can reach me at %s" % L('EMAIL', '%s %s %s at example dot org' % (f.replace(' ', ''), l.replace(' ', ''), R.choice(['nineteen sixty two', 'one two three', 'eighty eight', '2 0 0 4']))))


@tpl
def t_voicemail():
    return ("yeah hi this message is for %s this is %s from the cardiology office please call us back at %s thank you" %
            (N(full()), N(first()), L('PHONE', say_phone())))


@tpl
def t_card_pieces():
    c = R.choice([x for x in CARDS if len(x) == 16])
    return ("card number is %s" % L('CREDIT_CARD', '%s %s... hold on... %s %s' % (dw(c[:4]), dw(c[4:8]), dw(c[8:12]), dw(c[12:]))))


@tpl
def t_dob_and_age():
    y = R.randint(1919, 1934)
    m, d = R.randint(1, 12), R.randint(1, 28)
    return ("she was born %s so that makes her %s" % (L('DOB', say_date(y, m, d, R.choice(['m_ord_yyyy', 'the_of_yy', 'mix']))),
                                                       L('AGE', w(2025 - y) if 2025 - y < 100 else 'a hundred and ' + w(2025 - y - 100))))


@tpl
def t_homophone_to_name():
    return "i need two talk to %s in billing four a minute, she knows about the payment plan" % N(first())


@tpl
def t_spelled_first_and_last():
    g = grp()
    f, l = first(g), last(g)
    return "first is %s last is %s" % (N(spell(f)), N(spell(l)))


# ---------------------------------------------------------------------------------------------
# turns without PHI, tricky: name-like words, homophones, misheard drugs, numbers that are no PHI
# ---------------------------------------------------------------------------------------------
NEGATIVES = [
    "yeah i need two refills four my inhaler and the lice in april, that's the blood pressure one, the ten milligram",
    "will you mark it as urgent please, the bill came and i can't pay it till june",
    "may i ask if the grant covers the hearing aids or is that just the glasses",
    "i hope so, i have faith in you guys, my sugar was two eighty this morning",
    "the rose garden entrance or the summit entrance which one's closer to radiology",
    "i'm allergic to penicillin and sulfa and i think also the brown rice they served me, i broke out in hives",
    "she wears a sterling silver bracelet and they told her to take it off for the m r i is that right",
    "the pharmacist said to take the eloquis twice a day with food but the label says once, which is it",
    "can you tell me what time the clinic opens on monday and if i need to fast for the blood work like no coffee",
    "my my left knee and my right shoulder are worse since march and the ibuprofen ain't doing nothing",
    "i'm eighty nine years old and i've never been treated like this by a receptionist",
    "the copay was forty five dollars last time and now it's sixty why did it go up in january",
    "is the walk in open on the fourth of july weekend or is it closed",
    "press one for pharmacy press two for billing, yeah i pressed two like four times and it sent me back to the main menu",
    "room five fourteen bed b the call light's been on for twenty minutes",
    "i take the jar dance in the morning and the oh zempic on sundays is it okay with grapefruit",
    "it's in the lower left quadrant like a sharp pain, scale of one to ten it's a seven, maybe a eight",
    "my blood pressure was one fifty two over ninety four at the pharmacy machine should i come in",
    "the frank answer is i forgot to take it for like three days, will that mess up the test",
    "the summit medical group or the grace clinic which one is in network for the silver plan",
    "i was on hold for ninety minutes yesterday and ninety one today, i counted",
    "we need a wheelchair at the main entrance the one by the parking garage level two",
    "can i get the covid booster and the flu shot the same day or do i wait two weeks",
    "the portal says my results are ready but it only shows the a one c, six point two, is that bad",
    "will the doctor call in something for the cough, it's been a week and i'm coughing up green stuff",
    "the dentist said i need a crown on number nineteen and a deep cleaning, does the plan cover that",
    "i'm calling about the bill the grand total was twelve hundred and the insurance only paid eight hundred",
    "tell them the van should come to the back door, the front steps got no ramp",
    "is the lab open saturday mornings i work monday through friday eight to five",
    "my hearing aid battery is size thirteen the orange tab ones do you sell them at the front",
    "the ninety day supply is cheaper through mail order can you switch it, the a tour of a statin, twenty milligrams",
    "is the faith building the one with the lab or is it the hope building, i always get lost",
    "i'll be there at quarter to ten i'm coming from work so maybe ten to ten",
    "my son is seven and he's got a fever of a hundred and two should i bring him in or go to the e r",
    "i been taking the glib is side with breakfast the five milligram and my sugar still high",
    "can you spell the medicine for me, is it p r e d n i s o n e, my daughter wants to look it up",
]

OPENERS = ['um ', 'yeah hi ', 'hello? ', 'okay so ', 'hi good morning ', 'uh yes ', 'hi there ', 'yeah um ',
           'right so ', 'hello hello ']
CLOSERS = [' thank you', ' okay', ' bye', " if that's alright", ' thanks hon', ' yeah']


def main():
    dfdir, outdir = sys.argv[1], sys.argv[2]
    build_names(dfdir)
    order = list(TEMPLATES) + R.sample(TEMPLATES, 220 - len(NEGATIVES) - len(TEMPLATES))
    texts = []
    for f in order:
        t = f()
        r = R.random()
        if r < 0.22:
            t = R.choice(OPENERS) + t
        elif r < 0.34:
            t = t + R.choice(CLOSERS)
        texts.append((True, ' '.join(t.split(' ')).replace('  ', ' ')))
    texts += [(False, n) for n in NEGATIVES]
    R.shuffle(texts)
    lines = ['%s%03d\t%s' % (PREFIX, i + 1, t) for i, (_, t) in enumerate(texts)]
    validate(lines)
    assert len({l.split('\t')[1] for l in lines}) == len(lines), 'duplicate text'
    for has, t in texts:
        assert bool(LABEL.search(t)) == has, t
    header = ('# %s: generated by masker-domain/src/test/scripts/holdout9_voice_dev2.py (seed %d) from Datafaker '
              '2.7.0 name lists (Apache-2.0; locales %s) and romanised names, ordinary-word names, nicknames, misheard '
              'names, streets and towns written for Masker; all PHI kinds labelled; development set; tuned on; every '
              'value invented.' % (FILE, SEED, ' '.join(USED_LOCALES)))
    with open(os.path.join(outdir, FILE), 'w', encoding='utf-8') as fh:
        fh.write(header + '\n')
        for l in lines:
            fh.write(l + '\n')
    counts = {}
    for l in lines:
        for k, _ in LABEL.findall(l):
            counts[k] = counts.get(k, 0) + 1
    print('lines', len(lines), 'without PHI', len(NEGATIVES), 'templates', len(TEMPLATES))
    print(' '.join('%s=%d' % kv for kv in sorted(counts.items())), 'total', sum(counts.values()))


if __name__ == '__main__':
    main()
