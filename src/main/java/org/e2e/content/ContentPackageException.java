package org.e2e.content;

import java.util.List;

/** A content package that cannot be loaded. The message names the package and every problem found in it. */
public class ContentPackageException extends RuntimeException {

    private final List<String> problems;

    public ContentPackageException(String source, List<String> problems, Throwable cause) {
        super("Content package '" + source + "' cannot be loaded: " + String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
