import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { type PlanningYearInput } from '../../../gql/graphql';
import { describeError, describeIssue } from '../../../lib/error-text';
import { inputIssuesOf } from '../../../lib/graphql-errors';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import {
  planningFieldPath,
  toPlanningFormValues,
  toPlanningYearInput,
  type PlanningFieldPath,
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
  const [messages, setMessages] = useState<string[]>([]);

  const report = (error: CombinedError, sent: SentRows) => {
    const issues = inputIssuesOf(error);
    if (issues.length === 0) {
      setMessages([describeError(t, error)]);
      return;
    }
    const fields: { name: PlanningFieldPath; errors: string[] }[] = [];
    const unmatched: string[] = [];
    for (const issue of issues) {
      const name = planningFieldPath(issue.field, sent);
      if (name) fields.push({ name, errors: [describeIssue(t, issue)] });
      else unmatched.push(`${describeIssue(t, issue)} (${issue.message})`);
    }
    form.setFields(fields);
    setMessages(unmatched);
  };

  const handleFinish = async (values: PlanningFormValues) => {
    setMessages([]);
    const { input, sent } = toPlanningYearInput(year, values);
    const error = await onSubmit(input);
    if (error) report(error, sent);
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
