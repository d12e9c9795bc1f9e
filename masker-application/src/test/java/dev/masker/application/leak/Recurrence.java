package dev.masker.application.leak;

/** A planted value said again: in which written form, and where in the request. */
public record Recurrence(Planted planted, String form, Place place) {
  @Override
  public String toString() {
    return planted + " as \"" + form + "\" in " + place;
  }
}
