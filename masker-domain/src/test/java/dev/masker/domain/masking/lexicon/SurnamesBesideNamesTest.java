package dev.masker.domain.masking.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detector;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A surname beside a found given name across a record's mark (ADR 22). */
class SurnamesBesideNamesTest {
  private static final Detector DETECTOR = Detector.of(Policy.healthcareDefault());

  private static List<String> names(String text) {
    return DETECTOR.detect(text).stream()
        .filter(d -> d.kind() == EntityKind.NAME)
        .map(d -> text.substring(d.start(), d.end()))
        .toList();
  }

  @Test
  void a_surname_across_a_records_mark_is_the_names() {
    assertThat(names("Solander, Birgit")).containsExactly("Solander, Birgit");
    assertThat(names("From: \"SOLANDER, BIRGIT\" <b@example.com>")).contains("SOLANDER, BIRGIT");
    assertThat(names("N:Solander;Birgit;;;")).containsExactly("Solander;Birgit");
    assertThat(names("P<USASOLANDER<<BIRGIT<<<<<<")).containsExactly("USASOLANDER<<BIRGIT");
    assertThat(names("name=Birgit+Solander&x=1")).containsExactly("Birgit+Solander");
    assertThat(names("my name is birgit[0.91] solander[0.62]"))
        .containsExactly("birgit[0.91] solander");
    assertThat(names("my name is Birgit Sol- Solander")).containsExactly("Birgit Sol- Solander");
  }

  @Test
  void prose_and_labels_keep_their_words() {
    assertThat(names("Thanks, Birgit")).containsExactly("Birgit");
    assertThat(names("Cardiology, Birgit will call you")).containsExactly("Birgit");
    assertThat(names("Name: Birgit Okafor; DOB: 11/04/1953")).containsExactly("Birgit Okafor");
    assertThat(names("Birgit - she called twice")).containsExactly("Birgit");
    assertThat(names("Birgit-Ann called")).doesNotContain("Birgit-Ann called");
  }
}
