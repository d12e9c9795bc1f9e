#!/usr/bin/env python3
"""Seventh held-out evaluation sets for Masker (issue 11): voice names/ages and written places.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout7_corpus.py /tmp/df \
        masker-domain/src/test/resources/dev/masker/domain/masking/eval

Sources: first names and surnames from Datafaker 2.7.0's locale files (Apache-2.0), combined at
random; romanised names of languages Datafaker lacks, real town and street names and every
template written for Masker. House numbers and postal codes are random digits of each country's
shape; phone and fax numbers come only from ranges kept for fiction. Any likeness to a real
person or address is chance.
"""

import os
import random
import re
import sys
from collections import Counter

VOICE_SEED = 70701
WRITTEN_SEED = 70702
LS = "\u2028"  # a line break inside one example

# ---------------------------------------------------------------------------------------------
# Datafaker locale lists (a tiny reader for the two list shapes those files use)

LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ' .\-]+$")


def read_list(path, key):
    """Values of `key:` in a Datafaker yml: an inline [a, b] list or a block of '- x' lines."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError:
        return []
    out = []
    for i, line in enumerate(lines):
        m = re.match(r"^(\s+)" + re.escape(key) + r":\s*(.*)$", line)
        if not m:
            continue
        indent, rest = len(m.group(1)), m.group(2)
        if rest.startswith("["):
            buf = rest
            j = i
            while "]" not in buf:
                j += 1
                buf += " " + lines[j].strip()
            items = buf[buf.index("[") + 1:buf.index("]")].split(",")
        else:
            items = []
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith("- "):
                if len(lines[j]) - len(lines[j].lstrip()) < indent:
                    break
                items.append(lines[j].strip()[2:])
                j += 1
        for it in items:
            v = it.strip().strip('"').strip("'").strip()
            if v and "#{" not in v and LATIN.match(v) and len(v) > 1:
                out.append(v)
        break
    return out


def locale_names(df, locale):
    path = os.path.join(df, locale + ".yml")
    firsts = []
    for k in ("first_name", "male_first_name", "female_first_name",
              "malay_male_first_name", "malay_female_first_name"):
        firsts += read_list(path, k)
    lasts = []
    for k in ("last_name", "male_last_name", "female_last_name"):
        lasts += read_list(path, k)
    # keep single-token-ish names; the yml lists hold a few odd entries
    firsts = sorted({f for f in firsts if len(f.split()) <= 2 and "." not in f})
    lasts = sorted({l for l in lasts if len(l.split()) <= 2 and "." not in l})
    return firsts, lasts


# Romanised names of languages Datafaker has no Latin list for, written for Masker.
HAND_NAMES = {
    "ja": (["Haruto", "Yui", "Sota", "Mei", "Ren", "Akari", "Kaito", "Hinata"],
           ["Takahashi", "Nakamura", "Ishikawa", "Fujimoto", "Okada", "Morikawa"]),
    "ka": (["Nino", "Giorgi", "Tamuna", "Levan", "Eka", "Davit"],
           ["Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri"]),
    "hy": (["Armen", "Anahit", "Tigran", "Lusine", "Hovhannes"],
           ["Petrosyan", "Hakobyan", "Sargsyan", "Ghazaryan", "Manukyan"]),
    "so": (["Abdirahman", "Hodan", "Ayaan", "Mohamud", "Sagal"],
           ["Warsame", "Farah", "Hirsi", "Jama", "Abdullahi"]),
    "am": (["Tsegaye", "Meseret", "Dawit", "Selamawit", "Yonas"],
           ["Bekele", "Alemu", "Tesfaye", "Gebremedhin", "Haile"]),
    "mi": (["Aroha", "Tamati", "Mereana", "Wiremu", "Ngaio"],
           ["Ngata", "Tawhiri", "Parata", "Waititi", "Horomona"]),
    "fa": (["Dariush", "Shirin", "Kaveh", "Laleh", "Parisa"],
           ["Rahimi", "Tehrani", "Ghorbani", "Mousavi", "Karimzadeh"]),
    "he": (["Noa", "Yossi", "Tamar", "Eitan", "Shira"],
           ["Mizrahi", "Ben-Ami", "Peretz", "Avraham", "Biton"]),
    "sm": (["Sione", "Malia", "Tavita", "Losana"],
           ["Tuilagi", "Faleolo", "Leota", "Masoe"]),
    "ta": (["Arun", "Kavitha", "Senthil", "Meenakshi", "Karthik"],
           ["Subramaniam", "Ramasamy", "Elangovan", "Krishnan"]),
    "ko": (["Ji-woo", "Seo-yeon", "Min-jun", "Ha-eun", "Dong-hyun"],
           ["Choi", "Jeong", "Kang", "Yoon", "Baek"]),
    "ig": (["Chiamaka", "Obinna", "Nnamdi", "Adaeze", "Ikenna"],
           ["Okonkwo", "Eze", "Nwosu", "Anyanwu", "Obi"]),
    "is": (["Sigrún", "Ragnar", "Þóra", "Einar", "Hildur"],
           ["Guðmundsdóttir", "Sigurðsson", "Ólafsdóttir", "Magnússon"]),
}

VOICE_LOCALES = ["sq", "ca", "en-NEP", "en-MS", "fr-CH", "sk", "en-PH", "vi", "id-ID", "tr",
                 "pt-BR", "es-AR", "en-UG", "fi-FI", "sv-SE", "en-PK", "ro-MD", "et", "hr",
                 "da-DK", "en-ZA", "it", "pl", "hu", "nl", "lv", "en-NG", "de-AT"]

# Ordinary English words used as surnames after a title or a first name, chosen for this set.
WORD_SURNAMES = ["lark", "bishop", "crane", "marsh", "frost", "gable", "hale", "banks", "moss",
                 "wolfe", "steele", "rivers", "fairweather", "hardy", "sparrow", "cotton", "swift",
                 "lamb", "chambers", "best"]
PARTICLES = ["van den", "de la", "da", "al", "bin", "ter", "dos", "mac", "du", "von der", "ben"]


class Names:
    def __init__(self, df, locales, rng):
        self.rng = rng
        self.pools = []
        for loc in locales:
            f, l = locale_names(df, loc)
            if len(f) >= 4 and len(l) >= 4:
                self.pools.append((loc, f, l))
        for loc, (f, l) in HAND_NAMES.items():
            self.pools.append((loc, f, l))
        self.used_locales = sorted({p[0] for p in self.pools})

    def pool(self):
        return self.rng.choice(self.pools)

    def first(self):
        return self.rng.choice(self.pool()[1]).split()[0]

    def last(self):
        return self.rng.choice(self.pool()[2])

    def full(self):
        _, f, l = self.pool()
        r = self.rng.random()
        first = self.rng.choice(f)
        last = self.rng.choice(l)
        if r < 0.08:
            last = last.split()[-1] + "-" + self.rng.choice(self.pool()[2]).split()[-1]
        elif r < 0.15:
            last = self.rng.choice(PARTICLES) + " " + last
        return first + " " + last


def spoken(name):
    return name.lower().replace("-", " " if random.random() < 0.3 else "-")


def spell(word, sep=" "):
    letters = [c for c in word.lower() if c.isalpha()]
    return sep.join(letters)


def L(kind, value):
    return "[[%s|%s]]" % (kind, value)


# ---------------------------------------------------------------------------------------------
# Voice: names and ages

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def age_words(n, rng):
    if n >= 100:
        rest = n - 100
        head = rng.choice(["a hundred", "one hundred", "hundred"])
        if rest == 0:
            return head if head != "hundred" else "a hundred"
        return (head if head != "hundred" else "a hundred") + " and " + ONES[rest]
    tens = {9: "ninety", 8: "eighty", 7: "seventy", 6: "sixty", 5: "fifty", 4: "forty",
            3: "thirty", 2: "twenty"}[n // 10]
    if n % 10 == 0:
        return tens
    return tens + rng.choice([" ", "-"]) + ONES[n % 10]


OPENERS = ["", "", "", "um ", "uh ", "yeah hi ", "hi there ", "okay so ", "right ", "hello ",
           "yes hello ", "so um ", "morning ", "hey "]
CLOSERS = ["", "", "", " thanks", " thank you", " if that's okay", " please", " cheers",
           " if you could", " okay", " yeah"]


def voice_templates(N, rng):
    def n():
        return spoken(N.full())

    def f():
        return N.first().lower()

    def s():
        return N.last().lower()

    def w():
        return rng.choice(WORD_SURNAMES)

    def old():
        return age_words(rng.randint(90, 106), rng)

    def young():
        return age_words(rng.randint(21, 88), rng)

    T = [
        lambda: "this is %s calling from the front desk at the dialysis unit" % L("NAME", n()),
        lambda: "my name's %s and i'm ringing about a prior authorization that never came through" % L("NAME", n()),
        lambda: "i'm calling on behalf of my father %s he's %s and he can't really hear on the phone" % (L("NAME", n()), L("AGE", old())),
        lambda: "the aide who comes tuesdays is %s and the one on weekends is %s" % (L("NAME", f()), L("NAME", n())),
        lambda: "can i leave a message for doctor %s please" % L("NAME", w()),
        lambda: "doctor %s told us to come back in six weeks" % L("NAME", w()),
        lambda: "yeah it was nurse %s who gave her the shot not the other one" % L("NAME", w()),
        lambda: "last name is %s %s" % (L("NAME", s()), rng.choice(["", "one word", "like it sounds", "all one word"])),
        lambda: "the surname's %s i'll spell it %s" % (L("NAME", (x := s())), L("NAME", spell(x))),
        lambda: "it's under my wife's name %s" % L("NAME", n()),
        lambda: "my mother %s turned %s in march and she's still living on her own" % (L("NAME", f()), L("AGE", old())),
        lambda: "grandma's %s now so we need someone there most of the day" % L("AGE", old()),
        lambda: "he's %s and she's %s so we're both on the plan" % (young(), young()),
        lambda: "sorry i said %s it's actually %s" % (L("NAME", s()), L("NAME", n())),
        lambda: "%s %s yes that's me" % (L("NAME", n()), rng.choice(["", "uh"])),
        lambda: "i'm the caregiver for %s we're at the same number as before" % L("NAME", n()),
        lambda: "you spoke to my son %s yesterday he said you'd call back" % L("NAME", f()),
        lambda: "the pharmacist %s said the refill was ready but it wasn't" % L("NAME", f()),
        lambda: "could you put me through to %s in claims she's handling my file" % L("NAME", n()),
        lambda: "who am i speaking with %s okay thanks %s" % (L("NAME", (x := f())), L("NAME", x)),
        lambda: "first name %s last name %s" % (L("NAME", f()), L("NAME", s())),
        lambda: "i'm a friend of %s i drive her to her appointments" % L("NAME", n()),
        lambda: "the referral came from doctor %s at the other practice" % L("NAME", n()),
        lambda: "we saw a doctor %s i think it was or %s something like that" % (L("NAME", s()), L("NAME", s())),
        lambda: "she's a hundred percent sure it was %s who signed for the delivery" % L("NAME", f()),
        lambda: "my dad is %s and he's been on oxygen since the spring" % L("AGE", old()),
        lambda: "she'll be %s on the twelfth so we're having a small thing at the home" % L("AGE", old()),
        lambda: "patient is %s %s years old living with her daughter" % (L("NAME", n()), L("AGE", old())),
        lambda: "and the daughter's name is %s" % L("NAME", f() + " " + w()),
        lambda: "i need to add %s to the account as an authorized person" % L("NAME", n()),
        lambda: "it's spelled %s first name %s" % (L("NAME", spell(s(), "-")), L("NAME", f())),
        lambda: "is %s there i was told to ask for %s" % (L("NAME", f()), L("NAME", n())),
        lambda: "the social worker %s wanted me to call you directly" % L("NAME", n()),
        lambda: "me and my husband %s we both got the letter" % L("NAME", f()),
        lambda: "hi %s it's %s from the pharmacy returning your call" % (L("NAME", f()), L("NAME", f())),
        lambda: "you're speaking with %s how can i help" % L("NAME", f()),
        lambda: "my physio is %s and my gp is doctor %s" % (L("NAME", n()), L("NAME", s())),
        lambda: "okay uh the patient the patient is %s" % L("NAME", n()),
        lambda: "i'm %s but everyone calls me %s" % (L("NAME", n()), L("NAME", f())),
        lambda: "the home care nurse %s didn't show up today and my aunt is %s" % (L("NAME", n()), L("AGE", old())),
        lambda: "put it in the name of %s please not mine" % L("NAME", n()),
        lambda: "i was referred by %s at the hospice" % L("NAME", n()),
        lambda: "%s my brother in law he's the one who has power of attorney" % L("NAME", n()),
        lambda: "so that's %s and his middle name is %s" % (L("NAME", n()), L("NAME", f())),
        lambda: "doctor %s and doctor %s both signed off on it" % (L("NAME", w()), L("NAME", s())),
        lambda: "my neighbour %s found him on the floor he's %s you know" % (L("NAME", f()), L("AGE", old())),
        lambda: "tell %s that %s called about the wheelchair" % (L("NAME", f()), L("NAME", n())),
    ]
    return T


VOICE_FREE = [
    "will you be able to fax it over to the pharmacy today",
    "may i ask what the copay would be for the generic",
    "the bill came to forty two dollars and i already paid it",
    "can you mark it urgent please it's been three weeks",
    "i hope so because i'm nearly out of the metformin",
    "she takes the lisinopril in the morning and the atorvastatin at night",
    "could you transfer me to cardiology or is it radiology i can never remember",
    "is the doctor in on friday or just monday and wednesday",
    "the nurse practitioner called back but i missed it",
    "he's eighty four and still drives which worries me",
    "the grace period ends at the end of the month right",
    "i've been on ozempic since last year and my sugars are better",
    "the on call doctor said to go to urgent care if it gets worse",
    "we got the rose garden entrance sign mixed up with the main one",
    "i'll grant you the wait wasn't that long this time",
    "my daughter's birthday is in june so we'll be away that week",
    "is it the apple watch that does the fall detection thing",
    "the paperwork says major medical but i don't know what that means",
    "can i pay with my chase card or does it have to be a check",
    "it says the dr is out of office until further notice",
    "she's ninety percent better since the new inhaler",
    "the summer hours start next week right",
    "i need the name of the medication not the brand just the generic",
    "the mercy wing is closed for renovations so use the north doors",
    "we bought a ford last year so transport isn't an issue",
    "bill me later if that's possible i'm between paychecks",
    "sunday works but only after church",
]


def build_voice(df, rng):
    N = Names(df, VOICE_LOCALES, rng)
    T = voice_templates(N, rng)
    lines = []
    order = list(range(len(T))) * 2
    rng.shuffle(order)
    for idx in order[:85]:
        core = T[idx]()
        op = rng.choice(OPENERS)
        cl = rng.choice(CLOSERS)
        text = re.sub(" +", " ", op + core + cl).strip()
        if rng.random() < 0.15:  # some engines capitalise names and the first letter, add a period
            text = re.sub(r"\[\[NAME\|([^\]]+)\]\]",
                          lambda m: "[[NAME|%s]]" % re.sub(r"(^|[ -])(\w)", lambda k: k.group(1) + k.group(2).upper(), m.group(1)), text)
            text = (text[0].upper() + text[1:]) + "."
        lines.append(text)
    free = list(VOICE_FREE)
    rng.shuffle(free)
    for t in free[:25]:
        lines.append(rng.choice(OPENERS) + t + rng.choice(CLOSERS))
    rng.shuffle(lines)
    return lines, N.used_locales


# ---------------------------------------------------------------------------------------------
# Written: places

def digits(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def letters(rng, k, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(k))


def pc_uk(rng):
    outward = rng.choice(["SW", "N", "E", "LS", "M", "B", "CF", "EH", "G", "BS", "NE", "OX"])
    return "%s%d %d%s" % (outward, rng.randint(1, 19), rng.randint(0, 9), letters(rng, 2, "ABDEFGHJLNPQRSTUWXYZ"))


def pc_ca(rng):
    a = "ABCEGHJKLMNPRSTVXY"
    return "%s%d%s %d%s%d" % (rng.choice(a), rng.randint(0, 9), rng.choice(a), rng.randint(0, 9), rng.choice(a), rng.randint(0, 9))


def pc_ie(rng):
    return "%s %s" % (rng.choice(["D04", "D08", "T12", "H91", "V94", "A94", "X91"]),
                      rng.choice("ACDEFHKNPRTVWXY") + digits(rng, 1) + rng.choice("ACDEFHKNPRTVWXY") + digits(rng, 1))


# country code -> (street maker, postcode maker, towns, country names in several spellings)
def street(rng, pattern, names):
    return pattern.format(n=rng.randint(1, 240), name=rng.choice(names), u=rng.randint(1, 40),
                          f=rng.randint(1, 9), l=rng.choice("ABCD"))


COUNTRIES = {
    "DE": dict(streets=["{name}straße {n}", "{name}weg {n}", "Am {name}graben {n}", "{name}str. {n}a"],
               roots=["Linden", "Kastanien", "Mühlen", "Rosen", "Birken", "Garten", "Schiller", "Goethe"],
               pc=lambda r: digits(r, 5), towns=["Bamberg", "Görlitz", "Lüneburg", "Kassel", "Tübingen", "Rostock", "Hameln"],
               country=["Germany", "Deutschland"], order="pc_town"),
    "AT": dict(streets=["{name}gasse {n}/{u}", "{name}straße {n}, Top {u}"],
               roots=["Wiedner", "Hietzinger", "Favoriten", "Kirchen", "Markt"],
               pc=lambda r: str(r.randint(1010, 9992)), towns=["Graz", "Villach", "Wels", "Dornbirn", "Steyr"],
               country=["Austria", "Österreich"], order="pc_town"),
    "CH": dict(streets=["{name}strasse {n}", "{name}weg {n}"],
               roots=["Bahnhof", "See", "Dorf", "Kirch", "Rosen"],
               pc=lambda r: str(r.randint(1000, 9658)), towns=["Winterthur", "Fribourg", "Lugano", "Chur", "Thun", "Sion"],
               country=["Switzerland", "Schweiz", "Suisse"], order="pc_town"),
    "NL": dict(streets=["{name}straat {n}", "{name}laan {n}-{l}", "{name}gracht {n} III"],
               roots=["Kerk", "Molen", "Prinsen", "Vondel", "Hoog", "Bloemen"],
               pc=lambda r: "%d %s" % (r.randint(1000, 9999), letters(r, 2)), towns=["Zwolle", "Deventer", "Leiden", "Haarlem", "Tilburg"],
               country=["the Netherlands", "Nederland"], order="pc_town"),
    "BE": dict(streets=["Rue {name} {n}", "Avenue {name} {n}/{u}"],
               roots=["de la Station", "de la Loi", "du Midi", "des Champs", "de la Paix"],
               pc=lambda r: str(r.randint(1000, 9992)), towns=["Namur", "Leuven", "Mechelen", "Liège", "Hasselt"],
               country=["Belgium", "Belgique"], order="pc_town"),
    "FR": dict(streets=["{n} rue {name}", "{n} bis avenue {name}", "{n} impasse {name}", "{n}, chemin {name}"],
               roots=["des Lilas", "Victor Hugo", "du Moulin", "de la Gare", "des Tanneurs", "Pasteur"],
               pc=lambda r: "%02d%03d" % (r.randint(1, 95), r.randint(0, 999)), towns=["Angers", "Besançon", "Colmar", "Nîmes", "Quimper", "Annecy"],
               country=["France"], order="pc_town"),
    "ES": dict(streets=["Calle {name} {n}, {f}º {l}", "Avda. {name} {n}", "C/ {name}, {n}, {f}º", "Plaza {name} {n}"],
               roots=["del Carmen", "Mayor", "de la Paz", "San Vicente", "Real", "de Goya"],
               pc=lambda r: "%02d%03d" % (r.randint(1, 52), r.randint(0, 999)), towns=["Logroño", "Cáceres", "Girona", "Almería", "Burgos", "Oviedo"],
               country=["Spain", "España"], order="pc_town"),
    "PT": dict(streets=["Rua {name}, {n}, {f}º andar", "Av. {name} {n}", "Travessa {name} {n}"],
               roots=["das Flores", "do Comércio", "da Liberdade", "Dom João IV", "de Santa Catarina"],
               pc=lambda r: "%04d-%03d" % (r.randint(1000, 9999), r.randint(0, 999)), towns=["Braga", "Aveiro", "Coimbra", "Évora", "Setúbal"],
               country=["Portugal"], order="pc_town"),
    "IT": dict(streets=["Via {name} {n}", "Viale {name}, {n}", "Piazza {name} {n}", "Corso {name} {n}, scala B"],
               roots=["Garibaldi", "dei Mille", "Mazzini", "Roma", "della Repubblica", "San Francesco"],
               pc=lambda r: "%05d" % r.randint(10, 98168), towns=["Lecce", "Bergamo", "Perugia", "Trento", "Modena", "Siena"],
               country=["Italy", "Italia"], order="pc_town"),
    "PL": dict(streets=["ul. {name} {n}/{u}", "al. {name} {n}", "ul. {name} {n} m. {u}"],
               roots=["Mickiewicza", "Długa", "Kościuszki", "Polna", "Ogrodowa", "Słowackiego"],
               pc=lambda r: "%02d-%03d" % (r.randint(0, 99), r.randint(0, 999)), towns=["Toruń", "Lublin", "Rzeszów", "Opole", "Gdynia"],
               country=["Poland", "Polska"], order="pc_town"),
    "CZ": dict(streets=["{name} {n}/{u}", "{name} {n}"],
               roots=["Masarykova", "Palackého", "Husova", "Nádražní", "Školní"],
               pc=lambda r: "%03d %02d" % (r.randint(100, 799), r.randint(0, 99)), towns=["Olomouc", "Jihlava", "Zlín", "Liberec", "Tábor"],
               country=["Czech Republic", "Czechia"], order="pc_town"),
    "SE": dict(streets=["{name}vägen {n}", "{name}gatan {n}, lgh 1{u:02d}"],
               roots=["Kyrko", "Sjö", "Björk", "Stor", "Skol"],
               pc=lambda r: "%03d %02d" % (r.randint(100, 984), r.randint(0, 99)), towns=["Västerås", "Sundsvall", "Kalmar", "Visby", "Falun"],
               country=["Sweden", "Sverige"], order="pc_town"),
    "NO": dict(streets=["{name}veien {n}", "{name}gata {n} {l}"],
               roots=["Skole", "Kirke", "Fjell", "Sjø", "Elve"],
               pc=lambda r: "%04d" % r.randint(1, 9991), towns=["Tromsø", "Ålesund", "Bodø", "Lillehammer", "Drammen"],
               country=["Norway", "Norge"], order="pc_town"),
    "DK": dict(streets=["{name}vej {n}, {f}. sal", "{name}gade {n} {l}"],
               roots=["Skov", "Strand", "Møller", "Kirke", "Bøge"],
               pc=lambda r: "%04d" % r.randint(1000, 9990), towns=["Esbjerg", "Vejle", "Roskilde", "Svendborg", "Horsens"],
               country=["Denmark", "Danmark"], order="pc_town"),
    "FI": dict(streets=["{name}katu {n} B {u}", "{name}tie {n} as. {u}"],
               roots=["Koulu", "Kirkko", "Rauhan", "Puisto", "Tehtaan"],
               pc=lambda r: "%05d" % r.randint(100, 99999), towns=["Jyväskylä", "Kuopio", "Lahti", "Oulu", "Vaasa"],
               country=["Finland", "Suomi"], order="pc_town"),
    "IS": dict(streets=["{name}gata {n}", "{name}vegur {n}"],
               roots=["Laufás", "Skóla", "Hring", "Kirkju"],
               pc=lambda r: str(r.randint(101, 902)), towns=["Akureyri", "Selfoss", "Ísafjörður", "Egilsstaðir"],
               country=["Iceland"], order="pc_town"),
    "HU": dict(streets=["{name} utca {n}. {f}/{u}", "{name} út {n}"],
               roots=["Petőfi", "Kossuth Lajos", "Rákóczi", "Dózsa György", "Bartók Béla"],
               pc=lambda r: str(r.randint(1011, 9985)), towns=["Pécs", "Szeged", "Győr", "Eger", "Sopron"],
               country=["Hungary", "Magyarország"], order="town_pc_hu"),
    "LT": dict(streets=["{name} g. {n}-{u}", "{name} pr. {n}"],
               roots=["Gedimino", "Vilniaus", "Savanorių", "Taikos", "Laisvės"],
               pc=lambda r: "LT-%05d" % r.randint(0, 99999), towns=["Kaunas", "Šiauliai", "Klaipėda", "Panevėžys"],
               country=["Lithuania"], order="pc_town"),
    "GR": dict(streets=["{name} {n}", "Odos {name} {n}"],
               roots=["Ermou", "Egnatias", "Venizelou", "Tsimiski", "Kolokotroni"],
               pc=lambda r: "%03d %02d" % (r.randint(100, 851), r.randint(0, 99)), towns=["Patra", "Larissa", "Volos", "Chania", "Ioannina"],
               country=["Greece"], order="pc_town"),
    "TR": dict(streets=["{name} Caddesi No: {n} D: {u}", "{name} Sokak No:{n}/{u}"],
               roots=["Atatürk", "Cumhuriyet", "İnönü", "Gazi", "Lale"],
               pc=lambda r: "%05d" % r.randint(1000, 81999), towns=["Eskişehir", "Trabzon", "Kayseri", "Bursa", "Antalya"],
               country=["Turkey", "Türkiye"], order="pc_town"),
    "GB": dict(streets=["{n} {name} Road", "Flat {u}, {n} {name} Street", "{n} {name} Close", "{n}A {name} Crescent"],
               roots=["Beech", "Mill", "Church", "Victoria", "Albert", "Holly", "Station"],
               pc=pc_uk, towns=["Harrogate", "Swindon", "Carlisle", "Stirling", "Truro", "Llandudno"],
               country=["United Kingdom", "UK"], order="town_pc"),
    "IE": dict(streets=["{n} {name} Avenue", "Apt {u}, {name} Court", "{n} {name} Terrace"],
               roots=["Griffith", "Seaview", "Oakfield", "St. Brigid's", "Castle"],
               pc=pc_ie, towns=["Galway", "Tralee", "Athlone", "Drogheda", "Kilkenny"],
               country=["Ireland"], order="town_pc"),
    "US": dict(streets=["{n} {name} Ave Apt {u}", "{n} {name} St", "{n} {name} Blvd, Suite {u}00", "PO Box {n}{u}"],
               roots=["Maple", "Cedar Ridge", "Elm", "Lakeview", "Willow Creek", "Jefferson"],
               pc=lambda r: digits(r, 5) if r.random() < 0.75 else digits(r, 5) + "-" + digits(r, 4),
               towns=["Boise", "Duluth", "Chattanooga", "Flagstaff", "Burlington", "Macon"],
               country=["USA", "United States"], order="town_state_zip"),
    "CA": dict(streets=["{n} {name} Street, Unit {u}", "{u}-{n} {name} Avenue", "{n} {name} Road"],
               roots=["King", "Queen", "Sherbrooke", "Portage", "Bloor", "Jasper"],
               pc=pc_ca, towns=["Kingston", "Moncton", "Kelowna", "Saskatoon", "Sherbrooke"],
               country=["Canada"], order="town_state_zip"),
    "MX": dict(streets=["Calle {name} {n} Int. {u}", "Av. {name} {n}"],
               roots=["Insurgentes", "Juárez", "Morelos", "Hidalgo", "5 de Mayo"],
               pc=lambda r: "%05d" % r.randint(1000, 99999), towns=["Puebla", "Mérida", "Querétaro", "Oaxaca", "León"],
               country=["Mexico", "México"], order="col_pc_town"),
    "BR": dict(streets=["Rua {name}, {n}, apto {u}{f}", "Av. {name}, {n}", "Rua {name} {n} - casa {f}"],
               roots=["das Palmeiras", "Sete de Setembro", "XV de Novembro", "Bahia", "dos Andradas"],
               pc=lambda r: "%05d-%03d" % (r.randint(1000, 99999), r.randint(0, 999)), towns=["Campinas", "Londrina", "Natal", "Joinville", "Uberlândia"],
               country=["Brazil", "Brasil"], order="bairro_town_pc"),
    "AR": dict(streets=["Av. {name} {n}, piso {f} dto. {l}", "{name} {n}"],
               roots=["Corrientes", "Rivadavia", "San Martín", "Belgrano", "Sarmiento"],
               pc=lambda r: "%s%04d%s" % (r.choice("BCSXM"), r.randint(1000, 9999), letters(r, 3)), towns=["Rosario", "Córdoba", "Mendoza", "Salta", "Bahía Blanca"],
               country=["Argentina"], order="pc_town"),
    "CL": dict(streets=["Pasaje {name} {n}", "Av. {name} {n}, depto. {u}0{f}"],
               roots=["Los Aromos", "O'Higgins", "Providencia", "Las Acacias"],
               pc=lambda r: digits(r, 7), towns=["Valparaíso", "Temuco", "Antofagasta", "La Serena"],
               country=["Chile"], order="town_pc"),
    "JP": dict(streets=["{f}-{u}-{n} {name}", "{name} {f}-chome {u}-{n}"],
               roots=["Nishiki", "Sakae", "Honcho", "Kita-machi", "Minami-dori"],
               pc=lambda r: "%03d-%04d" % (r.randint(1, 999), r.randint(0, 9999)), towns=["Sendai", "Kanazawa", "Matsuyama", "Nagoya", "Kumamoto"],
               country=["Japan"], order="town_pc"),
    "KR": dict(streets=["{n} {name}-ro", "{n}-{u} {name}-gil"],
               roots=["Jungang", "Haeun", "Sejong", "Gwangbok", "Dongseong"],
               pc=lambda r: "%05d" % r.randint(1000, 63644), towns=["Daegu", "Gwangju", "Jeonju", "Suwon", "Ulsan"],
               country=["South Korea", "Republic of Korea"], order="town_pc"),
    "IN": dict(streets=["{n}, {name} Road", "Flat {u}0{f}, {name} Apartments, {n} Main Road", "H.No. {u}-{n}, {name} Marg"],
               roots=["MG", "Nehru", "Station", "Gandhi", "Residency"],
               pc=lambda r: (lambda d: d if r.random() < 0.6 else d[:3] + " " + d[3:])(str(r.randint(110001, 855999))),
               towns=["Mysuru", "Pune", "Kochi", "Indore", "Nagpur", "Coimbatore"],
               country=["India"], order="town_dash_pc"),
    "SG": dict(streets=["Blk {n} {name} Ave {f}, #0{f}-{u}", "{n} {name} Road, #{u}-0{f}"],
               roots=["Tampines", "Bedok North", "Jurong West", "Ang Mo Kio", "Clementi"],
               pc=lambda r: "%06d" % r.randint(10000, 829999), towns=["Tampines", "Bedok", "Jurong West", "Toa Payoh", "Queenstown"],
               country=["Singapore"], order="sg"),
    "MY": dict(streets=["No. {n}, Jalan {name} {f}", "Lot {n}, Lorong {name} {u}"],
               roots=["Ampang", "Bukit Bintang", "Tun Razak", "Melati", "Kenanga"],
               pc=lambda r: "%05d" % r.randint(10000, 98000), towns=["Ipoh", "Kuching", "Seremban", "Kota Bharu", "Klang"],
               country=["Malaysia"], order="pc_town"),
    "PH": dict(streets=["{n} {name} Street", "Unit {u}0{f}, {n} {name} Avenue"],
               roots=["Rizal", "Mabini", "Bonifacio", "Quezon", "Aguinaldo"],
               pc=lambda r: "%04d" % r.randint(400, 9811), towns=["Iloilo City", "Baguio", "Cebu City", "Davao City"],
               country=["Philippines"], order="town_pc"),
    "AU": dict(streets=["Unit {u}/{n} {name} Street", "{n} {name} Parade", "{n} {name} Road"],
               roots=["Bridge", "Ocean", "Wattle", "Banksia", "High"],
               pc=lambda r: "%04d" % r.randint(2000, 7470), towns=["Ballarat", "Geelong", "Toowoomba", "Wollongong", "Bendigo"],
               country=["Australia"], order="town_state_zip_au"),
    "NZ": dict(streets=["{n} {name} Street", "{u}/{n} {name} Road"],
               roots=["Karaka", "Tui", "Rata", "Cuba", "Victoria"],
               pc=lambda r: "%04d" % r.randint(110, 9893), towns=["Dunedin", "Napier", "Nelson", "Rotorua", "Whanganui"],
               country=["New Zealand", "Aotearoa"], order="town_pc"),
    "ZA": dict(streets=["{n} {name} Street", "{u} {name} Drive"],
               roots=["Jan Smuts", "Voortrekker", "Church", "Protea", "Nelson Mandela"],
               pc=lambda r: "%04d" % r.randint(1, 9999), towns=["Stellenbosch", "Bloemfontein", "Polokwane", "Gqeberha", "Pietermaritzburg"],
               country=["South Africa"], order="town_pc"),
    "KE": dict(streets=["{name} Road, House No. {n}", "{n} {name} Avenue"],
               roots=["Ngong", "Kenyatta", "Moi", "Argwings Kodhek", "Kimathi"],
               pc=lambda r: "%05d" % r.randint(100, 90200), towns=["Nakuru", "Kisumu", "Eldoret", "Nyeri"],
               country=["Kenya"], order="town_dash_pc"),
    "NG": dict(streets=["{n} {name} Street", "Plot {n}, {name} Crescent"],
               roots=["Adeola Odeku", "Awolowo", "Ahmadu Bello", "Ogunlana", "Aminu Kano"],
               pc=lambda r: "%06d" % r.randint(100001, 982002), towns=["Ibadan", "Enugu", "Abeokuta", "Kaduna", "Jos"],
               country=["Nigeria"], order="town_pc"),
    "IL": dict(streets=["{name} St {n}, apt {u}", "Rechov {name} {n}"],
               roots=["Herzl", "Rothschild", "Ben Yehuda", "HaNevi'im", "Weizmann"],
               pc=lambda r: digits(r, 7), towns=["Haifa", "Be'er Sheva", "Netanya", "Rehovot"],
               country=["Israel"], order="town_pc"),
    "AL": dict(streets=["Rruga {name}, Nr. {n}", "Bulevardi {name} {n}"],
               roots=["Myslym Shyri", "Dëshmorët", "Skënderbeu", "Qemal Stafa"],
               pc=lambda r: "%04d" % r.randint(1001, 9706), towns=["Shkodër", "Korçë", "Elbasan", "Berat"],
               country=["Albania", "Shqipëria"], order="pc_town"),
    "NP": dict(streets=["{name} Marg, House {n}", "Ward {f}, {name} Tole"],
               roots=["Lazimpat", "Durbar", "Jhamsikhel", "Baneshwor"],
               pc=lambda r: "%05d" % r.randint(10000, 56999), towns=["Pokhara", "Bhaktapur", "Biratnagar", "Butwal"],
               country=["Nepal"], order="town_pc"),
    "GE": dict(streets=["{n} {name} Street", "{name} Ave {n}, apt {u}"],
               roots=["Rustaveli", "Chavchavadze", "Aghmashenebeli", "Pekini"],
               pc=lambda r: "%04d" % r.randint(100, 6000), towns=["Kutaisi", "Batumi", "Telavi", "Zugdidi"],
               country=["Georgia"], order="town_pc"),
}

# Neighbourhoods, for the orders that carry one.
NEIGHBOURHOODS = {
    "MX": ["Col. Roma Norte", "Col. del Valle", "Col. Centro", "Col. Americana"],
    "BR": ["Cambuí", "Boa Viagem", "Savassi", "Moinhos de Vento"],
    "IN": ["Koramangala", "Jayanagar", "Kothrud", "Panampilly Nagar"],
}
# The state or province of each town, in the order of the country's towns.
STATES = {"US": ["ID", "MN", "TN", "AZ", "VT", "GA"], "CA": ["ON", "NB", "BC", "SK", "QC"],
          "AU": ["VIC", "VIC", "QLD", "NSW", "VIC"]}

# Phones only from ranges kept for fiction, in each country's written shapes.
def phone(rng):
    k = rng.randint(0, 13)
    x2, x3 = "%02d" % rng.randint(0, 99), "%03d" % rng.randint(0, 999)
    area = rng.choice(["212", "303", "415", "617", "202", "503", "312"])
    return [
        "(%s) 555-01%s" % (area, x2),
        "+1 %s 555 01%s" % (area, x2),
        "%s.555.01%s" % (area, x2),
        "1-%s-555-01%s ext. %d" % (area, x2, rng.randint(10, 499)),
        "07700 900%s" % x3,
        "+44 7700 900%s" % x3,
        "+44 (0)20 7946 0%s" % x3,
        "0113 496 0%s" % x3,
        "0491 570 %s" % x3,
        "+61 491 570 %s" % x3,
        "01 99 00 %s %s" % (x2, "%02d" % rng.randint(0, 99)),
        "+33 1 99 00 %s %s" % (x2, "%02d" % rng.randint(0, 99)),
        "020 7946 0%s" % x3,
        "+1-%s-555-01%s" % (area, x2),
    ][k]


WRITTEN_LOCALES = ["de", "fr", "es", "it", "pl", "pt-BR", "nl", "sv-SE", "da-DK", "nb-NO", "fi-FI",
                   "hu", "tr", "en-GB", "en-IE", "en-US", "en-CA", "es-MX", "es-AR", "en-IN",
                   "en-AU", "en-NZ", "en-ZA", "en-NG", "sq", "cs-CZ", "ca", "en-PH"]


class Place:
    """One invented address of a country, with its labelled pieces."""

    def __init__(self, code, rng):
        c = COUNTRIES[code]
        self.code = code
        self.street = street(rng, rng.choice(c["streets"]), c["roots"])
        self.pc = c["pc"](rng)
        self.town = rng.choice(c["towns"])
        self.country = rng.choice(c["country"])
        self.order = c["order"]
        self.state = STATES[code][c["towns"].index(self.town)] if code in STATES else ""
        self.hood = rng.choice(NEIGHBOURHOODS.get(code, [""]))

    def a(self):
        return L("ADDRESS", self.street)

    def z(self):
        return L("ZIP", self.pc)

    def t(self):
        return L("LOCATION", self.town)

    def town_line(self):
        """The line with town and postal code, in the country's order."""
        o = self.order
        if o == "pc_town":
            return "%s %s" % (self.z(), self.t())
        if o == "town_pc_hu":
            return "%s, %s" % (self.t(), self.z())
        if o == "town_state_zip":
            return "%s, %s %s" % (self.t(), self.state, self.z())
        if o == "town_state_zip_au":
            return "%s %s %s" % (self.t(), self.state, self.z())
        if o == "col_pc_town":
            return "%s, %s %s" % (L("LOCATION", self.hood), self.z(), self.t())
        if o == "bairro_town_pc":
            return "%s, %s, CEP %s" % (L("LOCATION", self.hood), self.t(), self.z())
        if o == "town_dash_pc":
            if self.code == "IN":
                return "%s, %s - %s" % (L("LOCATION", self.hood), self.t(), self.z())
            return "%s - %s" % (self.t(), self.z())
        if o == "sg":
            return "Singapore %s" % self.z()
        return "%s %s" % (self.t(), self.z())

    def one_line(self):
        return "%s, %s" % (self.a(), self.town_line())


