import { expect, test } from '@playwright/test';
import { readFileSync } from 'fs';
import { corpusPath } from '../pages/corpus';
import { DiagramPage, centre } from '../pages/diagram';

const demoTables = Object.keys(
  JSON.parse(readFileSync(`${__dirname}/../../public/demo/yardpass.domains.json`, 'utf8')),
).length;

function shot(name: string, testInfo: { outputPath: (n: string) => string }) {
  return process.env.PGCARVE_SCREENSHOTS === '1'
    ? `${__dirname}/../../docs/screenshots/${name}`
    : testInfo.outputPath(name);
}

test.use({ viewport: { width: 1600, height: 1000 } });

test('the demo: a labelled region per domain, a card per table, cross-domain edges marked', async ({ page }, testInfo) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  await expect(d.canvas).toHaveAttribute('role', 'application');
  await expect(d.canvas).toHaveAttribute('aria-label', /Domains and tables/);
  const domains = await d.domains();
  expect(domains.length).toBeGreaterThan(3);
  // A region names its domain in full on hover, however narrow its label.
  for (const domain of domains) await expect(d.region(domain).locator('title')).toHaveText(`domain ${domain}`);
  // Every card is inside its domain's region, and says which domain that is.
  for (const key of (await d.keys()).slice(0, 12)) {
    const domain = await d.domainOf(key);
    await expect(d.card(key)).toHaveAttribute('aria-label', new RegExp(`^table ${key.replace('.', '\\.')}.*domain ${domain}$`));
    await expect(d.card(key)).toHaveAttribute('tabindex', '0');
    const card = await d.box(d.card(key));
    const region = await d.box(d.region(domain));
    expect(card.x).toBeGreaterThanOrEqual(region.x - 1);
    expect(card.y + card.height).toBeLessThanOrEqual(region.y + region.height + 1);
  }
  expect(await d.crossEdges.count()).toBeGreaterThan(0);
  await expect(d.minimap).toBeVisible();
  await page.screenshot({ path: shot('diagram-demo.png', testInfo) });
});

test('hovering a table lights up its neighbours and their foreign keys', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  // A table with foreign keys: its collapsed card counts them.
  const card = d.cards.filter({ hasText: /\d+ FK/ }).first();
  const key = ((await card.getAttribute('data-testid')) ?? '').slice('table-'.length);
  await card.hover({ position: { x: 30, y: 10 } });
  // The highlight layer veils the canvas and draws the table and its neighbours on it,
  // each where its card stands.
  await expect(d.highlight).toHaveClass(/\bon\b/);
  await expect(d.highlight).toHaveCSS('opacity', '1');
  const copy = d.litCards.and(page.locator(`[data-key="${key}"]`));
  await expect(copy).toHaveCount(1);
  const [a, b] = [await d.box(copy), await d.box(card)];
  expect(Math.abs(a.x - b.x) + Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(await d.litEdges.count()).toBeGreaterThan(0);
  const near = await d.litCards.count();
  expect(near).toBeGreaterThan(1);
  expect(near).toBeLessThan(demoTables);
  await page.mouse.move(5, 5);
  await expect(d.highlight).not.toHaveClass(/\bon\b/);
  await expect(d.highlight).toHaveCSS('opacity', '0');
  await expect(d.litCards).toHaveCount(0);
});

test('pan, zoom (buttons, wheel), fit and the minimap move the view', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  const fitted = await d.transform();
  const zoom = await d.zoomPercent();
  await d.zoomIn.click();
  await expect.poll(() => d.zoomPercent()).toBeGreaterThan(zoom);
  await d.zoomOut.click();
  await d.zoomOut.click();
  await expect.poll(() => d.zoomPercent()).toBeLessThan(zoom);
  await d.fit.click();
  await expect.poll(() => d.transform()).toBe(fitted);

  // Dragging the background pans (fit leaves a margin of background around the picture).
  const view = await d.box(d.canvas);
  await page.mouse.move(view.x + 8, view.y + 8);
  await page.mouse.down();
  await page.mouse.move(view.x + 108, view.y + 58, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => d.transform()).not.toBe(fitted);

  // Wheel over the canvas zooms around the pointer.
  await page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => d.zoomPercent()).toBeGreaterThan(zoom);

  // A press on the minimap centres the view there.
  const panned = await d.transform();
  const mini = await d.box(d.minimap);
  await page.mouse.click(mini.x + 8, mini.y + mini.height / 2);
  await expect.poll(() => d.transform()).not.toBe(panned);
});

test('cards collapse and expand; Enter selects the focused card', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  const card = d.cards.first();
  // Close enough to hit the toggle.
  const key = (await d.keys())[0];
  await d.search.fill(key);
  await d.search.press('Enter');
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  await card.press('Enter');
  await expect(card).toHaveAttribute('aria-pressed', 'false');
  const collapsed = (await d.box(card)).height;
  await expect(card).toContainText('columns');
  await card.locator('.card-toggle').click();
  await expect.poll(async () => (await d.box(card)).height).toBeGreaterThan(collapsed);
  await expect(card.locator('.mark.pk').first()).toHaveText(/P[KF]/);
  await card.locator('.card-toggle').click();
  await expect.poll(async () => (await d.box(card)).height).toBe(collapsed);

  await d.expandAll.click();
  await expect(d.expandAll).toHaveAttribute('aria-pressed', 'true');
  await expect(d.canvas.locator('g.card text.card-meta', { hasText: / columns/ })).toHaveCount(0);
  await d.expandAll.click();

  await card.focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveAttribute('aria-pressed', 'true');
});

test('MusicBrainz (519 tables) from a file: every table drawn, collapsed, and the diagram stays responsive', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  await d.importPath(corpusPath('musicbrainz.sql'), 'musicbrainz.sql');
  await expect.poll(() => d.cards.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(519);
  await d.planned();
  await expect(d.cards.filter({ hasText: / columns/ })).toHaveCount(await d.cards.count());
  expect((await d.domains()).length).toBeGreaterThan(3);
  await page.screenshot({ path: shot('diagram-musicbrainz.png', testInfo) });

  // Responsive: a zoom, a search and a hover each answer promptly.
  const zoom = await d.zoomPercent();
  await d.zoomIn.click();
  await expect.poll(() => d.zoomPercent(), { timeout: 2_000 }).toBeGreaterThan(zoom);
  await d.search.fill('artist');
  await d.search.press('Enter');
  const artist = d.card('musicbrainz.artist');
  await expect(artist).toHaveAttribute('aria-pressed', 'true', { timeout: 2_000 });
  const view = centre(await d.box(d.canvas));
  const card = centre(await d.box(artist));
  expect(Math.abs(card.x - view.x)).toBeLessThan(40);
  await artist.hover({ position: { x: 30, y: 10 } });
  await expect(d.highlight).toHaveClass(/\bon\b/, { timeout: 2_000 });
  expect(await d.litCards.count()).toBeGreaterThan(10);
});
