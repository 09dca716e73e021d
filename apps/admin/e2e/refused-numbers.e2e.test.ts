import { type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chooseOptions, fieldError, searchAndChooseFirst, toast } from './support/antd';
import { launchChromium } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { type BrowserSession, closeSession, openSession, signIn } from './support/session';

const e2e = e2eContext();

// The demo seed's editable (DRAFT) analysis for the next planning year, one of its positions, and a position to edit.
const DRAFT_UNIT = 'Dinas Pekerjaan Umum dan Penataan Ruang';
const NEED_POSITION = 'Teknik Jalan dan Jembatan Terampil';
const EDITED_POSITION = 'Teknik Jalan dan Jembatan Ahli Pertama';
const year = new Date().getFullYear() + 1;

type GraphQLAnswer<T> = { data?: T; errors?: { message: string }[] };

/** Reads through the API with the page's own session cookie: what the server stored, not what the page shows. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.context().request.post('/graphql', { data: { query, variables } });
  const answer: GraphQLAnswer<T> = await response.json();
  if (!answer.data || answer.errors) throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** The names of the GraphQL operations the page sends from now on. */
function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
    const body: unknown = request.postDataJSON();
    if (typeof body === 'object' && body !== null && 'operationName' in body) {
      names.push(String(body.operationName));
    }
  });
  return names;
}

/** Gives a success toast time to appear (it comes with the mutation's answer), then checks it did not. */
async function expectNoToast(page: Page, text: string): Promise<void> {
  await page.waitForTimeout(750);
  expect(await toast(page, text).count()).toBe(0);
}

interface WorkloadRows {
  needsAnalysis: {
    positionNeeds: {
      position: { name: string };
      workloadItems: { annualVolume: number; normMinutes: number }[];
    }[];
  };
}

const WORKLOAD = `query($id: ID!) { needsAnalysis(id: $id) {
  positionNeeds { position { name } workloadItems { annualVolume normMinutes } } } }`;

async function savedWorkload(page: Page, analysisId: string) {
  const data = await gql<WorkloadRows>(page, WORKLOAD, { id: analysisId });
  return data.needsAnalysis.positionNeeds.find((need) => need.position.name === NEED_POSITION)?.workloadItems;
}

async function positionId(page: Page, name: string): Promise<string> {
  const data = await gql<{ positions: { edges: { node: { id: string; name: string } }[] } }>(
    page,
    'query($s: String!) { positions(first: 5, filter: { search: $s }) { edges { node { id name } } } }',
    { s: name },
  );
  const found = data.positions.edges.find((edge) => edge.node.name === name);
  if (!found) throw new Error(`no position ${name}`);
  return found.node.id;
}

