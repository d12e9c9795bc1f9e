package dev.masker.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency direction of ARCHITECTURE.md: domain ← application ← adapters ← server. */
@AnalyzeClasses(packages = "dev.masker", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {
  private static final String[] FRAMEWORKS = {
    "io.quarkus..",
    "jakarta..",
    "javax.persistence..",
    "org.hibernate..",
    "com.fasterxml.jackson..",
    "io.vertx..",
    "org.eclipse.microprofile..",
    "io.smallrye.."
  };

  @ArchTest
  static final ArchRule domain_depends_on_nothing_of_ours_outside_it =
      noClasses()
          .that()
          .resideInAPackage("dev.masker.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.masker.application..", "dev.masker.adapters..", "dev.masker.server..");

  /**
   * The server wires the adapters' beans through the application's ports (and health checks through
   * their standard interface); it never reaches into an adapter's classes. {@code MaskerMain} alone
   * parses {@code MASKER_DATABASE_URL} with the persistence adapter's {@code DatabaseUrl}, before
   * Quarkus (and so any bean) exists.
   */
  @ArchTest
  static final ArchRule the_server_uses_the_adapters_through_ports_only =
      noClasses()
          .that()
          .resideInAPackage("dev.masker.server..")
          .and()
          .doNotHaveFullyQualifiedName("dev.masker.server.MaskerMain")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.masker.adapters..");

  /**
   * The engine's packages: what an embedder calls through {@code Masker} and {@code ChatRequest}.
   */
  private static final String[] ENGINE = {
    "dev.masker.domain.masking..", "dev.masker.domain.chat..", "dev.masker.domain.json.."
  };

  /** The business domain: accounts, users, agents, sessions, sign-in. */
  private static final String[] BUSINESS = {
    "dev.masker.domain.account..",
    "dev.masker.domain.agent..",
    "dev.masker.domain.auth..",
    "dev.masker.domain.session..",
    "dev.masker.domain.user.."
  };

  @ArchTest
  static final ArchRule the_engine_is_a_layer_below_the_business_domain =
      noClasses()
          .that()
          .resideInAnyPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BUSINESS);

  @ArchTest
  static final ArchRule domain_packages_have_no_cycles =
      slices().matching("dev.masker.domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule application_packages_have_no_cycles =
      slices().matching("dev.masker.application.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule application_depends_only_on_the_domain =
      noClasses()
          .that()
          .resideInAPackage("dev.masker.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.masker.adapters..", "dev.masker.server..");

  @ArchTest
  static final ArchRule the_core_uses_no_framework =
      noClasses()
          .that()
          .resideInAnyPackage("dev.masker.domain..", "dev.masker.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FRAMEWORKS);

  @ArchTest
  static final ArchRule rest_knows_no_other_adapter =
      noClasses()
          .that()
          .resideInAPackage("dev.masker.adapters.rest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.masker.adapters.persistence..",
              "dev.masker.adapters.llm..",
              "dev.masker.adapters.ner..",
              "dev.masker.server..");

  @ArchTest
  static final ArchRule persistence_knows_no_other_adapter =
      noClasses()
          .that()
          .resideInAPackage("dev.masker.adapters.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.masker.adapters.rest..",
              "dev.masker.adapters.llm..",
              "dev.masker.adapters.ner..",
              "dev.masker.server..");

  @ArchTest
  static final ArchRule llm_knows_no_other_adapter =
      noClasses()
          .that()
          .resideInAPackage("dev.masker.adapters.llm..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.masker.adapters.rest..",
              "dev.masker.adapters.persistence..",
              "dev.masker.adapters.ner..",
              "dev.masker.server..");

  @ArchTest
  static final ArchRule ner_knows_no_other_adapter =
      noClasses()
          .that()
          .resideInAPackage("dev.masker.adapters.ner..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.masker.adapters.rest..",
              "dev.masker.adapters.persistence..",
              "dev.masker.adapters.llm..",
              "dev.masker.server..");

  @ArchTest
  static final ArchRule jpa_entities_stay_in_the_persistence_adapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.masker.adapters.persistence..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Entity");

  @ArchTest
  static final ArchRule no_class_uses_internal_vertx_apis =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.vertx..impl..")
          .because("Vert.x's impl packages may change in any release (ADR 0010)");
}
