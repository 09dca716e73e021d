import { InboxOutlined, SwapOutlined } from '@ant-design/icons';
import { type StaffDetails } from '@formasi/core';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { getFragmentData, graphql } from '../../gql';
import { useBackTo } from '../../lib/use-back-to';
import { ArchivedNotice } from '../../ui/ArchivedNotice';
import { ErrorState } from '../../ui/ErrorState';
import { NotFoundState } from '../../ui/NotFoundState';
import { FormSkeleton } from '../../ui/PageStates';
import { PageHeader } from '../../ui/PageHeader';
import { useCanWrite } from '../../shared/current-user';
import { StaffArchiveModal, type StaffArchiveValues } from './components/StaffArchiveModal';
import { StaffDetailsForm } from './components/StaffDetailsForm';
import { StaffHistory } from './components/StaffHistory';
import { StaffMoveModal, type StaffMoveValues } from './components/StaffMoveModal';

const StaffMemberPageQuery = graphql(`
  query StaffMemberPage($id: ID!) {
    staffMember(id: $id) {
      ...StaffMemberPage_member
    }
  }
`);

// What the page and every mutation's answer share, so the cache updates the page without a refetch.
export const StaffMemberPage_member = graphql(`
  fragment StaffMemberPage_member on StaffMember {
    id
    name
    tmt
    archived
    archivedAt
    position {
      id
      name
    }
    unit {
      id
      name
    }
    ...StaffDetailsForm_staffMember
    ...StaffTable_staffMember
    history {
      id
      ...StaffHistory_change
    }
  }
`);

const StaffMemberPageUpdate = graphql(`
  mutation StaffMemberPageUpdate($id: ID!, $input: UpdateStaffMemberInput!) {
    updateStaffMember(id: $id, input: $input) {
      ...StaffMemberPage_member
    }
  }
`);

const StaffMemberPageMove = graphql(`
  mutation StaffMemberPageMove($id: ID!, $input: MoveStaffMemberInput!) {
    moveStaffMember(id: $id, input: $input) {
      ...StaffMemberPage_member
    }
  }
`);

const StaffMemberPageArchive = graphql(`
  mutation StaffMemberPageArchive($id: ID!, $input: ArchiveStaffMemberInput!) {
    archiveStaffMember(id: $id, input: $input) {
      ...StaffMemberPage_member
    }
  }
`);

type Dialog = 'move' | 'archive' | null;

/** One staff member: their details (editable by administrators), a move, the archiving, and the history. */
export function StaffMemberPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const backTo = useBackTo('/staff');
  const canWrite = useCanWrite();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StaffMemberPageQuery, variables: { id } });
  const [{ fetching: saving }, update] = useMutation(StaffMemberPageUpdate);
  const [{ fetching: moving }, move] = useMutation(StaffMemberPageMove);
  const [{ fetching: archiving }, archive] = useMutation(StaffMemberPageArchive);

  if (fetching && !data) return <FormSkeleton />;
  if (error && !data)
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const member = getFragmentData(StaffMemberPage_member, data?.staffMember);
  if (!member) return <NotFoundState backTo={backTo} />;
  const writable = canWrite && !member.archived;

  const handleSave = async (details: StaffDetails) => {
    const result = await update({ id, input: details });
    if (result.error) return result.error;
    void message.success(t('staff.member.saved'));
    return undefined;
  };
  const handleMove = async ({ positionId, tmt }: StaffMoveValues) => {
    const result = await move({ id, input: { positionId, tmt } });
    if (result.error) return result.error;
    setDialog(null);
    void message.success(t('staff.member.moved'));
    return undefined;
  };
  const handleArchive = async ({ reason, date, note }: StaffArchiveValues) => {
    const result = await archive({ id, input: { reason, date, note: note ?? null } });
    if (result.error) return result.error;
    setDialog(null);
    void message.success(t('staff.member.archived'));
    return undefined;
  };

  return (
    <>
      <PageHeader
        title={member.name}
        subtitle={t('staff.member.subtitle', { position: member.position.name, unit: member.unit.name })}
        backTo={backTo}
      />
      <ArchivedNotice archived={member.archived} archivedAt={member.archivedAt} />
      <StaffDetailsForm
        key={`${member.id}:${member.history.length}`}
        member={member}
        submitting={saving}
        readOnly={!writable}
        onSubmit={handleSave}
        extraActions={
          writable && (
            <>
              <Button
                icon={<SwapOutlined />}
                onClick={() => setDialog('move')}
                data-testid="staff-move-button"
              >
                {t('staff.member.move')}
              </Button>
              <Button
                danger
                icon={<InboxOutlined />}
                onClick={() => setDialog('archive')}
                data-testid="staff-archive-button"
              >
                {t('staff.member.archive')}
              </Button>
            </>
          )
        }
      />
      <StaffHistory changes={member.history} />
      <StaffMoveModal
        open={dialog === 'move'}
        submitting={moving}
        current={{ positionId: member.position.id, tmt: member.tmt }}
        onSubmit={handleMove}
        onClose={() => setDialog(null)}
      />
      <StaffArchiveModal
        open={dialog === 'archive'}
        submitting={archiving}
        tmt={member.tmt}
        onSubmit={handleArchive}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
