package org.e2e.discovery;

import java.util.List;
import java.util.UUID;

import org.e2e.framework.Crumb;

/** A completion of what is typed: the title of a node (with its framework, version and breadcrumb) or a resource. */
public record Completion(String kind, UUID id, String slug, String title, String framework, String version, List<Crumb> path) {
}
