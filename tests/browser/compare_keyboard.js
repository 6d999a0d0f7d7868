// The procurement comparison (issue 23's four candidates, German page) used with the keyboard
// alone, in headless Chromium (issue 23 item 6; WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.7):
// - from the top, Tab visits the skip links first, then every tab stop in document order (the
//   tables' scroll regions and every <summary> of a failed cell among them), each with a visible
//   focus indicator, and then leaves the page; Shift+Tab walks back: nothing traps the focus;
// - Enter and Space open a failed cell's <details>, and its findings (file, line, message) become
//   visible;
// - each skip link moves the focus start to its table: the next Tab lands inside it.
// A screenshot of the opened cell with its focus ring is left in <output>/compare-keyboard/.
//
// Usage: node compare_keyboard.js <konform binary> <shared folder> <output folder>
'use strict';
const fs = require('fs');
const path = require('path');
const { launch, watchErrors } = require('./lib/browser');
const { fourCandidates, writeComparePage } = require('./lib/report_pages');

const failures = [];
function expect(condition, message) {
  if (!condition) failures.push(message);
}

// The focused element: its stop number (data-stop, set below), a description, and whether a
// focus indicator is drawn (an outline or a box-shadow).
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { stop: null, what: 'nothing' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const box = element.getBoundingClientRect();
    return {
      stop: element.dataset.stop === undefined ? null : Number(element.dataset.stop),
      what: `<${element.localName}> ${element.textContent.trim().slice(0, 60)}`,
      indicator: outline || style.boxShadow !== 'none',
      shown: box.width > 0 && box.height > 0,
    };
  });
}

// Numbers every element Tab should reach, in document order; returns what each is.
function numberTabStops(page) {
  return page.evaluate(() => {
    const selector = 'a[href], summary, button, input, select, textarea, [tabindex]';
    const stops = [...document.querySelectorAll(selector)].filter((element) => element.tabIndex >= 0);
    stops.forEach((element, index) => { element.dataset.stop = index; });
    // A failed cell's rule and candidate: the id heading its row, the name heading its column.
    const cellOf = (element) => {
      const cell = element.closest('td');
      const row = cell && cell.closest('tr');
      if (!row) return {};
      const header = row.closest('table').querySelector('thead tr').children[cell.cellIndex];
      return { rule: row.querySelector('.rule-id').textContent, candidate: header.textContent };
    };
    return stops.map((element) => ({
      ...cellOf(element),
      label: element.textContent,
      kind: element.closest('nav.skip-links') ? 'skip' : element.localName,
      failedCell: element.localName === 'summary' &&
        element.closest('td[data-state="fail"]') !== null,
      positive: element.tabIndex > 0,
      section: element.closest('section') ? element.closest('section').id : '',
      href: element.getAttribute('href'),
    }));
  });
}

// The page as loaded, the keyboard's starting point at its top (blur() would keep the point where
// the focus was), its tab stops numbered.
async function fromTheTop(page, file) {
  await page.goto(`file://${file}`);
  return numberTabStops(page);
}

async function checkTabOrder(page, file) {
  const stops = await fromTheTop(page, file);
  const skips = stops.filter((stop) => stop.kind === 'skip');
  expect(skips.length === 2 && stops[0].kind === 'skip' && stops[1].kind === 'skip',
    `the first tab stops are the two skip links: ${JSON.stringify(stops.slice(0, 3))}`);
  const summaries = stops.filter((stop) => stop.failedCell).length;
  const failedCells = await page.locator('td[data-state="fail"]').count();
  expect(summaries > 0 && summaries === failedCells,
    `every failed cell has a summary to tab to (${summaries} summaries, ${failedCells} cells)`);
  expect(!stops.some((stop) => stop.positive), 'no positive tabindex reorders the page');
  // "1 Warnung" alone tells a screen reader's user nothing while tabbing from cell to cell.
  for (const stop of stops.filter((each) => each.failedCell)) {
    expect(stop.label.includes(`${stop.rule}, ${stop.candidate}`),
      `the summary "${stop.label}" names its rule and candidate (${stop.rule}, ${stop.candidate})`);
  }

  for (let index = 0; index < stops.length; ++index) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.stop !== index) {
      expect(false, `Tab ${index + 1} reached ${now.what} (stop ${now.stop}), expected stop ${index}`);
      return;
    }
    expect(now.indicator, `stop ${index} (${now.what}) has no visible focus indicator`);
    expect(now.shown, `stop ${index} (${now.what}) is not shown`);
  }
  await page.keyboard.press('Tab');
  const after = await focused(page);
  expect(after.stop === null, `after the last stop Tab stays on the page: ${after.what}`);
  // And back: Shift+Tab from the end reaches the last stops again, in reverse.
  for (let index = stops.length - 1; index >= Math.max(0, stops.length - 3); --index) {
    await page.keyboard.press('Shift+Tab');
    const now = await focused(page);
    expect(now.stop === index, `Shift+Tab reached ${now.what}, expected stop ${index}`);
  }
  console.log(`Tab order: ${stops.length} stops (${summaries} failed-cell summaries), then off the page`);
  return stops;
}

