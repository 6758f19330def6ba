package org.e2e.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.e2e.framework.NodeEntity;
import org.e2e.support.PostgresTestDatabase;
import org.e2e.framework.NodeIds;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class ContentPackageLoaderTest {

    static final String BUNDLED = "content/e2e-relationships-1.0.0.json";

    @Inject
    ContentPackageLoader loader;
    @Inject
    ContentPackageReader reader;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper objectMapper;

    long rows(String table) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    ObjectNode bundled() throws Exception {
        return (ObjectNode) objectMapper.readTree(getClass().getClassLoader().getResourceAsStream(BUNDLED));
    }

    ContentPackage read(ObjectNode json, String name) throws Exception {
        return reader.read(new ByteArrayInputStream(objectMapper.writeValueAsBytes(json)), name);
    }

    @Test
    void loadingTheBundledPackageAgainChangesNothing() {
        long nodes = rows("node");
        long versions = rows("framework_version");
        assertEquals(71, nodes, "the bundled package was loaded at startup");
        assertFalse(loader.loadClasspathPackage(BUNDLED));
        assertEquals(nodes, rows("node"));
        assertEquals(versions, rows("framework_version"));
    }

    @Test
    void aPackageWhoseVersionIsLoadedIsNotParsedAgainButANewOneIs() {
        // The file is invalid past its identity: a restart only reads which version it names.
        assertFalse(loader.loadClasspathPackage("content-test/already-loaded-but-invalid.json"));
        ContentPackageException e = assertThrows(ContentPackageException.class,
                () -> loader.loadClasspathPackage("content-test/new-version-invalid.json"));
        assertTrue(e.getMessage().contains("content-test/new-version-invalid.json"), e.getMessage());
    }

    @Test
    void idsAreDerivedFromSlugPathsSoEveryLoadGivesTheSameIds() {
        UUID trust = NodeIds.node("e2e-relationships", "layer:roots/element:beliefs/category:trust");
        NodeEntity node = QuarkusTransaction.requiringNew().call(
                () -> NodeEntity.<NodeEntity>find("nodeId", trust).firstResult());
        assertEquals("Trust", node.title);
        assertEquals(UUID.fromString("9902058e-db3c-5df2-90aa-de5e18191463"), trust,
                "changing the namespace or the slug path scheme would change every published id");
    }

    @Test
    void invalidJsonNamesTheFileAndThePlace() {
        ContentPackageException e = assertThrows(ContentPackageException.class, () -> reader.read(
                new ByteArrayInputStream("{\"formatVersion\": 1,\n \"layers\": [}".getBytes(StandardCharsets.UTF_8)),
                "content/broken.json"));
        assertTrue(e.getMessage().startsWith("Content package 'content/broken.json' cannot be loaded: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void everyValidationProblemIsListedWithItsPath() throws Exception {
        ObjectNode json = bundled();
        ObjectNode roots = (ObjectNode) json.at("/layers/0");
        roots.put("slug", "Roots!");
        ((ObjectNode) json.at("/layers/0/elements/1/categories/2/actions/0")).remove("text");
        ((ObjectNode) json.at("/version")).put("version", "1.1");
        ContentPackageException e = assertThrows(ContentPackageException.class, () -> read(json, "content/bad.json"));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("content/bad.json"));
        assertTrue(e.getMessage().contains("layers[0].slug"), e.getMessage());
        assertTrue(e.getMessage().contains("layers[0].elements[1].categories[2].actions[0].text"), e.getMessage());
        assertTrue(e.getMessage().contains("version.version"), e.getMessage());
    }

    @Test
    void unknownFieldsAndDuplicateSlugsAreRejected() throws Exception {
        ObjectNode typo = bundled();
        ((ObjectNode) typo.at("/layers/1")).put("subtitel", "typo");
        ContentPackageException e = assertThrows(ContentPackageException.class, () -> read(typo, "content/typo.json"));
        assertTrue(e.getMessage().contains("subtitel"), e.getMessage());

        ObjectNode duplicate = bundled();
        ((ObjectNode) duplicate.at("/layers/2/elements/0")).put("slug", "beliefs");
        e = assertThrows(ContentPackageException.class, () -> read(duplicate, "content/dup.json"));
        assertTrue(e.getMessage().contains("slug 'beliefs' is used more than once"), e.getMessage());
    }

    @Test
    void aPackageTheDatabaseRefusesLeavesTheDatabaseUntouched() throws Exception {
        long nodes = rows("node");
        long versions = rows("framework_version");
        ObjectNode json = bundled();
        ((ObjectNode) json.at("/version")).put("version", "9.0.0");
        // Two explicit ids that collide with nodes of the same version fail only at the database, after the
        // framework version row and many node rows were already written in the same transaction.
        String id = UUID.randomUUID().toString();
        ArrayNode actions = (ArrayNode) json.at("/layers/0/elements/1/categories/2/actions");
        ((ObjectNode) actions.get(7)).put("id", id);
        ContentPackage pkg = objectMapper.treeToValue(json, ContentPackage.class);
        ContentPackage clash = withDuplicateNodeId(pkg, UUID.fromString(id));
        assertThrows(RuntimeException.class, () -> loader.load(clash, "content/clash.json"));
        assertEquals(nodes, rows("node"));
        assertEquals(versions, rows("framework_version"));
    }

    /** The last Trust action takes the id of the one before it: valid JSON, refused by a unique constraint. */
    private static ContentPackage withDuplicateNodeId(ContentPackage pkg, UUID id) {
        ContentPackage.Category trust = pkg.layers().get(0).elements().get(1).categories().get(2);
        ContentPackage.Action last = trust.actions().get(8);
        trust.actions().set(8, new ContentPackage.Action(id, last.slug(), last.text()));
        return pkg;
    }
}
