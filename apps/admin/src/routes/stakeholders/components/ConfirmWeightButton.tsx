import { CheckOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEIGHT_MAX, WEIGHT_MIN, WEIGHT_STEP } from '../stakeholder-sources';

interface ConfirmWeightButtonProps {
  /** The weight offered at first: the confirmed one, else the proposal. */
  initialWeight: number;
  confirmed: boolean;
  loading: boolean;
  onConfirm: (weight: number) => Promise<boolean>;
}

/** BKPSDM sets the weight an input carries; until then it does not count. */
export function ConfirmWeightButton({
  initialWeight,
  confirmed,
  loading,
  onConfirm,
}: ConfirmWeightButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [weight, setWeight] = useState<number | null>(initialWeight);

  const handleOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) setWeight(initialWeight);
  };
  const handleConfirm = async () => {
    if (weight === null) return;
    if (await onConfirm(weight)) setOpen(false);
  };

  return (
    <Popover
      open={open}
      onOpenChange={handleOpenChange}
      trigger="click"
      title={t('stakeholders.confirmTitle')}
      content={
        <Flex vertical gap={8} style={{ maxWidth: 280 }}>
          <Typography.Text type="secondary">{t('stakeholders.confirmHint')}</Typography.Text>
          <InputNumber<number>
            aria-label={t('stakeholders.confirmedWeight')}
            data-testid="confirm-weight-input"
            min={WEIGHT_MIN}
            max={WEIGHT_MAX}
            step={WEIGHT_STEP}
            decimalSeparator=","
            value={weight}
            onChange={setWeight}
            style={{ width: '100%' }}
          />
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={loading}
            disabled={weight === null}
            onClick={() => void handleConfirm()}
            data-testid="confirm-weight-submit"
          >
            {t('stakeholders.confirm')}
          </Button>
        </Flex>
      }
    >
      <Button size="small" type={confirmed ? 'default' : 'primary'} data-testid="confirm-weight">
        {confirmed ? t('stakeholders.changeWeight') : t('stakeholders.confirm')}
      </Button>
    </Popover>
  );
}
