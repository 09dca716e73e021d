import { BranchesOutlined, DiffOutlined } from '@ant-design/icons';
import { actionNeedsNote, type AnalysisAction } from '@formasi/core';
import { Button, Flex, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CombinedError } from 'urql';
import { ErrorState } from '../../../ui/ErrorState';

interface WorkflowActionsProps {
  analysisId: string;
  /** What the server says this user may do now (the status allows it and the role covers the unit). */
  actions: readonly AnalysisAction[];
  /** A FINAL analysis the user may continue in a new version. */
  canVersion: boolean;
  busy: boolean;
  onTransition: (action: AnalysisAction, note: string | null) => Promise<CombinedError | undefined>;
  onNewVersion: () => void;
}

// Moving an analysis forward is a commitment (FINALIZE cannot be undone), so every action asks first.
const PRIMARY_ACTIONS: readonly AnalysisAction[] = ['SUBMIT', 'VERIFY', 'FINALIZE', 'REOPEN'];

/** The workflow actions the user may take (the server's answer; it checks again), and a new version on FINAL. */
export function WorkflowActions(props: WorkflowActionsProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<AnalysisAction>();
  const actions = props.actions;
  return (
    <Flex gap={8} wrap align="center">
      <Link to={`/needs/${props.analysisId}/compare`}>
        <Button icon={<DiffOutlined />} data-testid="compare-button">
          {t('needs.compare')}
        </Button>
      </Link>
      {actions.map((action) => (
        <Button
          key={action}
          type={PRIMARY_ACTIONS.includes(action) ? 'primary' : 'default'}
          danger={action === 'RETURN'}
          onClick={() => setPending(action)}
          data-testid={`workflow-${action}`}
        >
          {t(`needs.actions.${action}`)}
        </Button>
      ))}
      {props.canVersion && (
        <Popconfirm
          title={t('needs.newVersion')}
          description={<div style={{ maxWidth: 320 }}>{t('needs.newVersionConfirm')}</div>}
          okText={t('needs.newVersion')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'new-version-confirm' }}
          onConfirm={props.onNewVersion}
        >
          <Button
            type="primary"
            icon={<BranchesOutlined />}
            loading={props.busy}
            data-testid="new-version-button"
          >
            {t('needs.newVersion')}
          </Button>
        </Popconfirm>
      )}
      {pending && (
        <ActionDialog
          action={pending}
          busy={props.busy}
          onConfirm={props.onTransition}
          onClose={() => setPending(undefined)}
        />
      )}
    </Flex>
  );
}

interface ActionDialogProps {
  action: AnalysisAction;
  busy: boolean;
  onConfirm: (action: AnalysisAction, note: string | null) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** Confirms one action with an optional note; returning an analysis requires the reason. */
function ActionDialog({ action, busy, onConfirm, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const [error, setError] = useState<CombinedError>();
  const noteRequired = actionNeedsNote(action);

  const handleFinish = async ({ note }: { note?: string }) => {
    setError(undefined);
    const failure = await onConfirm(action, note?.trim() || null);
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <Modal
      open
      title={t(`needs.actions.${action}`)}
      okText={t(`needs.actions.${action}`)}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ danger: action === 'RETURN', 'data-testid': 'workflow-confirm' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t(`needs.actionConfirm.${action}`)}</Typography.Paragraph>
      {error && <ErrorState error={error} title={t('needs.actionFailed')} />}
      <Form
        form={form}
        name="workflow-action"
        layout="vertical"
        onFinish={(values) => void handleFinish(values)}
      >
        <Form.Item
          label={noteRequired ? t('needs.returnNote') : t('needs.actionNote')}
          name="note"
          rules={
            noteRequired ? [{ required: true, whitespace: true, message: t('needs.returnNoteRequired') }] : []
          }
        >
          <Input.TextArea rows={3} data-testid="workflow-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
