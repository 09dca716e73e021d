import { useTranslation } from 'react-i18next';
import { LabelledProgress } from '../ui/LabelledProgress';
import { palette } from '../ui/theme';
import { chartColors } from './chart-colors';
import { formatPriority } from './gap-format';

// From this score on a gap is drawn in the shortage colour: it belongs at the top of the list.
const HIGH_PRIORITY = 60;

/** The 0–100 priority score as a bar with its number. */
export function PriorityBar({ priority }: { priority: number }) {
  const { t } = useTranslation();
  const text = formatPriority(priority);
  return (
    <LabelledProgress
      label={t('gaps.priorityOf', { value: text })}
      percent={priority}
      size="small"
      strokeColor={priority >= HIGH_PRIORITY ? chartColors.shortage : palette.primary}
      format={() => text}
      style={{ minWidth: 110, margin: 0 }}
    />
  );
}
