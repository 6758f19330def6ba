package org.e2e.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

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
        assertEquals(0, loader.loadClasspathPackage("content/resources-1.0.0.json"));
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
