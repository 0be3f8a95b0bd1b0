package helsinki.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** {@code core} is the vocabulary: it must not know about NLP engines, SQL, HTTP or indexes. */
@AnalyzeClasses(packages = "helsinki.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule core_imports_no_infrastructure =
      noClasses()
          .that().resideInAPackage("helsinki.core..")
          .should().dependOnClassesThat()
          .resideInAnyPackage(
              "edu.stanford..", "java.sql..", "javax.sql..", "java.net.http..", "org.apache.lucene..",
              "org.apache.tika..", "org.jsoup..", "io.javalin..", "picocli..");
}
