// Validates Portal's Kubernetes manifests offline: every object against the Kubernetes API's JSON schema
// (kubernetes-models, which carries the schemas and validates with ajv), then what Portal's deployment promises
// on top (README, "Production"): probes, resources, Services, autoscalers, budgets, and that every ConfigMap,
// Secret key, Service and image a manifest names exists. Prints a JSON summary; exit code 1 on any error.
//
//   node validate.mjs <directory>
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const directory = process.argv[2];
if (!directory) {
  console.error("usage: node validate.mjs <directory>");
  process.exit(2);
}

const errors = [];
const objects = [];
const files = readdirSync(directory).filter((f) => f.endsWith(".yaml")).sort();
let kustomization = null;

for (const file of files) {
  const text = readFileSync(join(directory, file), "utf8");
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      errors.push(`${file}: not YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = document.toJS();
    if (object === null) continue;
    if (object.kind === "Kustomization") {
      kustomization = { file, object };
      continue;
    }
    objects.push({ file, object });
    await validateSchema(file, object);
  }
}

checkPortalPromises();
checkKustomization();

console.log(JSON.stringify({
  files,
  objects: objects.map(({ file, object }) => ({ file, kind: object.kind, name: object.metadata?.name })),
  errors,
}, null, 2));
process.exit(errors.length === 0 ? 0 : 1);

// The model class of apiVersion/kind: core objects live in kubernetes-models/v1, the others in their group's module.
async function validateSchema(file, object) {
  const where = `${file}: ${object.kind ?? "?"} ${object.metadata?.name ?? "?"}`;
  if (!object.apiVersion || !object.kind) {
    errors.push(`${where}: apiVersion and kind are required`);
    return;
  }
  let module;
  try {
    module = await import(`kubernetes-models/${object.apiVersion}`);
  } catch {
    errors.push(`${where}: unknown apiVersion ${object.apiVersion}`);
    return;
  }
  const Model = module[object.kind];
  if (!Model) {
    errors.push(`${where}: ${object.apiVersion} has no kind ${object.kind}`);
    return;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    errors.push(`${where}: ${error.message}`);
  }
}

function ofKind(kind) {
  return objects.filter(({ object }) => object.kind === kind).map(({ file, object }) => ({ file, object }));
}

function checkPortalPromises() {
  const configMaps = new Map(ofKind("ConfigMap").map(({ object }) => [object.metadata.name, object.data ?? {}]));
  const secrets = new Map(ofKind("Secret").map(({ object }) => [object.metadata.name, { ...object.data, ...object.stringData }]));
  const services = new Map(ofKind("Service").map(({ object }) => [object.metadata.name, object]));
  const deployments = ofKind("Deployment");
  const deploymentNames = new Set(deployments.map(({ object }) => object.metadata.name));

  for (const { file, object } of [...deployments, ...ofKind("Job")]) {
    const where = `${file}: ${object.kind} ${object.metadata.name}`;
    const isService = object.kind === "Deployment";
    for (const container of object.spec?.template?.spec?.containers ?? []) {
      const resources = container.resources ?? {};
      for (const bound of ["requests", "limits"]) {
        for (const resource of ["cpu", "memory"]) {
          if (!resources[bound]?.[resource]) errors.push(`${where}: container ${container.name} has no ${bound}.${resource}`);
        }
      }
      if (isService && container.readinessProbe?.httpGet?.path !== "/health") errors.push(`${where}: readiness probe must ask /health`);
      if (isService && container.livenessProbe?.httpGet?.path !== "/alive") errors.push(`${where}: liveness probe must ask /alive`);
      for (const source of container.envFrom ?? []) {
        const name = source.configMapRef?.name;
        if (name && !configMaps.has(name)) errors.push(`${where}: ConfigMap ${name} is not defined`);
      }
      for (const variable of container.env ?? []) {
        const reference = variable.valueFrom?.secretKeyRef;
        if (reference && !(secrets.get(reference.name) ?? {})[reference.key]) {
          errors.push(`${where}: ${variable.name} names Secret ${reference.name} key ${reference.key}, which secrets.example.yaml does not describe`);
        }
      }
    }
    if (isService) {
      const name = object.metadata.name;
      const service = services.get(name);
      const labels = object.spec.template.metadata?.labels ?? {};
      if (!service) errors.push(`${where}: no Service ${name}`);
      else if (!Object.entries(service.spec.selector ?? {}).every(([k, v]) => labels[k] === v)) errors.push(`${where}: Service ${name} does not select its pods`);
    }
  }

  for (const kind of ["HorizontalPodAutoscaler", "PodDisruptionBudget"]) {
    for (const { file, object } of ofKind(kind)) {
      const target = kind === "HorizontalPodAutoscaler" ? object.spec.scaleTargetRef?.name : object.spec.selector?.matchLabels?.["app.kubernetes.io/name"];
      if (!deploymentNames.has(target)) errors.push(`${file}: ${kind} ${object.metadata.name} targets no Deployment (${target})`);
    }
  }

  for (const { file, object } of ofKind("Ingress")) {
    for (const rule of object.spec.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const name = path.backend?.service?.name;
        if (!services.has(name)) errors.push(`${file}: Ingress ${object.metadata.name} routes ${rule.host} to no Service (${name})`);
      }
    }
  }
}

function checkKustomization() {
  if (!kustomization) {
    errors.push("kustomization.yaml is missing");
    return;
  }
  const { file, object } = kustomization;
  for (const resource of object.resources ?? []) {
    if (!existsSync(join(directory, resource))) errors.push(`${file}: resource ${resource} does not exist`);
  }
  const images = new Set(objects.flatMap(({ object: o }) => (o.spec?.template?.spec?.containers ?? []).map((c) => c.image.split(":")[0])));
  for (const image of object.images ?? []) {
    if (!images.has(image.name)) errors.push(`${file}: image ${image.name} is used by no manifest`);
  }
}
