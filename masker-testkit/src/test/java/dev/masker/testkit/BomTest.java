package dev.masker.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The BOM has no parent, so nothing keeps it in step with the build but this test: it has the
 * project's version and manages exactly the library modules (the ones that attach sources and
 * javadoc), each at that version.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void the_bom_manages_every_library_module_at_the_project_version() throws Exception {
    var parent = read(ROOT.resolve("pom.xml"));
    var bom = read(ROOT.resolve("masker-bom/pom.xml"));
    var version = child(parent.getDocumentElement(), "version");

    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
    assertThat(child(bom.getDocumentElement(), "packaging")).isEqualTo("pom");
    assertThat(bom.getElementsByTagName("parent").getLength()).as("a parent").isZero();

    var managed = new ArrayList<String>();
    var dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      var dependency = (Element) dependencies.item(i);
      assertThat(child(dependency, "groupId")).isEqualTo("dev.masker");
      assertThat(child(dependency, "version")).isEqualTo("${project.version}");
      managed.add(child(dependency, "artifactId"));
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(libraryModules(parent));
  }

  /** The reactor's modules whose build attaches a javadoc jar. */
  private static List<String> libraryModules(Document parent) throws Exception {
    var libraries = new ArrayList<String>();
    var modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      var module = modules.item(i).getTextContent().trim();
      var pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      if (pom.contains("<artifactId>maven-javadoc-plugin</artifactId>")) {
        libraries.add(module);
      }
    }
    assertThat(libraries).contains("masker-domain", "masker-testkit");
    return libraries;
  }

  private static Document read(Path pom) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static String child(Element element, String name) {
    for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(name)) {
        return child.getTextContent().trim();
      }
    }
    return null;
  }
}
