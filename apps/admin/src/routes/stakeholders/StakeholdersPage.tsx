import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { YearSelect } from '../../shared/YearSelect';
import { defaultPlanningYear, readYear } from '../../shared/planning-year';
import { useCanWrite } from '../../shared/current-user';
import { StakeholderInputForm, type StakeholderInputFormValues } from './components/StakeholderInputForm';
import { rowsOf, StakeholderInputsTable } from './components/StakeholderInputsTable';
import { stakeholderExportColumns, toStakeholderExportRow } from './stakeholder-export';

const StakeholdersPageQuery = graphql(`
  query StakeholdersPage($year: Int!) {
    stakeholderInputs(year: $year) {
      id
      ...StakeholderInputsTable_input
    }
  }
`);

const StakeholdersPageCreate = graphql(`
  mutation StakeholdersPageCreate($input: StakeholderInputInput!) {
    createStakeholderInput(input: $input) {
      id
      ...StakeholderInputsTable_input
    }
  }
`);

const StakeholdersPageConfirm = graphql(`
  mutation StakeholdersPageConfirm($id: ID!, $weight: Float!) {
    confirmStakeholderInput(id: $id, weight: $weight) {
      id
      ...StakeholderInputsTable_input
    }
  }
`);

// An empty list holds no typename: name it so a new input refetches the list.
const CONTEXT = { additionalTypenames: ['StakeholderInput'] };

/** Masukan Pemangku Kepentingan: inputs from the community, units and institutions, weighted by BKPSDM. */
export function StakeholdersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canWrite = useCanWrite();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = readYear(searchParams.get('year')) ?? defaultPlanningYear();
  const [formOpen, setFormOpen] = useState(false);
  const [confirmingId, setConfirmingId] = useState<string | undefined>();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StakeholdersPageQuery,
    variables: { year },
    context: CONTEXT,
  });
  const [{ fetching: creating }, create] = useMutation(StakeholdersPageCreate);
  const [, confirm] = useMutation(StakeholdersPageConfirm);
  const inputs = data?.stakeholderInputs ?? [];
  const unconfirmed = rowsOf(inputs).filter(
    (input) => input.confirmedWeight === null || input.confirmedWeight === undefined,
  );

  const handleYearChange = (next: number) => {
    const params = new URLSearchParams(searchParams);
    params.set('year', String(next));
    setSearchParams(params);
  };
  const handleCreate = async (values: StakeholderInputFormValues) => {
    const result = await create({ input: { ...values, year } });
    if (result.error) return result.error;
    void message.success(t('stakeholders.created'));
    setFormOpen(false);
    return undefined;
  };
  const handleConfirm = async (id: string, weight: number) => {
    setConfirmingId(id);
    const result = await confirm({ id, weight });
    setConfirmingId(undefined);
    if (result.error) return result.error;
    void message.success(t('stakeholders.confirmed'));
    return undefined;
  };

  return (
    <>
      <PageHeader
        title={t('stakeholders.title')}
        subtitle={t('stakeholders.subtitle')}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="create-button"
              onClick={() => setFormOpen(true)}
            >
              {t('stakeholders.newButton')}
            </Button>
          )
        }
      />
      <Flex gap={16} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center">
          <Typography.Text strong>{t('stakeholders.year')}</Typography.Text>
          <YearSelect
            id="stakeholder-year"
            aria-label={t('stakeholders.year')}
            value={year}
            onChange={handleYearChange}
            style={{ width: 110 }}
          />
          {unconfirmed.length > 0 && (
            <Typography.Text type="warning" data-testid="unconfirmed-count">
              {t('stakeholders.unconfirmedCount', { count: unconfirmed.length })}
            </Typography.Text>
          )}
        </Flex>
        <ExportButton
          testId="stakeholder-export"
          fileName={`masukan-pemangku-kepentingan-${year}`}
          sheetName={t('stakeholders.sheetName', { year })}
          columns={stakeholderExportColumns(t)}
          rows={rowsOf(inputs).map((input) => toStakeholderExportRow(t, input))}
          disabled={inputs.length === 0}
        />
      </Flex>
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <StakeholderInputsTable
        inputs={inputs}
        loading={fetching}
        canConfirm={canWrite}
        confirmingId={confirmingId}
        onConfirm={handleConfirm}
      />
      <StakeholderInputForm
        open={formOpen}
        year={year}
        submitting={creating}
        onSubmit={handleCreate}
        onClose={() => setFormOpen(false)}
      />
    </>
  );
}
