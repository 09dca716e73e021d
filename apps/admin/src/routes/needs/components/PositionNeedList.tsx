import { type RoundingRule } from '@formasi/core';
import { Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { type FragmentType } from '../../../gql';
import { type SavePositionNeedInput } from '../../../gql/graphql';
import { AddPositionNeed } from './AddPositionNeed';
import { type DraftPosition, PositionNeedCard, type PositionNeedCard_positionNeed } from './PositionNeedCard';

interface SavedNeed {
  id: string;
  position: { id: string };
  card: FragmentType<typeof PositionNeedCard_positionNeed>;
}

interface PositionNeedListProps {
  analysisId: string;
  unitId: string;
  unitKind: string;
  effectiveHours: number;
  roundingRule: RoundingRule;
  readOnly: boolean;
  needs: readonly SavedNeed[];
  savingPositionId: string | undefined;
  removingId: string | undefined;
  onSave: (input: SavePositionNeedInput) => Promise<CombinedError | undefined>;
  onRemove: (positionNeedId: string) => void;
}

/** The saved position needs, positions being added (unsaved), and the picker that adds one. */
export function PositionNeedList(props: PositionNeedListProps) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<DraftPosition[]>([]);
  const savedPositionIds = props.needs.map((need) => need.position.id);
  // A draft becomes a saved need once the analysis is read again after its first save.
  const openDrafts = drafts.filter((draft) => !savedPositionIds.includes(draft.id));
  const shared = {
    analysisId: props.analysisId,
    unitKind: props.unitKind,
    effectiveHours: props.effectiveHours,
    roundingRule: props.roundingRule,
    readOnly: props.readOnly,
    onSave: props.onSave,
  };

  return (
    <section data-testid="position-needs">
      <Typography.Title level={4}>{t('needs.positionsTitle')}</Typography.Title>
      {!props.readOnly && (
        <AddPositionNeed
          unitId={props.unitId}
          excludeIds={[...savedPositionIds, ...openDrafts.map((draft) => draft.id)]}
          onAdd={(position) => setDrafts((current) => [...current, position])}
        />
      )}
      {props.needs.length === 0 && openDrafts.length === 0 && (
        <Empty description={t('needs.positionsEmpty')} style={{ margin: '32px 0' }} />
      )}
      {props.needs.map((need) => (
        <PositionNeedCard
          key={need.id}
          {...shared}
          positionNeed={need.card}
          saving={props.savingPositionId === need.position.id}
          removing={props.removingId === need.id}
          onRemove={() => props.onRemove(need.id)}
        />
      ))}
      {openDrafts.map((draft) => (
        <PositionNeedCard
          key={`draft-${draft.id}`}
          {...shared}
          draftPosition={draft}
          saving={props.savingPositionId === draft.id}
          onRemove={() => setDrafts((current) => current.filter((entry) => entry.id !== draft.id))}
        />
      ))}
    </section>
  );
}