def written_templates(N, rng):
    codes = sorted(COUNTRIES)

    def P(code=None):
        return Place(code or rng.choice(codes), rng)

    def nm():
        return L("NAME", N.full())

    def ph():
        return L("PHONE", phone(rng))

    def fx():
        return L("FAX", phone(rng))

    def lb(*parts):
        return LS.join(parts)

    T = []

    def t(fn):
        T.append(fn)
        return fn

    @t
    def form_fields():
        p = P()
        return "Street: %s | Postcode: %s | City: %s | Country: %s" % (p.a(), p.z(), p.t(), p.country)

    @t
    def letter_head():
        p = P()
        return lb(nm(), p.a(), p.town_line(), p.country.upper())

    @t
    def discharge():
        p = P()
        return "Discharged home on day 4 to %s. District nurse to visit; contact %s." % (p.one_line(), ph())

    @t
    def referral():
        p = P()
        return "Referral from Dr %s, %s. Tel %s, fax %s." % (nm(), p.one_line(), ph(), fx())

    @t
    def json_addr():
        p = P()
        return '{"patient": {"address": {"line": "%s", "postalCode": "%s", "city": "%s", "country": "%s"}}}' % (
            p.a(), p.z(), p.t(), p.country)

    @t
    def csv_row():
        p = P()
        return '%d,"%s","%s","%s",%s' % (rng.randint(1000, 9999), p.a(), p.z(), p.t(), p.code)

    @t
    def kv():
        p = P()
        keys = rng.choice([("addr", "plz", "ort", "tel"), ("street", "zip", "city", "phone"),
                           ("address1", "postcode", "town", "mobile"), ("via", "cap", "comune", "tel")])
        return "%s=%s; %s=%s; %s=%s; %s=%s" % (keys[0], p.a(), keys[1], p.z(), keys[2], p.t(), keys[3], ph())

    @t
    def md_table():
        p = P()
        return "| %s | %s | %s | %s |" % (nm(), p.a(), p.z(), p.t())

    @t
    def shipping_label():
        p = P()
        return lb("SHIP TO:", nm(), p.a(), p.town_line(), p.country, "PHONE " + ph())

    @t
    def sms():
        p = P()
        return "hi its me, new place is %s in %s, buzzer doesnt work so call %s when u get here" % (
            p.a(), p.t(), ph())

    @t
    def email_sig():
        p = P()
        return lb("Kind regards,", nm(), "Practice Manager", p.one_line(), "T: " + ph() + "  F: " + fx())

    @t
    def intake_moved():
        p, q = P(), P()
        return "Moved from %s to %s in the spring; previous address %s." % (q.t(), p.t(), q.a())

    @t
    def note_prose():
        p = P()
        return "Lives alone at %s, %s; daughter %s lives nearby in %s." % (p.a(), p.t(), nm(), L("LOCATION", rng.choice(COUNTRIES[p.code]["towns"])))

    @t
    def insurer_claim():
        p = P()
        return "Claimant address on file: %s. Please confirm postcode %s is current." % (p.one_line(), p.z())

    @t
    def pharmacy_delivery():
        p = P()
        return "Delivery to %s (%s %s), leave with neighbour if out. Contact: %s" % (p.a(), p.z(), p.t(), ph())

    @t
    def hl7ish():
        p = P()
        return "ADR|home|%s||%s|%s|%s" % (p.a(), p.t(), p.z(), p.code)

    @t
    def xmlish():
        p = P()
        return "<address><street>%s</street><zip>%s</zip><town>%s</town></address>" % (p.a(), p.z(), p.t())

    @t
    def yaml_like():
        p = P()
        return lb("contact:", "  name: " + nm(), "  street: " + p.a(), "  postal_code: \"" + p.z() + "\"", "  city: " + p.t())

    @t
    def born_in():
        p = P()
        return "Patient was born in %s and grew up in %s before settling in %s." % (
            p.t(), L("LOCATION", rng.choice(COUNTRIES[rng.choice(codes)]["towns"])), L("LOCATION", rng.choice(COUNTRIES[p.code]["towns"])))

    @t
    def next_of_kin():
        p = P()
        return "Next of kin: %s (son), %s, mobile %s" % (nm(), p.one_line(), ph())

    @t
    def home_visit():
        p = P()
        return "Home visit booked — %s, %s. Ring bell for %s. Parking on the street." % (p.a(), p.t(), nm())

    @t
    def multi_line_country_end():
        p = P()
        return lb(p.a(), p.town_line(), p.country)

    @t
    def return_addr():
        p = P()
        return "If undeliverable return to: %s, %s" % (p.a(), p.town_line())

    @t
    def pipe_lab():
        p = P()
        return "PID ok | pt addr %s %s %s | GP %s | ph %s" % (p.a(), p.z(), p.t(), nm(), ph())

    @t
    def chat_en():
        p = P()
        return "Agent: Can you confirm the postcode? Customer: yes it's %s, %s" % (p.z(), p.t())

    @t
    def care_plan():
        p = P()
        return "Carer %s attends daily 08:00–09:00 at %s; keysafe by the back door." % (nm(), p.a())

    @t
    def invoice():
        p = P()
        return lb("INVOICE 2024-%04d" % rng.randint(1, 9999), "Bill to: " + nm(), p.a(), p.town_line())

    @t
    def fax_cover():
        p = P()
        return "FAX COVER — To: %s  Fax: %s  From: %s  Phone: %s  Re: results" % (nm(), fx(), nm(), ph())

    @t
    def german_prose():
        p = P("DE")
        return "Die Patientin wohnt in der %s in %s %s und ist unter %s erreichbar." % (p.a(), p.z(), p.t(), ph())

    @t
    def spanish_prose():
        p = P("ES")
        return "Domicilio: %s, %s %s. Tel. de contacto %s" % (p.a(), p.z(), p.t(), ph())

    @t
    def french_prose():
        p = P("FR")
        return "Adresse du patient : %s, %s %s — tél. %s" % (p.a(), p.z(), p.t(), ph())

    @t
    def portuguese_prose():
        p = P(rng.choice(["PT", "BR"]))
        return "Morada/endereço: %s, %s" % (p.a(), p.town_line())

    @t
    def italian_prose():
        p = P("IT")
        return "Residente in %s, %s %s (domicilio sanitario)." % (p.a(), p.z(), p.t())

    @t
    def polish_prose():
        p = P("PL")
        return "Adres zamieszkania: %s, %s %s" % (p.a(), p.z(), p.t())

    @t
    def nordic_form():
        p = P(rng.choice(["SE", "NO", "DK", "FI", "IS"]))
        return "Adress: %s; Postnr: %s; Ort: %s" % (p.a(), p.z(), p.t())

    @t
    def us_prose():
        p = P("US")
        return "Please mail the EOB to %s, %s, %s %s, attention %s." % (p.a(), p.t(), p.state, p.z(), nm())

    @t
    def uk_letter():
        p = P("GB")
        return lb(nm(), p.a(), p.t(), p.z())

    @t
    def asia_line():
        p = P(rng.choice(["JP", "KR", "SG", "MY", "PH", "IN"]))
        return "Correspondence address: %s, %s, %s" % (p.a(), p.town_line(), p.country)

    @t
    def africa_line():
        p = P(rng.choice(["ZA", "KE", "NG"]))
        return "Physical address %s, %s. Cell %s" % (p.a(), p.town_line(), ph())

    @t
    def tool_result_list():
        p, q = P(), P()
        return '[{"site":"%s","town":"%s"},{"site":"%s","town":"%s"}]' % (p.a(), p.t(), q.a(), q.t())

    @t
    def two_in_one():
        p, q = P(), P()
        return "Old: %s / New: %s" % (p.one_line(), q.one_line())

    @t
    def ca_form():
        p = P("CA")
        return "Address: %s  City: %s  Prov: %s  Postal Code: %s" % (p.a(), p.t(), p.state, p.z())

    return T


