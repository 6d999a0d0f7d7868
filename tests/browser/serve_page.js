// konform serve's web page in a real browser (Debian's Chromium): a `konform serve` started here
// on a free loopback port with the shipped example profile; the validate page in German and
// English, the shipped samples uploaded and submitted by keyboard alone, the verdict visible on
// the HTML report, its JSON and SARIF downloads, and the compare page with two candidate zips.
// Every page and answer: no console errors, no failed request, nothing loaded from outside the
// service, no serious or critical axe-core violation, focus visible. Screenshots of the German
// form and report land in the output folder (browser-serve-page/*.png) for the README's readers.
//
// Environment: KONFORM_BIN (the konform binary), KONFORM_TEST_OUTPUT (a folder to write in).
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawn, execFileSync } = require('child_process');
const { launch, watchErrors, axeViolations, repoRoot } = require('./lib/browser');

const konform = process.env.KONFORM_BIN;
const output = path.join(process.env.KONFORM_TEST_OUTPUT || '.', 'browser-serve-page');
const samples = path.join(repoRoot, 'profiles/de/sn/musterstadt/tests');
const candidates = path.join(repoRoot, 'tests/e2e/fixtures/compare');

// Starts the service on port 0 and resolves its base URL once /readyz answers 200.
async function startService() {
  const service = spawn(konform, ['serve', '--listen', '127.0.0.1:0', '--profile',
    'de.sn.musterstadt'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  service.stderr.on('data', (chunk) => { log += chunk; });
  const base = await new Promise((resolve, reject) => {
    let announced = '';
    service.stdout.on('data', (chunk) => {
      announced += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(announced);
      if (match) resolve(match[1]);
    });
    service.on('exit', (code) => reject(new Error(`konform serve exited (${code}): ${log}`)));
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    const ready = await fetch(`${base}/readyz`).then((answer) => answer.ok, () => false);
    if (ready) return { service, base, log: () => log };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`konform serve never became ready: ${log}`);
}

// A page that records console errors, failed requests and any request leaving the service.
async function openPage(browser, base, locale) {
  const context = await browser.newContext({ locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${base}/`) && !url.startsWith('data:')) errors.push(`outside: ${url}`);
  });
  return { context, page, errors };
}

async function assertAccessible(page, what) {
  const violations = await axeViolations(page);
  assert.deepStrictEqual(violations, [], `${what}: axe-core violations`);
}

// Tabs through the page from its start; the ids (or tag names) of the elements focused, in order,
// each checked to show its focus (an outline or a box shadow).
async function tabOrder(page, stops) {
  const order = [];
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return { id: element.id || element.tagName.toLowerCase(),
        visible: outlined || style.boxShadow !== 'none' };
    });
    assert.ok(focused.visible, `focus on ${focused.id} is not visible`);
    order.push(focused.id);
  }
  return order;
}

// Presses Tab until the submit button has the focus (from where the focus is now), then `key`
// on it; resolves the response of the page the form answers with.
async function submitByKeyboard(page, key) {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.type === 'submit')) {
      const [answer] = await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
      return answer;
    }
  }
  throw new Error('Tab never reached the submit button');
}

async function verdictShown(page) {
  const verdict = page.locator('#verdict');
  assert.ok(await verdict.isVisible(), 'the verdict is not visible');
  return { data: await verdict.getAttribute('data-verdict'), text: await verdict.innerText() };
}

async function download(page, name) {
  const [saved] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', { name }).click()]);
  return fs.readFileSync(await saved.path(), 'utf8');
}

async function validateInGerman(browser, base) {
  const { context, page, errors } = await openPage(browser, base, 'de-DE');
  await page.goto(`${base}/`);
  assert.strictEqual(await page.getAttribute('html', 'lang'), 'de');
  assert.strictEqual(await page.locator('h1').innerText(), 'Nachrichten pr\u00fcfen');
  await assertAccessible(page, 'the German validate page');
  await page.screenshot({ path: path.join(output, 'validate-page-de.png'), fullPage: true });

  // Keyboard only: the navigation, then the file input, the paste field, the profile, submit.
  const order = await tabOrder(page, 7);
  const at = (id) => order.indexOf(id);
  assert.ok(at('files') >= 0 && at('files') < at('pasted') && at('pasted') < at('profile') &&
    at('profile') < at('button'), `tab order: ${order.join(', ')}`);

  await page.setInputFiles('#files', path.join(samples, 'gewerbe-anmeldung-fehlerhaft.xml'));
  await page.locator('#files').focus();
  const report = await submitByKeyboard(page, 'Enter');
  assert.strictEqual(report.status(), 200);
  assert.strictEqual(report.headers()['x-konform-verdict'], 'not-conformant');
  assert.ok(report.headers()['content-security-policy'].startsWith("default-src 'none';"));
  const verdict = await verdictShown(page);
  assert.strictEqual(verdict.data, 'not-conformant');
  assert.match(verdict.text, /Ergebnis: nicht konform/);
  assert.strictEqual(await page.getAttribute('html', 'lang'), 'de');
  assert.ok((await page.content()).includes('gewerbe-anmeldung-fehlerhaft.xml'));
  await assertAccessible(page, 'the German report page');
  await page.screenshot({ path: path.join(output, 'report-page-de.png') });

  const json = JSON.parse(await download(page, 'Bericht als JSON herunterladen'));
  assert.strictEqual(json.verdict, 'not-conformant');
  const sarif = JSON.parse(await download(page, 'Bericht als SARIF herunterladen'));
  assert.strictEqual(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].results.length > 0);
  assert.deepStrictEqual(errors, [], 'German validation: errors');
  await context.close();
}

async function validateInEnglish(browser, base) {
  const { context, page, errors } = await openPage(browser, base, 'en-US');
  await page.goto(`${base}/`);
  assert.strictEqual(await page.getAttribute('html', 'lang'), 'en');
  assert.strictEqual(await page.locator('h1').innerText(), 'Validate messages');
  // The language switch leads to German and back.
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Deutsch' }).click()]);
  assert.strictEqual(await page.getAttribute('html', 'lang'), 'de');
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'English' }).click()]);
  assert.strictEqual(await page.getAttribute('html', 'lang'), 'en');
  await assertAccessible(page, 'the English validate page');

  await page.setInputFiles('#files', [path.join(samples, 'gewerbe-anmeldung-konform.xml')]);
  await page.locator('#profile').focus();
  const answer = await submitByKeyboard(page, 'Space');
  assert.strictEqual(answer.headers()['x-konform-verdict'], 'conformant');
  const verdict = await verdictShown(page);
  assert.strictEqual(verdict.data, 'conformant');
  assert.match(verdict.text, /Verdict: conformant/);
  assert.strictEqual(await page.getAttribute('html', 'lang'), 'en');
  await assertAccessible(page, 'the English report page');
  assert.deepStrictEqual(errors, [], 'English validation: errors');
  await context.close();
}

async function compareCandidates(browser, base) {
  const zips = ['good', 'org-rules-failing'].map((name) => {
    const zip = path.join(output, `${name}.zip`);
    fs.rmSync(zip, { force: true });
    execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: path.join(candidates, name) });
    return zip;
  });
  const { context, page, errors } = await openPage(browser, base, 'en-US');
  await page.goto(`${base}/compare`);
  assert.strictEqual(await page.locator('h1').innerText(), 'Compare candidates');
  await assertAccessible(page, 'the compare page');
  await page.setInputFiles('#candidates', zips);
  await page.locator('#candidates').focus();
  const answer = await submitByKeyboard(page, 'Enter');
  assert.strictEqual(answer.status(), 200);
  assert.strictEqual(answer.headers()['x-konform-verdict'], 'not-conformant');
  const verdict = await verdictShown(page);
  assert.strictEqual(verdict.data, 'not-conformant');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('good') && text.includes('org-rules-failing'), 'both candidates shown');
  await assertAccessible(page, 'the comparison page');
  const json = JSON.parse(await download(page, 'Download the comparison as JSON'));
  assert.strictEqual(json.verdict, 'not-conformant');
  assert.deepStrictEqual(errors, [], 'comparison: errors');
  await context.close();
}

async function main() {
  assert.ok(konform, 'KONFORM_BIN names the konform binary');
  fs.mkdirSync(output, { recursive: true });
  const { service, base, log } = await startService();
  const browser = await launch();
  try {
    for (const step of [validateInGerman, validateInEnglish, compareCandidates]) {
      const started = Date.now();
      await step(browser, base);
      console.log(`${step.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    assert.ok(!log().includes('Gewerbe'), 'request content reached the log');
  } finally {
    await browser.close();
    service.kill('SIGTERM');
  }
  console.log('serve_page: ok');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
