package dev.masker.adapters.persistence.account;

import dev.masker.adapters.persistence.StoredValues;
import dev.masker.domain.account.Account;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Copies accounts to rows of {@code accounts} and back (MapStruct writes the copying). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = StoredValues.class)
public interface AccountRows {
  @Mapping(target = "id", source = "id.value")
  AccountEntity row(Account.Snapshot account);

  Account.Snapshot snapshot(AccountEntity row);
}
