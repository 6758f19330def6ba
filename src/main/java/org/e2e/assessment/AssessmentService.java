package org.e2e.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.assessment.AssessmentResult.AssessedCriterion;
import org.e2e.assessment.AssessmentResult.NextStep;
import org.e2e.assessment.RubricInstrument.FrameworkVersionRef;
import org.e2e.assessment.RubricInstrument.InstrumentCriterion;
import org.e2e.assessment.RubricInstrument.SupportAction;
import org.e2e.assessment.RubricInstrument.SupportNode;
import org.e2e.assessment.RubricInstrument.SupportResource;
import org.e2e.config.ServiceConfig;
import org.e2e.framework.Crumb;
import org.e2e.framework.LatestVersion;
import org.e2e.framework.LatestVersions;
import org.e2e.framework.NodeType;
import org.e2e.problem.InvalidParameterException;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;
import org.e2e.resource.ResourceEntity;
import org.e2e.resource.ResourceMapper;
import org.e2e.resource.ResourcePackage;
import org.e2e.resource.Rubric;

/**
 * Rubric self-assessment as a pure computation: the published rubric, its editorial links resolved in the latest
 * published framework versions, and the ratings give the result. Nothing is stored; the same input against the
 * same resource revision and framework versions gives an equal result (and so the same bytes).
 */
@ApplicationScoped
public class AssessmentService {

    /** Where the ratings came from: a JSON body (422, JSON pointers) or query parameters (400, parameter names). */
    public enum Source {
        BODY, QUERY
    }

    private final LatestVersions latest;
    private final ResourceMapper resources;
    private final String base;

    public AssessmentService(LatestVersions latest, ResourceMapper resources, ServiceConfig config) {
        this.latest = latest;
        this.resources = resources;
        this.base = config.publicBaseUrl().replaceAll("/+$", "");
    }

    public RubricInstrument instrument(String slug) {
        ResourceEntity r = rubricResource(slug);
        Map<UUID, SupportNode> nodes = new LinkedHashMap<>();
        List<FrameworkVersionRef> versions = new ArrayList<>();
        for (LatestVersion v : latest.all()) {
            boolean used = false;
            for (Rubric.Criterion c : r.rubric.criteria()) {
                for (ResourcePackage.NodeRef ref : c.supportsOrEmpty()) {
                    Crumb node = v.crumb(ref.id());
                    if (node != null && !nodes.containsKey(ref.id())) {
                        nodes.put(ref.id(), supportNode(v, node));
                        used = true;
                    }
                }
            }
            if (used) {
                versions.add(new FrameworkVersionRef(v.framework(), v.version()));
            }
        }
        List<InstrumentCriterion> criteria = r.rubric.criteria().stream().map(c -> new InstrumentCriterion(c.position(),
                c.slug(), c.title(), c.levels(),
                c.supportsOrEmpty().stream().map(ref -> nodes.get(ref.id())).filter(Objects::nonNull).toList(),
                c.supportingResourcesOrEmpty().stream().map(this::supportResource).flatMap(Optional::stream).toList())).toList();
        String path = "/resources/" + r.slug + "/assessment";
        return new RubricInstrument(new RubricInstrument.RubricRef(r.slug, r.title, r.revision, ResourceMapper.RESOURCES + "/" + r.slug),
                versions, r.rubric.levelNamesEditorial(), criteria,
                new RubricInstrument.InstrumentLinks(ResourceMapper.RESOURCES + "/" + r.slug + "/assessment",
                        base + "/embed" + path, base + "/view" + path));
    }

    /** Checks the ratings (every problem at once) and computes the result. */
    public AssessmentResult assess(String slug, Map<String, Integer> ratings, Source source) {
        RubricInstrument instrument = instrument(slug);
        Map<String, Integer> valid = validate(instrument, ratings, source);
        List<AssessedCriterion> criteria = instrument.criteria().stream().map(c -> assessed(c, valid.get(c.slug()))).toList();
        String query = valid.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        String path = "/resources/" + slug + "/assessment?" + query;
        return new AssessmentResult(instrument.resource(), instrument.frameworks(), valid, criteria, nextSteps(criteria),
                new AssessmentResult.ResultLinks("/api/v1" + path, base + "/view" + path, base + "/embed" + path));
    }

