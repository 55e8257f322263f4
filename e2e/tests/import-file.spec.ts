import { expect, test } from '@playwright/test';
import { writeFileSync } from 'fs';
import { gzipSync } from 'zlib';
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

test('files that are not a text dump say what they are and what to do', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const cases: { name: string; buffer: Buffer; says: RegExp }[] = [
    // pg_dump -Fc: the archive's magic, then binary header bytes.
    { name: 'prod.dump', buffer: Buffer.from([0x50, 0x47, 0x44, 0x4d, 0x50, 0x01, 0x0e, 0x00, 0x04, 0x08, 0x01, 0x01, 0xff, 0x80]), says: /^1:1: error.*custom-format.*pg_restore --schema-only/ },
    { name: 'schema.sql.gz', buffer: gzipSync('CREATE TABLE public.a (id int);\n'), says: /^1:1: error.*gzip.*gunzip/ },
    { name: 'latin1.sql', buffer: Buffer.from('CREATE TABLE public.a (id int);\nCREATE TABLE public.café (id int);\n', 'latin1'), says: /^2:24: error.*not UTF-8.*iconv/ },
  ];
  for (const { name, buffer, says } of cases) {
    await app.importFile.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(app.diagnostics.first()).toHaveText(says);
    await expect(app.tableCount).toHaveText('0');
  }
});
