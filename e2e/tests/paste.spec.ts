import { expect, test } from '@playwright/test';
import { readFileSync } from 'fs';
import { corpusPath } from '../pages/corpus';
import { AppPage } from '../pages/app';

test('pasted SQL is counted: tables, partitions and quoted names, not strings or bodies', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.paste(`
\\restrict abc
CREATE TABLE public."Order Lines" (id int, note text DEFAULT 'CREATE TABLE x (a int);');
CREATE TABLE public.events (id int, occurred_at date) PARTITION BY RANGE (occurred_at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FUNCTION public.f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE t (a int); END $$;
CREATE VIEW public.v AS SELECT 1;
ALTER TABLE ONLY public."Order Lines" ADD CONSTRAINT lines_event_fkey FOREIGN KEY (id) REFERENCES public.events(id);
\\unrestrict abc
`);
  await expect(app.tableCount).toHaveText('3');
  await expect(app.foreignKeyCount).toHaveText('1');
  await expect(app.unsupportedCount).toHaveText('0');
  await expect(app.diagnostics).toHaveCount(0);
});

test('a cut-off dump shows a located error and still counts what came before', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.paste('CREATE TABLE a (id int);\nCREATE FUNCTION f() RETURNS int\n  AS $body$ SELECT 1;');
  await expect(app.tableCount).toHaveText('1');
  await expect(app.diagnostics.first()).toContainText('3:6');
  await expect(app.diagnostics.first()).toContainText('dollar-quoted');
});

test('empty input says what to paste', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.paste('');
  await expect(app.tableCount).toHaveText('0');
  await expect(app.diagnostics.first()).toContainText('pg_dump --schema-only');
});

test('a paste goes into the box where the cursor is; one that fills the box or is too large to show is analysed at once', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  await app.open();
  const demoTables = (await app.tableCount.textContent()) ?? '';
  await app.importText.fill('CREATE TABLE public.first (id int);\n');
  await app.importText.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  await app.pasteFromClipboard('CREATE TABLE public.second (id int);\n');
  await expect(app.importText).toHaveValue('CREATE TABLE public.first (id int);\nCREATE TABLE public.second (id int);\n');
  // A paste among other text waits for Analyse: the demo's count stays.
  await page.waitForTimeout(500);
  await expect(app.tableCount).toHaveText(demoTables);
  await app.importSubmit.click();
  await expect(app.tableCount).toHaveText('2');

  // A paste over all of the box's text is analysed at once.
  await app.importText.evaluate((el: HTMLTextAreaElement) => el.select());
  await app.pasteFromClipboard('CREATE TABLE public.a (id int);\nCREATE TABLE public.b (id int);\nCREATE TABLE public.c (id int);\n');
  await expect(app.tableCount).toHaveText('3');
  await expect(app.importText).toHaveValue(/^CREATE TABLE public.a/);

  // MusicBrainz, 1.2 MB: the browser's own paste would take minutes to edit it into a box.
  const big = readFileSync(corpusPath('musicbrainz.sql'), 'utf8');
  await app.pasteFromClipboard(big);
  await expect(app.tableCount).toHaveText('519', { timeout: 30_000 });
  await expect(page.getByTestId('import-note')).toContainText('the pasted dump (1186 KB) is analysed');
  await expect(app.importText).toHaveValue('');
});
