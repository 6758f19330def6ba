package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.e2e.config.ServiceConfig;
import org.e2e.db.ReadRouting;
import org.e2e.framework.Crumb;
import org.e2e.framework.LatestVersion;
import org.e2e.problem.ProblemException;

/**
 * Completions of what is typed, from the titles of the layers, elements, categories, actions and resources: every
 * word but the last as a whole word (within one edit from 5 characters, two from 9), the last as the beginning of a
 * title word, also within one edit from 4 characters ("relat", "realt" and "relationsihp" all find Relationships).
 * Whole words rank above beginnings, beginnings above near misses, layers, elements and categories above actions
 * and resources, short titles above long ones.
 */
@ApplicationScoped
public class Completions {

    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE, new SortField(Fields.TITLE_LENGTH, SortField.Type.INT),
            new SortField(Fields.TITLE_SORT, SortField.Type.STRING));
    private static final Map<String, Float> KIND_BOOSTS = Map.of("layer", 0.6f, "element", 0.5f, "category", 0.4f,
            "resource", 0.2f, "action", 0.1f);

    private final DiscoveryIndex index;
    private final ReadRouting reads;
    private final int maxTerms;

    public Completions(DiscoveryIndex index, ReadRouting reads, ServiceConfig config) {
        this.index = index;
        this.reads = reads;
        this.maxTerms = config.search().maxTerms();
    }

    /** Up to {@code limit} completions of {@code typed}, best first, each title once. */
    public List<Completion> complete(String typed, int limit) {
        List<String> words = DiscoveryAnalyzers.tokens(DiscoveryAnalyzers.WORDS, typed);
        if (words.size() > maxTerms) {
            throw ProblemException.invalidParameter("q", "has " + words.size() + " words; at most " + maxTerms);
        }
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(word(words.get(i)), Occur.MUST);
        }
        query.add(last(words.get(words.size() - 1)), Occur.MUST);
        query.add(Discovery.terms(Fields.KIND, TextRequest.KINDS), Occur.FILTER);
        KIND_BOOSTS.forEach((kind, boost) -> query.add(constant(new TermQuery(new Term(Fields.KIND, kind)), boost), Occur.SHOULD));
        DiscoverySnapshot snapshot = index.acquire(reads.requiredPosition());
        try {
            TopDocs top = Discovery.top(snapshot.searcher, query.build(), ORDER, limit * 3);
            StoredFields stored = snapshot.searcher.storedFields();
            Set<String> seen = new LinkedHashSet<>();
            List<Completion> completions = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                if (completions.size() < limit && seen.add(doc.get(Fields.KIND) + "\n" + doc.get(Fields.TITLE))) {
                    completions.add(completion(snapshot, doc));
                }
            }
            return completions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(snapshot);
        }
    }

    private static Query word(String word) {
        Query exact = constant(new TermQuery(new Term(Fields.COMPLETE, word)), 2f);
        if (word.length() < 5) {
            return exact;
        }
        return new DisjunctionMaxQuery(List.of(exact,
                constant(TextQuery.fuzzy(Fields.COMPLETE, word, word.length()), 0.5f)), 0f);
    }

    private static Query last(String word) {
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(constant(new TermQuery(new Term(Fields.COMPLETE, word)), 2f));
        alternatives.add(constant(new PrefixQuery(new Term(Fields.COMPLETE, word)), 1.5f));
        if (word.length() >= 4) {
            Automaton nearPrefix = Operations.determinize(Operations.concatenate(
                    new LevenshteinAutomata(word, true).toAutomaton(1), Automata.makeAnyString()),
                    Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
            alternatives.add(constant(new AutomatonQuery(new Term(Fields.COMPLETE, word), nearPrefix), 0.5f));
        }
        if (word.length() >= 5) {
            alternatives.add(constant(TextQuery.fuzzy(Fields.COMPLETE, word, word.length()), 0.8f));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private static Query constant(Query query, float boost) {
        return new BoostQuery(new ConstantScoreQuery(query), boost);
    }

    private static Completion completion(DiscoverySnapshot snapshot, Document doc) {
        UUID id = UUID.fromString(doc.get(Fields.ID));
        String framework = doc.get(Fields.FRAMEWORK);
        List<Crumb> path = List.of();
        String version = null;
        if (framework != null) {
            LatestVersion v = snapshot.frameworks.get(framework);
            path = v.path(id);
            version = v.version();
        }
        return new Completion(doc.get(Fields.KIND), id, doc.get(Fields.SLUG), doc.get(Fields.TITLE), framework, version, path);
    }
}
