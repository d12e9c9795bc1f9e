#!/usr/bin/env python3
"""Development set for Masker (round 9, part ids_dev): identifiers and dates of birth in written
healthcare paperwork of many countries.

Written by an outside author who read neither the detectors, their word lists nor any earlier
corpus beyond its first lines (for the format). Standard library only, deterministic (seed 90917).
It is a DEVELOPMENT set: the lead tunes the engine on it.

Label choices (docs/evaluation-corpus.md has no separate kind for national identity numbers):
- SSN: social-security and national identity numbers (US SSN, PESEL, BSN, personnummer, CPR,
  fødselsnummer, HETU, NIR, DNI/NIE, NSS of Spain and of the IMSS, CPF, CURP, RUT, Aadhaar,
  codice fiscale, AHV, SVNR, Rentenversicherungsnummer, NI number, PPSN, SIN, SA ID, TC kimlik,
  주민등록번호, マイナンバー, 身份证, NRIC, Teudat Zehut, CNP, rodné číslo, isikukood, AMKA, OIB,
  kennitala, NIK, Thai ID, Egyptian national ID, Argentine DNI, rijksregisternummer).
- HEALTH_PLAN_ID: health-insurance, member, policy and subscriber numbers and national health
  numbers (Versichertennummer, NHS number, Medicare card, IHI, NHI, OHIP, PhilHealth, ABHA, Cartão
  SUS, TAJ, MBO, número de utente, tessera sanitaria, 被保険者番号, 건강보험, BHYT, BPJS, EHIC, MBI,
  Medicaid, US member ids). Group numbers are never labelled.
- MRN: hospital, patient, medical record, case (Fallnummer), chart, UR, HN, UHID, IPP numbers.
- DOB: a date with a birth cue; DATE: other dates of the person with day+month or month+year.

Usage: python3 holdout9_ids_dev.py /tmp/df OUT_DIR
(/tmp/df = Datafaker 2.7.0's *.yml files unzipped from the jar.)
"""
import os
import random
import re
import sys

SEED = 90917
OUT_NAME = "ids-written-dev.tsv"
LS = "\u2028"  # line break inside an example

# ---------------------------------------------------------------- names from Datafaker yml
KEYS = ("first_name", "male_first_name", "female_first_name", "last_name", "male_last_name",
        "female_last_name")


def load_yml(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = {}
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s+)(%s):\s*(.*)$" % "|".join(KEYS), lines[i])
        if not m or m.group(2) in out:
            i += 1
            continue
        ind, key, rest = len(m.group(1)), m.group(2), m.group(3).strip()
        items = []
        if rest.startswith("["):
            buf = rest
            while "]" not in buf and i + 1 < len(lines):
                i += 1
                buf += " " + lines[i].strip()
            items = buf[1:buf.index("]")].split(",")
        elif rest == "" or rest.startswith("&"):
            j = i + 1
            while (j < len(lines) and re.match(r"^\s+- ", lines[j])
                   and len(lines[j]) - len(lines[j].lstrip()) >= ind):
                items.append(lines[j].strip()[2:])
                j += 1
            i = j - 1
        items = [x.strip().strip('"').strip("'").strip() for x in items]
        items = [x for x in items if x and "#{" not in x and not x.startswith("*")
                 and not re.search(r"[\[\]|]", x) and x == x.strip()]
        if items:
            out[key] = items
        i += 1
    return out


LOCALES = ["en", "de", "de-AT", "de-CH", "fr", "fr-CH", "nl", "pl", "sv", "da-DK", "nb-NO",
           "fi-FI", "fr-CA", "es", "es-MX", "es-AR", "pt", "pt-BR", "it", "tr", "en-IN", "en-AU", "en-NZ",
           "en-IE", "en-ZA", "en-NG", "en-PH", "id-ID", "ro-MD", "hr", "et", "hu", "cs-CZ",
           "el-GR", "ru", "he", "ja", "ko", "zh-CN", "vi", "th", "en-PK", "lv"]
NAMES = {}


def load_names(folder):
    for loc in LOCALES:
        path = os.path.join(folder, "en", "name.yml") if loc == "en" else os.path.join(folder, loc + ".yml")
        NAMES[loc] = load_yml(path)


# romanised names written for Masker (Datafaker has only the native scripts)
ROMAN = {
    "jar": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Mio", "Daiki", "Sakura"],
           ["Takahashi", "Watanabe", "Kobayashi", "Nakamura", "Yamaguchi", "Inoue", "Fujita", "Morimoto"]),
    "kor": (["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Woo-jin", "Su-bin", "Do-yun", "Ye-jin"],
           ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"]),
    "zh": (["Wei", "Fang", "Jing", "Lei", "Xiuying", "Hao", "Min", "Yichen"],
           ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Zhou", "Xu"]),
    "ar": (["Ahmed", "Fatima", "Omar", "Layla", "Youssef", "Nour", "Karim", "Salma", "Khaled", "Mariam"],
           ["Al-Mansouri", "Haddad", "El-Sayed", "Nasser", "Benali", "Aziz", "Abdelrahman", "Khoury"]),
    "thr": (["Somchai", "Kanya", "Anan", "Malee", "Niran", "Ploy", "Kittisak", "Suda"],
           ["Wongsakul", "Srisuk", "Chaiyaporn", "Boonmee", "Rattanakorn", "Suwannarat"]),
    "ke": (["Wanjiru", "Otieno", "Achieng", "Kiprono", "Nyambura", "Mwangi", "Akinyi", "Chebet"],
           ["Kamau", "Ochieng", "Odhiambo", "Kiplagat", "Njoroge", "Wafula", "Mutua", "Kibet"]),
    "ma": (["Youssef", "Khadija", "Hamza", "Imane", "Mehdi", "Salma", "Anas", "Hajar"],
           ["El Amrani", "Bennani", "Tazi", "Alaoui", "Berrada", "Idrissi", "Chraibi", "Lahlou"]),
    "is": (["Guðrún", "Jón", "Sigríður", "Einar", "Helga", "Ólafur"],
           ["Jónsdóttir", "Sigurðsson", "Einarsdóttir", "Magnússon", "Ólafsdóttir", "Gunnarsson"]),
}


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def nm(r, loc, order="fl", female=None):
    """A random 'First Last' from a locale (first and last drawn apart, so no real person is meant)."""
    if loc in ROMAN:
        f, l = pick(r, ROMAN[loc][0]), pick(r, ROMAN[loc][1])
        return f + " " + l if order == "fl" else l + " " + f
    d = NAMES[loc]
    female = (r.random() < 0.5) if female is None else female
    fk = ("female_first_name" if female else "male_first_name")
    firsts = d.get(fk) or d.get("first_name") or d.get("male_first_name") or d.get("female_first_name")
    lk = ("female_last_name" if female else "male_last_name")
    lasts = d.get(lk) or d.get("last_name") or d.get("male_last_name") or d.get("female_last_name")
    if fk not in d and "first_name" not in d:
        lasts = d.get("last_name") or d.get("female_last_name" if fk == "female_first_name" else "male_last_name")
        if fk == "male_first_name" and "male_first_name" not in d:
            lasts = d.get("female_last_name") or lasts
    f, l = pick(r, firsts), pick(r, lasts)
    if loc in ("ja", "zh-CN", "ko"):
        return l + (" " if loc == "ja" else "") + f
    if order == "lf":
        return l + ", " + f
    if order == "LF":
        return l.upper() + " " + f
    return f + " " + l


def given(r, loc):
    return nm(r, loc).split(" ")[0]


def surname(r, loc):
    return nm(r, loc).split(" ")[-1]


# ---------------------------------------------------------------- markup
def L(kind, v):
    return "[[%s|%s]]" % (kind, v)


def N(v): return L("NAME", v)
def B(v): return L("DOB", v)
def D(v): return L("DATE", v)
def M(v): return L("MRN", v)
def H(v): return L("HEALTH_PLAN_ID", v)
def S(v): return L("SSN", v)
def P(v): return L("PHONE", v)
def A(v): return L("ADDRESS", v)
def Z(v): return L("ZIP", v)
def C(v): return L("LOCATION", v)
def E(v): return L("EMAIL", v)
def AGE(v): return L("AGE", v)
def ACC(v): return L("ACCOUNT", v)
def FX(v): return L("FAX", v)


# ---------------------------------------------------------------- digits and check digits
def digs(r, n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    return s


def luhn_check(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_check(s[:-1]) == s[-1]


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def yy(y): return "%02d" % (y % 100)
def p2(n): return "%02d" % n


def pesel(r, y, m, d):
    mm = m + (20 if y >= 2000 else 0)
    s = yy(y) + p2(mm) + p2(d) + digs(r, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def bsn(r):
    while True:
        s = digs(r, 8, True)
        c = sum(int(a) * w for a, w in zip(s, range(9, 1, -1))) % 11
        if c < 10:
            return s + str(c)


def personnr(r, y, m, d, long=False):
    core = yy(y) + p2(m) + p2(d) + digs(r, 3)
    c = luhn_check(core)
    sep = "+" if 2025 - y >= 100 else "-"
    if long:
        return str(y) + p2(m) + p2(d) + "-" + core[6:] + c
    return core[:6] + sep + core[6:] + c


def fnr_no(r, y, m, d):
    while True:
        s = p2(d) + p2(m) + yy(y) + ("%03d" % r.randrange(0, 500) if y < 2000 else "%03d" % r.randrange(500, 1000))
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(s, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s += str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b for a, b in zip(s, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k2)


def hetu(r, y, m, d):
    n = "%03d" % r.randrange(2, 900)
    base = p2(d) + p2(m) + yy(y)
    chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + n) % 31]
    return base + ("A" if y >= 2000 else "-") + n + chk


def cpr(r, y, m, d):
    return p2(d) + p2(m) + yy(y) + "-" + digs(r, 4)


def rrn_be(r, y, m, d):
    s = yy(y) + p2(m) + p2(d) + "%03d" % r.randrange(1, 998)
    n = int(("2" if y >= 2000 else "") + s)
    c = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (s[0:2], s[2:4], s[4:6], s[6:9], c)


def nir(r, y, m, sex=None):
    sx = sex or r.choice("12")
    dept = "%02d" % r.choice([13, 31, 33, 44, 59, 67, 69, 75, 92, 93, 94])
    s = sx + yy(y) + p2(m) + dept + "%03d" % r.randrange(1, 990) + "%03d" % r.randrange(1, 999)
    k = 97 - int(s) % 97
    return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], k)


def dni_es(r):
    n = r.randrange(10000000, 99999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nie_es(r):
    p = r.randrange(3)
    n = r.randrange(1000000, 9999999)
    return "%s%07d%s" % ("XYZ"[p], n, "TRWAGMYFPDXBNJZSQVHLCKE"[int(str(p) + "%07d" % n) % 23])


def nss_es(r):
    pp = r.choice([8, 28, 29, 41, 46, 48, 50])
    n = r.randrange(10000000, 99999999)
    return "%02d/%08d/%02d" % (pp, n, (pp * 10 ** 8 + n) % 97)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                   11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_it(r, y, m, d, female):
    cons = "BCDFGLMNPRSTVZ"
    s = "".join(r.choice(cons) for _ in range(3)) + "".join(r.choice(cons + "AEIO") for _ in range(3))
    s += yy(y) + "ABCDEHLMPRST"[m - 1] + p2(d + (40 if female else 0))
    s += r.choice("ABCDEFGHLM") + "%03d" % r.randrange(1, 999)
    tot = 0
    for i, ch in enumerate(s):
        if i % 2 == 0:
            tot += CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return s + chr(65 + tot % 26)


def cpf(r):
    s = digs(r, 9)
    for n in (10, 11):
        t = sum(int(a) * w for a, w in zip(s, range(n, 1, -1)))
        c = (t * 10) % 11
        s += str(0 if c == 10 else c)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def cns(r):
    while True:
        s = r.choice("789") + digs(r, 13)
        t = sum(int(a) * w for a, w in zip(s, range(15, 1, -1)))
        c = (11 - t % 11) % 11
        if c < 10:
            s += str(c)
            return "%s %s %s %s" % (s[:3], s[3:7], s[7:11], s[11:])


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(r, y, m, d, female):
    v = "AEIOU"
    cons = "BCDFGHJLMNPRSTVZ"
    s = r.choice(cons) + r.choice(v) + r.choice(cons) + r.choice(cons + "AEI")
    s += yy(y) + p2(m) + p2(d) + ("M" if female else "H")
    s += r.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT", "MC", "CH", "OC"])
    s += "".join(r.choice("BCDFGHJLMNPRSTVZ") for _ in range(3))
    s += (r.choice("0123456789") if y < 2000 else r.choice("ABCDEFGH"))
    t = sum(CURP_CH.index(ch) * (18 - i) for i, ch in enumerate(s))
    return s + str((10 - t % 10) % 10)


def nss_mx(r):
    s = digs(r, 10)
    return s + luhn_check(s)


def rut(r, dots=True):
    n = r.randrange(5000000, 26000000)
    t, w = 0, 2
    for ch in reversed(str(n)):
        t += int(ch) * w
        w = 2 if w == 7 else w + 1
        c = 11 - t % 11
    dv = "0" if c == 11 else ("K" if c == 10 else str(c))
    s = "{:,}".format(n).replace(",", ".") if dots else str(n)
    return s + "-" + dv


def aadhaar(r):
    s = str(r.randrange(2, 10)) + digs(r, 10)
    s += verhoeff(s)
    assert verhoeff_ok(s)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def ssn_us(r):
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))


