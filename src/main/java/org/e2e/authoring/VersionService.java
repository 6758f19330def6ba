package org.e2e.authoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.e2e.audit.AuditService;
import org.e2e.auth.CurrentUser;
import org.e2e.content.ContentPackage;
import org.e2e.content.ContentPackageLoader;
import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.published.PublishedChanges;
import org.e2e.framework.VersionStatus;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;
import org.e2e.web.QueryParameters;
import org.e2e.webhook.WebhookService;

/**
 * The rules and transactions of a version's life: drafts (copied or imported), publishing and deprecating. Every
 * write to a version first locks its row (see {@link Drafts}) and is audited in the same transaction.
 */
@ApplicationScoped
public class VersionService {

    private static final Pattern SEMVER = Pattern.compile(ContentPackage.SEMVER);

    private final EntityManager em;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final FrameworkTreeService trees;
    private final WebhookService webhooks;
    private final ContentPackageLoader loader;
    private final PublishedChanges published;

    public VersionService(EntityManager em, AuditService audit, CurrentUser currentUser, FrameworkTreeService trees,
            WebhookService webhooks, ContentPackageLoader loader, PublishedChanges published) {
        this.em = em;
        this.audit = audit;
        this.currentUser = currentUser;
        this.trees = trees;
        this.webhooks = webhooks;
        this.loader = loader;
        this.published = published;
    }

    @Transactional
    public VersionDetail createDraft(String fw, CreateVersionRequest request) {
        FrameworkEntity framework = Drafts.framework(fw);
        List<Problem.InvalidInput> errors = new ArrayList<>();
        String version = request == null ? null : request.version();
        String basedOn = request == null ? null : request.basedOn();
        if (version == null || !SEMVER.matcher(version).matches()) {
            errors.add(Drafts.body("/version", QueryParameters.SEMVER_MESSAGE));
        } else if (FrameworkVersionEntity.findVersion(framework.id, version).isPresent()) {
            throw ProblemException.conflict("Framework '" + fw + "' already has a version '" + version + "'.");
        }
        FrameworkVersionEntity source = null;
        if (basedOn != null && !SEMVER.matcher(basedOn).matches()) {
            errors.add(Drafts.body("/basedOn", QueryParameters.SEMVER_MESSAGE));
        } else if (basedOn != null) {
            source = FrameworkVersionEntity.findVersion(framework.id, basedOn).orElse(null);
            if (source == null) {
                errors.add(Drafts.body("/basedOn", "names no version of framework '" + fw + "'"));
            }
        } else {
            source = FrameworkVersionEntity.findLatestPublished(framework.id).orElse(null);
            if (source == null) {
                errors.add(Drafts.body("/basedOn", "is required: framework '" + fw + "' has no published version"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        FrameworkVersionEntity draft = FrameworkVersionEntity.newDraft(framework, version);
        draft.basedOn = source.version;
        draft.createdBy = currentUser.subject();
        draft.releaseNotes = request.releaseNotes();
        draft.persist();
        em.flush();
        // The deep copy: every node keeps its id, so a node has one identity across versions.
        em.createNativeQuery("INSERT INTO node (version_id, node_id, parent_id, type, slug, position, title, subtitle, "
                + "summary, metaphor, description, body, attribution, context, number, citations) "
                + "SELECT :draft, node_id, parent_id, type, slug, position, title, subtitle, summary, metaphor, "
                + "description, body, attribution, context, number, citations FROM node WHERE version_id = :source")
                .setParameter("draft", draft.id).setParameter("source", source.id).executeUpdate();
        em.refresh(draft);
        VersionDetail detail = VersionDetail.of(framework, draft);
        audit.record("version.create", fw, version, null, null, detail);
        return detail;
    }

    /** Creates a draft from a validated content package; the framework is created when it is new. */
    @Transactional
    public VersionDetail importDraft(String fw, ContentPackage pkg) {
        FrameworkEntity framework = FrameworkEntity.findBySlug(fw).orElse(null);
        FrameworkVersionEntity v = loader.insertDraft(pkg, framework, currentUser.subject());
        if (framework == null) {
            framework = FrameworkEntity.findBySlug(fw).orElseThrow();
        }
        em.refresh(v);
        VersionDetail detail = VersionDetail.of(framework, v);
        audit.record("version.import", fw, v.version, null, null, detail);
        return detail;
    }

    /** The problems an import has beyond the package's own validity: it must fit the path and be new. */
    @Transactional
    public List<Problem.InvalidInput> importConflicts(String fw, ContentPackage pkg) {
        List<Problem.InvalidInput> errors = new ArrayList<>();
        if (pkg.framework() != null && !fw.equals(pkg.framework().slug())) {
            errors.add(Drafts.body("/framework/slug", "must be '" + fw + "', the framework of the path"));
        }
        FrameworkEntity framework = FrameworkEntity.findBySlug(fw).orElse(null);
        if (framework != null && pkg.version() != null && pkg.version().version() != null
                && FrameworkVersionEntity.findVersion(framework.id, pkg.version().version()).isPresent()) {
            errors.add(Drafts.body("/version/version", "version '" + pkg.version().version() + "' already exists"));
        }
        return errors;
    }

    @Transactional
    public VersionDetail publish(String fw, String version, PublishRequest request) {
        FrameworkEntity framework = Drafts.framework(fw);
        FrameworkVersionEntity v = Drafts.lock(framework, version);
        if (v.status != VersionStatus.DRAFT) {
            throw ProblemException.immutable("Version " + version + " of framework '" + fw + "' is already " + v.status.value() + ".");
        }
        List<Problem.InvalidInput> errors = DraftValidator.validate(NodeEntity.listForVersion(v.id));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("Version " + version + " cannot be published", errors);
        }
        String previous = FrameworkVersionEntity.findLatestPublished(framework.id).map(p -> p.version).orElse(null);
        VersionDetail before = VersionDetail.of(framework, v);
        v.status = VersionStatus.PUBLISHED;
        v.publishedAt = Instant.now();
        if (request != null && request.releaseNotes() != null) {
            v.releaseNotes = request.releaseNotes();
        }
        return released(framework, v, before, "version.publish", "version.published", previous);
    }

    @Transactional
    public VersionDetail deprecate(String fw, String version, DeprecateRequest request) {
        FrameworkEntity framework = Drafts.framework(fw);
        Instant sunset = sunset(request == null ? null : request.sunset());
        FrameworkVersionEntity v = Drafts.lock(framework, version);
        if (v.status != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("Only a published version can be deprecated; version " + version
                    + " of framework '" + fw + "' is " + v.status.value() + ".");
        }
        VersionDetail before = VersionDetail.of(framework, v);
        v.status = VersionStatus.DEPRECATED;
        v.deprecatedAt = Instant.now();
        v.sunsetAt = sunset;
        return released(framework, v, before, "version.deprecate", "version.deprecated", null);
    }

    /**
     * What a change of release status does after the row changed, in its transaction: drop the mapped tree, announce
     * the framework to every instance, audit the change and enqueue the webhook event.
     */
    private VersionDetail released(FrameworkEntity framework, FrameworkVersionEntity v, VersionDetail before,
            String auditAction, String event, String previous) {
        em.flush();
        trees.evict(v.id);
        published.announce(framework.slug);
        VersionDetail after = VersionDetail.of(framework, v);
        audit.record(auditAction, framework.slug, v.version, null, before, after);
        webhooks.enqueue(framework.slug, v.version, event, previous);
        return after;
    }

    private static Instant sunset(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw Drafts.invalid("/sunset", "must be a date such as 2027-06-30 or an RFC 3339 instant");
        }
    }
}
