import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { useCanWrite } from '../../shared/current-user';
import { SectorForm, type SectorFormValues } from './components/SectorForm';

const SectorCreatePageCreate = graphql(`
  mutation SectorCreatePageCreate($input: CreateSectorInput!) {
    createSector(input: $input) {
      id
      ...SectorForm_sector
      ...SectorsTable_sector
    }
  }
`);

export function SectorCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const [{ fetching }, create] = useMutation(SectorCreatePageCreate);

  const handleSubmit = async (values: SectorFormValues) => {
    const result = await create({ input: { ...values, description: values.description || null } });
    if (result.error) return result.error;
    void message.success(t('sectors.created'));
    // Land on the new record, where it can be checked and edited further.
    if (result.data) await navigate(`/sectors/${result.data.createSector.id}`);
    return undefined;
  };

  return (
    <>
      <PageHeader title={t('sectors.createTitle')} subtitle={t('sectors.subtitle')} backTo="/sectors" />
      <SectorForm submitting={fetching} readOnly={!canWrite} onSubmit={handleSubmit} />
    </>
  );
}