// Tabs to `stop`, then opens and closes its <details> with Enter and with Space.
async function checkOpening(page, file, stop, finding) {
  await fromTheTop(page, file);
  for (let index = 0; index <= stop; ++index) await page.keyboard.press('Tab');
  const summary = page.locator(`summary[data-stop="${stop}"]`);
  const details = summary.locator('xpath=..');
  const list = details.locator('ul');
  expect((await focused(page)).stop === stop, `Tab reached the summary ${stop}`);
  expect(!(await list.isVisible()), `summary ${stop}: the findings are hidden before opening`);
  for (const key of ['Enter', 'Space']) {
    await page.keyboard.press(key);
    expect(await details.evaluate((element) => element.open), `${key} opens the details ${stop}`);
    expect(await list.isVisible(), `${key}: the findings of summary ${stop} are visible`);
    const text = await list.innerText();
    expect(text.includes(finding), `${key}: the findings show "${finding}": ${text}`);
    await page.keyboard.press(key);
    expect(!(await details.evaluate((element) => element.open)), `${key} closes the details ${stop}`);
  }
}

// Tabs to the skip link to `target`, follows it with Enter: the next Tab lands in the target.
async function checkSkipLink(page, file, stops, target) {
  const link = stops.findIndex((stop) => stop.kind === 'skip' && stop.href === `#${target}`);
  expect(link >= 0, `a skip link to #${target}`);
  if (link < 0) return;
  await fromTheTop(page, file);
  for (let index = 0; index <= link; ++index) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const now = await focused(page);
  const first = stops.findIndex((stop) => stop.section === target);
  expect(now.stop === first,
    `after the skip link to #${target}, Tab reached ${now.what} (stop ${now.stop}), expected ${first}`);
}

async function main() {
  const [binary, sharedDir, outputDir] = process.argv.slice(2);
  if (!outputDir) throw new Error('usage: compare_keyboard.js <konform> <shared folder> <output folder>');
  const dir = path.resolve(outputDir, 'compare-keyboard');
  const candidates = fourCandidates(dir, path.resolve(sharedDir));
  const { file } = writeComparePage(path.resolve(binary), dir, candidates, 'de');
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    const stops = await checkTabOrder(page, file);
    const firstSummary = stops.findIndex((stop) => stop.failedCell);
    const firstPlace = await page.locator(`summary[data-stop="${firstSummary}"] + ul li code`)
      .first().textContent();
    await checkOpening(page, file, firstSummary, firstPlace);
    // The broken copy's one failure: its finding names the line of `isms: none`.
    const definition = fs.readFileSync(path.join(dir, 'kaputt/konform-service.yml'), 'utf8');
    const ismsLine = definition.split('\n').findIndex((line) => line.includes('isms: none')) + 1;
    const broken = stops.findIndex((stop) => stop.rule === 'FED-SEC-001' && stop.candidate === 'kaputt');
    await checkOpening(page, file, broken, `kaputt/konform-service.yml:${ismsLine}:`);
    // To look at: the focus ring on the opened cell, as a keyboard user sees it.
    await page.keyboard.press('Enter');
    await page.screenshot({ path: path.join(dir, 'keyboard-opened-cell.png') });
    await checkSkipLink(page, file, stops, 'differences');
    await checkSkipLink(page, file, stops, 'matrix');
    for (const error of errors) expect(false, error);
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log('keyboard only: every failed cell reached and opened, skip links work, no trap');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
