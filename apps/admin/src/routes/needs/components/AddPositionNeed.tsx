import { PlusOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PositionSelect } from '../../../shared/PositionSelect';
import { type DraftPosition } from './PositionNeedCard';

interface AddPositionNeedProps {
  unitId: string;
  /** Positions already in the analysis (saved or being added). */
  excludeIds: readonly string[];
  onAdd: (position: DraftPosition) => void;
}

/** Adds a position of the analysis's unit as a new, unsaved card. */
export function AddPositionNeed({ unitId, excludeIds, onAdd }: AddPositionNeedProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
      <Typography.Text strong>
        <PlusOutlined /> {t('needs.addPosition')}
      </Typography.Text>
      <PositionSelect
        id="add-position"
        aria-label={t('needs.addPosition')}
        placeholder={t('needs.addPositionPlaceholder')}
        unitId={unitId}
        excludeIds={excludeIds}
        value={null}
        onChange={(id, name, position) => {
          if (id && name && position) onAdd({ ...position, name });
        }}
        style={{ width: 360, maxWidth: '100%' }}
      />
    </Flex>
  );
}
