// The html pages konform writes for people, produced with the built `konform` for the browser
// tests: the validate report of the shipped example (a conformant and a failing message), issue
// 23's four-candidate procurement comparison and the profile catalogue, each in German and
// English. Written under the given folder (in the build tree), never into the sources.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { repoRoot } = require('./browser');

const profile = 'de.sn.musterstadt';
const asOf = '2026-11-01';
const profileDir = path.join(repoRoot, 'profiles/de/sn/musterstadt');

// Runs konform in `cwd`; `allowed` lists the exit codes that mean "the page was written".
function konform(binary, args, cwd, allowed = [0]) {
  try {
    execFileSync(binary, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
  } catch (error) {
    if (error.status === null || !allowed.includes(error.status)) {
      throw new Error(`konform ${args.join(' ')} failed (${error.status ?? error.signal}):\n` +
        `${error.stdout}${error.stderr}`);
    }
  }
}

// The four candidates of issue 23 (as tests/support/procurement_candidates.cpp builds them for the
// C++ tests): the shipped example product, a copy of it with `isms: none`, and two real
// publiccode.yml files from ../shared/servicedefs, copied so the page names no machine's folder.
function fourCandidates(dir, sharedDir) {
  const example = path.join(profileDir, 'examples/servicedef');
  for (const name of ['beispiel', 'kaputt']) {
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    fs.cpSync(example, path.join(dir, name), { recursive: true });
  }
  const broken = path.join(dir, 'kaputt/konform-service.yml');
  const definition = fs.readFileSync(broken, 'utf8');
  if (!/^(\s*)isms: .*$/m.test(definition)) throw new Error(`no "isms:" line in ${broken}`);
  fs.writeFileSync(broken, definition.replace(/^(\s*)isms: .*$/m, '$1isms: none'));
  const real = ['bund-elterngeldrechner.publiccode.yml', 'muenchen-mucgpt.publiccode.yml'];
  for (const name of real) {
    fs.copyFileSync(path.join(sharedDir, 'servicedefs', name), path.join(dir, name));
  }
  return ['beispiel', 'kaputt', ...real];
}

// The comparison of `candidates` (names relative to `dir`) as `dir`/compare-<lang>.html.
function writeComparePage(binary, dir, candidates, lang) {
  const name = `compare-${lang}`;
  konform(binary, ['compare', '--profile', profile, '--as-of', asOf, '--lang', lang, '--format',
    'html', '--output', `${name}.html`, ...candidates], dir);
  return { name, file: path.join(dir, `${name}.html`), lang };
}

// Writes every page under `dir`; returns [{name, file, lang}] in a fixed order.
function writeReportPages(binary, sharedDir, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const candidates = fourCandidates(dir, sharedDir);
  const pages = [];
  for (const lang of ['de', 'en']) {
    const common = ['--profile', profile, '--as-of', asOf, '--lang', lang, '--format', 'html'];
    for (const [kind, exits] of [['konform', [0]], ['fehlerhaft', [1]]]) {
      const name = `validate-${kind}-${lang}`;
      const input = path.join(profileDir, `tests/gewerbe-anmeldung-${kind}.xml`);
      konform(binary, ['validate', ...common, '--output', `${name}.html`, input], dir, exits);
      pages.push({ name, file: path.join(dir, `${name}.html`), lang });
    }
    pages.push(writeComparePage(binary, dir, candidates, lang));
    const doc = `profile-doc-${lang}`;
    konform(binary, ['profile', 'doc', '--as-of', asOf, '--lang', lang, '--format', 'html',
      '--output', `${doc}.html`, profile], dir);
    pages.push({ name: doc, file: path.join(dir, `${doc}.html`), lang });
  }
  return pages;
}

module.exports = { writeReportPages, writeComparePage, fourCandidates };
