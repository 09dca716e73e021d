import { type Locator, type Page } from 'playwright-core';

/** Drives the bundled GraphiQL page through its own UI (Monaco editors, run button). */
export class GraphiqlPage {
  readonly queryEditor: Locator;
  readonly response: Locator;

  constructor(private readonly page: Page) {
    this.queryEditor = page.locator('.graphiql-query-editor .monaco-editor');
    this.response = page.locator('.graphiql-response');
  }

  /** Waits until Monaco has rendered the default query in the editor. */
  async waitForEditor(): Promise<void> {
    await this.queryEditor.waitFor({ state: 'visible' });
    await this.page
      .locator('.graphiql-query-editor .view-lines')
      .getByText('FirstPositions')
      .first()
      .waitFor();
  }

  /**
   * Replaces the editor's text. The document is typed as ONE line: Monaco auto-indents and auto-closes brackets
   * after each typed newline, which would corrupt a multi-line document; prettify then lays it out.
   */
  async replaceQuery(singleLineDocument: string): Promise<void> {
    if (singleLineDocument.includes('\n')) {
      throw new Error('replaceQuery takes a single-line GraphQL document');
    }
    await this.queryEditor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(singleLineDocument);
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('button', { name: /Prettify query/ }).click();
    // GraphiQL reads the operation name from the document after a debounce; running before that sends the
    // previous name (OPERATION_RESOLUTION_FAILURE). Its tab shows the name once it has been read.
    const operationName = /^(?:query|mutation)\s+(\w+)/.exec(singleLineDocument)?.[1];
    if (operationName) {
      await this.page
        .locator('.graphiql-tab')
        .filter({ hasText: operationName })
        .first()
        .waitFor({ timeout: 10_000 });
    }
  }

  async runWithButton(): Promise<void> {
    await this.page.getByRole('button', { name: /Execute query/ }).click();
  }

  async runWithKeyboard(): Promise<void> {
    await this.queryEditor.click();
    await this.page.keyboard.press('ControlOrMeta+Enter');
  }

  /** Waits until the (virtualised) result pane shows `text`, then returns its visible text. */
  async waitForResponseText(text: string, timeout = 20_000): Promise<string> {
    await this.response.getByText(text, { exact: false }).first().waitFor({ timeout });
    return this.responseText();
  }

  async responseText(): Promise<string> {
    return (await this.response.innerText()).replace(/\u00a0/g, ' ');
  }
}
