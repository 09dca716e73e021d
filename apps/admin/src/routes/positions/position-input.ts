import { type CreatePositionInput } from '../../gql/graphql';
import { type PositionFormValues } from './components/PositionForm';

/** Form values as the API's position input (create and update alike); an empty description is sent as null. */
export function toPositionInput(values: PositionFormValues): CreatePositionInput {
  return {
    name: values.name,
    kind: values.kind,
    level: values.level,
    unitId: values.unitId,
    isTeacher: values.isTeacher,
    educationLevels: values.educationLevels,
    studyPrograms: values.studyPrograms,
    licences: values.licences,
    competencies: values.competencies,
    description: values.description || null,
    servedPerStaffBenchmark: values.servedPerStaffBenchmark ?? null,
  };
}
