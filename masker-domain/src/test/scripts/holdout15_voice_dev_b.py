#!/usr/bin/env python3
"""Fifteenth-round voice development set, part b, for Masker: people named the way callers name them.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
150152). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0; locales da-DK, sk, hr, ca,
en-NG, en-PH, and fi-FI, tr, nb-NO in place of ko, zh-CN and he, which hold no Latin-script name
lists and are skipped), combined at random so no real person is meant, plus invented and
ordinary-word names, streets and towns written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df15
    python3 masker-domain/src/test/scripts/holdout15_voice_dev_b.py [/tmp/df15]

Every value is invented: phones only from fiction ranges (NANP 555-01xx, UK 07700 900xxx,
AU 0491 570 xxx), e-mails at example.com/.org/.net, Medicare numbers in the MBI shape, member and
record numbers random. A pet's name is not a person's name and stays unlabelled throughout. The
script checks what it writes and exits non-zero when a check fails.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 150152
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev15b.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df15'
TOTAL = 260
PHI_FREE = 39
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}

# ---------------------------------------------------------------- names from Datafaker

SPECIAL = {'ı': 'i', 'æ': 'ae', 'ø': 'o', 'đ': 'd', 'ß': 'ss', '·': '', '\u200b': ''}


def plain(s):
    s = s.strip().strip('"\'').lower()
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def yml_list(locale, key):
    """The list under `name: <key>:` of a Datafaker locale file, or [] when absent."""
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    start = text.find('\n    name:\n')
    if start < 0:
        return []
    section = text[start + 11:]
    end = re.search(r'\n    \S', section)
    section = section[:end.start()] if end else section
    m = re.search(r'\n?      ' + key + r':\s*\[(.*?)\]', '\n' + section, re.S)
    if not m:
        return []
    out = []
    for item in m.group(1).split(','):
        v = plain(item)
        if re.fullmatch(r"[a-z]+(?:[ -][a-z]+)?", v) and v != 'sname' and 2 <= len(v) <= 14:
            out.append(v)
    return out


FEMALE, MALE, ANY, SUR = set(), set(), set(), set()
for loc in ['da-DK', 'sk', 'ca', 'en-PH', 'fi-FI', 'tr', 'nb-NO']:
    FEMALE.update(yml_list(loc, 'female_first_name'))
    MALE.update(yml_list(loc, 'male_first_name'))
for loc in ['hr', 'en-NG']:
    ANY.update(yml_list(loc, 'first_name'))
for loc in ['da-DK', 'hr', 'ca', 'en-NG', 'en-PH', 'fi-FI', 'tr', 'nb-NO']:
    SUR.update(yml_list(loc, 'last_name'))
SUR.update(yml_list('sk', 'man_last_name'))
for loc in ['ko', 'zh-CN', 'he']:   # no Latin-script lists in 2.7.0: skipped
    assert not yml_list(loc, 'first_name') and not yml_list(loc, 'last_name'), loc
FEMALE, MALE = sorted(FEMALE - MALE), sorted(MALE - FEMALE)
ANY = sorted(ANY | set(FEMALE) | set(MALE))
SUR = sorted(s for s in SUR if ' ' not in s)
if min(len(FEMALE), len(MALE), len(SUR)) < 100:
    sys.exit('name lists too short: is %s the unzipped Datafaker jar?' % DF)

# ---------------------------------------------------------------- invented values

WORD_F = ['hope', 'may', 'paris', 'grace', 'june', 'april', 'joy', 'dawn', 'faith', 'summer', 'rose',
          'ivy', 'liberty', 'sunny', 'autumn', 'pearl']
WORD_M = ['chase', 'will', 'bill', 'mark', 'art', 'king', 'rusty', 'hunter', 'cash', 'reed', 'sonny',
          'frank', 'guy', 'pat', 'dale', 'clay']
WORD_S = ['stone', 'king', 'chase', 'bell', 'fox', 'hill', 'wood', 'park', 'rice', 'baker', 'marsh',
          'frost', 'banks', 'house', 'bush', 'field', 'lake', 'may', 'paris', 'hope', 'love', 'snow']
INV_F = ['kelsa', 'marisel', 'teralyn', 'corvina', 'ellowen', 'brisa', 'davinne', 'lorca', 'quilla',
         'shavonne', 'tamsa', 'oriel', 'nedra', 'jessamy']
INV_M = ['brevin', 'dovan', 'jaxley', 'tarrin', 'colvis', 'remiel', 'dashon', 'ulrick', 'kembry',
         'fenwick', 'marlo', 'tobin']
INV_S = ['vantreese', 'mulgrove', 'ashcombe', 'penhallow', 'torvik', 'brannagh', 'kilderry',
         'halvorne', 'dunmarsh', 'crellin', 'oxendine', 'quarless', 'belvoir', 'trangmar']
PARTICLES = ['van der', 'van den', 'de la', 'del', 'di', 'von', 'da', 'ter', 'dos', 'le']
NICK_F = ['dee dee', 'missy', 'tootie', 'bunny', 'kiki', 'lulu', 'birdie', 'sissy']
NICK_M = ['buddy', 'skip', 'junior', 'bubba', 'tank', 'chip', 'butch', 'sonny boy']
MISHEARD = [('ann', 'anne', 'with an e'), ('jon', 'john', 'with an h'), ('steven', 'stephen', 'with a p h'),
            ('sara', 'sarah', 'with an h at the end'), ('carl', 'karl', 'with a k'),
            ('katherine', 'kathryn', 'with a y'), ('brian', 'bryan', 'with a y'),
            ('allen', 'alan', 'one l'), ('terri', 'teri', 'one r'), ('phillip', 'philip', 'one l')]
STREETS = ['larkspur lane', 'quillan road', 'beddow street', 'ferncastle drive', 'old mill road',
           'harrow crescent', 'tamber way', 'cold spring road', 'pennock avenue', 'wicklow court',
           'saltmarsh road', 'juniper hollow road', 'king street', 'chase avenue', 'hope street',
           'orchard bend', 'fallowfield drive', 'copper kettle lane', 'bramwell place', 'stone street']
TOWNS = ['millbridge', 'east calloway', 'harlow springs', 'ashgrove', 'dunmore falls', 'port rellis',
         'caddo hollow', 'fennick', 'lower brantham', 'west orland', 'kestrel point', 'hope', 'paris',
         'stone creek', 'marrowdale', 'little tenby', 'grayson mill', 'north vale']
PETS = ['biscuit', 'pepper', 'duke', 'princess', 'max', 'coco', 'rocky', 'daisy']
NATO = dict(a='alpha', b='bravo', c='charlie', d='delta', e='echo', f='foxtrot', g='golf', h='hotel',
            i='india', j='juliet', k='kilo', l='lima', m='mike', n='november', o='oscar', p='papa',
            q='quebec', r='romeo', s='sierra', t='tango', u='uniform', v='victor', w='whiskey',
            x='x-ray', y='yankee', z='zulu')
ASIN = dict(a='apple', b='boy', c='cat', d='david', e='edward', f='frank', g='george', h='henry',
            i='ida', j='john', k='king', l='larry', m='mary', n='nancy', o='ocean', p='peter',
            q='queen', r='robert', s='sam', t='tom', u='umbrella', v='victor', w='william', x='x-ray',
            y='yellow', z='zebra')

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
       'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
       'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second',
       'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh',
       'twenty eighth']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']


def two(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])


def year_words(y):
    return two(y // 100) + ' ' + (('oh ' + ONES[y % 100]) if y % 100 < 10 else two(y % 100))


def digits_spoken(ds):
    """Digits as callers say them: 'oh' for zero, sometimes 'double'/'triple'."""
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        word = 'oh' if d == '0' and R.random() < 0.8 else ONES[int(d)]
        if ds[i:i + 3] == d * 3 and R.random() < 0.6:
            out.append('triple ' + word)
            i += 3
        elif ds[i:i + 2] == d * 2 and R.random() < 0.6:
            out.append('double ' + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return ' '.join(out)


def rdig(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def phone():
    area = str(R.randint(2, 9)) + rdig(2)
    line = '01' + rdig(2)
    f = R.random()
    if f < 0.55:
        return digits_spoken(area) + ' ' + digits_spoken('555') + ' ' + digits_spoken(line)
    if f < 0.7:
        return '%s-555-%s' % (area, line)
    if f < 0.8:
        return '(%s) 555-%s' % (area, line)
    if f < 0.9:
        return 'oh seven seven oh oh nine oh oh ' + digits_spoken(rdig(3))
    return 'oh four nine one five seven oh ' + digits_spoken(rdig(3))


def dob():
    y, m, d = R.randint(1931, 2004), R.randint(1, 12), R.randint(1, 28)
    f = R.random()
    if f < 0.35:
        return '%s %s %s' % (MONTHS[m - 1], ORD[d], year_words(y))
    if f < 0.55:
        return 'the %s of %s %s' % (ORD[d], MONTHS[m - 1], year_words(y))
    if f < 0.7:
        return '%d/%d/%d' % (m, d, y)
    if f < 0.85:
        return '%s %s %s' % (digits_spoken('%02d' % m), digits_spoken('%02d' % d), two(y % 100))
    return '%s %s %s' % (MONTHS[m - 1], ORD[d], two(y % 100) if y % 100 >= 10 else year_words(y))


def visit_date():
    m, d = R.randint(1, 12), R.randint(1, 28)
    f = R.random()
    if f < 0.4:
        return '%s %s' % (MONTHS[m - 1], ORD[d])
    if f < 0.7:
        return 'the %s of %s' % (ORD[d], MONTHS[m - 1])
    if f < 0.85:
        return '%s %d' % (MONTHS[m - 1], d)
    return '%s twenty %s' % (MONTHS[m - 1], two(R.randint(21, 25)))


def member():
    f = R.random()
    if f < 0.4:
        return ' '.join(R.choice('abcdefghjkmnpqrstuvwxyz') for _ in range(3)) + ' ' + digits_spoken(rdig(9))
    if f < 0.7:
        return digits_spoken(rdig(R.choice([9, 10, 11])))
    a = 'ACDEFGHJKMNPQRTUVWXY'
    an = a + '0123456789'
    mbi = (str(R.randint(1, 9)) + R.choice(a) + R.choice(an) + rdig(1) + R.choice(a) + R.choice(an)
           + rdig(1) + R.choice(a) + R.choice(a) + rdig(2))
    return mbi if R.random() < 0.5 else '%s-%s-%s' % (mbi[:4], mbi[4:7], mbi[7:])


def mrn():
    return digits_spoken(rdig(R.choice([7, 8])))


def address():
    n = R.randint(3, 9899)
    num = (two(n // 100) + ' ' + (('oh ' + ONES[n % 100]) if n % 100 < 10 else two(n % 100))
           if n >= 1000 and R.random() < 0.6 else str(n) if R.random() < 0.5 else digits_spoken(str(n)))
    s = num + ' ' + R.choice(STREETS)
    if R.random() < 0.25:
        s += ' apartment ' + R.choice(['two b', 'four', 'eleven c', '3a', 'one oh six'])
    return s


def zipc():
    z = str(R.randint(10, 99)) + rdig(3)
    return z if R.random() < 0.35 else digits_spoken(z)


def email():
    who = R.choice(FEMALE + MALE) + R.choice([' dot ', ' underscore ', ''])
    who += R.choice(SUR + INV_S) + R.choice(['', ' ' + two(R.randint(10, 99)), ' ' + digits_spoken(rdig(2))])
    return who + ' at example dot ' + R.choice(['com', 'org', 'net'])


def age_old():
    return two(R.randint(90, 99)) if R.random() < 0.7 else 'a hundred and ' + ONES[R.randint(1, 4)]


def spelled(v, mode):
    letters = [c for c in v if c.isalpha()]
    if mode == 'sp':
        return ' '.join(letters)
    if mode == 'dash':
        return '-'.join(letters)
    if mode == 'nato':
        return ' '.join(NATO[c] for c in letters)
    if mode == 'asin':
        return ' '.join('%s as in %s' % (c, ASIN[c]) for c in letters)
    raise ValueError(mode)


BASE = {
    'F': lambda: R.choice(FEMALE), 'M': lambda: R.choice(MALE), 'G': lambda: R.choice(ANY),
    'S': lambda: R.choice(SUR), 'WF': lambda: R.choice(WORD_F), 'WM': lambda: R.choice(WORD_M),
    'WS': lambda: R.choice(WORD_S), 'IF': lambda: R.choice(INV_F), 'IM': lambda: R.choice(INV_M),
    'IS': lambda: R.choice(INV_S),
    'H': lambda: R.choice(SUR) + '-' + R.choice(SUR + INV_S),
    'P': lambda: R.choice(PARTICLES) + ' ' + R.choice(SUR + INV_S),
    'O': lambda: "o'" + R.choice(['kelleher', 'dowd', 'hanlon', 'brennagh', 'malley', 'rourke', 'tierney']),
    'B': lambda: 'bin ' + R.choice(['yusuf', 'musa', 'yakubu', 'danjuma', 'aminu', 'ismail']),
    'NF': lambda: R.choice(NICK_F), 'NM': lambda: R.choice(NICK_M),
    'dob': dob, 'date': visit_date, 'phone': phone, 'mem': member, 'mrn': mrn, 'addr': address,
    'town': lambda: R.choice(TOWNS), 'zip': zipc, 'email': email, 'age': age_old,
    'pet': lambda: R.choice(PETS), 'wk': lambda: R.choice(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']),
    'mon': lambda: R.choice(MONTHS), 'young': lambda: two(R.randint(40, 88)),
    'lf': lambda: digits_spoken(rdig(4)), 'room': lambda: two(R.randint(11, 99)),
}


def fill(tpl):
    vals = {}

    def get(key):
        if key not in vals:
            m = re.fullmatch(r'([A-Za-z]+?)\d*', key)
            vals[key] = BASE[m.group(1)]()
            # keep names within one turn distinct
            while m.group(1) in 'F M G S IF IM IS WS'.split() and list(vals.values()).count(vals[key]) > 1:
                vals[key] = BASE[m.group(1)]()
        return vals[key]

    def sub(m):
        key = m.group(1)
        pm = re.fullmatch(r'(sp|dash|nato|asin|cut|first)_(\w+)', key)
        if pm:
            v = get(pm.group(2))
            if pm.group(1) == 'cut':
                return v[:2 if len(v) > 4 else 1] + '-'
            if pm.group(1) == 'first':
                return v[0]
            return spelled(v, pm.group(1))
        if key == 'mis':
            return '%s %s %s' % (get('misa'), get('misb'), get('misc'))
        return get(key)

    mis = R.choice(MISHEARD)
    vals.update(misa=mis[0], misb=mis[1], misc=mis[2])
    return re.sub(r'\{(\w+)\}', sub, tpl)


# ---------------------------------------------------------------- templates with PHI
# markup is explicit in each template; placeholders give raw values.

T = [
    # own name, weak cues or none
    "yeah hi it's [[NAME|{F} {S}]] um i'm calling about my refill she said it'd be ready {wk}",
    "hi [[NAME|{M} {S}]] here i got a voicemail from you guys this morning",
    "hey um this is [[NAME|{G}]] calling back i missed a call from this number",
    "oh it's [[NAME|{F}]] it's [[NAME|{F}]] again sorry we got cut off",
    "you've got [[NAME|{M} {S}]] on the line i'm returning a call about some lab results",
    "put it under [[NAME|{S}]] that's where all my stuff is",
    "it's under [[NAME|{S}]] uh the appointment should be under [[NAME|{S}]]",
    "yeah so it's [[NAME|{G} {S}]] date of birth [[DOB|{dob}]]",
    "[[NAME|{S} {G}]] born [[DOB|{dob}]] i'm just checking if my prior auth went through",
    "good morning my name's [[NAME|{F} {S}]] and i uh i need to move my appointment",
    "it's me [[NAME|{M}]] from yesterday the guy with the the knee brace",
    "um hello yes [[NAME|{IF} {S}]] speaking you called me",
    "hi this is [[NAME|{IM} {IS}]] i'm a new patient and i was told to call and register",
    "[[NAME|{F} {S}]] calling for my mother she's [[AGE|{age}]] and needs a home visit",
    "this is [[NAME|{S} {G}]] sorry [[NAME|{S}]] is my last name i always say it backwards",
    "last name [[NAME|{S}]] first name [[NAME|{G}]] and my number is [[PHONE|{phone}]]",
    "surname is [[NAME|{S}]] given name [[NAME|{F}]] birthday [[DOB|{dob}]]",
    "last name first [[NAME|{S} {M}]] member id [[HEALTH_PLAN_ID|{mem}]]",
    "it's [[NAME|{S} {F}]] on the card you know last name first the way they print it",
    "it'd be under [[NAME|{WF} {S}]] h- hang on let me find the card",
    "yeah it's just [[NAME|{G}]] no last name needed she knows me",
    # spelled
    "my last name is [[NAME|{S}]] [[NAME|{sp_S}]] and first name [[NAME|{F}]]",
    "that's [[NAME|{S}]] let me spell it [[NAME|{dash_S}]] yeah",
    "it's [[NAME|{IS}]] [[NAME|{asin_IS}]] you got that",
    "the name is [[NAME|{M} {S}]] last name spelled [[NAME|{nato_S}]]",
    "first name [[NAME|{IF}]] that's [[NAME|{sp_IF}]] they always get it wrong",
    "[[NAME|{S}]] um [[NAME|{sp_S}]] no wait i said that wrong [[NAME|{sp_S}]] yeah that's it",
    "it's [[NAME|{F} {S}]] and [[NAME|{F}]] is [[NAME|{sp_F}]] with the date of birth [[DOB|{dob}]]",
    "spell the last name [[NAME|{asin_S}]] it's [[NAME|{S}]]",
    # cut off and restarted, misheard
    "{cut_F} [[NAME|{F} {S}]] sorry i'm a bit out of breath just got in",
    "uh this is {cut_M} [[NAME|{M}]] sorry [[NAME|{M} {S}]] calling about the bill",
    "no not [[NAME|{misa}]] [[NAME|{misb}]] {misc} last name [[NAME|{S}]]",
    "you wrote [[NAME|{S}]] but it's [[NAME|{S2}]] the pharmacy had the same problem",
    "it's [[NAME|{F}]] um they keep writing [[NAME|{F2}]] on the labels but it's [[NAME|{F}]]",
    "sorry i said [[NAME|{M}]] i meant [[NAME|{M2}]] my brother [[NAME|{M2}]] is the patient",
    "[[NAME|{misb}]] {misc} not [[NAME|{misa}]] everybody does that",
    # ordinary-word and place names
    "hi it's [[NAME|{WF} {S}]] and i hope you can help me with my pharmacy order",
    "this is [[NAME|{WM} {S}]] calling from my cell it's [[PHONE|{phone}]]",
    "my wife [[NAME|{WF}]] usually does this but she's in the hospital this week",
    "the aide's name is [[NAME|{WF}]] she comes {wk}s and she'll pick up the meds",
    "it's under [[NAME|{G} {WS}]] like the word not the other spelling",
    "[[NAME|{WS}]] is the last name you know like the word {WS} no it's not a joke",
    "yeah the patient is [[NAME|{WF} {WS}]] she's my grandmother",
    "ask for [[NAME|{WM}]] at the front desk he knows about the mixup",
    "my son [[NAME|{WM}]] will drive me so put his number down [[PHONE|{phone}]]",
    "my daughter's name is [[NAME|{WF}]] yes like the word and she's the one who picks up",
    "dr [[NAME|{WS}]] referred me over i think he's at the [[LOCATION|{town}]] office",
    # hyphenated, multi-word, particles
    "it's [[NAME|{F} {H}]] with a hyphen both names",
    "last name's [[NAME|{H}]] hyphenated first name [[NAME|{M}]] date of birth [[DOB|{dob}]]",
    "[[NAME|{G} {P}]] that's [[NAME|{P}]] all one last name with the spaces",
    "the last name is [[NAME|{P}]] with a small letter at the start so look under the first word not the second",
    "hi this is [[NAME|{F} {O}]] [[NAME|{O}]] with an apostrophe",
    "[[NAME|{M} {B}]] here um calling for my father [[NAME|{B2}]] he doesn't speak much english",
    "it might be filed under [[NAME|{P}]] or maybe just [[NAME|{S}]] they split it weird",
    "my mom's maiden name was [[NAME|{S}]] but now it's [[NAME|{H}]]",
    # possessive
    "i'm calling about [[NAME|{S}]]'s prescription the blood pressure one",
    "is [[NAME|{F}]]'s appointment still on for [[DATE|{date}]]",
    "i need to pick up [[NAME|{M} {S}]]'s paperwork for work",
    "this is about my husband [[NAME|{M}]] uh [[NAME|{M}]]'s test results",
    "[[NAME|{IF}]]'s insurance changed in {mon} and the new member id is [[HEALTH_PLAN_ID|{mem}]]",
    "doctor [[NAME|{S}]]'s office told me to call you guys",
    # nicknames
    "everyone calls me [[NAME|{NF}]] but the chart says [[NAME|{F} {S}]]",
    "it's [[NAME|{M} {S}]] but i go by [[NAME|{NM}]] so if you see that it's me",
    "my uncle [[NAME|{NM}]] well [[NAME|{M}]] really he needs a ride to dialysis",
    "grandma [[NAME|{NF}]] is [[AGE|{age}]] this year and still lives alone in [[LOCATION|{town}]]",
    # relatives and carers
    "my daughter [[NAME|{F}]] does my meds so she might call you too",
    "her aide [[NAME|{F} {S}]] will pick up the prescription she has a copy of the id",
    "i'm calling for my dad [[NAME|{M} {S}]] he's [[AGE|{age}]] and hard of hearing",
    "me my wife [[NAME|{F}]] and her brother [[NAME|{M} {S}]] all need flu shots",
    "this is [[NAME|{F}]] i'm [[NAME|{F2} {S}]]'s caregiver she gave me permission",
    "my son-in-law [[NAME|{M}]] might answer if i don't it's [[PHONE|{phone}]]",
    "the kids are [[NAME|{F}]] [[NAME|{M}]] and little [[NAME|{G}]] all under the same plan",
    "her neighbour [[NAME|{IF}]] checks on her {wk}s and she says she hasn't been eating",
    "my husband's name is [[NAME|{M} {S}]] he was born [[DOB|{dob}]]",
    "it's my mother-in-law [[NAME|{F} {S}]] we live at [[ADDRESS|{addr}]]",
    "my sister [[NAME|{F}]] has power of attorney so talk to her okay",
    "i'm [[NAME|{G}]] the home health aide for mister [[NAME|{S}]] at [[ADDRESS|{addr}]]",
    "our foster son [[NAME|{M}]] uh [[NAME|{M} {S2}]] now they changed it after the adoption",
    "my grandson [[NAME|{M}]] set up the portal for me and i can't get in",
    "my partner [[NAME|{G} {S}]] is the one on the account",
    "mrs [[NAME|{S}]] next door she's [[AGE|{age}]] asked me to call for her",
    "the one who takes care of my dad is [[NAME|{IF}]] from the agency and her number's [[PHONE|{phone}]]",
    # doctors and staff
    "doctor [[NAME|{S}]] said i should get the results by {wk}",
    "dr [[NAME|{F} {S}]] at the clinic wanted me to book a follow up",
    "the nurse [[NAME|{F}]] said i could call back after three",
    "[[NAME|{G}]] at the front desk told me the paperwork was faxed already",
    "i spoke to um [[NAME|{M}]] i think his name was [[NAME|{M}]] yesterday around noon",
    "the pharmacist [[NAME|{S}]] said there's a generic now",
    "my therapist is [[NAME|{F} {S}]] over at the [[LOCATION|{town}]] office",
    "was it doctor [[NAME|{S}]] or doctor [[NAME|{S2}]] i always mix them up",
    "the pa [[NAME|{G}]] the physician assistant saw me on [[DATE|{date}]]",
    "she saw dr [[NAME|{IS}]] on [[DATE|{date}]] and he changed her dose",
    "i left a message for [[NAME|{F}]] in billing and nobody called me back",
    "can i talk to [[NAME|{F}]] she handled my claim last time",
    "dr [[NAME|{P}]] is the surgeon the one with the beard",
    "the social worker [[NAME|{F} {S}]] gave me this number",
    "i was seen by [[NAME|{F}]] the nurse practitioner no last name on the paper",
    # mixed with other PHI
    "it's [[NAME|{G} {S}]] [[ADDRESS|{addr}]] in [[LOCATION|{town}]] [[ZIP|{zip}]]",
    "yeah i moved i'm at [[ADDRESS|{addr}]] now um [[LOCATION|{town}]] name's still [[NAME|{S}]]",
    "this is [[NAME|{F}]] my member number is [[HEALTH_PLAN_ID|{mem}]]",
    "[[NAME|{M} {S}]] medical record number [[MRN|{mrn}]]",
    "you can email me at [[EMAIL|{email}]] it's [[NAME|{F}]] by the way",
    "it's [[NAME|{G} {S}]] best number is [[PHONE|{phone}]] or try my wife [[NAME|{F}]]",
    "the card says [[NAME|{S} {F}]] and the id is [[HEALTH_PLAN_ID|{mem}]]",
    "hi um [[NAME|{IF} {IS}]] born [[DOB|{dob}]] my appointment was [[DATE|{date}]] and i missed it",
    "[[NAME|{S}]] here the family in [[LOCATION|{town}]] we need to update the address to [[ADDRESS|{addr}]]",
    "i'm calling for [[NAME|{F} {S}]] she's [[AGE|{age}]] born back in the twenties so she's on medicare",
    "hello it's uh it's [[NAME|{M}]] [[NAME|{M} {S}]] my chart number is [[MRN|{mrn}]]",
    "call my niece [[NAME|{F}]] at [[PHONE|{phone}]] she's the emergency contact",
    # pets next to people (a pet's name stays unlabelled)
    "it's [[NAME|{F}]] i'm the one with the dog {pet} the vet thing got mixed up with my records",
    "my husband [[NAME|{M}]] is allergic so we gave {pet} to my sister",
    # harder phrasing
    "yeah so [[NAME|{WF}]] uh [[NAME|{WF} {S}]] is me i'm the patient",
    "no the appointment's for [[NAME|{G}]] not me i'm just the mom",
    "uh [[NAME|{S}]] like the last name [[NAME|{S}]] and the first name is [[NAME|{F}]]",
    "it's [[NAME|{F}]] [[NAME|{F} {S}]] i'm [[AGE|{age}]] so be patient with me",
    "oh it's [[NAME|{M}]] you know [[NAME|{M}]] from room {room} at the rehab",
    "[[NAME|{G}]] speaking oh sorry i thought this was a different call",
]

# ---------------------------------------------------------------- PHI-free turns

FREE = [
    "i hope so because i'm almost out of the blood pressure pills",
    "can you chase the pharmacy for me they said it was sent {wk}",
    "we have a king size bed and my back is killing me in the morning",
    "may i ask what the copay is going to be for the mri",
    "the doctor said to take two of the five hundred milligram ones twice a day",
    "my nurse told me the same thing but nobody wrote it down",
    "is the patient supposed to fast before the blood work or not",
    "our dog {pet} knocked the pill bottle off the counter so i need a replacement",
    "{pet} the cat got into my insulin supplies don't ask",
    "my blood pressure was one forty over ninety this morning is that bad",
    "i was born in nineteen {young} so i think i qualify for the senior discount",
    "will the doctor be in on {wk} or should i wait until next week",
    "she's {young} and she's still driving herself everywhere",
    "grace period on the payment is how long exactly",
    "the brand name is like three hundred dollars can i get the generic",
    "it's room {room} on the fourth floor at the rehab place",
    "my group number is {lf} {lf} if that helps",
    "last four of my social are {lf}",
    "i'm calling about the bill the one that came in {mon}",
    "good afternoon i just have a question about the hours on saturdays",
    "hello hello can you hear me i'm in the car",
    "the physical therapist wants me to come in three times a week",
    "my daughter usually handles this she's at work right now",
    "her aide comes in the mornings so after lunch is better to call",
    "the summer hours are different right you close at four",
    "i'm on the lisinopril ten and the metformin five hundred",
    "can i speak to the pharmacist or a nurse please",
    "we moved in {mon} but i haven't changed anything yet",
    "mark it as urgent please she's in a lot of pain",
    "will you guys be open on the holiday monday or is it closed",
    "stone cold the coffee was stone cold in the waiting room just saying",
    "rose gold phone case no i'm kidding i need the appointment line",
    "the bill says thirty five dollars but i already paid at the desk",
    "is the chase card okay or do you only take visa",
    "yeah that's fine {wk} at ten thirty works for me",
    "my wife and i both need to get the shingles shot",
    "i take the eliquis five milligrams and the atorvastatin forty",
    "the doctor in the morning is nicer than the one in the afternoon honestly",
    "june and july are bad for me because we travel",
    "he's my husband so i'm allowed to ask right i'm on the form",
    "i said i'll be there by two unless the bus is late again",
    "the patient portal keeps telling me my password expired",
]

# ---------------------------------------------------------------- checks

LABEL = re.compile(r'\[\[([A-Z_]+)\|([^\[\]]*)\]\]')
CUES = ['my number is', 'dob', 'fax', 'date of birth', 'born', 'birthday', 'member id', 'number',
        "'s", 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mister', 'nurse', 'aunt', 'uncle']


def strip(text):
    return LABEL.sub(lambda m: m.group(2), text)


def check_line(text):
    errs = []
    rest = LABEL.sub('', text)
    if '[[' in rest or ']]' in rest or '|' in rest:
        errs.append('malformed or nested markup')
    for kind, val in LABEL.findall(text):
        if kind not in KINDS:
            errs.append('unknown kind ' + kind)
        if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
            errs.append('bad label edge')
        low = ' ' + val.lower() + ' '
        for cue in CUES:
            if cue == "'s":
                if re.search(r"'s\b", val):
                    errs.append('possessive in label')
            elif ' ' + cue + ' ' in low:
                errs.append('cue in label: ' + cue)
    n = len(strip(text).split())
    if n < 8 or n > 48:
        errs.append('length %d' % n)
    if '{' in text or '}' in text:
        errs.append('unfilled placeholder')
    return errs


def main():
    if len(T) < 60 or len(set(T)) != len(T):
        sys.exit('need at least 60 distinct PHI templates')
    for t in T:
        if not LABEL.search(t):
            sys.exit('PHI template without a label: ' + t)
    for t in FREE:
        if LABEL.search(t):
            sys.exit('PHI-free template with a label: ' + t)
    n_phi = TOTAL - PHI_FREE
    pool = T * 2
    R.shuffle(pool)
    chosen = pool[:n_phi]
    free = R.sample(FREE, PHI_FREE)
    items = [(t, True) for t in chosen] + [(t, False) for t in free]
    R.shuffle(items)
    seen, rows, long_ = set(), [], 0
    for t, phi in items:
        for _ in range(50):
            line = fill(t)
            if line not in seen and not check_line(line):
                break
        else:
            sys.exit('cannot fill %r: %s' % (t, check_line(line)))
        seen.add(line)
        if len(strip(line).split()) > 40:
            long_ += 1
        if bool(LABEL.search(line)) != phi:
            sys.exit('PHI mismatch: ' + t)
        rows.append(line)
    if long_ > 10:
        sys.exit('too many long turns')
    uses = {}
    for t in chosen:
        uses[t] = uses.get(t, 0) + 1
    if max(uses.values()) > 2 or len(uses) < 60:
        sys.exit('template use')
    if sum(1 for r in rows if not LABEL.search(r)) != PHI_FREE or len(rows) != TOTAL:
        sys.exit('PHI-free count')
    header = ('# voice-dev15b.tsv: generated by masker-domain/src/test/scripts/holdout15_voice_dev_b.py '
              '(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales da-DK, sk, hr, ca, en-NG, '
              'en-PH, fi-FI, tr, nb-NO, diacritics dropped; ko, zh-CN and he hold no Latin-script lists '
              'and were skipped) and invented names, streets and towns written for Masker by an outside '
              'author; caller turns naming people the way real callers name them (own names with weak '
              'cues or none, surname first, spelled, cut off, misheard and corrected, ordinary-word names, '
              'particles, possessives, nicknames, relatives, carers, doctors and staff), all PHI kinds '
              'labelled, pets left unlabelled; development set; every value invented.' % SEED)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(header + '\n')
        for i, line in enumerate(rows, 1):
            f.write('vd15b-%03d\t%s\n' % (i, line))
    kinds = {}
    for r in rows:
        for k, _ in LABEL.findall(r):
            kinds[k] = kinds.get(k, 0) + 1
    print('wrote %d turns (%d PHI-free), %d PHI templates (%d used), labels %s'
          % (len(rows), PHI_FREE, len(T), len(uses), dict(sorted(kinds.items()))))


if __name__ == '__main__':
    main()
