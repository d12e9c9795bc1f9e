#!/usr/bin/env python3
"""Development set 19b for Masker: towns, ZIP codes and addresses said in pieces.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
190192). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0): pt-BR, nl, da-DK, fr, sk,
et, ro-MD, and en-AU in place of en-CA, which holds no name lists of its own in 2.7.0. Given names
and surnames are combined at random so no real person is meant, diacritics are dropped as
speech-to-text drops them, female and male given names (pt-BR, da-DK, sk, et, ro-MD and invented
lists; Slovak women get the feminine surnames) are kept apart where a pronoun follows, and the
ungendered lists (nl, fr, en-AU) are used only where none does. Invented and ordinary-word names,
streets and towns written here are added.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df19
    python3 masker-domain/src/test/scripts/holdout19_voice_dev_b.py [/tmp/df19]

Every value is invented: house numbers, ZIP codes and dates are random, phones come only from the
fiction ranges (NANP 555-01xx, UK 07700 900xxx and 01632 960xxx, AU 0491 570 xxx). The script
checks what it writes and exits non-zero when a check fails.
"""
import collections
import os
import random
import re
import sys
import unicodedata

SEED = 190192
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev19b.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df19'
TOTAL = 260
PHI_FREE = 50
PREFIX = 'vd19b-'
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}


# ---------------------------------------------------------------- names from Datafaker
def strip(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def yml_list(locale, key):
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    m = re.search(r'^\s*' + key + r':\s*\[(.*?)\]', text, re.S | re.M)
    if not m:
        sys.exit('missing key %s in %s' % (key, locale))
    items = [i.strip().strip('"').strip("'") for i in m.group(1).split(',')]
    out = []
    for i in items:
        i = strip(i)
        if i and re.fullmatch(r"[a-z][a-z' -]*[a-z]", i) and '#' not in i:
            out.append(i)
    if len(out) < 10:
        sys.exit('too few names under %s in %s' % (key, locale))
    return sorted(set(out))


FEM, MASC, ANY, SUR, SUR_F = [], [], [], [], []
for loc in ('pt-BR', 'da-DK', 'sk', 'et', 'ro-MD'):
    FEM += yml_list(loc, 'female_first_name')
    MASC += yml_list(loc, 'male_first_name')
for loc in ('nl', 'fr', 'en-AU'):
    ANY += yml_list(loc, 'first_name')
for loc in ('pt-BR', 'nl', 'da-DK', 'fr', 'et', 'ro-MD', 'en-AU'):
    SUR += yml_list(loc, 'last_name')
SUR += yml_list('sk', 'man_last_name')
SUR_F_SK = yml_list('sk', 'woman_last_name')
# invented and ordinary-word names
FEM += ['odile', 'marisol', 'brennagh', 'tuulike', 'junie', 'maplea', 'hope', 'dawn', 'ivy']
MASC += ['teodric', 'bartholo', 'cassius', 'ormond', 'dusty', 'clay', 'forrest', 'heath']
SUR += ['oakhollow', 'pendergrast', 'vasquerra', 'tillbrook', 'marchetti-ose', 'fields', 'brooks',
        'hill', 'rivers', 'dale', 'ford']
FEM = sorted(set(n for n in FEM if n not in MASC))
MASC = sorted(set(MASC))
ANY = sorted(set(ANY + FEM + MASC))


def name_f():
    return R.choice(FEM) + ' ' + R.choice(SUR)


def name_m():
    return R.choice(MASC) + ' ' + R.choice(SUR)


def name_any():
    return R.choice(ANY) + ' ' + R.choice(SUR)


# ---------------------------------------------------------------- numbers
ONES = 'zero one two three four five six seven eight nine'.split()
TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']


def w2(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])


