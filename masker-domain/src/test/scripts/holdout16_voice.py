#!/usr/bin/env python3
"""Sixteenth held-out evaluation set for Masker: caller turns of real calls of every kind.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
160163). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0). The brief asked for
en-US, en-AU, es, de-CH, cs-CZ, lt, sl-SI and en-NZ; en-US holds no name lists in 2.7.0 and lt and
sl-SI do not exist there, so the base English list (en/name.yml), hr and sk stand in for them.
They are combined at random so no real person is meant, diacritics dropped as speech-to-text drops
them, plus invented and ordinary-word names, streets and towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df16
    python3 masker-domain/src/test/scripts/holdout16_voice.py [/tmp/df16]

Every value is invented: phones only from fiction ranges (NANP 555-01xx, UK 07700 900xxx and
01632 960xxx, AU 0491 570 xxx), e-mails and URLs at example.com/.org/.net, card numbers are the
networks' published test numbers, IBANs the SWIFT registry's examples, NPI, DEA, VIN and IMEI
numbers carry correct check digits, SSN areas are never 000, 666 or 9xx, Medicare numbers follow
the MBI shape, IPs come from private and documentation ranges. The script checks what it writes
and exits non-zero when a check fails.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 160163
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-holdout16.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df16'
TOTAL = 280
PHI_FREE = 42
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}
PARTICLES = {'von', 'van', 'der', 'den', 'del', 'della', 'los', 'las', 'dos', 'das', 'les'}
TITLES = {'dr', 'mr', 'mrs', 'ms', 'miss', 'mister', 'doctor', 'nurse'}
CUES = {'fax', 'dob', 'born', 'birth', 'birthday', 'number', 'phone', 'dr', 'doctor', 'mrs', 'mr',
        'ms', 'mister', 'miss', 'nurse', 'email', 'e-mail', 'is', 'my', 'member', 'account', 'ssn',
        'social', 'record', 'mrn', 'npi', 'dea', 'vin', 'plate', 'serial', 'imei', 'iban', 'card'}

# ---------------------------------------------------------------- names from Datafaker

EXTRA = {'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'æ': 'ae', 'œ': 'oe',
         'ı': 'i', 'þ': 'th', 'ð': 'd'}


def plain(s):
    s = ''.join(EXTRA.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().strip()


def read_names(locale):
    path = os.path.join(DF, locale + '.yml')
    if not os.path.exists(path):
        path = os.path.join(DF, locale, 'name.yml')
    lines = open(path, encoding='utf-8').read().split('\n')
    out, inside, key = {}, False, None
    for line in lines:
        if re.match(r'^    name:\s*$', line):
            inside = True
            continue
        if not inside:
            continue
        if line.strip() and len(line) - len(line.lstrip()) <= 4:
            break
        m = re.match(r'^      (\w+):\s*(.*)$', line)
        if m:
            key = m.group(1)
            rest = m.group(2).strip()
            out.setdefault(key, [])
            if rest.startswith('['):
                out[key] += [x.strip().strip('"\'') for x in rest.strip('[]').split(',')]
            continue
        m = re.match(r'^\s+- (.*)$', line)
        if m and key:
            out[key].append(m.group(1).strip().strip('"\''))
    clean = {}
    for k, vals in out.items():
        good = []
        for v in vals:
            if '#{' in v:
                continue
            p = plain(v)
            if (re.fullmatch(r"[a-z][a-z' -]*[a-z]", p) and p not in CUES and p not in PARTICLES
                    and len(p) > 2):
                good.append(p)
        clean[k] = sorted(set(good))
    return clean


LOCALES = ['en/name', 'en-AU', 'es', 'de-CH', 'cs-CZ', 'hr', 'sk', 'en-NZ']
FEM, MASC, GIVEN, SUR = [], [], [], []
for loc in LOCALES:
    d = read_names(loc)
    FEM += d.get('female_first_name', [])
    MASC += d.get('male_first_name', [])
    GIVEN += d.get('first_name', []) + d.get('female_first_name', []) + d.get('male_first_name', [])
    SUR += d.get('last_name', []) + d.get('male_last_name', []) + d.get('man_last_name', [])
FEM, MASC, GIVEN, SUR = (sorted(set(x)) for x in (FEM, MASC, GIVEN, SUR))
for lst, nm in ((FEM, 'female'), (MASC, 'male'), (GIVEN, 'given'), (SUR, 'surname')):
    if len(lst) < 100:
        sys.exit('too few %s names read from %s' % (nm, DF))

# invented names and ordinary words used as names, written for this set
INV_GIVEN_F = ['marisol', 'delphine', 'orla', 'tamsin', 'quenby', 'liesl', 'brisa', 'zorka', 'yelena',
               'anouk', 'maelle', 'rhian']
INV_GIVEN_M = ['tovin', 'brannock', 'elvar', 'dusan', 'oskari', 'radek', 'teodor', 'corwin', 'fennick',
               'jarrow', 'lazlo', 'milos']
INV_SUR = ['vandermolt', 'okonkwe', 'strazny', 'pellicott', 'haverlund', 'quistorp', 'brekovic',
           'tallmadge', 'ferrovay', 'duskova', 'mirabent', 'kettleby', 'oyelaran', 'zwingbrunn',
           'halloran-pike', 'de la fuentes', 'van der hoek', 'mcandrick', "o'dowell"]
ORD_F = ['june', 'hope', 'ivy', 'dawn', 'faith', 'summer', 'may', 'joy', 'robin', 'holly']
ORD_M = ['will', 'mark', 'grant', 'bill', 'chase', 'wade', 'cliff', 'rusty', 'drew', 'buck']
ORD_SUR = ['stone', 'frost', 'baker', 'marsh', 'fox', 'hill', 'bell', 'wolfe', 'miller', 'brook', 'king',
           'lamb', 'snow', 'cook']
STREETS = ['larkspur', 'quarry hill', 'old mill', 'tamarack', 'beecham', 'cold spring', 'hollis ferry',
           'wrenfield', 'juniper ridge', 'saddleback', 'mercer creek', 'pennywhistle', 'orchard',
           'kestrel', 'church', 'maple', 'sawyer', 'bramblewood', 'foxglove', 'union', 'liberty',
           'river bend', 'blackthorn', 'copperfield']
SUFFIX = ['street', 'avenue', 'road', 'drive', 'lane', 'court', 'way', 'boulevard', 'place', 'terrace',
          'circle', 'st', 'ave', 'rd', 'dr']
TOWNS = ['harlow creek', 'east fennick', 'dunmore springs', 'oakhollow', 'castleby', 'pine orchard',
         'west tamsford', 'millbrook falls', 'crane hollow', 'port averill', 'glen rowan', 'ashby junction',
         'lower quarrington', 'belmont heights', 'fallow point', 'new kessler', 'riverton', 'sutter bay',
         'kittering', 'marlow grove', 'cedar bluff', 'hope valley', 'stoneham flats', 'north ebbing']

# ---------------------------------------------------------------- spoken numbers

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
       8: 'eighth', 9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth',
       14: 'fourteenth', 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth',
       19: 'nineteenth', 20: 'twentieth', 30: 'thirtieth'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']


def n2w(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else (' ' if R.random() < 0.7 else '-') + ONES[n % 10])
    if n < 1000:
        h = ONES[n // 100] + ' hundred'
        if n % 100 == 0:
            return h
        return h + R.choice([' and ', ' ']) + n2w(n % 100)
    return str(n)


def ordinal(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + ' ' + ORD[d % 10]


def year_words(y):
    if y >= 2000:
        if y == 2000:
            return 'two thousand'
        return R.choice(['two thousand ' + n2w(y - 2000),
                         'twenty ' + (n2w(y - 2000) if y - 2000 >= 10 else 'oh ' + ONES[y - 2000])])
    hi, lo = divmod(y, 100)
    return n2w(hi) + ' ' + (n2w(lo) if lo >= 10 else 'oh ' + ONES[lo])


def dz():
    return R.choice(['oh', 'oh', 'zero'])


def digits_words(s, doubles=True):
    """Say a digit string digit by digit, sometimes with double/triple."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            i += 1
            continue
        run = 1
        while i + run < len(s) and s[i + run] == c:
            run += 1
        w = dz() if c == '0' else ONES[int(c)]
        if doubles and run == 3 and R.random() < 0.6:
            out.append('triple ' + w)
            i += 3
            continue
        if doubles and run >= 2 and R.random() < 0.6:
            out.append('double ' + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return ' '.join(out)


def rdig(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def L(kind, text):
    return '[[%s|%s]]' % (kind, text)


# ---------------------------------------------------------------- values

def phone_raw():
    return str(R.randint(2, 9)) + rdig(2), '555', '01' + rdig(2)


def phone_text(ext=False):
    a, b, c = phone_raw()
    shape = R.randrange(8)
    if shape == 0:
        t = digits_words(a + b + c)
    elif shape == 1:
        t = digits_words(a) + ' ' + digits_words(b) + ' ' + digits_words(c)
    elif shape == 2:
        t = '(%s) %s-%s' % (a, b, c)
    elif shape == 3:
        t = '%s-%s-%s' % (a, b, c)
    elif shape == 4:
        t = R.choice(['plus one ', '+1 ', 'one ']) + digits_words(a + b + c)
    elif shape == 5:
        t = '+1 %s %s %s' % (a, b, c)
    elif shape == 6:
        t = '%s %s %s' % (a, b, c)
    else:
        t = digits_words(a, False) + ' five five five ' + digits_words(c, False)
    if ext:
        e = str(R.randint(100, 4999))
        t += R.choice([' extension ' + digits_words(e, False), ' ext. ' + e, ' ext ' + e,
                       ' extension ' + e])
    return t


def phone_uk():
    if R.random() < 0.5:
        n = '07700 900' + rdig(3)
    else:
        n = '01632 960' + rdig(3)
    s = R.randrange(3)
    if s == 0:
        return n
    if s == 1:
        return '+44 ' + n[1:]
    return R.choice(['plus four four ', '']) + digits_words(n if not n.startswith('0') else n, True)


def phone_au():
    n = '0491 570 ' + rdig(3)
    s = R.randrange(3)
    if s == 0:
        return n
    if s == 1:
        return '+61 491 570 ' + n[-3:]
    return 'plus six one four nine one five seven ' + dz() + ' ' + digits_words(n[-3:])


def PH(ctx, tag):
    return L('PHONE', phone_text(R.random() < 0.15))


def PHX(ctx, tag):
    return L('PHONE', phone_text(True))


def PHINT(ctx, tag):
    return L('PHONE', phone_uk() if R.random() < 0.5 else phone_au())


def FX(ctx, tag):
    return L('FAX', R.choice([phone_text(False), phone_text(False), phone_uk()]))


def date_parts(lo, hi):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def spoken_date(y, m, d, with_year=True):
    mo = MONTHS[m - 1]
    shapes = ['%s %s' % (mo, ordinal(d)), 'the %s of %s' % (ordinal(d), mo), '%s %s' % (mo, n2w(d)),
              '%s %d' % (mo, d)]
    t = R.choice(shapes)
    if with_year:
        yw = year_words(y) if R.random() < 0.8 else str(y)
        if t.startswith('the') or R.random() < 0.3:
            t += ' ' + yw
        else:
            t += R.choice([' ', ' ']) + yw
    return t


def written_date(y, m, d):
    return R.choice(['%d/%d/%d' % (m, d, y), '%02d/%02d/%d' % (m, d, y), '%02d-%02d-%d' % (m, d, y),
                     '%d.%d.%d' % (d, m, y), '%d-%02d-%02d' % (y, m, d), '%d/%d/%02d' % (m, d, y % 100)])


def numeric_spoken(y, m, d):
    # "oh three one four fifty two" style
    return '%s %s %s' % (digits_words('%02d' % m, False), digits_words('%02d' % d, False),
                         n2w(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 100])


def DOB(ctx, tag):
    y, m, d = date_parts(1926, 2012)
    r = R.random()
    if r < 0.55:
        t = spoken_date(y, m, d)
    elif r < 0.85:
        t = written_date(y, m, d)
    else:
        t = numeric_spoken(y, m, d)
    return L('DOB', t)


def DOBOLD(ctx, tag):
    y, m, d = date_parts(1922, 1935)
    return L('DOB', spoken_date(y, m, d) if R.random() < 0.7 else written_date(y, m, d))


def DOBKID(ctx, tag):
    y, m, d = date_parts(2016, 2017)
    return L('DOB', spoken_date(y, m, d) if R.random() < 0.6 else written_date(y, m, d))


def PHUK(ctx, tag):
    return L('PHONE', phone_uk())


def PHAU(ctx, tag):
    return L('PHONE', phone_au())


def DT(ctx, tag):
    y, m, d = date_parts(2023, 2026)
    r = R.random()
    if r < 0.45:
        t = spoken_date(y, m, d, with_year=False)
    elif r < 0.65:
        t = spoken_date(y, m, d)
    elif r < 0.85:
        t = written_date(y, m, d) if R.random() < 0.5 else '%d/%d' % (m, d)
    else:
        t = MONTHS[m - 1] + ' ' + (year_words(y) if R.random() < 0.6 else str(y))
    return L('DATE', t)


def AGE(ctx, tag):
    a = R.randint(90, 104)
    if a >= 100:
        t = R.choice(['a hundred and ' + n2w(a - 100) if a > 100 else 'a hundred',
                      'one hundred ' + n2w(a - 100) if a > 100 else 'one hundred', str(a)])
    else:
        t = n2w(a) if R.random() < 0.8 else str(a)
    return L('AGE', t)


def young(ctx, tag):
    return n2w(R.randint(19, 89))


def house_no():
    n = R.randint(2, 9899)
    if R.random() < 0.45:
        return str(n)
    if n >= 100 and R.random() < 0.6 and n % 100 >= 10:
        return n2w(n // 100) + ' ' + n2w(n % 100)
    return digits_words(str(n), False)


def street():
    return R.choice(STREETS) + ' ' + R.choice(SUFFIX)


def ADDR(ctx, tag):
    return L('ADDRESS', house_no() + ' ' + street())


def ADDRU(ctx, tag):
    unit = R.choice(['apartment ' + R.choice([n2w(R.randint(1, 30)), str(R.randint(1, 40))]) + R.choice(['', ' b', ' c']),
                     'apt ' + str(R.randint(1, 900)), 'unit ' + n2w(R.randint(1, 24)),
                     'trailer ' + n2w(R.randint(2, 19)), 'lot ' + str(R.randint(3, 88)),
                     'suite ' + str(R.randint(100, 450))])
    return L('ADDRESS', house_no() + ' ' + street() + ' ' + unit)


def POBOX(ctx, tag):
    n = str(R.randint(100, 9999))
    return L('ADDRESS', R.choice(['po box ' + n, 'p o box ' + digits_words(n, False), 'p.o. box ' + n,
                                  'post office box ' + n2w(int(n) // 100) + ' ' + n2w(int(n) % 100 or 1)]))


def RR(ctx, tag):
    return L('ADDRESS', R.choice(['rural route %s box %s' % (n2w(R.randint(1, 9)), n2w(R.randint(2, 99))),
                                  'rr %d box %d' % (R.randint(1, 9), R.randint(2, 400)),
                                  '%s county road %s' % (house_no(), n2w(R.randint(2, 60)))]))


def TOWN(ctx, tag):
    return L('LOCATION', R.choice(TOWNS))


def ZIP(ctx, tag):
    z = str(R.randint(10, 99)) + rdig(3)
    if R.random() < 0.5:
        return L('ZIP', digits_words(z))
    return L('ZIP', z)


def ZIP4(ctx, tag):
    z = str(R.randint(10, 99)) + rdig(3)
    p = rdig(4)
    if R.random() < 0.5:
        return L('ZIP', z + '-' + p)
    return L('ZIP', digits_words(z, False) + R.choice([' dash ', ' ']) + digits_words(p, False))


def email_local(g, s):
    return R.choice([g + '.' + s, g[0] + '.' + s, g + s[0], g + '_' + s + str(R.randint(1, 99)),
                     s + str(R.randint(10, 99))]).replace(' ', '').replace("'", '')


def EM(ctx, tag):
    g, s = R.choice(GIVEN), R.choice(SUR)
    loc = email_local(g, s)
    dom = R.choice(['example.com', 'example.org', 'example.net'])
    if R.random() < 0.4:
        return L('EMAIL', loc + '@' + dom)
    spoken = loc.replace('.', ' dot ').replace('_', ' underscore ')
    spoken = re.sub(r'(\d+)', lambda m: ' ' + n2w(int(m.group(1))) + ' ', spoken)
    spoken = re.sub(r'\s+', ' ', spoken).strip()
    return L('EMAIL', spoken + ' at ' + dom.replace('.', ' dot '))


def EMSP(ctx, tag):
    s = R.choice(SUR).replace(' ', '').replace("'", '')[:8]
    g = R.choice(GIVEN)[0]
    dom = R.choice(['example dot com', 'example dot org', 'example dot net'])
    return L('EMAIL', g + ' ' + ' '.join(s) + ' at ' + dom)


def SSN(ctx, tag):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    a, g, s = '%03d' % a, '%02d' % R.randint(1, 99), '%04d' % R.randint(1, 9999)
    r = R.random()
    if r < 0.4:
        return L('SSN', '%s-%s-%s' % (a, g, s))
    if r < 0.55:
        return L('SSN', '%s %s %s' % (a, g, s))
    return L('SSN', digits_words(a) + ' ' + digits_words(g) + ' ' + digits_words(s))


def alnum(n, letters='ABCDEFGHJKLMNPRSTUVWXYZ'):
    return ''.join(R.choice(letters + '0123456789') for _ in range(n))


def say(s):
    """Speak a mixed letter/digit id, letters lower and spaced."""
    out = []
    for c in s.lower():
        if c.isdigit():
            out.append(dz() if c == '0' else ONES[int(c)])
        elif c.isalpha():
            out.append(c)
        elif c == '-':
            out.append(R.choice(['dash', '']))
    return re.sub(r'\s+', ' ', ' '.join(out)).strip()


def maybe_say(s, p=0.55):
    return say(s) if R.random() < p else s.lower()


def MRN(ctx, tag):
    v = R.choice([rdig(8), 'M' + rdig(7), rdig(3) + '-' + rdig(5), 'CH' + rdig(6), rdig(7)])
    return L('MRN', maybe_say(v))


def MEM(ctx, tag):
    v = R.choice([alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rdig(9), 'W' + rdig(9), rdig(11),
                  alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rdig(7) + '-0' + str(R.randint(1, 4))])
    return L('HEALTH_PLAN_ID', maybe_say(v))


def MCD(ctx, tag):
    v = R.choice([rdig(10), alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rdig(5) + alnum(1, 'ABCDEFGHJKLMNPRSTUVWXYZ'),
                  rdig(12)])
    return L('HEALTH_PLAN_ID', maybe_say(v))


def MBI(ctx, tag):
    lt = 'ACDEFGHJKMNPQRTUVWXY'
    an = lt + '0123456789'
    v = (str(R.randint(1, 9)) + R.choice(lt) + R.choice(an) + R.choice('0123456789') + R.choice(lt)
         + R.choice(an) + R.choice('0123456789') + R.choice(lt) + R.choice(lt) + rdig(2))
    r = R.random()
    if r < 0.35:
        return L('HEALTH_PLAN_ID', v.lower())
    if r < 0.55:
        return L('HEALTH_PLAN_ID', (v[:4] + '-' + v[4:7] + '-' + v[7:]).lower())
    return L('HEALTH_PLAN_ID', say(v))


def ACCT(ctx, tag):
    v = R.choice([rdig(10), rdig(8), 'PA' + rdig(7), rdig(4) + '-' + rdig(6)])
    return L('ACCOUNT', maybe_say(v))


CARDS = ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117',
         '4012888888881881', '5105105105105100', '3530111333300000', '4000056655665556',
         '371449635398431', '6011000990139424']


def CARD(ctx, tag):
    c = R.choice(CARDS)
    if len(c) == 15:
        groups = [c[:4], c[4:10], c[10:]]
    else:
        groups = [c[i:i + 4] for i in range(0, 16, 4)]
    r = R.random()
    if r < 0.35:
        return L('CREDIT_CARD', ' '.join(groups))
    if r < 0.45:
        return L('CREDIT_CARD', c)
    return L('CREDIT_CARD', ' '.join(digits_words(g) for g in groups))


IBANS = ['DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606',
         'NL91ABNA0417164300', 'ES9121000418450200051332', 'CH9300762011623852957',
         'IT60X0542811101000000123456', 'BE68539007547034', 'AT611904300234573201']


def IBAN(ctx, tag):
    v = R.choice(IBANS)
    grouped = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    r = R.random()
    if r < 0.4:
        return L('IBAN', grouped.lower())
    if r < 0.5:
        return L('IBAN', v.lower())
    return L('IBAN', say(v))


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


def npi():
    body = str(R.randint(1, 2)) + rdig(8)
    return body + luhn_digit('80840' + body)


def NPI(ctx, tag):
    return L('LICENSE', maybe_say(npi(), 0.6))


def DEA(ctx, tag):
    first = R.choice('ABFGM')
    second = R.choice(ctx.get('surinit', 'ABCDEFGHJKLMNPRSTW'))
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    v = first + second + ''.join(map(str, d)) + str(chk)
    return L('LICENSE', maybe_say(v, 0.6))


def DL(ctx, tag):
    v = R.choice([alnum(1, 'ABCDEFGHJKLMNPRSTWY') + rdig(7), rdig(9), alnum(1, 'ABDFGKLMNPSTW') + rdig(3) + '-' + rdig(4) + '-' + rdig(4),
                  rdig(3) + alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rdig(4)])
    return L('LICENSE', maybe_say(v))


def PROFLIC(ctx, tag):
    v = R.choice(['RN' + rdig(6), 'PT' + rdig(5), rdig(7), 'LPN' + rdig(5), 'MD' + rdig(6)])
    return L('LICENSE', maybe_say(v))


VIN_MAP = {**{str(i): i for i in range(10)}, 'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
           'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6,
           'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = [R.choice('12345JKLSWYZ')] + [R.choice(chars) for _ in range(16)]
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = 'X' if c == 10 else str(c)
    return ''.join(v)


def VIN(ctx, tag):
    return L('VEHICLE_ID', maybe_say(vin(), 0.5))


def PLATE(ctx, tag):
    v = R.choice([str(R.randint(1, 9)) + alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rdig(3),
                  alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + '-' + rdig(4), alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rdig(3),
                  rdig(3) + ' ' + alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')])
    return L('VEHICLE_ID', maybe_say(v))


def SER(ctx, tag):
    v = R.choice(['SN' + rdig(8), alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rdig(6) + alnum(1, 'ABCDEFGHJKLMNPRSTUVWXYZ'),
                  rdig(4) + '-' + alnum(4) + '-' + rdig(4), 'G' + alnum(9)])
    return L('DEVICE_ID', maybe_say(v))


def IMEI(ctx, tag):
    body = R.choice(['35', '86', '01', '49']) + rdig(12)
    v = body + luhn_digit(body)
    return L('DEVICE_ID', v if R.random() < 0.35 else digits_words(v))


def IP(ctx, tag):
    r = R.randrange(6)
    if r == 0:
        v = '192.168.%d.%d' % (R.randint(0, 20), R.randint(2, 254))
    elif r == 1:
        v = '10.%d.%d.%d' % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 254))
    elif r == 2:
        v = '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    elif r == 3:
        v = R.choice(['192.0.2', '198.51.100', '203.0.113']) + '.%d' % R.randint(2, 254)
    elif r == 4:
        v = '2001:db8:%x::%x' % (R.randint(1, 0xffff), R.randint(1, 0xffff))
    else:
        v = '10.%d.%d.%d' % (R.randint(0, 9), R.randint(0, 9), R.randint(2, 99))
        parts = v.split('.')
        return L('IP_ADDRESS', ' dot '.join(n2w(int(p)) if R.random() < 0.6 else digits_words(p, False)
                                            for p in parts))
    return L('IP_ADDRESS', v)


def URL(ctx, tag):
    g, s = R.choice(GIVEN).replace(' ', ''), R.choice(SUR).replace(' ', '').replace("'", '')
    dom = R.choice(['example.com', 'example.org', 'example.net'])
    path = R.choice(['/patients/' + g[0] + s, '/u/' + s + str(R.randint(1, 99)), '/portal/' + g + '-' + s,
                     '/myrecords/' + rdig(6), '/care/' + s])
    if R.random() < 0.45:
        return L('URL', R.choice(['', 'www.', 'https://']) + dom + path)
    spoken = (R.choice(['', 'w w w dot ']) + dom.replace('.', ' dot ')
              + path.replace('/', ' slash ').replace('-', ' dash '))
    spoken = re.sub(r'(\d+)', lambda m: ' ' + digits_words(m.group(1), False) + ' ', spoken)
    return L('URL', re.sub(r'\s+', ' ', spoken).strip())


# names

def _store(ctx, tag, g, s):
    if tag:
        ctx[tag] = (g, s)
    ctx['surinit'] = s[0].upper()


def N(ctx, tag, pool=None):
    g = R.choice(pool or GIVEN)
    s = R.choice(SUR)
    if R.random() < 0.12:
        s = R.choice(INV_SUR)
    if R.random() < 0.08:
        s = R.choice(ORD_SUR)
    _store(ctx, tag, g, s)
    return L('NAME', g + ' ' + s)


def NF(ctx, tag):
    return N(ctx, tag, FEM if R.random() < 0.85 else INV_GIVEN_F)


def NM(ctx, tag):
    return N(ctx, tag, MASC if R.random() < 0.85 else INV_GIVEN_M)


def GF(ctx, tag):
    g = R.choice(FEM)
    _store(ctx, tag, g, R.choice(SUR))
    return L('NAME', g)


def GM(ctx, tag):
    g = R.choice(MASC)
    _store(ctx, tag, g, R.choice(SUR))
    return L('NAME', g)


def G(ctx, tag):
    g = R.choice(GIVEN)
    _store(ctx, tag, g, R.choice(SUR))
    return L('NAME', g)


def S(ctx, tag):
    s = R.choice(SUR + INV_SUR)
    _store(ctx, tag, R.choice(GIVEN), s)
    return L('NAME', s)


def SFIRST(ctx, tag):
    g, s = R.choice(GIVEN), R.choice(SUR)
    _store(ctx, tag, g, s)
    return L('NAME', s + R.choice([' ', ', ']) + g)


def INV(ctx, tag):
    g = R.choice(INV_GIVEN_F + INV_GIVEN_M)
    s = R.choice(INV_SUR)
    _store(ctx, tag, g, s)
    return L('NAME', g + ' ' + s)


def ORDF(ctx, tag):
    return L('NAME', R.choice(ORD_F))


def ORDM(ctx, tag):
    return L('NAME', R.choice(ORD_M))


def ORDN(ctx, tag):
    g = R.choice(ORD_F + ORD_M)
    s = R.choice(ORD_SUR)
    _store(ctx, tag, g, s)
    return L('NAME', g + ' ' + s)


def ORDS(ctx, tag):
    return L('NAME', R.choice(ORD_SUR))


def spell(word):
    w = word.replace(' ', '').replace("'", '').replace('-', '')
    st = R.randrange(3)
    if st == 0:
        return ' '.join(w)
    if st == 1:
        return '-'.join(w)
    return ' '.join(w[:-2]) + ' ' + w[-2:]  # last two run together, as a transcriber hears them


def SPS(ctx, tag):
    return L('NAME', spell(ctx[tag][1]))


def SPG(ctx, tag):
    return L('NAME', spell(ctx[tag][0]))


def SUR_OF(ctx, tag):
    return L('NAME', ctx[tag][1])


def GIV_OF(ctx, tag):
    return L('NAME', ctx[tag][0])


def CUT(ctx, tag):
    """The first letters of the stored name, cut off before the restart (unlabelled)."""
    g = ctx[tag][0]
    return g[:max(2, len(g) // 2)] + '-'


def FULL_OF(ctx, tag):
    return L('NAME', ctx[tag][0] + ' ' + ctx[tag][1])


def CUTN(ctx, tag):
    g, s = R.choice(FEM), R.choice(SUR)
    _store(ctx, tag, g, s)
    return g[:max(2, len(g) // 2)] + '- ' + R.choice(['sorry ', 'uh ', '']) + L('NAME', g + ' ' + s)


def ORDNM(ctx, tag):
    return L('NAME', R.choice(ORD_M) + ' ' + R.choice(ORD_SUR))


def GFORD(ctx, tag):
    return L('NAME', R.choice(FEM) + ' ' + R.choice(ORD_SUR))


# unlabelled fillers

def dose(ctx, tag):
    return R.choice(['ten milligrams', 'twenty five milligrams', '500 mg', 'point five milligrams',
                     'forty units', 'two puffs', '81 milligram', 'fifteen mls', 'one fifty mg'])


def drug(ctx, tag):
    return R.choice(['lisinopril', 'metformin', 'atorvastatin', 'levothyroxine', 'amlodipine', 'sertraline',
                     'eliquis', 'gabapentin', 'omeprazole', 'warfarin', 'losartan', 'prednisone'])


def wday(ctx, tag):
    return R.choice(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'])


def clock(ctx, tag):
    return R.choice(['nine thirty', 'ten fifteen', 'two o clock', '3:45', 'quarter past eleven', '8 am',
                     'one forty five', 'noon'])


def money(ctx, tag):
    return R.choice(['forty two dollars', '$18.50', 'a hundred and twelve dollars', '$230', 'sixty bucks',
                     'three hundred and nine dollars and forty cents'])


def grp(ctx, tag):
    return maybe_say(R.choice(['GRP' + rdig(5), rdig(6), 'G' + rdig(4)]))


def claim(ctx, tag):
    return maybe_say(R.choice(['CLM' + rdig(7), rdig(9)]))


def last4(ctx, tag):
    return digits_words(rdig(4), False)


def state(ctx, tag):
    return R.choice(['ohio', 'oregon', 'new mexico', 'vermont', 'kentucky', 'arizona', 'maine', 'iowa',
                     'montana', 'georgia'])


def room(ctx, tag):
    return R.choice(['room two fourteen', 'room 318', 'bed four', 'room three oh two', 'bed twelve b'])


GEN = {k: v for k, v in globals().items() if callable(v) and re.fullmatch(r'[A-Za-z0-9_]+', k)}

# ---------------------------------------------------------------- templates with PHI

T = [
    # clinics, appointments
    "hi um yeah this is {N:a} i'm calling to reschedule my appointment from {DT} my date of birth is {DOB}",
    "hello i need to i need to move my mom's visit she's {NF:a} and her birthday is {DOBOLD} she's {AGE} so mornings are hard",
    "yeah it's {CUTN} b as in boy uh the appointment on {DT} with doctor {S}",
    "my name is {SFIRST} last name first sorry and the best number is {PH}",
    "uh hi i'm returning a call from {NF} at the front desk she left a message for me on {DT} you can reach me at {PH}",
    "this is {ORDM} from the eye clinic no wait from the billing side calling for {NM}",
    "okay so it's {N:a} {SPS:a} and i was seen there on {DT} i think it was a {wday}",
    "i'm calling on behalf of my dad {NM:a} he's {AGE} years old and he was born {DOBOLD} he can't hear well on the phone",
    "the appointment is for my son {GM} he's ten no sorry he's nine and his dob is {DOBKID}",
    "yes hi {ORDF} here i had an eye exam on {DT} and the glasses aren't ready yet could someone call me at {PH}",
    "um it's the dentist i'm calling about the crown on {DT} my name's {N} and my member id is {MEM}",
    "could you put me down for the physical therapy eval my name is {NM} and i live at {ADDRU} in {TOWN}",
    "yeah {SFIRST} that's how it's on the card date of birth {DOB} and i had a visit {DT}",
    "hi this is {INV} i'm a new patient the referral came from doctor {N} npi {NPI}",
    "i want to cancel the {wday} appointment for {NF} she passed away on {DT} she was {AGE} sorry",
    # pharmacy
    "hi i need a refill on my {drug} {dose} the name is {N} and date of birth {DOB}",
    "yeah it's for my husband {NM} the prescription number i don't have it but his birthday's {DOB}",
    "the pharmacy called me on {DT} saying the {drug} was ready my number there is {PH} last name {S:a} {SPS:a}",
    "doctor {N:a} calling in a script dea {DEA} npi {NPI} for patient {N}",
    "this is {NF} a nurse at the hospice calling in for {NM} he's {AGE} and on comfort care fax the orders to {FX}",
    "can you transfer my prescriptions from the old store the patient is {N} and my new address is {ADDR} {TOWN} {ZIP}",
    "hi i got a text that my order shipped but the address is wrong it should be {ADDRU} {TOWN} {state} {ZIP4}",
    "ok uh it's under {GM:a} no the last name is {SUR_OF:a} {SPS:a} and the card on file is {CARD}",
    # insurers
    "i'm calling about a denied claim the claim number is {claim} and my member id is {MEM} group {grp}",
    "my medicaid number is {MCD} and i'm calling because my daughter {GF} was dropped from the plan on {DT}",
    "yes my medicare number is {MBI} and my name is {N} born {DOB}",
    "hi it's {N} my social is {SSN} and i need a new insurance card sent to {POBOX} {TOWN} {ZIP}",
    "the subscriber is my wife {NF} her member number is {MEM} and date of birth {DOB}",
    "uh it's the medicare one the m b i is {MBI} for my mother {NF} she's {AGE}",
    "i'm trying to update my bank for the premium the iban is {IBAN} account holder {N}",
    "yes hi i'm calling from abroad my name is {N} you can call me back on {PHINT} my member id is {MEM}",
    "please refund it to my card {CARD} the one ending in {last4} is the old one the name on it is {N}",
    "hi my policy number is {MEM} and i moved to {ADDR} in {TOWN} the zip is {ZIP}",
    "okay my social is {SSN} and the last four on the old account were {last4} does that help",
    # billing
    "i got a bill for {money} for a visit on {DT} and my account number is {ACCT} i was never there",
    "this is {N} calling about my statement account {ACCT} i already paid it with the card {CARD}",
    "i'm disputing a charge from {DT} the patient account number is {ACCT} and the patient is my father {NM}",
    "could you send the itemized bill to {EM} the account is under {N}",
    "yes so i want to pay by bank transfer and the iban i'm sending from is {IBAN} reference my name {N}",
    "my card is {CARD} expiry oh nine twenty eight and the name is {N}",
    "um i'm with the billing office at the surgery center my name's {N} you can reach me at {PHX}",
    "the statement went to my old place {ADDRU} in {TOWN} and i'm now at {POBOX} {ZIP4}",
    "can you email the receipt to {EMSP} that's for {GFORD}",
    # labs
    "hi i'm calling for my lab results i had blood drawn on {DT} my name is {N} dob {DOB}",
    "yeah the lab lost my sample from {DT} my record number is {MRN} and my birthday's {DOB}",
    "this is doctor {N} from the cardiology group please fax the results to {FX} attention {NF}",
    "the requisition says patient {SFIRST} mrn {MRN} collected {DT} can you confirm that",
    "my a1c was six point eight on {DT} and i want doctor {S} to see it my chart number is {MRN}",
    "hello my name is {NF:a} that's {SPG:a} and then {SPS:a} and i need my results sent to {EM}",
    "i'm calling from the hospital lab we have a critical value for {N} date of birth {DOB} please call back at {PHX}",
    # rides / transport
    "hi i need a ride to dialysis on {DT} pick up at {ADDRU} in {TOWN} my name is {N}",
    "the driver never came i'm at {ADDR} {TOWN} and my medicaid id is {MCD}",
    "yeah i need a wheelchair van for my grandmother {NF} she's {AGE} the pickup is {RR} near {TOWN}",
    "the van that picked me up plate {PLATE} the driver was rude his name tag said {GM}",
    "i'm calling about my car it got towed from the clinic lot the vin is {VIN} and the plate is {PLATE}",
    "my ride is booked for {DT} at {clock} could you text me at {PH} when the driver is close",
    "i need to update my pickup address it's {RR} {TOWN} {ZIP} and my member id is {MEM}",
    # home health / hospice
    "hi this is {NF} i'm the home health aide for {NM} he's {AGE} and the oxygen concentrator serial is {SER}",
    "the nurse {GF} was supposed to come {wday} for my mom {NF} at {ADDRU} and nobody showed",
    "i'm the caregiver for {NF} she's {AGE} born {DOBOLD} i need to set up hospice at her house {RR}",
    "calling from the agency my name's {N} my nursing license is {PROFLIC} and i'm covering for {NF}",
    "her insulin pump isn't working the serial number on the back is {SER} the patient is {NF}",
    "the monitor they gave my dad the device id is {SER} and it stopped sending he's at {ADDR} {TOWN}",
    "hi this is the hospice chaplain {NM} calling for the family of {N} who passed on {DT}",
    "the tablet you gave us for video visits the imei is {IMEI} and it won't connect my name is {N}",
    # mental health intake
    "hi i'm calling for an intake appointment my name is {N} i'm {young} and you can text me at {PH}",
    "um yeah i'd rather not give my whole name it's {G:a} just {GIV_OF:a} and my email is {EM}",
    "i'm a social worker {NF} calling for my client {NM} his case number is {MRN} born {DOB}",
    "my therapist was {ORDN} and i need my records from {DT} sent to {EM}",
    "i was admitted to the behavioral unit on {DT} and discharged {DT} my admission number was {MRN}",
    # wrong numbers / complaints / neighbours
    "oh sorry i think i have the wrong number i was trying to reach {N} at {PH}",
    "i'm a neighbor of {NF:a} on {ADDR} she's {AGE} and i haven't seen her since {wday} can someone check on her",
    "i want to file a complaint about doctor {NM} he was rude to my mother {NF} on {DT}",
    "this is {N} i'm the neighbour the lady next door {NF} fell her daughter's number is {PHINT}",
    "yes i'm calling from the county aging office my name is {N} re client {NF} date of birth {DOBOLD}",
    "the patient portal keeps locking me out my username is {EM} and it says my ip {IP} was blocked",
    "i logged in from {IP} and it showed someone else's results my name is {N}",
    "your website sent me to {URL} and it shows my whole chart can you take that down",
    "i put my records on {URL} for the new doctor is that okay my name's {N}",
    # dentists, eye care, PT
    "hi it's {N} i broke a tooth can you see me today my number is {PH} and i'm at {ADDR}",
    "for the eye doctor my contact lens order the account is {ACCT} and ship it to {ADDRU} {TOWN} {ZIP}",
    "i'm a physical therapist {N} npi {NPI} calling about the plan of care for {NM}",
    "the pt clinic in {TOWN} said to call here my name is {NF} dob {DOB} my knee surgery was {DT}",
    "this is {NM:a} {SPS:a} that's {SUR_OF:a} and my driver's license is {DL} for the parking permit",
    # callers abroad
    "hello i'm calling from the uk my mother {NF} is your patient my mobile is {PHUK}",
    "yes i'm in australia at the moment my number here is {PHAU} and i need my refill sent to {ADDR} {TOWN}",
    "i'm travelling my german bank the iban is {IBAN} please take the copay from there the patient is {N}",
    "hi it's {N} from abroad can you send the records to {EM} and my birth date is {DOB}",
    # identity heavy
    "i need to verify my identity my social is {SSN} date of birth {DOB} and the zip is {ZIP}",
    "uh the social is {SSN} wait no that's my husband's mine is {SSN}",
    "for the disability form my name is {N} social {SSN} and my license number is {DL}",
    "the hospital gave me a patient id {MRN} and an account number {ACCT} and i don't know which one you need",
    "yes my doctor's npi is {NPI} and his dea is {DEA} doctor {NM}",
    "my prescriber is {NM:x} and his dea number is {DEA} the pharmacy needs it",
    "can you update my car for the handicap parking plate {PLATE} and the vin ends in no the whole vin is {VIN}",
    "it's a loaner phone the imei is {IMEI} i need the app reset my name's {N}",
    "the hearing aid serial is {SER} and it's for my grandfather {NM} he's {AGE}",
    "my cpap serial number is {SER} and the supplier wants my member id {MEM}",
    # more appointment / varied
    "hi this is {N} again calling back i missed a call from {PH} about my biopsy on {DT}",
    "so my mother in law {NF} she's {AGE} on {DT} she has the cataract surgery can we get a ride from {ADDR}",
    "it's spelled {SPS:a} the last name {SUR_OF:a} first name {GIV_OF:a}",
    "the name is {FULL_OF:z} uh {SPG:z} and then {SPS:z} date of birth {DOB}",
    "{N} my chart number is {MRN} and i'm calling about the bill from {DT}",
    "yes hi um {NF} calling from {TOWN} i had the mammogram {DT} and nobody called me back",
    "hey it's {ORDNM} i'm the son of {NF} she's {AGE} and lives at {ADDRU} in {TOWN}",
    "please call my daughter {NF} at {PH} or my son {NM} at {PH} they handle my appointments",
    "my fax at home is {FX} and my cell is {PH} whichever is easier for the forms",
    "the old fax number was {FX} please use the new one {FX}",
    "send the forms by fax to {FX} attention {N} at the county office",
    "my email is {EMSP} no dots all one word",
    "can you confirm my address it should be {POBOX} in {TOWN} {ZIP4}",
    "i'm in room 412 at the rehab and my daughter {GF} wants the bill mailed to her at {ADDR} {TOWN} {ZIP}",
    "the home visit is at {RR} off the highway in {TOWN} the zip code is {ZIP}",
    "my wife's medicare number is {MBI} and mine is {MBI} we both need the flu shot",
    "uh the medicaid card says {MCD} and the name on it is {SFIRST}",
    "hi this is {N} with the transport company re {NF} trip id doesn't matter her phone's {PH}",
    "doctor {S} said to call the surgery is {DT} and i need the pre op labs my mrn is {MRN}",
    "the caseworker {N} gave me this number my client's date of birth is {DOB} and her medicaid is {MCD}",
    "i was born {DOB} but your letter says something else and my member id is {MEM}",
    "my birthday is {DOB} so i think i'm due for the yearly screening my name's {N}",
    "he was born in nineteen thirty one no thirty two so he's {AGE} now his name's {NM}",
    "hi i'm the night nurse {GF} at the facility calling about resident {NF} she's {AGE} her record number is {MRN}",
    "the pharmacy account is {ACCT} and the card i want on it is {CARD}",
    "my bank is abroad the iban {IBAN} and the account name is {N}",
    "it's {N} i changed my email to {EM} and my phone to {PH}",
    "hello can i speak to {ORDF} um i mean the person who called me from {PH} about {NM}",
    "my son set up the portal at {URL} but i can't log in my date of birth is {DOB}",
    "i work in it for the clinic the printer at {IP} keeps sending faxes of {N}'s chart to the wrong place",
    "the insurance website {URL} shows my claim but the name is wrong it says {N} not {N}",
    "this is {NM} from the device company the pump serial {SER} belongs to patient {N} born {DOB}",
    "hi it's {N} my phone's imei is {IMEI} you need it for the remote monitoring app",
    "the van number doesn't matter the plate was {PLATE} and it hit my car on {DT}",
    "my late husband {NM} died {DT} he was {AGE} and i need to close his account {ACCT}",
    "you can reach my carer {ORDF} on {PHINT} she's there weekdays",
    "i'm locked out the ip on the error was {IP} and my email {EM}",
    "hi it's {N} my new ip address for the telehealth whitelist is {IP}",
    "the clinic's site sent me a link {URL} with my results is that safe",
    "doctor {N} license number {PROFLIC} is the one that signed the form on {DT}",
    "the vin on the transport van is {VIN} for the incident report and the patient was {N}",
    "my address is {ADDR} apartment no sorry it's a house {TOWN} {state} {ZIP}",
    "he lives out on {RR} outside {TOWN} and his phone is {PH} it's a landline",
]

# ---------------------------------------------------------------- PHI-free turns

FREE = [
    "hi um i'm calling to see if my {drug} {dose} is ready i think i called on {wday}",
    "will you mark it as urgent i'm out of my {drug} since {wday} morning",
    "may i ask what time you close on {wday} i get off work at {clock}",
    "i hope so yeah the copay was {money} last time is it still the same",
    "my blood pressure was one forty over ninety this morning and my sugar was one twelve",
    "the doctor said to take {dose} twice a day but the bottle says once which is it",
    "i'm in {room} and nobody brought the water pitcher since {clock}",
    "is the grace period still thirty days for the premium or did that change in june",
    "i'm {young} and my wife is {young} do we both need the shingles shot",
    "can you tell me the group number again i have {grp} on the card but it says invalid",
    "i was born in nineteen fifty eight does medicare start at sixty five",
    "i want to complain the wait was two hours and the room was cold and nobody said sorry",
    "which entrance is the lab at the one by the parking garage or the main lobby",
    "the chase card didn't go through can i pay the {money} in cash at the window",
    "um yeah so the bill says {money} but the estimate was way lower can someone explain",
    "i have a question about the summer hours are you open on the fourth of july",
    "i'm calling for the nurse line my temperature is one hundred point four since {wday}",
    "my mother is eighty nine and she can't do stairs is there a ground floor entrance",
    "do you take {state} medicaid or only the ones from here i'm moving in august",
    "the rose avenue location closed so where do i go now for blood work",
    "the king size pillow they gave me at the hospital can i take it home",
    "i need a ride next tuesday at {clock} is that something you do",
    "can i bring my dog buddy to the therapy session he's a service animal",
    "the claim number is {claim} and i just want to know the status that's all",
    "i mean will the insurance cover a second opinion or do i pay out of pocket",
    "the prescription says {dose} of {drug} with food but i skip breakfast mostly",
    "my heart rate was a hundred and four after the walk should i worry",
    "is doctor on call today i mean is anyone on call it's {clock}",
    "how many refills do i have left on the {drug} i think it's three",
    "the hospice brochure says they come twice a week is that monday and thursday",
    "sorry wrong number i was looking for the pizza place on grant avenue",
    "yeah hi it's me again about the same thing from {wday} the form still didn't come",
    "i'm calling for my neighbor but she's here she can talk hang on",
    "the last four of my social are {last4} is that enough to check the status",
    "my appointment was moved to march is that the tenth floor or the eleventh",
    "can i use my hsa card for the glasses they cost {money}",
    "the physical therapist said ten sessions and i've done seven do i need a new referral",
    "i'm in the waiting room at the dental office and they say my insurance is inactive since january",
    "who do i talk to about a billing dispute for a visit in april",
    "the weight was two hundred and six pounds and i'm five foot ten",
    "is the clinic on bill street open saturdays or just weekdays",
    "do you have a spanish speaking intake person for a thursday appointment",
    "the oxygen tank is at eighty percent and it's supposed to last till friday",
    "i took two puffs of the inhaler at {clock} and it didn't help much should i come in",
    "my mom is seventy two and still drives herself do you need a caregiver form",
    "i pressed one for pharmacy and then it hung up on me twice",
]


def fill(tpl):
    ctx = {}

    def rep(m):
        return GEN[m.group(1)](ctx, m.group(2))
    # bind named slots first so spellings refer to them
    return re.sub(r'\{(\w+)(?::(\w+))?\}', rep, tpl)


def plain_of(line):
    return re.sub(r'\[\[([A-Z_]+)\|([^\]]*)\]\]', r'\2', line)


def words(line):
    return len(plain_of(line).split())


def main():
    errors = []
    # GIV_OF:z etc. need a stored name; templates starting with them store first
    order = list(range(len(T)))
    R.shuffle(order)
    n_phi = TOTAL - PHI_FREE
    extra = R.sample(range(len(T)), n_phi - len(T)) if n_phi > len(T) else []
    picks = (order + extra)[:n_phi]
    R.shuffle(picks)
    lines, used = [], {}
    for i in picks:
        tpl = T[i]
        if re.search(r'\{(SPS|SPG|SUR_OF|GIV_OF|FULL_OF|CUT):(\w)\}', tpl):
            # a template whose spelling comes first gets its name stored up front
            m = re.search(r'\{(?:SPS|SPG|SUR_OF|GIV_OF|FULL_OF|CUT):(\w)\}', tpl)
            if not re.search(r'\{(N|NF|NM|GF|GM|S|SFIRST|INV|ORDN):%s\}' % m.group(1), tpl):
                tpl = '{_pre:%s}' % m.group(1) + tpl
        for _ in range(20):
            line = fill(tpl)
            if line not in lines:
                break
        lines.append(line)
        used[i] = used.get(i, 0) + 1
    free = R.sample(FREE, PHI_FREE)
    free_lines = []
    for f in free:
        for _ in range(20):
            line = fill(f)
            if line not in free_lines:
                break
        free_lines.append(line)
    allines = lines + free_lines
    R.shuffle(allines)
    # ------------------------------------------------------------ checks
    counts = {}
    label_re = re.compile(r'\[\[([^\]|]*)\|([^\]]*)\]\]')
    for n, line in enumerate(allines, 1):
        stripped = label_re.sub('X', line)
        if '[[' in stripped or ']]' in stripped or '|' in stripped:
            errors.append('line %d: malformed or nested markup' % n)
        for kind, val in label_re.findall(line):
            counts[kind] = counts.get(kind, 0) + 1
            if kind not in KINDS:
                errors.append('line %d: unknown kind' % n)
            if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
                errors.append('line %d: bad label boundary' % n)
            toks = set(re.findall(r"[a-z0-9'-]+", val))
            bad = toks & CUES
            if kind != 'NAME':
                bad = bad - TITLES  # "dr" is a drive in an address, never a title there
            if bad or val.endswith("'s") or 'my number is' in val:
                errors.append('line %d: cue, title or possessive inside a label (%s)' % (n, kind))
        w = words(line)
        if w < 8 or w > 60:
            errors.append('line %d: %d words' % (n, w))
        if '\t' in line:
            errors.append('line %d: tab in text' % n)
    if sum(1 for l in allines if words(l) > 40) > 20:
        errors.append('too many long turns')
    if len(set(allines)) != len(allines):
        errors.append('duplicate lines')
    if len(used) < 60 or max(used.values()) > 2:
        errors.append('template use: %d templates, max %d' % (len(used), max(used.values())))
    nfree = sum(1 for l in allines if '[[' not in l)
    if nfree != PHI_FREE or len(allines) != TOTAL:
        errors.append('counts: %d lines, %d phi-free' % (len(allines), nfree))
    for k in KINDS:
        if counts.get(k, 0) < 6:
            errors.append('kind %s only %d times' % (k, counts.get(k, 0)))
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)
    header = ('# voice-holdout16.tsv: generated by masker-domain/src/test/scripts/holdout16_voice.py (seed %d) '
              'from Datafaker 2.7.0 name lists (Apache-2.0; locales en, en-AU, es, de-CH, cs-CZ, hr, sk, en-NZ, '
              'diacritics dropped) and invented names, streets and towns written for Masker; caller turns of real '
              'calls of every kind to clinic, pharmacy, insurer, lab, home-health, transport, hospice, dental, eye-care, '
              'physical-therapy, mental-health and billing voice agents, all PHI kinds labelled; held out, scored once; '
              'every value invented.' % SEED)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(header + '\n')
        for n, line in enumerate(allines, 1):
            f.write('vh16-%03d\t%s\n' % (n, line))
    print('wrote %d lines (%d phi-free) from %d phi templates (%d used), %d free turns' %
          (len(allines), nfree, len(T), len(used), len(FREE)))
    for k in sorted(counts):
        print('%-15s %d' % (k, counts[k]))


def _pre(ctx, tag):
    g, s = R.choice(GIVEN), R.choice(SUR + INV_SUR)
    _store(ctx, tag, g, s)
    return ''


GEN['_pre'] = _pre

if __name__ == '__main__':
    main()
