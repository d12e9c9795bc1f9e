#!/usr/bin/env python3
"""Fourteenth held-out evaluation set for Masker: caller turns of real calls of every kind.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
140143). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0; locales cs-CZ, hu,
es-MX, lv, id, en-IE, pl -- ja, en-GB and el-GR hold no Latin-script name lists and are skipped),
combined at random so no real person is meant, plus invented and ordinary-word names, streets and
towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df14
    python3 masker-domain/src/test/scripts/holdout14_voice.py [/tmp/df14]

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

SEED = 140143
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-holdout14.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df14'
TOTAL = 280
PHI_FREE = 42
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}

# ---------------------------------------------------------------- names from Datafaker

def plain(s):
    s = s.replace('ł', 'l').replace('Ł', 'l').replace('đ', 'd').replace('ı', 'i')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('\u200b', '').strip().lower()


def yml_list(locale, key):
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    sec = re.search(r'^    name:\n(.*?)(?=^    [a-z])', text, re.S | re.M)
    if not sec:
        return []
    m = re.search(r'^      ' + key + r': \[(.*?)\]', sec.group(1), re.M | re.S)
    if not m:
        return []
    out = []
    for v in m.group(1).split(','):
        v = plain(v.strip().strip('"\''))
        if re.fullmatch(r"[a-z][a-z' ]*[a-z]", v) and len(v) > 2 and "'" not in v:
            out.append(v)
    return sorted(set(out))


FEM, MASC, ANYG, SURF, SURM, SURA = [], [], [], [], [], []
FEM += yml_list('cs-CZ', 'female_first_name'); MASC += yml_list('cs-CZ', 'male_first_name')
SURF += yml_list('cs-CZ', 'female_last_name'); SURM += yml_list('cs-CZ', 'male_last_name')
FEM += yml_list('hu', 'female_first_name'); MASC += yml_list('hu', 'male_first_name')
for loc in ('hu', 'es-MX', 'lv', 'id', 'en-IE', 'pl'):
    SURA += yml_list(loc, 'last_name')
for loc in ('es-MX', 'lv', 'id', 'en-IE', 'pl'):
    ANYG += yml_list(loc, 'first_name')
if min(len(FEM), len(MASC), len(ANYG), len(SURF), len(SURM), len(SURA)) < 50:
    sys.exit('name lists missing: unzip the Datafaker jar to ' + DF)
SURA = sorted(set(SURA))
# invented and ordinary-word names, written for this set
INV_G = ['maribeth', 'tovin', 'odalys', 'kestrel', 'jorunn', 'annaliese', 'delphy', 'corwen', 'ysolde',
         'brannagh', 'teodric', 'wrenna', 'halvard', 'marisol', 'quenby']
INV_S = ['quillfeather', 'brannock', 'vantreese', 'ostermoor', 'kettleby', 'dunwiddie', 'farrowdale',
         'pellingham', 'strudwick', 'amberlane', 'haskerville', 'monkhurst']
WORD_G = ['june', 'faith', 'hunter', 'rose', 'grant', 'hope', 'bill', 'dawn', 'sunny', 'mercy', 'art']
WORD_S = ['baker', 'marsh', 'brooks', 'lane', 'wood', 'fields', 'frost', 'bishop', 'waters', 'hill']
SUR_ALL = SURA + SURM + INV_S * 4 + WORD_S * 3
GIV_ALL = ANYG + FEM + MASC + INV_G * 4

TOWNS = ['millbrook falls', 'cedar hollow', 'pruett', 'ashgrove', 'tallis creek', 'new harlow',
         'brinkley junction', 'fernwood', 'oak bluff', 'lowry', 'halden', 'marrow springs', 'sutter gap',
         'quarry hill', 'kessling', 'draper mills', 'union', 'liberty', 'hope', 'east winslow',
         'port averill', 'glenmora', 'vandalia heights', 'corbin ford']
STREETS = ['larkspur lane', 'old mill road', 'quince street', 'tamsin court', 'brightwater drive',
           'ninth avenue', 'harrow way', 'elderberry circle', 'potter street', 'saddle ridge road',
           'church street', 'bellweather avenue', 'kinsey boulevard', 'hollis place', 'nettle row',
           'juniper hollow road', 'tradewind terrace', 'east fourth street', 'maple avenue',
           'sorrel drive', 'cobble creek lane', 'westover parkway']
STATES = ['ohio', 'iowa', 'oregon', 'georgia', 'maine', 'texas', 'kansas', 'vermont', 'nevada',
          'new mexico', 'kentucky', 'montana']

# ---------------------------------------------------------------- numbers

ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' \
       'sixteen seventeen eighteen nineteen'.split()
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
       8: 'eighth', 9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth',
       14: 'fourteenth', 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth',
       19: 'nineteenth', 20: 'twentieth', 30: 'thirtieth'}
MONTHS = 'january february march april may june july august september october november december'.split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' ' + words(n % 100))
    return words(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else ' ' + words(n % 1000))


def ordw(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + ' ' + ORD[n % 10]


def yearw(y):
    if 2000 <= y < 2010:
        return 'two thousand ' + ONES[y % 10] if y % 10 else 'two thousand'
    hi, lo = divmod(y, 100)
    return words(hi) + ' ' + ('hundred' if lo == 0 else ('oh ' + ONES[lo] if lo < 10 else words(lo)))


def house(n):
    if n < 100 or R.random() < 0.3:
        return words(n) if n < 1000 else ' '.join(ONES[int(d)] for d in str(n))
    s = str(n)
    if len(s) == 3:
        return ONES[int(s[0])] + ' ' + (('oh ' + ONES[int(s[2])]) if s[1] == '0' else words(int(s[1:])))
    a, b = int(s[:2]), int(s[2:])
    return words(a) + ' ' + ('hundred' if b == 0 else ('oh ' + ONES[b] if b < 10 else words(b)))


def spoken(ds, zero='oh', groups=True):
    """digits said one by one, with double/triple now and then"""
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        if not d.isdigit():
            i += 1
            continue
        w = zero if d == '0' else ONES[int(d)]
        if groups and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.7:
            out.append('triple ' + w); i += 3; continue
        if groups and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.7:
            out.append('double ' + w); i += 2; continue
        out.append(w); i += 1
    return ' '.join(out)


def digs(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def L(kind, text):
    return '[[%s|%s]]' % (kind, text)

# ---------------------------------------------------------------- value generators


class Gen:
    def __init__(self):
        self.last = 'x'

    def given(self, pool):
        return R.choice(pool)

    def sur(self):
        s = R.choice(SUR_ALL)
        self.last = s
        return s

    def F(self):
        g = R.choice(FEM + INV_G[:8])
        if R.random() < 0.5:
            s = R.choice(SURF)
        else:
            s = R.choice(SURA + INV_S)
        self.last = s
        return L('NAME', g + ' ' + s)

    def M(self):
        g = R.choice(MASC)
        s = R.choice(SURM + SURA)
        self.last = s
        return L('NAME', g + ' ' + s)

    def N(self):
        g = R.choice(GIV_ALL)
        s = self.sur()
        if R.random() < 0.12:
            return L('NAME', s + ' ' + g)
        return L('NAME', g + ' ' + s)

    def N2(self):
        return self.N()

    def FG(self):
        return L('NAME', R.choice(FEM))

    def MG(self):
        return L('NAME', R.choice(MASC))

    def G(self):
        g = R.choice(GIV_ALL)
        self.last = g
        return L('NAME', g)

    def WG(self):
        return L('NAME', R.choice(WORD_G))

    def SUR(self):
        return L('NAME', self.sur())

    def DOC(self):
        return L('NAME', R.choice(SURA + SURM + INV_S))

    def SPELL(self):
        s = self.last.replace(' ', '')
        st = R.random()
        if st < 0.5:
            t = ' '.join(s)
        elif st < 0.75:
            t = '-'.join(s)
        else:
            t = s[0] + ' as in ' + R.choice(['apple', 'boy', 'charlie', 'david', 'edward', 'frank', 'george', 'henry', 'ida', 'john', 'king', 'lima', 'mary', 'nancy', 'ocean', 'peter', 'queen', 'robert', 'sam', 'tom', 'union', 'victor', 'william', 'xray', 'yellow', 'zebra']) + ' ' + ' '.join(s[1:])
        return L('NAME', t)

    # phones
    def nanp(self):
        area = R.choice(['216', '312', '405', '503', '614', '702', '808', '919', '412', '207', '865', '479'])
        return area, '555', '01' + digs(2)

    def ph_text(self):
        st = R.random()
        if st < 0.35:
            a, b, c = self.nanp()
            t = spoken(a) + ' ' + spoken(b) + ' ' + spoken(c)
            if R.random() < 0.3:
                t = 'one ' + t
        elif st < 0.55:
            a, b, c = self.nanp()
            t = R.choice(['(%s) %s-%s', '%s-%s-%s', '%s.%s.%s', '+1 %s %s %s', '1-%s-%s-%s']) % (a, b, c)
        elif st < 0.65:
            a, b, c = self.nanp()
            t = words(int(a[0])) + ' ' + spoken(a[1:]) + ' five five five oh one ' + words(int(c[2:])) if int(c[2:]) > 9 else spoken(a) + ' ' + spoken(b) + ' ' + spoken(c)
        elif st < 0.8:
            n = R.choice(['07700 900', '01632 960']) + digs(3)
            if R.random() < 0.5:
                t = spoken(n.replace(' ', ''))
                if R.random() < 0.5:
                    t = 'plus four four ' + t.split(' ', 1)[1] if t.startswith('oh ') else t
            else:
                t = n if R.random() < 0.5 else '+44 ' + n[1:]
        else:
            n = '0491570' + digs(3)
            if R.random() < 0.5:
                t = spoken(n)
            else:
                t = R.choice(['0491 570 %s', '+61 491 570 %s']) % n[-3:]
        return t

    def PH(self):
        return L('PHONE', self.ph_text())

    def PHX(self):
        a, b, c = self.nanp()
        e = str(R.randint(10, 4999))
        t = R.choice(['%s-%s-%s ext. %s' % (a, b, c, e), '%s %s %s extension %s' % (spoken(a), spoken(b), spoken(c), spoken(e, groups=False)),
                      '(%s) %s-%s x%s' % (a, b, c, e)])
        return L('PHONE', t)

    def FAX(self):
        return L('FAX', self.ph_text())

    def EM(self):
        u = R.choice([R.choice(GIV_ALL) + R.choice(['.', '_', '']) + R.choice(SUR_ALL), R.choice(GIV_ALL)[0] + R.choice(SUR_ALL) + digs(2), R.choice(SUR_ALL) + '.' + R.choice(['family', 'home', 'care', 'mail'])])
        u = u.replace(' ', '')
        dom = R.choice(['example.com', 'example.org', 'example.net'])
        if R.random() < 0.45:
            return L('EMAIL', u + '@' + dom)
        said = u.replace('.', ' dot ').replace('_', ' underscore ')
        said = re.sub(r'\d+', lambda m: ' '.join(ONES[int(d)] for d in m.group()), said)
        said = re.sub(r'\s+', ' ', said).strip()
        if R.random() < 0.25:
            said = ' '.join(u.replace('.', '').replace('_', ''))
        return L('EMAIL', said + ' at ' + dom.replace('.', ' dot '))

    def AD(self):
        n = R.randint(3, 9899)
        return L('ADDRESS', house(n) + ' ' + R.choice(STREETS))

    def ADU(self):
        n = R.randint(10, 8999)
        u = R.choice(['apartment ' + words(R.randint(1, 30)) + ' ' + R.choice('abcd'), 'unit ' + words(R.randint(2, 40)),
                      'suite ' + spoken(str(R.randint(100, 499))), 'apt ' + str(R.randint(1, 24)) + R.choice('abc'), 'lot ' + words(R.randint(1, 60))])
        if R.random() < 0.3:
            return L('ADDRESS', '%d %s %s' % (n, R.choice(STREETS), u.replace('apartment', 'apt')))
        return L('ADDRESS', house(n) + ' ' + R.choice(STREETS) + ' ' + u)

    def POB(self):
        n = str(R.randint(20, 9899))
        return L('ADDRESS', R.choice(['po box ' + n, 'p o box ' + spoken(n, groups=False), 'post office box ' + words(int(n)) if int(n) < 1000 else 'PO Box ' + n]))

    def RR(self):
        return L('ADDRESS', R.choice(['rural route ' + words(R.randint(1, 9)) + ' box ' + words(R.randint(10, 300)), 'rr ' + str(R.randint(1, 9)) + ' box ' + str(R.randint(10, 900)), 'hc ' + str(R.randint(60, 80)) + ' box ' + str(R.randint(100, 999))]))

    def TOWN(self):
        return L('LOCATION', R.choice(TOWNS))

    def ST(self):
        return R.choice(STATES)

    def zipd(self):
        return str(R.randint(1, 9)) + digs(4)

    def ZIP(self):
        z = self.zipd()
        return L('ZIP', z if R.random() < 0.5 else spoken(z))

    def ZIP4(self):
        z, p = self.zipd(), digs(4)
        return L('ZIP', z + '-' + p if R.random() < 0.6 else spoken(z) + ' dash ' + spoken(p))

    def date_text(self, y0, y1):
        y, m, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
        st = R.randint(0, 8)
        if st == 0:
            return MONTHS[m - 1] + ' ' + ordw(d) + ' ' + yearw(y)
        if st == 1:
            return 'the ' + ordw(d) + ' of ' + MONTHS[m - 1] + ' ' + yearw(y)
        if st == 2:
            return '%d/%d/%d' % (m, d, y)
        if st == 3:
            return '%02d-%02d-%d' % (m, d, y)
        if st == 4:
            return spoken('%02d' % m) + ' ' + spoken('%02d' % d) + ' ' + words(y % 100) if y % 100 > 9 else MONTHS[m - 1] + ' ' + words(d) + ' ' + yearw(y)
        if st == 5:
            return '%d.%02d.%d' % (d, m, y)
        if st == 6:
            return MONTHS[m - 1].capitalize() + ' %d, %d' % (d, y)
        if st == 7:
            return MONTHS[m - 1] + ' ' + words(d) + ' ' + yearw(y)
        return '%d-%02d-%02d' % (y, m, d)

    def DOB(self):
        return L('DOB', self.date_text(1921, 2019))

    def ODOB(self):
        return L('DOB', self.date_text(1921, 1934))

    def DATE(self):
        if R.random() < 0.2:
            return L('DATE', R.choice(MONTHS) + ' ' + yearw(R.randint(2015, 2025)))
        if R.random() < 0.3:
            return L('DATE', R.choice(MONTHS) + ' ' + ordw(R.randint(1, 28)))
        return L('DATE', self.date_text(2016, 2025))

    def AGE(self):
        a = R.randint(90, 106)
        return L('AGE', words(a) if R.random() < 0.65 else str(a))

    def YAGE(self):
        return words(R.randint(19, 88))

    def SSN(self):
        area = R.choice([x for x in range(1, 900) if x != 666])
        g, s = R.randint(1, 99), R.randint(1, 9999)
        n = '%03d-%02d-%04d' % (area, g, s)
        st = R.random()
        return L('SSN', n if st < 0.4 else (n.replace('-', ' ') if st < 0.55 else spoken(n)))

    def MRN(self):
        st = R.random()
        if st < 0.4:
            return L('MRN', spoken(digs(R.randint(7, 9))))
        if st < 0.7:
            return L('MRN', R.choice(['MR', 'CH', 'PT', 'A']) + digs(7))
        return L('MRN', R.choice('kmpt') + ' ' + spoken(digs(6)))

    def MBI(self):
        al = 'ACDEFGHJKMNPQRTUVWXY'
        an = al + '0123456789'
        v = R.choice('123456789') + R.choice(al) + R.choice(an) + R.choice('0123456789') + R.choice(al) + R.choice(an) + R.choice('0123456789') + R.choice(al) + R.choice(al) + R.choice('0123456789') + R.choice('0123456789')
        if R.random() < 0.5:
            return L('HEALTH_PLAN_ID', v if R.random() < 0.5 else v[:4] + '-' + v[4:7] + '-' + v[7:])
        return L('HEALTH_PLAN_ID', ' '.join(ONES[int(c)] if c.isdigit() else c.lower() for c in v))

    def MEM(self):
        st = R.random()
        if st < 0.35:
            return L('HEALTH_PLAN_ID', R.choice(['XJH', 'WQB', 'MEM', 'ZGP', 'H']) + digs(R.randint(8, 10)))
        if st < 0.7:
            return L('HEALTH_PLAN_ID', ' '.join(R.choice('bcdghkmwz')) + ' ' + spoken(digs(9)) if False else R.choice('bcdghkmwz') + ' ' + R.choice('bcdghkmwz') + ' ' + spoken(digs(9)))
        return L('HEALTH_PLAN_ID', digs(3) + '-' + digs(3) + '-' + digs(3))

    def MCD(self):
        return L('HEALTH_PLAN_ID', R.choice([R.choice(['LK', 'MD', 'QT']) + digs(8), spoken(digs(10)), digs(11)]))

    def ACCT(self):
        return L('ACCOUNT', R.choice([spoken(digs(R.randint(7, 10))), digs(R.randint(8, 12)), 'A' + digs(6) + '-' + digs(2)]))

    def CC(self):
        c = R.choice(['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117',
                      '4012888888881881', '5105105105105100', '371449635398431', '4242424242424242'])
        st = R.random()
        if st < 0.35:
            return L('CREDIT_CARD', ' '.join(c[i:i + 4] for i in range(0, len(c), 4)))
        if st < 0.5:
            return L('CREDIT_CARD', c)
        return L('CREDIT_CARD', spoken(c, zero='zero'))

    def IBAN(self):
        c = R.choice(['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606',
                      'NL91ABNA0417164300', 'ES9121000418450200051332', 'BE68539007547034',
                      'CH9300762011623852957', 'IT60X0542811101000000123456'])
        if R.random() < 0.5:
            return L('IBAN', ' '.join(c[i:i + 4] for i in range(0, len(c), 4)))
        if R.random() < 0.3:
            return L('IBAN', c)
        return L('IBAN', ' '.join(ONES[int(x)] if x.isdigit() else x.lower() for x in c))

    def NPI(self):
        body = R.choice('12') + digs(8)
        n = body + luhn_digit('80840' + body)
        return L('LICENSE', n if R.random() < 0.5 else spoken(n))

    def DEA(self):
        d = [R.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        v = R.choice('ABFM') + R.choice('ABCDEFGHJKLMNPRSTW') + ''.join(map(str, d)) + str(chk)
        return L('LICENSE', v if R.random() < 0.5 else v[0].lower() + ' ' + v[1].lower() + ' ' + spoken(v[2:], groups=False))

    def DL(self):
        return L('LICENSE', R.choice([R.choice('ABDKMSTW') + digs(R.randint(7, 8)), spoken(digs(9)), R.choice('ABDKMSTW').lower() + ' ' + spoken(digs(7))]))

    def PLATE(self):
        p = ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + digs(4)
        return L('VEHICLE_ID', p if R.random() < 0.5 else p[:3] + ' ' + p[3:] if R.random() < 0.5 else ' '.join(x.lower() if x.isalpha() else ONES[int(x)] for x in p))

    def VIN(self):
        al = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
        val = {c: i for i, c in enumerate('0123456789')}
        for c, v in zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]):
            val[c] = v
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        v = [R.choice('12345J') , R.choice('FGHNT'), R.choice('ABCDM')] + [R.choice(al) for _ in range(5)] + ['0'] + [R.choice('GHJKLMN'), R.choice(al)] + [R.choice('0123456789') for _ in range(6)]
        s = sum(val[c] * w[i] for i, c in enumerate(v))
        v[8] = 'X' if s % 11 == 10 else str(s % 11)
        v = ''.join(v)
        return L('VEHICLE_ID', v if R.random() < 0.6 else ' '.join(ONES[int(x)] if x.isdigit() else x.lower() for x in v))

    def SER(self):
        return L('DEVICE_ID', R.choice([''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3)) + digs(7),
                                         'SN' + digs(4) + '-' + ''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)) + digs(4),
                                         R.choice('bcdgk') + ' ' + R.choice('hmpqr') + ' ' + spoken(digs(8))]))

    def IMEI(self):
        body = R.choice(['35', '86', '01', '99']) + digs(12)
        n = body + luhn_digit(body)
        return L('DEVICE_ID', n if R.random() < 0.4 else (n[:2] + ' ' + n[2:8] + ' ' + n[8:14] + ' ' + n[14] if R.random() < 0.5 else spoken(n)))

    def IP(self):
        c = R.choice(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                      '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)),
                      '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                      '192.0.2.%d' % R.randint(1, 254), '198.51.100.%d' % R.randint(1, 254),
                      '203.0.113.%d' % R.randint(1, 254), '2001:db8::%x' % R.randint(1, 65535),
                      '2001:db8:%x::%x' % (R.randint(1, 65535), R.randint(1, 255))])
        if ':' not in c and R.random() < 0.4:
            return L('IP_ADDRESS', ' dot '.join(words(int(x)) if R.random() < 0.5 else spoken(x) for x in c.split('.')))
        return L('IP_ADDRESS', c)

    def URL(self):
        s = R.choice(SUR_ALL).replace(' ', '')
        c = R.choice(['www.example.com/%s' % s, 'https://example.org/u/%s%s' % (s, digs(2)),
                      'example.net/%s-family' % s, 'https://portal.example.com/p/%s' % digs(6),
                      'gofund.example.org/%s' % s])
        if R.random() < 0.35:
            c = c.replace('https://', '').replace('.', ' dot ').replace('/', ' slash ').replace('-', ' dash ')
        return L('URL', c)

    # unlabelled helpers
    def GRP(self):
        return R.choice([digs(5), spoken(digs(6)), 'g r ' + spoken(digs(4))])

    def CLAIM(self):
        return R.choice([digs(10), spoken(digs(9))])

    def L4(self):
        return spoken(digs(4))

    def TIME(self):
        return R.choice(['ten thirty', 'two fifteen', 'nine a m', '3:45', 'quarter past eleven', 'eight oh five', '1:30 pm'])

    def WDAY(self):
        return R.choice(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'])

    def MON(self):
        return R.choice(MONTHS)

    def DOSE(self):
        return R.choice(['twenty milligrams', '500 mg', 'ten units', 'point five milligrams', 'forty mg', 'two puffs'])

    def YR(self):
        return yearw(R.randint(1930, 1990))


G = Gen()


def fill(t):
    return re.sub(r'\{([A-Z0-9]+)\}', lambda m: getattr(G, m.group(1))(), t)

# ---------------------------------------------------------------- templates (written for this set)

PHI = r'''
hi um this is {F} calling for a refill on her lisinopril she's out as of tonight
yeah hi i'm calling about my dad {M} he needs a ride to dialysis on {WDAY}
my name is {N} and my date of birth is {DOB}
the patient is {N} born {DOB} and she's uh she's {AGE} so please be patient with her
it's for my grandmother she's {AGE} years old her name is {F}
okay so uh last name {SUR} {SPELL} first name {G} yeah
okay so the surname is {SUR} that's {SPELL} yeah
uh {SUR} no sorry {SUR} {SPELL} i always get that wrong
this is {WG} from the home health agency calling about {N}
hi this is {WG} at the front desk of doctor {DOC}'s office returning a call
can you call me back at {PH} any time after {TIME}
my number is {PH} and if i don't pick up my wife's cell is {PH}
the best number is {PHX} that's my work line
please fax the records to {FAX} attention {N}
fax number is {FAX} and the phone is {PH}
um my email is {EM} if you can send the receipt there
you can send the results to {EM} that's my daughter's email
okay so uh it's {EM} all lower case no spaces yeah
okay so uh i live at {ADU} in {TOWN} {ZIP} yeah
okay so uh the address is {AD} {TOWN} {ST} {ZIP4} yeah
okay so uh send it to {POB} {TOWN} {ZIP} yeah
we're out on {RR} past the church in {TOWN}
the driver should pick her up at {ADU} it's the side door
new address is {AD} in {TOWN} zip code {ZIP}
she moved in with me at {AD} {TOWN} so update the file please
okay um my social is {SSN} do you need anything else from me
social security number {SSN} and date of birth {DOB}
uh the member id on the card is {MEM} i'm reading it off the front
okay hold on her medicare number is {MBI} from the red white and blue card
medicare i d {MBI} and the secondary is medicaid {MCD}
his medicaid number is {MCD} and the group is {GRP}
okay so uh member number {MEM} group number {GRP} yeah
the chart number they gave me at the front was {MRN} i think
okay so uh medical record number {MRN} for {N} yeah
she has a case number from the social worker it's {MRN}
account number {ACCT} i got a bill for three hundred dollars
my patient account is {ACCT} and the claim number is {CLAIM}
i want to pay the balance with my card it's {CC} expires oh nine twenty eight
card number {CC} security code four one two
the iban for the refund is {IBAN} it's a european account
i'm calling from abroad you can wire it to {IBAN}
okay so uh i'm the prescriber my npi is {NPI} yeah
doctor {DOC} npi {NPI} and d e a {DEA}
the dea number on the script is {DEA} the pharmacy said it didn't match
for the id check my driver's license number is {DL}
the aide's license {DL} state of {ST} it's on her badge
the car waiting outside is a gray sedan plate {PLATE}
for the insurance form the vin is {VIN} for the accessible van
okay so uh the oxygen concentrator serial number is {SER} yeah
the serial on the back of the monitor says {SER}
the imei on the phone you sent is {IMEI}
his tablet the one from the telehealth program imei {IMEI}
the portal says my ip {IP} is blocked and i can't see results
i'm logging in from {IP} and it keeps timing out
my daughter set up a page for him at {URL}
the link she gave me for his updates is {URL}
i saw him on {DATE} and again on {DATE}
her last visit was {DATE} with doctor {DOC}
the procedure was on {DATE} at the surgery center
he was admitted {DATE} and discharged the twentieth i think
i'm calling for my neighbor {N} she's {AGE} and can't hear the phone well
hello this is {N} from {TOWN} i'm calling about my mother {F}
wrong number i'm looking for {N} does she still work there
oh sorry i think you have the wrong person i'm {N} not {N2}
you called me this morning at {PH} about somebody named {N}
i'm {M} his son and he's {AGE} he was born {ODOB}
mom was born on {ODOB} so she just turned {AGE}
my husband {M} he's {YAGE} and i'm {F} i'm {YAGE}
the caregiver is {N} her cell is {PH}
he has a aide {FG} who comes mornings you can reach her at {PH}
it's {N} and the last name is spelled {SPELL} okay
my first name is {G} {SPELL} and last name {SUR}
yes this is {MG} {SUR} uh calling about a bill
the pharmacist {N} said to call about prior authorization
tell doctor {DOC} that {N} called about the biopsy results
i'm calling from {TOWN} in {ST} for my uncle {M}
hi {FG} this is {FG} again sorry i missed you
date of birth uh {DOB} and the zip is {ZIP}
d o b {DOB} last four of social {L4}
she was born {DOB} in {TOWN} at home actually
for verification my birthday is {DOB} yes that's right
she's {AGE} years young as she'd say born {ODOB}
the lab called on {DATE} about my potassium and my number is {PH}
please mail the kit to {ADU} {TOWN} {ZIP4}
can you update the email to {EM} and the phone to {PH}
you can fax the form to {FAX} or email it to {EM}
the attorney's office fax is {FAX} ask for {N}
my sister {F} has power of attorney her number is {PH}
it's my son {MG} he's {YAGE} his plan id is {MEM}
yeah the policy number is {MEM} through my employer
i'm the billing contact my account is {ACCT} and my card ends in {L4}
calling from the transport company about {N} at {AD}
we have a pickup for {N} at {ADU} going to the dialysis unit
he's at {RR} {TOWN} the gps never finds it
the dental office sent a bill to {POB} but i moved to {AD}
my appointment on {DATE} was cancelled by {N} at your office
i need to reschedule the {DATE} appointment for my wife {F}
she was seen in the er on {DATE} medical record {MRN}
the device id on the insulin pump is {SER}
the pacemaker rep {N} gave me a serial {SER}
plate number {PLATE} it's a blue minivan in the handicap spot
he drives a pickup the vin is {VIN}
my wife {FG} and i both have medicare hers is {MBI}
um for the refund my bank is abroad the iban is {IBAN} under {N}
this is {N} with {TOWN} county adult protective services case {MRN}
our agency nurse {N} visits on {WDAY}s license {DL}
okay so uh social {SSN} and my medicaid is {MCD} yeah
i already gave the social it's {SSN} and the account is {ACCT}
okay so uh the website for his fundraiser is {URL} yeah
my pension comes from abroad the iban is {IBAN} please update it
the overpayment should go back to {IBAN} that's my account in spain
i'm calling from the uk my mobile is {PH}
i'm in australia for a month the number here is {PH}
my mother-in-law {F} is {AGE} and lives at {AD} in {TOWN}
hi i'm {G} i'm calling on behalf of {N} who's hard of hearing
he goes by {WG} but his legal name is {M}
it's spelled {SPELL} and the first name is {G}
okay so uh it's under my maiden name {SUR} {SPELL} yeah
the vet-like thing they do at the dental office i mean doctor {DOC} said on {DATE} to call back
i got a text from {IP} saying my password changed
the router at the group home is {IP} the nurse can't get the camera working
can you send me a link to {URL} or just email {EM}
we're at {AD} {TOWN} {ZIP} and the gate code is four four one two
my card {CC} was charged twice on {DATE}
the imei is {IMEI} and the serial is {SER}
her brother {M} picked up the prescription on {DATE}
yeah hi it's {N} my dob is {DOB} and i'm calling about lab results
my father {M} passed on {DATE} and i need to close his account {ACCT}
i'm {N} the daughter of {N2} who is {AGE} and lives alone in {TOWN}
the nurse practitioner {N} npi {NPI} sent the order
the ride should go to {ADU} {TOWN} not the old address on {AD}
'''.strip().split('\n')

FREE = r'''
hi i'm calling to refill my metformin five hundred milligrams twice a day
yes i'd like to schedule a cleaning for next tuesday morning if you have anything
can you tell me if the pharmacy on main street is open on sunday
the doctor said take two tablets at bedtime and i'm still not sleeping
my blood pressure this morning was one forty two over ninety
i'm in room four twelve and the call button isn't working
my group number is {GRP} i don't have the member card with me
the last four of my social are {L4}
i was born in {YR} if that helps
i'm {YAGE} years old and i've never had a reaction like this
will you be able to call me back before five today
may i speak to someone in billing about a charge of eighty nine dollars
the bill says i owe two hundred and forty dollars for the visit in {MON}
mark it as urgent please it's been three weeks
i hope so because the pain is about a seven out of ten
the grant program covers my copay but only through {MON}
i need a ride on {WDAY} at {TIME} to the hope street clinic
my appointment is at {TIME} on {WDAY} but i'll be late
the claim number is {CLAIM} and they denied it
the dose went from {DOSE} to double that last week
okay so uh is faith community clinic taking new patients yeah
my sugar was two hundred and six this morning after breakfast
i'm calling about the summit building parking it's full again
we need the wheelchair van not the sedan for thursday
she takes {DOSE} of prednisone and it makes her jittery
the west wing nurses station said to call this number
yeah the pharmacy gave me the wrong strength it should be ten milligrams
my copay was forty dollars last time and now it's sixty five
can i get the flu shot and the covid booster the same day in {MON}
the lab said fasting for twelve hours so no coffee right
i think i pressed the wrong option i wanted the billing department
is the rose garden entrance the one by the cafeteria
i had a fever of a hundred and one point four last night
my oxygen was ninety four percent on the little finger thing
the bill shows code nine nine two one three and i don't know what that means
i'm calling for the price of the generic it was twelve dollars
the ride was forty five minutes late on {WDAY} and i missed my slot
we're on the third floor suite two ten by the elevators
sorry wrong number i was trying to reach the pizza place
my insurance changed in {MON} so please update the plan
the brown rice diet isn't helping my potassium
does sterling silver cause a rash i got a new bracelet
i'm {YAGE} and my mother is {YAGE} we both need the shingles shot
the online portal keeps saying error four oh four
'''.strip().split('\n')


def check_line(i, text):
    errs = []
    depth, pos = 0, 0
    for m in re.finditer(r'\[\[|\]\]', text):
        depth += 1 if m.group() == '[[' else -1
        if depth not in (0, 1):
            errs.append('nesting')
    if depth:
        errs.append('unclosed')
    for m in re.finditer(r'\[\[([^\]]*?)\]\]', text):
        body = m.group(1)
        if '|' not in body:
            errs.append('no kind'); continue
        kind, val = body.split('|', 1)
        if kind not in KINDS:
            errs.append('kind ' + kind)
        if not val or val != val.strip() or val[-1] in ',;:!?.' or val[0] in ',;:!?.':
            errs.append('edge')
        lv = ' ' + val.lower() + ' '
        for cue in (' my number is ', ' dob ', ' fax ', ' date of birth ', ' born ', ' dr ', ' dr. ', ' mrs ', ' mr ', ' ms ', ' doctor ', "'s ", ' birthday ', ' npi ', ' social '):
            if cue in lv:
                errs.append('cue in label')
        if '[[' in val:
            errs.append('nested')
    plain_text = re.sub(r'\[\[[A-Z_]+\|(.*?)\]\]', r'\1', text)
    n = len(plain_text.split())
    if n < 8 or n > 60:
        errs.append('length %d' % n)
    return errs, n


def main():
    if len(PHI) < 60 or len(set(PHI)) != len(PHI) or len(set(FREE)) != len(FREE):
        sys.exit('templates: too few or repeated')
    need = TOTAL - PHI_FREE
    order = list(range(len(PHI)))
    R.shuffle(order)
    picks = order + order[:need - len(order)]
    if max(picks.count(x) for x in set(picks)) > 2 or len(picks) != need:
        sys.exit('template use')
    free = R.sample(FREE, PHI_FREE)
    rows = []
    seen = set()
    for t in picks:
        for _ in range(20):
            s = fill(PHI[t])
            if s not in seen:
                break
        rows.append(s)
        seen.add(s)
    for t in free:
        s = fill(t)
        rows.append(s)
    R.shuffle(rows)
    bad, long_, kinds, nfree = 0, 0, {}, 0
    for i, s in enumerate(rows):
        errs, n = check_line(i, s)
        if errs:
            print('line %d: %s' % (i + 1, errs), file=sys.stderr)
            bad += 1
        if n > 40:
            long_ += 1
        ks = re.findall(r'\[\[([A-Z_]+)\|', s)
        if not ks:
            nfree += 1
        for k in ks:
            kinds[k] = kinds.get(k, 0) + 1
    if len(set(rows)) != len(rows):
        print('duplicate lines', file=sys.stderr); bad += 1
    if nfree != PHI_FREE:
        print('phi-free %d' % nfree, file=sys.stderr); bad += 1
    if long_ > 20:
        print('too many long turns', file=sys.stderr); bad += 1
    for k in KINDS:
        if kinds.get(k, 0) < 6:
            print('kind %s only %d' % (k, kinds.get(k, 0)), file=sys.stderr); bad += 1
    if bad:
        sys.exit(1)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# voice-holdout14.tsv: generated by masker-domain/src/test/scripts/holdout14_voice.py (seed 140143) '
                'from Datafaker 2.7.0 name lists (Apache-2.0; locales cs-CZ, hu, es-MX, lv, id, en-IE, pl, diacritics '
                'dropped) and invented names, streets and towns written for Masker; caller turns of real calls of every '
                'kind to clinic, pharmacy, insurer, lab, home-health, transport and dental voice agents, all PHI kinds '
                'labelled; held out, scored once; every value invented.\n')
        for i, s in enumerate(rows):
            f.write('vh14-%03d\t%s\n' % (i + 1, s))
    print('wrote %d turns, %d PHI-free, %d templates with PHI, %d PHI-free templates' % (len(rows), nfree, len(PHI), len(FREE)))
    print(' '.join('%s=%d' % kv for kv in sorted(kinds.items())))


if __name__ == '__main__':
    main()
