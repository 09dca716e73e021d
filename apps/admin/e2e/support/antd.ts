import { type Locator, type Page } from 'playwright-core';

/**
 * The dropdown that belongs to the antd Select whose search input is `input`. Matched through the listbox id the
 * input points at, not by visibility: a dropdown that was just closed stays visible while it animates out.
 */
async function dropdownOf(page: Page, input: Locator): Promise<Locator> {
  const listId = (await input.getAttribute('aria-controls')) ?? `${await input.getAttribute('id')}_list`;
  return page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
}

async function openSelect(
  page: Page,
  label: string,
  within: Page | Locator = page,
): Promise<{ input: Locator; dropdown: Locator }> {
  const input = within.getByLabel(label, { exact: true });
  await input.click();
  const dropdown = await dropdownOf(page, input);
  await dropdown.waitFor({ state: 'visible' });
  return { input, dropdown };
}

function optionsOf(dropdown: Locator): Locator {
  return dropdown.locator('.ant-select-item-option');
}

/** Opens the antd Select labelled `label` and picks the option whose text is exactly `option`. */
export async function chooseOption(
  page: Page,
  label: string,
  option: string,
  within: Page | Locator = page,
): Promise<void> {
  const { dropdown } = await openSelect(page, label, within);
  await optionsOf(dropdown).getByText(option, { exact: true }).click();
  await dropdown.waitFor({ state: 'hidden' });
}

/**
 * Types `search` into a server-searched antd Select labelled `label` (inside `within`, e.g. a dialog, when the page
 * has another select of that name) and picks the first option that matches.
 */
export async function searchAndChooseFirst(
  page: Page,
  label: string,
  search: string,
  within: Page | Locator = page,
): Promise<string> {
  const { input, dropdown } = await openSelect(page, label, within);
  await input.fill(search);
  const first = optionsOf(dropdown).filter({ hasText: search }).first();
  const text = (await first.innerText()).trim();
  await first.click();
  await dropdown.waitFor({ state: 'hidden' });
  return text;
}

/** Picks options of an antd multiple Select, then closes its dropdown. */
export async function chooseOptions(page: Page, label: string, options: readonly string[]): Promise<void> {
  const { dropdown } = await openSelect(page, label);
  for (const option of options) {
    await optionsOf(dropdown).getByText(option, { exact: true }).click();
  }
  await page.keyboard.press('Escape');
  await dropdown.waitFor({ state: 'hidden' });
}

/** The error text antd shows under the form item labelled `label`. */
export function fieldError(page: Page, label: string): Locator {
  return page
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');
}

/** The toast antd's `message` API shows (success or error). */
export function toast(page: Page, text: string): Locator {
  return page.locator('.ant-message-notice').getByText(text);
}
