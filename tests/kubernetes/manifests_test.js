// CTest kubernetes_manifests: deploy/kubernetes passes check_manifests.js, and copies broken one
// way each (written under OUTPUT) fail with the located problem that names the breakage.
//   node tests/kubernetes/manifests_test.js MANIFESTS OUTPUT KONFORM-BINARY
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const YAML = require("yaml");
const { checkFolder } = require("./check_manifests.js");

const [manifests, output, konform] = process.argv.slice(2);
if (!manifests || !output || !konform) {
  console.error("usage: node tests/kubernetes/manifests_test.js MANIFESTS OUTPUT KONFORM-BINARY");
  process.exit(2);
}

const container = ["spec", "template", "spec", "containers", 0];

/// A copy of the manifests under OUTPUT/name whose deployment.yaml `edit` changed.
function brokenCopy(name, edit) {
  const folder = path.join(output, name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(manifests, folder, { recursive: true });
  const file = path.join(folder, "deployment.yaml");
  const document = YAML.parseDocument(fs.readFileSync(file, "utf8"));
  edit(document);
  fs.writeFileSync(file, document.toString());
  return folder;
}

/// Renames the field at `pointer` to `newKey`, keeping its value.
function renameField(document, pointer, newKey) {
  const parent = document.getIn(pointer.slice(0, -1));
  const pair = parent.items.find((item) => item.key.value === pointer.at(-1));
  pair.key = document.createNode(newKey);
}

const cases = [
  ["the shipped manifests are valid and meet the policy", () => manifests, []],
  ["a misspelt field is unknown to the schema and leaves the probe missing",
    () => brokenCopy("misspelt-probe", (d) => renameField(d, [...container, "readinessProbe"], "readinesProbe")),
    [/deployment\.yaml:\d+:11: unknown field "readinesProbe" \(not in the Deployment schema\)/,
     /deployment\.yaml:\d+:\d+: container konform: readinessProbe must be set/]],
  ["a container without a liveness probe",
    () => brokenCopy("no-liveness", (d) => d.deleteIn([...container, "livenessProbe"])),
    [/deployment\.yaml:\d+:\d+: container konform: livenessProbe must be set/]],
  ["a field of the wrong type",
    () => brokenCopy("replicas-text", (d) => d.setIn(["spec", "replicas"], "two")),
    [/deployment\.yaml:\d+:3: \/spec\/replicas must be integer/]],
  ["a pod running as root",
    () => brokenCopy("root", (d) => d.setIn(["spec", "template", "spec", "securityContext", "runAsUser"], 0)),
    [/container konform: runAsUser must not be 0/, /container profiles: runAsUser must not be 0/]],
  ["a writable root filesystem",
    () => brokenCopy("writable-root", (d) => d.setIn([...container, "securityContext", "readOnlyRootFilesystem"], false)),
    [/container konform: readOnlyRootFilesystem must be true/]],
  ["a container without a memory limit",
    () => brokenCopy("no-memory-limit", (d) => d.deleteIn([...container, "resources", "limits", "memory"])),
    [/container konform: resources\.limits\.memory must be set/]],
  ["konform serve on a read-only root without a writable /tmp",
    () => brokenCopy("no-scratch", (d) => {
      const at = d.getIn([...container, "volumeMounts"]).items.findIndex((item) => item.get("mountPath") === "/tmp");
      d.deleteIn([...container, "volumeMounts", at]);
    }),
    [/container konform: a read-only root needs a writable volume at \/tmp/]],
  ["an option konform serve does not have",
    () => brokenCopy("unknown-option", (d) => {
      const at = d.getIn([...container, "args"]).items.findIndex((item) => item.value === "--workers=2");
      d.setIn([...container, "args", at], "--wokers=2");
    }),
    [/deployment\.yaml:\d+:\d+: container konform: konform serve has no option --wokers/]],
];

let passed = 0;
let failed = 0;
for (const [name, folder, expected] of cases) {
  const problems = checkFolder(folder(), konform);
  const missing = expected.filter((pattern) => !problems.some((line) => pattern.test(line)));
  const unexpected = problems.filter((line) => !expected.some((pattern) => pattern.test(line)));
  if (missing.length === 0 && unexpected.length === 0) {
    ++passed;
    console.log(`ok: ${name}`);
  } else {
    ++failed;
    console.log(`FAILED: ${name}`);
    for (const pattern of missing) console.log(`  expected a problem matching ${pattern}`);
    for (const line of unexpected) console.log(`  unexpected: ${line}`);
    if (missing.length) for (const line of problems) console.log(`  reported: ${line}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
