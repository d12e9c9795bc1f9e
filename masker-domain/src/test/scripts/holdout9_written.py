#!/usr/bin/env python3
"""Ninth held-out evaluation set for Masker: written international healthcare paperwork.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
90902). Names: first-name and surname lists of Datafaker 2.7.0's locale yml files (Apache-2.0),
combined at random, plus romanised Japanese, Korean, Egyptian, Kenyan and Greek names written for
this file. Towns and street names are general knowledge of real places (not personal data); house
numbers, postal codes, identifiers and dates are random. Phones and faxes only from ranges kept
for fiction (North America 555-01xx, UK 07700 900xxx / 020 7946 0xxx / 0113 496 0xxx / 01632
960xxx, Australia 0491 570 xxx / (02) 5550 xxxx, France 01 99 00 xx xx / 06 39 98 xx xx).

National identity and social-security numbers of every country are labelled SSN; national health
insurance, member and policy numbers HEALTH_PLAN_ID; hospital, patient-index and chart numbers MRN.
U+2028 is a line break inside an example.

Usage: unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
       python3 masker-domain/src/test/scripts/holdout9_written.py /tmp/df \
           masker-domain/src/test/resources/dev/masker/domain/masking/eval
"""
import datetime
import os
import random
import re
import sys

SEED = 90902
OUT = "written-holdout9.tsv"
BR = "\u2028"


# ---------------------------------------------------------------- Datafaker name lists
def _parse_list(text, key):
    m = re.search(r"^(\s+)" + key + r":[ \t]*(.*)$", text, re.M)
    if not m:
        return []
    indent, rest = len(m.group(1)), m.group(2).strip()
    items = []
    if rest.startswith("["):
        buf, i = "", m.start(2)
        depth = 0
        while True:
            ch = text[i]
            buf += ch
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        items = [s.strip().strip('"').strip("'") for s in buf[1:-1].split(",")]
    else:
        for line in text[m.end():].split("\n")[1:]:
            s = line.strip()
            if not s:
                continue
            if s.startswith("- ") and len(line) - len(line.lstrip()) >= indent:
                items.append(s[2:].strip().strip('"').strip("'"))
            else:
                break
    return [x for x in items if x and "#" not in x and "{" not in x and " " not in x.strip()]


class Names:
    def __init__(self, df):
        self.df = df
        self.cache = {}

    def lists(self, loc):
        if loc not in self.cache:
            path = os.path.join(self.df, "en", "name.yml") if loc == "en" else os.path.join(self.df, loc + ".yml")
            text = open(path, encoding="utf-8").read()
            firsts = _parse_list(text, "first_name") or (_parse_list(text, "male_first_name") + _parse_list(text, "female_first_name"))
            if loc in ("en", "tr", "sv"):
                firsts = _parse_list(text, "male_first_name") + _parse_list(text, "female_first_name") or firsts
            lasts = _parse_list(text, "last_name")
            mlast, flast = _parse_list(text, "male_last_name"), _parse_list(text, "female_last_name")
            if mlast and flast:  # gendered surnames (cs-CZ): keep first name and surname of one gender
                mf, ff = _parse_list(text, "male_first_name"), _parse_list(text, "female_first_name")
                self.cache[loc + "/m"] = (mf, mlast)
                self.cache[loc + "/f"] = (ff, flast)
                firsts, lasts = mf + ff, mlast + flast
            assert len(firsts) > 10 and len(lasts) > 10, loc
            self.cache[loc] = (firsts, lasts)
        return self.cache[loc]