def mbi(r):
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = str(r.randrange(1, 10)) + r.choice(al) + r.choice(an) + str(r.randrange(10)) + "-" + r.choice(al) + \
        r.choice(an) + str(r.randrange(10)) + "-" + r.choice(al) + r.choice(al) + digs(r, 2)
    return s


def sin_ca(r):
    s = r.choice("1234567") + digs(r, 7)
    s += luhn_check(s)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def ohip(r):
    s = r.choice("123456789") + digs(r, 8)
    s += luhn_check(s)
    return s, "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))


def nhs(r):
    while True:
        s = digs(r, 9, True)
        c = 11 - sum(int(a) * w for a, w in zip(s, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s += str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def nino(r):
    a = r.choice("ABCEGHJKLMNPRSTWXYZ")
    b = r.choice("ABCEGHJKLMNPRSTWXYZ")
    n = digs(r, 6)
    return "%s%s %s %s %s %s" % (a, b, n[:2], n[2:4], n[4:], r.choice("ABCD"))


def ppsn(r):
    s = digs(r, 7)
    t = sum(int(a) * w for a, w in zip(s, range(8, 1, -1)))
    return s + "WABCDEFGHIJKLMNOPQRSTUV"[t % 23]


def medicare_au(r):
    s = str(r.randrange(2, 7)) + digs(r, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    s += str(sum(int(a) * b for a, b in zip(s, w)) % 10)
    s += str(r.randrange(1, 10))
    return "%s %s %s" % (s[:4], s[4:9], s[9]), str(r.randrange(1, 6))


def ihi(r):
    s = "800360" + digs(r, 9)
    s += luhn_check(s)
    return "%s %s %s %s" % (s[:4], s[4:8], s[8:12], s[12:])


def nhi_nz(r):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choice(al) for _ in range(3)) + digs(r, 3)
        vals = [al.index(c) + 1 for c in s[:3]] + [int(c) for c in s[3:]]
        t = sum(v * w for v, w in zip(vals, range(7, 1, -1))) % 11
        if t == 0:
            continue
        c = 11 - t
        return s + str(0 if c == 10 else c)


def za_id(r, y, m, d, female):
    s = yy(y) + p2(m) + p2(d) + "%04d" % (r.randrange(0, 5000) if female else r.randrange(5000, 10000)) + "08"
    return s + luhn_check(s)


def tc_kimlik(r):
    d = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def rrn_kr(r, y, m, d, female):
    g = (2 if female else 1) + (2 if y >= 2000 else 0)
    s = yy(y) + p2(m) + p2(d) + str(g) + digs(r, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s[:6] + "-" + s[6:] + str(c)


def mynumber(r):
    s = digs(r, 11, True)
    t = 0
    for n in range(1, 12):
        pn = int(s[11 - n])
        qn = n + 1 if n <= 6 else n - 5
        t += pn * qn
    c = 0 if t % 11 <= 1 else 11 - t % 11
    s += str(c)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def cn_id(r, y, m, d):
    s = r.choice(["110105", "310104", "440305", "510107", "330106", "420111"]) + str(y) + p2(m) + p2(d) + digs(r, 3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def nric(r, y):
    pre = "T" if y >= 2000 else "S"
    s = yy(y) + digs(r, 5) if r.random() < 0.6 else digs(r, 7)
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(a) * b for a, b in zip(s, w)) + (4 if pre == "T" else 0)
    return pre + s + "JZIHGFEDCBA"[t % 11]


def il_id(r):
    s = digs(r, 8, True)
    return s + luhn_check(s)


def cnp(r, y, m, d, female):
    g = (2 if female else 1) + (4 if y >= 2000 else 0)
    s = str(g) + yy(y) + p2(m) + p2(d) + "%02d" % r.randrange(1, 47) + "%03d" % r.randrange(1, 999)
    c = sum(int(a) * int(b) for a, b in zip(s, "279146358279")) % 11
    return s + ("1" if c == 10 else str(c))


def rc_cz(r, y, m, d, female):
    while True:
        s = yy(y) + p2(m + (50 if female else 0)) + p2(d) + digs(r, 3)
        if int(s) % 11 != 10:
            return s[:6] + "/" + s[6:] + str(int(s) % 11)


def isikukood(r, y, m, d, female):
    g = (4 if female else 3) + (2 if y >= 2000 else 0)
    s = str(g) + yy(y) + p2(m) + p2(d) + digs(r, 3)
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    c = sum(int(a) * b for a, b in zip(s, w1)) % 11
    if c == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        c = sum(int(a) * b for a, b in zip(s, w2)) % 11
        c = 0 if c == 10 else c
    return s + str(c)


def amka(r, y, m, d):
    s = p2(d) + p2(m) + yy(y) + digs(r, 4)
    return s + luhn_check(s)


def oib(r):
    s = digs(r, 10, True)
    t = 10
    for ch in s:
        t = (t + int(ch)) % 10
        t = 10 if t == 0 else t
        t = (t * 2) % 11
    return s + str((11 - t) % 10)


def kennitala(r, y, m, d):
    while True:
        s = p2(d) + p2(m) + yy(y) + "%02d" % r.randrange(20, 99)
        w = [3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return s[:6] + "-" + s[6:] + str(c) + ("0" if y >= 2000 else "9")


def taj(r):
    s = digs(r, 8, True)
    w = [3, 7, 3, 7, 3, 7, 3, 7]
    s += str(sum(int(a) * b for a, b in zip(s, w)) % 10)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def thai_id(r):
    s = r.choice("1235") + digs(r, 11)
    c = (11 - sum(int(a) * w for a, w in zip(s, range(13, 1, -1))) % 11) % 10
    s += str(c)
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def nik_id(r, y, m, d, female):
    return r.choice(["317101", "327301", "357801", "517102", "647201"]) + p2(d + (40 if female else 0)) + p2(m) + yy(y) + digs(r, 4)


def kvnr(r):
    letter = r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    body = digs(r, 8)
    s = "%02d" % (ord(letter) - 64) + body
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        t += v // 10 + v % 10
    return letter + body + str(t % 10)


def rvnr(r, y, m, d, last):
    area = "%02d" % r.choice([12, 13, 15, 16, 17, 18, 24, 25, 28, 38, 39, 40, 42, 53, 65])
    letter = last[0].upper() if last[0].upper() in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" else "M"
    ser = "%02d" % r.randrange(0, 50)
    s = area + p2(d) + p2(m) + yy(y) + "%02d" % (ord(letter) - 64) + ser
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    t = 0
    for a, b in zip(s, w):
        v = int(a) * b
        t += v // 10 + v % 10
    return "%s %s %s %s%d" % (area, p2(d) + p2(m) + yy(y), letter, ser, t % 10)


def svnr_at(r, y, m, d):
    while True:
        ser = "%03d" % r.randrange(100, 1000)
        dob = p2(d) + p2(m) + yy(y)
        s = ser + dob
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        c = sum(int(a) * b for a, b in zip(s, w)) % 11
        if c != 10:
            return ser + str(c) + " " + dob


def ahv(r):
    s = "756" + digs(r, 9)
    t = sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(s))
    s += str((10 - t % 10) % 10)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


def nif_pt(r):
    s = r.choice("123") + digs(r, 7)
    c = 11 - sum(int(a) * w for a, w in zip(s, range(9, 1, -1))) % 11
    return s + str(0 if c >= 10 else c)


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "enab": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "deab": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "ca": "de gener|de febrer|de març|d'abril|de maig|de juny|de juliol|d'agost|de setembre|d'octubre|de novembre|de desembre",
    "th": "ม.ค.|ก.พ.|มี.ค.|เม.ย.|พ.ค.|มิ.ย.|ก.ค.|ส.ค.|ก.ย.|ต.ค.|พ.ย.|ธ.ค.",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
}


def mon(lang, m):
    s = MONTHS[lang]
    return (s.split("|") if "|" in s else s.split())[m - 1]


def rdate(r, y0=1926, y1=2020):
    y = r.randrange(y0, y1 + 1)
    m = r.randrange(1, 13)
    d = r.randrange(1, 29 if m == 2 else (31 if m in (4, 6, 9, 11) else 32))
    return y, m, d


def dmy(t, sep=".", pad=True, short=False):
    y, m, d = t
    f = p2 if pad else str
    return f(d) + sep + f(m) + sep + (yy(y) if short else str(y))


def mdy(t, sep="/", pad=True, short=False):
    y, m, d = t
    f = p2 if pad else str
    return f(m) + sep + f(d) + sep + (yy(y) if short else str(y))


def iso(t, sep="-"):
    y, m, d = t
    return str(y) + sep + p2(m) + sep + p2(d)


def ymd_cjk(t, pad=False):
    y, m, d = t
    f = p2 if pad else str
    return "%d年%s月%s日" % (y, f(m), f(d))


def wareki(t):
    y, m, d = t
    if (y, m, d) >= (2019, 5, 1):
        era, n = "令和", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, n = "平成", y - 1988
    else:
        era, n = "昭和", y - 1925
    return "%s%s年%d月%d日" % (era, "元" if n == 1 else str(n), m, d)


def thai_date(t):
    y, m, d = t
    return "%d %s %d" % (d, mon("th", m), y + 543)


# ---------------------------------------------------------------- fiction phones
def ph_us(r): return "(%03d) 555-01%02d" % (r.choice([212, 312, 415, 503, 617, 702, 808, 919]), r.randrange(100))
def ph_uk(r): return "07700 900%03d" % r.randrange(1000)
def ph_uk_intl(r): return "+44 7700 900%03d" % r.randrange(1000)
def ph_au(r): return "0491 570 %03d" % r.randrange(100, 1000)
def ph_fr(r): return "01 99 00 %02d %02d" % (r.randrange(100), r.randrange(100))


# ---------------------------------------------------------------- templates with PHI
TEMPLATES = []


def T(f):
    TEMPLATES.append(f)
    return f


def sex(r):
    return r.random() < 0.5


# --- United States
@T
def us_facesheet(r):
    bd = rdate(r, 1935, 2005)
    return ("FACE SHEET | Pt Name: %s | MRN: %s | DOB: %s | SSN: %s | Primary ins: Medicaid ID %s | Group # GRP-%s"
            % (N(nm(r, "en", "LF")), M(digs(r, 8)), B(mdy(bd)), S(ssn_us(r)),
               H(r.choice("ABCDEFGHJK") + digs(r, 8)), digs(r, 5)))


@T
def us_medicare_card(r):
    bd = rdate(r, 1930, 1959)
    return ("Medicare card on file — Medicare Number (MBI) %s, Part A eff. 01-01-%d. Pt %s, D.O.B. %s."
            % (H(mbi(r)), r.randrange(1995, 2024), N(nm(r, "en")), B(mdy(bd, "-"))))


@T
def us_eligibility(r):
    bd = rdate(r, 1950, 2015)
    return ("Eligibility check: subscriber %s, Member ID %s, Group No. %s, Rx BIN 610014, PCN 9999. Dependent DOB %s (relationship: child)."
            % (N(nm(r, "en")), H("XEH" + digs(r, 9)), digs(r, 6), B(mdy(bd, "/", pad=False))))


@T
def us_hl7_pid(r):
    bd = rdate(r, 1940, 2010)
    last, first = surname(r, "en").upper(), given(r, "en").upper()
    return ("PID|1||%s^^^MERCY^MR||%s|%s|%s|F|||" % (M(digs(r, 7)), N(last + "^" + first), "", B("%d%02d%02d" % bd)))


@T
def us_portal_msg(r):
    bd = rdate(r, 1945, 2003)
    return ("Hi, I can't log into the portal. My chart number is %s and my birthday is %s. Thanks, %s"
            % (M("C" + digs(r, 7)), B("%s %d, %d" % (mon("en", bd[1]), bd[2], bd[0])), N(given(r, "en"))))


@T
def us_lab_req(r):
    bd = rdate(r, 1930, 1999)
    return ("LAB REQUISITION — Patient: %s   Acct#: %s   Hosp#: %s   Birth date: %s   Dx: E78.5   Fasting: yes"
            % (N(nm(r, "en", "lf")), ACC(digs(r, 9)), M(digs(r, 6)), B(mdy(bd, "/", short=True))))


# --- United Kingdom
@T
def uk_gp_letter(r):
    bd = rdate(r, 1930, 2010)
    return ("Re: %s, DOB %s, NHS No. %s, Hosp No. %s — seen in the respiratory clinic on %s."
            % (N(nm(r, "en")), B(dmy(bd, "/")), H(nhs(r)), M(r.choice("RX", "K", "M") if False else r.choice(["RX", "K0", "M"]) + digs(r, 6)),
               D("%d %s %d" % (r.randrange(1, 28), mon("enab", r.randrange(1, 13)), r.randrange(2023, 2026)))))


@T
def uk_nino_form(r):
    bd = rdate(r, 1950, 2000)
    return ("Statutory sick pay form: Employee %s" % N(nm(r, "en")) + LS + "National Insurance number: %s" % S(nino(r)) + LS +
            "Date of birth: %d %s %d" % (bd[2], mon("en", bd[1]), bd[0]) if False else
            "Statutory sick pay form — employee: %s%sNational Insurance number: %s%sDate of birth: %s"
            % (N(nm(r, "en")), LS, S(nino(r)), LS, B("%d %s %d" % (bd[2], mon("en", bd[1]), bd[0]))))


@T
def uk_wristband(r):
    bd = rdate(r, 1928, 2020)
    return ("Wristband print: %s  %s  Born %s  NHS %s" % (N(surname(r, "en").upper() + ", " + given(r, "en")),
                                                      M("RJ1" + digs(r, 5)), B(dmy(bd, "-")),
                                                      H(nhs(r).replace(" ", ""))))


# --- Ireland
@T
def ie_referral(r):
    bd = rdate(r, 1940, 2012)
    return ("Referral to Cork University Hospital — Name: %s; PPSN: %s; Medical Card No: %s; DOB: %s; MRN %s."
            % (N(nm(r, "en-IE")), S(ppsn(r)), H(digs(r, 7) + r.choice("ABCDEFGH")), B(dmy(bd, "/")), M(digs(r, 7))))


# --- Canada
@T
def ca_ohip(r):
    bd = rdate(r, 1935, 2015)
    n, v = ohip(r)
    return ("Health card (OHIP): %s  Version: %s  Exp: 2027  DOB (YYYY/MM/DD): %s  Chart #: %s"
            % (H("%s-%s-%s" % (n[:4], n[4:7], n[7:])), v, B(iso(bd, "/")), M(digs(r, 6))))


@T
def ca_fr(r):
    bd = rdate(r, 1940, 2010)
    return ("Carte RAMQ : %s — Date de naissance : %s — N° de dossier : %s — NAS (si disponible) : %s"
            % (H(surname(r, "fr-CA")[:3].upper().ljust(3, "X") + given(r, "fr-CA")[0].upper() + " " + yy(bd[0]) + p2(bd[1] + (50 if sex(r) else 0)) + " " + p2(bd[2]) + digs(r, 2)),
               B(iso(bd)), M(digs(r, 7)), S(sin_ca(r))))


# --- Australia / New Zealand
@T
def au_admission(r):
    bd = rdate(r, 1930, 2015)
    mc, irn = medicare_au(r)
    return ("Admission — UR: %s | Surname: %s | Given: %s | DOB: %s | Medicare No: %s IRN %s | DVA: nil"
            % (M(digs(r, 6)), N(surname(r, "en-AU").upper()), N(given(r, "en-AU")), B(dmy(bd, "/")), H(mc), irn))


@T
def au_ihi(r):
    bd = rdate(r, 1950, 2020)
    return ("My Health Record upload failed for %s (IHI %s, born %s): demographic mismatch on Medicare card %s."
            % (N(nm(r, "en-AU")), H(ihi(r)), B(dmy(bd, "/", pad=False)), H(medicare_au(r)[0].replace(" ", ""))))


@T
def nz_nhi(r):
    bd = rdate(r, 1935, 2018)
    return ("NHI: %s%sName: %s%sDOB: %s%sGP: Dr %s, Kāpiti Coast" % (H(nhi_nz(r)), LS, N(nm(r, "en-NZ")), LS,
                                                                    B(dmy(bd, "/")), LS, N(surname(r, "en-NZ"))))


# --- Germany / Austria / Switzerland
@T
def de_einweisung(r):
    bd = rdate(r, 1930, 2012)
    return ("Einweisungsschein: %s, geb. %s, Versichertennr. %s, Kassen-Nr. 101575519, Fallnummer %s."
            % (N(nm(r, "de")), B(dmy(bd)), H(kvnr(r)), M(digs(r, 10, True))))


@T
def de_arztbrief(r):
    bd = rdate(r, 1930, 1990)
    sx = sex(r)
    name = nm(r, "de", female=sx)
    mo, d1 = r.randrange(1, 13), r.randrange(1, 15)
    return ("Sehr geehrte Kollegin, wir berichten über %s %s, geboren am %s, %s sich vom %s bis %s in unserer stationären Behandlung befand (Pat.-Nr. %s)."
            % ("Frau" if sx else "Herrn", N(name), B("%d. %s %d" % (bd[2], mon("de", bd[1]), bd[0])), "die" if sx else "der",
               D("%02d.%02d." % (d1, mo)), D(dmy((2025, mo, d1 + r.randrange(2, 14)))),
               M(digs(r, 8))))


@T
def de_reha(r):
    bd = rdate(r, 1950, 2000)
    n = nm(r, "de")
    return ("Antrag auf Reha — Name, Vorname: %s | Geburtsdatum: %s | Rentenversicherungsnummer: %s | Krankenkasse: AOK | Vers.-Nr.: %s"
            % (N(surname(r, "de") + ", " + given(r, "de")), B(dmy(bd, ".", short=True)), S(rvnr(r, *bd, n.split()[-1])), H(kvnr(r))))


@T
def at_ecard(r):
    bd = rdate(r, 1930, 2015)
    return ("e-card geprüft. SVNR %s, %s (Geb.Dat. %s), Aufnahmezahl %s, Station 4B."
            % (S(svnr_at(r, *bd)), N(nm(r, "de-AT")), B(dmy(bd)), M(str(r.randrange(2023, 2026)) + "/" + digs(r, 6))))


@T
def ch_ahv(r):
    bd = rdate(r, 1935, 2015)
    return ("Patientenetikette: %s * %s | AHV-Nr. %s | Versichertenkarte %s | PID %s"
            % (N(nm(r, "de-CH", "LF")), B(dmy(bd)), S(ahv(r)), H("80756" + digs(r, 15)), M(digs(r, 7))))


@T
def ch_fr(r):
    bd = rdate(r, 1935, 2015)
    return ("HUG — Étiquette patient : %s, né(e) le %s, N° AVS %s, IPP %s." %
            (N(nm(r, "fr-CH")), B(dmy(bd)), S(ahv(r)), M(digs(r, 9))))


# --- France / Belgium
@T
def fr_carte_vitale(r):
    bd = rdate(r, 1935, 2010)
    sx = sex(r)
    return ("Patient : %s%sNé%s le : %s%sN° SS : %s%sMutuelle : adhérent n° %s"
            % (N(nm(r, "fr", "LF")), LS, "e" if sx else "", B(dmy(bd, "/")), LS, S(nir(r, bd[0], bd[1], "2" if sx else "1")), LS,
               H(digs(r, 9))))


@T
def fr_courrier(r):
    bd = rdate(r, 1930, 2000)
    return ("Cher confrère, je vous adresse %s, né(e) le %s (IPP %s), pour bilan d'une HTA ; dernière consultation le %s."
            % (N(nm(r, "fr")), B("%d %s %d" % (bd[2], mon("fr", bd[1]), bd[0])), M(digs(r, 8)),
               D("%d %s %d" % (r.randrange(1, 28), mon("fr", r.randrange(1, 13)), r.randrange(2024, 2026)))))


@T
def be_rrn(r):
    bd = rdate(r, 1935, 2015)
    return ("Vignette mutuelle — %s — INSZ/NISS %s — geboren %s — lidnummer %s"
            % (N(nm(r, "nl")), S(rrn_be(r, *bd)), B(dmy(bd, "/")), H(digs(r, 3) + "/" + digs(r, 7))))


# --- Netherlands
@T
def nl_verwijzing(r):
    bd = rdate(r, 1935, 2015)
    return ("Verwijsbrief: dhr./mw. %s, geb. %s, BSN %s, patiëntnummer %s, zorgverzekeraar polisnr. %s."
            % (N(nm(r, "nl")), B(dmy(bd, "-")), S(bsn(r)), M(digs(r, 7)), H(digs(r, 9))))


@T
def nl_json(r):
    bd = rdate(r, 1950, 2020)
    return ('{"bsn": "%s", "geboortedatum": "%s", "achternaam": "%s", "ziekenhuisnummer": "%s"}'
            % (S(bsn(r)), B(iso(bd)), N(surname(r, "nl")), M(digs(r, 7))))


# --- Poland
@T
def pl_skierowanie(r):
    bd = rdate(r, 1935, 2015)
    return ("Skierowanie do poradni kardiologicznej. Pacjent: %s, PESEL %s, data ur. %s, nr karty %s."
            % (N(nm(r, "pl")), S(pesel(r, *bd)), B(dmy(bd)), M(str(r.randrange(2018, 2026)) + "/" + digs(r, 5))))


@T
def pl_wypis(r):
    bd = rdate(r, 1930, 1995)
    return ("Karta informacyjna leczenia szpitalnego: %s, ur. %s r., nr księgi głównej %s, przyjęty %s, wypisany %s."
            % (N(nm(r, "pl")), B("%d %s %d" % (bd[2], mon("pl", bd[1]), bd[0])), M(digs(r, 5) + "/" + yy(2025)),
               D(dmy((2025, 3, r.randrange(1, 15)))), D(dmy((2025, 3, r.randrange(15, 29))))))


# --- Nordics
@T
def se_journal(r):
    bd = rdate(r, 1930, 2018)
    return ("Journalanteckning — %s, personnr %s (född %s). Remiss från vårdcentralen."
            % (N(nm(r, "sv")), S(personnr(r, *bd, long=True)), B("%d %s %d" % (bd[2], mon("sv", bd[1]), bd[0]))))


@T
def se_short(r):
    bd = rdate(r, 1940, 2015)
    return ("Pnr: %s / Namn: %s / Tel: %s" % (S(personnr(r, *bd)), N(nm(r, "sv")), P(ph_uk_intl(r))))


@T
def dk_epikrise(r):
    bd = rdate(r, 1930, 2015)
    return ("Epikrise vedr. %s, CPR-nr. %s, f. %s. Indlagt %s, udskrevet samme dag."
            % (N(nm(r, "da-DK")), S(cpr(r, *bd)), B(dmy(bd, ".", pad=False)), D("%d. %s %d" % (r.randrange(1, 28), mon("da", r.randrange(1, 13)), 2025))))


@T
def no_henvisning(r):
    bd = rdate(r, 1930, 2015)
    return ("Henvisning: %s — fødselsnummer %s — født %s — fastlege %s."
            % (N(nm(r, "nb-NO")), S(fnr_no(r, *bd)), B("%d. %s %d" % (bd[2], mon("no", bd[1]), bd[0])), N(nm(r, "nb-NO"))))


@T
def fi_lahete(r):
    bd = rdate(r, 1930, 2018)
    return ("Lähete: %s, henkilötunnus %s, syntynyt %s, Kela-kortti voimassa."
            % (N(nm(r, "fi-FI")), S(hetu(r, *bd)), B("%d. %s %d" % (bd[2], mon("fi", bd[1]), bd[0]))))


@T
def is_kt(r):
    bd = rdate(r, 1935, 2015)
    return ("Sjúklingur: %s, kt. %s, fæðingardagur %s — komu %s."
            % (N(nm(r, "is")), S(kennitala(r, *bd)), B(dmy(bd)), D(dmy((2025, r.randrange(1, 13), r.randrange(1, 28))))))


# --- Spain / Portugal / Italy
@T
def es_informe(r):
    bd = rdate(r, 1930, 2015)
    return ("Informe de alta. Paciente: %s. Fecha de nacimiento: %s. NHC: %s. DNI: %s. CIP: %s."
            % (N(given(r, "es") + " " + surname(r, "es") + " " + surname(r, "es")),
               B(dmy(bd, "/")), M(digs(r, 7)), S(dni_es(r)), H("".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)) + digs(r, 6) + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)) + digs(r, 2))))