WRITTEN_FREE = [
    "Ships from our warehouse in Germany within 3–5 working days.",
    "Room 214, Building C — physiotherapy moved to the 2nd floor.",
    "Lot 4471-B, exp. 2026-09; store below 25 °C.",
    "Order #88213: 2 × compression stockings, total €42.50 incl. VAT.",
    "Take 2 tablets at 08:00 and 20:00 with food for 7 days.",
    "Ward 7B visiting hours 14:00–16:00 and 18:30–20:00.",
    "Coverage valid in Canada, Mexico and the United States only.",
    "Languages spoken: Dutch, German, Portuguese.",
    "Country of issue: Portugal | Nationality: Kenyan",
    "ZIP file attached (report_2024_q3.zip, 2.1 MB).",
    "Postcode lookup failed — please enter the address manually.",
    "Phone: not provided | Fax: n/a | E-mail: declined",
    "Parcel 2.4 kg, 30 × 20 × 15 cm, tracking available after dispatch.",
    "BP 128/82, HR 71, SpO2 97% on room air, temp 36.8 °C.",
    "Hb 13.2 g/dL, WBC 6.1, platelets 244; eGFR > 90.",
    "ICD-10 I10, E11.9; CPT 99214.",
    "Release 4.12.0 fixes the street-name autocomplete in the address form.",
    "Bus 42 leaves the main entrance every 20 minutes until 22:00.",
    "Gate B12 closes 30 minutes before departure.",
    "Price CHF 12.90 per box of 30; reimbursed at 80%.",
    "Chapter 5, section 3.2: postal codes and how we validate them.",
    "The clinic is closed on public holidays in Spain and Portugal.",
    "Delivery window Mon–Fri 09:00–17:00, Sat 10:00–13:00.",
    "Table 12 shows admissions by region for 2019–2023.",
    "Sizes S, M, L, XL; colour navy; SKU 100-2231-07.",
    "Flight LH 1423 lands at 10:45 local time, terminal 2.",
    "Apply the cream twice daily to the affected area for 14 days.",
    "Unit price 3.75, quantity 40, discount 10%, subtotal 135.00.",
    "Dose: 500 mg every 8 hours; max 3 g per day.",
    "Street address, postcode and town are required fields.",
    "Spring clinic hours: Tuesday and Thursday 13:00–17:00.",
    "The Paris office handles billing for France and Belgium.",
]


