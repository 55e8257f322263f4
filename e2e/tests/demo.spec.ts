import { expect, test } from '@playwright/test';
import { readFileSync } from 'fs';
import { AppPage } from '../pages/app';

// The demo's table count, from an independent source: the domains file lists every table.
const demoTables = Object.keys(
  JSON.parse(readFileSync(`${__dirname}/../../public/demo/yardpass.domains.json`, 'utf8')),
).length;

test('the YardPass demo loads on first visit and its tables are counted in wasm', async ({ page }) => {
  const foreign: string[] = [];
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`) && !request.url().startsWith('data:')) {
      foreign.push(request.url());
    }
  });
  const app = new AppPage(page);
  await app.open();
  await expect(app.tableCount).toHaveText(String(demoTables));
  await expect(app.unsupportedCount).toHaveText('0');
  await expect(app.diagnostics).toHaveCount(0);
  await expect(app.importText).toHaveValue(/PostgreSQL database dump/);
  expect(demoTables).toBeGreaterThanOrEqual(150);
  expect(foreign).toEqual([]);
});

test('Load demo restores the demo after other input', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.tableCount).toHaveText(String(demoTables));
  await app.paste('CREATE TABLE only_one (id int);');
  await expect(app.tableCount).toHaveText('1');
  await app.loadDemo.click();
  await expect(app.tableCount).toHaveText(String(demoTables));
});
