import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';

// Takes the README's screenshot of the demo. Saved under docs/ when PGCARVE_SCREENSHOTS=1
// (scripts/screenshots.sh), otherwise into the test output only.
test('screenshot of the app with the demo loaded', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.tableCount).not.toHaveText('');
  await expect(app.tableCount).not.toHaveText('0');
  const path = process.env.PGCARVE_SCREENSHOTS === '1'
    ? `${__dirname}/../../docs/screenshots/app-demo.png`
    : testInfo.outputPath('app-demo.png');
  await page.screenshot({ path });
});
