package dev.masker.domain.common;

/** Source of new ULIDs; ids come in from outside the domain so that tests can fix them. */
@FunctionalInterface
public interface IdGenerator {
  /** A new ULID in its 26-character upper-case text form. */
  String newUlid();
}