def build_written(df, rng):
    N = Names(df, WRITTEN_LOCALES, rng)
    T = written_templates(N, rng)
    lines = []
    order = []
    while len(order) < 170:
        o = list(range(len(T)))
        rng.shuffle(o)
        order += o
    for idx in order[:170]:
        lines.append(T[idx]())
    free = list(WRITTEN_FREE)
    rng.shuffle(free)
    lines += free[:30]
    rng.shuffle(lines)
    return lines, N.used_locales


# ---------------------------------------------------------------------------------------------
# Markup check

ALLOWED = {"voice": {"NAME", "AGE"},
           "written": {"ADDRESS", "ZIP", "LOCATION", "NAME", "PHONE", "FAX"}}
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
EDGE_START = set(" \t,.;:!?)\"'/-")
EDGE_END = set(" \t,.;:!?(\"'/-")


def check(path, allowed):
    kinds = Counter()
    ids = set()
    free = 0
    n = 0
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f.read().split("\n"), 1):
            if not line or line.startswith("#"):
                continue
            n += 1
            assert line.count("\t") == 1, "%s:%d: not id<TAB>text" % (path, no)
            ident, text = line.split("\t")
            assert ident not in ids, "%s:%d: duplicate id" % (path, no)
            ids.add(ident)
            labels = LABEL.findall(text)
            rest = LABEL.sub("", text)
            assert "[[" not in rest and "]]" not in rest, "%s:%d: unclosed or nested label" % (path, no)
            for kind, value in labels:
                assert kind in allowed, "%s:%d: kind %s not allowed" % (path, no, kind)
                assert value, "%s:%d: empty label" % (path, no)
                assert value[0] not in EDGE_START and value[-1] not in EDGE_END, \
                    "%s:%d: punctuation or blank at a label's edge" % (path, no)
                assert value.count("(") == value.count(")"), "%s:%d: unbalanced ( ) in a label" % (path, no)
                kinds[kind] += 1
            if not labels:
                free += 1
    return n, free, kinds


