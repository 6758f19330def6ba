package org.e2e.discovery;

/**
 * The fields of the index. Every document is a framework node of a latest published version (kind layer, element,
 * category or action), a published resource (kind resource), or the node map of one framework's latest version (kind
 * {@link #FRAMEWORK_KIND}), which breadcrumbs and the layer/element filters and facets are resolved with.
 */
final class Fields {

    /** layer, element, category, action, resource; indexed, with sorted doc values (sort tie-break, facet). */
    static final String KIND = "kind";
    /** The node or resource id; indexed (updates, deletes), stored. */
    static final String ID = "id";
    static final String SLUG = "slug";
    /** Ranking fields: the title (boost 3), the summary (boost 2), and the whole text (title, summary and body). */
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    /** A resource's type and tags as words ("rubric", "mirroring conversations"): matched like the summary. */
    static final String KEYWORDS = "keywords";
    /** The whole text: stored, with offsets, for snippets. */
    static final String TEXT = "text";
    /** Title words (not stemmed) for completions. */
    static final String COMPLETE = "complete";
    /** Surface words of the whole text (not stemmed, docs only) for prefixes and "did you mean". */
    static final String SPELL = "spell";
    /** The framework a node or node map belongs to: indexed (deletes, filter), sorted doc values (facet). */
    static final String FRAMEWORK = "framework";
    static final String VERSION = "version";
    /** A node map's version id. */
    static final String VERSION_ID = "version_id";
    /** Resource filters and facets: indexed and as sorted-set doc values. */
    static final String AUDIENCE = "audience";
    static final String TYPE = "type";
    static final String TAG = "tag";
    /** The framework nodes a resource supports (ids); the layer and element filters and facets resolve through them. */
    static final String NODE = "node";
    /** Sort keys. */
    static final String TITLE_SORT = "title_sort";
    static final String SLUG_SORT = "slug_sort";
    static final String KIND_SORT = "kind_sort";
    static final String MINUTES = "minutes";
    static final String TITLE_LENGTH = "title_length";
    /** A resource card's change number (resource_card.change), to find what changed since the index was written. */
    static final String CHANGE = "change";
    /** Stored resource card fields shown in a list. */
    static final String AUTHOR = "author";
    static final String PUBLISHER = "publisher";
    static final String DATE_TEXT = "date_text";
    /** A node map document's JSON. */
    static final String NODES = "nodes";

    static final String RESOURCE = "resource";
    static final String FRAMEWORK_KIND = "~framework";

    private Fields() {
    }
}
