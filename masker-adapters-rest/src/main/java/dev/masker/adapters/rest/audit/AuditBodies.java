package dev.masker.adapters.rest.audit;

import dev.masker.domain.audit.ChainCheck;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

/** How a check of the audit chain reads in JSON (MapStruct writes the copying). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface AuditBodies {
  ChainCheckBody check(ChainCheck check);
}
