#!/usr/bin/env python3
"""Fifteenth held-out evaluation set for Masker: caller turns of real calls of every kind.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
150153). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0). The brief asked for
en-US, en-CA, fr-CA, pt, sv-SE, ro, et and sq; en-US, en-CA and sv-SE hold no name lists and 2.7.0
has no ro file, so the base English list (en/name.yml), en-NZ, nb-NO and ro-MD stand in for them.
They are combined at random so no real person is meant, diacritics dropped as speech-to-text drops
them, plus invented and ordinary-word names, streets and towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df15
    python3 masker-domain/src/test/scripts/holdout15_voice.py [/tmp/df15]

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

SEED = 150153
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-holdout15.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df15'
TOTAL = 280
PHI_FREE = 42
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}

# ---------------------------------------------------------------- names from Datafaker


def plain(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('ø', 'o').replace('æ', 'ae').replace('å', 'a').replace('ß', 'ss').strip().lower()


def yml_list(path, key):
    """Reads `key: [a, b]` or a block list under `key:` from a Datafaker yml file."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for i, line in enumerate(lines):
        m = re.match(r'^(\s*)' + re.escape(key) + r':\s*(.*)$', line)
        if not m:
            continue
        rest = m.group(2).strip()
        if rest.startswith('['):
            items = [x.strip().strip('"\'') for x in rest.strip('[]').split(',')]
        else:
            items = []
            for nxt in lines[i + 1:]:
                mm = re.match(r'^\s*-\s*(.*)$', nxt)
                if not mm:
                    break
                items.append(mm.group(1).strip().strip('"\''))
        out = [plain(x) for x in items if x and '#{' not in x]
        return [x for x in out if re.fullmatch(r"[a-z][a-z' -]*[a-z]", x)]
    return []


def load(locale, key):
    path = os.path.join(DF, locale.replace('/', os.sep) + '.yml')
    if not os.path.exists(path):
        sys.exit('missing ' + path + ' -- unzip the Datafaker jar first (see docstring)')
    got = yml_list(path, key)
    if not got:
        sys.exit('no %s in %s' % (key, path))
    return got


# locale file -> (female, male, any) given-name keys
FEMALE, MALE, SURNAMES = [], [], []
for loc in ('en/name', 'nb-NO', 'et', 'sq', 'ro-MD'):
    FEMALE += load(loc, 'female_first_name')
    MALE += load(loc, 'male_first_name')
ANYGIVEN = []
for loc in ('en-NZ', 'fr-CA', 'pt'):
    ANYGIVEN += load(loc, 'first_name')
for loc in ('en/name', 'en-NZ', 'fr-CA', 'pt', 'nb-NO', 'ro-MD', 'et', 'sq'):
    SURNAMES += load(loc, 'last_name')
# the base English list is long; keep the pools balanced between locales
FEMALE = sorted(set(FEMALE)); MALE = sorted(set(MALE) - set(FEMALE))
SURNAMES = sorted(set(SURNAMES)); ANYGIVEN = sorted(set(ANYGIVEN))
# invented and ordinary-word names written for this set
INV_GIVEN_F = ['maelle', 'tovah', 'junie', 'oriel', 'brisa', 'hope', 'june', 'faith', 'dawn', 'robin',
               'ivy', 'sunny']
INV_GIVEN_M = ['dorrin', 'caspar', 'teodor', 'wade', 'bill', 'will', 'mark', 'chase', 'rusty', 'clay',
               'sterling', 'forrest']
INV_SURN = ['quillan', 'marrowby', 'tessier-vaud', 'oakhurst', 'brandvold', 'fairweather', 'pennock',
            'coldwell', 'baker', 'fisher', 'hill', 'king', 'rivers', 'carpenter', 'wolfe', 'lamb',
            'snow', 'bird', 'church', 'meadows']


def female():
    return R.choice(INV_GIVEN_F) if R.random() < 0.15 else R.choice(FEMALE)


def male():
    return R.choice(INV_GIVEN_M) if R.random() < 0.15 else R.choice(MALE)


def anygiven():
    x = R.random()
    return female() if x < 0.35 else male() if x < 0.7 else R.choice(ANYGIVEN)


def surname():
    return R.choice(INV_SURN) if R.random() < 0.15 else R.choice(SURNAMES)


# ---------------------------------------------------------------- spoken numbers

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
        'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
       8: 'eighth', 9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth',
       14: 'fourteenth', 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth',
       19: 'nineteenth', 20: 'twentieth', 30: 'thirtieth'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' ' + words(n % 100))
    return words(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else ' ' + words(n % 1000))


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + ' ' + ORD[n % 10]


def year_words(y):
    if 2000 <= y < 2010:
        return 'two thousand ' + ONES[y % 10] if y % 10 else 'two thousand'
    hi, lo = divmod(y, 100)
    return words(hi) + ' ' + ('hundred' if lo == 0 else ('oh ' + ONES[lo]) if lo < 10 else words(lo))


def pair_words(d2):
    n = int(d2)
    if d2[0] == '0':
        return ('oh ' if R.random() < 0.7 else 'zero ') + ONES[n]
    return words(n)


