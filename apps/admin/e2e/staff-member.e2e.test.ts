import { type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, fieldError, searchAndChooseFirst, toast } from './support/antd';
import { launchChromium, saveScreenshot } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { type BrowserSession, closeSession, openSession, signIn } from './support/session';

const e2e = e2eContext();

// A nutritionist of Puskesmas Lunto (demo roster), moved to the same jabatan at Puskesmas Kolok.
const POSITION = 'Nutrisionis Terampil';
const FROM_UNIT = 'Puskesmas Lunto';
const TO_UNIT = 'Puskesmas Kolok';

describe.skipIf(e2e.status === 'skipped')('one staff member: open, edit, move, archive, history', () => {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium(readyContext(e2e).chromiumPath);
  });
  afterEach(async (test) => {
    await closeSession(session, test, 'staff-member');
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a member from the roster, edits, moves and archives them, and sees each step in the history', async () => {
    const { baseUrl, admin } = readyContext(e2e);
    session = await openSession(browser!, baseUrl);
    const { page } = session;
    await signIn(page, '/staff', admin.email, admin.password);

    // The member's name, through the API the page itself uses (the demo's names are generated).
    const found = await page.request.post('/graphql', {
      data: {
        query: `{ staffMembers(first: 100) { edges { node { id name position { name } unit { name } } } } }`,
      },
    });
    type Node = { id: string; name: string; position: { name: string }; unit: { name: string } };
    const body = (await found.json()) as { data: { staffMembers: { edges: { node: Node }[] } } };
    const member = body.data.staffMembers.edges
      .map((edge) => edge.node)
      .find((node) => node.position.name === POSITION && node.unit.name === FROM_UNIT);
    expect(member, `a ${POSITION} of ${FROM_UNIT} in the demo roster`).toBeDefined();
    const name = member?.name ?? '';

    // Open them from the list: the list says it holds current staff as of today.
    await page.getByTestId('staff-as-of').getByText('Pegawai aktif per hari ini', { exact: false }).waitFor();
    const search = page.locator('input[data-testid="list-search"], [data-testid="list-search"] input');
    await search.fill(name);
    await search.press('Enter');
    // Names repeat in the demo roster: the row of this member is the one linking to their page.
    await page
      .getByTestId('staff-table')
      .locator(`a[href="/staff/${member?.id ?? ''}"]`)
      .click();
    await page.waitForURL((url) => /^\/staff\/[^/]+$/.test(url.pathname));
    await page.getByText(`${POSITION} · ${FROM_UNIT}`).waitFor();
    await page.getByTestId('staff-history').getByText('Belum ada perubahan yang tercatat.').waitFor();

    // Edit: core's rule refuses a TMT in the future before anything is sent, then a new name is saved.
    const form = page.getByTestId('staff-details-form');
    const tmt = await form.getByLabel('TMT', { exact: true }).inputValue();
    await form.getByLabel('TMT', { exact: true }).fill('2999-01-01');
    await form.getByTestId('submit-button').click();
    await fieldError(page, 'TMT').getByText('Tanggal tidak valid.').waitFor();
    await form.getByLabel('TMT', { exact: true }).fill(tmt);
    await form.getByLabel('Nama', { exact: true }).fill(`${name}, S.Gz`);
    await form.getByTestId('submit-button').click();
    await toast(page, 'Data pegawai disimpan.').waitFor();
    const history = page.getByTestId('staff-history');
    await history.locator('[data-kind="EDIT"]').getByText(`${name}, S.Gz`, { exact: false }).waitFor();

    // Move to the same jabatan at another puskesmas.
    await page.getByTestId('staff-move-button').click();
    const moveDialog = page.getByRole('dialog').filter({ has: page.getByTestId('staff-move-form') });
    await searchAndChooseFirst(page, 'Unit kerja tujuan', 'Kolok', moveDialog);
    await searchAndChooseFirst(page, 'Jabatan tujuan', 'Nutrisionis', moveDialog);
    await page.getByTestId('staff-move-submit').click();
    await toast(page, 'Pegawai dipindahkan.').waitFor();
    await page.getByText(`${POSITION} · ${TO_UNIT}`).waitFor();
    const moved = history.locator('[data-kind="MOVE"]');
    await moved.getByText(`${FROM_UNIT} → ${TO_UNIT}`, { exact: false }).waitFor();

    // Archive as transferred out, with a note.
    await page.getByTestId('staff-archive-button').click();
    const archiveDialog = page.getByRole('dialog').filter({ has: page.getByTestId('staff-archive-form') });
    await chooseOption(page, 'Alasan', 'Pindah ke luar instansi', archiveDialog);
    await archiveDialog.getByLabel('Catatan', { exact: true }).fill('Mutasi ke Kota Padang');
    await page.getByTestId('staff-archive-submit').click();
    await toast(page, 'Pegawai diarsipkan.').waitFor();
    const archived = history.locator('[data-kind="ARCHIVE"]');
    await archived.getByText('Mutasi ke Kota Padang').waitFor();
    await archived.getByText('Pindah ke luar instansi').waitFor();
    await expect(form.getByLabel('Nama', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('staff-move-button').count()).resolves.toBe(0);

    // Newest first: archive, move, edit.
    const kinds = await history
      .getByTestId('staff-history-entry')
      .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-kind')));
    expect(kinds).toEqual(['ARCHIVE', 'MOVE', 'EDIT']);
    await saveScreenshot(page, 'staff-member-history');
  });
});
