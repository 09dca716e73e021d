import { assertUnreachable } from '@formasi/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type GapKind } from '../gql/graphql';
import { chartColors } from './chart-colors';
import { formatFte } from './gap-format';

/** A gap in words and colour: "Kurang 3" in red, "Lebih 1,5" in blue, "Seimbang" in grey. */
export function GapAmount({ gap, kind }: { gap: number; kind: GapKind }) {
  const { t } = useTranslation();
  const amount = formatFte(Math.abs(gap));
  switch (kind) {
    case 'SHORTAGE':
      return (
        <Tag color={chartColors.shortage} data-gap-kind={kind}>
          {t('gaps.shortageOf', { value: amount })}
        </Tag>
      );
    case 'SURPLUS':
      return (
        <Tag color={chartColors.surplus} data-gap-kind={kind}>
          {t('gaps.surplusOf', { value: amount })}
        </Tag>
      );
    case 'BALANCED':
      return <Tag data-gap-kind={kind}>{t('gaps.kind.BALANCED')}</Tag>;
    default:
      return assertUnreachable(kind);
  }
}
