import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Form } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { type PlanningYearInput } from '../../../gql/graphql';
import { useFormErrors } from '../../../lib/use-form-errors';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import {
  planningFieldPath,
  toPlanningFormValues,
  toPlanningYearInput,
  type PlanningFormValues,
  type SentRows,
} from '../planning-input';
import { BudgetFields } from './BudgetFields';
import { PriorityWeightFields } from './PriorityWeightFields';
import { SectorPriorityTable } from './SectorPriorityTable';
import { WorkingTimeFields } from './WorkingTimeFields';

export const PlanningForm_planningYear = graphql(`
  fragment PlanningForm_planningYear on PlanningYear {
    effectiveHours
    roundingRule
    priorityWeights {
      sectorPriority
      severity
      serviceImpact
      retirements
      stakeholder
    }
    sectorPriorities {
      sector {
        id
      }
      priority
      urgent
      note
    }
    totalSpending
    personnelSpending
    excludedTeacherAllowances
    averageCosts {
      kind
      annualCost
    }
  }
`);

interface PlanningFormProps {
  year: number;
  planningYear: FragmentType<typeof PlanningForm_planningYear> | null | undefined;
  sectors: readonly { id: string; name: string }[];
  readOnly: boolean;
  submitting: boolean;
  onSubmit: (input: PlanningYearInput) => Promise<CombinedError | undefined>;
}

/** A planning year's configuration in four cards; server issues show under the field they name. */
export function PlanningForm({
  year,
  planningYear,
  sectors,
  readOnly,
  submitting,
  onSubmit,
}: PlanningFormProps) {
  const { t } = useTranslation();
  const saved = getFragmentData(PlanningForm_planningYear, planningYear) ?? undefined;
  const [form] = Form.useForm<PlanningFormValues>();
  // The rows of the last save: issues count sent entries (`sectorPriorities.<n>`), the form counts all rows.
  const sent = useRef<SentRows>({ sectorRows: [], costRows: [] });
  const { messages, settle, clearMessages, handleValuesChange } = useFormErrors(
    form.setFields,
    (field: string | undefined) => planningFieldPath(field, sent.current),
  );

  const handleFinish = async (values: PlanningFormValues) => {
    clearMessages();
    const converted = toPlanningYearInput(year, values);
    sent.current = converted.sent;
    settle(await onSubmit(converted.input));
  };

  return (
    <Form<PlanningFormValues>
      form={form}
      name="planning-year"
      layout="vertical"
      disabled={readOnly}
      initialValues={toPlanningFormValues(
        saved,
        sectors.map((sector) => sector.id),
      )}
      onValuesChange={handleValuesChange}
      onFinish={(values) => void handleFinish(values)}
    >
      <FormIssuesAlert messages={messages} />
      <Card title={t('planning.workTitle')} style={{ marginBottom: 16 }}>
        <WorkingTimeFields year={year} />
      </Card>
      <Card title={t('planning.weightsTitle')} style={{ marginBottom: 16 }}>
        <PriorityWeightFields />
      </Card>
      <Card title={t('planning.sectorsTitle')} style={{ marginBottom: 16 }}>
        <SectorPriorityTable sectors={sectors} />
      </Card>
      <Card title={t('planning.budgetTitle')} style={{ marginBottom: 16 }}>
        <BudgetFields />
      </Card>
      {!readOnly && (
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={submitting}
          data-testid="submit-button"
        >
          {t('planning.save')}
        </Button>
      )}
    </Form>
  );
}
