// Checks a folder of Kubernetes manifests offline, the way CI checks deploy/kubernetes:
//   node tests/kubernetes/check_manifests.js deploy/kubernetes
// prints one located problem a line (file:line:column: message) and exits 1 when there is any.
//
// 1. Schema: every object listed by kustomization.yaml's resources is validated against the
//    Kubernetes v1.33.0 OpenAPI schema that kubernetes-models bundles (precompiled with Ajv: types,
//    required fields, enums, formats). Those schemas allow fields they do not define, and so would
//    a typo (`readinesProbe`), which the API server drops or refuses. So the check is strict, as
//    `kubectl --validate=strict` is: the validator reads each field its schema defines, and a field
//    it never read is one the schema does not know (maps such as labels are read key by key).
//    Why kubernetes-models 4.5.1 (npm): it bundles that schema, so checks run without network
//    once installed; it runs on Debian 12's Node.js 18 (5.x needs Node 22). kubeconform and kubeval
//    are not in Debian 12 and download their schemas; Debian's kubectl (kubernetes-client) is 1.20,
//    too old for autoscaling/v2, and validates only against a live API server.
// 2. Policy, what matters for konform's pods: non-root, read-only root filesystem, no privilege
//    escalation, all capabilities dropped, seccomp RuntimeDefault, requests and limits for CPU and
//    memory, readiness and liveness probes on the service's containers; and the Service, the
//    autoscaler and the disruption budget aim at the Deployment's pods; `konform serve` on a
//    read-only root gets a writable /tmp.
// 3. With a konform binary (second argument), every option a container passes to `konform serve`
//    must be one that `konform serve --help` lists.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const YAML = require("yaml");

/// The kubernetes-models class for an object's apiVersion and kind, or undefined.
function modelFor(apiVersion, kind) {
  // Both become a module path: nothing but names, no `..`.
  if (!/^([a-z0-9.-]+\/)?v[0-9a-z]+$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) return undefined;
  try {
    return require(`kubernetes-models/${apiVersion}/${kind}`)[kind];
  } catch {
    return undefined;
  }
}

/// A copy of `value` whose objects record the keys read from them (in `reads`).
function tracked(value, pointer, reads) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item, i) => tracked(item, [...pointer, i], reads));
  const read = new Set();
  reads.push({ pointer, keys: Object.keys(value), read });  // before its fields: outside in
  const copy = {};
  for (const [key, item] of Object.entries(value)) copy[key] = tracked(item, [...pointer, key], reads);
  const note = (key) => typeof key === "string" && read.add(key);
  return new Proxy(copy, {
    get: (target, key, receiver) => (note(key), Reflect.get(target, key, receiver)),
    has: (target, key) => (note(key), Reflect.has(target, key)),
  });
}

/// Schema problems of one object: [{pointer, message}].
function schemaProblems(object) {
  const Model = modelFor(object?.apiVersion, object?.kind);
  if (!Model)
    return [{ pointer: ["kind"], message: `unknown apiVersion/kind ${object?.apiVersion}/${object?.kind} in Kubernetes v1.33` }];
  const reads = [];
  const problems = [];
  try {
    Model.prototype.validate.call(tracked(object, [], reads));
  } catch (error) {
    for (const found of error.errors ?? [{ instancePath: "", message: error.message }]) {
      const unescape = (step) => step.replaceAll("~1", "/").replaceAll("~0", "~");  // JSON Pointer
      const pointer = found.instancePath.split("/").slice(1).map(unescape);
      problems.push({ pointer, message: `${found.instancePath || "/"} ${found.message}` });
    }
  }
  // A field inside an unknown one (never read either) is not reported again.
  const unknown = [];
  const inside = (pointer, outer) => outer.every((step, i) => pointer[i] === step);
  for (const { pointer, keys, read } of reads) {
    if (unknown.some((outer) => inside(pointer, outer))) continue;
    for (const key of keys.filter((key) => !read.has(key))) {
      unknown.push([...pointer, key]);
      problems.push({ pointer: [...pointer, key], message: `unknown field "${key}" (not in the ${object.kind} schema)` });
    }
  }
  return problems;
}

