package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each bare word of a query that is in no document (and, for the last word, begins none) is
 * replaced by the most frequent word of the index within two edits of it. The corrected query is offered when
 * it finds something, and at least as much as the query did.
 */
final class Spelling {

    private Spelling() {
    }

    /** The corrected query, or null when no word needed or had a correction. */
    static String correct(String raw, List<TextQuery.Word> words, IndexReader reader) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        String corrected = raw;
        boolean changed = false;
        try {
            for (TextQuery.Word word : words) {
                List<String> surface = DiscoveryAnalyzers.tokens(DiscoveryAnalyzers.WORDS, word.text());
                if (surface.size() != 1) {
                    continue;
                }
                String w = surface.get(0);
                if (reader.docFreq(new Term(Fields.SPELL, w)) > 0
                        || (word.last() && !TextQuery.expand(reader, Fields.SPELL, w, 1).isEmpty())) {
                    continue;
                }
                SuggestWord[] suggestions = checker.suggestSimilar(new Term(Fields.SPELL, w), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.text()) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(corrected);
                    if (m.find()) {
                        corrected = corrected.substring(0, m.start()) + suggestions[0].string + corrected.substring(m.end());
                        changed = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed && !corrected.toLowerCase(Locale.ROOT).equals(raw.toLowerCase(Locale.ROOT)) ? corrected : null;
    }
}
