package org.e2e.framework;

import java.util.UUID;

import org.e2e.problem.ProblemException;
import org.e2e.web.QueryParameters;

/** Path parameters of framework URLs: a version or node id that cannot exist is a 404, like one that does not. */
public final class PathParams {

    private PathParams() {
    }

    public static String pathVersion(String fw, String version) {
        if (!QueryParameters.isVersion(version)) {
            throw ProblemException.notFound("Framework '" + fw + "' has no version '" + version + "'.");
        }
        return version;
    }

    public static UUID nodeId(String fw, String version, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Version " + version + " of framework '" + fw + "' has no node '" + id + "'.");
        }
    }
}
