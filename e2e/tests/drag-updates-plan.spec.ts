import { expect, test, type Locator } from '@playwright/test';
import { AppPage } from '../pages/app';
import { DiagramPage } from '../pages/diagram';

test.use({ viewport: { width: 1600, height: 1000 } });

// A drag is a plan change: the findings and the SQL follow it, and undo restores them.
// (The domain's file may be renumbered when the domain order changes: it is found by name.)
test('dragging a table onto the domain its foreign key points to closes that finding and moves its SQL; undo restores all three', async ({ page }) => {
  const app = new AppPage(page);
  const d = new DiagramPage(page);
  await app.open();
  await d.planned();

  // A table with a foreign key into another (not public) domain, as the findings say.
  const before = await app.allFindings();
  const crossing = before
    .map((f) => f.match(/^cross-domain-fk \| (.+?) \| foreign key .* runs from domain (\S+) to domain (\S+)$/))
    .filter((m): m is RegExpMatchArray => m !== null && m[3] !== 'public');
  expect(crossing.length).toBeGreaterThan(0);
  const [finding, key, from, to] = crossing[0];
  expect(await d.domainOf(key)).toBe(from);
  const name = key.slice(key.indexOf('.') + 1);
  const targetFile = app.domainFile(to);
  const targetSql = await app.sqlText(await fileName(targetFile));
  expect(targetSql).not.toContain(`${name} SET SCHEMA`);

  await d.drag(key, to);

  await expect(d.card(key)).toHaveAttribute('data-domain', to);
  await expect.poll(() => app.allFindings(), { timeout: 20_000 }).not.toContain(finding);
  await expect.poll(async () => app.sqlText(await fileName(targetFile))).toContain(`${name} SET SCHEMA ${to};`);

  await d.undo();

  await expect(d.card(key)).toHaveAttribute('data-domain', from);
  await expect.poll(() => app.allFindings(), { timeout: 20_000 }).toEqual(before);
  await expect.poll(async () => app.sqlText(await fileName(targetFile))).toBe(targetSql);
});

/** The bundle file name a `sql-file-…` element stands for. */
async function fileName(file: Locator): Promise<string> {
  const id = (await file.getAttribute('data-testid')) ?? '';
  return id.slice('sql-file-'.length);
}
