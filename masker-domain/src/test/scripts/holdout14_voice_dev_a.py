#!/usr/bin/env python3
"""Fourteenth-round voice development set, part a, for Masker: dates said aloud.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
140141). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0; de, pl, en-IE, en-IN,
es -- ga-IE and en-IND do not exist in 2.7.0, en-IE and en-IN stand in), combined at random so
no real person is meant, plus invented and ordinary-word names, streets and towns written here.
Given names from de and es keep female and male apart where a pronoun follows; the mixed lists
of pl, en-IE and en-IN are used only where no pronoun follows.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df14
    python3 masker-domain/src/test/scripts/holdout14_voice_dev_a.py [/tmp/df14]

Every value is invented: phones only from fiction ranges (NANP 555-01xx, UK 07700 900xxx and
01632 960xxx, AU 0491 570 xxx), Medicare numbers in the MBI shape, other ids random digits and
letters. The script checks what it writes and exits non-zero otherwise.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 140141
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev14a.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df14'
TOTAL = 260
PHI_FREE = 39
NOW = 2025
R = random.Random(SEED)


def plain(s):
    s = s.replace('ł', 'l').replace('Ł', 'l').replace('ß', 'ss')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.strip().lower()


def yml_list(locale, key):
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'\s+' + key + r'\s*:\s*\[(.*)\]\s*$', line)
            if m:
                out = []
                for v in m.group(1).split(','):
                    v = plain(v.strip().strip('"\''))
                    if re.fullmatch(r"[a-z][a-z' -]*[a-z]", v) and len(v) > 2:
                        out.append(v.replace("'", ''))
                if len(out) < 20:
                    sys.exit('too few %s in %s' % (key, locale))
                return sorted(set(out))
    sys.exit('no %s in %s' % (key, locale))


FEMALE = yml_list('de', 'female_first_name') + yml_list('es', 'female_first_name')
MALE = yml_list('de', 'male_first_name') + yml_list('es', 'male_first_name')
MIXED = yml_list('pl', 'first_name') + yml_list('en-IE', 'first_name') + yml_list('en-IN', 'first_name')
SURNAMES = (yml_list('de', 'last_name') + yml_list('pl', 'last_name') + yml_list('es', 'last_name')
            + yml_list('en-IE', 'last_name') + yml_list('en-IN', 'last_name'))
# invented and ordinary-word names written for this set
INV_F = ['marisette', 'odrana', 'tavia', 'lunelle', 'brisa', 'june', 'may', 'grace', 'rose', 'dawn']
INV_M = ['tavorin', 'kestrel', 'orlan', 'dashiel', 'will', 'bill', 'grant', 'mark', 'art', 'rusty']
INV_S = ['quellbrook', 'varnhollow', 'tessamar', 'oakridge', 'brightwater', 'finch', 'baker',
         'stone', 'winter', 'march', 'sommerfeld', 'dunleavy', 'carraway', 'pell', 'hatchett']
STREETS = ['quillfeather lane', 'ashgrove court', 'tamsin road', 'haverlock drive', 'mill road',
           'corrigan way', 'bellweather street', 'nine oaks boulevard', 'juniper hollow road',
           'saltmarsh avenue', 'old quarry lane', 'kettering place', 'may street', 'orchard row']
TOWNS = ['brackenfield', 'east wyndham', 'larkspur falls', 'corran heights', 'pinecrest',
         'millbrook', 'hollis ferry', 'westbury green', 'dunmore', 'fairhaven', 'spring valley',
         'tamarind bay']
STATES = ['ohio', 'texas', 'oregon', 'georgia', 'new jersey', 'arizona', 'maine', 'florida']

ONES = ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen '
        'fifteen sixteen seventeen eighteen nineteen').split()
TENS = 'x x twenty thirty forty fifty sixty seventy eighty ninety'.split()
MONTHS = ('january february march april may june july august september october november '
          'december').split()
MONABBR = 'jan feb mar apr may jun jul aug sept oct nov dec'.split()
ORD1 = ('x first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth '
        'thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth').split()
TENORD = {20: 'twentieth', 30: 'thirtieth'}
DIGW = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def w(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ('' if o == 0 else ' ' + ONES[o])


def ordw(n, joined=False):
    if n < 20:
        return ORD1[n]
    t, o = divmod(n, 10)
    if o == 0:
        return TENORD[n]
    return TENS[t] + ('' if joined else R.choice([' ', ' ', '-'])) + ORD1[o]


def ordd(n, split=False):
    suf = 'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s%s' % (n, ' ' if split else '', suf)


def yearw(y, short=False):
    hi, lo = divmod(y, 100)
    if short:
        return w(lo) if lo >= 10 else 'oh ' + ONES[lo]
    if hi == 19:
        if lo < 10:
            return 'nineteen oh ' + ONES[lo] if lo else 'nineteen hundred'
        return R.choice(['nineteen ' + w(lo)] * 4 + ['nineteen and ' + w(lo)])
    if lo < 10:
        return R.choice(['two thousand ' + ONES[lo], 'two thousand and ' + ONES[lo],
                         'twenty oh ' + ONES[lo]])
    return R.choice(['twenty ' + w(lo), 'twenty ' + w(lo), 'two thousand ' + w(lo)])


def digw(s):
    return ' '.join(DIGW[int(c)] if R.random() < 0.85 else ONES[int(c)] for c in s)


MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rdate(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, MDAYS[m - 1])
    return y, m, d


def say_date(y, m, d, with_year=True, abroad=False):
    """Return (words before the label, the labelled date) in one of many spoken/written shapes."""
    mon = MONTHS[m - 1]
    yl = yearw(y) if R.random() < 0.7 else yearw(y, short=True)
    ys = (' ' + yl) if with_year else ''
    if abroad:
        shapes = ['dm_ord', 'dm_dig', 'dm_slash', 'dm_dot', 'dm_words']
    elif with_year:
        shapes = ['of', 'the', 'plain', 'card', 'num', 'ohnum', 'slashw', 'slash', 'dash',
                  'digord', 'joined', 'splitord', 'dm_dig', 'abbr', 'of', 'plain']
    else:
        shapes = ['of', 'the', 'plain', 'card', 'digord', 'joined', 'splitord', 'of', 'plain']
    s = R.choice(shapes)
    yy = '%02d' % (y % 100)
    if s == 'of':
        return 'the ', '%s of %s%s' % (ordw(d), mon, ys)
    if s == 'the':
        return '', '%s the %s%s' % (mon, ordw(d), ys)
    if s == 'plain':
        return '', '%s %s%s' % (mon, ordw(d), ys)
    if s == 'card':
        return '', '%s %s%s' % (mon, w(d), ys)
    if s == 'num':
        return '', '%s %s %s' % (w(m), w(d), yearw(y, short=R.random() < 0.6))
    if s == 'ohnum':
        mm = ('oh ' + ONES[m]) if m < 10 else w(m)
        dd = ('oh ' + ONES[d]) if d < 10 else w(d)
        return '', '%s %s %s' % (mm, dd, yearw(y))
    if s == 'slashw':
        return '', '%s slash %s slash %s' % (digw('%02d' % m).replace('oh', 'zero'),
                                             digw('%02d' % d).replace('oh', 'zero'),
                                             digw(yy) if R.random() < 0.5 else yearw(y))
    if s == 'slash':
        return '', R.choice(['%02d/%02d/%d' % (m, d, y), '%d/%d/%s' % (m, d, yy), '%02d/%02d/%s' % (m, d, yy)])
    if s == 'dash':
        return '', R.choice(['%d-%d-%s' % (m, d, yy), '%02d-%02d-%d' % (m, d, y)])
    if s == 'digord':
        return '', R.choice(['%s %s %d' % (mon, ordd(d), y), '%s %d, %d' % (mon, d, y), '%s %s' % (mon, ordd(d))]) \
            if with_year else ('', '%s %s' % (mon, ordd(d)))
    if s == 'joined':
        return '', '%s %s%s' % (mon, ordw(d, joined=True), ys) if d > 20 and d % 10 else '%s %s%s' % (mon, ordw(d), ys)
    if s == 'splitord':
        return '', '%s %s%s' % (mon, ordd(d, split=True), ys)
    if s == 'abbr':
        return '', '%s %d %d' % (MONABBR[m - 1], d, y)
    if s == 'dm_ord':
        return 'the ', '%s of %s%s' % (ordw(d), mon, ys)
    if s == 'dm_dig':
        return '', R.choice(['%d %s %s' % (d, mon, yy), '%d %s %d' % (d, mon, y), '%s %s %d' % (ordd(d), mon, y)]) \
            if with_year else ('', '%d %s' % (d, mon))
    if s == 'dm_slash':
        return '', '%02d/%02d/%d' % (d, m, y) if with_year else '%02d/%02d' % (d, m)
    if s == 'dm_dot':
        return '', '%d.%d.%d' % (d, m, y) if with_year else '%d.%d' % (d, m)
    if s == 'dm_words':
        return '', '%s %s %s' % (w(d), ('oh ' + ONES[m]) if m < 10 else w(m), yearw(y))
    raise AssertionError(s)


def lab(kind, val):
    return '[[%s|%s]]' % (kind, val)


def dated(kind, rng, with_year=True, abroad=False):
    y, m, d = rdate(*rng)
    pre, val = say_date(y, m, d, with_year, abroad)
    return pre + lab(kind, val)


# ------------------------------------------------------------------ other values
def given_f():
    return R.choice(INV_F) if R.random() < 0.08 else R.choice(FEMALE)


def given_m():
    return R.choice(INV_M) if R.random() < 0.08 else R.choice(MALE)


def surname():
    return R.choice(INV_S) if R.random() < 0.12 else R.choice(SURNAMES)


def phone():
    k = R.random()
    if k < 0.75:
        area = '%d%d%d' % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        last = '01%02d' % R.randint(0, 99)
        f = R.choice(['words', 'words', 'digits', 'dash', 'paren'])
        if f == 'digits':
            return '%s 555 %s' % (area, last)
        if f == 'dash':
            return '%s-555-%s' % (area, last)
        if f == 'paren':
            return '(%s) 555-%s' % (area, last)
        mid = R.choice(['five five five', 'triple five'])
        return '%s %s %s' % (digw(area), mid, digw(last))
    if k < 0.9:
        return 'oh seven seven double oh nine double oh %s' % digw('%03d' % R.randint(0, 999))[0:]
    return 'oh four nine one five seven oh %s' % digw('%03d' % R.randint(0, 999))


def mrn():
    return R.choice([digw('%07d' % R.randint(0, 9999999)), '%08d' % R.randint(0, 99999999),
                     'm r %d' % R.randint(100000, 999999)])


def member():
    L = 'abcdefghjkmnprtwxyz'
    return R.choice(['%s%s%s %d' % (R.choice(L), R.choice(L), R.choice(L), R.randint(10000000, 99999999)),
                     '%s %s %s' % (R.choice(L), R.choice(L), digw('%09d' % R.randint(0, 999999999)))])


def mbi():
    L = 'acdefghjkmnpqrtuvwxy'
    A = L + '0123456789'
    c = [str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
         str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = ''.join(c)
    return R.choice([s, s[:4] + '-' + s[4:7] + '-' + s[7:], ' '.join(s)])


def zipc():
    z = '%05d' % R.randint(10000, 99999)
    return R.choice([z, digw(z), z + '-%04d' % R.randint(0, 9999)])


def addr():
    n = R.randint(2, 9899)
    num = R.choice([str(n), w(n // 100) + ' ' + w(n % 100) if n >= 1000 and n % 100 >= 10 else str(n)])
    unit = R.choice(['', '', '', ' apartment %d' % R.randint(1, 30), ' unit %s b' % w(R.randint(1, 9))])
    return '%s %s%s' % (num, R.choice(STREETS), unit)


def spell(s):
    return ' '.join(s.replace(' ', ''))

WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday'.split()
BIRTH = (1926, 2004)
VISIT = (2023, 2026)


def fill(t):
    ctx = {}

    def one(m):
        k = m.group(1)
        if k in ('FN', 'MN', 'N'):
            g = given_f() if k == 'FN' else given_m() if k == 'MN' else R.choice(
                [R.choice(MIXED), given_f(), given_m()])
            s = surname()
            ctx['sur'] = s
            ctx['giv'] = g
            return lab('NAME', g + ' ' + s)
        if k == 'SUR':
            ctx['sur'] = surname()
            return lab('NAME', ctx['sur'])
        if k == 'GF':
            ctx['giv'] = given_f()
            return lab('NAME', ctx['giv'])
        if k == 'GM':
            ctx['giv'] = given_m()
            return lab('NAME', ctx['giv'])
        if k == 'GIV':
            return lab('NAME', ctx['giv'])
        if k == 'SP':
            return lab('NAME', spell(ctx['sur']))
        if k == 'DOB':
            return dated('DOB', BIRTH)
        if k == 'DOBAB':
            return dated('DOB', BIRTH, abroad=True)
        if k == 'DATE':
            return dated('DATE', VISIT)
        if k == 'DNY':
            return dated('DATE', VISIT, with_year=False)
        if k == 'DATEAB':
            return dated('DATE', VISIT, abroad=True)
        if k == 'OLDAGE':
            ctx['age'] = R.randint(90, 104)
            a = ctx['age']
            return lab('AGE', R.choice([w(a) if a < 100 else 'one hundred' + ('' if a == 100 else ' and ' + ONES[a - 100]),
                                        str(a)]))
        if k == 'OLDDOB':
            y = NOW - ctx['age'] - R.randint(0, 1)
            m = R.randint(1, 12)
            pre, val = say_date(y, m, R.randint(1, MDAYS[m - 1]))
            return pre + lab('DOB', val)
        if k == 'YOUNG':
            return w(R.randint(31, 89))
        if k == 'PH':
            return lab('PHONE', phone())
        if k == 'MRN':
            return lab('MRN', mrn())
        if k == 'MEM':
            return lab('HEALTH_PLAN_ID', member())
        if k == 'MBI':
            return lab('HEALTH_PLAN_ID', mbi())
        if k == 'ZIP':
            return lab('ZIP', zipc())
        if k == 'ADDR':
            return lab('ADDRESS', addr())
        if k == 'TOWN':
            return lab('LOCATION', R.choice(TOWNS))
        if k == 'STATE':
            return R.choice(STATES)
        if k == 'WD':
            return R.choice(WEEKDAYS)
        if k == 'MON':
            return R.choice(MONTHS)
        if k == 'TIME':
            return R.choice(['%s %s' % (w(R.randint(1, 12)), R.choice(['fifteen', 'thirty', 'forty five', "o'clock"])),
                             '%d:%02d' % (R.randint(7, 11), R.choice([0, 15, 30, 45])) + R.choice([' am', ' pm', ''])])
        if k == 'DOSE':
            return R.choice(['%s milligrams' % w(R.choice([5, 10, 20, 25, 40, 50])),
                             '%d mg' % R.choice([81, 100, 250, 500, 750, 1000]), '%s units' % w(R.randint(10, 40))])
        if k == 'YR':
            return yearw(R.randint(1935, 2003), short=R.random() < 0.4)
        if k == 'NUM':
            return w(R.randint(2, 12))
        raise KeyError(k)
    return re.sub(r'\{([A-Z]+)\}', one, t)


PHI_TEMPLATES = [
    # birth dates, every shape and cue
    "hi um yeah i'm calling to refill my blood pressure pills the name is {N} and my date of birth is {DOB}",
    "this is {FN} uh d o b {DOB} i need to move my appointment",
    "yeah the patient is my mom {FN} she was born on {DOB} and she's got a referral from her cardiologist",
    "date of birth {DOB} last name {SUR} {SP}",
    "okay so birthday is {DOB} um and first name is {GM} like the the usual spelling",
    "she was born {DOB} uh no wait let me check her card yeah that's right",
    "uh the birth date on file should be {DOB} but i think somebody typed it in wrong",
    "my dob yeah it's {DOB} and the last name is {SUR}",
    "{MN} that's the full name but he goes by {GIV} and he was born {DOB}",
    "i'm calling for my husband {MN} his birthday is {DOB} and he needs his inhaler refilled today if possible",
    "born {DOB} and um my member id is {MEM}",
    "you want the date of birth it's um {DOB} yeah",
    "d o b {DOB} d o b {DOB} sorry i said it twice the connection is bad",
    "the the last name is {SUR} and date of birth {DOB} i'm i'm a new patient",
    "patient name {N} born {DOB} chart number {MRN}",
    "yes ma'am my birthday is {DOB} and i live at {ADDR} in {TOWN}",
    "{FN} date of birth {DOB} i'm calling about the lab results from last week",
    "i was born on {DOB} and the pharmacy keeps saying they can't find me",
    "um born in um {DOB} i think they have me as {N} with a hyphen",
    "the birthdate i gave them was {DOB} um is that what you have",
    "she's my grandmother {FN} she was born in {STATE} on {DOB} and she doesn't hear well on the phone",
    "it's for my son {GM} {SUR} he was born {DOB} he's got the ear infection again",
    "my daughter {GF} she was born on {DOB} and we need a copy of her shot record",
    "okay um first name {GF} last name {SUR} date of birth is {DOB} and a good number is {PH}",
    "hi i'm calling from {TOWN} about my father {MN} birthday {DOB} he fell yesterday",
    "the member is {N} uh born {DOB} and the medicare number is {MBI}",
    "date of birth um let me think {DOB} yeah that's it",
    "my birthday's {DOB} and the zip is {ZIP}",
    "its {SUR} {SP} and my date of birth is {DOB} the appointment was for my knee",
    "{N} yes that's me and the birth date {DOB}",
    # relative's birth date and ages over 89
    "my mother is {OLDAGE} years old she was born {OLDDOB} and she needs a home visit",
    "he's {OLDAGE} uh date of birth {OLDDOB} and he's still driving believe it or not",
    "grandma {FN} turned {OLDAGE} in the spring her date of birth is {OLDDOB}",
    "the patient is {OLDAGE} years old d o b {OLDDOB} and she lives alone in {TOWN}",
    "my aunt {FN} is {OLDAGE} and her sister is only {YOUNG} born {OLDDOB} that's my aunt",
    "he's a {OLDAGE} year old man born {OLDDOB} with a chart number {MRN}",
    "dad is {OLDAGE} now his birthday is {OLDDOB} and i'm his caregiver i'm {YOUNG}",
    "she is {OLDAGE} date of birth {OLDDOB} we need the nurse to come on {WD}",
    "my husband is {YOUNG} and i'm the patient i was born {DOB} okay",
    "i'm {YOUNG} years old born {DOB} and my name is {N}",
    # abroad, day month order
    "i'm calling from abroad so the date of birth is {DOBAB} day first then month",
    "date of birth is {DOBAB} that's day month year the way we write it at home",
    "born {DOBAB} in poland and the surname is {SUR} {SP}",
    "the appointment was on {DATEAB} sorry i write the day first",
    "uh my dob written european style is {DOBAB} and my name {N}",
    "he was admitted on {DATEAB} in the day month order and discharged last {WD}",
    # visit, admission, procedure, refill, discharge dates
    "i had my colonoscopy on {DATE} and i never got the results back",
    "she was admitted on {DATE} and discharged on {DATE} and the bill says something different",
    "my last refill was {DNY} and they gave me thirty tablets so i'm almost out",
    "the surgery is scheduled for {DATE} at {TIME} and i need to know when to stop eating",
    "he was discharged {DNY} um and the home health nurse hasn't come yet",
    "my appointment with doctor {SUR} was {DNY} and i need to reschedule it",
    "can you move me from {DNY} to {DNY} please",
    "the mri was done on {DATE} at the imaging center and my chart number is {MRN}",
    "i got the flu shot on {DATE} and the covid booster on {DATE}",
    "the blood draw was on {DNY} um for {FN} she's my wife",
    "my last period was {DNY} if that helps for the ultrasound",
    "he started the new medication on {DATE} and the rash started a few days after",
    "the claim is for the er visit on {DATE} and my member number is {MEM}",
    "we were seen on {DNY} and then again on {DNY} both times for the same cough",
    "i was in the hospital from {DNY} through {DATE}",
    "the home health start of care date is {DATE} for {N}",
    "her physical therapy eval was {DNY} and the next one's on {WD}",
    "i need a refill the bottle says filled {DATE} and my name is {N}",
    "my knee replacement was on {DATE} and i'm still in a lot of pain",
    "um the date of service was {DATE} and the account holder is {N}",
    "they did the biopsy {DNY} and they said results in ten days that was weeks ago",
    "i'm supposed to come in {DNY} but i'll be out of town can i do {DNY} instead",
    "the prior auth ran out on {DATE} and the pharmacy won't fill it",
    "when i called on {DNY} somebody named {GF} said she'd call me back",
    "my mammogram was on {DATE} and i was born on {DOB}",
    "the echo was {DATE} and the stress test was {DNY} same year",
    # dates cut by fillers, corrections, pieces
    "my appointment is [[DATE|june um the twenty uh second]] no wait it's [[DATE|june twenty third]] for the follow up with the surgeon",
    "the month is {MON} hmm let me say it properly the date of birth is {DOB}",
    "i was born on the [[DOB|fourth no the fifth of june nineteen sixty two]] sorry i get flustered on the phone",
    "the procedure date was um [[DATE|march uh the the eleventh twenty twenty four]] for the gallbladder",
    "let me give you the date of birth month is [[DOB|may]] the day is the [[DOB|ninth]] and the year [[DOB|sixty one]]",
    "date of birth is uh [[DOB|october um eighteenth nineteen uh forty nine]] and i'm calling about my statement",
    "it's the [[DATE|twelfth of august]] no sorry the [[DATE|twenty first of august]] for the follow up",
    "her birthday is um the uh [[DOB|twenty ninth of july]] and the year is [[DOB|nineteen thirty eight]]",
    "the admission was on [[DATE|april um fifth or sixth]] it was the sixth yeah [[DATE|april sixth twenty twenty five]]",
    "i'm born in nineteen fifty five uh [[DOB|july seventh nineteen fifty five]] if you need the whole thing",
    # names with and without cues, ordinary-word names
    "this is {GF} from the front desk at the clinic i'm calling about {N} appointment on {DNY}",
    "hi it's [[NAME|june]] i mean my name is [[NAME|june sommerfeld]] and my date of birth is {DOB}",
    "yes this is [[NAME|will hatchett]] um i'm calling about my refill from {DNY}",
    "you can ask for [[NAME|grace]] she's my daughter her number is {PH}",
    "my name is {N} and my mother's name is {FN} we both need appointments",
    "i'm calling on behalf of {MN} he's at {ADDR} {TOWN} {ZIP}",
    "the nurse who came out on {DNY} was {GF} and she was wonderful",
    "uh {SUR} {SP} first name {GM} and the last visit was {DATE}",
    "doctor {SUR} ordered the labs on {DATE} for {N}",
    "send it to {ADDR} in {TOWN} the zip is {ZIP}",
    "the pharmacist {GM} told me to call you on {DNY} about the interaction",
    "my caseworker is {N} and you can reach her at {PH}",
    # phones, ids, mixed
    "my phone number is {PH} and the best time is after {TIME}",
    "the number to call back is {PH} and my birthday is {DOB}",
    "medical record number {MRN} and the date of the visit was {DATE}",
    "member id {MEM} date of birth {DOB} and the group number is {NUM} {NUM} {NUM}",
    "it's {N} at {ADDR} and the zip code there is {ZIP}",
    "she moved to {TOWN} on {DATE} so the address changed to {ADDR}",
    "our home health agency in {TOWN} admitted her on {DATE} and her medicare id is {MBI}",
    "the lab says the specimen from {DATE} was mislabeled for patient {N}",
    "you have my birthday as {DOB} but it's actually {DOB}",
    "i think the system has {DOB} as the birthdate which is my twin brother's",
    "for verification it's {SUR} {DOB} and the last four of the social are {NUM} {NUM} {NUM} {NUM}",
    "uh yes born {DOB} and i'm at {ADDR} that's in {TOWN}",
    "birthday {DOB} phone {PH}",
    "i need to confirm the appointment on {DATE} at {TIME} for {FN}",
    "she had her cataract surgery {DNY} and the follow up's on {DNY}",
    "the first dose was on {DATE} and the second dose was three weeks later",
    "i got the letter dated {DATE} saying my coverage ended",
    "he'll be {OLDAGE} next month and his birth date is {OLDDOB} can he still get the shingles shot",
    "last seen {DATE} by {N} and my chart number is {MRN}",
    "they want my date of birth it's {DOB} and also my husband's which is {DOB}",
    "uh hang on she's asking her d o b is {DOB} she says",
    "the date of the accident was {DATE} and i was seen at the er in {TOWN}",
    "yeah the discharge papers say {DATE} but i actually left the next morning",
    "okay the refill date on the label is {DATE} um prescription for {N}",
    "my wife's birthday is {DOB} and mine is {DOB} we're on the same plan",
]

PHI_FREE_TEMPLATES = [
    "can you tell me if the clinic is open next tuesday or is it closed for the holiday",
    "i need to come in two weeks from now um whatever you have in the afternoon",
    "my rent is due the first of the month so can the copay wait till then",
    "the appointment is at {TIME} right and i should get there fifteen minutes early",
    "he takes {DOSE} in the morning and {DOSE} at night is that too much",
    "her blood pressure was one forty two over eighty eight this morning and her pulse was seventy six",
    "i was born in {YR} so i think i qualify for the senior discount",
    "sometime in {MON} they said they'd call but nobody did",
    "may i ask who i'm speaking with please",
    "okay i'll march over to the pharmacy counter and ask them then",
    "is the lab open on {WD} mornings or only weekdays till noon",
    "i've been on this medication for about six months and the side effects are getting worse",
    "the copay was forty five dollars last time and now it's sixty is that right",
    "he's {YOUNG} years old and he's never had a problem like this before",
    "we were in room four twelve and the tv didn't work the whole three days",
    "the group number on the card is {NUM} {NUM} {NUM} {NUM} {NUM} if that helps",
    "i need the refill before the end of the week because we're leaving on {WD}",
    "it's been three days since the procedure and the swelling hasn't gone down",
    "will the doctor be in tomorrow or the day after",
    "um the third floor elevator is out again just so you know",
    "my sugar was one eighty seven after lunch and one twenty this morning",
    "the bill says two hundred and twelve dollars and fifty cents for the visit",
    "i take one eighty one milligram aspirin and two of the water pills every day",
    "can i come in at quarter past nine or is ten thirty better",
    "every other {WD} works for me just not the first week of {MON}",
    "the last time was about a year ago maybe a little more",
    "i was born in the fifties so my memory isn't what it was",
    "the temperature was a hundred and one point four last night and ninety nine this morning",
    "how many refills are left on the prescription i think it said three",
    "the summer hours start in june right so you close at four",
    "i'll be out of the country from the middle of {MON} for about five weeks",
    "they told me to fast twelve hours before the blood test is that still true",
    "she weighs one thirty two pounds and she's five foot four",
    "the pharmacy closes at nine on weekdays and six on saturday",
    "my birthday is coming up next month so maybe after that",
    "it was the day before yesterday around {TIME} when the pain started",
    "press two for pharmacy okay i pressed two and it sent me here",
    "can you mark it as urgent please because i've been waiting since last spring",
    "we have three kids under ten so mornings are hard for us",
    "the clinic on main street said you'd have my records by friday",
    "i got the results but what does a ldl of one sixty mean",
    "she was born in {YR} and she still does her own shopping",
    "the hope is that the new dose of {DOSE} will help with the pain",
    "the fourteenth floor is cardiology right or was it the twelfth",
]


# ------------------------------------------------------------------ checks
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}
CUES = re.compile(r"\b(my number is|dob|d o b|date of birth|birth ?date|born|birthday|fax|dr|mrs|mr|ms|"
                  r"doctor|phone|number|member|chart|zip)\b|'s\b")


def check(lines):
    errs = []
    seen = set()
    for i, t in lines:
        if t in seen:
            errs.append('%s: duplicate line' % i)
        seen.add(t)
        if '\t' in t or '\n' in t:
            errs.append('%s: tab or newline' % i)
        rest = t
        for m in re.finditer(r'\[\[(.*?)\]\]', t):
            body = m.group(1)
            if '[[' in body:
                errs.append('%s: label inside a label' % i)
                continue
            if '|' not in body:
                errs.append('%s: label without kind' % i)
                continue
            kind, val = body.split('|', 1)
            if kind not in KINDS:
                errs.append('%s: unknown kind %s' % (i, kind))
            if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
                errs.append('%s: bad label edge' % i)
            if CUES.search(val):
                errs.append('%s: cue, title or possessive in a label' % i)
        rest = re.sub(r'\[\[[A-Z_]+\|[^\[\]|]+\]\]', '', t)
        if '[[' in rest or ']]' in rest or '|' in rest:
            errs.append('%s: malformed markup' % i)
        plain_t = re.sub(r'\[\[[A-Z_]+\|([^\[\]|]+)\]\]', r'\1', t)
        n = len(plain_t.split())
        if not 8 <= n <= 40:
            errs.append('%s: %d words' % (i, n))
        if plain_t != plain_t.lower():
            errs.append('%s: not lower case' % i)
    return errs


def main():
    if len(PHI_TEMPLATES) < 60:
        sys.exit('fewer than 60 PHI templates')
    need = TOTAL - PHI_FREE
    order = list(range(len(PHI_TEMPLATES)))
    R.shuffle(order)
    again = [k for k in order if '{' in PHI_TEMPLATES[k]]  # a fixed turn is used once
    picks = order + R.sample(again, need - len(order))
    if len(picks) != need:
        sys.exit('not enough templates for %d turns' % need)
    R.shuffle(picks)
    uses = {}
    turns = []
    seen = set()
    for p in picks:
        uses[p] = uses.get(p, 0) + 1
        for _ in range(50):
            t = fill(PHI_TEMPLATES[p])
            if t not in seen:
                break
        seen.add(t)
        turns.append(('phi', t))
    free = R.sample(PHI_FREE_TEMPLATES, PHI_FREE)
    for f in free:
        turns.append(('free', fill(f)))
    R.shuffle(turns)
    lines = [('vd14a-%03d' % (k + 1), t) for k, (_, t) in enumerate(turns)]
    errs = check(lines)
    if max(uses.values()) > 2:
        errs.append('a template used more than twice')
    nfree = sum(1 for _, t in lines if '[[' not in t)
    if nfree != PHI_FREE:
        errs.append('%d PHI-free turns, want %d' % (nfree, PHI_FREE))
    if len(lines) != TOTAL:
        errs.append('%d turns' % len(lines))
    if errs:
        for e in errs:
            print(e, file=sys.stderr)
        sys.exit(1)
    head = ('# voice-dev14a.tsv: generated by masker-domain/src/test/scripts/holdout14_voice_dev_a.py '
            '(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales de, pl, en-IE, en-IN, es, '
            'diacritics dropped) and invented names, streets and towns written for Masker; caller turns '
            'to schedulers, pharmacy refill lines, insurers, labs and home-health agents, themed on dates '
            'and birth dates said aloud, all PHI kinds labelled; a development set; every value invented.'
            % SEED)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(head + '\n')
        for i, t in lines:
            f.write('%s\t%s\n' % (i, t))
    counts = {}
    for _, t in lines:
        for m in re.finditer(r'\[\[([A-Z_]+)\|', t):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    print('%d turns, %d PHI-free, %d PHI templates (%d used), %d PHI-free templates; labels %s'
          % (len(lines), nfree, len(PHI_TEMPLATES), len(uses), len(PHI_FREE_TEMPLATES),
             ', '.join('%s %d' % kv for kv in sorted(counts.items()))))


if __name__ == '__main__':
    main()
