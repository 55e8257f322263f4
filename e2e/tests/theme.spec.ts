import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';

// The system preference picks the theme until the toolbar's button sets one; both themes
// repaint the whole page (one palette of light-dark() colours, public/style.css).
// Saves the dark screenshot under docs/ when PGCARVE_SCREENSHOTS=1.

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.use({ colorScheme: 'dark' });

test('dark by system preference, light and back by the toolbar', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.tableCount).not.toHaveText('0');
  expect(await background(page)).toBe('rgb(20, 23, 29)');
  const theme = page.getByTestId('theme');
  await expect(theme).toHaveAttribute('aria-pressed', 'true');
  const path = process.env.PGCARVE_SCREENSHOTS === '1'
    ? `${__dirname}/../../docs/screenshots/app-demo-dark.png`
    : testInfo.outputPath('app-demo-dark.png');
  await page.screenshot({ path });

  await theme.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(246, 247, 249)');
  await theme.click();
  expect(await background(page)).toBe('rgb(20, 23, 29)');
});
