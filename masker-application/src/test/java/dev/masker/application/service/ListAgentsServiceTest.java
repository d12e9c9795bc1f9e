package dev.masker.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.page.Cursor;
import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ListAgentsUseCase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListAgentsServiceTest {
  private final World world = new World();
  private final Caller admin = world.openAccountFor("alice@clinic.example");
  private final ListAgentsService listAgents = world.listAgents();

  private void createOneSecondApart(String... names) {
    for (var name : names) {
      world.createAgent(admin, name);
      world.clock.advance(Duration.ofSeconds(1));
    }
  }

  private static List<String> names(Page<ListAgentsUseCase.Item> page) {
    return page.items().stream().map(item -> item.agent().name().value()).toList();
  }

  /** Every page, fetched as a client would: following each page's cursor until there is none. */
  private List<List<String>> allPages(Caller caller, Optional<String> filter, int limit) {
    var pages = new ArrayList<List<String>>();
    Optional<String> cursor = Optional.empty();
    do {
      var after =
          cursor.map(c -> Cursor.decode(c, ListAgentsUseCase.LIST, filter.orElse(null)).after());
      var page = listAgents.list(caller, filter, new PageRequest(limit, after));
      pages.add(names(page));
      cursor =
          page.next().map(k -> Cursor.of(ListAgentsUseCase.LIST, filter.orElse(null), k).encode());
    } while (cursor.isPresent());
    return pages;
  }

  @Test
  void agents_are_listed_newest_first_in_pages_of_the_requested_size() {
    createOneSecondApart("a0", "a1", "a2", "a3", "a4", "a5", "a6");

    assertThat(allPages(admin, Optional.empty(), 3))
        .containsExactly(List.of("a6", "a5", "a4"), List.of("a3", "a2", "a1"), List.of("a0"));
  }

  @Test
  void a_list_that_fills_its_last_page_exactly_ends_there() {
    createOneSecondApart("a0", "a1", "a2", "a3");

    var first = listAgents.list(admin, Optional.empty(), PageRequest.first(2));
    var second = listAgents.list(admin, Optional.empty(), new PageRequest(2, first.next()));

    assertThat(names(first)).containsExactly("a3", "a2");
    assertThat(first.next()).isPresent();
    assertThat(names(second)).containsExactly("a1", "a0");
    assertThat(second.next()).isEmpty();
  }

  @Test
  void a_short_list_fits_on_one_page_with_no_next() {
    createOneSecondApart("a0", "a1");

    var page = listAgents.list(admin, Optional.empty(), PageRequest.first(25));

    assertThat(names(page)).containsExactly("a1", "a0");
    assertThat(page.next()).isEmpty();
  }

  @Test
  void an_account_without_agents_lists_one_empty_page() {
    var page = listAgents.list(admin, Optional.empty(), PageRequest.first(25));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  @Test
  void agents_created_at_the_same_instant_are_each_listed_once() {
    for (int i = 0; i < 5; i++) {
      world.createAgent(admin, "same " + i);
    }

    var pages = allPages(admin, Optional.empty(), 2);

    assertThat(pages).hasSize(3);
    assertThat(pages.stream().flatMap(List::stream))
        .containsExactly("same 4", "same 3", "same 2", "same 1", "same 0");
  }

  @Test
  void the_name_filter_ignores_case_and_surrounding_spaces() {
    createOneSecondApart("Cardiology Line", "Dental", "Pediatric cardio");

    var page = listAgents.list(admin, Optional.of("  CARDIO "), PageRequest.first(25));

    assertThat(names(page)).containsExactly("Pediatric cardio", "Cardiology Line");
  }

  @Test
  void a_blank_name_filter_lists_everything() {
    createOneSecondApart("Cardiology Line", "Dental");

    assertThat(names(listAgents.list(admin, Optional.of("   "), PageRequest.first(25))))
        .containsExactly("Dental", "Cardiology Line");
  }

  @Test
  void a_filtered_list_pages_through_the_matching_agents_only() {
    for (int i = 0; i < 5; i++) {
      createOneSecondApart("cardio " + i, "dental " + i);
    }

    assertThat(allPages(admin, Optional.of("cardio"), 2))
        .containsExactly(
            List.of("cardio 4", "cardio 3"), List.of("cardio 2", "cardio 1"), List.of("cardio 0"));
  }

  @Test
  void another_accounts_agents_are_never_listed() {
    createOneSecondApart("Ours");
    world.createAgent(world.openAccountFor("dave@other.example"), "Theirs");

    assertThat(allPages(admin, Optional.empty(), 25)).containsExactly(List.of("Ours"));
  }

  @Test
  void agents_created_between_page_fetches_neither_shift_nor_repeat_the_pages() {
    createOneSecondApart("a0", "a1", "a2", "a3");
    var first = listAgents.list(admin, Optional.empty(), PageRequest.first(2));

    createOneSecondApart("new 0", "new 1");
    var second = listAgents.list(admin, Optional.empty(), new PageRequest(2, first.next()));

    assertThat(names(first)).containsExactly("a3", "a2");
    assertThat(names(second)).containsExactly("a1", "a0");
    assertThat(second.next()).isEmpty();
  }

  @Test
  void each_agent_carries_the_sessions_it_started_in_the_last_day() {
    var busy = world.createAgent(admin, "Busy line");
    var quiet = world.createAgent(admin, "Quiet line");
    var now = world.clock.instant();
    world.sessionCounts.started(admin.accountId(), busy.id(), now.minus(Duration.ofHours(23)));
    world.sessionCounts.started(admin.accountId(), busy.id(), now.minusSeconds(1));
    world.sessionCounts.started(admin.accountId(), busy.id(), now.minus(Duration.ofHours(25)));

    var counts =
        listAgents.list(admin, Optional.empty(), PageRequest.first(10)).items().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    item -> item.agent().id(), ListAgentsUseCase.Item::sessionsLastDay));

    assertThat(counts).containsEntry(busy.id(), 2L).containsEntry(quiet.id(), 0L);
  }

  @Test
  void the_last_day_moves_with_the_clock() {
    var agent = world.createAgent(admin, "Front desk");
    world.sessionCounts.started(admin.accountId(), agent.id(), world.clock.instant());

    world.clock.advance(Duration.ofHours(24).plusMillis(1));

    assertThat(
            listAgents
                .list(admin, Optional.empty(), PageRequest.first(10))
                .items()
                .get(0)
                .sessionsLastDay())
        .isZero();
  }
}
