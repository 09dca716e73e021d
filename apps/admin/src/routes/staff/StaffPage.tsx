import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { isoDateInJakarta } from '@formasi/core';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
import { offsetOf, useListParams } from '../../lib/list-params';
import { oneOf } from '../../lib/one-of';
import { ErrorState } from '../../ui/ErrorState';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { useCanWrite } from '../../shared/current-user';
import { StaffFilters } from './components/StaffFilters';
import { StaffImportDrawer, type ImportOutcome } from './components/StaffImportDrawer';
import { StaffTable } from './components/StaffTable';
import { loadStaffExportRows, STAFF_EXPORT_FILE, staffExportColumns } from './staff-export';
import { downloadStaffTemplate, useRosterNotes } from './staff-template';
import { EMPLOYMENT_TYPES, STAFF_FILTER_KEYS } from './staff-list';

const StaffPageQuery = graphql(`
  query StaffPage($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {
    staffMembers(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          ...StaffTable_staffMember
        }
      }
    }
  }
`);

const StaffPageImport = graphql(`
  mutation StaffPageImport($csv: String!, $dryRun: Boolean!) {
    importStaff(csv: $csv, dryRun: $dryRun) {
      applied
      ...ImportReport_result
    }
  }
`);

const CONTEXT = { additionalTypenames: ['StaffMember'] };
const NO_FILTERS = { unit: undefined, position: undefined, type: undefined };

export function StaffPage() {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const [importing, setImporting] = useState(false);
  const { state, update } = useListParams(STAFF_FILTER_KEYS);
  const employmentType = oneOf(EMPLOYMENT_TYPES, state.filters.type);
  const filter = {
    search: state.q || undefined,
    unitId: state.filters.unit,
    positionId: state.filters.position,
    employmentType,
    includeArchived: state.includeArchived,
  };
  const client = useClient();
  const notes = useRosterNotes();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StaffPageQuery,
    variables: { first: state.size, offset: offsetOf(state), filter },
    context: CONTEXT,
  });
  const [, importStaff] = useMutation(StaffPageImport);
  const hasFilters = Boolean(state.q || state.includeArchived || Object.keys(state.filters).length > 0);

  const handleImport = async (csv: string, dryRun: boolean): Promise<ImportOutcome> => {
    const result = await importStaff({ csv, dryRun });
    const report = result.data?.importStaff;
    // An applied import changes rows this page holds; the result names no StaffMember, so read them again.
    if (report?.applied) reexecute({ requestPolicy: 'network-only' });
    return { report, error: result.error };
  };

  const handleTemplate = () =>
    downloadStaffTemplate(client, notes, t('staff.templateFile'), {
      unitCode: t('staff.templatePlaceholder.unitCode'),
      positionName: t('staff.templatePlaceholder.positionName'),
    });

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        subtitle={t('staff.subtitle')}
        extra={
          <>
            <ExportButton
              testId="export-staff"
              fileName={STAFF_EXPORT_FILE}
              sheetName={t('staff.title')}
              columns={staffExportColumns()}
              rows={(onProgress) => loadStaffExportRows(client, filter, onProgress)}
              disabled={!data || data.staffMembers.totalCount === 0}
            />
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void handleTemplate()}
              data-testid="template-button"
            >
              {t('staff.template')}
            </Button>
            {canWrite && (
              <Button
                type="primary"
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="import-button"
              >
                {t('staff.importButton')}
              </Button>
            )}
          </>
        }
      />
      <StaffFilters
        key={state.q}
        query={state.q}
        unitId={state.filters.unit}
        positionId={state.filters.position}
        employmentType={employmentType}
        includeArchived={state.includeArchived}
        onChange={update}
        onReset={
          hasFilters ? () => update({ q: '', includeArchived: false, filters: NO_FILTERS }) : undefined
        }
      />
      <Typography.Paragraph type="secondary" data-testid="staff-as-of">
        {t(state.includeArchived ? 'staff.everyoneAsOf' : 'staff.currentAsOf', {
          date: formatDate(isoDateInJakarta(new Date())),
        })}
      </Typography.Paragraph>
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <StaffTable
        staff={data?.staffMembers.edges.map((edge) => edge.node) ?? []}
        loading={fetching}
        total={data?.staffMembers.totalCount ?? 0}
        page={state.page}
        size={state.size}
        onPageChange={(page, size) => update(size === state.size ? { page } : { size })}
      />
      <StaffImportDrawer open={importing} onClose={() => setImporting(false)} onImport={handleImport} />
    </>
  );
}