/// Policy problems of a pod template's containers.
function podProblems(podSpec, base) {
  const problems = [];
  const podSecurity = podSpec.securityContext ?? {};
  const groups = [["initContainers", podSpec.initContainers ?? []], ["containers", podSpec.containers ?? []]];
  for (const [group, containers] of groups) {
    containers.forEach((container, index) => {
      const at = [...base, group, index];
      const security = container.securityContext ?? {};
      const require = (ok, pointer, message) => ok || problems.push({ pointer: [...at, ...pointer], message });
      require((security.runAsNonRoot ?? podSecurity.runAsNonRoot) === true, ["securityContext"],
        `container ${container.name}: runAsNonRoot must be true (here or in the pod's securityContext)`);
      require((security.runAsUser ?? podSecurity.runAsUser) !== 0, ["securityContext"],
        `container ${container.name}: runAsUser must not be 0`);
      require(security.readOnlyRootFilesystem === true, ["securityContext"],
        `container ${container.name}: readOnlyRootFilesystem must be true`);
      require(security.allowPrivilegeEscalation === false, ["securityContext"],
        `container ${container.name}: allowPrivilegeEscalation must be false`);
      require(security.privileged !== true, ["securityContext"], `container ${container.name}: must not be privileged`);
      require((security.capabilities?.drop ?? []).includes("ALL"), ["securityContext"],
        `container ${container.name}: capabilities must drop ALL`);
      require((security.seccompProfile ?? podSecurity.seccompProfile)?.type === "RuntimeDefault", ["securityContext"],
        `container ${container.name}: seccompProfile must be RuntimeDefault (here or in the pod's securityContext)`);
      for (const kind of ["requests", "limits"]) {
        for (const resource of ["cpu", "memory"]) {
          require(container.resources?.[kind]?.[resource] !== undefined, ["resources"],
            `container ${container.name}: resources.${kind}.${resource} must be set`);
        }
      }
      if (group === "containers") {
        for (const probe of ["readinessProbe", "livenessProbe"]) {
          require(container[probe] !== undefined, [], `container ${container.name}: ${probe} must be set`);
        }
      }
    });
  }
  return problems;
}

/// The options `konform serve --help` lists, or undefined without a konform binary.
function serveOptions(konform) {
  if (!konform) return undefined;
  const help = require("node:child_process").execFileSync(konform, ["serve", "--help"], { encoding: "utf8" });
  return new Set(help.match(/--[a-z][a-z-]*/g));
}

/// Problems of the containers that run `konform serve`: options it does not have (with
/// `options`), and on a read-only root no writable /tmp (POST /v1/compare unpacks zips there).
function serveProblems(podSpec, base, options) {
  const problems = [];
  (podSpec.containers ?? []).forEach((container, index) => {
    const args = container.args ?? [];
    if (args[0] !== "serve") return;
    const at = [...base, "containers", index];
    args.forEach((argument, position) => {
      const option = /^--[^=]*/.exec(argument)?.[0];
      if (options && option && !options.has(option))
        problems.push({ pointer: [...at, "args", position], message: `container ${container.name}: konform serve has no option ${option}` });
    });
    const mounted = (container.volumeMounts ?? []).filter((mount) => !mount.readOnly).map((mount) => mount.mountPath);
    if (container.securityContext?.readOnlyRootFilesystem && !mounted.includes("/tmp"))
      problems.push({ pointer: at, message: `container ${container.name}: a read-only root needs a writable volume at /tmp (POST /v1/compare unpacks zips there)` });
  });
  return problems;
}

