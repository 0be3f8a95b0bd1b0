package helsinki.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** {@code extract} is pure rules over records: no CoreNLP internals, SQL, HTTP, indexes or web frameworks. */
@AnalyzeClasses(packages = "helsinki.extract", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtractArchitectureTest {

  @ArchTest
  static final ArchRule extract_imports_no_infrastructure =
      noClasses()
          .that().resideInAPackage("helsinki.extract..")
          .should().dependOnClassesThat()
          .resideInAnyPackage(
              "edu.stanford..", "java.sql..", "javax.sql..", "java.net..", "java.nio.file..",
              "org.apache.lucene..", "org.apache.tika..", "org.jsoup..", "io.javalin..", "picocli..", "helsinki.store..",
              "helsinki.ingest..", "helsinki.library..");

  /** Streams only where the shipped classifier models are read from extract's own classpath resources. */
  @ArchTest
  static final ArchRule extract_reads_streams_only_for_its_models =
      noClasses()
          .that().resideInAPackage("helsinki.extract..").and().doNotHaveSimpleName("ModelResources")
          .should().dependOnClassesThat().resideInAnyPackage("java.io..");
}
