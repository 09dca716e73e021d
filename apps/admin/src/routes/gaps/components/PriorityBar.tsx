import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { palette } from '../../../ui/theme';
import { chartColors } from '../chart-colors';
import { formatPriority } from '../gap-format';

// From this score on a gap is drawn in the shortage colour: it belongs at the top of the list.
const HIGH_PRIORITY = 60;

/** The 0–100 priority score as a bar with its number. */
export function PriorityBar({ priority }: { priority: number }) {
  const { t } = useTranslation();
  const text = formatPriority(priority);
  return (
    <Progress
      percent={priority}
      size="small"
      strokeColor={priority >= HIGH_PRIORITY ? chartColors.shortage : palette.primary}
      format={() => text}
      aria-label={t('gaps.priorityOf', { value: text })}
      style={{ minWidth: 110, margin: 0 }}
    />
  );
}
