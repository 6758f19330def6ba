package org.e2e.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.e2e.audit.AuditService;
import org.e2e.auth.CurrentUser;
import org.e2e.framework.NodeIds;
import org.e2e.framework.published.PublishedChanges;
import org.e2e.problem.JsonPointers;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;
import org.e2e.web.EditableDocuments.Editable;
import org.e2e.web.EditableDocuments;
import org.e2e.web.JsonRepresentation;
import org.e2e.web.Preconditions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rules and transactions of resource authoring. A resource that was never published is a draft; edits of a
 * published resource go to its pending draft, which publishing applies. Every write locks the resource row first
 * (SELECT ... FOR UPDATE) and then checks If-Match against the document as it is, so concurrent edits serialize
 * and a stale one is refused; every write is audited in the same transaction.
 */
@ApplicationScoped
public class ResourceAuthoringService {

    private final JsonRepresentation json;
    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ResourceMapper mapper;
    private final PublishedChanges published;
    private final RubricLinks links;

    public ResourceAuthoringService(JsonRepresentation json, ObjectMapper objectMapper, Validator validator,
            AuditService audit, CurrentUser currentUser, ResourceMapper mapper, PublishedChanges published,
            RubricLinks links) {
        this.links = links;
        this.json = json;
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.audit = audit;
        this.currentUser = currentUser;
        this.mapper = mapper;
        this.published = published;
    }

    @Transactional
    public Editable<ResourcePackage.Definition> create(ResourcePackage.Definition document) {
        ResourcePackage.Definition valid = validate(document);
        if (ResourceEntity.count("slug", valid.slug()) > 0) {
            throw ProblemException.conflict("There is already a resource '" + valid.slug() + "'.");
        }
        ResourceEntity r = new ResourceEntity();
        r.id = valid.id() != null ? valid.id() : NodeIds.v5("resource/" + valid.slug());
        r.slug = valid.slug();
        // Until it is published, the resource's columns hold its draft too, so the row is complete.
        apply(valid, r);
        r.status = ResourceStatus.DRAFT;
        ResourcePackage.Definition stored = withId(valid, r.id);
        r.draft = stored;
        r.draftUpdatedAt = Instant.now();
        r.draftUpdatedBy = currentUser.subject();
        r.persist();
        Editable<ResourcePackage.Definition> created = editable(r);
        audit.recordResource("resource.create", r.slug, null, created.document());
        return created;
    }

    /** The pending draft, or the published text as the starting point of one. */
    @Transactional
    public Editable<ResourcePackage.Definition> current(String slug) {
        return editable(ResourceEntity.<ResourceEntity>find("slug", slug).firstResultOptional().orElseThrow(() -> notFound(slug)));
    }

    @Transactional
    public Editable<ResourcePackage.Definition> replaceDraft(String slug, String ifMatch, ResourcePackage.Definition document) {
        ResourceEntity r = ResourceEntity.findBySlugForUpdate(slug).orElseThrow(() -> notFound(slug));
        return replace(r, editable(r), ifMatch, document);
    }

    /**
     * An RFC 7396 merge patch of the editable document, applied to the state the If-Match check sees, in the same
     * transaction as the save.
     */
    @Transactional(rollbackOn = JsonProcessingException.class)
    public Editable<ResourcePackage.Definition> patchDraft(String slug, String ifMatch, JsonNode patch) throws JsonProcessingException {
        ResourceEntity r = ResourceEntity.findBySlugForUpdate(slug).orElseThrow(() -> notFound(slug));
        Editable<ResourcePackage.Definition> before = editable(r);
        JsonNode current = objectMapper.valueToTree(before.document());
        return replace(r, before, ifMatch, EditableDocuments.merge(objectMapper, current, patch, ResourcePackage.Definition.class));
    }

    private Editable<ResourcePackage.Definition> replace(ResourceEntity r, Editable<ResourcePackage.Definition> before,
            String ifMatch, ResourcePackage.Definition document) {
        String slug = r.slug;
        requireMatch(ifMatch, before);
        ResourcePackage.Definition valid = validate(document);
        List<Problem.InvalidInput> errors = new ArrayList<>();
        if (!slug.equals(valid.slug())) {
            errors.add(new Problem.InvalidInput("body", "/slug", "cannot change: it is '" + slug + "'"));
        }
        if (valid.id() != null && !valid.id().equals(r.id)) {
            errors.add(new Problem.InvalidInput("body", "/id", "cannot change: it is " + r.id));
        }
        if (!errors.isEmpty()) {
            throw unprocessable(errors);
        }
        // A never-published resource's columns hold its draft; otherwise only the node links are checked.
        apply(valid, r.status == ResourceStatus.DRAFT ? r : new ResourceEntity());
        r.draft = withId(valid, r.id);
        r.draftUpdatedAt = Instant.now();
        r.draftUpdatedBy = currentUser.subject();
        Editable<ResourcePackage.Definition> after = editable(r);
        audit.recordResource("resource.draft.update", slug, before.document(), after.document());
        return after;
    }

