package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.e2e.problem.ProblemException;

/**
 * A query in web search syntax (words are ANDed, "quoted phrases", {@code or} between words, {@code -word} and
 * {@code -"phrase"} exclude) as a Lucene query that forgives: each word matches its stem in the title (boost 3),
 * the summary (2) and the whole text (1), or, ranked below any exact match, a word within one edit (words of 5+
 * characters) or two (9+), and the last word also as the beginning of a word (search as you type). Fuzzy and prefix
 * expansions are bounded, so no query is slow.
 */
final class TextQuery {

    static final float FUZZY_WEIGHT = 0.5f;
    static final float PREFIX_WEIGHT = 0.4f;
    /** Most index terms a fuzzy word or a prefix expands to. */
    static final int MAX_EXPANSIONS = 50;
    /** Most words a prefix or near miss is compared with before the most frequent {@link #MAX_EXPANSIONS} are taken. */
    private static final int MAX_PREFIX_SCAN = 5000;
    private static final int MIN_PREFIX = 3;

    /** A bare word of the query (not excluded, not in a phrase), for "did you mean". */
    record Word(String text, boolean last) {
    }

    /** The query to run, its positive part (what snippets mark), and its bare words. */
    record Parsed(Query query, Query positive, List<Word> words, boolean empty) {
    }

    private record Item(String text, boolean phrase, boolean negated, boolean or) {
    }

    private TextQuery() {
    }

