package dev.masker.application.port.in;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.domain.auth.ApiToken;
import java.util.function.Function;

/** An admin sees every token of the account; a member sees their own. */
public interface ListApiTokensUseCase {
  /** The name of this list in its cursors. */
  String LIST = "tokens";

  Result list(Caller caller, PageRequest page);

  /**
   * What a caller's list holds, part of its cursors: a cursor of one view is refused by the other.
   */
  static String viewOf(Caller caller) {
    return caller.may("tokens:manage") ? "account" : "own";
  }

  sealed interface Result {
    /**
     * The value of the one function given for this outcome. Every outcome has its parameter, so an
     * outcome added later stops every caller from compiling until it is handled.
     */
    <T> T fold(Function<Listed, T> listed, Function<Forbidden, T> forbidden);

    record Listed(Page<ApiToken> page) implements Result {
      @Override
      public <T> T fold(Function<Listed, T> listed, Function<Forbidden, T> forbidden) {
        return listed.apply(this);
      }
    }

    /** Tokens do not manage tokens. */
    record Forbidden() implements Result {
      @Override
      public <T> T fold(Function<Listed, T> listed, Function<Forbidden, T> forbidden) {
        return forbidden.apply(this);
      }
    }
  }
}
