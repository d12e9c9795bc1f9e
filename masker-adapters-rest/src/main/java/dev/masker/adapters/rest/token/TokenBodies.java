package dev.masker.adapters.rest.token;

import dev.masker.adapters.rest.json.ApiValues;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.auth.Scope;
import dev.masker.domain.common.Secret;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** How an API token reads in JSON (MapStruct writes the copying). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, uses = ApiValues.class)
public interface TokenBodies {
  /** A token in a page of {@code GET /tokens}: never its secret. */
  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "name", source = "name.value")
  @Mapping(target = "userId", source = "userId.value")
  @Mapping(target = "secret", ignore = true)
  TokenBody item(ApiToken.Snapshot token);

  /** The token as {@code POST /tokens} answers it: with its secret, this once. */
  @Mapping(target = "id", source = "token.id.value")
  @Mapping(target = "name", source = "token.name.value")
  @Mapping(target = "userId", source = "token.userId.value")
  @Mapping(target = "secret", source = "secret.value")
  TokenBody created(ApiToken.Snapshot token, Secret secret);

  default List<String> scopes(Set<Scope> scopes) {
    return scopes.stream().map(Scope::wireName).toList();
  }
}
