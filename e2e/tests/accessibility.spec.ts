import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';

// axe-core (the engine of Lighthouse's and Chrome DevTools' accessibility audits) finds
// no violation of WCAG 2.1 A and AA in the app with the demo loaded, in either theme.
for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violation with the demo loaded, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.open();
    await page.locator('.findings details.group.info > summary').click();
    await app.sqlText('verify.sql');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(found).toEqual([]);
  });
}
