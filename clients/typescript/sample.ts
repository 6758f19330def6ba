// What another app does with the types generated from docs/openapi.json (openapi-typescript) and openapi-fetch:
// list the frameworks, read the tree and print the Beliefs categories with their action counts, list the resources
// for district leaders, search, and read the CASE package of a released version. It prints one fact per line, the
// same lines as the Java sample, so clients/run.sh can compare both with clients/expected-output.txt.
// Every property read below is documented as required, so `tsc --strict` needs no `!` and no `?.` on them.
// Argument: the service's base URL (default: the document's server).
import createClient from "openapi-fetch";
import type { paths } from "./generated/e2e.js";

const baseUrl = process.argv[2] ?? "http://localhost:8080";
const client = createClient<paths>({ baseUrl });

/** The body of a 2xx answer, or an error naming the operation and the status. */
function ok<T>(what: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`${what}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

const frameworks = ok("listFrameworks", await client.GET("/api/v1/frameworks"));
for (const f of frameworks) {
  console.log(`framework ${f.slug}: ${f.title}`);
}

const tree = ok("getFramework", await client.GET("/api/v1/frameworks/{framework}", {
  params: { path: { framework: "e2e-relationships" } },
}));
console.log(`tree ${tree.slug} ${tree.version.version}: ${tree.layers.length} layers`);
for (const layer of tree.layers) {
  for (const element of layer.elements) {
    if (element.slug === "beliefs") {
      for (const category of element.categories) {
        console.log(`beliefs category ${category.title}: ${category.actions.length} actions`);
      }
    }
  }
}

const leaders = ok("listResources", await client.GET("/api/v1/resources", {
  params: { query: { audience: ["district-leaders"] } },
}));
if (typeof leaders === "string") {
  throw new Error("listResources: a CSV answer where JSON was asked for");
}
const forLeaders = leaders;
console.log(`resources for district-leaders: ${forLeaders.totalItems}`);
for (const r of forLeaders.items) {
  console.log(`resource ${r.slug} (${r.type}, ${r.readingTimeMinutes} min)`);
}

const hits = ok("search", await client.GET("/api/v1/search", { params: { query: { q: "trust", size: 5 } } }));
console.log(`search trust: ${hits.totalItems} hits`);
for (const hit of hits.items) {
  console.log(`hit ${hit.type} ${hit.slug} (path of ${hit.path.length})`);
}

const documents = ok("getAllCFDocuments", await client.GET("/ims/case/v1p1/CFDocuments", {
  params: { query: { filter: "version='1.0.0'" } },
}));
const first = documents.CFDocuments[0];
if (first === undefined) {
  throw new Error("no CFDocument for version 1.0.0");
}
const pkg = ok("getCFPackage", await client.GET("/ims/case/v1p1/CFPackages/{sourcedId}", {
  params: { path: { sourcedId: first.identifier } },
}));
// CFItems, CFAssociations and CFRubrics are optional in the official CASE schema (CFPackageDType requires only
// CFDocument), so a client must allow for their absence.
console.log(`case package ${pkg.CFDocument.version ?? "?"}: ${pkg.CFItems?.length ?? 0} items, `
  + `${pkg.CFAssociations?.length ?? 0} associations, ${pkg.CFRubrics?.length ?? 0} rubric`);