@T
def es_nss(r):
    bd = rdate(r, 1940, 2005)
    return ("Solicitud de tarjeta sanitaria: %s, NIE %s, nacido el %s, NSS %s, teléfono de contacto %s."
            % (N(nm(r, "es")), S(nie_es(r)), B("%d de %s de %d" % (bd[2], mon("es", bd[1]), bd[0])), S(nss_es(r)), P(ph_uk_intl(r))))


@T
def es_cat(r):
    bd = rdate(r, 1935, 2015)
    return ("Full de derivació — Nom: %s · Data de naixement: %s · Núm. d'història clínica: %s · CIP: %s"
            % (N(nm(r, "es")), B("%d %s %d" % (bd[2], mon("ca", bd[1]), bd[0])), M(digs(r, 8)), H("".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)) + digs(r, 10))))


@T
def pt_utente(r):
    bd = rdate(r, 1930, 2015)
    return ("Nº Utente SNS: %s | Nome: %s | Data de nascimento: %s | NIF: %s | N.º processo: %s"
            % (H(digs(r, 9, True)), N(nm(r, "pt")), B(dmy(bd, "-")), S(nif_pt(r)), M(digs(r, 6))))


@T
def it_lettera(r):
    bd = rdate(r, 1930, 2012)
    sx = sex(r)
    return ("Si dimette in data odierna %s, data di nascita %s, C.F. %s, tessera sanitaria n. %s, cartella clinica n. %s."
            % (N(nm(r, "it")), B("%d %s %d" % (bd[2], mon("it", bd[1]), bd[0])),
               S(cf_it(r, *bd, sx)), H("80380" + digs(r, 15)), M(str(r.randrange(2024, 2026)) + "/" + digs(r, 5))))


