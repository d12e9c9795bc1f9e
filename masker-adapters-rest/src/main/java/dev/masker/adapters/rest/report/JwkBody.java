package dev.masker.adapters.rest.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The report key as a JSON Web Key (RFC 8037): an Ed25519 octet key pair's public half. */
@JsonPropertyOrder({"kty", "crv", "x", "kid", "alg", "use"})
public record JwkBody(String kty, String crv, String x, String kid, String alg, String use) {}
