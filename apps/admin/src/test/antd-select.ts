import { waitFor } from '@testing-library/react';
import { type UserEvent } from '@testing-library/user-event';

// antd renders select options in a portal; these helpers read the dropdown that belongs to one combobox.
function dropdownOf(combobox: HTMLElement): Element | null {
  const listId = combobox.getAttribute('aria-controls') ?? combobox.getAttribute('aria-owns');
  return listId ? (document.getElementById(listId)?.closest('.ant-select-dropdown') ?? null) : null;
}

function optionsOf(combobox: HTMLElement): Element[] {
  return [...(dropdownOf(combobox)?.querySelectorAll('.ant-select-item-option') ?? [])];
}

/** Opens a select (unless open) and returns the labels it offers. */
export async function openSelect(user: UserEvent, combobox: HTMLElement): Promise<string[]> {
  if (combobox.getAttribute('aria-expanded') !== 'true') await user.click(combobox);
  return waitFor(() => {
    const labels = optionsOf(combobox).map(
      (option) => option.getAttribute('title') ?? option.textContent ?? '',
    );
    if (labels.length === 0) throw new Error('the select offers no options');
    return labels;
  });
}

/**
 * Opens a select (unless open), picks the option with this label, and waits until the select shows it, so the next
 * step never races the selection on a busy machine.
 */
export async function chooseOption(user: UserEvent, combobox: HTMLElement, label: string): Promise<void> {
  await openSelect(user, combobox);
  const option = await waitFor(() => {
    const match = optionsOf(combobox).find((candidate) => candidate.getAttribute('title') === label);
    if (!match) throw new Error(`no option "${label}"`);
    return match;
  });
  await user.click(option);
  const select = combobox.closest('.ant-select');
  await waitFor(() => {
    if (!select?.textContent?.includes(label)) throw new Error(`the select does not show "${label}" yet`);
  });
}
