import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEMAND_CHOICES, type DemandChoiceValue } from '../position-need-form';

/** Which signal the need uses: the larger by default, or one chosen by hand with a required note. */
export function DemandChoiceFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const choice: DemandChoiceValue | undefined = Form.useWatch('demandChoice', form);
  const explicit = choice !== undefined && choice !== 'LARGER';
  return (
    <>
      <Form.Item
        label={t('needs.demand.choice')}
        name="demandChoice"
        extra={explicit ? undefined : t('needs.demand.largerHint')}
      >
        <Radio.Group
          optionType="button"
          options={DEMAND_CHOICES.map((value) => ({ value, label: t(`needs.demand.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('needs.demand.note')}
        name="demandNote"
        dependencies={['demandChoice']}
        required={explicit}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              const chosen: DemandChoiceValue = getFieldValue('demandChoice');
              if (chosen !== 'LARGER' && !value?.trim()) throw new Error(t('needs.demand.noteRequired'));
            },
          }),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('needs.demand.notePlaceholder')}
        />
      </Form.Item>
    </>
  );
}
