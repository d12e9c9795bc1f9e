package dev.masker.adapters.rest.me;

import dev.masker.adapters.rest.json.ApiValues;
import dev.masker.domain.account.Account;
import dev.masker.domain.user.User;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/**
 * How the signed-in user's profile reads in JSON, with what the caller may do: the role's
 * permissions, or for an API token those its scopes leave (MapStruct writes the copying).
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = ApiValues.class)
public interface MeBodies {
  @Mapping(target = "user", source = "user")
  @Mapping(target = "account", source = "account")
  @Mapping(target = "permissions", source = "permissions")
  MeBody me(User.Snapshot user, Account.Snapshot account, List<String> permissions);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "email", source = "email.value")
  MeBody.ProfileUser user(User.Snapshot user);

  @Mapping(target = "id", source = "id.value")
  MeBody.ProfileAccount account(Account.Snapshot account);
}
