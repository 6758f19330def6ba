package org.e2e.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a read operation that honours a write's {@value ReadAfterFilters#HEADER} token: its database reads come
 * from a server that has replayed that write (see {@link ReadRouting}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface ReadAfterToken {
}
