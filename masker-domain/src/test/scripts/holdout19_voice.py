#!/usr/bin/env python3
"""Nineteenth held-out evaluation set for Masker: caller turns of real calls of every kind.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
190193). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0): en-US holds no name
lists of its own, so the base `en` lists (en/name.yml) stand in for it, and nl-BE holds none either,
so `nl` stands in for it; de, cs-CZ, es-AR, en-SG, en-NG and fr-CA are used as they are. Given names
and surnames are combined at random so no real person is meant, diacritics are dropped as
speech-to-text drops them, female and male given names (en, de, cs-CZ, en-SG and invented lists,
Czech feminine surnames for women) are kept apart where a pronoun follows, the ungendered lists
(es-AR, en-NG, nl, fr-CA) are used only where none does, and invented and ordinary-word names,
streets and towns written here are added.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df19
    python3 masker-domain/src/test/scripts/holdout19_voice.py [/tmp/df19]

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

SEED = 190193
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-holdout19.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df19'
TOTAL = 280
PHI_FREE = 42
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}


# ---------------------------------------------------------------- names from Datafaker
def plain(s):
    s = s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('ø', 'o')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().strip()
    s = re.sub(r'\s+', ' ', s)
    return s if re.fullmatch(r"[a-z][a-z' -]*[a-z]", s) else None


def load(fname, key):
    path = os.path.join(DF, fname)
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for i, line in enumerate(lines):
        m = re.match(r'^(\s+)' + re.escape(key) + r':\s*(.*)$', line)
        if not m:
            continue
        rest = m.group(2)
        rest = re.sub(r'^&\w+\s*', '', rest)
        items = []
        if rest.startswith('[') or (not rest and i + 1 < len(lines) and lines[i + 1].strip().startswith('[')):
            buf, j = rest, i
            while ']' not in buf:
                j += 1
                buf += ' ' + lines[j]
            items = buf[buf.index('[') + 1:buf.index(']')].split(',')
        elif not rest:
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith('- '):
                items.append(lines[j].strip()[2:])
                j += 1
        out = []
        for it in items:
            it = it.strip().strip('"').strip("'")
            if '#{' in it:
                continue
            p = plain(it)
            if p and len(p) > 1 and p not in ('dvnis', 'lg', 'scc', 'ne', 'de', 'da', 'van', 'von', 'co'):
                out.append(p)
        if out:
            return sorted(set(out))
    sys.exit('no list %s in %s' % (key, fname))


try:
    EN_F, EN_M, EN_S = load('en/name.yml', 'female_first_name'), load('en/name.yml', 'male_first_name'), \
        load('en/name.yml', 'last_name')
    DE_F, DE_M, DE_S = load('de.yml', 'female_first_name'), load('de.yml', 'male_first_name'), load('de.yml', 'last_name')
    CS_F, CS_M = load('cs-CZ.yml', 'female_first_name'), load('cs-CZ.yml', 'male_first_name')
    CS_SF, CS_SM = load('cs-CZ.yml', 'female_last_name'), load('cs-CZ.yml', 'male_last_name')
    SG_F = load('en-SG.yml', 'female_first_name') + load('en-SG.yml', 'female_english_name')
    SG_M = load('en-SG.yml', 'male_first_name') + load('en-SG.yml', 'male_english_name')
    SG_S = load('en-SG.yml', 'last_name')
    AR_G, AR_S = load('es-AR.yml', 'first_name'), load('es-AR.yml', 'last_name')
    NG_G, NG_S = load('en-NG.yml', 'first_name'), load('en-NG.yml', 'last_name')
    NL_G, NL_S = load('nl.yml', 'first_name'), load('nl.yml', 'last_name')
    FC_G, FC_S = load('fr-CA.yml', 'first_name'), load('fr-CA.yml', 'last_name')
    CS_F = [x for x in CS_F if x != 'honza']  # a man's name filed among the women's in 2.7.0
except OSError as e:
    sys.exit('unzip the Datafaker jar first (see docstring): %s' % e)

# invented given names and surnames, ordinary-word names
INV_F = ['marlissa', 'tovah', 'quenby', 'aderyn', 'zorya', 'ottilie', 'brisa', 'jessamy', 'neveah', 'ilsabet']
INV_M = ['torvald', 'cassius', 'brennick', 'dashiell', 'okello', 'renzo', 'thaddeus', 'lachlan', 'emrys', 'osgood']
INV_S = ['pellworth', 'drummage', 'van der kloet', "o'shandry", 'de la fuentevilla', 'brackwater',
         'hallisey', 'kowtalski', 'tremblath', 'okonkwo-vale', 'marchetti-dunn', 'vandersloot', 'quarrie']
ORD_F = ['june', 'hope', 'grace', 'dawn', 'faith', 'joy', 'april', 'ivy', 'ruby', 'summer', 'holly', 'may']
ORD_M = ['will', 'bill', 'art', 'ray', 'rusty', 'mark', 'grant', 'hunter', 'buck', 'chase', 'sonny', 'pat']
ORD_S = ['stone', 'baker', 'frost', 'rivers', 'king', 'young', 'wells', 'fields', 'parker', 'hill', 'little',
         'march', 'bishop', 'love']


def pick(*lists):
    w = [len(x) for x in lists]
    lst = R.choices(lists, weights=[min(x, 60) for x in w])[0]
    return R.choice(lst)


def given_f():
    return pick(EN_F, DE_F, CS_F, SG_F, INV_F, ORD_F)


def given_m():
    return pick(EN_M, DE_M, CS_M, SG_M, INV_M, ORD_M)


def given_any():
    return pick(AR_G, NG_G, NL_G, FC_G, EN_F, EN_M, INV_F, INV_M)


def surname(g=None):
    if g == 'f' and R.random() < 0.12:
        return R.choice(CS_SF)
    if g == 'm' and R.random() < 0.12:
        return R.choice(CS_SM)
    return pick(EN_S, DE_S, SG_S, AR_S, NG_S, NL_S, FC_S, INV_S, ORD_S)


# ---------------------------------------------------------------- numbers said out
ONES = 'zero one two three four five six seven eight nine'.split()
TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ')
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth',
       9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth', 14: 'fourteenth',
       15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth', 19: 'nineteenth', 20: 'twentieth',
       30: 'thirtieth'}
MONTHS = 'january february march april may june july august september october november december'.split()
MON3 = 'jan feb mar apr may jun jul aug sept oct nov dec'.split()


def n2w(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' and ' + n2w(n % 100))
    raise ValueError(n)


def ordw(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + ' ' + ORD[n % 10]


def dig(d):
    return 'oh' if d == '0' and R.random() < 0.7 else ONES[int(d)]


def say(s, dbl=True):
    """digits said one by one, with 'double' and 'triple' now and then"""
    s = re.sub(r'\D', '', s)
    out, i = [], 0
    while i < len(s):
        if dbl and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.7:
            out.append('triple ' + dig(s[i]))
            i += 3
        elif dbl and i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.6:
            out.append('double ' + dig(s[i]))
            i += 2
        else:
            out.append(dig(s[i]))
            i += 1
    return ' '.join(out)


def say_grouped(groups):
    return ' '.join(say(g) for g in groups)


def year_w(y):
    if y >= 2000:
        return R.choice(['two thousand' + ('' if y == 2000 else ' and ' + n2w(y - 2000)) if y < 2010 else
                         'twenty ' + n2w(y - 2000)])
    a, b = divmod(y, 100)
    return n2w(a) + ' ' + (('oh ' + ONES[b]) if b < 10 else n2w(b))


def rd(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def rl(n, alphabet='ABCDEFGHJKLMNPRSTUVWXYZ'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def luhn_check(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- value generators -> (kind, text)
def g_fullf():
    g = given_f()
    return 'NAME', g + ' ' + surname('f')


def g_fullm():
    return 'NAME', given_m() + ' ' + surname('m')


def g_full():
    return 'NAME', given_any() + ' ' + surname()


def g_rev():
    return 'NAME', surname() + R.choice([', ', ' ']) + given_any()


STREET_NAMES = ['pellham ridge', 'old quarry', 'tamsworth', 'juniper hollow', 'bexley', 'cinder mill', 'harrowgate',
                'larkspur', 'sable point', 'wickersham', 'orchard gate', 'tallow creek', 'fenwick', 'ninth',
                'church', 'union', 'hope', 'liberty', 'kestrel', 'brambleton', 'wendover', 'copperfield', 'ash',
                'saltmarsh', 'twelfth', 'greystone', 'marrowbone', 'pinecrest']
STREET_TYPES = ['street', 'road', 'lane', 'avenue', 'drive', 'court', 'way', 'boulevard', 'place', 'terrace',
                'circle', 'st', 'rd', 'ave', 'ln']
TOWNS = ['millbrook falls', 'east tarrow', 'pellington', 'harmony', 'liberty', 'cedar bend', 'port alden',
         'new fenwick', 'grayling', 'fort maddox', 'lake verona', 'brisco junction', 'oak hollow',
         'south kettering', 'wrenfield', 'dunmore heights', 'paradise', 'hope', 'tamsbury', 'north ellery',
         'glen corra', 'westhaven mills', 'crowley springs', 'bellmont', 'ashby fork', 'mount calder',
         'quarry hill', 'sutter crossing', 'lindale', 'orrington']
STATES = ['ohio', 'texas', 'maine', 'oregon', 'georgia', 'iowa', 'new mexico', 'vermont', 'kentucky', 'arizona']


def housenum():
    n = R.randint(3, 9899)
    r = R.random()
    if r < 0.45:
        return str(n)
    if n >= 100 and r < 0.8:
        a, b = divmod(n, 100)
        return n2w(a) + ' ' + (('oh ' + ONES[b]) if b < 10 else n2w(b) if b else 'hundred')
    return n2w(n % 1000) if n % 1000 else 'nine'


def street():
    return R.choice(STREET_NAMES) + ' ' + R.choice(STREET_TYPES)


def g_addr():
    return 'ADDRESS', housenum() + ' ' + street()


def g_addrunit():
    u = R.choice(['apartment ' + R.choice(['3b', 'two c', '12', 'four', '7a', 'one oh six']),
                  'unit ' + R.choice(['9', 'fourteen', '2f', '310']), 'apt ' + str(R.randint(1, 40)),
                  '#' + str(R.randint(2, 30)), 'lot ' + n2w(R.randint(2, 60)), 'suite ' + str(R.randint(100, 420))])
    return 'ADDRESS', housenum() + ' ' + street() + ' ' + u


def g_pobox():
    n = rd(R.choice([3, 4]))
    return 'ADDRESS', R.choice(['po box ' + n, 'p o box ' + say(n), 'PO Box ' + n, 'post office box ' + say(n)])


def g_rr():
    return 'ADDRESS', R.choice(['rural route ' + n2w(R.randint(1, 9)) + ' box ' + say(rd(3)),
                                'rr ' + str(R.randint(1, 9)) + ' box ' + rd(2),
                                'county road ' + str(R.randint(10, 400)),
                                housenum() + ' county road ' + n2w(R.randint(2, 90))])


def g_town():
    return 'LOCATION', R.choice(TOWNS)


def zipraw():
    return str(R.randint(1, 99)).zfill(2) + rd(3) if R.random() < 0.5 else str(R.randint(10, 99)) + rd(3)


def g_zip():
    z = zipraw()
    return 'ZIP', z if R.random() < 0.6 else say(z)


def g_zip4():
    z, p = zipraw(), rd(4)
    return 'ZIP', R.choice([z + '-' + p, say(z) + ' dash ' + say(p), z + '-' + p])


def date_shape(y, m, d, spoken_only=False):
    shapes = [
        lambda: MONTHS[m - 1] + ' ' + ordw(d) + ' ' + year_w(y),
        lambda: 'the ' + ordw(d) + ' of ' + MONTHS[m - 1] + ' ' + year_w(y),
        lambda: MONTHS[m - 1] + ' ' + n2w(d) + ' ' + year_w(y),
        lambda: ordw(d) + ' of ' + MONTHS[m - 1] + ' ' + year_w(y),
        lambda: say('%02d%02d%02d' % (m, d, y % 100), dbl=False),
        lambda: MONTHS[m - 1] + ' ' + ordw(d) + ' ' + "'" + ('%02d' % (y % 100)),
    ]
    if not spoken_only:
        shapes += [
            lambda: '%d/%d/%d' % (m, d, y),
            lambda: '%02d-%02d-%d' % (m, d, y),
            lambda: '%d-%02d-%02d' % (y, m, d),
            lambda: '%02d.%02d.%d' % (d, m, y),
            lambda: '%s %d %d' % (MON3[m - 1], d, y),
            lambda: '%s %d%s %d' % (MONTHS[m - 1], d, 'th' if 4 <= d <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'), y),
        ]
    return R.choice(shapes)()


def g_dob():
    return 'DOB', date_shape(R.randint(1926, 2019), R.randint(1, 12), R.randint(1, 28))


def g_dobold():
    return 'DOB', date_shape(R.randint(1917, 1935), R.randint(1, 12), R.randint(1, 28))


def g_date():
    y, m, d = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)
    r = R.random()
    if r < 0.25:
        return 'DATE', R.choice([MONTHS[m - 1] + ' ' + ordw(d), 'the ' + ordw(d) + ' of ' + MONTHS[m - 1],
                                 '%d/%d' % (m, d), MONTHS[m - 1] + ' ' + str(d)])
    if r < 0.4:
        return 'DATE', R.choice([MONTHS[m - 1] + ' ' + year_w(y), MONTHS[m - 1].capitalize() + ' ' + str(y),
                                 MONTHS[m - 1] + ' of ' + year_w(y)])
    return 'DATE', date_shape(y, m, d)


def g_age():
    a = R.randint(90, 106)
    return 'AGE', R.choice([n2w(a), n2w(a), str(a), n2w(a).replace(' ', '-') if a < 100 else str(a),
                            ('a hundred and ' + n2w(a - 100)) if a > 100 else n2w(a)])


def g_youngage():
    return None, R.choice([n2w(R.randint(18, 89)), str(R.randint(18, 89))])


def na_phone():
    area = str(R.randint(2, 9)) + rd(1) + str(R.randint(0, 9))
    if area[1:] == '11':
        area = area[0] + '12'
    line = '01' + rd(2)
    return area, line


def phone_text(ext=False):
    r = R.random()
    if r < 0.6:
        a, l = na_phone()
        shapes = [lambda: say(a + '555' + l), lambda: '(%s) 555-%s' % (a, l), lambda: '%s-555-%s' % (a, l),
                  lambda: '%s.555.%s' % (a, l), lambda: '+1 %s 555 %s' % (a, l),
                  lambda: 'plus one ' + say(a + '555' + l), lambda: '1-%s-555-%s' % (a, l),
                  lambda: say(a) + ' five five five ' + say(l, dbl=False)]
        t = R.choice(shapes)()
    elif r < 0.8:
        tail = rd(3)
        if R.random() < 0.6:
            t = R.choice(['07700 900' + tail, '+44 7700 900' + tail, say('07700900' + tail),
                          'plus four four ' + say('7700900' + tail)])
        else:
            t = R.choice(['01632 960' + tail, '+44 1632 960' + tail, say('01632960' + tail)])
    else:
        tail = rd(3)
        t = R.choice(['0491 570 ' + tail, '+61 491 570 ' + tail, say('0491570' + tail),
                      'plus six one ' + say('491570' + tail)])
    if ext:
        e = str(R.randint(10, 899))
        t += R.choice([' ext. ' + e, ' extension ' + say(e, dbl=False), ' x' + e, ' ext ' + n2w(int(e) % 100 or 12)])
    return t


def g_phone():
    return 'PHONE', phone_text()


def g_phoneext():
    return 'PHONE', phone_text(True)


def g_fax():
    return 'FAX', phone_text()


EMAIL_DOM = ['example.com', 'example.org', 'example.net']


def g_email():
    u = re.sub(r"[^a-z]", '', given_any())[:R.randint(1, 7)]
    s = re.sub(r"[^a-z]", '', surname())
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ''
    dom = R.choice(EMAIL_DOM)
    sep = R.choice(['.', '_', ''])
    r = R.random()
    if r < 0.35:
        return 'EMAIL', u + sep + s + num + '@' + dom
    if r < 0.75:
        sp = {'.': ' dot ', '_': ' underscore ', '': ' '}[sep] if sep else ''
        nums = (' ' + (n2w(int(num)) if R.random() < 0.5 else say(num))) if num else ''
        return 'EMAIL', u + sp + s + nums + ' at ' + dom.replace('.', ' dot ')
    return 'EMAIL', ' '.join(u + s) + ' at ' + dom.replace('.', ' dot ')


def mbi():
    A = 'ACDEFGHJKMNPQRTUVWXY'
    AN = A + '0123456789'
    return (str(R.randint(1, 9)) + R.choice(A) + R.choice(AN) + rd(1) + R.choice(A) + R.choice(AN) + rd(1)
            + R.choice(A) + R.choice(A) + rd(2))


def g_mbi():
    m = mbi()
    r = R.random()
    if r < 0.4:
        return 'HEALTH_PLAN_ID', m
    if r < 0.6:
        return 'HEALTH_PLAN_ID', m[:4] + '-' + m[4:7] + '-' + m[7:]
    return 'HEALTH_PLAN_ID', ' '.join(c.lower() if c.isalpha() else dig(c) for c in m)


def g_member():
    r = R.random()
    if r < 0.3:
        return 'HEALTH_PLAN_ID', rl(3) + rd(9)
    if r < 0.55:
        return 'HEALTH_PLAN_ID', ' '.join(rl(R.choice([1, 3])).lower()) + ' ' + say(rd(8))
    if r < 0.75:
        return 'HEALTH_PLAN_ID', rl(1) + rd(4) + ' ' + rd(5)
    return 'HEALTH_PLAN_ID', say(rd(R.choice([9, 10, 11])))


def g_medicaid():
    return 'HEALTH_PLAN_ID', R.choice([rd(4) + ' ' + rd(4) + ' ' + rd(2), say(rd(10)), rl(2) + rd(5) + rl(1),
                                       ' '.join(rl(2).lower()) + ' ' + say(rd(5)) + ' ' + rl(1).lower()])


def g_mrn():
    return 'MRN', R.choice([rd(7), rd(8), say(rd(7)), rl(1) + rd(7), rd(2) + '-' + rd(5), say(rd(6)),
                            ' '.join(rl(2).lower()) + ' ' + say(rd(6))])


def g_case():
    return 'MRN', R.choice([rd(4) + '-' + rd(4), rl(2) + '-' + rd(6), say(rd(8)), rd(2) + rl(1) + rd(5)])


def g_acct():
    return 'ACCOUNT', R.choice([rd(9), rd(4) + '-' + rd(4) + '-' + rd(2), say(rd(10)), rd(3) + ' ' + rd(3) + ' ' + rd(4),
                                say(rd(8)), rl(1) + rd(8)])


def ssn_raw():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d' % a, '%02d' % R.randint(1, 99), '%04d' % R.randint(1, 9999)


def g_ssn():
    a, g, s = ssn_raw()
    return 'SSN', R.choice([a + '-' + g + '-' + s, a + ' ' + g + ' ' + s, say(a + g + s), say(a) + ' ' + say(g) + ' ' + say(s),
                            a + g + s])


def g_dl():
    return 'LICENSE', R.choice([rl(1) + rd(3) + '-' + rd(4) + '-' + rd(4), rl(1) + rd(7), rd(9), rl(1) + rd(12),
                                rl(1).lower() + ' ' + say(rd(7)), rd(3) + ' ' + rd(3) + ' ' + rd(3)])


def npi():
    body = R.choice('12') + rd(8)
    return body + luhn_check('80840' + body)


def g_npi():
    n = npi()
    return 'LICENSE', n if R.random() < 0.55 else say(n)


def dea(initial):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice('ABFMG') + initial.upper() + ''.join(map(str, d)) + str(c)


def g_dea():
    s = surname()
    dn = dea(s[0])
    return 'LICENSE', dn if R.random() < 0.6 else ' '.join(c.lower() if c.isalpha() else ONES[int(c)] for c in dn)


def g_proflic():
    return 'LICENSE', R.choice([rl(2) + rd(6), rd(6), rl(2) + '-' + rd(5), say(rd(6))])


def g_plate():
    r = R.random()
    if r < 0.4:
        return 'VEHICLE_ID', R.choice([rd(1) + rl(3) + rd(3), rl(3) + ' ' + rd(4), rl(3) + '-' + rd(3)])
    p = rl(3) + rd(4)
    return 'VEHICLE_ID', ' '.join(p[:3].lower()) + ' ' + say(p[3:])


VIN_T = {c: v for c, v in zip('ABCDEFGH', range(1, 9))}
VIN_T.update({c: v for c, v in zip('JKLMN', range(1, 6))})
VIN_T.update({'P': 7, 'R': 9})
VIN_T.update({c: v for c, v in zip('STUVWXYZ', range(2, 10))})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = [R.choice(al) for _ in range(17)]
    v[9] = R.choice('LMNPRST')
    for i in range(11, 17):
        v[i] = R.choice('0123456789')
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    v[8] = 'X' if tot % 11 == 10 else str(tot % 11)
    return ''.join(v)


def g_vin():
    v = vin()
    return 'VEHICLE_ID', v if R.random() < 0.7 else v.lower()


def g_serial():
    return 'DEVICE_ID', R.choice([rl(2) + rd(6), rd(3) + rl(1) + '-' + rd(5), rl(3) + rd(4) + rl(2) + rd(2),
                                  ' '.join(rl(2).lower()) + ' ' + say(rd(6)), rd(2) + '-' + rd(4) + '-' + rd(4)])


def g_imei():
    body = R.choice(['35', '86', '01', '49']) + rd(12)
    im = body + luhn_check(body)
    return 'DEVICE_ID', R.choice([im, im[:2] + ' ' + im[2:8] + ' ' + im[8:14] + ' ' + im[14], say(im)])


CARDS = ['4111111111111111', '4012888888881881', '5555555555554444', '5105105105105100', '378282246310005',
         '371449635398431', '6011111111111117', '6011000990139424', '3530111333300000', '4242424242424242']


def g_card():
    c = R.choice(CARDS)
    r = R.random()
    if r < 0.35:
        return 'CREDIT_CARD', ' '.join(c[i:i + 4] for i in range(0, len(c), 4)) if len(c) == 16 else c[:4] + ' ' + c[4:10] + ' ' + c[10:]
    if r < 0.5:
        return 'CREDIT_CARD', c if len(c) != 16 else '-'.join(c[i:i + 4] for i in range(0, 16, 4))
    return 'CREDIT_CARD', ' '.join(say(c[i:i + 4]) for i in range(0, len(c), 4))


IBANS = ['DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
         'ES9121000418450200051332', 'BE68539007547034', 'CH9300762011623852957', 'AT611904300234573201',
         'IT60X0542811101000000123456']


def g_iban():
    b = R.choice(IBANS)
    r = R.random()
    if r < 0.45:
        return 'IBAN', ' '.join(b[i:i + 4] for i in range(0, len(b), 4))
    if r < 0.7:
        return 'IBAN', b
    return 'IBAN', ' '.join(c.lower() if c.isalpha() else ONES[int(c)] for c in b)


def g_ip():
    r = R.random()
    if r < 0.2:
        return 'IP_ADDRESS', '2001:db8:' + ':'.join('%x' % R.randint(0, 65535) for _ in range(2)) + '::' + '%x' % R.randint(1, 4095)
    a = R.choice(['192.168.%d.%d' % (R.randint(0, 20), R.randint(2, 250)), '10.%d.%d.%d' % (R.randint(0, 80), R.randint(0, 255), R.randint(2, 250)),
                  '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250)),
                  '192.0.2.%d' % R.randint(2, 250), '198.51.100.%d' % R.randint(2, 250), '203.0.113.%d' % R.randint(2, 250)])
    if R.random() < 0.35:
        return 'IP_ADDRESS', ' dot '.join(n2w(int(x)) if R.random() < 0.5 else say(x, dbl=False) for x in a.split('.'))
    return 'IP_ADDRESS', a


def g_url():
    s = re.sub(r'[^a-z]', '', surname())
    dom = R.choice(EMAIL_DOM)
    path = R.choice(['/u/' + s + str(R.randint(1, 99)), '/portal/' + s, '/pay/' + rd(6), '/records/' + s + '-' + rd(3),
                     '/p/' + rd(5), '/family/' + s])
    if R.random() < 0.3:
        return 'URL', dom.replace('.', ' dot ') + ' slash ' + path.strip('/').replace('/', ' slash ').replace('-', ' dash ')
    return 'URL', R.choice(['', 'www.', 'https://']) + dom + path


# unlabelled fillers for PHI-free turns and context
def u(vals):
    return lambda: (None, R.choice(vals))


GEN = {
    'fullf': g_fullf, 'fullm': g_fullm, 'full': g_full, 'rev': g_rev,
    'gf': lambda: ('NAME', given_f()), 'gm': lambda: ('NAME', given_m()), 'g': lambda: ('NAME', given_any()),
    'sur': lambda: ('NAME', surname()), 'ordf': lambda: ('NAME', R.choice(ORD_F)), 'ordm': lambda: ('NAME', R.choice(ORD_M)),
    'addr': g_addr, 'addru': g_addrunit, 'pobox': g_pobox, 'rr': g_rr, 'town': g_town, 'zip': g_zip, 'zip4': g_zip4,
    'dob': g_dob, 'dobold': g_dobold, 'date': g_date, 'age': g_age, 'phone': g_phone, 'phonex': g_phoneext, 'fax': g_fax, 'email': g_email,
    'mbi': g_mbi, 'member': g_member, 'medicaid': g_medicaid, 'mrn': g_mrn, 'case': g_case, 'acct': g_acct,
    'ssn': g_ssn, 'dl': g_dl, 'npi': g_npi, 'dea': g_dea, 'prof': g_proflic, 'plate': g_plate, 'vin': g_vin,
    'serial': g_serial, 'imei': g_imei, 'card': g_card, 'iban': g_iban, 'ip': g_ip, 'url': g_url,
    # unlabelled
    'young': g_youngage, 'state': u(STATES),
    'year': lambda: (None, year_w(R.randint(1932, 1959))),
    'l4': lambda: (None, R.choice([say(rd(4)), rd(4), n2w(R.randint(10, 99)) + ' ' + n2w(R.randint(10, 99))])),
    'wk': u(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
    'month': u(MONTHS),
    'dose': u(['ten milligrams', '25 mg', 'five hundred milligrams', 'point five mg', 'twenty units', '81 mg',
               'two puffs', 'forty milligrams', '0.125 mg', 'fifteen mils']),
    'time': u(['two thirty', '9:45', 'ten am', 'quarter past four', 'eleven fifteen', '3 pm', 'noon', 'seven o clock']),
    'room': u(['room four twelve', 'bed two', 'room 318', 'suite b', 'bay six']),
    'price': u(['forty two dollars', '$118.60', 'two hundred and ten dollars', '$35', 'nineteen ninety nine']),
    'count': u(['three', 'six', 'twelve', 'two', 'eight', 'ten']),
    'group': lambda: (None, R.choice(['group number ' + say(rd(6)), 'group 44' + rd(3), 'group number ' + rd(5)])),
    'claim': lambda: (None, R.choice(['claim number ' + rd(10), 'claim ' + say(rd(9)), 'claim number ' + rl(2) + rd(8)])),
    'bp': u(['one forty over ninety', '128 over 84', 'one sixty two over ninety five', '110/70']),
    'sugar': u(['two eighty', '145', 'ninety eight', 'three hundred and twelve']),
}

# ---------------------------------------------------------------- templates
PHI_T = [
    # pharmacy / refills
    "hi yes um this is {fullf} i'm calling about my refill the lisinopril my date of birth is {dob}",
    "calling for a refill for my husband {fullm} uh his birthday is {dob} he's out of the metformin",
    "yeah it's {gm} {sur} i need my inhaler refilled the pharmacy on {addr} never got it",
    "um the prescription was sent by doctor {sur} and her dea is {dea} the pharmacist said it didn't go through",
    "this is the pharmacy calling back the npi we have for doctor {sur} is {npi} is that still right",
    "okay so i'm {fullf.a} the last name is {spell.a} no wait i spelled that wrong hang on",
    "refill for {rev} born {dob} the blood pressure pills please same as last time",
    "hi i'm calling on behalf of my mother {fullf} she's {age} and she can't hear too well on the phone",
    "it's for my dad {gm} he's {age} years old and the delivery guy keeps leaving it at the wrong door it's {addru}",
    "my grandmother turned {age} last month and she needs the pill packs mailed to {pobox} {town} {zip}",
    # appointments
    "i need to reschedule my appointment from {date} to sometime the week after with doctor {sur}",
    "yeah hi my name's {fullm} i had an appointment {date} and nobody called me back about the mri",
    "can i move my daughter {gf}'s cleaning from {date} she has a school thing that day",
    "this is {g} calling for my son {fullm} he was seen on {date} for the ankle and they said come back in two weeks",
    "my appointment is on {date} at {time} and i just wanna confirm it's with {gf} the hygienist",
    "um hello it's uh {cut.a} sorry {fullf.a} i had the eye exam on {date} and my glasses still aren't ready",
    "i'm calling for an appointment for {fullm} date of birth {dob} he's a new patient",
    "the physical therapy for {fullf} she had her knee replaced {date} and the referral should be there already",
    "hi this is {ordf} {sur} i wanted to book an intake for counseling my birthday is {dob}",
    "yes i'm calling for {ordm} {sur} his mri is {date} and he needs a ride both ways",
    # billing
    "i got a bill for {price} and my account number is {acct} and i already paid it in {month}",
    "hi um billing i'm looking at a statement for {fullf} account {acct} and the date of service says {date} but she wasn't even there",
    "i want to pay with my card it's {card} expiry oh four twenty nine",
    "okay the card number is {card} and the name on the card is {fullm}",
    "the bank said to give you the iban it's {iban} for the refund to my account back home",
    "my patient account is {acct} and i think i was charged twice for the same visit on {date}",
    "can you send the refund to {iban} that's my account overseas under {fullf}",
    "the guarantor on the account is me {fullm} and my social is {ssn}",
    "i'm disputing a charge the {claim} from {date} my member id is {member}",
    "you charged my visa {card} twice i have the two receipts right here",
    # insurance
    "yeah my member id is {member} and the {group} and i'm trying to see if my physical therapy is covered",
    "my medicare number is {mbi} and i need to know if the wheelchair is covered",
    "my mom's medicare number is uh {mbi} she's {age} born {dobold} and lives with me now",
    "her medicaid number is {medicaid} and she was admitted on {date}",
    "medicaid id {medicaid} for {fullf} the caseworker said it was reinstated",
    "the policy number is {member} and the subscriber is my wife {fullf}",
    "subscriber id {member} date of birth {dob} and the subscriber's name is {fullm}",
    "i'm the policyholder {full} and the member id on the card is {member} i think it's a new card",
    "it's {mbi} that's the medicare number um the new one not the one with the social",
    "uh my social is {ssn} i don't have the card with me sorry",
    # lab results
    "calling about my lab results from {date} my chart number is {mrn}",
    "hi i'm {fullm} and i'm waiting on my a1c it was drawn on {date} my birthday {dob}",
    "my medical record number is {mrn} and i'd like the results sent to my email {email}",
    "the lab called me at {phone} about a redraw but i didn't catch who it was",
    "yeah i'm calling about the biopsy for {fullf} her record number is {mrn} and she had it done {date}",
    "can you fax the results to my doctor the fax is {fax} attention {gf}",
    "please fax it to {fax} that's doctor {sur} office in {town}",
    "the patient id on the lab slip is {mrn} and the name is {rev}",
    "can you email the results to {email} i'm out of the country till {month}",
    "case number {case} that's what the social worker gave me for my uncle {fullm}",
    # transport
    "i need a ride to dialysis for {fullm} pickup at {addru} in {town} at {time}",
    "the driver {gm} never showed up i was waiting outside {addr} for an hour",
    "it's a gray van plate number {plate} and the driver was really rude",
    "the car that picked me up had the plate {plate} and i left my cane in the back",
    "my wheelchair van the vin is {vin} and the lift broke again",
    "we're at {addr} {town} {zip} the ride should be for {fullf} she uses a walker",
    "pick up address is {rr} out past {town} the driver always gets lost",
    "i'm calling for a ride for {g} {sur} to the clinic on {date} the address is {addru}",
    "the ride for my neighbor {fullf} she's {age} and lives at {addr} you can call me at {phone}",
    "my license plate is {plate} i need the parking validated for the appointment",
    # home health / hospice / DME
    "the nurse {gf} came out to {addru} on {date} and said she'd be back but she hasn't",
    "my father {fullm} is on hospice he's {age} and the aide didn't come today",
    "this is {fullf} i'm the hospice nurse for {fullm} you can reach me at {phonex}",
    "the oxygen concentrator serial number is {serial} and it's beeping all night",
    "his cpap is making a noise the serial on the bottom says {serial}",
    "the glucose meter the device id is {serial} and it keeps giving error five",
    "her insulin pump serial {serial} we need a replacement shipped to {addr} {town} {zip4}",
    "the phone they gave us for the monitoring the imei is {imei} and it won't connect",
    "the tablet for the telehealth visits has imei {imei} can you reset it",
    "um the home monitor's ip address is {ip} if that helps the tech",
    # mental health intake
    "hi i'm calling to do an intake for myself my name is {fullm} and my number is {phone}",
    "i'm calling for my daughter {gf} she's been having a really hard time since {date}",
    "my therapist was {gf} {sur} and she left and i need someone new",
    "the counselor said call back and give my case number {case} and my date of birth {dob}",
    "this is {ordm} from the crisis line following up on {fullf} can she call me at {phone}",
    # wrong numbers / neighbours / agencies
    "sorry i think i got the wrong number i was trying to reach {fullf} at {phone}",
    "i'm the neighbor of {fullm} at {addr} i haven't seen him in three days and nobody answers",
    "this is {fullf} from the county aging office calling about {fullm} date of birth {dob}",
    "hi i'm calling from the agency on behalf of {rev} her medicaid is {medicaid}",
    "i'm a social worker calling for {fullm} his address is {addru} {town} {zip} and he has no phone",
    "my neighbor {ordf} asked me to call she's {age} and can't find her pills",
    "i'm the caregiver for {fullf} i live with her at {addr} in {town} and she's got a fever",
    "hello i'm calling for my aunt {gf} {sur} she's in {state} visiting and she lost her insurance card the member number is {member}",
    # callers abroad
    "hi i'm calling from london my mobile is {phone} my mum {fullf} is your patient",
    "i'm in sydney at the moment you can ring me on {phone} about my dad {gm}",
    "calling from abroad my number is {phone} and i need my records sent to {email}",
    "this is {fullm} i'm in spain the bank details for the refund are {iban}",
    "i'm overseas and can't log in the portal is {url} and it says my ip {ip} is blocked",
    # email / url / ip
    "my email is {email} can you send the forms there",
    "send it to {email} sorry that's {email} i gave you the old one",
    "it's {email} and the name is {gf} {sur.b} last name {spell.b}",
    "i set up the family page at {url} so my brothers can see the updates on {fullm}",
    "the payment link you texted me {url} doesn't open",
    "the portal shows my login from {ip} and that's not me",
    "the it guy said my home router is {ip} and the portal still won't take my account {acct}",
    "my son set up the camera for grandpa {gm} the ip is {ip} and he's {age} so he can't do it himself",
    "the after visit summary for {fullf} is posted at {url} but it asks for her date of birth {dob}",
    "you can see my husband's page at {url} it has all his meds",
    "for the overseas insurer they want the iban of the clinic no wait mine it's {iban} under {fullm}",
    "i live in the netherlands now so the reimbursement goes to {iban} and my email is {email}",
    "the transfer from {iban} bounced my name on that account is {rev}",
    "my daughter {gf} is paying for my glasses on her mastercard {card} and she's on the line too",
    "for the hospice donation in memory of {fullm} put it on {card} please",
    # licence
    "my driver's license number is {dl} i need it for the id check",
    "i'm the new home health aide my license number is {prof} and my name is {fullf}",
    "the doctor's npi is {npi} and the dea is {dea} the pharmacy needs both",
    "for the form it's my driver license {dl} and date of birth {dob}",
    "doctor {sur} npi {npi} she's the one who signed the order",
    "my nursing license is {prof} and i'm calling about the patient {fullm}",
    "licence number {dl} and the plate on the car is {plate} for the disability parking",
    # addresses
    "we moved the new address is {addru} in {town} zip code {zip}",
    "my mailing address is {pobox} {town} {state} {zip4}",
    "i'm at {rr} the mail doesn't come to the house so use the box",
    "it's {addr} um {town} {zip} that's where the bill should go",
    "send the walker to {addru} not to the old address on {addr}",
    "the address is {addr} in {town} and the zip is {zip4}",
    "uh {addru} {town} the gate code is four four one",
    # dob / age variety
    "birthday is {dob} and the last four of my social are {l4}",
    "her date of birth is {dobold} and she's {age} so she can't come to the phone",
    "he was born {dob} no sorry that's wrong it's {dob}",
    "date of birth {dob} last name {sur.c} {spell.c}",
    "i'm {young} and my mom is {age} we both need flu shots",
    "my great grandpa {fullm} is {age} and my grandma is {young} they both live with us",
    # names
    "this is doctor {sur} calling for {fullf} about the results can you have her call me back",
    "can i speak to {gf} in billing she was helping me yesterday",
    "my wife {gf} {sur.d} that's {spell.d} she had the surgery on {date}",
    "yes it's {g} {sur.e} um {sur.e} is spelled {spell.e}",
    "the patient is {fullf} i'm her daughter in law",
    "my name is {gm} {sur} no sorry {gm} {sur} i'm nervous",
    "{rev} that's last name first the way it is on the card",
    "i saw doctor {sur} and doctor {sur} on {date} and they told me two different things",
    "hi it's {ordf} again the lady with the foot calling about {ordm}'s bill",
    "my son-in-law {fullm} is the one who handles the money his number is {phone}",
    "hello this is {fullf} returning a call from {gf} at {phonex}",
    "complaint about the receptionist {gf} she hung up on my mother {fullf} twice",
    "the pt {gm} was great i want to say thanks the sessions were in {month}",
    "it's {g} {sur} i'm the carer for {gm} {sur} he's {age} and deaf in one ear",
    # numbers mixed
    "the phone number on file is wrong the right one is {phone} and my record number is {mrn}",
    "you can reach me at {phone} or my work {phonex}",
    "please call my daughter {gf} at {phone} she's the emergency contact",
    "my cell is {phone} the house phone is {phone} and the fax at my work is {fax}",
    "the fax number for the surgeon's office is {fax} and the regular line is {phone}",
    "dental office here we're sending the x rays please send them to fax {fax} for {fullf}",
    "it's {ssn} that's my social and the account number is {acct}",
    "the home health agency needs my father's social it's {ssn} his name is {fullm} and he's {age}",
    "the ssn for the patient is {ssn} date of birth {dob} name {rev}",
    "my vin is {vin} it's for the mileage reimbursement form for driving my mom",
    "vehicle identification number {vin} and the plate {plate} for the accident claim",
    "the account number on the letter is {acct} and the admission date was {date}",
    "my mother {fullf} was admitted {date} and discharged {date} her chart number is {mrn}",
    "record number {mrn} and it's for the eye surgery we scheduled on {date}",
    "i was at the er on {date} and the case number is {case}",
    "okay the card is {card} and the billing zip is {zip}",
    "yeah i'm a long time patient i'm {age} years young and i live at {addr} with my cat",
    "long story but my brother {fullm} passed on {date} and i'm the executor the estate account is {acct} and the bills keep coming to {addru} {town}",
    "so um it's kind of complicated my mom {fullf} and my stepdad {fullm} both go to you and they get each other's bills can you fix it her dob is {dob} and his is {dob}",
    "hi uh i'm calling because the hearing aid serial {serial} it belongs to my grandma {gf} and the imei on her phone is {imei} for the app",
]

FREE_T = [
    "i'm taking {dose} of the metoprolol in the morning and my blood pressure was {bp} is that okay",
    "will you be open on {wk} i need to pick up the prescription after work around {time}",
    "may i ask how long the wait is for a new patient appointment in {month}",
    "the bill says {price} and my insurance should cover it under {group} right",
    "i was born in {year} so i think i qualify for the senior discount",
    "i'm {young} and i've been having headaches for {count} weeks now",
    "my sugar was {sugar} this morning and i took my {dose} like they said",
    "can you mark it as urgent i've been waiting since {wk}",
    "i hope so because the grace period ends in {month}",
    "he's in {room} on the third floor and the nurse said call back after {time}",
    "i'm calling about the {claim} it was denied and i don't know why",
    "my card ending in {l4} was declined can i pay over the phone",
    "we'd like the king size bed for the hospital bed rental if you have it",
    "how much is the copay for physical therapy is it {price} each time for {count} sessions",
    "the dog rusty knocked over the walker and now the wheel is bent",
    "i need a ride on {wk} at {time} to the dialysis center the usual one",
    "sorry wrong number i was trying to call the pharmacy on main",
    "my mom is {young} and she lives in {state} now can she still use this plan",
    "i did the blood draw in {month} and nobody called with the results",
    "do you bill medicare directly or do i pay {price} up front",
    "the summer hours are nine to five on {wk} right",
    "bill me later i don't have the money till the first of the month",
    "i take {dose} twice a day and the new doctor wants to double it",
    "the hospice chaplain came by on {wk} it was really nice",
    "my pulse was ninety two and my oxygen was ninety four percent",
    "can you tell the dentist the crown on number fourteen is loose again",
]

TOKEN = re.compile(r'\{(\w+)(?:\.(\w))?\}')
LATE = re.compile(r'\{(spell|cut)\.(\w)\}')


def render(tpl):
    cache = {}

    def early(m):
        name, key = m.group(1), m.group(2)
        if name in ('spell', 'cut'):
            return m.group(0)
        if key and key in cache:
            kind, val = cache[key]
        else:
            kind, val = GEN[name]()
            if key:
                cache[key] = (kind, val)
        return '[[%s|%s]]' % (kind, val) if kind else val

    def late(m):
        name, key = m.group(1), m.group(2)
        if key not in cache:
            # the name itself comes later in the turn: make it now
            cache[key] = GEN['gf']()
        val = cache[key][1]
        word = val.split(' ')[-1] if name == 'spell' else val
        letters = re.sub(r"[^a-z]", '', word)
        if name == 'cut':
            return letters[:R.randint(2, 3)] + '-'
        sep = R.choice([' ', ' ', '-', '. '])
        sp = sep.join(letters)
        return '[[NAME|%s]]' % sp

    text = TOKEN.sub(early, tpl)
    # a given name and a surname side by side are one full name: one span
    text = re.sub(r'\[\[NAME\|([^\]]+)\]\] \[\[NAME\|([^\]]+)\]\]', r'[[NAME|\1 \2]]', text)
    text = LATE.sub(late, text)
    return text


# ---------------------------------------------------------------- checks
LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')
CUES = re.compile(r"\b(my number is|number is|dob|fax|date of birth|born|birthday|social|phone|email|e-mail|"
                  r"zip code|doctor|dr|mrs|mr|ms|miss|nurse|member id|account|npi|dea|vin|plate|imei|serial|"
                  r"ext|extension)\b|'s\b", re.I)
CUE_OK = {'ADDRESS': {'dr'}, 'PHONE': {'ext', 'extension'}}


def check(lines, used, kinds):
    errs = []
    ids = set()
    texts = set()
    over40 = 0
    for lid, text in lines:
        if lid in ids:
            errs.append('dup id ' + lid)
        ids.add(lid)
        if text in texts:
            errs.append('dup text ' + lid)
        texts.add(text)
        rest = LABEL.sub('X', text)
        if '[[' in rest or ']]' in rest or '|' in rest:
            errs.append('bad markup ' + lid)
        for kind, val in LABEL.findall(text):
            if kind not in KINDS:
                errs.append('kind ' + lid)
            if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
                errs.append('edge ' + lid)
            for m in CUES.finditer(val):
                w = (m.group(1) or "'s").lower()
                if w not in CUE_OK.get(kind, set()):
                    errs.append('cue %r in label %s' % (w, lid))
            if kind == 'AGE':
                pass
        n = len(LABEL.sub(lambda m: m.group(2), text).split())
        if n < 8:
            errs.append('short ' + lid)
        if n > 40:
            over40 += 1
        if n > 70:
            errs.append('long ' + lid)
    if over40 > 12:
        errs.append('too many long turns %d' % over40)
    phi_t = [t for t, c in used.items() if t in PHI_T]
    if len(phi_t) < 60:
        errs.append('templates %d' % len(phi_t))
    for t, c in used.items():
        if c > 2:
            errs.append('template used %d times: %s' % (c, t[:40]))
    free = sum(1 for _, t in lines if '[[' not in t)
    if free != PHI_FREE:
        errs.append('phi-free %d' % free)
    for k in KINDS:
        if kinds[k] < 6:
            errs.append('kind %s only %d' % (k, kinds[k]))
    return errs


AGE_WORDS = {n2w(i): i for i in range(0, 100)}


def age_ok(v):
    v = v.replace('-', ' ')
    if v.isdigit():
        return int(v) > 89
    if 'hundred' in v:
        return True
    return AGE_WORDS.get(v, 0) > 89


def main():
    n_phi = TOTAL - PHI_FREE
    order = list(PHI_T) * 2
    R.shuffle(order)
    # every template once, then fill from a second pass
    first = list(PHI_T)
    R.shuffle(first)
    second = list(PHI_T)
    R.shuffle(second)
    chosen = (first + second)[:n_phi]
    used = collections.Counter(chosen)
    while any(c > 2 for c in used.values()):
        sys.exit('template overuse in selection')
    frees = [t for t in FREE_T for _ in range(2 if TOKEN.search(t) else 1)]
    R.shuffle(frees)
    frees = frees[:PHI_FREE]
    used.update(frees)
    turns = [(t, True) for t in chosen] + [(t, False) for t in frees]
    R.shuffle(turns)
    lines, seen = [], set()
    kinds = collections.Counter()
    for i, (tpl, phi) in enumerate(turns, 1):
        for _ in range(50):
            text = render(tpl)
            if text not in seen:
                break
        seen.add(text)
        for kind, val in LABEL.findall(text):
            kinds[kind] += 1
            if kind == 'AGE' and not age_ok(val):
                sys.exit('age not over 89 in vh19-%03d' % i)
        lines.append(('vh19-%03d' % i, text))
    errs = check(lines, used, kinds)
    if errs:
        for e in errs:
            print('CHECK FAILED:', e, file=sys.stderr)
        sys.exit(1)
    header = ('# voice-holdout19.tsv: generated by masker-domain/src/test/scripts/holdout19_voice.py (seed 190193) '
              'from Datafaker 2.7.0 name lists (Apache-2.0; locales en, de, cs-CZ, es-AR, en-SG, en-NG, nl, fr-CA, '
              'diacritics dropped; en stands in for en-US and nl for nl-BE, which hold no name lists of their own) and '
              'invented names, streets and towns written for Masker by an outside author; caller turns of real calls '
              'of every kind to clinic, pharmacy, insurer, lab, home-health, transport, hospice, dental, eye-care, '
              'physical-therapy, mental-health and billing voice agents, all PHI kinds labelled; held out, scored once; '
              'every value invented.')
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(header + '\n')
        for lid, text in lines:
            f.write(lid + '\t' + text + '\n')
    print('wrote %d turns (%d PHI-free), %d PHI templates used, %d PHI templates, %d PHI-free templates'
          % (len(lines), PHI_FREE, len(set(chosen)), len(PHI_T), len(FREE_T)))
    for k in sorted(kinds):
        print('  %-15s %d' % (k, kinds[k]))


if __name__ == '__main__':
    main()