def w3(n):
    if n < 100:
        return w2(n)
    rest = n % 100
    return ONES[n // 100] + ' hundred' + ('' if rest == 0 else ' ' + R.choice(['', 'and ']) + w2(rest))


def digit_words(s, oh=True, groups=True):
    """Digits one by one, with oh, double, triple."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '-':
            out.append(R.choice(['dash', '']))
            i += 1
            continue
        run = 1
        while i + run < len(s) and s[i + run] == c and run < 3:
            run += 1
        word = 'oh' if (c == '0' and oh and R.random() < 0.7) else ONES[int(c)]
        if groups and run == 3 and R.random() < 0.6:
            out.append('triple ' + word)
            i += 3
        elif groups and run >= 2 and R.random() < 0.6:
            out.append('double ' + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return ' '.join(w for w in out if w)


def house_words(n):
    """House numbers as people say them: fourteen twenty, two oh seven, nine."""
    if n < 100:
        return w2(n)
    if n < 1000:
        r = R.random()
        if r < 0.4:
            return ONES[n // 100] + ' ' + ('oh ' + ONES[n % 10] if n % 100 < 10 else w2(n % 100))
        if r < 0.7:
            return w3(n)
        return digit_words(str(n), groups=False)
    hi, lo = n // 100, n % 100
    if lo == 0:
        return w2(hi) + ' hundred'
    return w2(hi) + ' ' + ('oh ' + ONES[lo] if lo < 10 else w2(lo))


def house():
    n = R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9899), R.randint(100, 999)])
    r = R.random()
    return str(n) if r < 0.25 else house_words(n)


def zip5():
    return '%05d' % R.randint(1001, 99899)


def zip_say(z):
    r = R.random()
    if r < 0.25:
        return z
    if r < 0.55:
        return digit_words(z)
    if r < 0.75:  # pairs: four three two oh nine -> forty three two oh nine
        return w2(int(z[:2])) + ' ' + digit_words(z[2:], groups=False) if z[0] != '0' else digit_words(z)
    return digit_words(z, groups=False)


def zip_plus4():
    z, p = zip5(), '%04d' % R.randint(1, 9999)
    r = R.random()
    if r < 0.35:
        return z + '-' + p
    if r < 0.7:
        return zip_say(z) + R.choice([' dash ', ' ']) + digit_words(p, groups=False)
    return digit_words(z) + ' dash ' + digit_words(p)


# ---------------------------------------------------------------- places (all written here)
TOWN1 = ['pellbrook', 'oxbow', 'millbury', 'dunmarsh', 'kettleby', 'wrenfield', 'harwick', 'caldoun',
         'tessaway', 'brindle', 'quarrytown', 'ashgrove', 'lindenau', 'fairhollow', 'corriston',
         'haddam', 'bexley', 'marlow', 'garrison', 'kendall', 'brewster', 'milford', 'harmony',
         'friendship', 'comfort', 'unity', 'reading', 'bath', 'normal', 'liberty', 'paradise', 'plainview',
         'wellspring', 'oakum', 'dellwood', 'foxcroft', 'stanwick', 'rushmere', 'halloway', 'pemberly',
         'tarrow', 'velden', 'orrin', 'gilchrist', 'barlow', 'sumner', 'truro', 'canfield', 'hartsel',
         'lowden', 'marden', 'ellery', 'vassar', 'dover', 'peace', 'welcome', 'ransom', 'ida', 'frost']
TOWN2 = ['east haddam', 'cedar bluff', 'port ellery', 'fort danby', 'kettle falls', 'north tarrow',
         'west brindle', 'mount orrin', 'glen arden', 'spring lake', 'elk ridge', 'stony point',
         'new carden', 'south wexley', 'bear creek', 'pine hollow', 'red bank', 'lake marden',
         'harlan springs', 'falls church', 'mill valley', 'round top', 'twin oaks', 'white sulphur',
         'saint orrin', 'west liberty', 'old fort', 'grand ledge', 'sugar grove', 'black river']
TOWN3 = ['new port ellery', 'saint clair shores', 'point of rocks', 'castle rock springs',
         'north pine hollow', 'big bear lake', 'lake in the hills', 'bowling green heights',
         'east fork crossing', 'cedar bluff junction', 'upper marlow mills', 'south kettle falls']
STATES = ['ohio', 'vermont', 'maine', 'kentucky', 'oregon', 'iowa', 'new mexico', 'west virginia',
          'north carolina', 'pennsylvania', 'michigan', 'georgia', 'texas', 'montana', 'new york',
          'connecticut', 'missouri', 'idaho', 'alabama', 'wisconsin']
STABS = ['oh h', 'o h', 'v t', 'm e', 'k y', 'o r', 'i a', 'n m', 'w v', 'n c', 'p a', 'm i', 'g a',
         't x', 'm t', 'n y', 'c t', 'm o', 'i d', 'a l', 'w i', 'oh', 'pa', 'nc']
STREET = ['maple', 'elm', 'mill', 'church', 'orchard', 'quarry', 'birch hollow', 'tanner', 'wexley',
          'pemberton', 'old mill', 'fifth', 'second', 'twelfth', 'cooper', 'lantern', 'harrow',
          'larkspur', 'bellweather', 'kestrel', 'sawyer', 'juniper', 'stillwater', 'bramble', 'hope',
          'union', 'liberty', 'water', 'spring', 'high', 'market', 'north', 'canal', 'depot', 'ridge',
          'three mile', 'county line', 'saint ann', 'martin', 'grace']
SUFFIX = ['street', 'road', 'avenue', 'lane', 'drive', 'court', 'way', 'boulevard', 'place', 'circle',
          'terrace', 'pike', 'trail', 'st', 'rd', 'ave', 'ln', 'dr']
COUNTY = ['harlan', 'tessaway', 'brindle', 'ashgrove', 'corriston', 'velden', 'marden', 'oxbow',
          'sumner', 'lowden']


def town(n=None):
    n = n or R.choice([1, 1, 1, 2, 2, 3])
    return R.choice({1: TOWN1, 2: TOWN2, 3: TOWN3}[n])


def street():
    return R.choice(STREET) + ' ' + R.choice(SUFFIX)


def unit():
    kind = R.choice(['apartment', 'apt', 'unit', 'suite', 'lot', 'space', 'number'])
    r = R.random()
    if r < 0.3:
        v = w2(R.randint(1, 40))
    elif r < 0.55:
        v = w2(R.randint(1, 9)) + ' ' + R.choice('abcdef')
    elif r < 0.75:
        v = str(R.randint(1, 60)) + R.choice(['', 'a', 'b', 'c'])
    else:
        v = house_words(R.randint(101, 420))
    if kind == 'number':
        return '#' + v if re.fullmatch(r'\d+[a-c]?', v) else 'number ' + v
    return kind + ' ' + v


def address(with_unit=None):
    s = house() + ' ' + street()
    if with_unit or (with_unit is None and R.random() < 0.4):
        s += ' ' + unit()
    return s


def po_box():
    n = R.randint(10, 9999)
    return R.choice(['po box', 'p o box', 'post office box', 'box']) + ' ' + R.choice([str(n), house_words(n)])


def rural_route():
    return R.choice(['rural route', 'r r', 'route']) + ' ' + w2(R.randint(1, 9)) + ' box ' + w2(R.randint(2, 99))


def phone():
    r = R.random()
    if r < 0.7:
        area = R.choice(['207', '802', '614', '502', '541', '319', '505', '304', '828', '570', '231', '706',
                         '432', '406', '518', '860', '417', '208', '256', '715'])
        num = area + '55501' + '%02d' % R.randint(0, 99)
        if R.random() < 0.3:
            return '(%s) %s-%s' % (num[:3], num[3:6], num[6:])
        return digit_words(num[:3]) + ' ' + digit_words(num[3:6]) + ' ' + digit_words(num[6:])
    if r < 0.85:
        n = '07700900%03d' % R.randint(0, 999)
        return digit_words(n)
    n = '0491570%03d' % R.randint(0, 999)
    return digit_words(n)


MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
       'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
       'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second', 'twenty third',
       'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth']


def date(year=False):
    m, d = R.randrange(12), R.randrange(28)
    r = R.random()
    if r < 0.5:
        s = MONTHS[m] + ' ' + ORD[d]
    elif r < 0.75:
        s = 'the ' + ORD[d] + ' of ' + MONTHS[m]
    else:
        s = '%d/%d' % (m + 1, d + 1)
    if year:
        y = R.randint(1931, 1968)
        if '/' in s:
            s += '/%d' % y
        else:
            s += ' ' + w2(y // 100) + ' ' + w2(y % 100)
    return s


def L(kind, v):
    return '[[%s|%s]]' % (kind, v)


WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
FILLERS = ['', '', '', 'um ', 'uh ', 'yeah ', 'okay so ', 'hi ', 'so um ', 'yes ', 'hello ', 'right so ']


def slot(name):
    v = slot_value(name)
    m = re.fullmatch(r'\[\[([A-Z_]+)\|(.*)\]\]', v)
    if m:
        LAST[name] = v
        LAST[m.group(1)] = v
    return v


def slot_value(name):
    if name == 'RT':
        return LAST['LOCATION']
    if name == 'RNUM':
        return LAST['NUM']
    if name == 'TW':
        return L('LOCATION', R.choice(WORD_TOWNS))
    if name == 'T':
        return L('LOCATION', town())
    if name == 'T1':
        return L('LOCATION', town(1))
    if name == 'T2':
        return L('LOCATION', town(2))
    if name == 'T3':
        return L('LOCATION', town(3))
    if name == 'CNTY':
        return L('LOCATION', R.choice(COUNTY) + ' county')
    if name == 'TCORR':
        b = R.choice(TOWN1)
        pre = R.choice(['east', 'west', 'north', 'south', 'new', 'port', 'fort', 'mount'])
        return R.choice(['%s no %s not %s' % (L('LOCATION', b), L('LOCATION', pre + ' ' + b), L('LOCATION', b)),
                         'no %s not %s' % (L('LOCATION', pre + ' ' + b), L('LOCATION', b))])
    if name == 'ST':
        return R.choice(STATES)
    if name == 'STAB':
        return R.choice(STABS)
    if name == 'Z':
        return L('ZIP', zip_say(zip5()))
    if name == 'Z4':
        return L('ZIP', zip_plus4())
    if name == 'A':
        return L('ADDRESS', address())
    if name == 'AU':
        return L('ADDRESS', address(True))
    if name == 'AN':
        return L('ADDRESS', address(False))
    if name == 'NUM':
        return L('ADDRESS', house())
    if name == 'STR':
        return L('ADDRESS', street())
    if name == 'UNIT':
        return L('ADDRESS', unit())
    if name == 'PO':
        return L('ADDRESS', po_box())
    if name == 'RR':
        return L('ADDRESS', rural_route())
    if name == 'CROSS':
        return L('ADDRESS', R.choice(STREET) + ' and ' + R.choice(STREET + ['fifth', 'third', 'main']))
    if name == 'NF':
        return L('NAME', name_f())
    if name == 'NM':
        return L('NAME', name_m())
    if name == 'N':
        return L('NAME', name_any())
    if name == 'SUR':
        return L('NAME', R.choice(SUR))
    if name == 'SURF':
        return L('NAME', R.choice(SUR_F_SK))
    if name == 'GF':
        return L('NAME', R.choice(FEM))
    if name == 'GM':
        return L('NAME', R.choice(MASC))
    if name == 'PH':
        return L('PHONE', phone())
    if name == 'D':
        return L('DATE', date())
    if name == 'DOB':
        return L('DOB', date(True))
    if name == 'AGE':
        return L('AGE', w2(R.randint(90, 99)))
    # unlabelled fill-ins
    if name == 'WD':
        return R.choice(WEEKDAYS)
    if name == 'MON':
        return R.choice(MONTHS)
    if name == 'TIME':
        return R.choice(['nine thirty', 'ten fifteen', 'two o clock', '7:45', 'eleven', 'quarter to three',
                         'half past one', '8 am', 'noon', 'four forty five'])
    if name == 'MIN':
        return R.choice(['ten', 'fifteen', 'twenty', 'twenty five', 'forty', 'forty five'])
    if name == 'FLR':
        return R.choice(['second', 'third', 'fourth', 'fifth', 'ground', 'sixth'])
    if name == 'CNT':
        return w2(R.randint(2, 12))
    if name == 'RM':
        return R.choice([w3(R.randint(101, 499)), str(R.randint(101, 499)), digit_words(str(R.randint(101, 499)), groups=False)])
    if name == 'PRICE':
        return R.choice(['twelve fifty', 'forty dollars', '$35', 'eighty five bucks', 'nine ninety nine',
                         'a hundred and twenty dollars', '$18.40'])
    if name == 'EXIT':
        return w2(R.randint(4, 99))
    if name == 'YR':
        y = R.randint(1938, 1975)
        return w2(y // 100) + ' ' + w2(y % 100)
    if name == 'AGEY':
        return w2(R.randint(45, 89))
    if name == 'DOSE':
        return R.choice(['ten milligrams', '25 mg', 'five hundred milligrams', 'two puffs', 'half a tab'])
    raise KeyError(name)


LAST = {}
WORD_TOWNS = ['harmony', 'friendship', 'comfort', 'unity', 'reading', 'bath', 'normal', 'liberty',
              'paradise', 'peace', 'welcome', 'ransom', 'frost', 'hope', 'bliss', 'energy', 'mercy']


def fill(template):
    return re.sub(r'\{(\w+)\}', lambda m: slot(m.group(1)), template)


# ---------------------------------------------------------------- templates with PHI
PHI = [
    # towns in every position
    "i'm out in {T} so it's a bit of a drive for the nurse",
    "we're over in {T} {ST} do you even send aides out that far",
    "she lives up by {T} just past the grain elevator",
    "it's just outside {T} on the county side not in town",
    "my dad's place is near {T} uh the other side of {T} actually",
    "we moved to {T} in {MON} so the old address is wrong now",
    "she's staying in {T} with my sister for a couple weeks after the surgery",
    "can you pick me up in {T} i don't drive anymore since the stroke",
    "drop off at the pharmacy in {T} then bring me back home please",
    "i was born and raised in {T} but i'm in {T} now",
    "the clinic in {T} said they'd fax it but nobody got it",
    "is that the one in {T} or the one on the highway",
    "he's in hospice at home in {T} {STAB} and the nurse comes {WD}s",
    "we're in {T} {STAB} the zip is {Z}",
    "uh {T} {ST} {Z} that's where the meds should go",
    "no it's {TCORR} people always mix them up",
    "the driver went to {TCORR} and i was standing outside for an hour",
    "i'm calling from {T3} that's three words yeah",
    "it's {T2} two words not one the map spells it wrong",
    "born in {T} and my date of birth is {DOB}",
    "she was born in {YR} over in {T} if that helps find her file",
    "i live in {CNTY} out past {T} there's no bus out here",
    "we're in {CNTY} not {CNTY} so which office covers us",
    "the home health lady said she only goes as far as {T} and we're in {T}",
    "my mom {NF} she's in {T} now at her daughter's house",
    "this is {NM} i'm in {T} and i need a ride to dialysis on {WD}",
    "hi it's {NF} calling for my husband we're over in {T} {STAB}",
    "the pickup is in {T} and drop off is the cancer center in {T}",
    "so it's {TW} like the word just the town name {RT}",
    "um {T} is it yeah {RT} sorry i'm tired",
    "i'm up in {T} for the summer at the cabin then back to {T} in {MON}",
    "is the pharmacy in {T} open {WD} my wife needs her insulin",
    "he's at his son's in {T} right now so deliver there not here",
    "you have us in {T} but we're actually in {T} it's the next town over",
    "we're between {T} and {T} closer to {T} i guess",
    "my aunt {NF} is {AGE} and lives alone out in {T}",
    "she's {AGE} years old and still in the house in {T}",
    # zips
    "the zip is {Z}",
    "my zip code is {Z} and it's {T}",
    "zip code uh {Z} no wait {Z} sorry that's the old one",
    "postal code {Z} it keeps saying the address is invalid",
    "the zip plus four is {Z4} if you need that",
    "it's {T} and the zip plus four {Z4}",
    "uh the zip {Z} yeah that's for the delivery",
    "can you check {Z} because the app says you don't cover that area",
    "my zip is {Z} i'm in {T} yeah",
    "we changed zip codes when we moved it's {Z} now not {Z}",
    # addresses in pieces
    "the address is {NUM} um that's the number and the street is {STR}",
    "it's {AN} and then it's {UNIT} in {T}",
    "okay the number {NUM} uh the street {STR} and it's {UNIT} {T} {STAB} {Z}",
    "i'm at {AN} hold on {UNIT} then it's {T}",
    "the house number is {NUM} and it's on {STR} off the main road",
    "she's at {A} in {T} near the water tower",
    "he lives at {AU} {T} {ST} {Z}",
    "deliver to {A} that's {T} the back door please",
    "send it to {PO} in {T} {Z} we don't get mail at the house",
    "our mailing address is {PO} {T} {STAB} {Z} but the house is {AN}",
    "it's {RR} out past {T} the mailbox is green",
    "we're on {RR} {T} and the zip is {Z}",
    "the trailer is {UNIT} at the park off {STR} in {T}",
    "it's the park on {STR} and we're in {UNIT} the one with the blue skirting",
    "we're {UNIT} in the building at {AN}",
    "it's {UNIT} when you come in second door on the left",
    "{AU} is the one sorry i said it wrong before",
    "my address {AN} no {AN} i always flip the numbers",
    "the new address is {AU} {T} {Z}",
    "pick me up at {AN} it's in {T} by the feed store",
    "i'm on {STR} in {T} the corner house",
    "my daughter's house {AN} {T} that's where i'm staying",
    "the corner of {CROSS} in {T} there's a gas station",
    "i'll wait on the corner of {CROSS} by the bank",
    "behind the church on {STR} the yellow house that's us",
    "we're the last house on {STR} past the church in {T}",
    "the driver couldn't find {AN} there's no sign on the mailbox",
    "mom's at {AU} but the nurse keeps going to the old place",
    "it's {AN} {T} {ST} and my phone is {PH}",
    "call me at {PH} when you're at {AN}",
    "my number is {PH} and i'm at {AU} in {T}",
    "the aide {NF} couldn't find the address it's {AN}",
    "{NM} my son he lives at {AN} in {T} he'll sign for it",
    "send the equipment to {NF} at {AU} she's my sister",
    "i'm calling for {N} at {AN} {T} {Z}",
    "this is {NF} and i'm at {AN} and it's {UNIT} on the second floor",
    "so the number is {NUM} yeah {RNUM} and the street {STR} in {T}",
    "it's {NUM} then {STR} and then {UNIT} round the back",
    "the building is {NUM} but the entrance is around back on {STR}",
    "the hospital discharged him on {D} to {AU} in {T}",
    "my ride on {D} is from {AN} to the clinic in {T}",
    "we moved to {T} on {D} so please update the address to {AN}",
    "she goes home on {D} to {AU} {T} {Z}",
    "the delivery on {D} went to {AN} but we moved",
    "hospice starts on {D} at her place {AN} in {T}",
    "i'm at the motel in {T} the one at {AN} the room doesn't matter",
    "she's staying at {AU} in {T} till {MON}",
    "the lot number is {UNIT} at the campground outside {T}",
    "we're the {SUR} family on {STR} in {T} the big white house",
    "mrs {SURF} lives at {AN} she's the one who needs the visit",
    "doctor {SUR} at the clinic in {T} sent the order to {AN}",
    "um the return address was {PO} {T} and that's still good",
    "it's {T} {STAB} {Z} and the street is {STR} number {NUM}",
    "sorry {T} not {T} and zip {Z}",
    "she's back home in {T} at {AN} her birthday is {DOB}",
    "my husband {NM} date of birth {DOB} we're in {T} now",
    "pick up at {AN} in {T} and go to {AN} in {T}",
    "i'm in {T} uh by the {T} line near the lake",
    "we're out on {RR} by {T} there's no street name",
    "the shelter dropped him at {AN} in {T}",
    "tell the driver {STR} the blue mailbox number {NUM}",
    "it's {AN} oh and it's {UNIT} upstairs",
    "she moved in with {GF} on {STR} in {T} last month",
    "my neighbor {GM} drives me in from {T} but he can't on {WD}",
    "the insurance still has {AN} {T} {Z} from before",
    "the card says {T} {ST} but we've been in {T} since {YR}",
    "is there a pharmacy that delivers to {T} we're at {Z}",
    "we're at {AN} well the mailing is {PO}",
]

FREE = [
    "we're back east now near the coast it's about {MIN} minutes north of the hospital",
    "i live upstate so it's a long drive down the road to you on {WD}",
    "take route nine to exit {EXIT} then it's the second light",
    "the main street shops are closed on {WD} so i'll wait at the clinic",
    "it's a dead end so the van has to back out just so you know",
    "the office on the {FLR} floor room {RM} right",
    "is that in texas or oklahoma i'm not from around here",
    "we're from back home in ireland visiting for {CNT} weeks",
    "the valley gets snow so the nurse might not make it on {WD}",
    "downtown parking is {PRICE} can you drop me at the front",
    "the ride costs {PRICE} each way is that right",
    "my appointment is at {TIME} on {WD} in room {RM}",
    "she takes {DOSE} in the morning and walks down the street after",
    "my blood pressure was one forty over ninety this morning and pulse {EXIT}",
    "the clinic is on the {FLR} floor and the elevator is out again",
    "group number is {RM} {CNT} {CNT} it's on the back of the card",
    "i was born in {YR} and i'm {AGEY} so do i still qualify",
    "we drove {CNT} hours from the west coast for this appointment",
    "is the walgreens by the highway open until {TIME}",
    "can the driver come at {TIME} instead we have church on {WD}",
    "we're in florida for the winter usually till {MON}",
    "turn left at the light go about {CNT} miles north and it's on the right",
    "i need {CNT} refills before we go to canada in {MON}",
    "the hospice team comes {WD} and {WD} around {TIME}",
    "it's past the mill and the bridge then the gravel road",
    "will you deliver out to the county or just in town",
    "the pharmacy on main is closer but they don't carry it",
    "she's in bed {RM} on the {FLR} floor of the rehab",
    "we're on the east coast so it's three hours ahead",
    "the claim for {PRICE} was denied and the group is the same",
    "mark it urgent please the home office said {CNT} business days last time",
    "the river road is flooded so the nurse should take the high road",
]


def words(plain):
    return len(plain.split())


def plain_of(line):
    return re.sub(r'\[\[[A-Z_]+\|(.*?)\]\]', r'\1', line)


def main():
    phi_turns = TOTAL - PHI_FREE
    order = list(range(len(PHI)))
    R.shuffle(order)
    picks = list(order)
    extra = list(range(len(PHI)))
    R.shuffle(extra)
    picks += extra[:phi_turns - len(picks)]
    free_picks = list(range(len(FREE)))
    R.shuffle(free_picks)
    more = list(range(len(FREE)))
    R.shuffle(more)
    free_picks += more[:PHI_FREE - len(free_picks)]
    turns, used, seen = [], collections.Counter(), set()
    for is_free, idx in [(False, i) for i in picks] + [(True, i) for i in free_picks]:
        tpl = (FREE if is_free else PHI)[idx]
        for _ in range(50):
            line = R.choice(FILLERS) + fill(tpl)
            n = words(plain_of(line))
            if line not in seen and 8 <= n <= 40:
                break
        else:
            sys.exit('could not fill template %r' % tpl)
        seen.add(line)
        used[(is_free, idx)] += 1
        turns.append((is_free, idx, line))
    R.shuffle(turns)
    lines = ['# voice-dev19b.tsv: development set 19b for Masker, generated by '
             'masker-domain/src/test/scripts/holdout19_voice_dev_b.py (seed %d) from Datafaker 2.7.0 name '
             'lists (Apache-2.0; locales pt-BR, nl, da-DK, fr, sk, et, ro-MD, and en-AU in place of en-CA, '
             'which holds no name lists of its own; diacritics dropped) and invented names, streets and towns '
             'written by an outside author; caller turns to transport, home-health, hospice, pharmacy, clinic '
             'and insurer voice agents about where callers live, stay, are picked up and are going: towns, '
             'ZIP codes and addresses said in pieces; %d turns, %d without PHI; every value invented.'
             % (SEED, TOTAL, PHI_FREE)]
    for i, (_, _, line) in enumerate(turns, 1):
        lines.append('%s%03d\t%s' % (PREFIX, i, line))
    check(lines, used)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    counts = collections.Counter(k for l in lines[1:] for k in re.findall(r'\[\[([A-Z_]+)\|', l))
    print('wrote %d turns to %s' % (len(lines) - 1, os.path.normpath(OUT)))
    print('labels: ' + ', '.join('%s %d' % kv for kv in sorted(counts.items())))
    print('templates with PHI: %d, PHI-free templates: %d' % (len(PHI), len(FREE)))


CUES = re.compile(r"\b(my number is|number is|dob|date of birth|born|birthday|fax|zip|postal code|address|"
                  r"phone|lives at|live at|i'm at|staying)\b")
TITLES = re.compile(r'\b(dr|doctor|mr|mrs|ms|miss|nurse)\b\.?')
PHI_SLOTS = {'T', 'T1', 'T2', 'T3', 'CNTY', 'TCORR', 'Z', 'Z4', 'A', 'AU', 'AN', 'NUM', 'STR', 'UNIT', 'PO',
             'RR', 'CROSS', 'RT', 'RNUM', 'TW', 'NF', 'NM', 'N', 'SUR', 'SURF', 'GF', 'GM', 'PH', 'D', 'DOB', 'AGE'}


def check(lines, used):
    errors = []
    if not lines[0].startswith('# ') or 'every value invented' not in lines[0]:
        errors.append('header')
    ids, texts, free = set(), set(), 0
    for n, line in enumerate(lines[1:], 2):
        if line.count('\t') != 1:
            errors.append('line %d: tabs' % n)
            continue
        i, text = line.split('\t')
        if not re.fullmatch(re.escape(PREFIX) + r'\d{3}', i) or i in ids:
            errors.append('line %d: id' % n)
        ids.add(i)
        if text in texts:
            errors.append('line %d: duplicate' % n)
        texts.add(text)
        if text != text.lower() and not re.search(r'\b(OH|PA|NC)\b', text):
            pass
        rest = text
        labels = re.findall(r'\[\[(.*?)\]\]', text)
        stripped = re.sub(r'\[\[.*?\]\]', '', text)
        if '[[' in stripped or ']]' in stripped:
            errors.append('line %d: unbalanced or nested markup' % n)
        for lab in labels:
            if '[[' in lab:
                errors.append('line %d: label inside label' % n)
            m = re.fullmatch(r'([A-Z_]+)\|(.+)', lab)
            if not m:
                errors.append('line %d: label without KIND|' % n)
                continue
            kind, val = m.groups()
            if kind not in KINDS:
                errors.append('line %d: unknown kind' % n)
            if val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
                errors.append('line %d: label edge' % n)
            if CUES.search(val):
                errors.append('line %d: cue word in a %s label' % (n, kind))
            if TITLES.search(val if kind != 'ADDRESS' else re.sub(r'\bdr$|\bdr\b(?= (apartment|apt|unit|suite|lot|space|number|#))', '', val)):
                errors.append('line %d: title in a %s label' % (n, kind))
            if "'s" in val:
                errors.append('line %d: possessive in a label' % n)
            if kind == 'AGE' and not (re.fullmatch(r'(ninety|one hundred)( \w+)?', val)):
                errors.append('line %d: age not over 89' % n)
        if re.search(r'\[\[(NAME|ADDRESS)\|[^\]]*\]\]\s*\[\[\1\|', text):
            errors.append('line %d: a name or an address split into two side-by-side spans' % n)
        if not labels:
            free += 1
        w = words(plain_of(text))
        if not 8 <= w <= 40:
            errors.append('line %d: %d words' % (n, w))
    if len(lines) - 1 != TOTAL:
        errors.append('turn count %d' % (len(lines) - 1))
    if free != PHI_FREE:
        errors.append('PHI-free count %d' % free)
    phi_tpl = [k for k in used if not k[0]]
    if len(phi_tpl) < 60:
        errors.append('only %d PHI templates used' % len(phi_tpl))
    if any(v > 2 for v in used.values()):
        errors.append('a template used more than twice')
    for t in FREE:
        if '[[' in t or set(re.findall(r'\{(\w+)\}', t)) & PHI_SLOTS:
            errors.append('PHI slot in a PHI-free template: %s' % t)
    if errors:
        for e in errors:
            print('CHECK FAILED: ' + e, file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
