package org.e2e.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.e2e.content.ContentPackageException;
import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A restart does not parse and validate a resource package whose resources are all loaded; a new one still is. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class ResourcePackageLoaderTest {

    @Inject
    ResourcePackageLoader loader;

    @Test
    void theBundledPackageLoadsNothingTheSecondTime() {
        // Startup loaded the bundled package: its four resources are there, published.
        assertEquals(BUNDLED, published());
        assertEquals(0, loader.loadClasspathPackage("content/resources-1.0.0.json"));
        assertEquals(BUNDLED, published());
    }

    static final long BUNDLED = 4;

    @Transactional
    long published() {
        return ResourceEntity.count("slug in ?1 and status = ?2", List.of("educator-to-educator-relationships-toolkit",
                "staff-relationships-and-collaboration", "3-steps-for-building-the-relationships-you-need-to-thrive",
                "how-to-build-a-teacher-alliance"), ResourceStatus.PUBLISHED);
    }

    @Test
    void aPackageOfLoadedResourcesIsNotParsedAgainButOneWithANewResourceIs() {
        // Both files are invalid past their slugs: only the one naming a new resource is read and refused.
        assertEquals(0, loader.loadClasspathPackage("content-test/resources-already-loaded-but-invalid.json"));
        ContentPackageException e = assertThrows(ContentPackageException.class,
                () -> loader.loadClasspathPackage("content-test/resources-new-invalid.json"));
        assertTrue(e.getMessage().contains("content-test/resources-new-invalid.json"), e.getMessage());
    }
}
