package dev.masker.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The testkit is what a team adds to its own tests: the domain's public API, AssertJ and the JDK,
 * nothing of the server's side, and JUnit only in the extension (the assertions, the fake upstream
 * and {@code TestMasker} work under any test framework).
 */
@AnalyzeClasses(
    packages = "dev.masker.testkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitRulesTest {

  @ArchTest
  static final ArchRule the_testkit_uses_the_domain_assertj_and_the_jdk_only =
      classes()
          .that()
          .resideInAPackage("dev.masker.testkit..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.masker.testkit..",
              "dev.masker.domain..",
              "org.assertj.core..",
              "org.junit.jupiter.api..",
              "com.sun.net.httpserver..",
              "java..");

  @ArchTest
  static final ArchRule only_the_extension_needs_junit =
      noClasses()
          .that()
          .resideInAPackage("dev.masker.testkit..")
          .and()
          .doNotHaveSimpleName("MaskerExtension")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.junit..");
}
