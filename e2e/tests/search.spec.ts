import { expect, test } from '@playwright/test';
import { DiagramPage, centre } from '../pages/diagram';

test('search selects a table and centres it, readable', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned();
  const keys = await d.keys();
  const key = keys[keys.length - 1];
  const name = key.slice(key.indexOf('.') + 1);

  await d.search.fill(name);
  await d.search.press('Enter');
  await expect(d.card(key)).toHaveAttribute('aria-pressed', 'true');
  await expect(d.card(key)).toHaveClass(/selected/);
  await expect(d.searchStatus).toContainText(key);
  await expect.poll(() => d.zoomPercent()).toBeGreaterThanOrEqual(90);
  const card = centre(await d.box(d.card(key)));
  const view = centre(await d.box(d.canvas));
  expect(Math.abs(card.x - view.x)).toBeLessThan(40);
  expect(Math.abs(card.y - view.y)).toBeLessThan(40);

  await d.search.fill('no_such_table_anywhere');
  await d.search.press('Enter');
  await expect(d.searchStatus).toContainText('no table matches');
});

test('clicking a finding centres its subject in the diagram', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned();
  const keys = new Set(await d.keys());
  const findings = page.getByTestId('finding');
  await expect(findings.first()).toBeAttached({ timeout: 20_000 });
  const subjects = await findings.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-subject') ?? ''));
  const index = subjects.findIndex((s) => keys.has(s));
  expect(index, 'the demo has findings about tables').toBeGreaterThanOrEqual(0);
  const subject = subjects[index];
  const finding = findings.nth(index);
  await finding.scrollIntoViewIfNeeded();
  await finding.click();
  await expect(d.card(subject)).toHaveAttribute('aria-pressed', 'true');
  const card = centre(await d.box(d.card(subject)));
  const view = centre(await d.box(d.canvas));
  expect(Math.abs(card.x - view.x)).toBeLessThan(40);
  expect(Math.abs(card.y - view.y)).toBeLessThan(40);
});
