import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';
import { DiagramPage } from '../pages/diagram';

test('a domain recoloured paints its region and cards, and keeps its colour after a reload', async ({ page }) => {
  const app = new AppPage(page);
  const d = new DiagramPage(page);
  await app.open();
  const [first] = await app.domainNames();
  // A colour input takes its value through `input`/`change` events, as a picker sends them.
  await app.domainRow(first).getByTestId('domain-colour').evaluate((el, colour) => {
    const input = el as HTMLInputElement;
    input.value = colour;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, '#123456');
  await expect(d.region(first).locator('rect')).toHaveAttribute('style', /--domain:\s*#123456/);
  const member = d.cards.and(page.locator(`[data-domain="${first}"]`)).first();
  await expect(member).toHaveAttribute('style', /--domain:\s*#123456/);
  await page.reload();
  await d.planned();
  await expect(d.region(first).locator('rect')).toHaveAttribute('style', /--domain:\s*#123456/);
  await expect(app.domainRow(first).getByTestId('domain-colour')).toHaveValue('#123456');
});

test('re-running the proposal keeps a pinned table where the user put it, and its satellites follow it', async ({ page }) => {
  const app = new AppPage(page);
  const d = new DiagramPage(page);
  await app.open();
  // Names no vocabulary knows: the proposal clusters them by their foreign keys.
  await app.paste(`
CREATE TABLE public.lanterns (id bigint PRIMARY KEY, lit boolean);
CREATE TABLE public.lantern_wicks (id bigint PRIMARY KEY, lantern_id bigint REFERENCES public.lanterns(id));
CREATE TABLE public.lantern_glasses (id bigint PRIMARY KEY, lantern_id bigint REFERENCES public.lanterns(id));
CREATE TABLE public.harbours (id bigint PRIMARY KEY, depth numeric);
CREATE TABLE public.harbour_berths (id bigint PRIMARY KEY, harbour_id bigint REFERENCES public.harbours(id));
CREATE TABLE public.harbour_tides (id bigint PRIMARY KEY, harbour_id bigint REFERENCES public.harbours(id));
`);
  await d.planned(6);
  const wicks = await d.domainOf('public.lantern_wicks');
  expect(await d.domainOf('public.lanterns')).toBe(wicks);
  await page.getByTestId('new-domain').fill('lighting');
  await page.getByTestId('add-domain').click();
  await expect(d.region('lighting')).toBeAttached();
  expect(wicks).not.toBe('lighting');

  await d.drag('public.lanterns', 'lighting');
  await expect(d.card('public.lanterns')).toHaveAttribute('data-domain', 'lighting');
  // A drag pins the table alone.
  await expect(d.card('public.lantern_wicks')).toHaveAttribute('data-domain', wicks);

  await page.getByTestId('repropose').click();
  await expect(d.card('public.lantern_wicks')).toHaveAttribute('data-domain', 'lighting', { timeout: 20_000 });
  await expect(d.card('public.lanterns')).toHaveAttribute('data-domain', 'lighting');
  await expect(d.card('public.lantern_glasses')).toHaveAttribute('data-domain', 'lighting');
  const harbours = await d.domainOf('public.harbours');
  expect(harbours).not.toBe('lighting');
  await expect(d.card('public.harbour_berths')).toHaveAttribute('data-domain', harbours);
});