@T
def it_csv(r):
    bd = rdate(r, 1940, 2015)
    sx = sex(r)
    return ("cognome;nome;data_nascita;codice_fiscale;n_cartella%s%s;%s;%s;%s;%s"
            % (LS, N(surname(r, "it").upper()), N(given(r, "it")), B(dmy(bd, "/")), S(cf_it(r, *bd, sx)), M(digs(r, 7))))


# --- Latin America
@T
def mx_imss(r):
    bd = rdate(r, 1940, 2015)
    sx = sex(r)
    return ("Hoja de referencia IMSS — Nombre: %s | CURP: %s | NSS: %s | Fecha de nac.: %s | Expediente: %s"
            % (N(nm(r, "es-MX")), S(curp(r, *bd, sx)), S(nss_mx(r)), B(dmy(bd, "/")), M(digs(r, 8))))


@T
def mx_receta(r):
    bd = rdate(r, 1950, 2015)
    sx = sex(r)
    return ("Receta: paciente %s, CURP %s, nació el %s; póliza de gastos médicos %s."
            % (N(nm(r, "es-MX")), S(curp(r, *bd, sx)), B("%d/%s/%d" % (bd[2], mon("es", bd[1])[:3], bd[0])), H(r.choice(["GMM", "POL"]) + "-" + digs(r, 8))))