    private static Map<String, Integer> validate(RubricInstrument instrument, Map<String, Integer> ratings, Source source) {
        Map<String, InstrumentCriterion> bySlug = instrument.criteria().stream()
                .collect(Collectors.toMap(InstrumentCriterion::slug, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<Problem.InvalidInput> errors = new ArrayList<>();
        // Sorted, so the same bad input always lists its problems in the same order.
        for (Map.Entry<String, Integer> e : new TreeMap<>(ratings).entrySet()) {
            InstrumentCriterion c = bySlug.get(e.getKey());
            if (c == null) {
                errors.add(input(source, e.getKey(), "is not a criterion of this rubric; its criteria are "
                        + String.join(", ", bySlug.keySet())));
            } else if (e.getValue() < 1 || e.getValue() > c.levels().size()) {
                errors.add(input(source, e.getKey(), "must be a level from 1 to " + c.levels().size() + ", not " + e.getValue()));
            }
        }
        if (ratings.isEmpty()) {
            String detail = "rate at least one criterion with a level from 1 to " + instrument.criteria().get(0).levels().size();
            if (source == Source.BODY) {
                errors.add(new Problem.InvalidInput("body", "/ratings", detail));
            } else {
                bySlug.keySet().forEach(slug -> errors.add(new Problem.InvalidInput("query", slug, detail)));
            }
        }
        if (!errors.isEmpty()) {
            throw source == Source.BODY ? ProblemException.unprocessable(errors) : new InvalidParameterException(errors);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        bySlug.keySet().stream().filter(ratings::containsKey).forEach(slug -> ordered.put(slug, ratings.get(slug)));
        return ordered;
    }

    private static Problem.InvalidInput input(Source source, String key, String detail) {
        return source == Source.BODY ? new Problem.InvalidInput("body", "/ratings/" + key, detail)
                : new Problem.InvalidInput("query", key, detail);
    }

    private static AssessedCriterion assessed(InstrumentCriterion c, Integer rating) {
        int levels = c.levels().size();
        Rubric.Level current = rating == null ? null : c.levels().get(rating - 1);
        Rubric.Level next = rating == null || rating >= levels ? null : c.levels().get(rating);
        return new AssessedCriterion(c.position(), c.slug(), c.title(), rating != null, current, next,
                rating != null && rating == levels, levels, c.supports(), c.resources());
    }

    /** Lowest rating first, then criterion order, then link order; each action or resource once. */
    private static List<NextStep> nextSteps(List<AssessedCriterion> criteria) {
        Map<String, NextStep> steps = new LinkedHashMap<>();
        criteria.stream().filter(AssessedCriterion::rated)
                .sorted(Comparator.comparingInt((AssessedCriterion c) -> c.current().position()).thenComparingInt(AssessedCriterion::position))
                .forEach(c -> {
                    c.supports().forEach(node -> node.actions().forEach(a -> add(steps, "action:" + a.id(),
                            new NextStep(0, "action", a.text(), List.of(c.slug()), a.id(), a.slug(), a.self(), null))));
                    c.resources().forEach(r -> add(steps, "resource:" + r.slug(),
                            new NextStep(0, "resource", r.title(), List.of(c.slug()), null, r.slug(), r.self(), r.view())));
                });
        List<NextStep> ranked = new ArrayList<>();
        for (NextStep s : steps.values()) {
            ranked.add(new NextStep(ranked.size() + 1, s.kind(), s.text(), s.criteria(), s.id(), s.slug(), s.self(), s.view()));
        }
        return ranked;
    }

    private static void add(Map<String, NextStep> steps, String key, NextStep step) {
        steps.merge(key, step, (first, again) -> first.criteria().contains(again.criteria().get(0)) ? first
                : new NextStep(0, first.kind(), first.text(), concat(first.criteria(), again.criteria()), first.id(),
                        first.slug(), first.self(), first.view()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** An action has no title, so its crumb title is its text. */
    private static SupportNode supportNode(LatestVersion v, Crumb node) {
        List<SupportAction> actions = v.subtree(node.id()).stream().filter(n -> n.type() == NodeType.ACTION)
                .map(n -> new SupportAction(n.id(), n.slug(), n.title(), n.self())).toList();
        return new SupportNode(v.framework(), v.version(), node.type(), node.id(), node.slug(), node.title(), node.self(),
                actions);
    }

    private Optional<SupportResource> supportResource(String slug) {
        return ResourceEntity.findPublishedBySlug(slug).map(r -> {
            var links = resources.links(r.slug);
            return new SupportResource(r.slug, r.title, r.type.label(), links.self(), links.view());
        });
    }

    private static ResourceEntity rubricResource(String slug) {
        ResourceEntity r = ResourceEntity.findPublishedBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("There is no resource '" + slug + "'."));
        if (r.rubric == null) {
            throw ProblemException.unprocessable("Resource '" + slug + "' cannot be used for a self-assessment",
                    List.of(new Problem.InvalidInput("path", "slug", "names a resource of type " + r.type.id() + ", not a rubric")));
        }
        return r;
    }
}
