package dev.masker.adapters.persistence.user;

import dev.masker.adapters.persistence.StoredValues;
import dev.masker.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Copies users to rows of {@code users} and back (MapStruct writes the copying). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = StoredValues.class)
public interface UserRows {
  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "accountId", source = "accountId.value")
  @Mapping(target = "email", source = "email.value")
  @Mapping(target = "passwordHash", source = "passwordHash.value")
  @Mapping(target = "githubId", source = "githubId.value")
  UserEntity row(User.Snapshot user);

  User.Snapshot snapshot(UserEntity row);
}