    /** Parses {@code raw}; more than {@code maxTerms} distinct words and phrases is a 400 on parameter {@code name}. */
    static Parsed parse(String raw, IndexReader reader, int maxTerms, String name) {
        List<Item> items = items(raw);
        Set<String> distinct = new LinkedHashSet<>();
        items.stream().filter(i -> !i.or()).forEach(i -> distinct.add((i.negated() ? "-" : "") + i.text().toLowerCase(Locale.ROOT)));
        if (distinct.size() > maxTerms) {
            throw ProblemException.invalidParameter(name, "has " + distinct.size() + " distinct words and phrases; at most "
                    + maxTerms + " are searched");
        }
        int lastWord = items.isEmpty() || items.get(items.size() - 1).phrase() || items.get(items.size() - 1).negated()
                || items.get(items.size() - 1).or() ? -1 : items.size() - 1;
        List<List<Query>> groups = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean or = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.or()) {
                or = !groups.isEmpty();
                continue;
            }
            if (!seen.add((item.negated() ? "-" : "") + item.text().toLowerCase(Locale.ROOT))) {
                continue; // "trust trust" is "trust"
            }
            if (item.negated()) {
                Query exact = exact(item.text());
                if (exact != null) {
                    excluded.add(exact);
                }
                continue;
            }
            Query clause = item.phrase() ? exact(item.text()) : word(item.text(), i == lastWord, reader);
            if (clause == null) {
                continue; // only stop words or punctuation
            }
            if (!item.phrase()) {
                words.add(new Word(item.text(), i == lastWord));
            }
            if (or) {
                groups.get(groups.size() - 1).add(clause);
            } else {
                groups.add(new ArrayList<>(List.of(clause)));
            }
            or = false;
        }
        if (groups.isEmpty()) {
            return new Parsed(new MatchNoDocsQuery(), new MatchNoDocsQuery(), words, true);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder positive = new BooleanQuery.Builder();
        for (List<Query> group : groups) {
            query.add(group.size() == 1 ? group.get(0) : any(group), Occur.MUST);
            group.forEach(q -> positive.add(q, Occur.SHOULD));
        }
        excluded.forEach(q -> query.add(q, Occur.MUST_NOT));
        return new Parsed(query.build(), positive.build(), words, false);
    }

    /** The query's items: words, "phrases", their exclusions and the {@code or}s between them. */
    private static List<Item> items(String raw) {
        List<Item> items = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(raw.charAt(i + 1))) {
                negated = true;
                i++;
                c = raw.charAt(i);
            }
            if (c == '"') {
                int end = raw.indexOf('"', i + 1);
                end = end < 0 ? n : end;
                items.add(new Item(raw.substring(i + 1, end), true, negated, false));
                i = end + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(raw.charAt(end)) && raw.charAt(end) != '"') {
                end++;
            }
            String word = raw.substring(i, end);
            items.add(new Item(word, false, negated, !negated && word.equalsIgnoreCase("or")));
            i = end;
        }
        return items;
    }

    /** A word: its stem in title, summary and text; within edits; and, for the last word, as a prefix. */
    private static Query word(String text, boolean last, IndexReader reader) {
        List<String> stems = DiscoveryAnalyzers.tokens(DiscoveryAnalyzers.TEXT, text);
        if (stems.size() != 1) {
            return stems.isEmpty() ? null : exact(text); // "e2e-relationships" is the phrase "e2e relationships"
        }
        String stem = stems.get(0);
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(fields(stem));
        List<String> surface = DiscoveryAnalyzers.tokens(DiscoveryAnalyzers.WORDS, text);
        int length = surface.isEmpty() ? 0 : surface.get(0).codePointCount(0, surface.get(0).length());
        if (length >= 5) {
            Query near = stems(fuzzyWords(reader, surface.get(0), length), stem);
            if (near != null) {
                alternatives.add(new BoostQuery(near, FUZZY_WEIGHT));
            }
        }
        if (last && length >= MIN_PREFIX) {
            Query prefix = stems(expand(reader, Fields.SPELL, surface.get(0), MAX_EXPANSIONS), stem);
            if (prefix != null) {
                alternatives.add(new BoostQuery(prefix, PREFIX_WEIGHT));
            }
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
    }

    /** Edits allowed for a word of this many characters: 1 from 5, 2 from 9. */
    static FuzzyQuery fuzzy(String field, String term, int length) {
        return new FuzzyQuery(new Term(field, term), length >= 9 ? 2 : 1, 1, MAX_EXPANSIONS, true);
    }

    /** A stem in each ranking field. */
    private static Query fields(String stem) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, stem)), 3f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(Fields.SUMMARY, stem)), 2f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(Fields.KEYWORDS, stem)), 2f), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TEXT, stem)), Occur.SHOULD).build();
    }

    /** An exact word or phrase (stems in order, stop words as gaps) in the title or the text. */
    private static Query exact(String text) {
        PhraseQuery title = phrase(Fields.TITLE, text);
        if (title == null) {
            return null;
        }
        if (title.getTerms().length == 1) {
            return fields(title.getTerms()[0].text());
        }
        return new BooleanQuery.Builder().add(new BoostQuery(title, 3f), Occur.SHOULD)
                .add(phrase(Fields.TEXT, text), Occur.SHOULD).build();
    }

    private static PhraseQuery phrase(String field, String text) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int position = -1;
        int terms = 0;
        try (TokenStream stream = DiscoveryAnalyzers.TEXT.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                phrase.add(new Term(field, term.toString()), position);
                terms++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms == 0 ? null : phrase.build();
    }

    /**
     * Words of the index (near misses or continuations of what was typed) as their stems in the title, text and keywords,
     * other than the word's own: "conversaton" finds "conversations", "respec" finds "respect". Matching the stems
     * of whole words (not the typed form against stems) ranks them by BM25 and lets snippets mark them. Null when
     * there are none.
     */
    private static Query stems(List<String> words, String ownStem) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words) {
            List<String> stem = DiscoveryAnalyzers.tokens(DiscoveryAnalyzers.TEXT, word);
            if (stem.size() == 1 && !stem.get(0).equals(ownStem)) {
                stems.add(stem.get(0));
            }
        }
        if (stems.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        stems.forEach(s -> {
            any.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, s)), 3f), Occur.SHOULD);
            any.add(new TermQuery(new Term(Fields.TEXT, s)), Occur.SHOULD);
            any.add(new TermQuery(new Term(Fields.KEYWORDS, s)), Occur.SHOULD);
        });
        return any.build();
    }

    /** The most frequent words of the index within the edits a word of {@code length} characters allows. */
    private static List<String> fuzzyWords(IndexReader reader, String word, int length) {
        record Candidate(String term, int docFreq) {
        }
        List<Candidate> candidates = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, Fields.SPELL);
            if (terms == null) {
                return List.of();
            }
            TermsEnum e = fuzzy(Fields.SPELL, word, length).getTermsEnum(terms);
            for (BytesRef t = e.next(); t != null && candidates.size() < MAX_PREFIX_SCAN; t = e.next()) {
                candidates.add(new Candidate(t.utf8ToString(), e.docFreq()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return candidates.stream().sorted(Comparator.comparingInt(Candidate::docFreq).reversed()).limit(MAX_EXPANSIONS)
                .map(Candidate::term).toList();
    }

    /** The most frequent terms of a field that begin with a prefix, scanning a bounded number of them. */
    static List<String> expand(IndexReader reader, String field, String prefix, int max) {
        record Candidate(String term, int docFreq) {
        }
        List<Candidate> candidates = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return List.of();
            }
            TermsEnum e = terms.iterator();
            BytesRef start = new BytesRef(prefix);
            if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
                return List.of();
            }
            for (BytesRef t = e.term(); t != null && candidates.size() < MAX_PREFIX_SCAN; t = e.next()) {
                String term = t.utf8ToString();
                if (!term.startsWith(prefix)) {
                    break;
                }
                candidates.add(new Candidate(term, e.docFreq()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return candidates.stream().sorted(Comparator.comparingInt(Candidate::docFreq).reversed()).limit(max)
                .map(Candidate::term).toList();
    }

    private static Query any(List<Query> group) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        group.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }
}
