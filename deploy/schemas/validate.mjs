// Validates documents (a JSON array, the rendered `kubectl kustomize deploy`) against the schemas of their kinds.
// Kubernetes kinds: kubernetes-models (npm, pinned in package-lock.json), whose validators are generated from the
// Kubernetes OpenAPI schemas. CloudNativePG kinds: cloudnative-pg/*.json with Ajv (strict: unknown fields refused).
// A kind without a schema is an error. Prints one line per document; exits 1 on any failure.
import { readFileSync } from "node:fs";
import Ajv from "ajv";

const here = new URL(".", import.meta.url);
const kubernetes = {
  "v1/Namespace": ["kubernetes-models/v1/Namespace", "Namespace"],
  "v1/ConfigMap": ["kubernetes-models/v1/ConfigMap", "ConfigMap"],
  "v1/Service": ["kubernetes-models/v1/Service", "Service"],
  "apps/v1/Deployment": ["kubernetes-models/apps/v1/Deployment", "Deployment"],
  "batch/v1/Job": ["kubernetes-models/batch/v1/Job", "Job"],
  "policy/v1/PodDisruptionBudget": ["kubernetes-models/policy/v1/PodDisruptionBudget", "PodDisruptionBudget"],
  "autoscaling/v2/HorizontalPodAutoscaler": ["kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler", "HorizontalPodAutoscaler"],
  "networking.k8s.io/v1/Ingress": ["kubernetes-models/networking.k8s.io/v1/Ingress", "Ingress"],
};
const ajv = new Ajv({ allErrors: true, strict: true });
const cnpg = {};
for (const [kind, file] of [["Cluster", "cluster"], ["Pooler", "pooler"], ["ScheduledBackup", "scheduledbackup"]]) {
  cnpg["postgresql.cnpg.io/v1/" + kind] = ajv.compile(JSON.parse(readFileSync(new URL(`cloudnative-pg/${file}.json`, here))));
}

const documents = JSON.parse(readFileSync(process.argv[2], "utf8"));
let failed = 0;
for (const doc of documents) {
  const key = `${doc.apiVersion}/${doc.kind}`;
  const name = `${key} ${doc.metadata?.name}`;
  try {
    if (kubernetes[key]) {
      const [module, type] = kubernetes[key];
      const Model = (await import(module))[type];
      new Model(doc).validate();
    } else if (cnpg[key]) {
      if (!cnpg[key](doc)) {
        throw new Error(ajv.errorsText(cnpg[key].errors));
      }
    } else {
      throw new Error("no schema for this kind");
    }
    console.log(`valid ${name}`);
  } catch (e) {
    failed++;
    console.log(`INVALID ${name}: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
