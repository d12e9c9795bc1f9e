package dev.masker.adapters.persistence.token;

import dev.masker.adapters.persistence.StoredValues;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.auth.ApiTokenId;
import dev.masker.domain.auth.ApiTokenName;
import dev.masker.domain.auth.Scope;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Copies API tokens to rows of {@code api_tokens} and back (MapStruct writes the copying). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = StoredValues.class)
public interface ApiTokenRows {
  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "accountId", source = "accountId.value")
  @Mapping(target = "userId", source = "userId.value")
  @Mapping(target = "name", source = "name.value")
  ApiTokenEntity row(ApiToken.Snapshot token);

  ApiToken.Snapshot snapshot(ApiTokenEntity row);

  default String scopes(Set<Scope> scopes) {
    return scopes.stream().map(Scope::wireName).collect(Collectors.joining(" "));
  }

  default Set<Scope> scopes(String stored) {
    var scopes = EnumSet.noneOf(Scope.class);
    Arrays.stream(stored.split(" "))
        .map(name -> Scope.fromWireName("scopes", name))
        .forEach(scopes::add);
    return scopes;
  }

  default ApiTokenId id(String stored) {
    return new ApiTokenId(stored);
  }

  default ApiTokenName name(String stored) {
    return new ApiTokenName(stored);
  }
}