@T
def br_prontuario(r):
    bd = rdate(r, 1930, 2015)
    return ("Prontuário nº %s — Paciente: %s — Data de nascimento: %s — CPF: %s — Cartão SUS: %s"
            % (M(digs(r, 6)), N(nm(r, "pt-BR")), B(dmy(bd, "/")), S(cpf(r)), H(cns(r))))


@T
def br_convenio(r):
    bd = rdate(r, 1945, 2015)
    return ("Guia TISS: beneficiário %s, carteirinha %s, nascido em %s, CPF %s."
            % (N(nm(r, "pt-BR")), H(digs(r, 4) + "." + digs(r, 4) + "." + digs(r, 6) + "." + digs(r, 2) + "-" + digs(r, 1)),
               B("%d de %s de %d" % (bd[2], mon("pt", bd[1]), bd[0])), S(cpf(r).replace(".", "").replace("-", ""))))


@T
def ar_dni(r):
    bd = rdate(r, 1935, 2015)
    return ("Historia clínica %s. Paciente %s, DNI %s, fecha de nacimiento %s, obra social OSDE afiliado %s."
            % (M(digs(r, 6)), N(nm(r, "es-AR")), S("{:,}".format(r.randrange(10000000, 48000000)).replace(",", ".")), B(dmy(bd, "/")), H(digs(r, 11))))


@T
def cl_rut(r):
    bd = rdate(r, 1935, 2015)
    return ("FONASA tramo B — RUT %s — %s — F. nac. %s — Ficha %s"
            % (S(rut(r)), N(nm(r, "es")), B(dmy(bd, "-")), M(digs(r, 6))))


# --- Asia
@T
def in_opd(r):
    bd = rdate(r, 1940, 2018)
    return ("OPD slip — UHID: %s | Name: %s | DOB: %s | Aadhaar: %s | ABHA: %s"
            % (M(r.choice(["MH", "AIIMS", "KA"]) + digs(r, 8)), N(nm(r, "en-IN")), B(dmy(bd, "-")), S(aadhaar(r)),
               H("91-" + digs(r, 4) + "-" + digs(r, 4) + "-" + digs(r, 4))))


@T
def in_hindi(r):
    bd = rdate(r, 1940, 2010)
    return ("रोगी का नाम: %s, जन्म तिथि: %s, आधार संख्या: %s, पंजीकरण संख्या: %s"
            % (N(nm(r, "en-IN")), B(dmy(bd, "/")), S(aadhaar(r)), M(digs(r, 7))))


@T
def ph_philhealth(r):
    bd = rdate(r, 1940, 2015)
    return ("PhilHealth Claim Form 1 — Member: %s | PIN: %s | Birthday: %s | Hospital No.: %s"
            % (N(nm(r, "en-PH", "lf")), H(digs(r, 2) + "-" + digs(r, 9) + "-" + digs(r, 1)), B(mdy(bd, "-")), M(digs(r, 6))))


@T
def ph_tl(r):
    bd = rdate(r, 1940, 2015)
    return ("Pangalan: %s; Petsa ng kapanganakan: %s %d, %d; PhilHealth No. %s"
            % (N(nm(r, "en-PH")), mon("tl", bd[1]), bd[2], bd[0], H(digs(r, 12))) if False else
            "Pangalan: %s; Petsa ng kapanganakan: %s; PhilHealth No. %s"
            % (N(nm(r, "en-PH")), B("%s %d, %d" % (mon("tl", bd[1]), bd[2], bd[0])), H(digs(r, 12))))


@T
def id_bpjs(r):
    bd = rdate(r, 1940, 2015)
    sx = sex(r)
    return ("Surat rujukan: Nama %s, NIK %s, Tgl. Lahir %s, No. BPJS Kesehatan %s, No. RM %s"
            % (N(nm(r, "id-ID")), S(nik_id(r, *bd, sx)), B("%d %s %d" % (bd[2], mon("id", bd[1]), bd[0])), H("000" + digs(r, 10)), M(digs(r, 2) + "-" + digs(r, 2) + "-" + digs(r, 2))))


@T
def sg_nric(r):
    bd = rdate(r, 1940, 2015)
    return ("Ward admission — NRIC/FIN: %s  Name: %s  DOB: %s  Case No.: %s"
            % (S(nric(r, bd[0])), N(nm(r, "zh")), B("%02d %s %d" % (bd[2], mon("enab", bd[1]).upper(), bd[0])), M(str(r.randrange(23, 26)) + "M" + digs(r, 6))))


@T
def jp_monshin(r):
    bd = rdate(r, 1930, 2015)
    return ("氏名：%s　生年月日：%s生　被保険者番号：%s　診察券番号：%s"
            % (N(nm(r, "ja")), B(wareki(bd)), H(digs(r, 8)), M(digs(r, 7))))


@T
def jp_romaji(r):
    bd = rdate(r, 1935, 2015)
    return ("Patient ID %s / %s (%s) / born %s / My Number %s"
            % (M(digs(r, 8)), N(nm(r, "jar", "lf").upper()), N(nm(r, "ja")), B(ymd_cjk(bd)), S(mynumber(r))))


@T
def kr_chart(r):
    bd = rdate(r, 1935, 2015)
    sx = sex(r)
    return ("환자명: %s / 생년월일: %s / 주민등록번호: %s / 병록번호: %s"
            % (N(nm(r, "ko")), B("%d년 %d월 %d일" % bd), S(rrn_kr(r, *bd, sx)), M(digs(r, 8))))


@T
def kr_en(r):
    bd = rdate(r, 1940, 2015)
    return ("NHIS card no. %s, patient %s, D.O.B %s, registration # %s"
            % (H(digs(r, 1) + "-" + digs(r, 10)), N(nm(r, "kor")), B(iso(bd, ".")), M(digs(r, 8))))


@T
def cn_record(r):
    bd = rdate(r, 1935, 2015)
    return ("姓名：%s　出生日期：%s　身份证号：%s　住院号：%s　医保卡号：%s"
            % (N(nm(r, "zh-CN")), B(ymd_cjk(bd, True)), S(cn_id(r, *bd)), M(digs(r, 8)), H(digs(r, 10))))


@T
def th_opd(r):
    bd = rdate(r, 1940, 2015)
    return ("HN %s  ชื่อ %s  วันเกิด %s  เลขประจำตัวประชาชน %s"
            % (M(str(r.randrange(60, 68)) + "-" + digs(r, 6)), N(nm(r, "th")), B(thai_date(bd)), S(thai_id(r))))


@T
def th_en(r):
    bd = rdate(r, 1940, 2015)
    return ("Thai ID: %s, Patient %s, DOB %s (B.E. %d), HN: %s"
            % (S(thai_id(r).replace("-", " ")), N(nm(r, "thr")), B(dmy(bd, "/")), bd[0] + 543, M(digs(r, 7))))


@T
def vn_bhyt(r):
    bd = rdate(r, 1940, 2015)
    return ("Họ tên: %s — Ngày sinh: %s — Số thẻ BHYT: %s — Mã bệnh nhân: %s"
            % (N(nm(r, "vi")), B(dmy(bd, "/")), H(r.choice(["DN", "HC", "GD", "TE"]) + str(r.randrange(1, 6)) + digs(r, 2) + digs(r, 10)), M(digs(r, 9))))


@T
def tr_epikriz(r):
    bd = rdate(r, 1935, 2015)
    return ("Epikriz: Hasta %s, T.C. Kimlik No: %s, Doğum Tarihi: %s, Protokol No: %s."
            % (N(nm(r, "tr")), S(tc_kimlik(r)), B("%d %s %d" % (bd[2], mon("tr", bd[1]), bd[0])), M(digs(r, 7))))


@T
def il_record(r):
    bd = rdate(r, 1935, 2015)
    return ("שם: %s | ת.ז. %s | תאריך לידה: %s | מס' תיק: %s"
            % (N(nm(r, "he")), S(il_id(r)), B(dmy(bd, ".")), M(digs(r, 8))))


# --- Africa / Middle East
@T
def za_form(r):
    bd = rdate(r, 1940, 2015)
    sx = sex(r)
    return ("Patient registration: Surname %s, First names %s, ID No. %s, DOB %s, Medical aid no. %s (Discovery), Folder no. %s"
            % (N(surname(r, "en-ZA")), N(given(r, "en-ZA")), S(za_id(r, *bd, sx)), B(iso(bd, "/")), H(digs(r, 9)), M(digs(r, 7))))


@T
def ng_clinic(r):
    bd = rdate(r, 1950, 2015)
    return ("LUTH Outpatient card — Hospital No: %s, Name: %s, NIN: %s, NHIS No: %s, D.O.B: %s"
            % (M(digs(r, 6)), N(nm(r, "en-NG")), S(digs(r, 11, True)), H("NHIS/" + digs(r, 6)), B(dmy(bd, "/", short=True))))


