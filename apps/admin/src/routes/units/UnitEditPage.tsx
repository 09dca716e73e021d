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
import { UnitForm, type UnitFormValues } from './components/UnitForm';
import { toUnitInput } from './unit-input';

const UnitEditPageQuery = graphql(`
  query UnitEditPage($id: ID!) {
    unit(id: $id) {
      id
      name
      archived
      archivedAt
      ...UnitForm_unit
    }
  }
`);

const UnitEditPageUpdate = graphql(`
  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {
    updateUnit(id: $id, input: $input) {
      id
      ...UnitForm_unit
      ...UnitsTable_unit
    }
  }
`);

const UnitEditPageArchive = graphql(`
  mutation UnitEditPageArchive($id: ID!) {
    archiveUnit(id: $id) {
      id
      archived
      archivedAt
      ...UnitForm_unit
      ...UnitsTable_unit
    }
  }
`);

export function UnitEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const backTo = useBackTo('/units');
  const canWrite = useCanWrite();
  const [archiveError, setArchiveError] = useState<CombinedError>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: UnitEditPageQuery, variables: { id } });
  const [{ fetching: saving }, update] = useMutation(UnitEditPageUpdate);
  const [{ fetching: archiving }, archive] = useMutation(UnitEditPageArchive);

  if (fetching && !data) return <FormSkeleton />;
  if (error && !data)
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const unit = data?.unit;
  if (!unit) return <NotFoundState backTo={backTo} />;

  const handleSubmit = async (values: UnitFormValues) => {
    const result = await update({ id, input: toUnitInput(values) });
    if (result.error) return result.error;
    void message.success(t('units.saved'));
    return undefined;
  };

  const handleArchive = async () => {
    setArchiveError(undefined);
    const result = await archive({ id });
    if (result.error) setArchiveError(result.error);
    else void message.success(t('units.archivedDone'));
  };

  return (
    <>
      <PageHeader title={t('units.editTitle')} subtitle={unit.name} backTo={backTo} />
      {archiveError && <ErrorState error={archiveError} title={t('errors.archiveRefused')} />}
      <ArchivedNotice archived={unit.archived} archivedAt={unit.archivedAt} />
      <UnitForm
        key={unit.id}
        unit={unit}
        submitting={saving}
        readOnly={!canWrite || unit.archived}
        onSubmit={handleSubmit}
        extraActions={
          canWrite &&
          !unit.archived && (
            <ArchiveButton
              confirm={t('units.archiveConfirm')}
              loading={archiving}
              onConfirm={() => void handleArchive()}
            />
          )
        }
      />
    </>
  );
}
