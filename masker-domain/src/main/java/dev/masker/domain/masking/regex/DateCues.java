package dev.masker.domain.masking.regex;

/**
 * The cue phrases of written dates ({@link DateRecognizer}): words that name a date outright, and
 * words that make the date after them a date of birth, in English and the languages of forms and
 * letters.
 */
final class DateCues {
  /** Words that name a date outright: an impossible date after them is still masked. */
  static final Cue DATE =
      Cue.of(
          "date",
          "dated",
          "date of service",
          "dos",
          "appointment",
          "appt",
          "visit",
          "admitted",
          "admission",
          "discharged",
          "discharge",
          "surgery",
          "seen on");

  /** Words that make the date after them a date of birth, in the languages of forms. */
  static final Cue BIRTH =
      Cue.of(
          "born",
          "date of birth",
          "dob",
          "d.o.b",
          "d o b",
          "birthday",
          "birth date",
          "birthdate",
          "bday",
          "b-day",
          "birth day",
          // Abbreviation and other languages of forms and letters (Spanish, Portuguese, French,
          // Italian, German, Dutch).
          "b.",
          "fecha de nacimiento",
          "f. nac.",
          "nacido",
          "nacida",
          "data de nascimento",
          "nascido",
          "nascida",
          "date de naissance",
          "né le",
          "née le",
          "data di nascita",
          "nato il",
          "nata il",
          "geburtsdatum",
          "geb.",
          "geboren",
          "geboren am",
          "geboortedatum",
          // Polish, the Nordic languages, Finnish, Czech, Turkish, Hungarian, Greek
          "data urodzenia",
          "urodzony",
          "urodzona",
          "ur.",
          "fødselsdato",
          "fodselsdato",
          "født",
          "födelsedatum",
          "född",
          "syntymäaika",
          "datum narození",
          "narozen",
          "narozena",
          "doğum tarihi",
          "dogum tarihi",
          "születési dátum",
          "született",
          "ημερομηνία γέννησης");

  private DateCues() {}
}
