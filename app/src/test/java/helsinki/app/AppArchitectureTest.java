package helsinki.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app is a thin face: it calls the library's use cases and never reaches SQL or Lucene itself. */
@AnalyzeClasses(packages = "helsinki.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

  @ArchTest
  static final ArchRule app_uses_no_storage_engine_directly =
      noClasses().that().resideInAPackage("helsinki.app..")
          .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.lucene..", "org.flywaydb..");
}
