import { DEFAULT_ROUNDING_RULE, type AnalysisAction } from '@formasi/core';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import { type SavePositionNeedInput } from '../../gql/graphql';
import { useBackTo } from '../../lib/use-back-to';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';
import { NotFoundState } from '../../ui/NotFoundState';
import { FormSkeleton } from '../../ui/PageStates';
import { AnalysisStatusTag } from '../../shared/AnalysisStatusTag';
import { AnalysisSummary } from './components/AnalysisSummary';
import { PositionNeedList } from './components/PositionNeedList';
import { WorkflowActions } from './components/WorkflowActions';
import { NeedsAnalysisPageMutations } from './needs-analysis-mutations';

const NeedsAnalysisPageQuery = graphql(`
  query NeedsAnalysisPage($id: ID!) {
    needsAnalysis(id: $id) {
      id
      year
      version
      status
      viewerCanEdit
      viewerCanVersion
      viewerActions
      effectiveHours
      unit {
        id
        name
        kind
      }
      positionNeeds {
        id
        position {
          id
        }
        ...PositionNeedCard_positionNeed
      }
      ...AnalysisSummary_needsAnalysis
    }
  }
`);

const NeedsAnalysisPageRounding = graphql(`
  query NeedsAnalysisPageRounding($year: Int!) {
    planningYear(year: $year) {
      id
      roundingRule
    }
  }
`);

// Saving a position need returns only that need: name the analysis's types so the totals are read again.
const CONTEXT = { additionalTypenames: ['NeedsAnalysis', 'PositionNeed'] };

export function NeedsAnalysisPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const backTo = useBackTo('/needs');
  const [savingPositionId, setSavingPositionId] = useState<string>();
  const [removingId, setRemovingId] = useState<string>();
  const [actionError, setActionError] = useState<CombinedError>();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NeedsAnalysisPageQuery,
    variables: { id },
    context: CONTEXT,
  });
  const year = data?.needsAnalysis?.year;
  const [rounding] = useQuery({
    query: NeedsAnalysisPageRounding,
    variables: { year: year ?? 0 },
    pause: year === undefined,
  });
  const [{ fetching: saving }, saveNeed] = useMutation(NeedsAnalysisPageMutations.save);
  const [, removeNeed] = useMutation(NeedsAnalysisPageMutations.remove);
  const [{ fetching: transitioning }, transition] = useMutation(NeedsAnalysisPageMutations.transition);
  const [{ fetching: versioning }, createVersion] = useMutation(NeedsAnalysisPageMutations.newVersion);

  if (fetching && !data) return <FormSkeleton />;
  if (error && !data)
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const analysis = data?.needsAnalysis;
  if (!analysis) return <NotFoundState backTo={backTo} />;
  const readOnly = !analysis.viewerCanEdit;

  const handleSave = async (input: SavePositionNeedInput) => {
    setSavingPositionId(String(input.positionId));
    const result = await saveNeed({ input });
    setSavingPositionId(undefined);
    if (result.error) return result.error;
    void message.success(t('needs.saved', { name: result.data?.savePositionNeed.position.name ?? '' }));
    return undefined;
  };

  const handleRemove = async (positionNeedId: string) => {
    setActionError(undefined);
    setRemovingId(positionNeedId);
    const result = await removeNeed({ id: positionNeedId });
    setRemovingId(undefined);
    if (result.error) setActionError(result.error);
    else void message.success(t('needs.removed'));
  };

  const handleTransition = async (action: AnalysisAction, note: string | null) => {
    const result = await transition({ id: analysis.id, action, note });
    if (result.error) return result.error;
    void message.success(t(`needs.actionDone.${action}`));
    return undefined;
  };

  const handleNewVersion = async () => {
    const result = await createVersion({ id: analysis.id });
    if (result.error) {
      setActionError(result.error);
      return;
    }
    void message.success(t('needs.newVersionDone'));
    if (result.data) await navigate(`/needs/${result.data.createNeedsAnalysisVersion.id}`);
  };

  return (
    <>
      <PageHeader
        title={
          <>
            {t('needs.editTitle', { unit: analysis.unit.name })}{' '}
            <AnalysisStatusTag status={analysis.status} />
          </>
        }
        subtitle={t('needs.editSubtitle', { year: analysis.year, version: analysis.version })}
        backTo={backTo}
        extra={
          <WorkflowActions
            analysisId={analysis.id}
            actions={analysis.viewerActions}
            canVersion={analysis.viewerCanVersion}
            busy={transitioning || versioning}
            onTransition={handleTransition}
            onNewVersion={() => void handleNewVersion()}
          />
        }
      />
      {actionError && <ErrorState error={actionError} title={t('errors.saveFailed')} />}
      <AnalysisSummary analysis={analysis} />
      <PositionNeedList
        key={analysis.id}
        analysisId={analysis.id}
        unitId={analysis.unit.id}
        unitKind={analysis.unit.kind}
        effectiveHours={analysis.effectiveHours}
        roundingRule={rounding.data?.planningYear?.roundingRule ?? DEFAULT_ROUNDING_RULE}
        readOnly={readOnly}
        needs={analysis.positionNeeds.map((need) => ({ id: need.id, position: need.position, card: need }))}
        savingPositionId={saving ? savingPositionId : undefined}
        removingId={removingId}
        onSave={handleSave}
        onRemove={(positionNeedId) => void handleRemove(positionNeedId)}
      />
    </>
  );
}
