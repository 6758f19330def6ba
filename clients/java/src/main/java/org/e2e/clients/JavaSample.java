package org.e2e.clients;

import java.util.List;
import java.util.Objects;

import org.e2e.client.ApiClient;
import org.e2e.client.ApiException;
import org.e2e.client.api.CaseApi;
import org.e2e.client.api.FrameworksApi;
import org.e2e.client.api.ResourcesApi;
import org.e2e.client.api.SearchApi;
import org.e2e.client.model.Audience;
import org.e2e.client.model.CFDocumentDType;
import org.e2e.client.model.CFPackageDType;
import org.e2e.client.model.CategoryView;
import org.e2e.client.model.ElementView;
import org.e2e.client.model.FrameworkSummary;
import org.e2e.client.model.FrameworkTree;
import org.e2e.client.model.LayerView;
import org.e2e.client.model.ResourcePage;
import org.e2e.client.model.ResourceSummary;
import org.e2e.client.model.SearchHit;
import org.e2e.client.model.SearchPage;

/**
 * What another app does with the client generated from docs/openapi.json (openapi-generator, java, native, Jackson):
 * list the frameworks, read the tree and print the Beliefs categories with their action counts, list the resources
 * for district leaders, search, and read the CASE package of a released version. It prints one fact per line, the
 * same lines as the TypeScript sample, so clients/run.sh can compare both with clients/expected-output.txt.
 * Argument: the service's base URL (default: the document's server).
 */
public final class JavaSample {

    private JavaSample() {
    }

    public static void main(String[] args) throws ApiException {
        ApiClient client = new ApiClient();
        if (args.length > 0) {
            client.updateBaseUri(args[0]);
        }
        FrameworksApi frameworks = new FrameworksApi(client);

        for (FrameworkSummary f : frameworks.listFrameworks(null, null)) {
            System.out.println("framework " + f.getSlug() + ": " + f.getTitle());
        }

        FrameworkTree tree = frameworks.getFramework("e2e-relationships", null, null, null);
        System.out.println("tree " + tree.getSlug() + " " + tree.getVersion().getVersion() + ": " + tree.getLayers().size()
                + " layers");
        for (LayerView layer : tree.getLayers()) {
            for (ElementView element : layer.getElements()) {
                if (element.getSlug().equals("beliefs")) {
                    for (CategoryView category : element.getCategories()) {
                        System.out.println("beliefs category " + category.getTitle() + ": " + category.getActions().size()
                                + " actions");
                    }
                }
            }
        }

        ResourcePage forLeaders = new ResourcesApi(client).listResources(List.of(Audience.DISTRICT_LEADERS), null, null, null,
                null, null, null, null, null, null, null, null, null);
        System.out.println("resources for district-leaders: " + forLeaders.getTotalItems());
        for (ResourceSummary r : forLeaders.getItems()) {
            System.out.println("resource " + r.getSlug() + " (" + r.getType().getValue() + ", " + r.getReadingTimeMinutes()
                    + " min)");
        }

        SearchPage hits = new SearchApi(client).search("trust", null, null, null, 5, null, null, null, null);
        System.out.println("search trust: " + hits.getTotalItems() + " hits");
        for (SearchHit hit : hits.getItems()) {
            System.out.println("hit " + hit.getType().getValue() + " " + hit.getSlug() + " (path of " + hit.getPath().size()
                    + ")");
        }

        CaseApi caseApi = new CaseApi(client);
        List<CFDocumentDType> documents = caseApi.getAllCFDocuments(null, "version='1.0.0'", null, null, null, null, null, null)
                .getCfDocuments();
        CFPackageDType pkg = caseApi.getCFPackage(documents.get(0).getIdentifier(), null, null);
        // CFItems, CFAssociations and CFRubrics are optional in the official CASE schema (CFPackageDType requires only
        // CFDocument), so a client must allow for their absence.
        System.out.println("case package " + Objects.requireNonNullElse(pkg.getCfDocument().getVersion(), "?") + ": "
                + count(pkg.getCfItems()) + " items, " + count(pkg.getCfAssociations()) + " associations, "
                + count(pkg.getCfRubrics()) + " rubric");
    }

    private static int count(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