@T
def ke_sha(r):
    bd = rdate(r, 1950, 2015)
    return ("Kenyatta NH — IP No. %s — %s, born %s — SHA member no. %s — ID No. %s"
            % (M(digs(r, 7)), N(nm(r, "ke")), B("%d %s %d" % (bd[2], mon("en", bd[1]), bd[0])), H("CR" + digs(r, 10) + "-" + digs(r, 1)), S(digs(r, 8, True))))


@T
def eg_record(r):
    bd = rdate(r, 1940, 2015)
    nid = ("2" if bd[0] < 2000 else "3") + yy(bd[0]) + p2(bd[1]) + p2(bd[2]) + r.choice(["01", "02", "21", "88"]) + digs(r, 5)
    return ("Patient file %s — %s — National ID %s — تاريخ الميلاد: %s"
            % (M(digs(r, 6)), N(nm(r, "ar")), S(nid), B(dmy(bd, "/"))))


@T
def ma_amo(r):
    bd = rdate(r, 1945, 2015)
    return ("Feuille de soins AMO — Assuré : %s — CIN : %s — N° d'immatriculation CNSS : %s — Date de naissance : %s"
            % (N(nm(r, "ma")), S(r.choice(["BE", "BK", "AB", "JA", "C"]) + digs(r, 6)), H(digs(r, 9)), B(dmy(bd, "/"))))


# --- Central / Eastern / Southern Europe
@T
def ro_bilet(r):
    bd = rdate(r, 1935, 2015)
    sx = sex(r)
    return ("Bilet de trimitere: %s, CNP %s, născut(ă) la %s, nr. FO %s."
            % (N(nm(r, "ro-MD")), S(cnp(r, *bd, sx)), B("%d %s %d" % (bd[2], mon("ro", bd[1]), bd[0])), M(digs(r, 5) + "/" + str(2025))))


@T
def cz_zprava(r):
    bd = rdate(r, 1935, 2015)
    sx = sex(r)
    return ("Propouštěcí zpráva — %s, r. č. %s, nar. %s, č. pojištěnce %s, pojišťovna 111."
            % (N(nm(r, "cs-CZ")), S(rc_cz(r, *bd, sx)), B("%d. %s %d" % (bd[2], mon("cs", bd[1]), bd[0])), H(rc_cz(r, *bd, sx).replace("/", ""))))


@T
def ee_record(r):
    bd = rdate(r, 1935, 2015)
    sx = sex(r)
    return ("Saatekiri: %s, isikukood %s, sünniaeg %s, haigusloo nr %s."
            % (N(nm(r, "et")), S(isikukood(r, *bd, sx)), B(dmy(bd)), M(digs(r, 6))))


@T
def gr_amka(r):
    bd = rdate(r, 1935, 2015)
    return ("Ασθενής: %s, ΑΜΚΑ %s, ημερομηνία γέννησης %s, αρ. μητρώου %s."
            % (N(nm(r, "el-GR")), S(amka(r, *bd)), B("%d %s %d" % (bd[2], mon("el", bd[1]), bd[0])), M(digs(r, 6))))


@T
def hr_uputnica(r):
    bd = rdate(r, 1935, 2015)
    return ("Uputnica: %s, OIB %s, MBO %s, datum rođenja %s, br. povijesti bolesti %s."
            % (N(nm(r, "hr")), S(oib(r)), H(digs(r, 9)), B(dmy(bd, ".") + "."), M(digs(r, 6))))


@T
def hu_zarojelentes(r):
    bd = rdate(r, 1935, 2015)
    return ("Zárójelentés — Név: %s; TAJ: %s; Szül. idő: %s; Törzsszám: %s"
            % (N(surname(r, "hu") + " " + given(r, "hu")), H(taj(r)), B("%d. %s %d." % (bd[0], mon("hu", bd[1]), bd[2])), M(digs(r, 7))))


@T
def ru_vypiska(r):
    bd = rdate(r, 1935, 2015)
    return ("Выписка из истории болезни № %s. Пациент %s, дата рождения %s г., полис ОМС %s, СНИЛС %s."
            % (M(digs(r, 5)), N(nm(r, "ru")), B("%d %s %d" % (bd[2], mon("ru", bd[1]), bd[0])), H(digs(r, 16)),
               S(digs(r, 3) + "-" + digs(r, 3) + "-" + digs(r, 3) + " " + digs(r, 2))))


@T
def lv_record(r):
    bd = rdate(r, 1935, 1999)
    return ("Pacients: %s, personas kods %s, dzimšanas datums %s, slimības vēstures Nr. %s"
            % (N(nm(r, "lv")), S(p2(bd[2]) + p2(bd[1]) + yy(bd[0]) + "-" + str(1 if bd[0] < 2000 else 2) + digs(r, 4)), B(dmy(bd)), M(digs(r, 6))))


@T
def us_json(r):
    bd = rdate(r, 1935, 2015)
    return ('{"patientId": "%s", "name": {"family": "%s", "given": "%s"}, "dateOfBirth": "%s", "coverage": {"memberId": "%s", "groupNumber": "%s"}}'
            % (M(digs(r, 9)), N(surname(r, "en")), N(given(r, "en")), B(iso(bd)), H("W" + digs(r, 9)), digs(r, 6)))


@T
def us_xml(r):
    bd = rdate(r, 1935, 2015)
    return ("<patient><mrn>%s</mrn><birthDate>%s</birthDate><ssn>%s</ssn><room>412B</room></patient>"
            % (M(digs(r, 8)), B("%d%02d%02d" % bd), S(ssn_us(r).replace("-", ""))))


@T
def us_x12(r):
    bd = rdate(r, 1935, 2010)
    return ("NM1*IL*1*%s*%s****MI*%s~DMG*D8*%s*%s~REF*6P*%s~"
            % (N(surname(r, "en").upper()), N(given(r, "en").upper()), H(r.choice("JKQ") + "8" + digs(r, 8)), B("%d%02d%02d" % bd),
               r.choice("MF"), "GRP" + digs(r, 5)))


@T
def us_kv(r):
    bd = rdate(r, 1930, 2012)
    return ("pt_no=%s;dob=%s;plan=PPO;policy_no=%s;room=3W-12;bed=B" % (M(digs(r, 7)), B(mdy(bd, "/", pad=False, short=True)), H(r.choice(["UHC", "AET", "CIG"]) + digs(r, 8))))


@T
def us_table(r):
    bd = rdate(r, 1930, 2012)
    return ("| Field | Value |%s| Patient | %s |%s| MRN | %s |%s| DOB | %s |%s| Insurance ID | %s |"
            % (LS, N(nm(r, "en")), LS, M(r.choice(["A", "E", "M"]) + digs(r, 2) + "-" + digs(r, 3) + "-" + digs(r, 3)), LS, B(mdy(bd, "-")), LS, H(digs(r, 3) + "-" + digs(r, 2) + "-" + digs(r, 4) + "-01")))


@T
def us_ninety(r):
    y = 2025 - r.randrange(90, 101)
    bd = (y, r.randrange(1, 13), r.randrange(1, 28))
    age = 2025 - y - 1
    return ("%s-year-old widow, DOB %s, lives alone; chart %s; Medicare %s. Next of kin and health-care proxy: %s, %s."
            % (AGE(str(age)), B(mdy(bd)), M(digs(r, 7)), H(mbi(r)), N(nm(r, "en")), P(ph_us(r))))


@T
def us_pharmacy(r):
    bd = rdate(r, 1940, 2010)
    return ("Rx# 6%s  Qty 30  Refills 2  —  %s  DOB %s  BIN 004336  PCN ADV  ID %s  GRP RX%s"
            % (digs(r, 6), N(nm(r, "en", "LF")), B(mdy(bd, "/", short=True)), H(r.choice("ZWX") + digs(r, 10)), digs(r, 4)))


@T
def us_email(r):
    bd = rdate(r, 1945, 2012)
    n = nm(r, "en")
    return ("Subject: records request%sPlease send the 2024 imaging for %s (Birth date: %s, Medical Record # %s) to %s. Fax %s."
            % (LS, N(n), B("%s %d, %d" % (mon("enab", bd[1]), bd[2], bd[0])), M(digs(r, 3) + "-" + digs(r, 2) + "-" + digs(r, 2)),
               E(n.split()[0].lower()[0] + n.split()[-1].lower() + "@example.org"), FX(ph_us(r))))


@T
def uk_aande(r):
    y = 2025 - r.randrange(90, 99)
    bd = (y, r.randrange(1, 13), r.randrange(1, 28))
    return ("ED triage: Pt. No. %s  %s  D.O.B. %s (aged %s)  Ward: Elm  Bay 4" %
            (M(digs(r, 7)), N(nm(r, "en")), B(dmy(bd, "/", short=True)), AGE(str(2025 - y - 1))))


@T
def ca_bc(r):
    bd = rdate(r, 1935, 2015)
    return ("BC Services Card — PHN %s — %s — Birthdate %s — Chart %s"
            % (H("9" + digs(r, 3) + " " + digs(r, 3) + " " + digs(r, 3)), N(nm(r, "en")),
               B("%s %d, %d" % (mon("enab", bd[1]).upper(), bd[2], bd[0])), M(digs(r, 6))))


@T
def ehic(r):
    bd = rdate(r, 1940, 2015)
    cc = r.choice(["DE", "FR", "NL", "PL", "SE"])
    return ("EHIC (%s): 3 Name %s / 4 Given names %s / 5 Date of birth %s / 6 Personal identification number %s / 8 Card id %s"
            % (cc, N(surname(r, {"DE": "de", "FR": "fr", "NL": "nl", "PL": "pl", "SE": "sv"}[cc]).upper()),
               N(given(r, {"DE": "de", "FR": "fr", "NL": "nl", "PL": "pl", "SE": "sv"}[cc])), B(dmy(bd, "/")),
               pid(r, cc, bd), H("80" + digs(r, 18))))


def pid(r, cc, bd):
    if cc == "DE":
        return H(kvnr(r))
    return S({"FR": lambda: nir(r, bd[0], bd[1]).replace(" ", ""), "NL": lambda: bsn(r),
              "PL": lambda: pesel(r, *bd), "SE": lambda: personnr(r, *bd)}[cc]())


