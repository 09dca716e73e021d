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
import { PositionForm, type PositionFormValues } from './components/PositionForm';
import { toPositionInput } from './position-input';

const PositionEditPageQuery = graphql(`
  query PositionEditPage($id: ID!) {
    position(id: $id) {
      id
      name
      archived
      archivedAt
      unit {
        id
        name
      }
      sector {
        id
        name
      }
      ...PositionForm_position
    }
  }
`);

const PositionEditPageUpdate = graphql(`
  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {
    updatePosition(id: $id, input: $input) {
      id
      ...PositionForm_position
      ...PositionsTable_position
    }
  }
`);

const PositionEditPageArchive = graphql(`
  mutation PositionEditPageArchive($id: ID!) {
    archivePosition(id: $id) {
      id
      archived
      archivedAt
      ...PositionForm_position
      ...PositionsTable_position
    }
  }
`);

export function PositionEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const backTo = useBackTo('/positions');
  const canWrite = useCanWrite();
  const [archiveError, setArchiveError] = useState<CombinedError>();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PositionEditPageQuery,
    variables: { id },
  });
  const [{ fetching: saving }, update] = useMutation(PositionEditPageUpdate);
  const [{ fetching: archiving }, archive] = useMutation(PositionEditPageArchive);

  if (fetching && !data) return <FormSkeleton />;
  if (error && !data)
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const position = data?.position;
  if (!position) return <NotFoundState backTo={backTo} />;

  const handleSubmit = async (values: PositionFormValues) => {
    const result = await update({ id, input: toPositionInput(values) });
    if (result.error) return result.error;
    void message.success(t('positions.saved'));
    return undefined;
  };

  const handleArchive = async () => {
    setArchiveError(undefined);
    const result = await archive({ id });
    if (result.error) setArchiveError(result.error);
    else void message.success(t('positions.archivedDone'));
  };

  return (
    <>
      <PageHeader
        title={t('positions.editTitle')}
        subtitle={`${position.name} · ${position.unit.name} · ${position.sector.name}`}
        backTo={backTo}
      />
      {archiveError && <ErrorState error={archiveError} title={t('errors.archiveRefused')} />}
      <ArchivedNotice archived={position.archived} archivedAt={position.archivedAt} />
      <PositionForm
        key={position.id}
        position={position}
        submitting={saving}
        readOnly={!canWrite || position.archived}
        onSubmit={handleSubmit}
        extraActions={
          canWrite &&
          !position.archived && (
            <ArchiveButton
              confirm={t('positions.archiveConfirm')}
              loading={archiving}
              onConfirm={() => void handleArchive()}
            />
          )
        }
      />
    </>
  );
}