/// True when every label of `selector` is among `labels`.
function selects(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

/// Problems across objects: the Service, autoscaler and budget must aim at a Deployment's pods.
function referenceProblems(entries, options) {
  const deployments = entries.filter((e) => e.object.kind === "Deployment");
  const podLabels = deployments.map((e) => e.object.spec?.template?.metadata?.labels ?? {});
  const problems = [];
  for (const entry of entries) {
    const { kind, spec } = entry.object;
    const complain = (pointer, message) => problems.push({ entry, pointer, message });
    if (kind === "Service" && !podLabels.some((labels) => selects(spec?.selector, labels)))
      complain(["spec", "selector"], "the Service selects no Deployment's pods");
    if (kind === "PodDisruptionBudget" && !podLabels.some((labels) => selects(spec?.selector?.matchLabels, labels)))
      complain(["spec", "selector"], "the PodDisruptionBudget selects no Deployment's pods");
    if (kind === "HorizontalPodAutoscaler" &&
        !deployments.some((d) => spec?.scaleTargetRef?.kind === "Deployment" && d.object.metadata?.name === spec.scaleTargetRef.name))
      complain(["spec", "scaleTargetRef"], "the HorizontalPodAutoscaler scales no Deployment of these manifests");
  }
  for (const entry of deployments) {
    const template = entry.object.spec?.template;
    const base = ["spec", "template", "spec"];
    problems.push(...podProblems(template?.spec ?? {}, base).map((p) => ({ entry, ...p })));
    problems.push(...serveProblems(template?.spec ?? {}, base, options).map((p) => ({ entry, ...p })));
  }
  return problems;
}

/// The line and column of the field at `pointer` (its key), else of its nearest existing parent.
function locate(entry, pointer) {
  let node = entry.document.contents;
  let offset = node?.range?.[0];
  for (const step of pointer) {
    if (YAML.isMap(node)) {
      const pair = node.items.find((item) => YAML.isScalar(item.key) && item.key.value === step);
      offset = pair?.key?.range?.[0] ?? offset;
      node = pair?.value;
    } else if (YAML.isSeq(node)) {
      node = node.items[step];
      offset = node?.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = entry.lineCounter.linePos(offset ?? 0);
  return `${line}:${col}`;
}

/// Every problem of the manifests kustomization.yaml in `folder` lists, as located lines; with
/// `konform`, the path of its binary, also the options given to `konform serve`.
function checkFolder(folder, konform) {
  const lines = [];
  const kustomizationFile = path.join(folder, "kustomization.yaml");
  const kustomization = YAML.parse(fs.readFileSync(kustomizationFile, "utf8"));
  const listed = kustomization?.resources ?? [];
  const entries = [];
  for (const resource of listed) {
    const file = path.join(folder, resource);
    if (path.relative(folder, file).startsWith("..")) {
      lines.push(`${kustomizationFile}: resource ${resource} lies outside ${folder}`);
      continue;
    }
    const lineCounter = new YAML.LineCounter();
    const documents = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"), { lineCounter, uniqueKeys: true });
    for (const document of documents) {
      for (const error of document.errors) lines.push(`${file}:${error.linePos?.[0]?.line ?? 1}:${error.linePos?.[0]?.col ?? 1}: ${error.message}`);
      const object = document.toJS();
      if (object === null || object === undefined) continue;
      const entry = { file, document, lineCounter, object };
      entries.push(entry);
      for (const problem of schemaProblems(object)) lines.push(`${file}:${locate(entry, problem.pointer)}: ${problem.message}`);
    }
  }
  for (const { entry, pointer, message } of referenceProblems(entries, serveOptions(konform)))
    lines.push(`${entry.file}:${locate(entry, pointer)}: ${message}`);
  const unlisted = fs.readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && name !== "kustomization.yaml" && !listed.includes(name));
  for (const name of unlisted) lines.push(`${path.join(folder, name)}: not listed in kustomization.yaml's resources, so never applied`);
  return lines;
}

module.exports = { checkFolder };

if (require.main === module) {
  const [folder, konform] = process.argv.slice(2);
  if (!folder) {
    console.error("usage: node tests/kubernetes/check_manifests.js FOLDER [KONFORM-BINARY]");
    process.exit(2);
  }
  const problems = checkFolder(folder, konform);
  for (const line of problems) console.log(line);
  console.log(problems.length ? `${problems.length} problem(s) in ${folder}` : `${folder}: valid for Kubernetes v1.33, policy met`);
  process.exit(problems.length ? 1 : 0);
}
