/**
 * For teams testing their own voice agents against Masker, with no server: {@link
 * dev.masker.testkit.MaskerExtension} hands a test a ready {@link dev.masker.domain.masking.Masker}
 * (a fixed test key, an in-memory vault) and a {@link dev.masker.testkit.FakeOpenAiUpstream};
 * {@link dev.masker.testkit.MaskerAssertions} asserts what a text reveals.
 *
 * <p>Failure messages of these assertions never quote a text or a value: a failing test's log is
 * often a shared CI log, and the text that fails {@code containsNoPhi()} holds PHI by definition.
 * They say the kinds and places instead; {@code showingValues()} quotes them, for a run on your own
 * machine.
 */
package dev.masker.testkit;