@T
def fhir_bsn(r):
    bd = rdate(r, 1940, 2015)
    return ('"identifier": [{"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": "%s"}, {"system": "urn:oid:2.16.840.1.113883.2.4.3.11", "value": "%s"}], "birthDate": "%s"'
            % (S(bsn(r)), M(digs(r, 8)), B(iso(bd))))


@T
def de_labor(r):
    bd = rdate(r, 1930, 2012)
    return ("Laborauftrag Nr. 4%s | Pat.-ID: %s | %s | Geb.-Dat.: %s | Einsender: Praxis Dr. %s | Material: EDTA 2,7 ml"
            % (digs(r, 6), M(digs(r, 9)), N(nm(r, "de", "lf")), B(dmy(bd, ".", short=True)), N(surname(r, "de"))))


@T
def fr_ordonnance(r):
    y = 2025 - r.randrange(91, 100)
    return ("Ordonnance pour %s, %s ans, né(e) en %d : kinésithérapie 2 fois par semaine. N° de sécurité sociale %s."
            % (N(nm(r, "fr")), AGE(str(2025 - y)), y, S(nir(r, y, r.randrange(1, 13), "2"))))


@T
def hk_record(r):
    bd = rdate(r, 1940, 2015)
    L1 = r.choice("ACDEGHKPRVZ")
    ds = digs(r, 6)
    t = (ord(L1) - 55) * 8 + sum(int(a) * w for a, w in zip(ds, range(7, 1, -1))) + 36 * 9
    c = 11 - t % 11
    chk = "0" if c == 11 else ("A" if c == 10 else str(c))
    return ("HA Patient Label — %s — HKID %s — DOB %s — HN%s"
            % (N(nm(r, "zh", "lf").upper().replace(",", "")), S("%s%s(%s)" % (L1, ds, chk)), B(dmy(bd, "-")), M(digs(r, 8)))).replace("HN[[", "HN [[")


TW_CODE = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


@T
def tw_record(r):
    bd = rdate(r, 1940, 2015)
    L1 = r.choice("ABEFHJ")
    body = r.choice("12") + digs(r, 7)
    code = TW_CODE[L1]
    t = code // 10 + (code % 10) * 9 + sum(int(a) * w for a, w in zip(body, range(8, 0, -1)))
    chk = (10 - t % 10) % 10
    return ("病歷號碼：%s　姓名：%s　出生日期：民國%d年%d月%d日　身分證字號：%s　健保卡號：%s"
            % (M(digs(r, 8)), N(nm(r, "zh-CN")), bd[0] - 1911, bd[1], bd[2], S(L1 + body + str(chk)), H("0000" + digs(r, 8))))\
        .replace("出生日期：民國%d年%d月%d日" % (bd[0] - 1911, bd[1], bd[2]), "出生日期：" + B("民國%d年%d月%d日" % (bd[0] - 1911, bd[1], bd[2])))


@T
def pk_cnic(r):
    bd = rdate(r, 1945, 2010)
    return ("Sehat Card verification — CNIC: %s, Name: %s, Date of Birth: %s, MR#: %s"
            % (S(r.choice(["35202", "42101", "61101", "37405"]) + "-" + digs(r, 7) + "-" + str(r.randrange(1, 10))), N(nm(r, "en-PK")),
               B(dmy(bd, "-")), M(digs(r, 2) + "-" + digs(r, 6))))


@T
def ae_eid(r):
    bd = rdate(r, 1950, 2015)
    return ("Emirates ID: %s%sPatient: %s%sDOB: %s%sInsurance card no.: %s%sFile no.: %s"
            % (S("784-%d-%s-%s" % (bd[0], digs(r, 7), digs(r, 1))), LS, N(nm(r, "ar")), LS, B(dmy(bd, "/")), LS,
               H(digs(r, 3) + "-" + digs(r, 3) + "-" + digs(r, 9) + "-" + digs(r, 2)), LS, M(digs(r, 7))))


@T
def chat_intake(r):
    bd = rdate(r, 1950, 2010)
    return ("pt dob is %s and mrn %s fyi, ins is bcbs #%s (grp 0%s) 👍"
            % (B(iso(bd)), M(digs(r, 8)), H(r.choice(["XYZ", "ZGP", "QMF"]) + digs(r, 9)), digs(r, 5)))


@T
def dk_sundhedskort(r):
    bd = rdate(r, 1930, 2015)
    return ("Sundhedskort: %s · %s · %s" % (N(nm(r, "da-DK")), S(cpr(r, *bd).replace("-", "")), "Lægevalg: Lægerne Østerbro"))


@T
def pl_recepta(r):
    bd = rdate(r, 1930, 2015)
    return ("Recepta — Pacjent: %s, PESEL: %s, Oddział NFZ: 07, Uprawnienia: S, data urodzenia %s"
            % (N(nm(r, "pl")), S(pesel(r, *bd)), B(dmy(bd, "-"))))


@T
def no_json(r):
    bd = rdate(r, 1940, 2015)
    return ('{"fnr": "%s", "fodselsdato": "%s", "navn": "%s", "journalnr": "%s"}'
            % (S(fnr_no(r, *bd)), B(dmy(bd)), N(nm(r, "nb-NO")), M(digs(r, 7))))


@T
def es_mx_two_digit(r):
    bd = rdate(r, 1950, 1999)
    return ("Nota de urgencias: %s, F. Nac. %s, No. de afiliación %s, cama 12." % (N(nm(r, "es-MX")), B(dmy(bd, "/", short=True)), S(nss_mx(r))))


@T
def in_discharge(r):
    bd = rdate(r, 1940, 2010)
    return ("Discharge Summary%sIP No: %s    Reg. No: %s%sPatient: %s    D.O.B.: %s    Policy No.: %s (Star Health)"
            % (LS, M("IP" + digs(r, 7)), M(digs(r, 6)), LS, N(nm(r, "en-IN")), B(dmy(bd, ".")), H(digs(r, 2) + "/" + digs(r, 6) + "/" + digs(r, 2) + "/" + str(2025))))


@T
def de_versand(r):
    bd = rdate(r, 1935, 2015)
    return ("Geburtsdatum%s%s%sVersichertennummer%s%s" % (LS, B(dmy(bd)), LS, LS, H(kvnr(r))))


@T
def it_pronto(r):
    bd = rdate(r, 1930, 2015)
    sx = sex(r)
    return ("Verbale PS n. 2025/%s — %s — CF: %s — data di nascita: %s — codice esenzione 048"
            % (digs(r, 6), N(nm(r, "it")), S(cf_it(r, *bd, sx)), B(dmy(bd, "/"))))


@T
def sg_en(r):
    bd = rdate(r, 1940, 2015)
    return ("Referral memo: %s (NRIC %s), b. %s, MediShield Life ref %s." % (N(nm(r, "zh")), S(nric(r, bd[0])), B("%d %s %d" % (bd[2], mon("en", bd[1]), bd[0])), H(digs(r, 10))))


@T
def br_whatsapp(r):
    bd = rdate(r, 1950, 2015)
    return ("Oi, é a %s. Preciso remarcar a consulta do meu filho, nascimento %s, prontuário %s. Obrigada!"
            % (N(given(r, "pt-BR") if False else nm(r, "pt-BR", female=True).split(" ")[0]), B(dmy(bd, "/", short=True)), M(digs(r, 7))))


@T
def fr_tableau(r):
    bd = rdate(r, 1935, 2015)
    return ("Nom de naissance | Prénom | Date de naissance | NIR%s%s | %s | %s | %s"
            % (LS, N(surname(r, "fr").upper()), N(given(r, "fr")), B(dmy(bd, "/")), S(nir(r, bd[0], bd[1]).replace(" ", ""))))


@T
def at_befund(r):
    bd = rdate(r, 1930, 2015)
    return ("Befund vom %s für %s (geb. am %s), SV-Nr.: %s, Fallzahl: %s" %
            (D(dmy((2025, r.randrange(1, 13), r.randrange(1, 28)))), N(nm(r, "de-AT")), B("%d. %s %d" % (bd[2], mon("deab", bd[1]), bd[0])), S(svnr_at(r, *bd).replace(" ", "")), M(digs(r, 8))))


@T
def jp_en(r):
    bd = rdate(r, 1935, 2015)
    return ("Patient ID: %s　Name: %s　Birth date: %s　Insurer No. 06%s, Symbol %s No. %s"
            % (M(digs(r, 10)), N(nm(r, "jar")), B(iso(bd, "/")), digs(r, 6), digs(r, 4), H(digs(r, 6))))


# ---------------------------------------------------------------- PHI-free look-alikes
NEGS = []


def NEG(f):
    NEGS.append(f)
    return f


@NEG
def n_order(r):
    return ("Order #%s shipped: 2 x sterling silver pill box, 1 x brown rice protein (lot %s, exp. %d). Invoice total $%d.%02d."
            % (digs(r, 7), r.choice("ABCK") + digs(r, 5), r.randrange(2026, 2029), r.randrange(20, 400), r.randrange(100)))


@NEG
def n_dose(r):
    return ("Metformin %d mg PO BID, atorvastatin %d mg at night; will recheck HbA1c (ref. 4.0–5.6 %%) in %d weeks."
            % (r.choice([500, 850, 1000]), r.choice([10, 20, 40]), r.choice([6, 8, 12])))


@NEG
def n_icd(r):
    return ("Diagnoses: ICD-10 %s, %s; procedures CPT %s and %s; modifier -25. Page %d of %d."
            % (r.choice(["E11.9", "I10", "J45.909", "M54.5", "N18.3"]), r.choice(["Z79.4", "K21.9", "F41.1"]),
               r.choice(["99213", "99214", "93000"]), r.choice(["36415", "80053", "85025"]), r.randrange(2, 5), r.randrange(5, 9)))


