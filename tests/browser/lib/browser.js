// Shared helpers for konform's browser tests: Debian's Chromium driven by playwright-core, and
// axe-core's accessibility rules run inside the page. Node.js scripts under tests/browser/ use
// these; CTest runs them (label release-only: they test HTML, not the engine under a sanitizer).
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

// Debian's package installs Chromium here (ci/setup.sh); KONFORM_CHROMIUM overrides it.
const chromiumPath = process.env.KONFORM_CHROMIUM || '/usr/bin/chromium';

// A headless Chromium that reaches nothing but loopback: the pages under test must be
// self-contained, so any other request is a failure the tests should see, not a slow timeout.
async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    // Everything goes to a proxy that is not there (the discard port), except loopback, which
    // Chromium never proxies (its implicit bypass rules; `<-loopback>` would remove them and cut
    // off a service under test on 127.0.0.1 too).
    args: ['--no-sandbox', '--proxy-server=http://127.0.0.1:9'],
  });
}

// Collects console errors and failed requests of a page, so a test can assert there were none.
function watchErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  return errors;
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Runs axe-core over the page as loaded; returns the violations of the given impacts (serious and
// critical by default), each as "rule-id (impact): help — selectors".
async function axeViolations(page, impacts = ['serious', 'critical']) {
  // Evaluated through the DevTools protocol rather than added as a script element, which a page's
  // Content-Security-Policy (konform serve's forbids every script) would block.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((violation) => impacts.includes(violation.impact))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ` +
      violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', '));
}

module.exports = { launch, watchErrors, axeViolations, chromiumPath, repoRoot: path.resolve(__dirname, '../../..') };
