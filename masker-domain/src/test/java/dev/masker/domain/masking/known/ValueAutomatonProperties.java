package dev.masker.domain.masking.known;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The automaton reports exactly what a naive search of every form at every position finds. */
class ValueAutomatonProperties {

  @Property(tries = 300)
  void every_hit_and_only_the_hits_of_a_naive_search(
      @ForAll @Size(min = 1, max = 12)
          List<@StringLength(min = 1, max = 5) @CharRange(from = 'a', to = 'c') String> forms,
      @ForAll @StringLength(max = 60) @CharRange(from = 'a', to = 'd') String text) {
    var automaton = ValueAutomaton.of(forms);
    var compact = CompactText.of(text);

    Set<List<Integer>> hits = new HashSet<>();
    automaton.scan(compact, (form, last) -> hits.add(List.of(form, last)));

    Set<List<Integer>> expected = new HashSet<>();
    var firstIndex = new ArrayList<Integer>();
    for (int f = 0; f < forms.size(); f++) {
      firstIndex.add(forms.indexOf(forms.get(f)));
    }
    for (int f = 0; f < forms.size(); f++) {
      if (firstIndex.get(f) != f) {
        continue; // a form given twice is reported under its first index
      }
      var form = forms.get(f);
      for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        expected.add(List.of(f, at + form.length() - 1));
      }
    }
    assertThat(hits).isEqualTo(expected);
  }
}
