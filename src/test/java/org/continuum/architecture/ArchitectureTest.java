package org.continuum.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape docs/architecture.md describes, checked on every build: contexts first, layers inside
 * them, dependencies pointing inward, and no two contexts depending on each other.
 */
@AnalyzeClasses(packages = "org.continuum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] OUTER_LAYERS = {
    "org.continuum.*.web..", "org.continuum.*.api..", "org.continuum.*.infrastructure.."
  };

  @ArchTest
  static final ArchRule domainCodeKnowsNoOuterLayerAndNoUiOrHttp =
      noClasses()
          .that()
          .resideInAPackage("org.continuum.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(OUTER_LAYERS)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.primefaces..")
          .because("dependencies point inward: web/api -> application -> domain <- infrastructure");

  @ArchTest
  static final ArchRule applicationCodeKnowsNoPageOrResource =
      noClasses()
          .that()
          .resideInAPackage("org.continuum.*.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.continuum.*.web..", "org.continuum.*.api..")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
          .because("use cases serve pages and the API alike");

  @ArchTest
  static final ArchRule pagesAndResourcesGoThroughUseCases =
      noClasses()
          .that()
          .resideInAnyPackage("org.continuum.*.web..", "org.continuum.*.api..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("org.continuum.*.infrastructure..")
          .because("the access checks and transactions live in the application services");

  @ArchTest
  static final ArchRule noContextUsesAnotherContextsInfrastructure =
      classes()
          .that()
          .resideInAPackage("org.continuum..")
          .should(useNoInfrastructureOfAnotherContext())
          .because(
              "a context uses another one's application services; only shared's infrastructure is"
                  + " common");

  @ArchTest
  static final ArchRule contextsFormNoCycles =
      slices()
          .matching("org.continuum.(*)..")
          .namingSlices("context $1")
          .should()
          .beFreeOfCycles()
          .because(
              "where a lower context needs a higher one, it defines a port the higher implements");

  private static final Pattern CONTEXT = Pattern.compile("org\\.continuum\\.(\\w+)\\..*");

  private static ArchCondition<JavaClass> useNoInfrastructureOfAnotherContext() {
    return new ArchCondition<>("use no other context's infrastructure") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> own = context(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          Optional<String> other = context(target);
          boolean foreign =
              other.isPresent()
                  && !other.equals(own)
                  && !other.get().equals("shared")
                  && target.startsWith("org.continuum." + other.get() + ".infrastructure");
          if (foreign) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static Optional<String> context(String packageName) {
    Matcher m = CONTEXT.matcher(packageName + ".");
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
