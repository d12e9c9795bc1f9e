package dev.masker.application.fake;

import dev.masker.application.port.out.UpstreamCatalog;
import java.util.Set;

public record FixedUpstreamCatalog(Set<String> providers) implements UpstreamCatalog {}
