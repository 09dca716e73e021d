import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { type RoundingRule, standardCalculatorsFor } from '@formasi/core';
import { Button, Card, Divider, Flex, Form, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { type SavePositionNeedInput } from '../../../gql/graphql';
import { useFormErrors } from '../../../lib/use-form-errors';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { liveWorkload } from '../live-workload';
import {
  formPathOf,
  toFormValues,
  toSavePositionNeedInput,
  type PositionNeedFormValues,
} from '../position-need-form';
import { DemandChoiceFields } from './DemandChoiceFields';
import { LiveWorkloadSummary } from './LiveWorkloadSummary';
import { NeedResult } from './NeedResult';
import { ServiceStandardFields } from './ServiceStandardFields';
import { WorkloadTable } from './WorkloadTable';

export const PositionNeedCard_positionNeed = graphql(`
  fragment PositionNeedCard_positionNeed on PositionNeed {
    id
    position {
      id
      name
      isTeacher
      servedPerStaffBenchmark
    }
    workloadItems {
      id
      task
      outputUnit
      annualVolume
      normMinutes
    }
    standardNeed
    standardBasis
    demandChoice
    demandNote
    ...NeedResult_positionNeed
  }
`);

/** A position just added to the analysis, with what decides its calculators. */
export type DraftPosition = {
  id: string;
  name: string;
  isTeacher: boolean;
  servedPerStaffBenchmark?: number | null;
};

interface PositionNeedCardProps {
  analysisId: string;
  effectiveHours: number;
  roundingRule: RoundingRule;
  readOnly: boolean;
  /** The analysis's unit kind: which service-standard calculators fit depends on it. */
  unitKind: string;
  /** A saved need; without it the card is a position just added (`draftPosition`). */
  positionNeed?: FragmentType<typeof PositionNeedCard_positionNeed>;
  draftPosition?: DraftPosition;
  saving: boolean;
  removing?: boolean;
  onSave: (input: SavePositionNeedInput) => Promise<CombinedError | undefined>;
  /** Removes a saved need (asks first) or discards a draft. */
  onRemove: () => void;
}

/** One position of the analysis: workload rows with the live FTE, the service standard, the demand choice. */
export function PositionNeedCard(props: PositionNeedCardProps) {
  const { t } = useTranslation();
  const saved = getFragmentData(PositionNeedCard_positionNeed, props.positionNeed);
  const position = saved?.position ?? props.draftPosition;
  const [form] = Form.useForm<PositionNeedFormValues>();
  // Issues name a row cell (`workloadItems.2.annualVolume`) or a field; the rest go to the alert.
  const { messages, settle, clearMessages, handleValuesChange } = useFormErrors(
    form.setFields,
    (field: string | undefined) => formPathOf(field, form.getFieldValue('workloadItems')?.length ?? 0),
  );
  const rows = Form.useWatch('workloadItems', form) ?? toFormValues(saved).workloadItems;
  const live = liveWorkload(rows, props.effectiveHours, props.roundingRule);
  if (!position) return null;
  const positionBenchmark = position.servedPerStaffBenchmark ?? null;
  const calculators = standardCalculatorsFor({
    isTeacher: position.isTeacher,
    unitKind: props.unitKind,
    servedPerStaffBenchmark: positionBenchmark,
  });

  const handleFinish = async (values: PositionNeedFormValues) => {
    clearMessages();
    const error = await props.onSave(toSavePositionNeedInput(props.analysisId, position.id, values));
    settle(error);
  };

  const handleApplyStandard = (need: number, basis: string) => {
    form.setFieldsValue({ standardNeed: need, standardBasis: basis });
    handleValuesChange({ standardNeed: need, standardBasis: basis });
  };

  return (
    <Card
      data-testid={`position-need-${position.id}`}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{position.name}</Typography.Text>
          {!saved && <Tag color="gold">{t('needs.unsavedDraft')}</Tag>}
        </Flex>
      }
      extra={
        !props.readOnly && <RemoveButton draft={!saved} loading={props.removing} onRemove={props.onRemove} />
      }
      style={{ marginBottom: 16 }}
    >
      <FormIssuesAlert messages={messages} />
      <Form<PositionNeedFormValues>
        form={form}
        name={`need-${position.id}`}
        layout="vertical"
        disabled={props.readOnly}
        initialValues={toFormValues(saved)}
        onValuesChange={handleValuesChange}
        onFinish={(values) => void handleFinish(values)}
      >
        <Divider titlePlacement="start">{t('needs.workload.title')}</Divider>
        <WorkloadTable readOnly={props.readOnly} rowMinutes={live?.rowMinutes ?? []} />
        <LiveWorkloadSummary
          live={live}
          effectiveHours={props.effectiveHours}
          roundingRule={props.roundingRule}
        />
        <Divider titlePlacement="start">{t('needs.standard.title')}</Divider>
        <ServiceStandardFields
          readOnly={props.readOnly}
          calculators={calculators}
          positionBenchmark={positionBenchmark}
          onApply={handleApplyStandard}
        />
        <Divider titlePlacement="start">{t('needs.demand.title')}</Divider>
        <DemandChoiceFields />
        {!props.readOnly && (
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={props.saving}
            data-testid="save-need"
          >
            {t('needs.saveNeed')}
          </Button>
        )}
      </Form>
      <Divider />
      {saved ? (
        <NeedResult positionNeed={saved} />
      ) : (
        <Typography.Text type="secondary">{t('needs.result.notSaved')}</Typography.Text>
      )}
    </Card>
  );
}

function RemoveButton({
  draft,
  loading,
  onRemove,
}: {
  draft: boolean;
  loading?: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  if (draft) return <Button onClick={onRemove}>{t('needs.discardDraft')}</Button>;
  return (
    <Popconfirm
      title={t('needs.removePosition')}
      description={<div style={{ maxWidth: 320 }}>{t('needs.removePositionConfirm')}</div>}
      okText={t('needs.removePosition')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'remove-need-confirm' }}
      onConfirm={onRemove}
    >
      <Button danger icon={<DeleteOutlined />} loading={loading} data-testid="remove-need">
        {t('needs.removePosition')}
      </Button>
    </Popconfirm>
  );
}
