package org.e2e.discovery;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the index's documents from the published content (see {@link Fields}). */
final class Documents {

    /** The whole text: stored for snippets, with offsets so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);
    /** Surface words: matched, never scored or shown. */
    private static final FieldType SPELL_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    /** Sort keys longer than this are cut (a sort key is at most 32 KB; titles are far shorter). */
    private static final int SORT_KEY_CHARS = 400;

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
        SPELL_TYPE.setIndexOptions(IndexOptions.DOCS);
        SPELL_TYPE.setOmitNorms(true);
        SPELL_TYPE.freeze();
    }

    private final ObjectMapper json;

    Documents(ObjectMapper json) {
        this.json = json;
    }

    /** The searchable node documents of a framework version and its node map. */
    List<Document> framework(IndexedFramework framework) {
        Stream<Document> nodes = framework.texts().stream().map(n -> node(framework, n));
        return Stream.concat(nodes, Stream.of(nodeMap(framework))).toList();
    }

    private static Document node(IndexedFramework framework, IndexedFramework.NodeText n) {
        String title = n.title() != null ? n.title() : n.body();
        String summary = join(n.subtitle(), n.description());
        Document doc = common(n.type().value(), n.id(), n.slug(), title, summary,
                join(n.title(), n.subtitle(), n.description(), n.body()));
        doc.add(new StringField(Fields.FRAMEWORK, framework.framework(), Field.Store.YES));
        doc.add(new SortedSetDocValuesField(Fields.FRAMEWORK, new BytesRef(framework.framework())));
        doc.add(new StoredField(Fields.VERSION, framework.version()));
        return doc;
    }

    private Document nodeMap(IndexedFramework framework) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.FRAMEWORK_KIND, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(Fields.KIND, new BytesRef(Fields.FRAMEWORK_KIND)));
        doc.add(new StringField(Fields.FRAMEWORK, framework.framework(), Field.Store.YES));
        doc.add(new SortedSetDocValuesField(Fields.FRAMEWORK, new BytesRef(framework.framework())));
        doc.add(new StoredField(Fields.VERSION_ID, framework.versionId().toString()));
        doc.add(new StoredField(Fields.VERSION, framework.version()));
        try {
            doc.add(new StoredField(Fields.NODES, json.writeValueAsBytes(framework.nodes())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode the nodes of " + framework.framework(), e);
        }
        return doc;
    }

    static Document resource(IndexedResource r) {
        Document doc = common(Fields.RESOURCE, r.id(), r.slug(), r.title(), r.summary(), join(r.title(), r.summary(), r.body()));
        doc.add(new StoredField(Fields.SUMMARY, r.summary()));
        String keywords = Stream.concat(Stream.of(r.type()), r.tags().stream()).map(k -> k.replace('-', ' '))
                .collect(Collectors.joining(". "));
        doc.add(new TextField(Fields.KEYWORDS, keywords, Field.Store.NO));
        doc.add(new Field(Fields.SPELL, keywords, SPELL_TYPE));
        keyword(doc, Fields.TYPE, r.type());
        r.audiences().forEach(a -> keyword(doc, Fields.AUDIENCE, a));
        r.tags().forEach(t -> keyword(doc, Fields.TAG, t));
        r.nodeIds().stream().map(UUID::toString).distinct().forEach(id -> {
            doc.add(new StringField(Fields.NODE, id, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(Fields.NODE, new BytesRef(id)));
        });
        doc.add(new NumericDocValuesField(Fields.MINUTES, r.readingMinutes()));
        doc.add(new StoredField(Fields.MINUTES, r.readingMinutes()));
        doc.add(new NumericDocValuesField(Fields.CHANGE, r.change()));
        stored(doc, Fields.AUTHOR, r.author());
        stored(doc, Fields.PUBLISHER, r.publisher());
        stored(doc, Fields.DATE_TEXT, r.dateText());
        return doc;
    }

    private static Document common(String kind, UUID id, String slug, String title, String summary, String text) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(Fields.KIND, new BytesRef(kind)));
        doc.add(new SortedDocValuesField(Fields.KIND_SORT, new BytesRef(kind)));
        doc.add(new StringField(Fields.ID, id.toString(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id.toString())));
        doc.add(new StoredField(Fields.SLUG, slug));
        doc.add(new SortedDocValuesField(Fields.SLUG_SORT, new BytesRef(slug)));
        doc.add(new TextField(Fields.TITLE, title, Field.Store.YES));
        doc.add(new TextField(Fields.COMPLETE, title, Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.TITLE_SORT, new BytesRef(cut(title))));
        doc.add(new NumericDocValuesField(Fields.TITLE_LENGTH, title.length()));
        if (!summary.isEmpty()) {
            doc.add(new TextField(Fields.SUMMARY, summary, Field.Store.NO));
        }
        doc.add(new Field(Fields.TEXT, text, TEXT_TYPE));
        doc.add(new Field(Fields.SPELL, text, SPELL_TYPE));
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static String cut(String title) {
        return title.length() <= SORT_KEY_CHARS ? title : title.substring(0, SORT_KEY_CHARS);
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }
}
