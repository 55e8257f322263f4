import { expect, test } from '@playwright/test';
import { writeFileSync } from 'fs';
import { AppPage } from '../pages/app';

test('a .sql file chosen in the file picker is imported and planned', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  const path = testInfo.outputPath('shop.sql');
  writeFileSync(
    path,
    `CREATE TABLE public.customers (id int PRIMARY KEY, email text);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int REFERENCES public.customers(id));
CREATE TABLE public.invoices (id int PRIMARY KEY, order_id int REFERENCES public.orders(id));
`,
  );
  await app.importPath(path, 'shop.sql');
  await expect(app.tableCount).toHaveText('3');
  await expect(app.foreignKeyCount).toHaveText('2');
  await app.planned();
  const plan = JSON.parse(await app.sqlText('plan.json'));
  expect(plan.version).toBe(1);
  const planned = plan.domains.flatMap((d: { tables: string[] }) => d.tables).sort();
  expect(planned).toEqual(['public.customers', 'public.invoices', 'public.orders']);
});

test('a broken file shows a located error and still plans what parsed', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  const path = testInfo.outputPath('broken.sql');
  writeFileSync(path, 'CREATE TABLE public.a (id int);\nCREATE TABLE public.b (id int;\nCREATE FUNCTION f() RETURNS int AS $x$ SELECT 1;');
  await app.importPath(path, 'broken.sql');
  await expect(app.tableCount).toHaveText(/^[12]$/);
  await expect(app.diagnostics.first()).toContainText(/^\d+:\d+: error/);
  await app.planned();
});

test('a .sql file dropped on the Schema panel is imported', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const panel = page.locator('section.import');
  const sql = 'CREATE TABLE public.dropped_a (id int PRIMARY KEY);\nCREATE TABLE public.dropped_b (id int, a_id int REFERENCES public.dropped_a(id));\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.sql', { type: 'text/plain' }));
    return dt;
  }, sql);
  await panel.dispatchEvent('dragover', { dataTransfer });
  await expect(panel).toHaveClass(/dropping/);
  await panel.dispatchEvent('drop', { dataTransfer });
  await expect(panel).not.toHaveClass(/dropping/);
  await expect(app.tableCount).toHaveText('2');
  await expect(app.foreignKeyCount).toHaveText('1');
  await expect(app.importText).toHaveValue(sql);
  await expect(page.getByTestId('table-public.dropped_b')).toBeAttached();
});
