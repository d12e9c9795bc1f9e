/**
 * Spoken forms of identifiers, the part of the {@code regex} pass that reads speech-to-text output
 * (SPEC §10): numbers said as words, letters spelled one by one, dates and ages as people say them,
 * identifiers spelled after a cue (licences, DEA, VINs, plates, device serials, IBANs), and web and
 * IP addresses said with "dot" and "slash".
 *
 * <p>Design: {@link dev.masker.domain.masking.spoken.SpokenTokens} splits a text once, in one
 * linear scan, into lower-case word, digit-run and symbol tokens with their UTF-16 offsets. {@link
 * dev.masker.domain.masking.spoken.NumberWords} reads runs of number words and digits into the
 * digits a person would type. The recognizers work on those tokens with fixed-size look-arounds
 * (cue windows of a few tokens, bounded local parts and labels), so every one of them is linear in
 * the text and uses no regular expression. {@link
 * dev.masker.domain.masking.spoken.SpokenFormsRecognizer} runs them all over one tokenization.
 *
 * <p>Every detection carries the canonical value of SPEC §9 so that a spoken and a written form of
 * one value give one token: digits for number-like kinds, upper-case letters and digits for spelled
 * ids, {@code yyyy-MM-dd} for complete dates, the lower-case address for emails. No value is ever
 * put in an exception message or a {@code toString}.
 */
package dev.masker.domain.masking.spoken;
