package org.e2e.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.e2e.problem.JsonBodyErrors;
import org.e2e.problem.JsonPointers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses and validates a content package. Every problem is collected, with where it is, so one run tells an
 * editor everything that is wrong with a package.
 */
@ApplicationScoped
public class ContentPackageReader {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    public ContentPackageReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /** The framework slug and version a package names. */
    public record Identity(String framework, String version) {
    }

    /** The bytes of a package on the classpath. */
    public static byte[] classpathBytes(String location) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new ContentPackageException(location, List.of("no such file on the classpath"), null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ContentPackageException(location, List.of("unreadable: " + e.getMessage()), e);
        }
    }

    /** One text field of every element of a top-level array, read from raw JSON; empty when it is not that shape. */
    public Optional<List<String>> fieldOfEach(byte[] json, String array, String field) {
        return tree(json).flatMap(root -> {
            JsonNode items = root.path(array);
            List<String> values = new ArrayList<>();
            for (JsonNode item : items) {
                if (!item.path(field).isTextual()) {
                    return Optional.empty();
                }
                values.add(item.path(field).textValue());
            }
            return items.isArray() ? Optional.of(values) : Optional.empty();
        });
    }

    /** The framework and version a package names, read from its raw JSON; empty when it does not name both. */
    public Optional<Identity> identity(byte[] json) {
        return tree(json).flatMap(root -> {
            String framework = root.path("framework").path("slug").textValue();
            String version = root.path("version").path("version").textValue();
            return framework == null || version == null ? Optional.empty() : Optional.of(new Identity(framework, version));
        });
    }

    /** Raw JSON as a tree, to peek at before parsing; empty when it is not JSON (parsing then says what is wrong). */
    private Optional<JsonNode> tree(byte[] json) {
        try {
            return Optional.of(objectMapper.readTree(json));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public ContentPackage read(InputStream in, String source) {
        ContentPackage pkg = parse(in, source, ContentPackage.class);
        List<String> problems = new ArrayList<>();
        checkConsistency(pkg, problems);
        if (!problems.isEmpty()) {
            throw ContentPackageException.of(source, problems, problems.stream().map(ContentPackageReader::issue).toList(), null);
        }
        return pkg;
    }

    /**
     * Parses a package strictly (unknown fields are errors) and checks its Bean Validation constraints, listing
     * every violation with its path.
     */
    public <T> T parse(InputStream in, String source, Class<T> type) {
        T pkg;
        try {
            pkg = objectMapper.readValue(in, type);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String problem = JsonBodyErrors.detail(e, objectMapper) + where;
            String pointer = JsonPointers.of(e);
            throw ContentPackageException.of(source, List.of(pointer.isEmpty() ? problem : "'" + pointer + "' " + problem),
                    List.of(new ContentPackageException.Issue(pointer, problem)), e);
        } catch (IOException e) {
            throw new ContentPackageException(source, List.of("unreadable: " + e.getMessage()), e);
        }
        if (pkg == null) {
            throw new ContentPackageException(source, List.of("the file is empty"), null);
        }
        List<String> problems = validator.validate(pkg).stream()
                .map(v -> propertyPath(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .toList();
        if (!problems.isEmpty()) {
            throw ContentPackageException.of(source, problems, problems.stream().map(ContentPackageReader::issue).toList(), null);
        }
        return pkg;
    }

    private static String propertyPath(String path) {
        return path.replace(".<list element>", "").replace("<list element>", "");
    }

    /** "layers[0].elements[1].title: must not be blank" as the JSON pointer /layers/0/elements/1/title. */
    static ContentPackageException.Issue issue(String problem) {
        int colon = problem.indexOf(": ");
        String path = colon < 0 ? "" : problem.substring(0, colon);
        String detail = colon < 0 ? problem : problem.substring(colon + 2);
        if (path.startsWith("id ")) { // "id <uuid>: is used by more than one node"
            return new ContentPackageException.Issue("", path + " " + detail);
        }
        int note = path.indexOf(" (");
        if (note >= 0) {
            detail = detail + " " + path.substring(note + 1);
            path = path.substring(0, note);
        }
        return new ContentPackageException.Issue(JsonPointers.ofPropertyPath(path), detail);
    }

    /** Rules that span several fields: unique slugs where paths use them, unique ids, dates that fit the status. */
    private static void checkConsistency(ContentPackage pkg, List<String> problems) {
        String status = pkg.version().status();
        if (!"draft".equals(status) && pkg.version().publishedAt() == null) {
            problems.add("version.publishedAt: is required when the status is " + status);
        }
        if ("deprecated".equals(status) && pkg.version().deprecatedAt() == null) {
            problems.add("version.deprecatedAt: is required when the status is deprecated");
        }
        unique("layers", pkg.layers(), ContentPackage.Layer::slug, "slug", problems);
        List<ContentPackage.Element> elements = new ArrayList<>();
        for (int l = 0; l < pkg.layers().size(); l++) {
            ContentPackage.Layer layer = pkg.layers().get(l);
            elements.addAll(layer.elements());
            for (int e = 0; e < layer.elements().size(); e++) {
                ContentPackage.Element element = layer.elements().get(e);
                String at = "layers[" + l + "].elements[" + e + "]";
                unique(at + ".categories", element.categories(), ContentPackage.Category::slug, "slug", problems);
                for (int c = 0; c < element.categories().size(); c++) {
                    unique(at + ".categories[" + c + "].actions", element.categories().get(c).actions(),
                            ContentPackage.Action::slug, "slug", problems);
                }
            }
        }
        unique("layers[*].elements (element slugs are unique within a version)", elements, ContentPackage.Element::slug,
                "slug", problems);
        if (pkg.principles() != null) {
            unique("principles.items", pkg.principles().items(), ContentPackage.Principle::slug, "slug", problems);
        }
        if (pkg.outcomes() != null) {
            unique("outcomes.items", pkg.outcomes().items(), ContentPackage.Outcome::slug, "slug", problems);
        }
        if (pkg.references() != null) {
            unique("references.items", pkg.references().items(), ContentPackage.Reference::number, "number", problems);
        }
        List<UUID> ids = ContentPackageNodes.explicitIds(pkg);
        Set<UUID> seen = new HashSet<>();
        ids.stream().filter(id -> !seen.add(id)).distinct()
                .forEach(id -> problems.add("id " + id + ": is used by more than one node"));
    }

    public static <T> void unique(String at, List<T> items, Function<T, Object> key, String keyName, List<String> problems) {
        Set<Object> seen = new HashSet<>();
        items.stream().map(key).filter(Objects::nonNull).filter(k -> !seen.add(k)).distinct()
                .forEach(k -> problems.add(at + ": " + keyName + " '" + k + "' is used more than once"));
    }
}
