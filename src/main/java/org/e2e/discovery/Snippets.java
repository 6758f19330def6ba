package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the hits on a page: the best two passages of a hit's whole text (about a sentence each, scored by the
 * words they match), HTML-escaped, with every matched word (exact, fuzzy or by prefix) in {@code <mark>}, each word
 * on its own, whichever field of the query it came from.
 */
final class Snippets {

    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARS = 160;
    /** Texts are highlighted up to this many characters (the longest resource is far shorter). */
    private static final int MAX_LENGTH = 200_000;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Snippets() {
    }

    /** Passages joined by " … ", matches in {@code <mark>}, the text escaped for HTML (&amp; &lt; &gt; &quot; &#39;). */
    private static final class HtmlPassageFormatter extends DefaultPassageFormatter {
        HtmlPassageFormatter() {
            super("<mark>", "</mark>", " … ", true);
        }

        @Override
        protected void append(StringBuilder dest, String content, int start, int end) {
            for (int i = start; i < end; i++) {
                char c = content.charAt(i);
                switch (c) {
                    case '&' -> dest.append("&amp;");
                    case '<' -> dest.append("&lt;");
                    case '>' -> dest.append("&gt;");
                    case '"' -> dest.append("&quot;");
                    case '\'' -> dest.append("&#39;");
                    default -> dest.append(c);
                }
            }
        }
    }

    /** One snippet per document, in order. */
    static String[] of(IndexSearcher searcher, Query positive, int[] docs) {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, DiscoveryAnalyzers.PER_FIELD)
                .withFieldMatcher(field -> true) // a word found in the title is marked in the text too
                .withFormatter(new HtmlPassageFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withMaxLength(MAX_LENGTH)
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false)
                .build();
        ScoreDoc[] scoreDocs = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) {
            scoreDocs[i] = new ScoreDoc(docs[i], 1f);
        }
        try {
            String[] snippets = highlighter.highlight(Fields.TEXT, positive,
                    new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), scoreDocs), PASSAGES);
            for (int i = 0; i < snippets.length; i++) {
                snippets[i] = snippets[i] == null ? "" : WHITESPACE.matcher(snippets[i]).replaceAll(" ").strip();
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
