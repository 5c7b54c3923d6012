package uk.tidemark.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (decision 0033): the supply chain's two files. The build makes a CycloneDX SBOM of what the runnable jar
 * ships at {@code app/target/bom.json} in the package phase (and {@code mvn verify} fails without it: the enforcer
 * rule); and the repository carries a Renovate configuration that updates Spring Boot and Axon each as one group,
 * never Axon beyond 4.x.
 */
class SupplyChainTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theBuildMakesAJsonSbomOfTheAppAtPackageAndVerifyChecksItIsThere() throws Exception {
        Element cyclonedx = plugin(pom(ROOT.resolve("app/pom.xml")), "cyclonedx-maven-plugin");
        assertThat(text(cyclonedx, "version")).isEqualTo("${cyclonedx-maven-plugin.version}");
        assertThat(text(pom(ROOT.resolve("pom.xml")).getDocumentElement(), "properties/cyclonedx-maven-plugin.version"))
                .isEqualTo("2.9.3");
        Map<String, Element> executions = executions(cyclonedx);
        assertThat(text(executions.get("default"), "phase")).as("Spring Boot's parent's, off").isEqualTo("none");
        Element sbom = executions.get("sbom");
        assertThat(text(sbom, "phase")).isEqualTo("package");
        assertThat(text(sbom, "goals/goal")).isEqualTo("makeBom");
        assertThat(text(sbom, "configuration/outputDirectory")).isEqualTo("${project.build.directory}");
        assertThat(text(sbom, "configuration/outputName")).isEqualTo("bom");
        assertThat(text(sbom, "configuration/outputFormat")).isEqualTo("json");
        assertThat(text(sbom, "configuration/includeTestScope")).isEqualTo("false");

        Element enforcer = plugin(pom(ROOT.resolve("app/pom.xml")), "maven-enforcer-plugin");
        Element exists = executions(enforcer).get("sbom-exists");
        assertThat(text(exists, "phase")).isEqualTo("verify");
        assertThat(text(exists, "configuration/rules/requireFilesExist/files/file"))
                .isEqualTo("${project.build.directory}/bom.json");
    }

    @Test
    void renovateGroupsSpringBootAndAxonAndKeepsAxonOn4() throws Exception {
        JsonNode renovate = new ObjectMapper().readTree(ROOT.resolve("renovate.json").toFile());
        assertThat(renovate.path("extends").toString()).contains("config:recommended");
        Map<String, JsonNode> groups = new HashMap<>();
        renovate.path("packageRules").forEach(rule -> {
            if (rule.has("groupName")) {
                groups.putIfAbsent(rule.path("groupName").asText(), rule);
            }
        });
        assertThat(groups).containsKeys("Spring Boot", "Axon Framework");
        assertThat(groups.get("Spring Boot").path("matchPackageNames").toString())
                .contains("org.springframework.boot:");
        JsonNode axon = groups.get("Axon Framework");
        assertThat(axon.path("matchPackageNames").toString()).contains("org.axonframework:")
                .contains("org.axonframework.extensions.");
        String allowed = axon.path("allowedVersions").asText();
        assertThat(allowed).startsWith("/").endsWith("/");
        Pattern versions = Pattern.compile(allowed.substring(1, allowed.length() - 1));
        assertThat(List.of("4.13.0", "4.12.0", "4.13.1")).allMatch(v -> versions.matcher(v).find());
        assertThat(List.of("5.0.0", "5.1.2")).noneMatch(v -> versions.matcher(v).find());
        assertThat(renovate.path("description").asText()).contains("Axon Framework stays on 4.x");
    }

    private static Document pom(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static Element plugin(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (artifactId.equals(text(plugin, "artifactId"))) {
                return plugin;
            }
        }
        throw new AssertionError("no " + artifactId + " in the pom");
    }

    private static Map<String, Element> executions(Element plugin) {
        Map<String, Element> byId = new HashMap<>();
        for (Element execution : children(child(plugin, "executions"), "execution")) {
            byId.put(text(execution, "id"), execution);
        }
        return byId;
    }

    /** The text of the element at a slash-separated path of child names, or null. */
    private static String text(Element from, String path) {
        Element at = from;
        for (String name : path.split("/")) {
            at = at == null ? null : child(at, name);
        }
        return at == null ? null : at.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