def digits_spoken(ds, groups=None):
    """Digits one by one, 0 as oh/zero, sometimes double/triple."""
    out, i = [], 0
    zero = 'oh' if R.random() < 0.7 else 'zero'
    rep = R.random() < 0.6
    while i < len(ds):
        c = ds[i]
        if not c.isdigit():
            i += 1
            continue
        run = 1
        while i + run < len(ds) and ds[i + run] == c:
            run += 1
        w = zero if c == '0' else ONES[int(c)]
        if rep and run == 3:
            out.append('triple ' + w)
            i += 3
        elif rep and run >= 2:
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def rdig(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def rlet(n, pool='ABCDEFGHJKLMNPRSTUVWXYZ'):
    return ''.join(R.choice(pool) for _ in range(n))


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


# ---------------------------------------------------------------- values

def lab(kind, text):
    return '[[%s|%s]]' % (kind, text)


def phone_text():
    x = R.random()
    if x < 0.62:
        area = R.choice('23456789') + rdig(1) + R.choice('0123456789'.replace('1', ''))
        line = '01' + rdig(2)
        st = R.random()
        if st < 0.45:
            t = digits_spoken(area) + ' ' + digits_spoken('555') + ' ' + digits_spoken(line)
        elif st < 0.6:
            t = '%s-555-%s' % (area, line)
        elif st < 0.7:
            t = '(%s) 555-%s' % (area, line)
        elif st < 0.8:
            t = '%s 555 %s' % (area, line)
        elif st < 0.9:
            t = 'plus one ' + digits_spoken(area + '555' + line)
        else:
            t = '+1 %s 555 %s' % (area, line)
        if R.random() < 0.15:
            t += R.choice([' extension ' + digits_spoken(rdig(3)), ' ext ' + rdig(3),
                           ' extension ' + words(R.randint(20, 99))])
        return t
    if x < 0.82:
        if R.random() < 0.6:
            tail = '900' + rdig(3)
            st = R.random()
            if st < 0.4:
                return '07700 ' + tail
            if st < 0.7:
                return digits_spoken('07700' + tail)
            return 'plus four four seven seven oh oh ' + digits_spoken(tail)
        tail = '960' + rdig(3)
        return R.choice(['01632 ' + tail, digits_spoken('01632' + tail), '+44 1632 ' + tail])
    tail = rdig(3)
    st = R.random()
    if st < 0.4:
        return '0491 570 ' + tail
    if st < 0.7:
        return digits_spoken('0491570' + tail)
    return 'plus six one four nine one five seven oh ' + digits_spoken(tail)


def street():
    names = ['wrenfield', 'ashgrove', 'petrel', 'saltmarsh', 'nettlebed', 'kestrel hollow', 'pinecrest',
             'old forge', 'hollis ferry', 'larchmont', 'tamsin', 'corbel', 'quarry hill', 'elderberry',
             'brackett', 'sorrel', 'glenmoor', 'tuckaway', 'bellwether', 'marten', 'church', 'mill',
             'spring', 'union', 'water', 'orchard', 'school', 'depot', 'cedar', 'second']
    kinds = ['street', 'road', 'avenue', 'lane', 'drive', 'court', 'way', 'boulevard', 'circle',
             'terrace', 'place', 'st', 'rd', 'ave']
    return R.choice(names) + ' ' + R.choice(kinds)


def house_number():
    n = R.randint(2, 9899)
    x = R.random()
    if x < 0.35:
        return str(n)
    if n >= 1000 and R.random() < 0.6:
        return words(n // 100) + ' ' + pair_words('%02d' % (n % 100)) if n % 100 else words(n // 100) + ' hundred'
    if n >= 100 and R.random() < 0.5:
        return digits_spoken(str(n))
    return words(n)


def address_text(street_only=False, pobox=False):
    x = 0.5 if street_only else 0.0 if pobox else R.random()
    if x < 0.12:
        n = rdig(R.randint(3, 5)).lstrip('0') or '7'
        return R.choice(['po box ' + n, 'p o box ' + digits_spoken(n), 'P.O. Box ' + n,
                         'post office box ' + words(int(n)) if int(n) < 10000 else 'po box ' + n])
    if x < 0.2:
        return 'rural route %s box %s' % (R.choice(['one', 'two', 'three', '4', 'five']),
                                           R.choice([words(R.randint(10, 400)), str(R.randint(10, 400))]))
    t = house_number() + ' ' + street()
    if R.random() < 0.4:
        t += ' ' + R.choice(['apartment', 'apt', 'unit', 'suite', 'number', 'lot']) + ' ' + R.choice(
            [str(R.randint(1, 40)) + R.choice(['', 'b', 'c']), words(R.randint(1, 30)),
             R.choice(ONES[1:10]) + ' ' + R.choice(['a', 'b', 'c', 'd']), rdig(3)])
    return t


TOWNS = ['marlow creek', 'east vandry', 'pellston falls', 'brackenridge', 'oakhaven', 'corriston',
         'little harbor', 'fenwick', 'dunmore springs', 'saltash', 'hope', 'liberty', 'union',
         'glen alder', 'north quarry', 'westmere', 'harrow point', 'tillbury', 'cold brook', 'red bank',
         'ferris hollow', 'lake tansy', 'moss landing', 'prairie view', 'south ashby', 'kettering mills',
         'bayard', 'the narrows', 'old millbrook', 'vernonville']
STATES = ['ohio', 'vermont', 'texas', 'oregon', 'georgia', 'maine', 'iowa', 'arizona', 'new york',
          'michigan', 'kentucky', 'nevada']


def town():
    return R.choice(TOWNS)


def zip_text(plus4=False):
    z = R.choice('123456789') + rdig(4)
    if plus4:
        p = rdig(4)
        return R.choice(['%s-%s' % (z, p), digits_spoken(z) + ' dash ' + digits_spoken(p)])
    return R.choice([z, digits_spoken(z), digits_spoken(z)])


def date_text(birth, old=False):
    if old:
        y = R.randint(1920, 1935)
    elif birth:
        y = R.randint(1924, 2006)
    else:
        y = R.randint(2022, 2026)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    st = R.random()
    mw = MONTHS[m - 1]
    yw = year_words(y)
    if st < 0.2:
        return '%s %s %s' % (mw, ordinal(d), yw)
    if st < 0.3:
        return 'the %s of %s %s' % (ordinal(d), mw, yw)
    if st < 0.4:
        return '%d/%d/%d' % (m, d, y)
    if st < 0.47:
        return '%02d-%02d-%d' % (m, d, y)
    if st < 0.55:
        return '%s %d %d' % (mw, d, y)
    if st < 0.62:
        return '%s %s %s' % (pair_words('%02d' % m), pair_words('%02d' % d), pair_words('%02d' % (y % 100)))
    if st < 0.7:
        return '%s %s' % (mw, ordinal(d))
    if st < 0.76:
        return '%s %s' % (mw, yw) if not birth else '%s %s %s' % (mw, ordinal(d), yw)
    if st < 0.82:
        return '%s %d%s' % (mw, d, {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}.get(d, 'th'))
    if st < 0.88:
        return '%s %s %s' % (ordinal(d), mw, pair_words('%02d' % (y % 100)))
    if st < 0.94:
        return '%d.%02d.%d' % (d, m, y)
    return '%s %s' % (ordinal(d), mw)


def age_text():
    n = R.randint(90, 104)
    return R.choice([words(n), words(n), str(n)])


def young_age():
    return R.choice([words(R.randint(19, 89)), str(R.randint(19, 89))])


def email_text(first, last):
    dom = R.choice(['example.com', 'example.org', 'example.net'])
    user = R.choice([first + '.' + last, first[0] + last, first + last[:3] + rdig(2), last + '.' + first[0],
                     first + '_' + rdig(2)]).replace(' ', '').replace("'", '')
    st = R.random()
    if st < 0.3:
        return user + '@' + dom
    d1, d2 = dom.split('.')
    spoken_user = user.replace('.', ' dot ').replace('_', ' underscore ')
    spoken_user = re.sub(r'(\d+)', lambda m: ' ' + digits_spoken(m.group(1)), spoken_user).strip()
    if st < 0.5 and not re.search(r'[\d_]', user):
        spoken_user = ' dot '.join(' '.join(p) for p in user.split('.'))  # spelled letter by letter
    return re.sub(r'\s+', ' ', '%s at %s dot %s' % (spoken_user, d1, d2))


def ssn_text():
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    ds = '%03d%02d%04d' % (area, R.randint(1, 99), R.randint(1, 9999))
    st = R.random()
    if st < 0.35:
        return '%s-%s-%s' % (ds[:3], ds[3:5], ds[5:])
    if st < 0.5:
        return ds
    return digits_spoken(ds[:3]) + ' ' + digits_spoken(ds[3:5]) + ' ' + digits_spoken(ds[5:])


def spoken_or_written(ds, p=0.55):
    return digits_spoken(ds) if R.random() < p else ds


def mrn_text():
    st = R.random()
    if st < 0.3:
        return spoken_or_written(rdig(R.randint(7, 9)), 0.7)
    if st < 0.5:
        return R.choice(['MRN', 'HC', 'PT', 'A']) + rdig(7) if R.random() < 0.5 else rlet(1).lower() + ' ' + digits_spoken(rdig(7))
    if st < 0.7:
        return '%s-%s' % (rdig(3), rdig(5))
    return digits_spoken(rdig(R.randint(6, 8)))


def member_text():
    st = R.random()
    if st < 0.35:
        return rlet(3) + rdig(9)
    if st < 0.6:
        return ' '.join(rlet(3).lower()) + ' ' + digits_spoken(rdig(R.randint(6, 9)))
    if st < 0.8:
        return spoken_or_written(rdig(R.randint(9, 11)))
    return rlet(1) + rdig(8) + rlet(2, 'ABCDEFG')


def mbi_text():
    # MBI shape: C A AN N A AN N A A N N (no S L O I B Z)
    L = 'ACDEFGHJKMNPQRTUVWXY'
    N = '0123456789'
    AN = L + N
    mbi = (R.choice('123456789') + R.choice(L) + R.choice(AN) + R.choice(N) + R.choice(L) +
           R.choice(AN) + R.choice(N) + R.choice(L) + R.choice(L) + R.choice(N) + R.choice(N))
    st = R.random()
    if st < 0.4:
        return mbi
    if st < 0.6:
        return '%s-%s-%s' % (mbi[:4], mbi[4:7], mbi[7:])
    return ' '.join(ONES[int(c)] if c.isdigit() else c.lower() for c in mbi)


def medicaid_text():
    st = R.random()
    if st < 0.4:
        return rlet(2) + rdig(5) + rlet(1)
    return spoken_or_written(rdig(R.randint(9, 12)), 0.6)


def account_text():
    return R.choice([rdig(R.randint(8, 10)), digits_spoken(rdig(R.randint(7, 10))),
                     '%s-%s' % (rdig(4), rdig(6)), 'AC' + rdig(7)])


CARDS = ['4111 1111 1111 1111', '4012 8888 8888 1881', '5555 5555 5555 4444', '5105 1051 0510 5100',
         '3782 822463 10005', '3714 496353 98431', '6011 1111 1111 1117', '6011 0009 9013 9424',
         '3530 1113 3330 0000', '4242 4242 4242 4242', '2223 0031 2200 3222', '4000 0566 5566 5556']


def card_text():
    c = R.choice(CARDS)
    st = R.random()
    if st < 0.4:
        return c
    if st < 0.55:
        return c.replace(' ', '')
    if st < 0.7:
        return c.replace(' ', '-')
    return ' '.join(digits_spoken(g) for g in c.split())


IBANS = ['GB29 NWBK 6016 1331 9268 19', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606',
         'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332', 'BE68 5390 0754 7034',
         'PT50 0002 0123 1234 5678 9015 4', 'SE45 5000 0000 0583 9825 7466', 'NO93 8601 1117 947',
         'RO49 AAAA 1B31 0075 9384 0000', 'EE38 2200 2210 2014 5685', 'AL47 2121 1009 0000 0002 3569 8741',
         'CH93 0076 2011 6238 5295 7', 'AT61 1904 3002 3457 3201', 'IE29 AIBK 9311 5212 3456 78',
         'DK50 0040 0440 1162 43', 'FI21 1234 5600 0007 85']


def iban_text():
    ib = R.choice(IBANS)
    st = R.random()
    if st < 0.45:
        return ib
    if st < 0.6:
        return ib.replace(' ', '')
    return ' '.join(ONES[int(c)] if c.isdigit() else c.lower() for c in ib.replace(' ', ''))


def npi_text():
    body = R.choice('12') + rdig(8)
    full = body + luhn_digit('80840' + body)
    return spoken_or_written(full, 0.6)


def dea_text():
    letters = R.choice('ABFGM') + rlet(1, 'ABCDEFGHJKLMNPRSTW')
    d = [int(c) for c in rdig(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    full = letters + ''.join(map(str, d)) + str(check)
    if R.random() < 0.5:
        return full
    return ' '.join(full[:2].lower()) + ' ' + digits_spoken(full[2:])


def dl_text():
    st = R.random()
    if st < 0.3:
        return rlet(1) + rdig(R.randint(7, 12))
    if st < 0.5:
        return spoken_or_written(rdig(R.randint(8, 9)), 0.7)
    if st < 0.7:
        return rlet(1).lower() + ' ' + digits_spoken(rdig(3)) + ' ' + digits_spoken(rdig(4)) + ' ' + digits_spoken(rdig(4))
    return '%s%s-%s-%s' % (rlet(1), rdig(3), rdig(3), rdig(3))


def plate_text():
    p = R.choice([rlet(3) + rdig(4), rdig(1) + rlet(3) + rdig(3), rlet(3) + ' ' + rdig(3), rlet(2) + rdig(5)])
    if R.random() < 0.5:
        return p
    return ' '.join(ONES[int(c)] if c.isdigit() else c.lower() for c in p.replace(' ', ''))


def vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    trans = dict(zip('ABCDEFGH', range(1, 9)))
    trans.update(dict(zip('JKLMN', range(1, 6))))
    trans.update({'P': 7, 'R': 9})
    trans.update(dict(zip('STUVWXYZ', range(2, 10))))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [R.choice(chars) for _ in range(17)]
    v[9] = R.choice('ABCDEFGHJKLMNPRSTVWXY123456789')
    total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(v, weights))
    r = total % 11
    v[8] = 'X' if r == 10 else str(r)
    return ''.join(v)


def vin_text():
    v = vin()
    return v if R.random() < 0.7 else v.lower()


def serial_text():
    s = R.choice([rlet(3) + rdig(7), rdig(2) + rlet(2) + rdig(6), 'SN' + rdig(8), rlet(1) + rdig(9)])
    if R.random() < 0.55:
        return s
    return ' '.join(ONES[int(c)] if c.isdigit() else c.lower() for c in s)


def imei_text():
    body = rdig(14)
    full = body + luhn_digit(body)
    return spoken_or_written(full, 0.5) if R.random() < 0.8 else '%s-%s-%s-%s' % (full[:2], full[2:8], full[8:14], full[14])


def ip_text():
    st = R.random()
    if st < 0.25:
        return '192.168.%d.%d' % (R.randint(0, 20), R.randint(2, 254))
    if st < 0.4:
        return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    if st < 0.5:
        return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    if st < 0.65:
        return R.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(R.randint(2, 254))
    if st < 0.8:
        return '2001:db8:%x::%x' % (R.randint(1, 0xffff), R.randint(1, 0xffff))
    a = R.choice(['one nine two dot one six eight', 'ten dot oh', 'two oh three dot oh dot one one three'])
    if a.startswith('ten'):
        return a + ' dot ' + digits_spoken(str(R.randint(1, 99))) + ' dot ' + digits_spoken(str(R.randint(2, 254)))
    if a.startswith('two'):
        return a + ' dot ' + digits_spoken(str(R.randint(2, 254)))
    return a + ' dot ' + digits_spoken(str(R.randint(0, 9))) + ' dot ' + digits_spoken(str(R.randint(2, 254)))


def url_text(first, last):
    dom = R.choice(['example.com', 'example.org', 'example.net'])
    slug = R.choice([first + '-' + last, last + first[0], first + last, 'care-for-' + first])
    slug = slug.replace(' ', '').replace("'", '')
    st = R.random()
    if st < 0.35:
        return '%s/%s' % (dom, slug)
    if st < 0.55:
        return 'https://www.%s/fundraiser/%s' % (dom, slug)
    if st < 0.7:
        return 'www.%s/~%s' % (dom, last.replace(' ', '').replace("'", ''))
    d1, d2 = dom.split('.')
    return '%s dot %s slash %s' % (d1, d2, slug.replace('-', ' dash '))


# ---------------------------------------------------------------- templates
# {P1.full} etc. are people (P any, F female, M male; same digit = same person); the other
# upper-case placeholders are labelled values, the lower-case ones stay unlabelled.

T = [
    # refills and pharmacy
    "hi um this is {F1.full} i'm calling for a refill on my lisinopril ten milligrams my date of birth is {DOB}",
    "yeah calling about a prescription for my husband {M1.full} uh his birthday is {DOB} and the pharmacy said it needs a new script",
    "refill for {P1.rev} r x number {rx} born {DOB}",
    "my name's {M1.first} uh {M1.full} and i take the metformin five hundred twice a day can you deliver it to my house at {STREET}",
    "the doctor who prescribes it is doctor {M2.last} his npi is {NPI} if that helps",
    "the pharmacist said the dea number on the script was wrong it should be {DEA} for doctor {F2.full}",
    "i'm calling for my mother {F1.full} she's {AGE} and she can't get to the phone her date of birth is {OLDDOB}",
    "it's for my dad he's {AGE} years old and his name is {M1.full}",
    "my grandmother's {AGE} and my grandfather is {yage} and both their pills come in the same bag under {P1.last}",
    "can you text me when it's ready at {PHONE} the name on it is {P1.full}",
    # appointments
    "hi i need to reschedule my appointment from {DATE} it's under {F1.full} and my number is {PHONE}",
    "yes i had a visit on {DATE} with doctor {P2.last} and i never got the after visit summary",
    "i was seen on {DATE} and then again on {DATE} for the same knee and i'm still in pain",
    "can i move physical therapy to {weekday} at {time} the patient is {M1.full} chart number {MRN}",
    "so the mri was scheduled {DATE} but nobody called me uh this is {F1.full} date of birth {DOB}",
    "she was admitted {DATE} and discharged a week later i'm her daughter {F2.full}",
    "my appointment is with uh {F2.first} the therapist on {weekday} i'm {M1.full} my case number is {MRN}",
    "last name {P1.last} {P1.spell} first name {P1.first} born {DOB}",
    "it's {P1.comma} and the appointment was for {DATE} at the {clinic}",
    "i'm calling to confirm for my son {M1.first} he's at the {clinic} on {DATE} his birthday is {DOB}",
    # mental-health intake
    "hi i'm calling for intake i guess my name is {F1.full} i'm {yage} and i've never done therapy before",
    "the counselor i saw before was {F2.full} at the {clinic} and she said i should call you",
    "you can reach me at {PHONE} but don't leave a message my roommate {P2.first} checks it",
    "my psychiatrist doctor {M2.full} left the practice in {month} and i need someone new my member id is {MEMBER}",
    "i'm calling for my brother {M1.full} he won't call himself his date of birth is {DOB} and he lives in {TOWN}",
    "this is {F1.first} i got a voicemail from someone named {F2.first} about scheduling my first session",
    # insurers
    "my member id is {MEMBER} group number {group} and the subscriber is my wife {F1.full}",
    "my medicare number is {MBI} and i'm trying to find out if the scooter is covered",
    "it's a medicaid plan the id is {MEDICAID} and my son {M1.first} is on it too",
    "the policy number is {MEMBER} and the claim number is {claim} for the ambulance on {DATE}",
    "okay so the medicare card says {MBI} and my name on it is {P1.full}",
    "my social is {SSN} no wait let me read it again {SSN}",
    "you want my social uh it's {SSN} and the date of birth is {DOB}",
    "the last four of my social are {last4} and my name is {P1.full}",
    "she has medicare {MBI} and a supplement the member number on that one is {MEMBER}",
    "i'm calling from {TOWN} about my dad {M1.full} his medicaid id is {MEDICAID}",
    "my subscriber id is {MEMBER} and i'm the dependent {P1.first} um {P1.full}",
    "her health card number is {MEMBER} she's visiting from {country} and got sick here",
    # billing
    "i got a bill for an account number {ACCT} and i already paid it on {DATE}",
    "yeah i'm disputing a charge the account is {ACCT} under {P1.full} and it was {price}",
    "i want to pay with a card the number is {CARD} expiration {expiry}",
    "can i pay by card it's {CARD} the name on the card is {P1.full}",
    "i tried to pay with the card ending {last4} and it declined so try this one {CARD}",
    "i'm abroad so can you refund to my bank the iban is {IBAN}",
    "the iban for the transfer uh {IBAN} account holder {P1.full}",
    "the patient account number is {ACCT} and the guarantor is {F1.full}",
    "this is {M1.full} and my billing account is {ACCT} you charged me twice in {month}",
    "my bank sent it back said the iban was wrong it's {IBAN} can you check",
    "i paid {price} with the card {CARD} on {DATE} and it's still showing as due",
    # lab results
    "i'm calling for my lab results from {DATE} the name is {P1.full} date of birth {DOB}",
    "the lab drew blood on {DATE} uh my a one c was like {a1c} last time i just want to know",
    "the requisition has my record number {MRN} and the doctor is {F2.full}",
    "results should go to doctor {P2.last} fax is {FAX}",
    "can you fax the results to {FAX} attention {F2.full}",
    "their fax number is {FAX} and the phone there is {PHONE}",
    "the clinic fax uh {FAX} no sorry that's the old one it's {FAX}",
    "my email for the results portal is {P1.email}",
    "send it to my email {P1.email} it's {P1.full}",
    "i can't log into the portal my username is my email {P1.email} and it says locked",
    # home health
    "the nurse {F2.first} is supposed to come to {ADDR} in {TOWN} on {weekday} but nobody showed",
    "it's for {F1.full} she lives at {ADDR} {TOWN} {state} {ZIP}",
    "the address is {ADDR} {TOWN} {ZIP4} and the gate code is {gate}",
    "my address changed it's now {ADDR} in {TOWN} zip {ZIP}",
    "i'm the caregiver for {M1.full} he's {AGE} and his wife is {yage} i'm at {PHONE}",
    "the oxygen concentrator serial number is {SERIAL} and it keeps beeping",
    "i'm calling about her cpap the serial on the bottom says {SERIAL}",
    "the glucose meter serial number is {SERIAL} and the strips are lot {lot}",
    "his hearing aid got lost the serial is {SERIAL} and his name is {M1.full}",
    "the tablet you gave mom for video visits has the imei {IMEI} and it won't connect",
    "the phone's imei is {IMEI} the agent asked me to read it out",
    "the device id on the monitor is {SERIAL} and it's at {ADDR}",
    "home health aide is {F2.full} and she says her badge number doesn't work",
    "okay so just mail it to {ADDR} {TOWN} {ZIP4} please",
    "we moved to a po box uh {POBOX} in {TOWN} {state}",
    # transport and rides
    "i need a ride to dialysis on {weekday} pick up at {ADDR} for {P1.full}",
    "the driver's plate was {PLATE} and he never came to the door",
    "the van's license plate number {PLATE} and the driver {M2.first} was rude to my mother",
    "my wheelchair van vin is {VIN} for the insurance form",
    "the car i'll be driving has plate {PLATE} so security lets me in for {F1.full}",
    "the vin on the title is {VIN} yeah that's the registration for the accessible van",
    "my driver's license number is {DL} and it's a {state} license",
    "yeah the license number is {DL} and date of birth {DOB}",
    "i'm calling from a hospital in {country} my phone here is {INTLPHONE}",
    "you can call me on {UKPHONE} that's a uk number i'm over there visiting my daughter {F1.first}",
    "i'm in australia for the month so it's {AUPHONE} not my usual number",
    "please send the transport to {STREET} it's a blue house just outside {TOWN}",
    # hospice
    "i'm calling from hospice for {P1.full} the patient passed on {DATE} at {time}",
    "this is {F2.full} the hospice nurse for your patient {M1.full} he's {AGE} and declining",
    "mom is on hospice with you she's {AGE} her name is {F1.full} and we need more morphine",
    "the family contact is her son {M1.first} at {PHONE} or her niece {F2.full}",
    "her chart number is {MRN} and she was admitted to hospice {DATE}",
    # physical therapy
    "i had knee surgery {DATE} with doctor {F2.last} and need pt twice a week",
    "my pt is {M2.first} at the {clinic} and my home exercise sheet has my patient id {MRN}",
    "i'm {M1.full} and my pt referral says {DATE} but i thought it was {DATE}",
    # neighbours, agencies, wrong numbers
    "hi i'm a neighbor of {F1.full} at {ADDR} and i haven't seen her since {weekday}",
    "this is {F2.full} from adult protective services calling about {M1.full} date of birth {DOB}",
    "i'm from the county agency calling for {P1.full} case number {MRN} our fax is {FAX}",
    "i think i got the wrong number i'm looking for {M2.full} he's a chiropractor",
    "somebody called this number asking for {F1.full} but there's nobody here by that name",
    "i'm the home care agency and our worker {F2.first} is at {ADDR} right now",
    "the guardian is {P2.full} and her phone is {PHONE} and her email is {P2.email}",
    "my neighbour {M1.first} asked me to call he's {AGE} and deaf his birthday's {OLDDOB}",
    # complaints
    "i want to file a complaint against nurse {F2.full} she was rude to my father {M1.full}",
    "my complaint is about the visit on {DATE} the receptionist {F2.first} hung up on me",
    "i'm not happy this is the third time i've called my name is {P1.full} and my number is {PHONE}",
    "the fundraiser page for his medical bills is {URL} and someone posted his diagnosis there",
    "can you take his name off the website {URL} it has his chart on it",
    "my son set up a page {URL} can you link to it from the portal",
    "the portal said unusual sign in from {IP} and i never logged in from there",
    "my router's ip is {IP} and the telehealth app keeps dropping",
    "it says connected from {IP} and then it kicks me out",
    "the tech told me to read the ip it's {IP}",
    # names: spelled, corrected, cut off
    "my name is {F1.full} that's {F1.spell}",
    "it's {M1.last} {M1.spellas} first name {M1.first}",
    "the name is {P1.first} uh no {P1.full} sorry i'm tired",
    "i'm {P1.rev} last name first like the forms want",
    "the doctor's name is uh {M2.full} spelled {M2.spell}",
    "her last name is {F1.spell} and first is {F1.first}",
    "this is {M1.first} calling back for {F1.full} my wife she's at {PHONE}",
    "my maiden name was {F1.last} but now it's {F2.last} so it might be under either",
    "i spoke to someone named {F2.first} or maybe it was {F2.full} yesterday about my refill",
    "it's my aunt uh {F1.full} she's {AGE} and my uncle {M1.full} he's {yage}",
    # emails, urls
    "you can email me at {P1.email} or call {PHONE}",
    "my email is {P1.email} i'll spell it if you need",
    "send the forms to my daughter's email {F1.email} she handles everything",
    "the old email was {P1.email} but i changed it to {P1.email}",
    # mixed intake
    "my name is {P1.full} my date of birth is {DOB} and my address is {ADDR} {TOWN} {ZIP}",
    "date of birth {DOB} phone {PHONE} zip code {ZIP}",
    "born {DOB} in {TOWN} and i've lived here my whole life",
    "i was born in {byear} so whatever that makes me and my social is {SSN}",
    "the zip is {ZIP} no sorry {ZIP} for the mailing address",
    "and uh my zip plus four is {ZIP4} for the mailing address",
    "it's {TOWN} not {TOWN} people always mix them up",
    "we live out past {TOWN} on {ADDR}",
    "i'm calling about my uncle {M1.full} he's {AGE} and lives out in {TOWN} alone",
    "the ambulance took her from {ADDR} to the hospital in {TOWN} on {DATE}",
    "my nephew {M1.first} drives me his plate is {PLATE} in case they ask at the door",
    "i'm a nurse practitioner my npi is {NPI} and my license number is {DL}",
    "okay it's from doctor {F2.full} npi {NPI} dea {DEA}",
    "okay the prescriber dea on the label is {DEA} and npi {NPI}",
    "my social security number is {SSN} and my medicare is {MBI}",
    "chart number {MRN} patient {P1.full} visit {DATE}",
    "it's the admission number {MRN} from when he was in on {DATE}",
    "the nurse line number they gave me was {PHONEEXT} and nobody answers",
    # added for coverage of every kind
    "the refund from the overpayment can go to my account abroad the iban is {IBAN} in my name {P1.full}",
    "i live in {country} now so the iban uh {IBAN} and the bank is over there",
    "for the hospice bereavement donation my brother {M1.full} can wire from his iban {IBAN}",
    "i'm a physical therapist in {TOWN} and my state license number is {DL} my npi {NPI}",
    "the hospice fax is {FAX} and my direct line is {PHONEEXT}",
    "he's {AGE} she's {AGE} and they both need the home visit not the clinic",
    "the van that hit the curb was {VIN} i wrote it off the windshield",
    "my daughter's phone imei is {IMEI} she uses the app for my pills",
    "the camera for the remote monitoring shows ip {IP} on the screen",
    "our church posted my mom's recovery page at {URL} is that allowed",
    "for the sliding scale form they want my social it's {SSN} and my husband's is {SSN}",
    "i'm calling for my father {M1.full} his social security number is {SSN} and he's {AGE}",
    "yeah the ssn on file is wrong it should end differently the whole thing is {SSN}",
    "i'm calling about account {ACCT} the statement says i owe but the insurance paid in {month}",
    "can you set up a payment plan on account number {ACCT} for {P1.full} like fifty a month",
    "the collection agency says account {ACCT} but it's my late mother's bill from {DATE}",
    "put the copay on my card {CARD} and the zip for the card is {ZIP}",
    "okay uh the card number is {CARD} wait did you get that i can say it again",
    "my wife {F1.full} is paying with her card it's {CARD}",
    "my grandson made me a blog at {P1.url} with my whole treatment diary",
    "the caregiver posts updates for {F1.full} at {P1.url} and you can send the schedule there",
    "there's a page at {URL} with his photo and his medications please have it taken down",
    "the it guy at the group home said the tablet address is {IP} and my mother {F1.full} can't see the doctor",
    "i keep getting blocked and the error says your ip {IP} has been flagged",
]

PHI_FREE_TURNS = [
    "hi i need a refill on my lisinopril twenty milligrams i take one a day and i'm out tomorrow",
    "may i ask what time the pharmacy closes on saturday",
    "will the doctor be in on monday or is it just the nurse practitioner",
    "my blood pressure was one forty over ninety this morning is that too high",
    "the copay was forty five dollars last time and now it says one twenty why",
    "i was born in nineteen fifty two if that helps you find the right plan",
    "she's eighty nine and still drives herself to every appointment believe it or not",
    "um yeah the group number on the card is four four seven two one but i can't find the member part",
    "he's in room four twelve bed b on the third floor",
    "can i get the covid shot and the flu shot on the same day in october",
    "i'm calling about the bill i got in march i think it was for the x ray",
    "the summit building parking lot is full where do i park",
    "it's the one on main street not the one by the mall right",
    "my sugar was two hundred and ten after dinner and one thirty in the morning",
    "do you take blue cross or just medicare advantage",
    "i need a ride on tuesday at ten thirty to the dialysis center and back",
    "the claim number they gave me was like nine digits but i lost the paper",
    "grace period is thirty days right i'm only two weeks late",
    "i take the five milligram one in the morning and half a pill at night",
    "the hope is that he can come home by friday with the oxygen",
    "mark it as urgent please the pain is like an eight out of ten",
    "i'm sorry wrong number i was trying to reach the pizza place",
    "we're going to florida for the winter can i get ninety days supply",
    "yes i'd like to speak to a person not a robot please representative",
    "his temperature was a hundred and one point four an hour ago",
    "the pharmacy on rose avenue says it's out of stock until june",
    "my last four is on file already i just need to know the balance",
    "i can do wednesday or thursday after three but not before noon",
    "we have two kids on the plan ages seven and twelve",
    "it's about the walker the wheels are broken on both sides",
    "i'm sixty seven and i've never had to do this before honestly",
    "the sterling silver bracelet the nurse found is that mine",
    "brown rice and no salt is what the dietitian told me",
    "my weight was two hundred and four pounds at the last visit",
    "can you bill the second half next month i get paid on the fifteenth",
    "do i need to fast before the lab draw and for how many hours",
    "will medicaid cover the hearing test or is that extra",
    "the dose went from twenty five to fifty in august and i feel dizzy",
    "i'm calling for my neighbor but i don't want to give her name without asking her",
    "the room number is two oh nine and the code for the door is star four five",
    "i'm in texas right now and i need to know if my plan works out of state",
    "she turned seventy eight last week and we want to set up a wellness visit",
    "is the physical therapy office open on memorial day or closed",
    "i paid a hundred and fifty dollars on the twelfth and it still shows",
    "please hold on i'm getting my glasses i can't read the card",
]


# ---------------------------------------------------------------- filling

NATO = {'a': 'alpha', 'b': 'bravo', 'c': 'charlie', 'd': 'delta', 'e': 'echo', 'f': 'frank',
        'g': 'george', 'h': 'henry', 'i': 'ida', 'j': 'john', 'k': 'king', 'l': 'lima', 'm': 'mary',
        'n': 'nancy', 'o': 'ocean', 'p': 'paul', 'q': 'queen', 'r': 'robert', 's': 'sam',
        't': 'tom', 'u': 'uniform', 'v': 'victor', 'w': 'william', 'x': 'x ray', 'y': 'yellow',
        'z': 'zebra'}


def spell(name, as_in=False):
    letters = [c for c in name if c.isalpha() or c == '-']
    out = []
    for i, c in enumerate(letters):
        if c == '-':
            out.append('dash')
        elif as_in and (i == 0 or R.random() < 0.25):
            out.append('%s as in %s' % (c, NATO[c]))
        else:
            out.append(c)
    return ' '.join(out)


class Person:
    def __init__(self, kind):
        self.first = {'F': female, 'M': male}.get(kind, anygiven)()
        self.last = surname()

    def attr(self, a):
        if a == 'full':
            return lab('NAME', self.first + ' ' + self.last)
        if a == 'first':
            return lab('NAME', self.first)
        if a == 'last':
            return lab('NAME', self.last)
        if a == 'rev':
            return lab('NAME', self.last + ' ' + self.first)
        if a == 'comma':
            return lab('NAME', self.last + ', ' + self.first)
        if a == 'spell':
            return lab('NAME', spell(self.last))
        if a == 'spellas':
            return lab('NAME', spell(self.last, True))
        if a == 'email':
            return lab('EMAIL', email_text(self.first, self.last))
        if a == 'url':
            return lab('URL', url_text(self.first, self.last))
        raise KeyError(a)


CLINICS = ['riverbend clinic', 'northside family practice', 'summit physical therapy', 'harbor view lab',
           'maple grove pharmacy', 'wellness center', 'cedar point counseling', 'main street office']
COUNTRIES = ['portugal', 'canada', 'albania', 'estonia', 'romania', 'norway', 'new zealand', 'france']


def plain_value(key):
    return {
        'rx': lambda: R.choice([rdig(7), digits_spoken(rdig(7))]),
        'weekday': lambda: R.choice(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']),
        'time': lambda: R.choice(['ten thirty', 'two fifteen', '9:45', 'noon', 'three o\'clock', '8 am']),
        'clinic': lambda: R.choice(CLINICS),
        'month': lambda: R.choice(MONTHS),
        'country': lambda: R.choice(COUNTRIES),
        'group': lambda: R.choice([rdig(5), digits_spoken(rdig(6)), 'G' + rdig(5)]),
        'claim': lambda: R.choice([rdig(10), digits_spoken(rdig(9))]),
        'last4': lambda: R.choice([rdig(4), digits_spoken(rdig(4))]),
        'price': lambda: R.choice(['two hundred and twelve dollars', '$84.50', 'forty dollars', '$1,240']),
        'expiry': lambda: R.choice(['oh nine twenty seven', '11/28', 'march of twenty nine']),
        'a1c': lambda: R.choice(['seven point two', '6.8', 'eight something']),
        'state': lambda: R.choice(STATES),
        'gate': lambda: R.choice(['pound ' + digits_spoken(rdig(4)), rdig(4)]),
        'lot': lambda: rlet(1) + rdig(5),
        'byear': lambda: year_words(R.randint(1930, 1990)),
        'yage': young_age,
    }[key]()


def labelled_value(key, used):
    if key == 'TOWN':
        t = town()
        while t in used:
            t = town()
        used.add(t)
        return lab('LOCATION', t)
    f = {
        'PHONE': lambda: lab('PHONE', phone_text()),
        'PHONEEXT': lambda: lab('PHONE', phone_text().split(' ext')[0] + R.choice(
            [' extension ' + digits_spoken(rdig(3)), ' ext ' + rdig(4), ' extension ' + words(R.randint(20, 99))])),
        'UKPHONE': lambda: lab('PHONE', R.choice(['07700 900', '01632 960']) + rdig(3) if R.random() < 0.4
                               else 'oh seven seven oh oh nine oh oh ' + digits_spoken(rdig(3))),
        'AUPHONE': lambda: lab('PHONE', R.choice(['0491 570 ' + rdig(3), 'oh four nine one five seven oh ' + digits_spoken(rdig(3))])),
        'INTLPHONE': lambda: lab('PHONE', R.choice(['plus four four seven seven oh oh nine oh oh ' + digits_spoken(rdig(3)),
                                                    '+44 1632 960' + rdig(3), '+61 491 570 ' + rdig(3)])),
        'FAX': lambda: lab('FAX', phone_text()),
        'ADDR': lambda: lab('ADDRESS', address_text()),
        'STREET': lambda: lab('ADDRESS', address_text(street_only=True)),
        'POBOX': lambda: lab('ADDRESS', address_text(pobox=True)),
        'ZIP': lambda: lab('ZIP', zip_text()),
        'ZIP4': lambda: lab('ZIP', zip_text(True)),
        'DOB': lambda: lab('DOB', date_text(True)),
        'OLDDOB': lambda: lab('DOB', date_text(True, old=True)),
        'DATE': lambda: lab('DATE', date_text(False)),
        'AGE': lambda: lab('AGE', age_text()),
        'SSN': lambda: lab('SSN', ssn_text()),
        'MRN': lambda: lab('MRN', mrn_text()),
        'MEMBER': lambda: lab('HEALTH_PLAN_ID', member_text()),
        'MBI': lambda: lab('HEALTH_PLAN_ID', mbi_text()),
        'MEDICAID': lambda: lab('HEALTH_PLAN_ID', medicaid_text()),
        'ACCT': lambda: lab('ACCOUNT', account_text()),
        'CARD': lambda: lab('CREDIT_CARD', card_text()),
        'IBAN': lambda: lab('IBAN', iban_text()),
        'NPI': lambda: lab('LICENSE', npi_text()),
        'DEA': lambda: lab('LICENSE', dea_text()),
        'DL': lambda: lab('LICENSE', dl_text()),
        'PLATE': lambda: lab('VEHICLE_ID', plate_text()),
        'VIN': lambda: lab('VEHICLE_ID', vin_text()),
        'SERIAL': lambda: lab('DEVICE_ID', serial_text()),
        'IMEI': lambda: lab('DEVICE_ID', imei_text()),
        'IP': lambda: lab('IP_ADDRESS', ip_text()),
        'URL': lambda: lab('URL', url_text(anygiven(), surname())),
    }[key]
    return f()


def fill(tpl):
    people, used = {}, set()

    def sub(m):
        key, attr = m.group(1), m.group(2)
        if attr:
            if key not in people:
                people[key] = Person(key[0])
            return people[key].attr(attr)
        if key.islower() or key in ('yage',):
            return plain_value(key)
        return labelled_value(key, used)
    return re.sub(r'\{(\w+)(?:\.(\w+))?\}', sub, tpl)


# ---------------------------------------------------------------- checks

LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')
CUES = ['my number is', 'dob', 'fax', 'date of birth', 'born', 'birthday', 'phone', 'social',
        'npi', 'dea', 'zip', 'member', 'account', 'license', 'licence', 'plate', 'serial', 'imei',
        'email', 'iban', 'medicare', 'medicaid', 'chart', 'mrn', 'ssn', 'vin']
TITLES = ['dr', 'dr.', 'doctor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'nurse']


def strip(text):
    return LABEL.sub(lambda m: m.group(2), text)


def check_line(text):
    """Returns a problem or None."""
    rest = LABEL.sub('', text)
    if '[[' in rest or ']]' in rest or '|' in rest:
        return 'malformed or nested markup'
    for kind, val in LABEL.findall(text):
        if kind not in KINDS:
            return 'unknown kind ' + kind
        if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
            return 'bad label edges'
        low = val.lower()
        for cue in CUES:
            if re.search(r'(?<![a-z])' + re.escape(cue) + r'(?![a-z])', low):
                return 'cue word in label'
        if low.split()[0] in TITLES:
            return 'title in label'
        if re.search(r"'s\b", low):
            return 'possessive in label'
    n = len(strip(text).split())
    if n < 8 or n > 55:
        return 'length %d' % n
    return None


def fail(msg):
    sys.exit('holdout15_voice.py: check failed: ' + msg)


def main():
    phi_templates = list(T)
    if len(set(T)) != len(T):
        fail("duplicate template")
    if len(phi_templates) < 60:
        fail('fewer than 60 templates with PHI')
    for t in phi_templates:
        if '{' not in t or not re.search(r'\{[A-Z]', t):
            fail('template without PHI')
    n_phi = TOTAL - PHI_FREE
    order = phi_templates[:] + phi_templates[:]
    R.shuffle(order)
    # take each template once first, then a second time, so uses stay at most two
    firsts, seconds, seen = [], [], set()
    for t in order:
        (seconds if t in seen else firsts).append(t)
        seen.add(t)
    chosen = (firsts + seconds)[:n_phi]
    lines, texts = [], set()
    for t in chosen:
        for _ in range(60):
            s = fill(t)
            if check_line(s) is None and strip(s) not in texts:
                break
        else:
            fail('template cannot be filled within the checks: ' + check_line(s))
        texts.add(strip(s))
        lines.append(s)
    free = R.sample(PHI_FREE_TURNS, PHI_FREE)
    for s in free:
        if LABEL.search(s) or '{' in s:
            fail('PHI-free turn holds markup')
        if check_line(s) is not None or s in texts:
            fail('PHI-free turn fails a check')
        texts.add(s)
        lines.append(s)
    R.shuffle(lines)
    # checks over the whole set
    uses = {}
    for t in chosen:
        uses[t] = uses.get(t, 0) + 1
    if max(uses.values()) > 2:
        fail('template used more than twice')
    if len(set(strip(s) for s in lines)) != TOTAL or len(lines) != TOTAL:
        fail('duplicate or missing lines')
    if sum(1 for s in lines if not LABEL.search(s)) != PHI_FREE:
        fail('PHI-free count')
    if sum(1 for s in lines if len(strip(s).split()) > 40) > 20:
        fail('too many long turns')
    counts = {}
    for s in lines:
        for kind, _ in LABEL.findall(s):
            counts[kind] = counts.get(kind, 0) + 1
    for k in sorted(KINDS):
        if counts.get(k, 0) < 6:
            fail('kind %s appears %d times' % (k, counts.get(k, 0)))
    header = ('# voice-holdout15.tsv: generated by masker-domain/src/test/scripts/holdout15_voice.py '
              '(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales en, en-NZ, fr-CA, pt, nb-NO, '
              'ro-MD, et, sq, diacritics dropped) and invented names, streets and towns written for Masker; '
              'caller turns of real calls of every kind to clinic, pharmacy, insurer, lab, home-health, '
              'transport, hospice, physical-therapy, mental-health and billing voice agents, all PHI kinds '
              'labelled; held out, scored once; every value invented.' % SEED)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(header + '\n')
        for i, s in enumerate(lines, 1):
            if '\t' in s or '\n' in s:
                fail('tab or newline in a turn')
            f.write('vh15-%03d\t%s\n' % (i, s))
    print('wrote %d turns (%d PHI-free) from %d templates with PHI' % (TOTAL, PHI_FREE, len(phi_templates)))
    for k in sorted(counts):
        print('  %-15s %d' % (k, counts[k]))


if __name__ == '__main__':
    main()
