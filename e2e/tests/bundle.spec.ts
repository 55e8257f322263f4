import { expect, test } from '@playwright/test';
import { execFileSync } from 'child_process';
import { AppPage } from '../pages/app';

test('Download bundle gives a zip with the forward files, verify, rollback, README and the plan', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  const download = await app.download(app.downloadBundle);
  expect(download.suggestedFilename()).toBe('pgcarve-bundle.zip');
  const path = testInfo.outputPath('bundle.zip');
  await download.saveAs(path);
  // Python's zipfile is the reference reader: names and one file's text.
  const listing = execFileSync('python3', [
    '-c',
    'import sys, zipfile, json\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode() for n in z.namelist()}))',
    path,
  ]).toString();
  const files: Record<string, string> = JSON.parse(listing);
  const names = Object.keys(files).map((n) => n.replace(/^pgcarve-bundle\//, ''));
  expect(names).toContain('000_preflight.sql');
  expect(names).toContain('verify.sql');
  expect(names).toContain('rollback.sql');
  expect(names).toContain('README.md');
  expect(names).toContain('plan.json');
  expect(names.filter((n) => /^\d{3}_.*\.sql$/.test(n)).length).toBeGreaterThan(3);
  expect(JSON.parse(files['pgcarve-bundle/plan.json']).version).toBe(1);
  expect(files['pgcarve-bundle/verify.sql']).toContain('RAISE EXCEPTION');
  // The zip holds what the panel shows.
  expect(files['pgcarve-bundle/rollback.sql']).toBe(await app.sqlText('rollback.sql'));
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy puts a bundle file on the clipboard and says so', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const copy = page.getByRole('button', { name: 'Copy verify.sql' });
    await copy.click();
    await expect(copy).toHaveText('Copied ✓');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('RAISE EXCEPTION');
    expect(copied).toBe(await app.sqlText('verify.sql'));
    await expect(copy).toHaveText('Copy', { timeout: 5_000 });
  });
});
