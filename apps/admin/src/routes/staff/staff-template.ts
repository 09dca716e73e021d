import { EMPLOYMENT_TYPES, ROSTER_GENDER_CODES, type RosterExampleTarget } from '@formasi/core';
import { useTranslation } from 'react-i18next';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import { CSV_MIME_TYPE } from '../../lib/export-csv';
import { downloadFile } from '../../lib/export-download';
import { staffCsvTemplate } from './staff-csv';

const StaffTemplatePositionQuery = graphql(`
  query StaffTemplatePosition {
    positions(first: 1, sort: NAME_ASC) {
      edges {
        node {
          id
          name
          unit {
            id
            code
          }
        }
      }
    }
  }
`);

const NOTE_KEYS = ['rows', 'gender', 'employmentType', 'dates', 'nip', 'pppk', 'unit'] as const;

/** What the roster file takes, one sentence a note, in the UI's language: the allowed values are core's. */
export function useRosterNotes(): string[] {
  const { t } = useTranslation();
  const values = {
    genders: Object.keys(ROSTER_GENDER_CODES).join('/'),
    types: EMPLOYMENT_TYPES.join('/'),
  };
  return NOTE_KEYS.map((key) => t(`staff.templateNotes.${key}`, values));
}

/**
 * Downloads the template: its notes, the header and example rows placed in a stored position (the first by name),
 * so the example imports as it is; placeholders when there is no position yet.
 */
export async function downloadStaffTemplate(
  client: Client,
  notes: readonly string[],
  fileName: string,
  placeholder: RosterExampleTarget,
): Promise<void> {
  const result = await client.query(StaffTemplatePositionQuery, {}).toPromise();
  const position = result.data?.positions.edges[0]?.node;
  const target = position ? { unitCode: position.unit.code, positionName: position.name } : placeholder;
  downloadFile(staffCsvTemplate(notes, target), fileName, CSV_MIME_TYPE);
}
