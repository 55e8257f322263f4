import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';

test('findings are grouped by severity and a click selects its subject in the diagram', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.findings.first()).toBeAttached();
  // Errors come first; every finding names a check and a subject.
  const severities = await app.findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const ranks = severities.map((s) => rank[s ?? ''] ?? 9);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(ranks.every((r) => r < 9)).toBe(true);
  // The first visible finding about a table: its card becomes selected.
  const subjects = await app.findings.evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-subject') ?? ''),
  );
  let clicked = '';
  for (const subject of subjects) {
    if ((await page.getByTestId(`table-${subject}`).count()) > 0) {
      clicked = subject;
      break;
    }
  }
  expect(clicked).not.toBe('');
  await app.findings.and(page.locator(`[data-subject="${clicked}"]`)).first().click();
  await expect(page.getByTestId(`table-${clicked}`)).toHaveAttribute('aria-pressed', 'true');
});

test('findings the bundle resolves say so, the others do not', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  // The demo's functions name tables the plan moves: the bundle pins their search_path.
  const moved = app.findings.and(page.locator('[data-check="function-references-moved-table"]'));
  await expect(moved.first()).toHaveAttribute('data-fixed', 'true');
  await expect(moved.first()).toContainText('fixed by the bundle');
  await expect(page.locator('details.group.error summary')).toContainText('fixed by the bundle');
  const crossing = app.findings.and(page.locator('[data-check="cross-domain-fk"]'));
  await page.locator('details.group.info summary').click();
  await expect(crossing.first()).toHaveAttribute('data-fixed', 'false');
});

test('a group the user opened stays open when the findings change', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const info = page.locator('.findings details.group.info');
  await expect(info).not.toHaveAttribute('open');
  await info.locator('summary').click();
  await expect(info).toHaveAttribute('open', '');
  const [first] = await app.domainNames();
  await app.renameDomain(first, 'renamed_domain');
  // The new findings have come: they name the renamed domain.
  await expect(app.findings.filter({ hasText: 'renamed_domain' }).first()).toBeAttached({ timeout: 20_000 });
  await expect(info).toHaveAttribute('open', '');
  await expect(info.getByTestId('finding').first()).toBeVisible();
});
