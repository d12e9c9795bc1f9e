#!/usr/bin/env python3
"""Seventeenth-round voice development set, part b, for Masker: who and how old.

Caregivers, relatives, neighbours and agency staff calling clinics, home health, hospice, nursing
homes, pharmacies and insurers for someone else, and the ages that matter there (ages over 89 in
every spoken shape beside younger ages that stay unlabelled).

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
170172). Given names and surnames come from Datafaker 2.7.0's locale yml files (Apache-2.0):
da-DK, sk, hr, ca, es-AR, en-PH, et and ro-MD. They are combined at random so no real person is
meant, diacritics dropped as speech-to-text drops them; female and male given names (da-DK, sk,
ca, en-PH, et, ro-MD) are kept apart where a pronoun follows, the ungendered hr and es-AR lists
are used only where none does. Invented and ordinary-word names, nicknames, streets, towns and
facility names are written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df17
    python3 masker-domain/src/test/scripts/holdout17_voice_dev_b.py [/tmp/df17]

Every value is invented: phone numbers only from the North American range kept for fiction
(555-0100 to 555-0199, any area code), e-mails at example.com/.org/.net, dates, ages, house
numbers, ZIP codes and record numbers random. The script checks what it writes and exits non-zero
when a check fails.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 170172
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev17b.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df17'
TOTAL = 260
PHI_FREE = 52
PREFIX = 'vd17b'
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}
CUE_PHRASES = ['my number is', 'number', 'dob', 'fax', 'born', 'birth', 'birthday', 'phone',
               'date of', 'years old', 'year old', 'aged']
TITLES = {'dr', 'mr', 'mrs', 'ms', 'miss', 'mister', 'doctor', 'nurse', 'sister', 'father'}


# ---------------------------------------------------------------- names from Datafaker

def fold(s):
    s = s.replace('\u200b', '').strip()
    for a, b in (('ø', 'o'), ('Ø', 'O'), ('æ', 'ae'), ('Æ', 'Ae'), ('đ', 'd'), ('Đ', 'D'),
                 ('ł', 'l'), ('ß', 'ss'), ('·', ''), ('ı', 'i')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return s if re.fullmatch(r"[a-z]+(?:[ '\-][a-z]+)*", s) else None


def yml_list(locale, key):
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    m = re.search(r'^\s+' + re.escape(key) + r':\s*\[(.*)\]\s*$', text, re.M)
    if not m:
        sys.exit('missing key %s in %s' % (key, path))
    out = []
    for raw in m.group(1).split(','):
        v = fold(raw.strip().strip('"').strip("'"))
        if v and len(v) >= 2 and v not in out:
            out.append(v)
    if len(out) < 5:
        sys.exit('too few values for %s in %s' % (key, path))
    return out


NOT_MALE = {'julia', 'rafaela', 'maricel', 'sibil'}
FEMALE, MALE, NEUTRAL, SUR_F, SUR_M = [], [], [], [], []
for loc in ('da-DK', 'sk', 'ca', 'en-PH', 'et', 'ro-MD'):
    FEMALE += yml_list(loc, 'female_first_name')
    MALE += [n for n in yml_list(loc, 'male_first_name') if n not in NOT_MALE]
for loc in ('hr', 'es-AR'):
    NEUTRAL += yml_list(loc, 'first_name')
for loc in ('da-DK', 'hr', 'ca', 'es-AR', 'en-PH', 'et', 'ro-MD'):
    s = yml_list(loc, 'last_name')
    SUR_F += s
    SUR_M += s
SUR_F += yml_list('sk', 'woman_last_name')
SUR_M += yml_list('sk', 'man_last_name')
SUR_N = SUR_M

# invented names and ordinary words used as names, written for this set
FEMALE += ['velda', 'tamsia', 'oriel', 'brenna', 'lusine', 'idony', 'marvela', 'jessamy']
MALE += ['tavin', 'oskel', 'bramwell', 'corvin', 'eddo', 'lorcan', 'fenno']
INVENTED_SUR = ['quellmark', 'haverstrom', 'pellowby', 'drummack', 'vostrenko', 'okonbrecht',
                'tarrowin', 'feldcrest', 'marrowick', 'sunderholt', 'bellquist', 'ondrasik']
SUR_F += INVENTED_SUR
SUR_M += INVENTED_SUR
OW_F = ['grace', 'rose', 'faith', 'hope', 'may', 'june', 'joy', 'ivy', 'dawn', 'pearl', 'ruby',
        'iris', 'daisy', 'honor', 'summer', 'april']
OW_M = ['will', 'bill', 'mark', 'rusty', 'chase', 'grant', 'drew', 'frank', 'guy', 'art', 'bud']
OW_SUR = ['baker', 'stone', 'fox', 'frost', 'bell', 'hill', 'marsh', 'wood', 'brook', 'king',
          'rich', 'green', 'swift', 'little', 'short', 'love', 'house', 'winter', 'price']
MULTI_SUR = ['de nadal', 'de la vinya', 'van der holt', 'dos anjos', 'del valle', 'da costa ruiz',
             'van ommering', 'de los santos', 'ter borch', 'le quellec']
NICK_F = [('margarita', 'rita'), ('katarina', 'kata'), ('elisabet', 'lisbet'), ('josefina', 'pepa'),
          ('antonia', 'toni'), ('dorothea', 'dot'), ('alexandra', 'sasha'), ('magdalena', 'magda'),
          ('gertrude', 'trudy'), ('wilhelmina', 'mina'), ('francisca', 'paqui'), ('teresa', 'tere'),
          ('eleonora', 'nora'), ('rosalia', 'rosie'), ('zuzana', 'zuzka')]
NICK_M = [('francisco', 'paco'), ('william', 'billy'), ('robert', 'bob'), ('alexander', 'sasha'),
          ('jozef', 'joska'), ('johannes', 'hans'), ('guillermo', 'memo'), ('vilhelm', 'willy'),
          ('stanislav', 'stano'), ('bartolomej', 'bartek'), ('ignacio', 'nacho'), ('joakim', 'kim')]
TOWNS = ['east marrow', 'pellham falls', 'north quarry', 'lindell springs', 'cobbet', 'harlow bend',
         'old tarrow', 'saltmeadow', 'hollis ridge', 'vane crossing', 'marlow heights', 'ashby flats',
         'kettle point', 'brindle', 'west ossary', 'union', 'liberty', 'fairhope']
STREETS = ['tamsin lane', 'corvell street', 'old mill road', 'quarry hill drive', 'larkspur court',
           'pell avenue', 'fenwick way', 'bishop hollow road', 'church street', 'maple avenue',
           'hope street', 'rose lane', 'ostrander place', 'kell ridge road', 'garnet circle']
FACILITIES = ['brightwater hospice', 'maple crest nursing home', 'saint brigid home health',
              'sunrise gardens assisted living', 'harbor view rehab', 'golden meadow care center',
              'riverbend pharmacy', 'lakeside memory care', 'helping hands home care',
              'evergreen manor', 'willow grove hospice', 'hope valley senior center',
              'grace point rehab', 'mercy ridge hospital']
DRUGS = ['metoprolol', 'lisinopril', 'eliquis', 'warfarin', 'donepezil', 'furosemide', 'tylenol',
         'morphine', 'lorazepam', 'seroquel', 'aricept', 'namenda', 'prednisone', 'ensure',
         'miralax', 'senna', 'levothyroxine', 'gabapentin', 'trazodone', 'omeprazole']
REL_F = ['mother', 'mom', 'grandmother', 'grandma', 'mother-in-law', 'aunt', 'great aunt',
         'sister', 'wife', 'godmother', 'stepmom']
REL_M = ['father', 'dad', 'grandfather', 'grandpa', 'father-in-law', 'uncle', 'great uncle',
         'brother', 'husband', 'godfather', 'stepdad']
FILLERS = ['um', 'uh', 'so', 'yeah', 'okay so', 'uh yeah', 'um so', 'hi', 'hello', 'yes hi',
           'hey', 'alright so']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
        'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
       8: 'eighth', 9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth',
       14: 'fourteenth', 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth',
       19: 'nineteenth', 20: 'twentieth', 30: 'thirtieth'}


def words(n, hy=False):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ((('-' if hy else ' ') + ONES[u]) if u else '')
    h, rest = divmod(n, 100)
    head = R.choice(['a hundred', 'one hundred']) if h == 1 else ONES[h] + ' hundred'
    return head + ((' and ' + words(rest)) if rest else '')


def ordinal(d):
    if d in ORD:
        return ORD[d]
    t, u = divmod(d, 10)
    return TENS[t] + ' ' + ORD[u]


def year_words(y):
    a, b = divmod(y, 100)
    if b == 0:
        return words(a) + ' hundred'
    if b < 10:
        return words(a) + ' oh ' + ONES[b]
    return words(a) + ' ' + words(b)


def digit_words(s, doubles=True):
    name = {'0': R.choice(['oh', 'oh', 'zero']), '1': 'one', '2': 'two', '3': 'three', '4': 'four',
            '5': 'five', '6': 'six', '7': 'seven', '8': 'eight', '9': 'nine'}
    out, i = [], 0
    while i < len(s):
        d = s[i]
        w = 'oh' if d == '0' else name[d]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append('triple ' + w)
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def spell(name):
    return ' '.join(ch for ch in name if ch.isalpha())


NATO = {'a': 'apple', 'b': 'boy', 'c': 'cat', 'd': 'david', 'e': 'edward', 'f': 'frank',
        'g': 'george', 'h': 'henry', 'i': 'ida', 'j': 'john', 'k': 'king', 'l': 'larry',
        'm': 'mary', 'n': 'nancy', 'o': 'ocean', 'p': 'peter', 'q': 'queen', 'r': 'robert',
        's': 'sam', 't': 'tom', 'u': 'umbrella', 'v': 'victor', 'w': 'william', 'x': 'x-ray',
        'y': 'yellow', 'z': 'zebra'}


def as_in(name):
    return ' '.join('%s as in %s' % (ch, NATO[ch]) for ch in name if ch.isalpha())


def short(pool, maxlen=9):
    while True:
        v = R.choice(pool)
        if ' ' not in v and len(v) <= maxlen and '-' not in v and "'" not in v:
            return v


class C:
    """The values of one turn, drawn fresh."""

    def __init__(self):
        self.fg = R.choice(FEMALE)
        self.fs = R.choice(SUR_F)
        self.ff = self.fg + ' ' + self.fs
        self.mg = R.choice(MALE)
        self.ms = R.choice(SUR_M)
        self.mf = self.mg + ' ' + self.ms
        self.ng = R.choice(NEUTRAL)
        self.ns = R.choice(SUR_N)
        self.nf = self.ng + ' ' + self.ns
        self.ng2 = R.choice(NEUTRAL)
        self.fg2 = R.choice(FEMALE)
        self.mg2 = R.choice(MALE)
        self.s2 = R.choice(SUR_N)
        self.ssp = short(SUR_N)  # a surname short enough to spell
        self.fsp = short(FEMALE, 7)
        self.doc = short(SUR_N, 11)
        self.doc2 = short(SUR_N, 11)
        self.owf = R.choice(OW_F)
        self.owm = R.choice(OW_M)
        self.ows = R.choice(OW_SUR)
        self.multi = R.choice(MULTI_SUR)
        a, b = short(SUR_F), short(SUR_F)
        self.hyph = a + R.choice(['-', '-', ' ']) + b
        self.hyph_d = a + '-' + b
        self.nickf = R.choice(NICK_F)
        self.nickm = R.choice(NICK_M)
        self.inv = R.choice(INVENTED_SUR)
        self.relf = R.choice(REL_F)
        self.relm = R.choice(REL_M)
        self.um = R.choice(FILLERS)
        # ages
        self.an = R.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 106])
        self.age = words(self.an, hy=R.random() < 0.3)
        self.age_d = str(self.an)
        self.agey = words(R.randint(90, 99), hy=R.random() < 0.4)  # after "a": below a hundred
        self.an2 = R.randint(90, 99)
        self.age2 = words(self.an2)
        self.young = words(R.randint(61, 89), hy=R.random() < 0.3)
        self.young2 = words(R.randint(61, 89), hy=R.random() < 0.3)
        self.yb = R.randint(1935, 1962)
        self.uh = R.choice(['um', 'uh', 'like', 'you know', "uh it's", 'um hold on'])
        self.pill = R.choice(['metoprolol', 'lisinopril', 'donepezil', 'furosemide', 'prednisone',
                              'gabapentin', 'trazodone', 'omeprazole', 'aricept'])
        self.mid = words(R.randint(40, 79))
        self.kid = words(R.randint(4, 17))
        # dates
        self.by = 2024 - self.an - R.choice([0, 1])
        m, d = R.randint(1, 12), R.randint(1, 28)
        self.dob = R.choice([
            '%s %s %s' % (MONTHS[m - 1], ordinal(d), year_words(self.by)),
            'the %s of %s %s' % (ordinal(d), MONTHS[m - 1], year_words(self.by)),
            '%s %s %s' % (MONTHS[m - 1], words(d), year_words(self.by)),
            '%d/%d/%d' % (m, d, self.by),
            '%s %d %d' % (MONTHS[m - 1], d, self.by)])
        m2, d2 = R.randint(1, 12), R.randint(1, 28)
        self.date = R.choice(['%s %s' % (MONTHS[m2 - 1], ordinal(d2)),
                              'the %s of %s' % (ordinal(d2), MONTHS[m2 - 1]),
                              '%s %s' % (MONTHS[m2 - 1], R.choice(['twenty twenty three',
                                                                   'twenty twenty four'])),
                              '%s %d' % (MONTHS[m2 - 1], d2)])
        self.month = R.choice(MONTHS)
        self.day, self.day2 = R.sample(DAYS, 2)
        # phone
        area = str(R.randint(2, 9)) + str(R.randint(0, 9)) + str(R.randint(0, 9))
        if area[1:] == '11':
            area = area[0] + '12'
        line = '01' + '%02d' % R.randint(0, 99)
        kind = R.random()
        if kind < 0.6:
            self.ph = digit_words(area) + ' five five five ' + digit_words(line)
        elif kind < 0.75:
            self.ph = 'five five five ' + digit_words(line)
        elif kind < 0.88:
            self.ph = '%s-555-%s' % (area, line)
        else:
            self.ph = '(%s) 555-%s' % (area, line)
        # place
        self.house = words(R.randint(2, 99)) + ' ' + words(R.randint(0, 99)) \
            if R.random() < 0.5 else words(R.randint(11, 999))
        self.street = R.choice(STREETS)
        self.town = R.choice(TOWNS)
        z = '%05d' % R.randint(10000, 99899)
        self.zip = digit_words(z, doubles=False) if R.random() < 0.7 else z
        self.fac = R.choice(FACILITIES)
        self.drug = R.choice(DRUGS)
        self.mrn = digit_words(''.join(str(R.randint(0, 9)) for _ in range(R.choice([7, 8]))))
        self.mail_user = R.choice([self.fg, self.ng, self.mg]) + R.choice(['', ' dot ', ' underscore ']) \
            + R.choice([self.fs, self.ns, words(R.randint(20, 99))])
        self.mail_user = re.sub(r' +', ' ', self.mail_user.replace('  ', ' '))
        self.mail = self.mail_user + ' at example dot ' + R.choice(['com', 'org', 'net'])
        self.time = R.choice(['two thirty', 'nine fifteen', 'ten am', 'four oclock', '7:45',
                              'noon', 'eleven thirty', 'six in the evening', '3 pm'])


def N(x):
    return '[[NAME|%s]]' % x


def A(x):
    return '[[AGE|%s]]' % x


def L(k, x):
    return '[[%s|%s]]' % (k, x)


# ---------------------------------------------------------------- templates with PHI

T = [
    lambda c: f"{c.um} this is {N(c.ff)} i'm calling for my {c.relf} she's {A(c.age)} and she fell again last night",
    lambda c: f"hi i'm calling about my {c.relm} {N(c.mf)} he turned {A(c.age)} last spring and the home health nurse hasn't come out since {c.day}",
    lambda c: f"yeah the patient is {N(c.ff)} she is a {A(c.agey)} year old lady and i'm her neighbour i just check in on her",
    lambda c: f"{c.um} my grandmother is in her late {A('nineties')} and she lives alone out in {L('LOCATION', c.town)} so i worry about her",
    lambda c: f"it's for {N(c.mf)} he's {A(c.age_d)} and i'm his daughter-in-law {N(c.fg2)} i handle his pills",
    lambda c: f"okay so i'm {N(c.nf)} from {c.fac} and i'm calling on behalf of a resident {N(c.ff)} age {A(c.age)}",
    lambda c: f"{c.um} i'm calling for my {c.relf} uh she's {c.young} no wait she just turned {A('ninety')} i keep forgetting",
    lambda c: f"my dad is {A(c.age)} and my mom is {c.young} and they both need the flu shot can the nurse come to the house",
    lambda c: f"her name is {N(c.ff)} {N(spell(c.fs))} and she was born {L('DOB', c.dob)}",
    lambda c: f"the last name is {N(c.ssp)} {N(as_in(c.ssp))} and the first name is {N(c.fg)}",
    lambda c: f"{c.um} it's {N(c.fg)} no sorry it's {N(c.fg2)} i was reading the wrong line {N(c.fg2 + ' ' + c.fs)}",
    lambda c: f"she goes by {N(c.nickf[1])} but her legal name is {N(c.nickf[0] + ' ' + c.fs)} that's what'll be on the chart",
    lambda c: f"everyone calls him {N(c.nickm[1])} his real name is {N(c.nickm[0] + ' ' + c.ms)} he's {A(c.age)} this year",
    lambda c: f"her maiden name was {N(c.s2)} and her married name is {N(c.fs)} so it might be under either one",
    lambda c: f"she was born a {N(c.s2)} but she's been {N(c.fg + ' ' + c.fs)} for seventy years so try that first",
    lambda c: f"it's a hyphenated last name {N(c.hyph)} and the first name is {N(c.fg)} she's {A(c.age)}",
    lambda c: f"the last name is two words {N(c.multi)} with a space in it and the first name is {N(c.mg)}",
    lambda c: f"{c.um} i'm calling for {N(c.owf + ' ' + c.fs)} yes {N(c.owf)} like the word she's {A(c.age)} years old",
    lambda c: f"this is {N(c.owm)} {c.um} {N(c.owm + ' ' + c.ows)} i'm the son of one of your patients",
    lambda c: f"his name's {N(c.mg + ' ' + c.ows)} {N(c.ows)} like the word and he's {A(c.age_d)}",
    lambda c: f"i'm calling about my {c.relf} and she's {A('ninety')} so no wait she's {A(c.age2)} i'm sorry it's been a long week",
    lambda c: f"doctor {N(c.doc)} wanted to see her again but she's {A(c.age)} and she can't do the stairs at that office",
    lambda c: f"we saw doctor {N(c.doc)} on {L('DATE', c.date)} and {N(c.doc)} said to call if the swelling came back well it came back",
    lambda c: f"{c.um} is doctor {N(c.doc)} still taking new patients my {c.relm} {N(c.mf)} is {A(c.age)} and his doctor retired",
    lambda c: f"the night nurse {N(c.fg2)} told me to call in the morning my {c.relf} {N(c.ff)} didn't sleep at all",
    lambda c: f"her aide is {N(c.ng + ' ' + c.s2)} and she comes monday wednesday friday but {N(c.fg)} needs someone on weekends now",
    lambda c: f"i'm the aide for {N(c.ff)} my name is {N(c.ng)} and she's out of her {c.drug}",
    lambda c: f"yes hi this is {N(c.nf)} with {c.fac} calling about mister {N(c.ms)} he's {A(c.age)} and he's declining",
    lambda c: f"the patient {N(c.mf)} is {A(c.age)} and his wife is {c.young} and she can't lift him anymore",
    lambda c: f"i'm his neighbour {N(c.nf)} he gave me permission his name is {N(c.mf)} he's about {A(c.age)}",
    lambda c: f"my mother-in-law {N(c.ff)} she's {A(c.age_d)} years old and she's on hospice with you guys",
    lambda c: f"i need to cancel for my {c.relm} he passed on {c.day} his name was {N(c.mf)} he was {A(c.age)}",
    lambda c: f"can you call me back at {L('PHONE', c.ph)} it's about my {c.relf} {N(c.ff)}",
    lambda c: f"the best number to reach me is {L('PHONE', c.ph)} and ask for {N(c.ng)}",
    lambda c: f"{c.um} my number {L('PHONE', c.ph)} i'm her granddaughter {N(c.fg2 + ' ' + c.s2)}",
    lambda c: f"she's {A(c.age)} she was born {L('DOB', c.dob)} and her name is {N(c.ff)}",
    lambda c: f"date of birth {L('DOB', c.dob)} and she's {A(c.age)} now can you still do the cataract surgery at that age",
    lambda c: f"birthday is {L('DOB', c.dob)} last name {N(c.ms)} first name {N(c.mg)}",
    lambda c: f"we're having a party for her on {L('DATE', c.date)} cause she'll be {A(c.age)} and i wanted to move the appointment",
    lambda c: f"{N(c.ff)} room twelve she turns {A(c.age)} on {c.day} and the family is coming",
    lambda c: f"my {c.relm} is a {A(c.agey)}-year-old veteran named {N(c.mf)} and he wants his records sent",
    lambda c: f"he's {A(c.age_d)} and sharp as a tack his name is {N(c.mg + ' ' + c.ms)} and i'm his power of attorney",
    lambda c: f"she's {A(c.age)} i mean i always get mixed up with the years she's old she's really old",
    lambda c: f"{c.um} she'll be {A('one hundred')} in {c.month} and the governor's office sends a card can you confirm her age for them her name's {N(c.ff)}",
    lambda c: f"he is {A(c.age)} going on {A(words(c.an + 1))} and he still drives which is the problem",
    lambda c: f"there's two of them my grandma {N(c.fg)} who's {A(c.age)} and my grandpa {N(c.mg)} who is {c.young}",
    lambda c: f"i'm seventy two myself and my mother {N(c.ff)} is {A(c.age)} and i just can't do it alone anymore",
    lambda c: f"i'm {c.mid} and i take care of my {c.relm} he's {A(c.age)} his name is {N(c.mf)}",
    lambda c: f"the resident in room two oh four {N(c.ff)} she's {A(c.age)} her son {N(c.mg)} wants a call",
    lambda c: f"call her son {N(c.mg + ' ' + c.fs)} at {L('PHONE', c.ph)} he's the emergency contact",
    lambda c: f"{c.um} my name's {N(c.ng)} i'm calling for {N(c.ff)} she lives at {L('ADDRESS', c.house + ' ' + c.street)} in {L('LOCATION', c.town)}",
    lambda c: f"the address for {N(c.mf)} is {L('ADDRESS', c.house + ' ' + c.street)} {L('LOCATION', c.town)} {L('ZIP', c.zip)}",
    lambda c: f"she moved in with us so the new address is {L('ADDRESS', c.house + ' ' + c.street)} that's in {L('LOCATION', c.town)}",
    lambda c: f"i'm the caregiver for {N(c.mf)} and they want his chart number it's {L('MRN', c.mrn)}",
    lambda c: f"medical record number {L('MRN', c.mrn)} patient {N(c.ff)} and she's {A(c.age)}",
    lambda c: f"you can email me the forms at {L('EMAIL', c.mail)} i'm the daughter {N(c.fg2)}",
    lambda c: f"my email is {L('EMAIL', c.mail)} and the patient is {N(c.mf)} he's {A(c.age)}",
    lambda c: f"it's {N(c.fs + ' ' + c.fg)} last name first sorry {N(c.fs)} is the last name",
    lambda c: f"last name {N(c.ms)} comma {N(c.mg)} he's at {c.fac} and he is {A(c.age)} years of age",
    lambda c: f"{N(c.fs + ', ' + c.fg)} that's how it's written on her card she's {A(c.age)}",
    lambda c: f"so her name is uh hold on i have it written down {N(c.ff)}",
    lambda c: f"i'm calling about a refill of the {c.drug} for my {c.relm} his name is {c.uh} {N(c.mf)}",
    lambda c: f"it's for my {c.relf} the pharmacy says the prescription ran out and her name is {N(c.ff)} she's {A(c.age)}",
    lambda c: f"{c.um} the name on it should be {N(c.fg)} not {N(c.fg2)} somebody typed it wrong",
    lambda c: f"it's {N(c.fs)} not {N(c.s2)} they keep writing {N(c.s2)} on her papers",
    lambda c: f"spelled {N(spell(c.ssp))} {N(c.ssp)} and first name {N(c.fg)} {N(spell(c.fg))}",
    lambda c: f"her first name {N(c.fsp)} is {N(as_in(c.fsp))} and the last name i'll spell too {N(spell(c.ssp))}",
    lambda c: f"{N(c.ssp)} that's {N(spell(c.ssp))} she's {A(c.age)} and she's hard of hearing so call me instead",
    lambda c: f"i'm the home health agency scheduler {N(c.ng)} and our client {N(c.mf)} turned {A(c.age)} and needs a new plan of care",
    lambda c: f"hospice intake for {N(c.ff)} she's {A(c.age)} referred by doctor {N(c.doc)} the daughter is {N(c.fg2)}",
    lambda c: f"i'm calling from {c.fac} we have a {A(c.agey)} year old female {N(c.ff)} who needs a bed",
    lambda c: f"the insurance wants proof of her age she is {A(c.age)} her birth date is {L('DOB', c.dob)}",
    lambda c: f"he's {A(c.age)} he was born in {year_words(c.by)} and he's been with this plan since forever his name is {N(c.mf)}",
    lambda c: f"my {c.relm} {N(c.nickm[0])} well {N(c.nickm[1])} everybody calls him that he's {A(c.age)}",
    lambda c: f"i'm calling for {N(c.owf)} she's my neighbour and she's {A(c.age)} and she said it's okay",
    lambda c: f"{N(c.owf + ' ' + c.ows)} that's the patient {N(c.owf)} like the word and {N(c.ows)} like the word too",
    lambda c: f"my {c.relf} and my {c.relm} both go to doctor {N(c.doc)} she's {A(c.age)} and he's {c.young}",
    lambda c: f"{c.um} so doctor {N(c.doc)} sent us to doctor {N(c.doc2)} and {N(c.doc2)} wants an mri but she's {A(c.age)}",
    lambda c: f"tell doctor {N(c.doc)} that {N(c.ff)} is still having the chest pains she's {A(c.age)} so i'm scared",
    lambda c: f"i think dr {N(c.doc)} is her doctor or maybe {N(c.doc2)} i can never remember",
    lambda c: f"hi it's {N(c.ng)} again i called earlier about {N(c.mf)} the {A(c.age)} year old",
    lambda c: f"i'm the social worker {N(c.nf)} and the patient's niece {N(c.fg2)} is the one to call at {L('PHONE', c.ph)}",
    lambda c: f"she was admitted on {L('DATE', c.date)} she's {A(c.age)} and nobody told the family",
    lambda c: f"he was discharged {L('DATE', c.date)} from {c.fac} and his name is {N(c.mf)}",
    lambda c: f"{c.um} i'm actually calling for my neighbour across the street {N(c.mg + ' ' + c.ows)} he's {A(c.age)} and he doesn't have anybody",
    lambda c: f"my husband {N(c.mg)} and i are both on the plan i'm {c.young} and he's {A(c.age)}",
    lambda c: f"his wife {N(c.fg)} died last year so it's just him now he's {A(c.age_d)}",
    lambda c: f"the caller is me {N(c.nf)} the patient is my {c.relf} {N(c.fg)} same last name",
    lambda c: f"i'm the durable power of attorney for {N(c.ff)} and i'm {c.mid} if that matters",
    lambda c: f"the {A(c.age)} year old is my {c.relf} and the {c.young} year old is my {c.relm}",
    lambda c: f"{N(c.ff)} hyphen no sorry {N(c.fg + ' ' + c.hyph_d)} with the dash",
    lambda c: f"she's {A('a hundred')} no {A('a hundred and one')} she turned {A('a hundred and one')} in {c.month}",
    lambda c: f"i'm calling for my great grandmother she's {A(c.age_d)} she lives with us in {L('LOCATION', c.town)}",
    lambda c: f"the patient's name is {N(c.ff)} and the caregiver that's me is {N(c.nf)}",
    lambda c: f"{N(c.mf)}'s daughter here he's {A(c.age)} and we need a wheelchair ramp assessment",
    lambda c: f"{N(c.ff)}'s aide {N(c.ng)} says her feet are swollen and she's {A(c.age)}",
    lambda c: f"i'm from the agency my name is {N(c.ng2 + ' ' + c.ns)} and i'm filling in for {N(c.fg2)} this week",
    lambda c: f"{c.um} the patient {N(c.inv + ' ' + c.fg)} yes {N(c.inv)} is the last name it's an unusual one",
    lambda c: f"my {c.relf} is {c.young} {c.um} no sorry {A('ninety six')} and she's on {c.pill} ten milligrams",
    lambda c: f"so she's {A(c.age)} and she takes {c.drug} at {c.time} and her name is {N(c.fg)}",
    lambda c: f"could you ask {N(c.fg2)} at the front desk to call me back at {L('PHONE', c.ph)}",
    lambda c: f"i spoke to {N(c.ng)} in billing and she said my {c.relm} {N(c.mf)} was covered",
    lambda c: f"{c.um} who am i speaking with oh {N(c.owf)} hi {N(c.owf)} i'm calling about {N(c.mf)}",
    lambda c: f"my name is {N(c.ff)} and my mother is {N(c.fg2 + ' ' + c.fs)} she is {A(c.age)} and she's at {c.fac}",
    lambda c: f"he just turned {A(c.age)} last {c.month} and he was born {L('DOB', c.dob)} so you can check",
    lambda c: f"she's {A('ninety three')} no {A('ninety four')} sorry i had it wrong",
    lambda c: f"it's {N(c.mf)} not junior the senior one the dad he's {A(c.age)}",
    lambda c: f"i'm the night aide for {N(c.ff)} at {L('ADDRESS', c.house + ' ' + c.street)} and she's {A(c.age)} and confused tonight",
    lambda c: f"we go by {N(c.owm)} and {N(c.owf)} but for the chart it's {N(c.mg)} and {N(c.fg + ' ' + c.ms)}",
    lambda c: f"her brother {N(c.mg)} is {A(c.age)} and she's {c.young} and they share a room at {c.fac}",
    lambda c: f"{c.um} a {A(c.agey)}-year-old man {N(c.mf)} fell at home in {L('LOCATION', c.town)} and his daughter is calling",
    lambda c: f"i'm calling for my aunt she's {A(c.age)} and her zip is {L('ZIP', c.zip)} to see which pharmacy is close",
    lambda c: f"the last name is {N(c.multi)} all one family and her first name is {N(c.fg)} she's {A(c.age)}",
    lambda c: f"yeah i'm the nurse from {c.fac} my name's {N(c.ng)} and i'm calling about {N(c.mf)} date of birth {L('DOB', c.dob)}",
    lambda c: f"{c.um} i'm calling for my {c.relf} {N(c.ff)} she's {A(c.age)} and she lives at {c.fac} and the nurse said her {c.pill} was changed on {L('DATE', c.date)} but nobody told us and she's been dizzy ever since",
    lambda c: f"yeah so this is {N(c.nf)} i'm the neighbour i've got a key and i'm the one who checks on {N(c.mf)} every day he's {A(c.age)} and his kids live out of state so he asked me to call he can't hear on the phone anymore",
    lambda c: f"hi um i'm calling from {c.fac} about a resident {N(c.ff)} date of birth {L('DOB', c.dob)} she's {A(c.age)} and her daughter {N(c.fg2)} wants the hospice team to call her at {L('PHONE', c.ph)} before {c.day} if that's possible",
]

# ---------------------------------------------------------------- PHI-free templates

F = [
    lambda c: f"{c.um} it's my {c.relm} he's {c.young} and he lives at {c.fac} and the aide said he didn't take his {c.pill} this morning or last night either and he's been confused since {c.day} and i just want the nurse to call me back before {c.time} please",
    lambda c: f"{c.um} will you have the nurse call me back about my {c.relf} she's {c.young} and the swelling is worse",
    lambda c: f"may i ask if the doctor is in on {c.day} my {c.relm} needs his blood pressure checked",
    lambda c: f"i hope so i mean she's {c.young} and she's been on {c.drug} since the nineties",
    lambda c: f"my daughter said to call about the bill from {c.fac} it came in {c.month}",
    lambda c: f"she has faith in the doctor but she's scared of the new {c.drug} it's {R.choice(['ninety', 'forty', 'twenty five'])} milligrams",
    lambda c: f"he takes ninety two pills a month and the pharmacy only gave him sixty so we're short",
    lambda c: f"room ninety one at {c.fac} says the call light isn't working and the aide can't hear it",
    lambda c: f"her blood pressure was one ninety over ninety six this morning is that bad for someone who's {c.young}",
    lambda c: f"{c.um} my son is {c.kid} and my {c.relf} is {c.young} can they get the same appointment time on {c.day}",
    lambda c: f"she was born in {year_words(c.yb)} and she's {words(2024 - c.yb)} now is she due for the shingles shot",
    lambda c: f"her pulse is ninety four and her oxygen is ninety one percent should we go to the er",
    lambda c: f"the rose garden at {c.fac} is lovely but she can't get out there with the walker",
    lambda c: f"there's a grace period on the premium right my {c.relm} forgot to mail it in {c.month}",
    lambda c: f"{c.um} the nurse said the doctor would call by {c.time} and it's past that now",
    lambda c: f"it's {R.choice(['ninety', 'ninety five', 'a hundred and five', 'ninety nine'])} dollars for the copay and she's on a fixed income is there any help",
    lambda c: f"my {c.relm} is {c.young} and he was a teacher in the nineties he still thinks it's nineteen ninety five",
    lambda c: f"can you mark it as urgent my {c.relf} hasn't eaten since {c.day}",
    lambda c: f"she weighs ninety eight pounds now she used to be {words(R.randint(120, 160))} it's scary",
    lambda c: f"the hospice nurse comes on {c.day} and {c.day2} and the aide comes every morning at {R.choice(['seven', 'eight thirty', '9 am', 'nine'])}",
    lambda c: f"i'm his son and i'm {c.mid} and i live {words(R.randint(2, 90))} miles away so i can't get there every day",
    lambda c: f"it's the {c.drug} the {words(R.choice([5, 10, 20, 25, 40, 50]))} milligram ones she needs ninety of them for the three months",
    lambda c: f"{c.um} does medicare cover a hospital bed at home my {c.relf} is {c.young} and can't get up on her own",
    lambda c: f"the bill says ninety days but she was only there for {words(R.randint(10, 40))} days",
    lambda c: f"i'm calling for my {c.relm} he's in his eighties and he lives at {c.fac} now",
    lambda c: f"the group number on the card is {digit_words(str(R.randint(10000, 99999)))} and it's the senior plan",
    lambda c: f"she's going to be {c.young} in {c.month} and we want to plan a trip is she ok to fly",
    lambda c: f"he was born in {year_words(R.randint(1935, 1962))} so he's old enough for the senior discount right",
    lambda c: f"{c.um} hope valley or grace point which one has a bed open for my {c.relf}",
    lambda c: f"his temperature was ninety nine point four and he's been coughing since {c.day}",
    lambda c: f"will the doctor see her at {c.time} or do we need to wait until {c.day} she's really tired",
    lambda c: f"my mom is {c.young} my dad is {c.young2} and they both need their {c.drug} refilled",
    lambda c: f"she's had the sugar since the nineties and her a one c was {R.choice(['seven point two', 'eight', 'six point nine'])} last time",
]


# ---------------------------------------------------------------- checks

LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')


def labels(line):
    return LABEL.findall(line)


def check(line, phi):
    errs = []
    plain = LABEL.sub(lambda m: m.group(2), line)
    if '[[' in plain or ']]' in plain or '|' in plain:
        errs.append('malformed or nested markup')
    found = labels(line)
    if phi and not found:
        errs.append('PHI template without a label')
    if not phi and found:
        errs.append('PHI-free turn with a label')
    for kind, val in found:
        if kind not in KINDS:
            errs.append('unknown kind ' + kind)
        if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
            errs.append('bad label edge')
        low = ' ' + val.lower() + ' '
        for cue in CUE_PHRASES:
            if ' ' + cue + ' ' in low:
                errs.append('cue in label')
        if set(val.lower().split()) & TITLES and kind == 'NAME':
            errs.append('title in label')
        if re.search(r"'s\b", val):
            errs.append('possessive in label')
        if kind == 'AGE':
            if not re.fullmatch(r"(9\d|1\d\d)|(ninety([ -](one|two|three|four|five|six|seven|eight|nine))?)|nineties|"
                                r"((a|one) hundred( and (one|two|three|four|five|six|seven|eight|nine|ten|eleven))?)", val):
                errs.append('AGE label not over 89: ' + val)
    for m in re.finditer(r'\[\[NAME\|([^\]]*)\]\] \[\[NAME\|([^\]]*)\]\]', line):
        x, y = m.group(1), m.group(2)
        spelled = [v for v in (x, y) if re.fullmatch(r'[a-z]( [a-z])+', v) or ' as in ' in v]
        if x != y and not spelled and not x.endswith(' ' + y) and not x.startswith(y + ' '):
            errs.append('a full name split into two spans')
    n = len(plain.split())
    if n < 8 or n > 55:
        errs.append('length %d' % n)
    return errs, plain


def main():
    seen = set()
    lines = []
    used = {}
    flags = [True] * (TOTAL - PHI_FREE) + [False] * PHI_FREE
    R.shuffle(flags)
    errors = []
    for phi in flags:
        pool = T if phi else F
        prefix = 'T' if phi else 'F'
        for _ in range(200):
            cands = [i for i in range(len(pool)) if used.get((prefix, i), 0) < 2]
            i = R.choice(cands)
            line = re.sub(r' +', ' ', pool[i](C())).strip()
            if line in seen:
                continue
            break
        else:
            sys.exit('could not draw a new line')
        used[(prefix, i)] = used.get((prefix, i), 0) + 1
        seen.add(line)
        errs, _ = check(line, phi)
        if errs:
            errors.append('%s template %d: %s' % (prefix, i, ', '.join(sorted(set(errs)))))
        lines.append(line)
    phi_templates_used = len({k for k in used if k[0] == 'T'})
    if phi_templates_used < 60:
        errors.append('only %d PHI templates used' % phi_templates_used)
    if max(used.values()) > 2:
        errors.append('a template used more than twice')
    if sum(1 for l in lines if not labels(l)) != PHI_FREE:
        errors.append('PHI-free count wrong')
    long_ = sum(1 for l in lines if len(LABEL.sub(lambda m: m.group(2), l).split()) > 40)
    if long_ > TOTAL // 20:
        errors.append('too many turns over 40 words: %d' % long_)
    if len(set(lines)) != len(lines):
        errors.append('duplicate lines')
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)
    header = ('# voice-dev17b.tsv: seventeenth-round voice development set, part b (who and how old: '
              'caregivers, relatives, neighbours and agency staff calling clinics, home health, hospice, '
              'nursing homes, pharmacies and insurers for someone else, and the ages that matter); '
              'generated by masker-domain/src/test/scripts/holdout17_voice_dev_b.py (seed %d) from '
              'Datafaker 2.7.0 name lists (Apache-2.0; locales da-DK, sk, hr, ca, es-AR, en-PH, et, ro-MD, '
              'diacritics dropped) and invented names, streets and towns written for Masker by an outside '
              'author; %d turns, %d without PHI; every value invented.' % (SEED, TOTAL, PHI_FREE))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(header + '\n')
        for n, line in enumerate(lines, 1):
            f.write('%s-%03d\t%s\n' % (PREFIX, n, line))
    counts = {}
    for l in lines:
        for k, _ in labels(l):
            counts[k] = counts.get(k, 0) + 1
    print('wrote %s: %d turns, %d PHI-free, %d PHI templates used (%d written), %d PHI-free templates; %s'
          % (os.path.normpath(OUT), len(lines), PHI_FREE, phi_templates_used, len(T), len(F),
             ', '.join('%s %d' % kv for kv in sorted(counts.items()))))


if __name__ == '__main__':
    main()
