import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import { useBackTo } from '../../lib/use-back-to';
import { ArchiveButton } from '../../ui/ArchiveButton';
import { ArchivedNotice } from '../../ui/ArchivedNotice';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';
import { NotFoundState } from '../../ui/NotFoundState';
import { FormSkeleton } from '../../ui/PageStates';
import { useCanWrite } from '../../shared/current-user';
import { SectorForm, type SectorFormValues } from './components/SectorForm';

const SectorEditPageQuery = graphql(`
  query SectorEditPage($id: ID!) {
    sector(id: $id) {
      id
      name
      archived
      archivedAt
      ...SectorForm_sector
    }
  }
`);

const SectorEditPageUpdate = graphql(`
  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {
    updateSector(id: $id, input: $input) {
      id
      ...SectorForm_sector
      ...SectorsTable_sector
    }
  }
`);

const SectorEditPageArchive = graphql(`
  mutation SectorEditPageArchive($id: ID!) {
    archiveSector(id: $id) {
      id
      archived
      archivedAt
      ...SectorForm_sector
      ...SectorsTable_sector
    }
  }
`);

export function SectorEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const backTo = useBackTo('/sectors');
  const canWrite = useCanWrite();
  const [archiveError, setArchiveError] = useState<CombinedError>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SectorEditPageQuery, variables: { id } });
  const [{ fetching: saving }, update] = useMutation(SectorEditPageUpdate);
  const [{ fetching: archiving }, archive] = useMutation(SectorEditPageArchive);

  if (fetching && !data) return <FormSkeleton />;
  if (error && !data)
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const sector = data?.sector;
  if (!sector) return <NotFoundState backTo={backTo} />;

  const handleSubmit = async (values: SectorFormValues) => {
    const result = await update({ id, input: { ...values, description: values.description || null } });
    if (result.error) return result.error;
    void message.success(t('sectors.saved'));
    return undefined;
  };

  const handleArchive = async () => {
    setArchiveError(undefined);
    const result = await archive({ id });
    if (result.error) setArchiveError(result.error);
    else void message.success(t('sectors.archivedDone'));
  };

  return (
    <>
      <PageHeader title={t('sectors.editTitle')} subtitle={sector.name} backTo={backTo} />
      {archiveError && <ErrorState error={archiveError} title={t('errors.archiveRefused')} />}
      <ArchivedNotice archived={sector.archived} archivedAt={sector.archivedAt} />
      <SectorForm
        key={sector.id}
        sector={sector}
        submitting={saving}
        readOnly={!canWrite || sector.archived}
        onSubmit={handleSubmit}
        extraActions={
          canWrite &&
          !sector.archived && (
            <ArchiveButton
              confirm={t('sectors.archiveConfirm')}
              loading={archiving}
              onConfirm={() => void handleArchive()}
            />
          )
        }
      />
    </>
  );
}