describe.skipIf(e2e.status === 'skipped')('numbers are never silently changed', () => {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium(readyContext(e2e).chromiumPath);
  });
  afterEach(async (test) => {
    await closeSession(session, test, 'refused-numbers');
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signedIn(path: string): Promise<Page> {
    const { baseUrl, admin } = readyContext(e2e);
    session = await openSession(browser!, baseUrl);
    const [pathname = path, search] = path.split('?');
    await signIn(session.page, pathname, admin.email, admin.password);
    if (search) await session.page.goto(path);
    return session.page;
  }

  it('refuses a negative annual volume and a time norm that is no number, saving neither', async () => {
    const page = await signedIn('/needs');
    await page.getByTestId('needs-table').getByRole('link', { name: DRAFT_UNIT }).click();
    await page.waitForURL((url) => /^\/needs\/[^/]+$/.test(url.pathname));
    const analysisId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const before = await savedWorkload(page, analysisId);
    expect(before?.length).toBeGreaterThan(0);
    const operations = recordOperations(page);

    const card = page.locator('[data-testid^="position-need-"]').filter({ hasText: NEED_POSITION });
    await card.waitFor();
    const volumeLabel = 'Volume per tahun, baris 1';
    const normLabel = 'Norma waktu (menit), baris 1';
    await card.getByLabel(volumeLabel, { exact: true }).fill('-5');
    await card.getByLabel(normLabel, { exact: true }).fill('abc');
    await card.getByTestId('save-need').click();

    await expect.poll(() => fieldError(page, volumeLabel).innerText()).toBe('Tidak boleh kurang dari 0.');
    await expect.poll(() => fieldError(page, normLabel).innerText()).toBe('Harus berupa angka.');
    // What was typed stays as typed: nothing clamped to 0, no letters dropped.
    expect(await card.getByLabel(volumeLabel, { exact: true }).inputValue()).toBe('-5');
    expect(await card.getByLabel(normLabel, { exact: true }).inputValue()).toBe('abc');
    await expectNoToast(page, `Kebutuhan jabatan ${NEED_POSITION} tersimpan.`);
    expect(operations).not.toContain('NeedsAnalysisPageSaveNeed');
    expect(await savedWorkload(page, analysisId)).toEqual(before);
  });

  it('refuses a stakeholder weight of −10, recording nothing', async () => {
    const page = await signedIn(`/stakeholders?year=${year}`);
    const operations = recordOperations(page);
    const summary = 'Bobot minus sepuluh tidak boleh tersimpan sebagai nol.';

    await page.getByTestId('create-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Disampaikan oleh', { exact: true }).fill('Forum warga Talawi');
    await dialog.getByLabel('Ringkasan masukan', { exact: true }).fill(summary);
    await searchAndChooseFirst(page, 'Sektor', 'Kesehatan', dialog);
    await dialog.getByLabel('Bobot usulan', { exact: true }).fill('-10');
    await page.getByTestId('submit-button').click();

    await expect.poll(() => fieldError(page, 'Bobot usulan').innerText()).toBe('Tidak boleh kurang dari 0.');
    expect(await dialog.getByLabel('Bobot usulan', { exact: true }).inputValue()).toBe('-10');
    await expectNoToast(page, 'Masukan berhasil dicatat.');
    expect(operations).not.toContain('StakeholdersPageCreate');
    const stored = await gql<{ stakeholderInputs: { summary: string }[] }>(
      page,
      'query($y: Int!) { stakeholderInputs(year: $y) { summary } }',
      { y: year },
    );
    expect(stored.stakeholderInputs.map((input) => input.summary)).not.toContain(summary);
  });

  it('refuses a sector priority of 7 in the planning year, keeping the saved priority', async () => {
    const page = await signedIn(`/planning?year=${year}`);
    const { sectors } = await gql<{ sectors: { edges: { node: { id: string; name: string } }[] } }>(
      page,
      '{ sectors(first: 1, sort: NAME_ASC) { edges { node { id name } } } }',
    );
    const sector = sectors.edges[0]?.node;
    if (!sector) throw new Error('no sector');
    const priorities = async () =>
      (
        await gql<{
          planningYear: { sectorPriorities: { sector: { id: string }; priority: number }[] } | null;
        }>(
          page,
          'query($y: Int!) { planningYear(year: $y) { sectorPriorities { sector { id } priority } } }',
          { y: year },
        )
      ).planningYear?.sectorPriorities ?? [];
    const before = await priorities();
    const operations = recordOperations(page);

    const label = `Prioritas (0–1): ${sector.name}`;
    await page.getByLabel(label, { exact: true }).fill('7');
    await page.getByTestId('submit-button').click();

    await expect.poll(() => fieldError(page, label).innerText()).toBe('Tidak boleh lebih dari 1.');
    expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe('7');
    await expectNoToast(page, `Pengaturan tahun ${year} tersimpan.`);
    expect(operations).not.toContain('PlanningPageSave');
    expect(await priorities()).toEqual(before);
  });

  it('refuses a served-per-staff benchmark of −5 on the position form, keeping the saved one', async () => {
    const page = await signedIn('/positions');
    const id = await positionId(page, EDITED_POSITION);
    const benchmark = async () =>
      (
        await gql<{ position: { servedPerStaffBenchmark: number | null } }>(
          page,
          'query($id: ID!) { position(id: $id) { servedPerStaffBenchmark } }',
          { id },
        )
      ).position.servedPerStaffBenchmark;
    const before = await benchmark();
    await page.goto(`/positions/${id}`);
    await page.getByTestId('position-form').waitFor();
    const operations = recordOperations(page);

    const label = 'Standar layanan per pegawai';
    await page.getByLabel(label, { exact: true }).fill('-5');
    await page.getByTestId('submit-button').click();

    await expect.poll(() => fieldError(page, label).innerText()).toBe('Harus lebih besar dari 0.');
    expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe('-5');
    await expectNoToast(page, 'Perubahan jabatan berhasil disimpan.');
    expect(operations).not.toContain('PositionEditPageUpdate');
    expect(await benchmark()).toBe(before);
  });

  it("clears the server's error under a field as soon as that field changes", async () => {
    const page = await signedIn('/positions');
    const id = await positionId(page, EDITED_POSITION);
    await page.goto(`/positions/${id}`);
    await page.getByTestId('position-form').waitFor();

    // A teacher position needs the sertifikat pendidik (UU 14/2005): a rule only the server checks.
    await page.getByLabel('Jabatan Guru', { exact: true }).click();
    await page.getByTestId('submit-button').click();
    await expect.poll(() => fieldError(page, 'Sertifikat dan Izin').innerText()).toBe('Wajib diisi.');

    await chooseOptions(page, 'Sertifikat dan Izin', ['Sertifikat Pendidik']);
    await expect.poll(() => fieldError(page, 'Sertifikat dan Izin').count()).toBe(0);
    const { position } = await gql<{ position: { isTeacher: boolean } }>(
      page,
      'query($id: ID!) { position(id: $id) { isTeacher } }',
      { id },
    );
    expect(position.isTeacher).toBe(false);
  });
});
