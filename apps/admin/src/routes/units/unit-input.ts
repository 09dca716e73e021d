import { type CreateUnitInput } from '../../gql/graphql';
import { type UnitFormValues } from './components/UnitForm';

/** Form values as the API's unit input (create and update alike): empty optional fields are sent as null. */
export function toUnitInput(values: UnitFormValues): CreateUnitInput {
  return {
    code: values.code,
    name: values.name,
    kind: values.kind,
    sectorId: values.sectorId,
    parentId: values.parentId ?? null,
    kecamatanId: values.kecamatanId ?? null,
    address: values.address || null,
    servedPopulation: values.servedPopulation ?? null,
  };
}
