package org.e2e.content;

import java.util.List;

/** A content package that cannot be loaded. The message names the package and every problem found in it. */
public class ContentPackageException extends RuntimeException {

    /** One problem: where it is in the package (a JSON pointer, RFC 6901) and what is wrong. */
    public record Issue(String pointer, String detail) {
    }

    private final List<String> problems;
    private final List<Issue> issues;

    public ContentPackageException(String source, List<String> problems, Throwable cause) {
        this(source, problems.stream().map(p -> new Issue("", p)).toList(), problems, cause);
    }

    private ContentPackageException(String source, List<Issue> issues, List<String> problems, Throwable cause) {
        super("Content package '" + source + "' cannot be loaded: " + String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
        this.issues = List.copyOf(issues);
    }

    /** Problems as the log shows them ({@code layers[0].slug: ...}) with the same problems as JSON pointers. */
    static ContentPackageException of(String source, List<String> problems, List<Issue> issues, Throwable cause) {
        return new ContentPackageException(source, issues, problems, cause);
    }

    public List<String> problems() {
        return problems;
    }

    /** Every problem with its JSON pointer, for API clients. */
    public List<Issue> issues() {
        return issues;
    }
}