def write(path, header, prefix, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for i, line in enumerate(lines, 1):
            assert "\t" not in line and "\n" not in line
            f.write("%s%03d\t%s\n" % (prefix, i, line))


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: holdout7_corpus.py <datafaker-yml-dir> <eval-dir>")
    df, out = sys.argv[1], sys.argv[2]
    random.seed(VOICE_SEED)  # spoken() draws from the module generator
    vlines, vloc = build_voice(df, random.Random(VOICE_SEED))
    wlines, wloc = build_written(df, random.Random(WRITTEN_SEED))
    vpath = os.path.join(out, "names-voice-holdout7.tsv")
    wpath = os.path.join(out, "places-written-holdout7.tsv")
    write(vpath, "# names-voice-holdout7.tsv: generated by masker-domain/src/test/scripts/holdout7_corpus.py "
                 "(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales %s) and romanised names "
                 "written for Masker; labels NAME and AGE only; held out, scored once; every value invented."
          % (VOICE_SEED, " ".join(vloc)), "nv7-", vlines)
    write(wpath, "# places-written-holdout7.tsv: generated by masker-domain/src/test/scripts/holdout7_corpus.py "
                 "(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0) and town/street names and templates "
                 "written for Masker; U+2028 is a line break inside an example; held out, scored once; every "
                 "value invented, phones from fiction ranges." % WRITTEN_SEED, "pw7-", wlines)
    for path, kind in ((vpath, "voice"), (wpath, "written")):
        n, free, kinds = check(path, ALLOWED[kind])
        print("%s: %d lines, %d without PHI, %d values %s" % (
            os.path.basename(path), n, free, sum(kinds.values()), dict(sorted(kinds.items()))))


if __name__ == "__main__":
    main()
