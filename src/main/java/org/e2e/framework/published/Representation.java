package org.e2e.framework.published;

import java.util.Objects;
import java.util.UUID;

/**
 * Which published representation a read answers with, typed. {@link PublishedRoute#target} parses it from a URL and
 * {@link FrameworkResource} builds it from its parameters, so both name a cache entry alike. A representation is of
 * one version (the tree, a layer, an element, a node, a section) or spans versions (the two {@link Listing}s).
 * The interfaces declare no default method: a record's class initialization then never waits for the interface's,
 * whose constants are records (two threads could otherwise deadlock on first use).
 */
public sealed interface Representation {

    Tree TREE = new Tree();
    Principles PRINCIPLES = new Principles();
    Outcomes OUTCOMES = new Outcomes();
    References REFERENCES = new References();
    Diagram DIAGRAM = new Diagram();
    FrameworksList FRAMEWORKS = new FrameworksList();
    VersionsList VERSIONS = new VersionsList();

    /**
     * A representation that spans versions: never pinned nor deprecated, and editors, who see drafts in it, get
     * answers of their own.
     */
    sealed interface Listing extends Representation {
    }

    /** The whole framework tree of a version. */
    record Tree() implements Representation {
    }

    record Layer(String slug) implements Representation {
        public Layer {
            Objects.requireNonNull(slug);
        }
    }

    record Element(String slug) implements Representation {
        public Element {
            Objects.requireNonNull(slug);
        }
    }

    record Node(UUID id) implements Representation {
        public Node {
            Objects.requireNonNull(id);
        }
    }

    record Principles() implements Representation {
    }

    record Outcomes() implements Representation {
    }

    record References() implements Representation {
    }

    /** The framework as a picture: SVG, not JSON ({@link PublishedResponses.Rendered}). */
    record Diagram() implements Representation {
    }

    /** Every framework with its latest published version. */
    record FrameworksList() implements Listing {
    }

    /** The versions of one framework. */
    record VersionsList() implements Listing {
    }
}
