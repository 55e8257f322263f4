import { expect, test } from '@playwright/test';
import { DiagramPage } from '../pages/diagram';

// The drag without a pointer: select cards with the keyboard, pick a domain.
test('the keyboard selects tables and moves them to a domain; undo brings them back', async ({ page }) => {
  await page.goto('/');
  const d = new DiagramPage(page);
  await d.planned();
  const move = page.getByTestId('move-selection');
  await expect(move).toBeDisabled();
  const [a, b] = (await d.keys()).slice(0, 2);
  const [fromA, fromB] = [await d.domainOf(a), await d.domainOf(b)];
  const target = (await d.domains()).find((x) => x !== fromA && x !== fromB && x !== 'public')!;
  for (const key of [a, b]) {
    await d.card(key).focus();
    await page.keyboard.press('Enter');
    await expect(d.card(key)).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(move).toBeEnabled();
  await expect(move.locator('option').first()).toHaveText('Move 2 tables to…');
  await move.focus();
  await move.selectOption(target);
  await expect(d.card(a)).toHaveAttribute('data-domain', target);
  await expect(d.card(b)).toHaveAttribute('data-domain', target);
  await expect(move).toHaveValue('');
  await d.planned();
  await d.card(a).focus();
  await page.keyboard.press('Control+z');
  await expect(d.card(a)).toHaveAttribute('data-domain', fromA);
  await expect(d.card(b)).toHaveAttribute('data-domain', fromB);
});
