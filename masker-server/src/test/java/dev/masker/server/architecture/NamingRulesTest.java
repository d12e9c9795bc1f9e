package dev.masker.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Classes are named after what they are: a suffix that says only "some code" hides what a class
 * does, and invites the next unrelated method into it.
 */
@AnalyzeClasses(packages = "dev.masker", importOptions = ImportOption.DoNotIncludeTests.class)
class NamingRulesTest {
  /** MapStruct names the classes it writes {@code <Mapper>Impl}; nobody reads or names them. */
  private static final DescribedPredicate<JavaClass> WRITTEN_BY_MAPSTRUCT =
      DescribedPredicate.describe(
          "written by MapStruct",
          type ->
              type.getAllRawSuperclasses().stream()
                      .anyMatch(mapper -> mapper.isAnnotatedWith("org.mapstruct.Mapper"))
                  || type.getAllRawInterfaces().stream()
                      .anyMatch(mapper -> mapper.isAnnotatedWith("org.mapstruct.Mapper")));

  @ArchTest
  static final ArchRule no_class_is_named_after_nothing =
      noClasses()
          .that(DescribedPredicate.not(WRITTEN_BY_MAPSTRUCT))
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .because("a class is named after what it is");
}
