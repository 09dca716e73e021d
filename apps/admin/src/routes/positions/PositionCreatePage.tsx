import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { useCanWrite } from '../../shared/current-user';
import { PositionForm, type PositionFormValues } from './components/PositionForm';
import { toPositionInput } from './position-input';

const PositionCreatePageCreate = graphql(`
  mutation PositionCreatePageCreate($input: CreatePositionInput!) {
    createPosition(input: $input) {
      id
      ...PositionForm_position
      ...PositionsTable_position
    }
  }
`);

export function PositionCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const [{ fetching }, create] = useMutation(PositionCreatePageCreate);

  const handleSubmit = async (values: PositionFormValues) => {
    const result = await create({ input: toPositionInput(values) });
    if (result.error) return result.error;
    void message.success(t('positions.created'));
    // Land on the new record, where it can be checked and edited further.
    if (result.data) await navigate(`/positions/${result.data.createPosition.id}`);
    return undefined;
  };

  return (
    <>
      <PageHeader title={t('positions.createTitle')} subtitle={t('positions.subtitle')} backTo="/positions" />
      <PositionForm submitting={fetching} readOnly={!canWrite} onSubmit={handleSubmit} />
    </>
  );
}
