package dev.masker.application.port.in;

import dev.masker.domain.account.Account;
import dev.masker.domain.user.User;

/** The signed-in user, their account and what they may do. */
public interface ShowProfileUseCase {
  Profile show(Caller caller);

  record Profile(User user, Account account) {}
}
