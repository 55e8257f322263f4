import { expect, type Locator, type Page } from '@playwright/test';

/** The pgcarve app, as a user sees it. */
export class AppPage {
  readonly importText: Locator;
  readonly importSubmit: Locator;
  readonly loadDemo: Locator;
  readonly tableCount: Locator;
  readonly diagnostics: Locator;
  readonly unsupportedCount: Locator;
  readonly foreignKeyCount: Locator;

  constructor(readonly page: Page) {
    this.importText = page.getByTestId('import-text');
    this.importSubmit = page.getByTestId('import-submit');
    this.loadDemo = page.getByTestId('load-demo');
    this.tableCount = page.getByTestId('table-count');
    this.diagnostics = page.getByTestId('diagnostic');
    this.unsupportedCount = page.getByTestId('unsupported-count');
    this.foreignKeyCount = page.getByTestId('fk-count');
  }

  /** Opens the app and waits for the first-visit demo to be analysed. */
  async open() {
    await this.page.goto('/');
    await expect(this.tableCount).toHaveText(/^[1-9][0-9]*$/);
  }

  async paste(sql: string) {
    await this.importText.fill(sql);
    await this.importSubmit.click();
  }
}