HAND = {
    "ja": (["Haruto", "Yui", "Kenji", "Aiko", "Sota", "Mei", "Takeshi", "Yuka", "Ren", "Hina", "Daisuke", "Emiko"],
           ["Sato", "Takahashi", "Watanabe", "Nakamura", "Kobayashi", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Fujita"]),
    "ko": (["Min-jun", "Seo-yeon", "Ji-hoon", "Yu-na", "Hae-in", "Do-yun", "Su-bin", "Eun-ji", "Tae-hyun", "Ha-eun"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han"]),
    "eg": (["Ahmed", "Mohamed", "Mahmoud", "Youssef", "Omar", "Mona", "Nour", "Salma", "Aya", "Heba", "Karim", "Yasmine"],
           ["Abdel Rahman", "El-Sayed", "Hassan", "Farouk", "Mostafa", "Ibrahim", "Shawky", "Gaber", "Nassar", "Soliman", "Fahmy", "Zaki"]),
    "ke": (["Wanjiru", "Otieno", "Achieng", "Kiprono", "Njeri", "Mwangi", "Chebet", "Barasa", "Akinyi", "Kamau", "Jeptoo", "Ouma"],
           ["Kariuki", "Odhiambo", "Wafula", "Mutua", "Kiptoo", "Njoroge", "Omondi", "Wambui", "Chepkoech", "Kimani", "Nyambura", "Ochieng"]),
    "gr": (["Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Sofia", "Vasilis", "Maria", "Panagiotis", "Ioanna", "Kostas", "Despina"],
           ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagianni", "Vlachos", "Oikonomou", "Papadaki", "Christodoulou", "Makris", "Antoniou"]),
}


# ---------------------------------------------------------------- helpers
R = random.Random(SEED)
NAMES = None


def L(kind, value):
    return "[[%s|%s]]" % (kind, value)


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def letters(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def pick(seq):
    return R.choice(seq)


def first_last(loc):
    if loc in HAND:
        f, l = HAND[loc]
        return pick(f), pick(l)
    firsts, lasts = NAMES.lists(loc)
    if loc + "/m" in NAMES.cache:
        firsts, lasts = NAMES.cache[loc + pick(["/m", "/f"])]
    if loc == "vi":  # Datafaker's vi lists hold family names as first_name
        return pick(lasts) + " " + pick(lasts), pick(firsts)
    return pick(firsts), pick(lasts)


def full(loc, order="fl"):
    f, l = first_last(loc)
    if loc == "vi":
        return l + " " + f
    if loc in ("ko",) and order == "fl":
        return l + " " + f
    if order == "lf":
        return l + ", " + f
    if order == "LF":
        return l.upper() + " " + f
    return f + " " + l


def luhn_ok(num):
    total, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        alt = not alt
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def npi():
    base = "1" + digits(8, False)
    # NPI check digit: Luhn over "80840" + 9 digits
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            return base + c


def dea(last):
    two = pick("ABFM") + last[0].upper()
    d = [int(x) for x in digits(6, False)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return two + "".join(map(str, d)) + str(chk)


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
           "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + pick("LMNPRS") + R.choice(chars) + digits(6, False)
    s = sum(VIN_MAP[c] * w for c, w in zip(body, VIN_W)) % 11
    return body[:8] + ("X" if s == 10 else str(s)) + body[9:]


def imei():
    return luhn_complete("35" + digits(12, False))


CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881", "3782 822463 10005", "6011 1111 1111 1117",
         "5105 1051 0510 5100", "4242 4242 4242 4242", "3530 1113 3330 0000", "4000 0566 5566 5556", "3714 496353 98431"]
IBANS = {"DE": "DE89 3704 0044 0532 0130 00", "FR": "FR14 2004 1010 0505 0001 3M02 606", "GB": "GB29 NWBK 6016 1331 9268 19",
         "ES": "ES91 2100 0418 4502 0005 1332", "IT": "IT60 X054 2811 1010 0000 0123 456", "NL": "NL91 ABNA 0417 1643 00",
         "PL": "PL61 1090 1014 0000 0712 1981 2874", "SE": "SE45 5000 0000 0583 9825 7466", "NO": "NO93 8601 1117 947",
         "DK": "DK50 0040 0440 1162 43", "FI": "FI21 1234 5600 0007 85", "PT": "PT50 0002 0123 1234 5678 9015 4",
         "CZ": "CZ65 0800 0000 1920 0014 5399", "GR": "GR16 0110 1250 0000 0001 2300 695", "TR": "TR33 0006 1005 1978 6457 8413 26",
         "IE": "IE29 AIBK 9311 5212 3456 78", "BR": "BR18 0036 0305 0000 1000 9795 493C 1", "EG": "EG38 0019 0005 0000 0000 2631 8000 2",
         "AT": "AT61 1904 3002 3457 3201", "CH": "CH93 0076 2011 6238 5295 7"}


def compact(s):
    return s.replace(" ", "")


# phones from fiction ranges
def ph_us(style=None):
    area = pick(["212", "303", "415", "503", "614", "737", "919", "312", "604", "416", "902"])
    n = "%02d" % R.randint(0, 99)
    style = style if style is not None else R.randint(0, 5)
    return ["(%s) 555-01%s" % (area, n), "+1 %s 555 01%s" % (area, n), "%s-555-01%s" % (area, n),
            "+1-%s-555-01%s" % (area, n), "%s.555.01%s" % (area, n), "+1 (%s) 555-01%s" % (area, n)][style]


def ph_uk(style=None):
    k = "%03d" % R.randint(0, 999)
    style = style if style is not None else R.randint(0, 5)
    return ["07700 900%s" % k, "+44 7700 900%s" % k, "+44 (0)20 7946 0%s" % k, "020 7946 0%s" % k,
            "0113 496 0%s" % k, "+44 1632 960%s" % k][style]


def ph_au(style=None):
    k = "%03d" % R.randint(0, 999)
    style = style if style is not None else R.randint(0, 3)
    return ["0491 570 %s" % k, "+61 491 570 %s" % k, "(02) 5550 %04d" % R.randint(0, 9999), "+61 2 5550 %04d" % R.randint(0, 9999)][style]


def ph_fr(style=None):
    a, b = "%02d" % R.randint(0, 99), "%02d" % R.randint(0, 99)
    style = style if style is not None else R.randint(0, 3)
    return ["01 99 00 %s %s" % (a, b), "+33 1 99 00 %s %s" % (a, b), "06 39 98 %s %s" % (a, b), "+33 (0)6 39 98 %s %s" % (a, b)][style]


def ph_any():
    return pick([ph_us, ph_uk, ph_au, ph_fr])()


def email(first, last, dom=None):
    dom = dom or pick(["example.com", "example.org", "example.net", "mail.test", "example.com"])
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    return pick(["%s.%s@%s", "%s_%s@%s", "%s%s@%s"]) % (f, l, dom) if R.random() < 0.6 else "%s%s%d@%s" % (f[0], l, R.randint(1, 99), dom)


FOLD = str.maketrans("áàâäãåāăąçćčďđéèêëēėęěğíìîïīıłľĺńňñóòôöõøőōřśšşșťțúùûüůűūýÿźžżæœßÁÀÂÄÃÅĀĂĄÇĆČĎĐÉÈÊËĒĖĘĚĞÍÌÎÏĪİŁĽĹŃŇÑÓÒÔÖÕØŐŌŘŚŠŞȘŤȚÚÙÛÜŮŰŪÝŸŹŽŻ",
                     "aaaaaaaaacccddeeeeeeeegiiiiiilllnnnoooooooorssssttuuuuuuuyyzzz" + "eos" + "AAAAAAAAACCCDDEEEEEEEEGIIIIIILLLNNNOOOOOOOORSSSSTTUUUUUUUYYZZZ")


def ascii_fold(s):
    s = s.replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
    out = s.translate(FOLD)
    return "".join(c for c in out if c.isascii())


def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def dob(y0=1930, y1=2012):
    return rdate(y0, y1)


def visit():
    return rdate(2023, 2026)


def V(fmt, lang="en", d=None):
    """One visit date written with fmt: {d} day, {dd} two-digit day, {m} month, {y} year, {M} month name, {Ms} short month name."""
    d = d or visit()
    return fmt.format(d=d.day, dd="%02d" % d.day, m=d.month, y=d.year, M=mon(lang, d), Ms=mon(lang, d, True), o=ordinal(d.day))


def two_visits():
    return sorted([visit(), visit()])


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}


def mon(lang, d, short=False):
    m = MONTHS[lang][d.month - 1]
    return m[:3] if short else m


def f_dmy(d, sep="."):
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


def f_mdy(d, sep="/"):
    return "%02d%s%02d%s%d" % (d.month, sep, d.day, sep, d.year)


def f_iso(d):
    return d.isoformat()


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def zip_us():
    z = digits(5)
    return z + "-" + digits(4, False) if R.random() < 0.3 else z


def uk_pc(area):
    return "%s%d %d%s" % (area, R.randint(1, 19), R.randint(1, 9), letters(2))


def ssn_us(style=0):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return s if style == 0 else s.replace("-", " ")


def agenum():
    return str(R.randint(90, 104))


def young():
    return str(R.randint(19, 88))


# ---------------------------------------------------------------- templates
T = []


def tpl(n):
    def deco(fn):
        T.append((fn, n))
        return fn
    return deco


# ---- Germany
@tpl(3)
def de_arztbrief():
    n, d, dis = full("de"), dob(), visit()
    town, pc = pick([("Leipzig", "04"), ("Freiburg im Breisgau", "79"), ("Bochum", "44"), ("Würzburg", "97"), ("Rostock", "18")])
    st = pick(["Lindenstraße", "Am Mühlbach", "Goethestraße", "Kastanienallee", "Bahnhofstr."]) + " " + str(R.randint(1, 140)) + pick(["", "a", "b"])
    return ("Entlassungsbrief – Patient: %s, geb. %s, wohnhaft %s, %s %s. Stationärer Aufenthalt bis %s. Versichertennummer: %s. "
            "Weiterbehandlung durch Hausarzt Dr. med. %s (LANR %s)." % (
                L("NAME", n), L("DOB", f_dmy(d)), L("ADDRESS", st), L("ZIP", pc + digits(3, False)), L("LOCATION", town),
                L("DATE", f_dmy(dis)), L("HEALTH_PLAN_ID", letters(1) + digits(9)), L("NAME", first_last("de")[1]), L("LICENSE", digits(9))))


@tpl(3)
def de_anmeldung():
    f, l = first_last(pick(["de", "de-AT", "tr"]))
    d = dob()
    return BR.join(["Patientenaufnahme / Registration",
                    "Nachname (surname): %s" % L("NAME", l),
                    "Vorname (first name): %s" % L("NAME", f),
                    "Geburtsdatum: %s" % L("DOB", "%d. %s %d" % (d.day, mon("de", d), d.year)),
                    "Fallnummer: %s" % L("MRN", digits(8)),
                    "Krankenkasse: AOK Plus · Versicherten-Nr. %s" % L("HEALTH_PLAN_ID", letters(1) + digits(9)),
                    "Rentenversicherungsnummer: %s" % L("SSN", "%02d %02d%02d%02d %s %03d" % (R.randint(10, 89), d.day, d.month, d.year % 100, l[0].upper(), R.randint(0, 999))),
                    "Telefon (mobil): %s" % L("PHONE", ph_uk(1))])


@tpl(2)
def de_laborauftrag():
    n = full("de", "lf")
    return ("Laborauftrag Nr. 44-%s | Pat.-ID %s | %s | Abnahme %s 07:40 | HbA1c, TSH, Kreatinin | Einsender Praxis Dr. %s, Fax %s" % (
        digits(5), L("MRN", "P" + digits(7)), L("NAME", n), L("DATE", f_dmy(visit())), L("NAME", first_last("de")[1]), L("FAX", ph_uk(3))))


# ---- France
@tpl(3)
def fr_ordonnance():
    f, l = first_last("fr")
    d = dob()
    town, cp = pick([("Lyon", "690"), ("Rennes", "350"), ("Montpellier", "340"), ("Nancy", "540"), ("Toulouse", "310")])
    street = "%d %s %s" % (R.randint(1, 120), pick(["rue des", "rue de la", "avenue des", "impasse des"]), pick(["Lilas", "Tanneurs", "Glycines", "Acacias", "Marronniers"]))
    return ("Ordonnance du %s — Patient(e) : %s, né(e) le %s (%s ans), %s, %s %s. N° de sécurité sociale : %s. "
            "Dr %s, RPPS %s, tél. %s." % (
                L("DATE", V("{d} {M} {y}", "fr")), L("NAME", f + " " + l.upper()),
                L("DOB", f_dmy(d, "/")), 2026 - d.year if 2026 - d.year < 90 else L("AGE", str(2026 - d.year)),
                L("ADDRESS", street), L("ZIP", cp + digits(2, False)), L("LOCATION", town),
                L("SSN", "%d %02d %02d %s %s %s %02d" % (R.randint(1, 2), d.year % 100, d.month, digits(2), digits(3), digits(3), R.randint(1, 97))),
                L("NAME", full("fr")), L("LICENSE", "10" + digits(9, False)), L("PHONE", ph_fr(0))))


@tpl(2)
def fr_mutuelle():
    n = full("fr")
    return ("Réponse mutuelle (tiers payant) : adhérent %s — n° adhérent %s, contrat santé actif, IPP hôpital %s. "
            "Coordonnées : %s / %s" % (L("NAME", n), L("HEALTH_PLAN_ID", digits(10)), L("MRN", digits(9)),
                                        L("EMAIL", email(*n.split(" ", 1))), L("PHONE", ph_fr(2))))


@tpl(2)
def fr_lettre_adressage():
    d = dob(1925, 1935)
    age = str(2025 - d.year)
    return ("Cher confrère, je vous adresse M. %s, %s ans, né le %s, pour bilan de chute. Il vit seul au %s, %s %s. "
            "Sa personne de confiance, %s, est joignable au %s. Bien confraternellement." % (
                L("NAME", full("fr")), L("AGE", age) if int(age) > 89 else age, L("DOB", "%d %s %d" % (d.day, mon("fr", d), d.year)),
                L("ADDRESS", "%d, boulevard %s" % (R.randint(2, 90), pick(["Voltaire", "Gambetta", "Carnot", "Pasteur"]))),
                L("ZIP", pick(["75011", "13006", "33000", "67000", "59800"])), L("LOCATION", pick(["Paris", "Marseille", "Bordeaux", "Strasbourg", "Lille"])),
                L("NAME", first_last("fr")[0] + " " + first_last("fr")[1]), L("PHONE", ph_fr(3))))


# ---- Spain
@tpl(3)
def es_informe_alta():
    f, l = first_last("es")
    l2 = first_last("es")[1]
    d, stay = dob(), two_visits()
    return ("INFORME DE ALTA. Paciente: %s. Fecha de nacimiento: %s. NHC: %s. Tarjeta sanitaria (CIP): %s. "
            "Domicilio: %s, %s %s. Ingreso el %s; alta el %s." % (
                L("NAME", "%s %s %s" % (f, l, l2)), L("DOB", "%d de %s de %d" % (d.day, mon("es", d), d.year)), L("MRN", digits(7)),
                L("HEALTH_PLAN_ID", letters(4) + digits(10)),
                L("ADDRESS", "%s %d, %dº %s" % (pick(["Calle de Alcalá", "Avda. de la Constitución", "C/ San Vicente Mártir", "Paseo de Gracia"]), R.randint(1, 300), R.randint(1, 8), pick("ABCD"))),
                L("ZIP", pick(["41", "50", "46", "48", "08"]) + digits(3, False)), L("LOCATION", pick(["Sevilla", "Zaragoza", "Valencia", "Bilbao", "Barcelona"])),
                L("DATE", f_dmy(stay[0], "/")), L("DATE", f_dmy(stay[1], "/"))))


@tpl(2)
def es_citas_sms():
    d = visit()
    return ("Recordatorio de cita: %s, tiene consulta de Traumatología el %s a las 10:15 en el Centro de Salud %s. "
            "Para anular llame al %s. Su nº de afiliación a la Seguridad Social: %s" % (
                L("NAME", first_last("es")[0]), L("DATE", "%d de %s" % (d.day, mon("es", d))), pick(["Delicias", "Arrabal", "La Paz"]),
                L("PHONE", ph_us(1)), L("SSN", "%02d/%s/%02d" % (R.randint(1, 52), digits(8), R.randint(0, 99)))))


# ---- Italy
@tpl(3)
def it_impegnativa():
    f, l = first_last("it")
    d = dob()
    cf = letters(6) + "%02d" % (d.year % 100) + pick("ABCDEHLMPRST") + "%02d" % d.day + pick("ABDFHLM") + digits(3, False) + letters(1)
    return ("Impegnativa SSN — Assistito: %s, nato/a il %s a %s; C.F. %s; residente in %s, %s %s. "
            "Prestazione: ecografia addome completo. Medico prescrittore: %s (iscr. Albo n. %s)." % (
                L("NAME", l.upper() + " " + f.upper()), L("DOB", "%d %s %d" % (d.day, mon("it", d), d.year)),
                L("LOCATION", pick(["Bari", "Padova", "Lecce", "Trento"])), L("SSN", cf),
                L("ADDRESS", "%s %d" % (pick(["Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Dante", "Viale dei Mille"]), R.randint(1, 200))),
                L("ZIP", pick(["40", "10", "70", "35"]) + digits(3, False)), L("LOCATION", pick(["Bologna", "Torino", "Bari", "Padova"])),
                L("NAME", full("it")), L("LICENSE", digits(5))))


@tpl(2)
def it_email():
    f, l = first_last("it")
    return BR.join(["Da: %s <%s>" % (L("NAME", f + " " + l), L("EMAIL", email(f, l))),
                    "A: accettazione@ospedale.example.it",
                    "Oggetto: referto del %s" % L("DATE", f_dmy(visit(), "/")),
                    "Buongiorno, vorrei ricevere il referto della risonanza. Il mio numero di cartella clinica è %s e la tessera sanitaria %s. Grazie." % (
                        L("MRN", digits(6) + "/" + str(R.randint(2023, 2025))), L("HEALTH_PLAN_ID", "80380" + digits(15, False)))])


# ---- Portugal
@tpl(2)
def pt_referenciacao():
    d = dob()
    return ("Pedido de referenciação — Utente: %s; data de nascimento %s; N.º de utente SNS %s; NISS %s; morada %s, %s %s; "
            "contacto %s. Motivo: dispneia de esforço." % (
                L("NAME", full("pt")), L("DOB", "%d de %s de %d" % (d.day, mon("pt", d), d.year)), L("HEALTH_PLAN_ID", digits(9)),
                L("SSN", "1" + digits(10, False)),
                L("ADDRESS", "%s %d, %d.º %s" % (pick(["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"]), R.randint(1, 250), R.randint(1, 6), pick(["Esq.", "Dto."]))),
                L("ZIP", "%s-%s" % (pick(["1100", "4000", "3000", "4700"]), digits(3, False))), L("LOCATION", pick(["Lisboa", "Porto", "Coimbra", "Braga"])),
                L("PHONE", ph_uk(1))))


# ---- Netherlands
@tpl(2)
def nl_verwijsbrief():
    f, l = first_last("nl")
    d = dob()
    return ("Verwijsbrief huisarts. Betreft: patiënt %s, geb. %s, BSN %s, polisnummer %s. Adres: %s, %s %s. "
            "Graag beoordeling i.v.m. persisterende hoest sinds %s." % (
                L("NAME", f + " " + pick(["van der ", "de ", "van ", ""]) + l), L("DOB", f_dmy(d, "-")), L("SSN", digits(9)), L("HEALTH_PLAN_ID", digits(9)),
                L("ADDRESS", "%s %d%s" % (pick(["Keizersgracht", "Dorpsstraat", "Oudegracht", "Vismarkt"]), R.randint(1, 300), pick(["", "-III", " bis", "A"]))),
                L("ZIP", "%d %s" % (R.randint(1000, 9999), letters(2))), L("LOCATION", pick(["Utrecht", "Groningen", "Eindhoven", "Haarlem"])),
                L("DATE", V("{d} {M} {y}", "nl"))))


# ---- Poland
@tpl(3)
def pl_skierowanie():
    f, l = first_last("pl")
    d = dob()
    return ("SKIEROWANIE do poradni kardiologicznej. Pacjent: %s, PESEL %s, ur. %s r., zam. %s, %s %s. "
            "Nr karty: %s. Lekarz kierujący: lek. %s, NPWZ %s." % (
                L("NAME", f + " " + l), L("SSN", "%02d%02d%02d%s" % (d.year % 100, d.month + (20 if d.year >= 2000 else 0), d.day, digits(5, False))),
                L("DOB", "%d %s %d" % (d.day, mon("pl", d), d.year)),
                L("ADDRESS", "%s %d%s" % (pick(["ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska", "os. Tysiąclecia"]), R.randint(1, 150), pick(["", " m. 4", "/12", " lok. 7"]))),
                L("ZIP", "%02d-%03d" % (R.randint(0, 99), R.randint(0, 999))), L("LOCATION", pick(["Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"])),
                L("MRN", digits(6) + "/" + pick(["24", "25"])), L("NAME", full("pl")), L("LICENSE", digits(7))))


# ---- Nordics
@tpl(2)
def se_journal():
    f, l = first_last("sv")
    d = dob()
    return ("Journalanteckning %s, ssk %s: Pat %s (personnr %s) inkom från %s med anhörig %s, tfn %s. Adress: %s, %s %s." % (
        L("DATE", f_iso(visit())), L("NAME", first_last("sv")[0]), L("NAME", f + " " + l),
        L("SSN", "%d%02d%02d-%s" % (d.year, d.month, d.day, digits(4, False))), pick(["hemmet", "akuten"]), L("NAME", full("sv")), L("PHONE", ph_uk(0)),
        L("ADDRESS", "%s %d" % (pick(["Storgatan", "Drottninggatan", "Kungsgatan", "Västra Hamngatan"]), R.randint(1, 80))),
        L("ZIP", "%d %02d" % (R.randint(100, 984), R.randint(0, 99))), L("LOCATION", pick(["Uppsala", "Göteborg", "Malmö", "Umeå"]))))


@tpl(2)
def no_epikrise():
    d = dob(1928, 1934)
    return ("Epikrise: %s, f. %s (fødselsnr. %s), %s år, innlagt %s med pneumoni. Bor på %s, %s %s. Fastlege: %s, faks %s." % (
        L("NAME", full("nb-NO")), L("DOB", "%d. %s %d" % (d.day, mon("no", d), d.year)),
        L("SSN", "%02d%02d%02d%s" % (d.day, d.month, d.year % 100, digits(5, False))), L("AGE", str(2025 - d.year)) if 2025 - d.year > 89 else str(2025 - d.year),
        L("DATE", f_dmy(visit())), L("ADDRESS", "%s %d%s" % (pick(["Kirkeveien", "Storgata", "Møllendalsveien", "Elvegata"]), R.randint(1, 90), pick(["", "B", " H0201"]))),
        L("ZIP", "%04d" % R.randint(1, 9999)), L("LOCATION", pick(["Bergen", "Trondheim", "Tromsø", "Stavanger"])), L("NAME", full("nb-NO")), L("FAX", ph_uk(4))))


@tpl(2)
def dk_henvisning():
    d = dob()
    return BR.join(["Henvisning – genoptræning",
                    "Navn: %s" % L("NAME", full("da-DK")),
                    "CPR-nr.: %s" % L("SSN", "%02d%02d%02d-%s" % (d.day, d.month, d.year % 100, digits(4, False))),
                    "Adresse: %s" % L("ADDRESS", "%s %d, %d. %s" % (pick(["Nørregade", "Vesterbrogade", "Søndergade", "Algade"]), R.randint(1, 120), R.randint(1, 4), pick(["th.", "tv.", "mf."]))),
                    "Postnr./by: %s %s" % (L("ZIP", "%04d" % R.randint(1000, 9990)), L("LOCATION", pick(["Aarhus", "Odense", "Esbjerg", "Roskilde"]))),
                    "Tlf.: %s" % L("PHONE", ph_uk(1))])


@tpl(2)
def fi_lahete():
    d = dob()
    sep = "-" if d.year < 2000 else "A"
    return ("Lähete: %s, henkilötunnus %s, syntynyt %s, osoite %s, %s %s. Sairauskertomusnumero %s. Puh. %s" % (
        L("NAME", full("fi-FI")), L("SSN", "%02d%02d%02d%s%s%s" % (d.day, d.month, d.year % 100, sep, digits(3, False), pick("ABCDEFHJKLMNPRSTUVWXY0123456789"))),
        L("DOB", "%d. %s %d" % (d.day, mon("fi", d), d.year)),
        L("ADDRESS", "%s %d %s %d" % (pick(["Mannerheimintie", "Hämeenkatu", "Kauppakatu", "Aleksanterinkatu"]), R.randint(1, 60), pick("ABC"), R.randint(1, 40))),
        L("ZIP", "%05d" % R.randint(100, 99999)), L("LOCATION", pick(["Tampere", "Turku", "Oulu", "Espoo"])), L("MRN", digits(8)), L("PHONE", ph_uk(1))))


# ---- Czechia, Greece, Turkey
@tpl(2)
def cz_zprava():
    d = dob()
    f, l = first_last("cs-CZ")
    return ("Propouštěcí zpráva: pacient %s, nar. %s, r. č. %s, pojišťovna 111, č. pojištěnce %s, bytem %s, %s %s. Hospitalizace od %s." % (
        L("NAME", f + " " + l), L("DOB", "%d. %s %d" % (d.day, mon("cs", d), d.year)),
        L("SSN", "%02d%02d%02d/%s" % (d.year % 100, d.month + pick([0, 50]), d.day, digits(4, False))), L("HEALTH_PLAN_ID", digits(10)),
        L("ADDRESS", "%s %d/%d" % (pick(["Vinohradská", "Národní", "Masarykova", "Palackého"]), R.randint(100, 2500), R.randint(1, 90))),
        L("ZIP", "%d %02d" % (R.randint(100, 799), R.randint(0, 99))), L("LOCATION", pick(["Brno", "Ostrava", "Plzeň", "Olomouc"])),
        L("DATE", V("{d}. {m}. {y}"))))


@tpl(2)
def gr_parapemptiko():
    f, l = first_last("gr")
    d = dob()
    return ("Παραπεμπτικό / Referral — Ασθενής (patient): %s · ΑΜΚΑ %s · Ημ. γέννησης %s · Διεύθυνση %s, %s %s · Τηλ. %s" % (
        L("NAME", f + " " + l), L("SSN", "%02d%02d%02d%s" % (d.day, d.month, d.year % 100, digits(5, False))),
        L("DOB", "%d %s %d" % (d.day, mon("el", d), d.year)),
        L("ADDRESS", pick(["Ermou", "Egnatias", "Tsimiski", "Leoforos Kifisias"]) + " " + str(R.randint(1, 200))),
        L("ZIP", "%03d %02d" % (R.randint(100, 851), R.randint(0, 99))), L("LOCATION", pick(["Thessaloniki", "Patra", "Irakleio", "Larisa"])), L("PHONE", ph_uk(1))))


@tpl(2)
def tr_epikriz():
    f, l = first_last("tr")
    d = dob()
    return ("Epikriz Raporu — Hasta Adı Soyadı: %s | T.C. Kimlik No: %s | Doğum Tarihi: %s | Protokol No: %s | Adres: %s %s/%s | Yatış: %s" % (
        L("NAME", f + " " + l.upper()), L("SSN", digits(11)), L("DOB", "%d %s %d" % (d.day, mon("tr", d), d.year)), L("MRN", digits(7)),
        L("ADDRESS", "%s No:%d D:%d" % (pick(["Atatürk Cad.", "Bağdat Caddesi", "Cumhuriyet Mah. Gül Sok.", "İnönü Bulvarı"]), R.randint(1, 250), R.randint(1, 20))),
        L("LOCATION", pick(["Kadıköy", "Karşıyaka", "Çankaya", "Nilüfer"])), L("LOCATION", pick(["İstanbul", "İzmir", "Ankara", "Bursa"])),
        L("DATE", f_dmy(visit()))))


# ---- UK, Ireland
@tpl(3)
def uk_discharge():
    f, l = first_last(pick(["en", "en-IE", "en-IN"]))
    d = dob()
    town, area = pick([("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("Sheffield", "S")])
    return ("DISCHARGE SUMMARY · %s · NHS No. %s · Hosp No. %s · DOB %s · %s, %s, %s · GP: Dr %s, Tel %s" % (
        L("NAME", l.upper() + ", " + f), L("MRN", "%s %s %s" % (digits(3), digits(3, False), digits(4, False))), L("MRN", letters(1) + digits(7)),
        L("DOB", "%02d-%s-%d" % (d.day, mon("en", d, True), d.year)),
        L("ADDRESS", pick(["Flat 3, 27 Kingsley Road", "14 Orchard Close", "9 Tannery Mews", "52a Chapel Street"])),
        L("LOCATION", town), L("ZIP", uk_pc(area)), L("NAME", first_last("en")[1]), L("PHONE", ph_uk(4))))


@tpl(2)
def uk_reminder():
    d = visit()
    return ("Hi %s, this is a reminder of your appointment at Riverside Surgery on %s %s at 09:20. "
            "Reply C to cancel or call %s. Please bring your repeat prescription slip." % (
                L("NAME", first_last("en")[0]), d.strftime("%A"), L("DATE", "%s %s" % (ordinal(d.day), mon("en", d))), L("PHONE", ph_uk(3))))


@tpl(2)
def ie_referral():
    d = dob()
    return ("Referral to Physiotherapy — Name: %s; DOB: %s; PPSN: %s; Medical Card No.: %s; Address: %s, %s, Co. %s, %s; Mobile: %s" % (
        L("NAME", full("en-IE")), L("DOB", f_dmy(d, "/")), L("SSN", digits(7, False) + pick(["A", "W", "T", "K"]) + pick(["", "A"])),
        L("HEALTH_PLAN_ID", digits(8, False) + letters(1)),
        L("ADDRESS", pick(["Apartment 4, Riverside Court, Dock Road", "12 Sráid an Mhuilinn", "The Willows, Ballinlough Road"])),
        L("LOCATION", pick(["Killarney", "Tralee", "Ballina", "Ennis"])), L("LOCATION", pick(["Kerry", "Mayo", "Clare"])),
        L("ZIP", "%s%d%d %s%d%s%d" % (pick("VFTHX"), R.randint(0, 9), R.randint(0, 9), pick("ACDEFHKNPRTVWXY"), R.randint(0, 9), pick("ACDEFHKNPRTVWXY"), R.randint(0, 9))),
        L("PHONE", ph_uk(1))))


# ---- US
@tpl(3)
def us_claim():
    f, l = first_last("en")
    d = dob()
    return BR.join(["CMS-1500 (excerpt)",
                    "1a. Insured's ID number: %s" % L("HEALTH_PLAN_ID", letters(3) + digits(9)),
                    "2. Patient's name: %s" % L("NAME", "%s, %s %s" % (l.upper(), f.upper(), pick("ABCDEJKMRT"))),
                    "3. Patient's birth date: %s" % L("DOB", f_mdy(d, " ")),
                    "5. Patient's address: %s, %s, %s %s" % (L("ADDRESS", "%d %s" % (R.randint(10, 9999), pick(["Maple Ave Apt 3B", "W Cedar St", "Old Mill Rd", "Sycamore Ln Unit 12"]))),
                                                             L("LOCATION", pick(["Dayton", "Tucson", "Spokane", "Albany", "Macon"])), pick(["OH", "AZ", "WA", "NY", "GA"]), L("ZIP", zip_us())),
                    "26. Patient's account no.: %s" % L("ACCOUNT", digits(10)),
                    "24J. Rendering provider NPI: %s" % L("LICENSE", npi())])


@tpl(2)
def us_eligibility_json():
    f, l = first_last("en")
    d = dob()
    return ('{"tool":"eligibility_check","status":"active","subscriber":{"name":"%s","dob":"%s","member_id":"%s","group":"GRP-%s"},'
            '"payer":"Blue Harbor Health","pcp":{"name":"%s","npi":"%s"},"copay":"$25"}' % (
                L("NAME", f + " " + l), L("DOB", f_iso(d)), L("HEALTH_PLAN_ID", pick(["W", "XJ", "ZQH"]) + digits(9)), digits(5), L("NAME", full("en")), L("LICENSE", npi())))


@tpl(2)
def us_pharmacy_label():
    f, l = first_last(pick(["en", "es-MX"]))
    return BR.join(["Rx# %s" % digits(7), "%s" % L("NAME", (f + " " + l).upper()),
                    "%s" % L("ADDRESS", "%d %s" % (R.randint(100, 9999), pick(["N Lamar Blvd Apt 210", "Elm Street", "Riverside Dr #4"]))),
                    "LISINOPRIL 10 MG TABLET — take one tablet by mouth daily", "Qty 30 · Refills 2 · Filled %s" % L("DATE", f_mdy(visit())),
                    "Prescriber: %s DEA %s" % ("Dr. " + L("NAME", first_last("en")[1]), L("LICENSE", dea(l))),
                    "Pharmacy %s" % L("PHONE", ph_us(0))])


@tpl(2)
def us_intake_csv():
    rows = []
    for _ in range(2):
        f, l = first_last("en")
        d = dob()
        rows.append("%s,%s,%s,%s,%s,%s" % (L("MRN", "MRN" + digits(7)), L("NAME", l), L("NAME", f), L("DOB", f_mdy(d)), L("SSN", ssn_us()), L("PHONE", ph_us(2))))
    return BR.join(["mrn,last_name,first_name,dob,ssn,phone"] + rows)


@tpl(2)
def us_nurse_note():
    age = agenum()
    return ("Nursing note %s 0300: %s-year-old female resting, O2 94%% on 2L NC. Daughter (%s) called from %s, asks to be phoned back at %s. "
            "Pt's hearing aid (serial %s) placed in drawer." % (
                L("DATE", f_mdy(visit())), L("AGE", age), L("NAME", full("en")), L("LOCATION", pick(["Scranton", "Boise", "Fresno", "Akron"])), L("PHONE", ph_us(0)),
                L("DEVICE_ID", letters(2) + digits(8))))


# ---- Canada
@tpl(2)
def ca_requisition():
    f, l = first_last(pick(["fr-CA", "en"]))
    d = dob()
    return ("Laboratory Requisition / Demande d'analyses — Patient: %s · Health Number (OHIP): %s · Sex: F · DOB: %s · %s, %s ON %s · Tel %s · "
            "Ordering clinician: %s, CPSO #%s" % (
                L("NAME", l + ", " + f), L("HEALTH_PLAN_ID", "%s-%s-%s-%s" % (digits(4), digits(3, False), digits(3, False), letters(2))),
                L("DOB", "%d/%02d/%02d" % (d.year, d.month, d.day)), L("ADDRESS", "%d Queen Street West, Unit %d" % (R.randint(10, 900), R.randint(100, 2400))),
                L("LOCATION", pick(["Toronto", "Hamilton", "Kingston", "Sudbury"])), L("ZIP", "%s%d%s %d%s%d" % (pick("KLMNP"), R.randint(1, 9), letters(1), R.randint(1, 9), letters(1), R.randint(1, 9))),
                L("PHONE", ph_us(0)), L("NAME", full("en")), L("LICENSE", digits(5))))


@tpl(2)
def ca_quebec_form():
    f, l = first_last("fr-CA")
    d = dob()
    return BR.join(["Formulaire d'inscription — GMF des Laurentides",
                    "Nom : %s    Prénom : %s" % (L("NAME", l), L("NAME", f)),
                    "Date de naissance : %s" % L("DOB", "%d %s %d" % (d.day, mon("fr", d), d.year)),
                    "N° d'assurance maladie (RAMQ) : %s" % L("HEALTH_PLAN_ID", "%s %s %s" % ((l[:3] + f[0]).upper(), digits(4, False), digits(4, False))),
                    "NAS : %s" % L("SSN", "%s %s %s" % (digits(3), digits(3, False), digits(3, False))),
                    "Courriel : %s" % L("EMAIL", email(f, l))])


# ---- Mexico, Brazil, Argentina, Chile, Colombia
@tpl(3)
def mx_hoja_ingreso():
    f, l = first_last("es-MX")
    l2 = first_last("es-MX")[1]
    d = dob()
    curp = (l[:2] + l2[0] + f[0]).upper() + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + pick("HM") + pick(["DF", "JC", "NL", "PL", "YN"]) + letters(3) + digits(2, False)
    return ("Hoja de ingreso — Nombre: %s; Fecha de nac.: %s; CURP: %s; NSS (IMSS): %s; Domicilio: %s, %s, C.P. %s, %s; Cel. %s" % (
        L("NAME", "%s %s %s" % (f, l, l2)), L("DOB", "%02d/%s/%d" % (d.day, mon("es", d, True), d.year)), L("SSN", ascii_fold(curp).upper()),
        L("SSN", "%s %s %s %s" % (digits(2), digits(2, False), digits(2, False), digits(5, False))),
        L("ADDRESS", "%s %d%s" % (pick(["Calle Morelos", "Av. Vallarta", "Calle 60", "Blvd. Díaz Ordaz"]), R.randint(1, 3000), pick(["", " int. 4", "-B"]))),
        "Col. " + L("LOCATION", pick(["Centro", "Americana", "del Valle", "García Ginerés"])),
        L("ZIP", digits(5)), L("LOCATION", pick(["Guadalajara", "Puebla", "Mérida", "Monterrey"])), L("PHONE", ph_us(3))))


@tpl(3)
def br_ficha():
    f, l = first_last("pt-BR")
    d = dob()
    return BR.join(["FICHA DE ATENDIMENTO — UPA",
                    "Paciente: %s" % L("NAME", f + " " + l + " " + first_last("pt-BR")[1]),
                    "Nascimento: %s" % L("DOB", pick([f_dmy(d, "/"), "%d de %s de %d" % (d.day, mon("pt", d), d.year)])),
                    "CPF: %s   Cartão SUS: %s" % (L("SSN", "%s.%s.%s-%s" % (digits(3), digits(3, False), digits(3, False), digits(2, False))),
                                                 L("HEALTH_PLAN_ID", "%s %s %s %s" % (pick(["7", "8", "9"]) + digits(2, False), digits(4, False), digits(4, False), digits(4, False)))),
                    "Endereço: %s – %s, %s – %s" % (L("ADDRESS", "%s, %d, apto %d" % (pick(["Rua das Flores", "Av. Sete de Setembro", "Rua Padre Anchieta"]), R.randint(1, 2000), R.randint(11, 904))),
                                                    L("LOCATION", pick(["Boa Viagem", "Batel", "Savassi", "Cambuí"])), L("LOCATION", pick(["Recife", "Curitiba", "Belo Horizonte", "Campinas"])),
                                                    "CEP " + L("ZIP", "%s-%s" % (digits(5), digits(3, False)))),
                    "Responsável: %s (responsável) — WhatsApp %s" % (L("NAME", full("pt-BR")), L("PHONE", ph_fr(1)))])


@tpl(2)
def ar_orden():
    d = dob()
    return ("Orden médica — Afiliado/a: %s; DNI %s; CUIL %s; N.º de afiliado OSDE %s; fecha de nac. %s; domicilio %s, %s (%s); tel. %s" % (
        L("NAME", full("es-AR")), L("SSN", "%d.%s.%s" % (R.randint(10, 45), digits(3, False), digits(3, False))),
        L("SSN", "%s-%s-%d" % (pick(["20", "27", "23"]), digits(8), R.randint(0, 9))), L("HEALTH_PLAN_ID", "%s %s %s" % (digits(3), digits(5), digits(2, False))),
        L("DOB", f_dmy(d, "/")), L("ADDRESS", "Av. %s %d, piso %d depto. %s" % (pick(["Corrientes", "Pellegrini", "Colón", "San Martín"]), R.randint(100, 5000), R.randint(1, 12), pick("ABCD"))),
        L("LOCATION", pick(["Rosario", "Córdoba", "Mendoza", "Mar del Plata"])), L("ZIP", "%s%04d%s" % (pick("SXMB"), R.randint(1000, 9999), letters(3))), L("PHONE", ph_us(1))))


@tpl(2)
def cl_receta():
    d = visit()
    return ("Receta médica %s. Nombre: %s. RUT: %s. Previsión: FONASA tramo B. Comuna: %s. Dirección: %s. Dr(a). %s, RUT %s." % (
        L("DATE", "%d de %s de %d" % (d.day, mon("es", d), d.year)), L("NAME", full("es")),
        L("SSN", "%d.%s.%s-%s" % (R.randint(5, 25), digits(3, False), digits(3, False), pick("0123456789K"))),
        L("LOCATION", pick(["Providencia", "Ñuñoa", "Viña del Mar", "Temuco"])),
        L("ADDRESS", "%s %d, depto. %d" % (pick(["Av. Providencia", "Los Carrera", "Av. Alemania", "Calle Prat"]), R.randint(100, 3000), R.randint(101, 1802))),
        L("NAME", full("es")), L("SSN", "%d.%s.%s-%s" % (R.randint(5, 25), digits(3, False), digits(3, False), pick("0123456789K")))))


@tpl(2)
def co_autorizacion():
    d = dob()
    return ("Autorización de servicios EPS — Usuario: %s · C.C. %s · Afiliación N.º %s · Nacimiento: %s · %s, %s · Cel. %s · correo %s" % (
        L("NAME", full("es")), L("SSN", "%d.%s.%s.%s" % (1, digits(3, False), digits(3, False), digits(3, False))), L("HEALTH_PLAN_ID", "EPS" + digits(9)),
        L("DOB", "%d/%s/%d" % (d.day, mon("es", d, True), d.year)),
        L("ADDRESS", "%s %d # %d-%d apto %d" % (pick(["Carrera", "Calle", "Transversal", "Diagonal"]), R.randint(1, 120), R.randint(1, 99), R.randint(1, 99), R.randint(101, 1204))),
        L("LOCATION", pick(["Medellín", "Cali", "Barranquilla", "Bucaramanga"])), L("PHONE", ph_us(1)), L("EMAIL", email(*first_last("es")))))


# ---- Africa
@tpl(2)
def za_medical_aid():
    f, l = first_last("en-ZA")
    d = dob()
    return ("Medical aid pre-authorisation: main member %s, ID number %s, membership no. %s (dependant 01: %s, DOB %s). "
            "Postal: %s, %s, %s, %s. Cell %s." % (
                L("NAME", f + " " + l), L("SSN", "%02d%02d%02d%s" % (d.year % 100, d.month, d.day, digits(7, False))), L("HEALTH_PLAN_ID", digits(9)),
                L("NAME", first_last("en-ZA")[0] + " " + l), L("DOB", f_iso(dob(2008, 2020))),
                L("ADDRESS", "%d %s" % (R.randint(1, 300), pick(["Jacaranda Street", "Voortrekker Road", "Protea Crescent", "Long Street"]))),
                L("LOCATION", pick(["Sunnyside", "Observatory", "Morningside", "Walmer"])), L("LOCATION", pick(["Pretoria", "Cape Town", "Durban", "Gqeberha"])),
                L("ZIP", "%04d" % R.randint(1, 9999)), L("PHONE", ph_uk(1))))


@tpl(2)
def ng_clinic_card():
    d = dob()
    return BR.join(["OUTPATIENT CARD — General Hospital",
                    "Hospital No: %s" % L("MRN", "GH/%s/%s" % (pick(["24", "25"]), digits(5))),
                    "Name: %s" % L("NAME", full("en-NG")),
                    "D.O.B: %s" % L("DOB", "%s %s, %d" % (mon("en", d), ordinal(d.day), d.year)),
                    "NIN: %s    NHIA No: %s" % (L("SSN", digits(11)), L("HEALTH_PLAN_ID", "NHIA/%s/%s" % (letters(2), digits(6)))),
                    "Address: %s, %s, %s" % (L("ADDRESS", "Plot %d, %s" % (R.randint(1, 90), pick(["Adeola Odeku Street", "Awolowo Road", "Ogui Road", "Bompai Road"]))),
                                             L("LOCATION", pick(["Victoria Island", "Ikoyi", "Bodija", "GRA"])), L("LOCATION", pick(["Lagos", "Ibadan", "Enugu", "Kano"]))),
                    "Next of kin: %s (%s)" % (L("NAME", full("en-NG")), L("PHONE", ph_uk(1)))])


@tpl(2)
def ke_discharge():
    f, l = first_last("ke")
    stay = two_visits()
    return ("Discharge note: %s, ID No. %s, SHA member no. %s, IP No. %s, admitted %s, discharged %s. Residence: %s, %s. Contact: %s, %s-%s." % (
        L("NAME", f + " " + l), L("SSN", digits(8)), L("HEALTH_PLAN_ID", "SHA" + digits(10)), L("MRN", digits(6)),
        L("DATE", f_dmy(stay[0], "/")), L("DATE", f_dmy(stay[1], "/")), L("LOCATION", pick(["Kilimani", "Kondele", "Nyali", "Milimani"])),
        L("LOCATION", pick(["Nairobi", "Kisumu", "Mombasa", "Nakuru"])), L("PHONE", ph_uk(1)), L("ADDRESS", "P.O. Box " + digits(5)), L("ZIP", pick(["00100", "40100", "80100", "20100"]))))


@tpl(2)
def eg_referral():
    f, l = first_last("eg")
    d = dob()
    return ("Referral letter (English copy): patient %s, national ID %s, born %s, living at %s, %s, %s. Insurance card no. %s. "
            "Email for results: %s" % (
                L("NAME", f + " " + l), L("SSN", "%d%02d%02d%02d%s" % (2 if d.year < 2000 else 3, d.year % 100, d.month, d.day, digits(7, False))),
                L("DOB", "%d %s %d" % (d.day, mon("en", d), d.year)),
                L("ADDRESS", "%d %s" % (R.randint(1, 90), pick(["Abbas El Akkad St.", "Sharia El Tahrir", "Gameat El Dewal El Arabeya St.", "Fouad St."]))),
                L("LOCATION", pick(["Nasr City", "Dokki", "Smouha", "Heliopolis"])), L("LOCATION", pick(["Cairo", "Giza", "Alexandria"])),
                L("HEALTH_PLAN_ID", digits(12)), L("EMAIL", email(f, l))))


# ---- Asia
@tpl(3)
def in_discharge():
    f, l = first_last("en-IN")
    d = dob()
    return ("Discharge Summary — Patient Name: %s | UHID: %s | IP No.: %s | DOB: %s | Aadhaar: %s | ABHA No.: %s | Address: %s, %s, %s - %s | Mob: %s" % (
        L("NAME", f + " " + l), L("MRN", pick(["MH", "AIMS", "KMC"]) + digits(8)), L("MRN", "IP/" + pick(["24", "25"]) + "/" + digits(6)),
        L("DOB", f_dmy(d, "-")), L("SSN", "%s %s %s" % (digits(4, False), digits(4, False), digits(4, False))),
        L("HEALTH_PLAN_ID", "91-%s-%s-%s" % (digits(4, False), digits(4, False), digits(4, False))),
        L("ADDRESS", "Flat %d, %s, %s" % (R.randint(101, 1204), pick(["Sai Residency", "Green Glen Apartments", "Shanti Niketan"]), pick(["14th Cross", "MG Road", "Link Road"]))),
        L("LOCATION", pick(["Indiranagar", "Koregaon Park", "Adyar", "Malviya Nagar"])), L("LOCATION", pick(["Bengaluru", "Pune", "Chennai", "Jaipur"])),
        L("ZIP", pick(["5", "4", "6", "3"]) + digits(5, False)), L("PHONE", ph_uk(1))))


@tpl(2)
def pk_lab():
    f, l = first_last("en-PK")
    return ("Lab requisition — MR#: %s — Name: %s s/o %s — CNIC: %s — Age/Sex: %s Y/M — Address: %s, %s — Sample collected %s" % (
        L("MRN", digits(3) + "-" + digits(2, False) + "-" + digits(4, False)), L("NAME", f + " " + l), L("NAME", full("en-PK")),
        L("SSN", "%s-%s-%d" % (digits(5), digits(7, False), R.randint(1, 9))), young(),
        L("ADDRESS", "House %d, Street %d, %s" % (R.randint(1, 400), R.randint(1, 60), pick(["F-8/3", "G-11/2", "DHA Phase 5", "Block 13-D"]))),
        L("LOCATION", pick(["Islamabad", "Lahore", "Karachi", "Faisalabad"])), L("DATE", V("{dd}-{Ms}-{y}"))))


@tpl(2)
def ph_philhealth():
    f, l = first_last("en-PH")
    d = dob()
    return BR.join(["PhilHealth Claim Form 1 — Member Information",
                    "PhilHealth Identification Number (PIN): %s" % L("HEALTH_PLAN_ID", "%s-%s-%d" % (digits(2), digits(9, False), R.randint(0, 9))),
                    "Name of Member: %s" % L("NAME", "%s, %s %s" % (l.upper(), f.upper(), pick(["DELA CRUZ", "SANTOS", "REYES"]))),
                    "Date of Birth (mm-dd-yyyy): %s" % L("DOB", f_mdy(d, "-")),
                    "Mailing Address: %s, %s, %s %s" % (L("ADDRESS", "Unit %d%s, %d %s" % (R.randint(1, 30), pick("ABC"), R.randint(1, 400), pick(["Kalayaan Avenue", "Mabini Street", "Osmeña Blvd."]))),
                                                        "Brgy. " + L("LOCATION", pick(["Pinyahan", "Lahug", "Poblacion", "San Antonio"])), L("LOCATION", pick(["Quezon City", "Cebu City", "Davao City", "Makati"])),
                                                        L("ZIP", "%04d" % R.randint(1000, 9811))),
                    "SSS/GSIS No.: %s   Landline: %s" % (L("SSN", "%s-%s-%d" % (digits(2), digits(7, False), R.randint(0, 9))), L("PHONE", ph_au(2)))])


@tpl(2)
def id_bpjs():
    d = dob()
    return ("Surat Rujukan — Nama: %s; No. Kartu BPJS Kesehatan: %s; NIK: %s; Tgl. Lahir: %s; No. RM: %s; Alamat: %s, Kel. %s, %s %s" % (
        L("NAME", full("id-ID")), L("HEALTH_PLAN_ID", "000" + digits(10)), L("SSN", "%s%02d%02d%02d%s" % (digits(6), d.day + pick([0, 40]), d.month, d.year % 100, digits(4, False))),
        L("DOB", "%d %s %d" % (d.day, mon("id", d), d.year)), L("MRN", "%02d-%02d-%02d" % (R.randint(0, 99), R.randint(0, 99), R.randint(0, 99))),
        L("ADDRESS", "Jl. %s No. %d, RT %02d/RW %02d" % (pick(["Merdeka", "Diponegoro", "Kaliurang", "Pemuda"]), R.randint(1, 200), R.randint(1, 12), R.randint(1, 15))),
        L("LOCATION", pick(["Sukajadi", "Gubeng", "Caturtunggal", "Tembalang"])), L("LOCATION", pick(["Bandung", "Surabaya", "Sleman", "Semarang"])), L("ZIP", digits(5))))


@tpl(2)
def vn_giay_ra_vien():
    d = dob()
    return ("Giấy ra viện — Họ tên: %s; Ngày sinh: %s; Số CCCD: %s; Mã thẻ BHYT: %s; Địa chỉ: %s, %s, %s; Ra viện %s" % (
        L("NAME", full("vi")), L("DOB", f_dmy(d, "/")),
        L("SSN", "0" + digits(11, False)), L("HEALTH_PLAN_ID", pick(["DN", "HT", "GD", "TE"]) + str(R.randint(1, 5)) + "%02d" % R.randint(1, 99) + digits(10, False)),
        L("ADDRESS", "Số %d %s" % (R.randint(1, 200), pick(["Ngõ 45 Phố Huế", "Nguyễn Trãi", "Lê Lợi", "Trần Phú"]))),
        L("LOCATION", pick(["Phường Bến Nghé", "Quận Hai Bà Trưng", "Phường Thạch Thang"])), L("LOCATION", pick(["Hà Nội", "Đà Nẵng", "Huế", "Hải Phòng"])),
        "ngày " + L("DATE", V("{d} tháng {m} năm {y}"))))


@tpl(2)
def jp_monshin():
    f, l = first_last("ja")
    d = dob()
    return ("問診票 / Medical questionnaire — 氏名 Name: %s · 生年月日 Date of birth: %s · 保険証 記号・番号: %s · 診察券番号: %s · 住所: 〒%s %s, %s · 電話 %s" % (
        L("NAME", l.upper() + " " + f), L("DOB", "%d年%d月%d日" % (d.year, d.month, d.day)), L("HEALTH_PLAN_ID", "%s・%s" % (digits(4), digits(3))),
        L("MRN", digits(7)), L("ZIP", "%03d-%04d" % (R.randint(1, 999), R.randint(0, 9999))),
        L("ADDRESS", "%d-%d-%d %s" % (R.randint(1, 9), R.randint(1, 30), R.randint(1, 20), pick(["Shibuya", "Chuo", "Hakata Ekimae", "Aoba"]))),
        L("LOCATION", pick(["Sapporo", "Sendai", "Fukuoka", "Kobe"])), L("PHONE", ph_us(1))))


@tpl(2)
def jp_kanji():
    firsts, lasts = NAMES.lists("ja")
    d = dob()
    return ("紹介状 患者氏名：%s 様（%s生）カルテ番号：%s 個人番号：%s ご家族連絡先：%s" % (
        L("NAME", pick(lasts) + " " + pick(firsts)), L("DOB", "%d年%d月%d日" % (d.year, d.month, d.day)), L("MRN", digits(8)),
        L("SSN", "%s %s %s" % (digits(4), digits(4, False), digits(4, False))), L("PHONE", ph_uk(1))))


@tpl(2)
def kr_form():
    firsts, lasts = NAMES.lists("ko")
    f, l = first_last("ko")
    d = dob()
    return ("진료의뢰서 Referral — 성명 Name: %s (%s) · 주민등록번호: %s · 건강보험증번호: %s · 주소: %s, %s · 우편번호 %s · 연락처 %s" % (
        L("NAME", l + " " + f), L("NAME", pick(lasts) + pick(firsts)),
        L("SSN", "%02d%02d%02d-%d%s" % (d.year % 100, d.month, d.day, pick([1, 2]) if d.year < 2000 else pick([3, 4]), digits(6, False))),
        L("HEALTH_PLAN_ID", digits(11)), L("ADDRESS", "%d %s" % (R.randint(1, 500), pick(["Teheran-ro", "Haeundae-ro", "Jungang-daero", "Dongseong-ro"]))),
        L("LOCATION", pick(["Gangnam-gu", "Haeundae-gu", "Jung-gu", "Yuseong-gu"])), L("ZIP", "%05d" % R.randint(1000, 63999)), L("PHONE", ph_us(1))))


# ---- Oceania
@tpl(3)
def au_referral():
    f, l = first_last("en-AU")
    d = dob()
    return ("Specialist referral — Patient: %s, DOB %s, Medicare No. %s IRN %d, DVA: n/a. Address: %s, %s %s %s. "
            "Ph %s. Referring GP: Dr %s, Provider No. %s." % (
                L("NAME", f + " " + l), L("DOB", f_dmy(d, "/")), L("HEALTH_PLAN_ID", "%s%s %s %d" % (pick("23456"), digits(3, False), digits(5, False), R.randint(1, 9))), R.randint(1, 5),
                L("ADDRESS", "Unit %d, %d %s" % (R.randint(1, 20), R.randint(1, 200), pick(["Banksia Parade", "Wattle Street", "Esplanade", "Kurrajong Avenue"]))),
                L("LOCATION", pick(["Parramatta", "Geelong", "Townsville", "Fremantle"])), pick(["NSW", "VIC", "QLD", "WA"]), L("ZIP", "%04d" % R.randint(2000, 6999)),
                L("PHONE", ph_au()), L("NAME", first_last("en-AU")[1]), L("LICENSE", digits(6) + pick("ABCDEFGHJ") + pick("ABCDEFGHJKLTWXY"))))


@tpl(2)
def nz_nhi():
    d = dob(1925, 1935)
    age = 2025 - d.year
    return ("Community nursing visit %s: %s (NHI %s), %s yrs, lives at %s, %s, %s %s. Wound clean and dry. Next visit Thursday." % (
        L("DATE", V("{d}/{m}/{y}")), L("NAME", full("en-NZ")), L("MRN", letters(3) + digits(4)),
        L("AGE", str(age)) if age > 89 else str(age), L("ADDRESS", "%d %s" % (R.randint(1, 300), pick(["Kowhai Road", "Rimu Street", "Te Awa Lane", "Pohutukawa Drive"]))),
        L("LOCATION", pick(["Ponsonby", "Riccarton", "Karori", "Frankton"])), L("LOCATION", pick(["Auckland", "Christchurch", "Wellington", "Hamilton"])), L("ZIP", "%04d" % R.randint(10, 9999))))


# ---- generic multi-country templates
COUNTRY_ADDR = [
    ("DE", "de", lambda: "%s %d" % (pick(["Hauptstraße", "Ringstraße"]), R.randint(1, 99)), lambda: digits(5), ["Kassel", "Erfurt", "Mainz"], ["{a}", "{z} {t}"]),
    ("FR", "fr", lambda: "%d rue %s" % (R.randint(1, 99), pick(["Victor Hugo", "de la République"])), lambda: digits(5), ["Dijon", "Angers", "Tours"], ["{a}", "{z} {t}"]),
    ("NL", "nl", lambda: "%s %d" % (pick(["Prinsengracht", "Hoofdstraat"]), R.randint(1, 400)), lambda: "%d %s" % (R.randint(1000, 9999), letters(2)), ["Leiden", "Delft", "Zwolle"], ["{a}", "{z} {t}"]),
    ("UK", "en", lambda: "%d %s" % (R.randint(1, 99), pick(["Victoria Road", "Mill Lane"])), lambda: uk_pc(pick(["YO", "EX", "OX"])), ["York", "Exeter", "Oxford"], ["{a}", "{t}", "{z}"]),
    ("US", "en", lambda: "%d %s" % (R.randint(100, 9999), pick(["Pine St", "Lakeview Dr Apt 5"])), zip_us, ["Eugene", "Madison", "Savannah"], ["{a}", "{t}, OR {z}"]),
    ("SE", "sv", lambda: "%s %d" % (pick(["Sveavägen", "Östra Långgatan"]), R.randint(1, 99)), lambda: "%d %02d" % (R.randint(100, 984), R.randint(0, 99)), ["Lund", "Västerås", "Örebro"], ["{a}", "{z} {t}"]),
    ("PL", "pl", lambda: "ul. %s %d" % (pick(["Mickiewicza", "Słowackiego"]), R.randint(1, 99)), lambda: "%02d-%03d" % (R.randint(0, 99), R.randint(0, 999)), ["Lublin", "Toruń", "Rzeszów"], ["{a}", "{z} {t}"]),
    ("AU", "en-AU", lambda: "%d %s" % (R.randint(1, 99), pick(["Jacaranda Street", "Coral Parade"])), lambda: "%04d" % R.randint(2000, 7999), ["Cairns", "Bendigo", "Wollongong"], ["{a}", "{t} QLD {z}"]),
    ("BR", "pt-BR", lambda: "Rua %s, %d" % (pick(["XV de Novembro", "Bahia"]), R.randint(1, 999)), lambda: "%s-%s" % (digits(5), digits(3, False)), ["Florianópolis", "Salvador", "Natal"], ["{a}", "{t}", "{z}"]),
    ("ES", "es", lambda: "C/ %s %d" % (pick(["Mayor", "Real"]), R.randint(1, 99)), lambda: digits(5), ["Granada", "Oviedo", "Murcia"], ["{a}", "{z} {t}"]),
]


def addr_parts():
    c = pick(COUNTRY_ADDR)
    return c[0], c[1], c[2](), c[3](), pick(c[4]), c[5]


def addr_lines(fmt, a, z, t):
    return [line.format(a=L("ADDRESS", a), z=L("ZIP", z), t=L("LOCATION", t)) for line in fmt]


@tpl(3)
def shipping_label():
    code, loc, a, z, t, fmt = addr_parts()
    lines = ["SHIP TO:", L("NAME", full(loc).upper() if R.random() < 0.4 else full(loc))]
    lines += addr_lines(fmt, a, z, t)
    lines += ["Tel %s" % L("PHONE", ph_any()), "CONTENTS: CGM sensors x3 · Device S/N %s" % L("DEVICE_ID", pick(["3MH", "G7", "FSL"]) + digits(9, False))]
    return BR.join(lines)


@tpl(3)
def address_block_letter():
    code, loc, a, z, t, fmt = addr_parts()
    n = full(loc)
    return BR.join([pick(["Private & confidential", "Persönlich / vertraulich", "Confidentiel"]), L("NAME", n)] + addr_lines(fmt, a, z, t) +
                   ["", "Your ref: %s · Invoice date %s" % (L("ACCOUNT", "PA-" + digits(8)), L("DATE", f_iso(visit())))])


@tpl(3)
def tool_json_patient():
    code, loc, a, z, t, fmt = addr_parts()
    f, l = first_last(loc)
    d = dob()
    return ('{"result":{"patient_id":"%s","given":"%s","family":"%s","birthDate":"%s","address":{"line":"%s","postalCode":"%s","city":"%s","country":"%s"},'
            '"telecom":[{"system":"phone","value":"%s"},{"system":"email","value":"%s"}]}}' % (
                L("MRN", pick(["PT-", "H", ""]) + digits(8)), L("NAME", f), L("NAME", l), L("DOB", f_iso(d)), L("ADDRESS", a), L("ZIP", z), L("LOCATION", t), code,
                L("PHONE", ph_any()), L("EMAIL", email(f, l))))


@tpl(2)
def tool_json_appointments():
    loc = pick(["it", "pt", "da-DK", "fi-FI"])
    return ('{"appointments":[{"when":"%sT08:30:00","patient":"%s","mrn":"%s","reason":"follow-up"},{"when":"%sT09:00:00","patient":"%s","mrn":"%s","reason":"INR check"}],"clinic_phone":"%s"}' % (
        L("DATE", f_iso(visit())), L("NAME", full(loc)), L("MRN", digits(7)), L("DATE", f_iso(visit())), L("NAME", full(loc)), L("MRN", digits(7)), L("PHONE", ph_us(0))))


@tpl(2)
def billing_iban():
    c = pick(["DE", "FR", "NL", "ES", "IT", "AT", "CH"])
    loc = {"DE": "de", "FR": "fr", "NL": "nl", "ES": "es", "IT": "it", "AT": "de-AT", "CH": "de-CH"}[c]
    return ("Zahlungsinformation / payment details: Kontoinhaber %s, IBAN %s, Patientenkonto %s, Rechnungsdatum %s. Bitte Verwendungszweck angeben." % (
        L("NAME", full(loc)), L("IBAN", IBANS[c] if R.random() < 0.6 else compact(IBANS[c])), L("ACCOUNT", digits(9)), L("DATE", f_dmy(visit()))))


@tpl(2)
def refund_email():
    c = pick(["PT", "PL", "SE", "NO", "DK", "FI", "CZ", "GR", "TR", "IE", "GB"])
    loc = {"PT": "pt", "PL": "pl", "SE": "sv", "NO": "nb-NO", "DK": "da-DK", "FI": "fi-FI", "CZ": "cs-CZ", "GR": "gr", "TR": "tr", "IE": "en-IE", "GB": "en"}[c]
    f, l = first_last(loc)
    return BR.join(["From: %s <%s>" % (L("NAME", f + " " + l), L("EMAIL", email(f, l))),
                    "Subject: refund for overpaid co-payment",
                    "Hello, I paid twice for my visit on %s. Please refund to %s. My patient number is %s. Regards, %s" % (
                        L("DATE", V("{d} {M} {y}")), L("IBAN", IBANS[c]), L("MRN", digits(6)), L("NAME", f))])


@tpl(2)
def card_payment():
    n = full(pick(["en", "en-AU", "en-NZ", "en-IE"]))
    return ("Payment received — cardholder %s, card %s, exp 09/28, billing ZIP %s, account %s. Receipt e-mailed to %s." % (
        L("NAME", n), L("CREDIT_CARD", pick(CARDS)), L("ZIP", digits(5)), L("ACCOUNT", digits(11)), L("EMAIL", email(*n.split(" ", 1)))))


@tpl(3)
def portal_audit():
    n = full(pick(["nl", "de-CH", "fr-CH", "en"]))
    ip = pick(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254),
               "2001:db8:%x:%x::%x" % (R.randint(1, 65535), R.randint(1, 65535), R.randint(1, 255))])
    return ("Patient portal audit: login by %s from %s at 22:14 UTC on %s; profile %s; MFA device %s." % (
        L("NAME", n), L("IP_ADDRESS", ip), L("DATE", f_iso(visit())),
        L("URL", "https://portal.example.org/patients/" + ascii_fold(n).lower().replace(" ", "-")), L("DEVICE_ID", imei())))


@tpl(2)
def transport_booking():
    n = full(pick(["de", "nl", "en", "fr"]))
    plate = pick(["B-KM %d" % R.randint(100, 9999), "GH-%d-%s" % (R.randint(100, 999), letters(2)), "AB%02d %s" % (R.randint(10, 75), letters(3)),
                  "%s-%03d-%s" % (letters(2), R.randint(1, 999), letters(2))])
    return ("Non-emergency transport booked for %s on %s: pick-up at the main entrance, wheelchair, vehicle %s (VIN %s). Driver licence no. %s." % (
        L("NAME", n), L("DATE", V("{d} {M}")),
        L("VEHICLE_ID", plate), L("VEHICLE_ID", vin(pick(["WVW", "VF1", "1HG", "JHM", "WBA"]))), L("LICENSE", letters(1) + digits(8))))


@tpl(2)
def device_return():
    n = full(pick(["sv", "nb-NO", "fi-FI", "en-ZA"]))
    return ("Home oxygen concentrator return: serial %s, patient %s, collected %s from the address on file; courier ref. 88-%s." % (
        L("DEVICE_ID", "OC" + digits(4) + "-" + letters(2) + digits(4)), L("NAME", n), L("DATE", f_dmy(visit(), ".")), digits(6)))


@tpl(2)
def fax_cover():
    return BR.join(["FAX — %d pages incl. cover" % R.randint(2, 9),
                    "To: Dr %s, Cardiology · Fax %s" % (L("NAME", full("en")), L("FAX", ph_us(0))),
                    "From: %s, ward clerk · Tel %s · Fax %s" % (L("NAME", full(pick(["en-IN", "en-PH", "en-NG"]))), L("PHONE", ph_us(2)), L("FAX", ph_us(2))),
                    "Re: %s, MRN %s — echo report" % (L("NAME", full("en")), L("MRN", digits(8)))])


@tpl(2)
def chat_message():
    f, l = first_last(pick(["es-MX", "pt-BR", "id-ID", "en-PH"]))
    return ("[WhatsApp] %s: hi it's %s 🙂 my mum was admitted on %s, her hospital number is %s — can you email the discharge papers to %s? thanks!!" % (
        "10:42", L("NAME", f), L("DATE", V("{M} {d}")),
        L("MRN", digits(6)), L("EMAIL", email(f, l))))


@tpl(2)
def eob_notice():
    n = full("en")
    d = visit()
    return ("EXPLANATION OF BENEFITS — This is not a bill. Member: %s · Member ID: %s · Claim for services on %s · Provider billed $412.00, plan paid $318.40, you owe $93.60. "
            "Questions: %s" % (L("NAME", n), L("HEALTH_PLAN_ID", digits(3) + "-" + digits(2, False) + "-" + digits(4, False) + "-" + letters(2)), L("DATE", "%s %d, %d" % (mon("en", d), d.day, d.year)), L("PHONE", ph_us(1))))


@tpl(2)
def medicare_mbi():
    d = dob(1925, 1934)
    age = 2025 - d.year
    mbi = "%d%s%d%d-%s%d-%s%s%d%d" % (R.randint(1, 9), pick("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9), pick("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), pick("ACDEFGHJKMNPQRTUVWXY"), pick("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9))
    return ("Home health intake: %s, age %s, born %s, Medicare MBI %s, lives with caregiver %s at %s, %s, FL %s. Caregiver's cell %s." % (
        L("NAME", full("en")), L("AGE", str(age)) if age > 89 else str(age), L("DOB", "%s %d, %d" % (mon("en", d), d.day, d.year)), L("HEALTH_PLAN_ID", mbi),
        L("NAME", first_last("en")[0]), L("ADDRESS", "%d %s" % (R.randint(100, 9999), pick(["Palmetto Way", "Bayshore Blvd #12", "Coral Ridge Dr"]))),
        L("LOCATION", pick(["Sarasota", "Ocala", "Naples"])), L("ZIP", zip_us()), L("PHONE", ph_us(0))))


@tpl(2)
def kv_export():
    loc = pick(["hu", "ro-MD", "hr", "et", "lv"])
    f, l = first_last(loc)
    d = dob()
    return "patient.surname=%s; patient.given=%s; patient.birth=%s; patient.record=%s; insurer.member=%s; contact.mail=%s; contact.tel=%s" % (
        L("NAME", l), L("NAME", f), L("DOB", f_dmy(d)), L("MRN", digits(9)), L("HEALTH_PLAN_ID", digits(10)), L("EMAIL", email(f, l)), L("PHONE", ph_uk(1)))


@tpl(2)
def ages_mixed():
    loc = pick(["it", "es", "pt", "fr"])
    a1, a2 = agenum(), young()
    return ("Nursing home census %s: %s (%s), %s (%s), %s (%s). All three received the influenza vaccine, lot FL-2291." % (
        L("DATE", f_dmy(visit(), "/")), L("NAME", full(loc)), L("AGE", a1) + " y", L("NAME", full(loc)), a2 + " y", L("NAME", full(loc)), L("AGE", agenum()) + " y"))


@tpl(2)
def ages_word():
    return ("Palliative team note: Mrs %s, aged %s, widow, two children (%s in %s and a son abroad). Prefers to be called by her first name." % (
        L("NAME", first_last("en")[1]), L("AGE", agenum()), L("NAME", full("en")), L("LOCATION", pick(["Swindon", "Harrogate", "Stirling", "Bangor"]))))


@tpl(2)
def lab_result_hl7():
    f, l = first_last(pick(["de", "nl", "pl", "sv"]))
    d = dob()
    return "PID|1||%s^^^HOSP^MR||%s^%s||%s|F|||%s^^%s^^%s||%s" % (
        L("MRN", digits(8)), L("NAME", l), L("NAME", f), L("DOB", "%d%02d%02d" % (d.year, d.month, d.day)), L("ADDRESS", "%s %d" % (pick(["Marktplatz", "Havenstraat", "Kungsgatan"]), R.randint(1, 60))),
        L("LOCATION", pick(["Aachen", "Maastricht", "Linköping"])), L("ZIP", digits(5)), L("PHONE", ph_uk(1)))


@tpl(2)
def markdown_table():
    loc = pick(["tr", "gr", "cs-CZ", "hu"])
    rows = ["| Patient | DOB | Chart | Bed |", "|---|---|---|---|"]
    for _ in range(2):
        d = dob()
        rows.append("| %s | %s | %s | %d |" % (L("NAME", full(loc)), L("DOB", f_dmy(d)), L("MRN", "C-" + digits(6)), R.randint(1, 30)))
    return BR.join(rows)


@tpl(2)
def consent_signature():
    loc = pick(["es-AR", "es-MX", "es", "pt"])
    d = visit()
    return ("Consentimiento informado firmado por %s (representante legal, DNI %s) en nombre de %s el %s. Testigo: %s, enfermera." % (
        L("NAME", full(loc)), L("SSN", digits(8)), L("NAME", full(loc)), L("DATE", "%d de %s de %d" % (d.day, mon("es", d), d.year)), L("NAME", full(loc))))


@tpl(2)
def driver_licence_form():
    n = full(pick(["en", "en-AU", "en-NZ"]))
    return ("Fitness-to-drive medical: applicant %s, driver licence no. %s, DOB %s, vehicle registration %s. Visual acuity 6/9 both eyes." % (
        L("NAME", n), L("LICENSE", pick([letters(1) + digits(7), digits(9), letters(2) + digits(6)])), L("DOB", V("{o} {M} {y}", d=dob())),
        L("VEHICLE_ID", pick(["%s%s%d" % (letters(3), "-", R.randint(100, 999)), "%d%s%03d" % (R.randint(1, 9), letters(3), R.randint(0, 999))]))))


@tpl(2)
def pharmacy_label_fr():
    return BR.join(["PHARMACIE DU CENTRE", "Patient : %s" % L("NAME", full("fr")), "Amoxicilline 1 g — 1 cp matin et soir pendant 7 jours",
                    "Délivré le %s · Prescripteur : Dr %s" % (L("DATE", f_dmy(visit(), "/")), L("NAME", first_last("fr")[1])),
                    "Carte Vitale n° %s" % L("SSN", "%d %02d %02d %s %s %s" % (R.randint(1, 2), R.randint(30, 99), R.randint(1, 12), digits(2), digits(3), digits(3)))])


@tpl(2)
def referral_de_en():
    f, l = first_last("de-CH")
    d = dob()
    return ("Überweisung (English summary attached): patient %s, born %s, AHV-Nr. %s, Versichertenkarte %s, resident in %s %s; contact e-mail %s." % (
        L("NAME", f + " " + l), L("DOB", "%s %d, %d" % (mon("en", d), d.day, d.year)), L("SSN", "756.%s.%s.%s" % (digits(4, False), digits(4, False), digits(2, False))),
        L("HEALTH_PLAN_ID", "80756" + digits(15, False)), L("ZIP", "%04d" % R.randint(1000, 9658)), L("LOCATION", pick(["Winterthur", "Luzern", "St. Gallen", "Thun"])), L("EMAIL", email(f, l))))


@tpl(2)
def at_ecard():
    f, l = first_last("de-AT")
    d = dob()
    return ("Ambulanzkarte: %s, SVNR %s, geb. %s, %s, %s %s, Tel. %s. Befund vom %s ausgehändigt." % (
        L("NAME", l + " " + f), L("SSN", "%s %02d%02d%02d" % (digits(4), d.day, d.month, d.year % 100)), L("DOB", f_dmy(d)),
        L("ADDRESS", "%s %d/%d" % (pick(["Mariahilfer Straße", "Herrengasse", "Landstraße"]), R.randint(1, 150), R.randint(1, 20))),
        L("ZIP", "%d" % R.randint(1010, 9990)), L("LOCATION", pick(["Graz", "Linz", "Salzburg", "Innsbruck"])), L("PHONE", ph_uk(1)), L("DATE", f_dmy(visit()))))


@tpl(2)
def sms_lab_ready():
    return ("SMS from CITYLAB: Dear %s, your results from %s are ready. Log in at %s or call %s (Mon–Fri). Ref %s" % (
        L("NAME", first_last(pick(["en-NZ", "en-AU"]))[0]), L("DATE", V("{d} {M}")),
        L("URL", "https://results.example.net/r/" + letters(3).lower() + digits(5)), L("PHONE", ph_au(1)), digits(6)))


@tpl(2)
def csv_claims():
    rows = ["claim_no,member_id,member_name,service_date,account_no,amount"]
    for _ in range(2):
        rows.append("CL%s,%s,\"%s\",%s,%s,%d.%02d" % (digits(7), L("HEALTH_PLAN_ID", letters(2) + digits(8)), L("NAME", full(pick(["en-PH", "en"]), "lf")),
                                                   L("DATE", f_iso(visit())), L("ACCOUNT", digits(12)), R.randint(20, 900), R.randint(0, 99)))
    return BR.join(rows)


@tpl(2)
def email_signature_clinician():
    f, l = first_last(pick(["en-ZA", "en-NG", "en-IN", "en-PK"]))
    return BR.join(["Kind regards,", L("NAME", f + " " + l), "Senior Registrar, Internal Medicine", "Reg. no. %s" % L("LICENSE", pick(["MP", "MDCN/", "KMC-"]) + digits(6)),
                    "Direct: %s | Fax: %s" % (L("PHONE", ph_uk(2)), L("FAX", ph_uk(3))), L("EMAIL", email(f, l))])


@tpl(2)
def bank_account_nonIBAN():
    loc, bank = pick([("en-NG", "NUBAN"), ("ke", "A/C"), ("en-IN", "A/c No."), ("en-PH", "Acct #")])
    return ("Reimbursement approved for %s: transfer to %s %s (bank and branch code on file), reference HOSP-%s. Approved by %s on %s." % (
        L("NAME", full(loc)), bank, L("ACCOUNT", digits(10)), digits(5), L("NAME", full(loc)), L("DATE", f_dmy(visit(), "/"))))


@tpl(2)
def death_birth_cert_style():
    d = visit()
    return ("Birth notification — baby girl born %s at 04:12 to parents %s (hospital no. %s) and %s. Weight 3.2 kg. Apgar 9/10." % (
        L("DOB", f_dmy(d, "/")), L("NAME", full(pick(["en-NG", "ke", "en-ZA"]))), L("MRN", digits(7)), L("NAME", full(pick(["en-NG", "ke", "en-ZA"])))))


@tpl(2)
def yaml_tool():
    f, l = first_last(pick(["it", "es", "ca"]))
    return BR.join(["caller:", "  name: %s" % L("NAME", f + " " + l), "  callback: \"%s\"" % L("PHONE", ph_us(3)), "  dob: %s" % L("DOB", f_iso(dob())),
                    "  insurance_member_no: %s" % L("HEALTH_PLAN_ID", digits(11)), "intent: reschedule_mri"])


@tpl(2)
def xml_tool():
    f, l = first_last(pick(["pl", "cs-CZ", "hr"]))
    return "<patient><id>%s</id><name><family>%s</family><given>%s</given></name><birthDate>%s</birthDate><email>%s</email></patient>" % (
        L("MRN", digits(9)), L("NAME", l), L("NAME", f), L("DOB", f_iso(dob())), L("EMAIL", email(f, l)))


@tpl(2)
def wristband():
    n = full(pick(["en", "es", "pt-BR", "tr"]), "LF")
    d = dob()
    return "Wristband reprint: %s | DOB %s | MRN %s | Allergy: penicillin | Adm %s" % (L("NAME", n), L("DOB", f_mdy(d)), L("MRN", digits(9)), L("DATE", f_mdy(visit())))


@tpl(2)
def prose_telehealth():
    f, l = first_last(pick(["en-IN", "en-PK", "vi"]))
    return ("Telehealth note: video visit with %s, who joined from %s on %s via %s (client IP %s). Spouse %s also present." % (
        L("NAME", f + " " + l), L("LOCATION", pick(["Singapore", "Dubai", "Hyderabad", "Da Nang"])), L("DATE", V("{d} {M} {y}")),
        L("URL", "https://meet.example.com/room/" + ascii_fold(l).lower() + digits(3)), L("IP_ADDRESS", "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))),
        L("NAME", first_last(pick(["en-IN", "en-PK"]))[0])))


@tpl(2)
def card_json():
    f, l = first_last(pick(["ja", "ko", "tr", "pl"]))
    return ('{"payment":{"method":"card","holder":"%s","number":"%s","expiry":"11/27","billing_postcode":"%s"},"client_ip":"%s","patient_ref":"%s","amount":"JPY 4,380"}' % (
        L("NAME", (f + " " + l).upper()), L("CREDIT_CARD", pick(CARDS).replace(" ", "")), L("ZIP", digits(5)),
        L("IP_ADDRESS", pick(["198.51.100.%d" % R.randint(1, 254), "2001:db8::%x:%x" % (R.randint(1, 65535), R.randint(1, 65535))])), L("MRN", digits(8))))


@tpl(2)
def dental_invoice_gb():
    f, l = first_last("en")
    return BR.join(["Smile Street Dental — Invoice %s" % digits(5),
                    "Patient: %s   Date of treatment: %s" % (L("NAME", f + " " + l), L("DATE", V("{d} {M} {y}"))),
                    "Band 2 course of treatment: £73.50",
                    "Pay by transfer: sort code 20-00-00, account no. %s, IBAN %s" % (L("ACCOUNT", digits(8)), L("IBAN", IBANS["GB"])),
                    "Queries: %s or %s" % (L("PHONE", ph_uk(2)), L("EMAIL", email(f, l)))])


# ---------------------------------------------------------------- PHI-free lines
NEGATIVES = [
    "Will the May clinic run on Mondays again? Bill the grant account only after the rose garden fundraiser closes.",
    "Mark the June stock count: 40 boxes of metformin 500 mg, 12 vials of insulin glargine, lot 22B417, expiry 09/2027.",
    "Hope Ward visiting hours: 14:00–20:00 daily; Faith Chapel is open on Sundays for quiet reflection.",
    "Menu for Wednesday: brown rice, steamed cod, green beans; low-sodium option available on request.",
    "Gift shop: sterling silver pendants 20% off until Friday; proceeds support the Summit Cancer Fund.",
    "Laborwerte: Hb 11,8 g/dl, Leukozyten 9,4 G/l, CRP 23 mg/l, Kreatinin 1,1 mg/dl — Kontrolle in 3 Tagen.",
    "Posologie : paracétamol 1 g toutes les 6 heures, maximum 4 g par jour ; pas d'AINS en raison de la fonction rénale.",
    "Horario de vacunación: lunes a viernes de 8:00 a 14:00, sala 3, segunda planta. Traer cartilla de vacunación.",
    "ICD-10 J18.9, CPT 99214, HCPCS J1885; prior authorisation required for MRI lumbar spine (CPT 72148).",
    "Room 412B reassigned; bed 7 out of service until Tuesday for mattress replacement (asset tag code pending).",
    "Vitals 08:00: BP 138/82, HR 76, RR 16, SpO2 97% RA, temp 36.8 °C, pain 3/10 in the left knee.",
    "Ward round at half past nine; the registrar will review all patients with a NEWS2 score of 5 or more.",
    "Please grant access to the shared drive for the new physio team starting in March.",
    "Farmacia: ibuprofeno 400 mg, omeprazol 20 mg, amoxicilina/ácido clavulánico 875/125 mg — sin stock de enalapril.",
    "Reunião de equipe adiada para quinta-feira às 15h; pauta: escala de plantão de dezembro e treinamento de RCP.",
    "Dyżury w styczniu: oddział wewnętrzny, SOR, pracownia RTG. Grafik do akceptacji przez ordynatora.",
    "Öppettider under midsommar: vårdcentralen stänger kl. 12 på fredagen och öppnar igen på måndag.",
    "Nota: la dieta per celiaci è disponibile ogni giorno; chiedere al personale di reparto per il menù senza glutine.",
    "De huisartsenpost is in het weekend bereikbaar via de centrale; spoed gaat altijd voor.",
    "Preis für die Reiseimpfung Gelbfieber: 68 €; Termine nur donnerstags in der Impfsprechstunde.",
    "Aspirin 81 mg, clopidogrel 75 mg, atorvastatin 40 mg at bedtime; hold warfarin if INR above 3.5.",
    "Thank you, Doctor — the summit hike is postponed until the swelling in my ankle goes down.",
    "Patients may bring one visitor; will you please remind the front desk about the new parking passes?",
    "Stock alert: Grant brand gloves size M backordered; order Sterling nitrile instead, carton code 4471-M.",
    "Triage category 3, arrived by ambulance, chest pain onset about 40 minutes ago, ECG done at triage.",
    "Shift handover: 6 patients, 2 on IV antibiotics, 1 awaiting CT; no falls, no pressure injuries this week.",
    "Kenya Ministry of Health guideline 2024: malaria rapid test before any antimalarial; artemether–lumefantrine first line.",
    "Reminder for all staff in the regional offices: annual fire drill in August, assemble at the car park by the Hope Street gate.",
    "日本語の問診票は受付にあります。保険証と診察券をご提示ください。",
    "건강검진 안내: 검사 전날 밤 9시 이후 금식, 물은 소량 가능합니다.",
    "Lịch khám: thứ Hai đến thứ Sáu, 7 giờ 30 đến 16 giờ 30; mang theo thẻ BHYT khi đến khám.",
    "Jadwal poli anak: Senin–Kamis pukul 08.00–12.00; pendaftaran online dibuka pukul 06.00.",
    "Dosis para adultos de 65 años o más: una dosis anual de la vacuna antigripal en octubre o noviembre.",
    "Age 45, BMI 31, HbA1c 7.9%; target below 7%; discussed diet, walking 30 minutes five times a week.",
    "Ordering note: codeine is no longer stocked for under-12s; use paracetamol or ibuprofen by weight.",
    "Hasta ziyaret saatleri: hafta içi 13:00–15:00 ve 19:00–20:00; yoğun bakımda tek refakatçi kabul edilir.",
]


# ---------------------------------------------------------------- validator
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID",
         "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS"}
CUES = re.compile(r"^(dr\.?|mr\.?|mrs\.?|ms\.?|dob|mrn|fax|tel|phone|born|geb\.?|née?|nhs|ssn|pesel|bsn|ppsn|cpf|rut|nik|nin)\b", re.I)


def validate(lines):
    ids = set()
    for line in lines:
        assert line.count("\t") == 1, line
        lid, text = line.split("\t")
        assert lid not in ids, lid
        ids.add(lid)
        assert "\n" not in text and "\r" not in text
        stripped = LABEL.sub("", text)
        assert "[[" not in stripped and "]]" not in stripped, line
        for kind, val in LABEL.findall(text):
            assert kind in KINDS, (lid, kind)
            assert val and val == val.strip(), (lid, val)
            assert val[-1] not in ",;:!?" and val[0] not in ",;:!?", (lid, val)
            assert not CUES.match(val), (lid, val)
            assert not re.search(r"['’]s$", val), (lid, val)
            assert "|" not in val, (lid, val)
            if kind == "AGE":
                assert val.isdigit() and int(val) > 89, (lid, val)


def main():
    global NAMES
    df, out_dir = sys.argv[1], sys.argv[2]
    NAMES = Names(df)
    body = []
    for fn, n in T:
        for _ in range(n):
            body.append(re.sub(r" {2,}", " ", fn()))
    R.shuffle(body)
    negs = list(NEGATIVES)
    lines = []
    # interleave negatives at fixed random positions
    positions = sorted(R.sample(range(len(body) + len(negs)), len(negs)))
    bi = ni = 0
    for i in range(len(body) + len(negs)):
        if ni < len(negs) and i == positions[ni]:
            lines.append(negs[ni])
            ni += 1
        else:
            lines.append(body[bi])
            bi += 1
    out = ["wh9-%03d\t%s" % (i + 1, t) for i, t in enumerate(lines)]
    validate(out)
    header = ("# %s: generated by masker-domain/src/test/scripts/holdout9_written.py (seed %d) from Datafaker 2.7.0 name lists (Apache-2.0) "
              "and town/street names and templates written for Masker; U+2028 is a line break inside an example; held out, scored once; "
              "every value invented, phones from fiction ranges." % (OUT, SEED))
    with open(os.path.join(out_dir, OUT), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for line in out:
            fh.write(line + "\n")
    counts = {}
    for line in out:
        for kind, _ in LABEL.findall(line):
            counts[kind] = counts.get(kind, 0) + 1
    free = sum(1 for line in out if "[[" not in line)
    print("lines", len(out), "phi-free", free, "templates", len(T), "negatives", len(NEGATIVES))
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
