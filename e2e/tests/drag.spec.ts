import { expect, test } from '@playwright/test';
import { readFileSync } from 'fs';
import { DiagramPage, inside } from '../pages/diagram';

// The demo's tables, from an independent source: the domains file lists every table.
const demoTables = Object.keys(
  JSON.parse(readFileSync(`${__dirname}/../../public/demo/yardpass.domains.json`, 'utf8')),
).length;

/** A table and a domain it is not in (not `public`, which is where tables stay). */
async function pick(d: DiagramPage, skip = 0) {
  const domains = (await d.domains()).filter((x) => x !== 'public');
  const keys = await d.keys();
  const key = keys[skip];
  const from = await d.domainOf(key);
  const target = domains.find((x) => x !== from);
  if (!target) throw new Error('the demo should have several domains');
  return { key, from, target };
}

test.use({ viewport: { width: 1600, height: 1000 } });

test('dragging a table onto another domain moves it there; undo brings it back', async ({ page }, testInfo) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  const key = (await d.keys())[0];
  const from = await d.domainOf(key);
  // Close enough to read the cards, onto the neighbouring domain that shows most.
  await d.zoomAround(key, 60);
  const shown = await d.mostVisible((await d.domains()).filter((x) => x !== from && x !== 'public'));
  if (!shown) throw new Error('no other domain in view');
  const target = shown.domain;

  await d.startDrag(key, target);
  // While dragging: a ghost follows the pointer and the target region is marked.
  await expect(d.root.locator('g.ghost')).toHaveCount(1);
  await expect(d.region(target)).toHaveClass(/drop-target/);
  const path = process.env.PGCARVE_SCREENSHOTS === '1'
    ? `${__dirname}/../../docs/screenshots/drag-in-progress.png`
    : testInfo.outputPath('drag-in-progress.png');
  await page.screenshot({ path });
  await page.mouse.up();

  await expect(d.root.locator('g.ghost')).toHaveCount(0);
  await expect(d.card(key)).toHaveAttribute('data-domain', target);
  await expect(d.card(key)).toHaveAttribute('aria-label', new RegExp(`domain ${target}$`));
  await expect.poll(async () => inside(await d.box(d.card(key)), await d.box(d.region(target)))).toBe(true);
  await d.planned();

  await d.undo();
  await expect(d.card(key)).toHaveAttribute('data-domain', from);
  await expect.poll(async () => inside(await d.box(d.card(key)), await d.box(d.region(from)))).toBe(true);
});

test('a multi-selection (Shift+click) moves together', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  const keys = await d.keys();
  const [a, b] = [keys[1], keys[2]];
  const domains = (await d.domains()).filter((x) => x !== 'public');
  const [fromA, fromB] = [await d.domainOf(a), await d.domainOf(b)];
  const to = domains.find((x) => x !== fromA && x !== fromB);
  if (!to) throw new Error('the demo should have several domains');

  await d.card(a).click({ modifiers: ['Shift'], position: { x: 20, y: 8 } });
  await d.card(b).click({ modifiers: ['Shift'], position: { x: 20, y: 8 } });
  await expect(d.card(a)).toHaveAttribute('aria-pressed', 'true');
  await expect(d.card(b)).toHaveAttribute('aria-pressed', 'true');

  await d.startDrag(a, to);
  await expect(d.root.locator('g.ghost')).toHaveCount(2);
  await page.mouse.up();
  await expect(d.card(a)).toHaveAttribute('data-domain', to);
  await expect(d.card(b)).toHaveAttribute('data-domain', to);

  await d.undo();
  await expect(d.card(a)).toHaveAttribute('data-domain', fromA);
  await expect(d.card(b)).toHaveAttribute('data-domain', fromB);
});

test('a drop outside every region changes nothing', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  const { key, from } = await pick(d, 3);
  const grab = await d.grabPoint(key);
  const canvas = await d.box(d.canvas);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  // Far into the empty margin the fit leaves around the picture.
  await page.mouse.move(canvas.x + 4, canvas.y + 4, { steps: 8 });
  await page.mouse.up();
  await expect(d.root.locator('g.ghost')).toHaveCount(0);
  await expect(d.card(key)).toHaveAttribute('data-domain', from);
});

test('Escape calls a drag off, then clears the selection', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned(demoTables);
  const { key, from, target } = await pick(d, 4);
  await d.startDrag(key, target);
  await expect(d.root.locator('g.ghost')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(d.root.locator('g.ghost')).toHaveCount(0);
  await page.mouse.up();
  await expect(d.card(key)).toHaveAttribute('data-domain', from);

  await d.card(key).click({ position: { x: 20, y: 8 } });
  await expect(d.card(key)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(d.card(key)).toHaveAttribute('aria-pressed', 'false');
});
