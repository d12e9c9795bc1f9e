package dev.masker.domain.masking.lexicon;

import java.util.Set;

/** The jobs of the people of a practice a caller names, and what such a person did. */
final class PracticeRoles {
  /** People of a practice named by their job before their name ("the nurse ren told me"). */
  static final Set<String> JOBS =
      Set.of(
          "nurse",
          "doctor",
          "dentist",
          "tech",
          "technician",
          "rep",
          "representative",
          "driver",
          "pharmacist",
          "aide",
          "therapist",
          "receptionist",
          "coordinator",
          "physician",
          "surgeon",
          "midwife",
          "caseworker",
          "hygienist",
          "scheduler",
          "agent",
          "counselor",
          "chaplain",
          "physio",
          "radiographer",
          "phlebotomist",
          "paramedic",
          "optometrist",
          "dietitian",
          "worker");

  /** What such a person did, right after the name ("told", "said", "gave"). */
  static final Set<String> DEEDS =
      Set.of(
          "told",
          "said",
          "says",
          "gave",
          "put",
          "dropped",
          "prescribed",
          "called",
          "wants",
          "wanted",
          "thinks",
          "thought",
          "knows",
          "mentioned",
          "asked",
          "recommended",
          "sent",
          "explained",
          "checked",
          "helped",
          "took",
          "left",
          "ordered",
          "suggested",
          "promised",
          "came",
          "comes",
          "showed",
          "brought",
          "visited",
          "stopped");

  private PracticeRoles() {}
}