@NEG
def n_ndc(r):
    return ("NDC %s-%s-%s, Lot %s, Exp 2027-%02d; store at 2–8 °C; do not freeze."
            % (digs(r, 5), digs(r, 4), digs(r, 2), r.choice(["FK", "EL", "PT"]) + digs(r, 4), r.randrange(1, 13)))


@NEG
def n_room(r):
    return ("Room %d%s, bed %s — the summit view wing; visiting hours %d–%d pm, may bring flowers (no roses in ICU)."
            % (r.randrange(2, 9), digs(r, 2), r.choice("AB"), r.randrange(1, 4), r.randrange(6, 9)))


@NEG
def n_version(r):
    return ("Release notes v%d.%d.%d (build %s): fixed the DOB field validation; MRN search now case-insensitive."
            % (r.randrange(1, 5), r.randrange(0, 20), r.randrange(0, 10), digs(r, 5)))


@NEG
def n_de(r):
    return ("Zimmer %d, Station %d%s: Ibuprofen %d mg 1-0-1, Referenzbereich Kalium %s–%s mmol/l, Seite %d/%d."
            % (r.randrange(100, 450), r.randrange(1, 9), r.choice("ABC"), r.choice([400, 600]), "3,5", "5,1", r.randrange(1, 3), 3))


@NEG
def n_fr(r):
    return ("Chambre %d, lit %s. Paracétamol 1 g toutes les 6 h, max 4 g/24 h. Facture n° %s, total %d,%02d €."
            % (r.randrange(100, 500), r.choice("12"), "FA-%d-%s" % (r.randrange(2023, 2026), digs(r, 5)), r.randrange(20, 900), r.randrange(100)))


@NEG
def n_es(r):
    return ("Pedido n.º %s: 3 cajas de omeprazol 20 mg, lote %s, caducidad %d. Habitación %d, planta %d."
            % (digs(r, 8), r.choice(["L", "B"]) + digs(r, 6), r.randrange(2026, 2029), r.randrange(100, 700), r.randrange(1, 7)))


@NEG
def n_names_words(r):
    return r.choice([
        "Will you bill the grant office for the June workshop? I hope so; mark the rose garden booking as pending.",
        "Faith-based hospice volunteers meet every Tuesday; bring brown rice and the sterling silver trays for the summit lunch.",
        "May I mark the bill as paid? The grant covered it in March and the Hope Wing budget is due Friday.",
        "Patience and grace, said the nurse; the heather by the entrance blooms in August and the ivy needs trimming.",
    ])


@NEG
def n_lab(r):
    return ("Glucose %d mg/dL (70–99), creatinine %.2f mg/dL (0.60–1.20), TSH %.2f mIU/L (0.40–4.50); specimen ID not required for POCT."
            % (r.randrange(70, 190), r.uniform(0.6, 1.6), r.uniform(0.4, 6)))


@NEG
def n_vitals(r):
    return ("BP %d/%d, HR %d, SpO2 %d %%, temp %.1f °C, weight %.1f kg, BMI %.1f — for a %d-year-old that's fine."
            % (r.randrange(100, 160), r.randrange(60, 95), r.randrange(55, 100), r.randrange(92, 100), r.uniform(36, 38.5),
               r.uniform(50, 110), r.uniform(19, 34), r.randrange(20, 89)))


@NEG
def n_policy_text(r):
    return ("Policy %d.%d: a member number must never be sent by e-mail; write the date of birth as DD/MM/YYYY and the NHS number in 3-3-4 format."
            % (r.randrange(1, 12), r.randrange(1, 20)))


@NEG
def n_form_blank(r):
    return r.choice([
        "Patient name: ________  DOB: __/__/____  MRN: ________  Policy #: ________",
        "Geburtsdatum: TT.MM.JJJJ | Versichertennummer: (10 Zeichen) | Fallnummer: wird vergeben",
        "Date de naissance : JJ/MM/AAAA — N° de sécurité sociale : 13 chiffres + clé",
        "生年月日：____年__月__日　被保険者番号：________",
    ])


@NEG
def n_jp(r):
    return ("ロキソプロフェン60mg 1日3回 毎食後 %d日分、病棟%d階 %d号室、次回は%d週間後。"
            % (r.randrange(3, 15), r.randrange(2, 9), r.randrange(201, 230), r.randrange(2, 6)))


@NEG
def n_schedule(r):
    return ("Clinic closed on Mondays in June and on Christmas Day; the flu clinic runs every Saturday in October, rooms %d–%d, %d slots a day."
            % (r.randrange(10, 20), r.randrange(21, 30), r.randrange(20, 60)))


@NEG
def n_invoice(r):
    return ("Invoice INV-%d-%s | CPT 99203 x1 $%d.00 | HCPCS J1885 x2 $%d.50 | Total due $%d.50 | Terms: net 30"
            % (r.randrange(2023, 2026), digs(r, 5), r.randrange(100, 300), r.randrange(10, 60), r.randrange(300, 500)))


@NEG
def n_pl(r):
    return ("Zamówienie nr %s/%d: strzykawki 5 ml (partia %s), sala nr %d, ICD-10 %s, strona %d z %d."
            % (digs(r, 5), r.randrange(2023, 2026), digs(r, 6), r.randrange(1, 30), r.choice(["I50.0", "J18.9", "S72.0"]), r.randrange(1, 3), 3))


@NEG
def n_pt_it(r):
    return r.choice([
        "Encomenda n.º %s entregue; lote %s; dose: 1 comprimido de 5 mg às 8h e às 20h." % (digs(r, 6), digs(r, 5)),
        "Ordine n. %s: 10 flaconi di amoxicillina 250 mg/5 ml, lotto %s, scadenza 2027; reparto 3, letto 14." % (digs(r, 6), r.choice("AB") + digs(r, 5)),
    ])


@NEG
def n_years(r):
    return ("Founded in %d, the clinic moved in %d; the 2019 guideline (version %d.%d) replaced the %d edition."
            % (r.randrange(1890, 1960), r.randrange(1970, 2010), r.randrange(1, 5), r.randrange(0, 10), r.randrange(2005, 2015)))


@NEG
def n_nordic(r):
    return ("Ordination: Paracetamol %d mg x 4, Bestillingsnr. %s, rum %d, side %d af %d; næste kontrol om %d uger."
            % (r.choice([500, 1000]), digs(r, 7), r.randrange(1, 40), r.randrange(1, 3), 3, r.randrange(2, 8)))


@NEG
def n_tracking(r):
    return ("Tracking %s, parcel %d of %d, %.1f kg; ref. PO-%s; reorder level 40 units; gauge 22G, catheter 20 cm."
            % ("1Z" + digs(r, 16), r.randrange(1, 3), 3, r.uniform(0.5, 9), digs(r, 6)))


# ---------------------------------------------------------------- validation and output
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS"}
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*?)\]\]")
CUES = re.compile(r"(?i)\b(dob|d\.o\.b|mrn|born|geb|née?|dr|mrs?|ms|nhs|pesel|bsn|cpf|curp|rut|dni|ssn|nss|member|policy|"
                  r"chart|fecha|data|date|nr|no|ur|hn|ipp|uhid|nhi|ihi)\b\.?$|^(?i:dob|mrn|dr\.|mrs\.|mr\.|ms\.)\b")


def validate(lines):
    ids = set()
    texts = set()
    for line in lines:
        assert line.count("\t") == 1 and "\n" not in line and "\r" not in line, line
        lid, text = line.split("\t")
        assert lid not in ids, lid
        ids.add(lid)
        assert text not in texts, lid
        texts.add(text)
        rest = LABEL.sub("", text)
        assert "[[" not in rest and "]]" not in rest, lid  # unclosed or nested labels
        for kind, value in LABEL.findall(text):
            assert kind in KINDS, (lid, kind)
            assert value and value == value.strip(), (lid, value)
            assert value[0] not in ",;:!?" and value[-1] not in ",;:!?", (lid, value)
            assert "|" not in value, (lid, value)
            assert not value.endswith("'s") and not value.endswith("’s"), (lid, value)
            for tok in re.split(r"[\s,]+", value):
                assert not CUES.fullmatch(tok.strip(".")) or kind in ("NAME",) and tok not in ("Dr.", "Mrs.", "Mr."), (lid, value)
            assert not re.match(r"(?i)(dob|mrn|dr\.|mrs\.|mr\.|ms\.|born|geb\.)\s", value), (lid, value)


def build(rng):
    jobs = []
    for f in TEMPLATES:
        jobs += [f, f]
    extra = list(TEMPLATES)
    rng.shuffle(extra)
    jobs += extra[:TARGET_PHI - len(jobs)]
    for f in NEGS:
        jobs += [f, f]
    rng.shuffle(jobs)
    out, seen = [], set()
    for f in jobs:
        for _ in range(20):
            text = f(rng)
            if text not in seen:
                break
        else:
            continue
        seen.add(text)
        out.append(text)
    return out


TARGET_PHI = 220


def main():
    folder, outdir = sys.argv[1], sys.argv[2]
    load_names(folder)
    rng = random.Random(SEED)
    texts = build(rng)
    lines = ["wid-%03d\t%s" % (i + 1, t) for i, t in enumerate(texts)]
    validate(lines)
    header = ("# %s: generated by masker-domain/src/test/scripts/holdout9_ids_dev.py (seed %d) from Datafaker 2.7.0 "
              "name lists (Apache-2.0) and identifier shapes, check digits and templates written for Masker; "
              "U+2028 is a line break inside an example; development set; tuned on; every value invented, phones "
              "from fiction ranges." % (OUT_NAME, SEED))
    with open(os.path.join(outdir, OUT_NAME), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for line in lines:
            fh.write(line + "\n")
    counts = {}
    neg = 0
    for line in lines:
        found = LABEL.findall(line)
        if not found:
            neg += 1
        for k, _ in found:
            counts[k] = counts.get(k, 0) + 1
    print("lines", len(lines), "without PHI", neg, "templates", len(TEMPLATES), "+", len(NEGS), "negative")
    for k in sorted(counts, key=lambda k: -counts[k]):
        print(" ", k, counts[k])


if __name__ == "__main__":
    main()
