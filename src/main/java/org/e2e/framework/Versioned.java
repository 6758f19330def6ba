package org.e2e.framework;

import java.util.function.Function;

/** A value read from one version, with how that version stood ({@link Release}) for the deprecation headers. */
public record Versioned<T>(T value, Release release) {

    public <R> Versioned<R> map(Function<? super T, ? extends R> f) {
        return new Versioned<>(f.apply(value), release);
    }
}
