import { Select } from 'antd';
import { type CSSProperties } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const KecamatanSelectOptions = graphql(`
  query KecamatanSelectOptions {
    kecamatans {
      id
      code
      name
    }
  }
`);

interface KecamatanSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (kecamatanId: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/** The city's kecamatan (Barangin, Lembah Segar, Silungkang, Talawi). */
export function KecamatanSelect({ value, onChange, ...props }: KecamatanSelectProps) {
  const [{ data, fetching }] = useQuery({ query: KecamatanSelectOptions });
  const options = (data?.kecamatans ?? []).map((kecamatan) => ({
    value: kecamatan.id,
    label: kecamatan.name,
  }));
  return (
    <Select<string>
      {...props}
      value={value ?? undefined}
      onChange={(kecamatanId) => onChange?.(kecamatanId)}
      loading={fetching}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