    /** Drops the pending edits; a resource that was never published is deleted with them. */
    @Transactional
    public void discardDraft(String slug, String ifMatch) {
        ResourceEntity r = ResourceEntity.findBySlugForUpdate(slug).orElseThrow(() -> notFound(slug));
        Editable<ResourcePackage.Definition> before = editable(r);
        requireMatch(ifMatch, before);
        if (r.status == ResourceStatus.DRAFT) {
            r.delete();
        } else if (r.draft == null) {
            throw ProblemException.conflict("Resource '" + slug + "' has no pending draft to discard.");
        } else {
            r.draft = null;
            r.draftUpdatedAt = null;
            r.draftUpdatedBy = null;
        }
        audit.recordResource("resource.draft.discard", slug, before.document(), null);
    }

    @Transactional
    public ResourceView publish(String slug) {
        ResourceEntity r = ResourceEntity.findBySlugForUpdate(slug).orElseThrow(() -> notFound(slug));
        if (r.draft == null) {
            throw ProblemException.conflict("Resource '" + slug + "' has no draft to publish: it is published as it is.");
        }
        ResourcePackage.Definition before = r.status == ResourceStatus.PUBLISHED ? ResourceDocuments.document(r) : null;
        ResourcePackage.Definition document = validate(r.draft);
        apply(document, r);
        if (before != null) {
            r.revision++;
        }
        r.status = ResourceStatus.PUBLISHED;
        r.publishedAt = Instant.now();
        r.draft = null;
        r.draftUpdatedAt = null;
        r.draftUpdatedBy = null;
        audit.recordResource("resource.publish", slug, before, ResourceDocuments.document(r));
        // Representations derived from resources (the CASE packages) are rebuilt on every instance.
        published.announce(PublishedChanges.RESOURCES);
        return mapper.view(r);
    }

    private Editable<ResourcePackage.Definition> editable(ResourceEntity r) {
        ResourcePackage.Definition document = r.draft != null ? r.draft : ResourceDocuments.document(r);
        return new Editable<>(document, json.encode(document));
    }

    /** Bean Validation and the document's cross-field rules: every problem in one 422, each with a JSON pointer. */
    private ResourcePackage.Definition validate(ResourcePackage.Definition document) {
        if (document == null) {
            throw ProblemException.invalidBody("", "a resource document is required");
        }
        List<Problem.InvalidInput> errors = new ArrayList<>(validator.validate(document).stream()
                .map(v -> new Problem.InvalidInput("body", JsonPointers.ofPropertyPath(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidInput::name))
                .toList());
        if (errors.isEmpty()) {
            List<String> problems = new ArrayList<>();
            ResourceDocuments.checkConsistency(document, "", problems);
            problems.forEach(p -> errors.add(toInput(p)));
        }
        if (!errors.isEmpty()) {
            throw unprocessable(errors);
        }
        return document;
    }

    /**
     * Writes a valid document into an entity's published columns. The supported nodes must exist: checked against
     * the database and reported like validation problems.
     */
    private void apply(ResourcePackage.Definition document, ResourceEntity target) {
        List<String> problems = new ArrayList<>();
        ResourceDocuments.apply(document, target, "", links, Set.of(), problems);
        if (!problems.isEmpty()) {
            throw unprocessable(problems.stream().map(ResourceAuthoringService::toInput).toList());
        }
    }

    private static ProblemException unprocessable(List<Problem.InvalidInput> errors) {
        return ProblemException.unprocessable("The resource is invalid", errors);
    }

    private static ResourcePackage.Definition withId(ResourcePackage.Definition d, UUID id) {
        return new ResourcePackage.Definition(id, d.slug(), d.title(), d.summary(), d.type(), d.audiences(), d.tags(),
                d.author(), d.authorBio(), d.publisher(), d.collection(), d.dateText(), d.readingTimeMinutes(), d.sections(),
                d.rubric(), d.supports());
    }

    /** ".supports[2]: no framework has …" (from the document rules) as an input with its pointer. */
    private static Problem.InvalidInput toInput(String problem) {
        int colon = problem.indexOf(": ");
        return new Problem.InvalidInput("body", JsonPointers.ofPropertyPath(problem.substring(0, colon)),
                problem.substring(colon + 2));
    }

    private static void requireMatch(String ifMatch, Editable<ResourcePackage.Definition> current) {
        Preconditions.requireMatch(ifMatch, current.encoded().etag(), "the resource's draft");
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("There is no resource '" + slug + "'.");
    }
}
