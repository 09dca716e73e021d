import { Select } from 'antd';
import { type CSSProperties } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const SectorSelectOptions = graphql(`
  query SectorSelectOptions {
    sectors(first: 100, sort: NAME_ASC) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

interface SectorSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (sectorId: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/** Active sectors by name (a city has a few dozen at most, so all are loaded and filtered locally). */
export function SectorSelect({ value, onChange, ...props }: SectorSelectProps) {
  const [{ data, fetching }] = useQuery({ query: SectorSelectOptions });
  const options = (data?.sectors.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  return (
    <Select<string>
      {...props}
      value={value ?? undefined}
      onChange={(sectorId) => onChange?.(sectorId)}
      loading={fetching}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
