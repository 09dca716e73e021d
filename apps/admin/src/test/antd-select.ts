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

/** Opens a select (unless open) and picks the option with this label. */
export async function chooseOption(user: UserEvent, combobox: HTMLElement, label: string): Promise<void> {
  await openSelect(user, combobox);
  const option = await waitFor(() => {
    const match = optionsOf(combobox).find((candidate) => candidate.getAttribute('title') === label);
    if (!match) throw new Error(`no option "${label}"`);
    return match;
  });
  await user.click(option);
}
