package dev.masker.adapters.rest.user;

import dev.masker.adapters.rest.json.ApiValues;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** How an added user reads in JSON (MapStruct writes the copying). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = ApiValues.class)
public interface UserBodies {
  @Mapping(target = "user", source = "user")
  @Mapping(target = "initialPassword", source = "generated.value")
  AddedUser added(User.Snapshot user, Password generated);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "email", source = "email.value")
  AddedUser.UserBody user(User.Snapshot user);
}
