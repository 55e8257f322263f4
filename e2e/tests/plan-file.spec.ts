import { expect, test } from '@playwright/test';
import { readFileSync } from 'fs';
import { AppPage } from '../pages/app';

test('a saved plan opens again after a new session and a reload', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  const [first] = await app.domainNames();
  const count = await app.domainCount(first);
  await app.renameDomain(first, 'carved');
  await expect(app.domainRow('carved').getByTestId('domain-count')).toHaveText(String(count));
  const download = await app.download(app.savePlan);
  const path = testInfo.outputPath('plan.json');
  await download.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.version).toBe(1);
  expect(saved.domains.map((d: { name: string }) => d.name)).toContain('carved');

  await app.newSession.click();
  await expect(app.tableCount).toHaveCount(0);
  // A fresh visit: the demo again, without the rename.
  await page.reload();
  await app.planned();
  await expect(app.domainRow('carved')).toHaveCount(0);
  await app.openPlan.setInputFiles(path);
  await expect(app.domainRow('carved').getByTestId('domain-count')).toHaveText(String(count));
  // Opening is one undoable change.
  await app.undo.click();
  await expect(app.domainRow('carved')).toHaveCount(0);
});

test('a plan for another schema is refused with the reason', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  await app.openPlan.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, domains: [{ name: 'x', tables: ['public.not_in_this_dump'] }] })),
  });
  await expect(app.error).toContainText('not_in_this_dump');
});
