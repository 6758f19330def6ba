package org.e2e.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two analyzers of the index. {@link #TEXT} is for ranking and snippets: Unicode word tokens, English
 * possessives dropped, lower case, accents folded to ASCII, English stop words removed, Porter stems ("Relationships"
 * and "relationship" are one term, "café" matches "cafe"). {@link #WORDS} is the same without stop words and stems:
 * the surface words that prefixes, completions and "did you mean" work on.
 */
final class DiscoveryAnalyzers {

    static final Analyzer TEXT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    /** Per field: surface words for the completion and spelling fields, stems for everything else. */
    static final Analyzer PER_FIELD = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        private final Map<String, Analyzer> byField = Map.of(Fields.COMPLETE, WORDS, Fields.SPELL, WORDS);

        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return byField.getOrDefault(field, TEXT);
        }
    };

    private DiscoveryAnalyzers() {
    }

    /** The tokens an analyzer makes of a text. */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string does no I/O
        }
        return tokens;
    }
}
