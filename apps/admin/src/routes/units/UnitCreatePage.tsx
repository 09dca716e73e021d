import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { useCanWrite } from '../../shared/current-user';
import { UnitForm, type UnitFormValues } from './components/UnitForm';
import { toUnitInput } from './unit-input';

const UnitCreatePageCreate = graphql(`
  mutation UnitCreatePageCreate($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      ...UnitForm_unit
      ...UnitsTable_unit
    }
  }
`);

export function UnitCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const [{ fetching }, create] = useMutation(UnitCreatePageCreate);

  const handleSubmit = async (values: UnitFormValues) => {
    const result = await create({ input: toUnitInput(values) });
    if (result.error) return result.error;
    void message.success(t('units.created'));
    // Land on the new record, where it can be checked and edited further.
    if (result.data) await navigate(`/units/${result.data.createUnit.id}`);
    return undefined;
  };

  return (
    <>
      <PageHeader title={t('units.createTitle')} subtitle={t('units.subtitle')} backTo="/units" />
      <UnitForm submitting={fetching} readOnly={!canWrite} onSubmit={handleSubmit} />
    </>
  );
}
