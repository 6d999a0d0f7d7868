// Accessibility of the html pages konform writes (issue 23 item 6), measured by axe-core in
// headless Chromium: the validate report of the shipped example (conformant and failing), the
// four-candidate procurement comparison and the profile catalogue, each in German and English,
// at a desktop window, and the German ones (longer words, the same layout) also at 320 CSS pixels
// (WCAG 1.4.10 reflow, where wide tables must scroll in a region the keyboard reaches). Every page must have zero serious or critical violations, log
// no console error and request nothing.
//
// Usage: node reports_a11y.js <konform binary> <shared folder> <output folder>
'use strict';
const path = require('path');
const { launch, watchErrors, axeViolations } = require('./lib/browser');
const { writeReportPages } = require('./lib/report_pages');

const desktop = { width: 1280, height: 800 };
const narrow = { width: 320, height: 640 };

// A page with a known serious violation (grey on white) must be reported, or a silent axe-core
// failure would pass every page.
async function checkTheCheck(browser) {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html lang="en"><head><title>control</title></head>' +
    '<body><main><p style="color:#b0b0b0">too faint</p></main></body></html>');
  const violations = await axeViolations(page);
  await page.close();
  if (!violations.some((violation) => violation.startsWith('color-contrast'))) {
    throw new Error(`axe-core missed the control page's contrast violation: ${violations}`);
  }
}

async function main() {
  const [binary, sharedDir, outputDir] = process.argv.slice(2);
  if (!outputDir) throw new Error('usage: reports_a11y.js <konform> <shared folder> <output folder>');
  const pages = writeReportPages(path.resolve(binary), path.resolve(sharedDir),
    path.resolve(outputDir, 'reports-a11y'));
  const browser = await launch();
  const failures = [];
  try {
    await checkTheCheck(browser);
    for (const { name, file, lang } of pages) {
      for (const viewport of lang === 'de' ? [desktop, narrow] : [desktop]) {
        const page = await browser.newPage({ viewport });
        const errors = watchErrors(page);
        await page.goto(`file://${file}`);
        const pageLang = await page.evaluate(() => document.documentElement.lang);
        if (pageLang !== lang) errors.push(`<html lang="${pageLang}">, expected "${lang}"`);
        const problems = [...errors, ...(await axeViolations(page))];
        const where = `${name} at ${viewport.width}px`;
        console.log(`${where}: ${problems.length ? problems.length + ' problem(s)' : 'ok'}`);
        for (const problem of problems) failures.push(`${where}: ${problem}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log(`${pages.length} pages (German ones also at ${narrow.width} px): ` +
    'no serious or critical axe-core violation, no console error, no request');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
